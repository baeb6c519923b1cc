//! The headless command line, run as a teacher would run it.

use std::path::Path;
use std::process::{Command, Output};

fn marginalia(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_marginalia"))
        // The tests read English, whatever the machine's language.
        .env("MARGINALIA_LANG", "en")
        .args(args)
        .output()
        .expect("run marginalia")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn import_then_validate() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("exercise.ron");
    let out_s = out.to_str().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let cyr = fixtures.join("cyrillic-windows-1251.txt");
    let html = fixtures.join("page.html");
    let run = marginalia(&[
        "import",
        cyr.to_str().unwrap(),
        html.to_str().unwrap(),
        "--out",
        out_s,
        "--title",
        "Week 3",
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let stdout = text(&run.stdout);
    assert!(stdout.contains("encoding windows-1251"), "{stdout}");
    // What the reader view did, and how to undo it.
    assert!(
        stdout.contains(
            "web page: article kept (42 words), 4 words of page furniture left out, encoding UTF-8"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("import it again with --whole-page"),
        "{stdout}"
    );
    assert!(stdout.contains("source: "), "{stdout}");
    assert!(stdout.contains("wrote"), "{stdout}");

    // Importing into the existing project adds to it.
    let md = fixtures.join("emoji-combining.md");
    let run = marginalia(&["import", md.to_str().unwrap(), "--out", out_s]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));

    let run = marginalia(&["validate", out_s]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    assert!(text(&run.stdout).contains("ok (assignment, 3 article(s), 4 tag(s), 0 annotation(s))"));
    assert!(
        dir.path().join("exercise.ron.bak").exists(),
        "second import kept a backup"
    );
}

#[test]
fn import_refuses_binary_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.ron");
    let png = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/photo.png");
    let run = marginalia(&[
        "import",
        png.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    assert!(
        text(&run.stderr).contains("looks like a PNG image"),
        "{}",
        text(&run.stderr)
    );
    assert!(!out.exists());
}

#[test]
fn validate_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.ron");
    std::fs::write(
        &bad,
        "(format: \"marginalia-project\", version: 1,\n title: )",
    )
    .unwrap();
    let run = marginalia(&["validate", bad.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = text(&run.stderr);
    assert!(stderr.contains("bad.ron:2:"), "{stderr}");

    let run = marginalia(&["validate", dir.path().join("missing.ron").to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2));
    assert!(text(&run.stderr).contains("cannot read"));

    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-docs/exercise.ron");
    let key = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-docs/exercise-key.ron");
    let run = marginalia(&[
        "validate",
        "--strict",
        sample.to_str().unwrap(),
        key.to_str().unwrap(),
    ]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}{}",
        text(&run.stdout),
        text(&run.stderr)
    );
}

/// The commands a teacher can run, as README.md's "Command line" documents them.
const COMMANDS: [&str; 5] = ["validate", "import", "grade", "export", "paths"];

#[test]
fn help_lists_every_command_and_each_has_its_own_help() {
    // The list above is the whole visible list, so a new command must be added here.
    use clap::CommandFactory;
    let visible: Vec<String> = marginalia::cli::Args::command()
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name().to_owned())
        .collect();
    assert_eq!(visible, COMMANDS, "visible commands");

    let run = marginalia(&["--help"]);
    assert_eq!(run.status.code(), Some(0), "{}", text(&run.stderr));
    let out = text(&run.stdout);
    let listed: Vec<&str> = out
        .lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(listed, [&COMMANDS[..], &["help"]].concat(), "{out}");
    assert!(
        !out.contains("stress-save"),
        "the crash-test command stays hidden"
    );

    for command in COMMANDS {
        let run = marginalia(&[command, "--help"]);
        assert_eq!(run.status.code(), Some(0), "{command} --help");
        let out = text(&run.stdout);
        assert!(
            out.contains(&format!("Usage: marginalia {command} ")),
            "{command} --help: {out}"
        );
        assert!(out.contains("Options:"), "{command} --help: {out}");
    }
}

#[test]
fn an_error_is_printed_once_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.ron");
    let run = marginalia(&["export", missing.to_str().unwrap()]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = text(&run.stderr);
    assert_eq!(
        stderr.lines().collect::<Vec<_>>(),
        [format!(
            "error: cannot read {}: {}",
            missing.display(),
            // The common cases in Marginalia's words (and language), not the system's.
            "No such file or directory"
        )],
        "one line, the cause said once"
    );

    // A save into a folder that is gone: the plain-words message, not the system's too.
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import");
    let article = fixtures.join("emoji-combining.md");
    let out = dir.path().join("gone/exercise.ron");
    let run = marginalia(&[
        "import",
        article.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.status.code(), Some(2));
    let stderr = text(&run.stderr);
    let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error:")).collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(errors[0].contains("the folder does not exist"), "{stderr}");
    assert!(!errors[0].contains("os error"), "{stderr}");
}

#[test]
fn version_names_the_commit_and_the_build_date() {
    let run = marginalia(&["--version"]);
    assert!(run.status.success());
    let out = text(&run.stdout);
    // "marginalia 0.1.0 (fc70584eccf5, 2026-12-01)"
    let line = out.trim();
    let rest = line
        .strip_prefix(&format!("marginalia {} (", env!("CARGO_PKG_VERSION")))
        .unwrap_or_else(|| panic!("{line}"));
    let (commit, date) = rest
        .strip_suffix(')')
        .and_then(|r| r.split_once(", "))
        .unwrap_or_else(|| panic!("{line}"));
    assert!(
        commit == "unknown"
            || (commit.len() == 12 && commit.chars().all(|c| c.is_ascii_hexdigit())),
        "{line}"
    );
    let parts: Vec<&str> = date.split('-').collect();
    assert_eq!(parts.len(), 3, "{line}");
    assert!(
        parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())),
        "{line}"
    );
}
