//! The command line in French: `--lang fr`, or `MARGINALIA_LANG=fr`, gives French help
//! and French problems (with their line and column and what to do).

use std::path::Path;
use std::process::{Command, Output};

fn marginalia(lang_env: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_marginalia"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("MARGINALIA_LANG", lang_env)
        .args(args)
        .output()
        .expect("run marginalia")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn help_is_in_french() {
    let run = marginalia("en", &["--lang", "fr", "--help"]);
    assert!(run.status.success());
    let out = text(&run.stdout);
    for words in [
        "Utilisation\u{a0}:",
        "Commandes\u{a0}:",
        "Options\u{a0}:",
        "Afficher l’aide",
        "Vérifier des fichiers de projet",
    ] {
        assert!(out.contains(words), "{words:?} not in:\n{out}");
    }
    assert!(!out.contains("Usage:"), "{out}");
    let grade = text(&marginalia("en", &["--lang=fr", "grade", "--help"]).stdout);
    assert!(grade.contains("[par défaut\u{a0}: grades]"), "{grade}");
}

#[test]
fn validate_says_what_is_wrong_and_what_to_do_in_french() {
    let file = "tests/hostile/duplicate-article-id.ron";
    assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join(file).exists());
    let run = marginalia("en", &["--lang", "fr", "validate", file]);
    assert_eq!(run.status.code(), Some(1));
    let err = text(&run.stderr);
    assert!(
        err.contains(&format!("{file}:47:17: erreur\u{a0}: l’identifiant d’article «\u{A0}a\u{A0}» est utilisé deux fois")),
        "{err}"
    );
    assert!(
        err.contains("Donner à chaque article son propre identifiant."),
        "{err}"
    );
    let out = text(&run.stdout);
    assert!(out.contains(&format!("{file}\u{a0}: NON VALIDE")), "{out}");
}

#[test]
fn a_syntax_error_is_located_and_explained_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cut.ron");
    std::fs::write(
        &path,
        // Cut off after the title, as by a copy that stopped half-way.
        "(\n    format: \"marginalia-project\",\n    version: 3,\n    title: \"x\",\n",
    )
    .unwrap();
    let shown = path.display().to_string();
    let run = marginalia("fr", &["validate", &shown]);
    assert_eq!(run.status.code(), Some(1));
    let err = text(&run.stderr);
    assert!(err.starts_with(&format!("{shown}:4:")), "{err}");
    assert!(err.contains("essayer le fichier .bak à côté"), "{err}");
}

#[test]
fn the_system_language_is_used_without_the_flag() {
    let run = marginalia("fr_CA.UTF-8", &["validate", "/no/such/file.ron"]);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        text(&run.stderr).contains("impossible de lire /no/such/file.ron"),
        "{}",
        text(&run.stderr)
    );
    let english = marginalia("en", &["validate", "/no/such/file.ron"]);
    assert!(text(&english.stderr).contains("cannot read /no/such/file.ron"));
}

#[test]
fn an_unknown_language_is_refused_with_the_list() {
    let run = marginalia("en", &["--lang", "xx", "validate", "whatever.ron"]);
    assert_eq!(run.status.code(), Some(2));
    let err = text(&run.stderr);
    assert!(err.contains("“xx”"), "{err}");
    assert!(
        err.contains("en (English)") && err.contains("fr (Français)"),
        "{err}"
    );
}
