//! Bad input on purpose: every file in `tests/hostile/` (plus a few too big to commit,
//! made here) goes through the loader or the importer it would meet in real use. None may
//! panic or hang; each must produce the message listed in `CASES`. `RELIABILITY.md` shows
//! the full messages; regenerate that table with
//! `MARGINALIA_PRINT_HOSTILE=1 cargo test --test hostile_input -- --nocapture`.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use marginalia::project_file::{self, Severity};

/// File → a fragment its outcome must contain. "ok" means it must load or import cleanly.
const CASES: &[(&str, &str)] = &[
    ("bad-colour.ron", "is not a colour; write it as \"#RRGGBB\""),
    ("bom-crlf-valid.ron", "ok"),
    (
        "deep-nesting.ron",
        "nested far deeper than in any project file",
    ),
    ("duplicate-annotation-id.ron", "this id is used twice"),
    ("duplicate-article-id.ron", "article id \"a\" is used twice"),
    ("duplicate-tag-id.ron", "tag id \"claim\" is used twice"),
    (
        "duplicate-tag-key.ron",
        "key '1' is already used by another tag",
    ),
    ("empty.ron", "is empty: it was probably cut off"),
    ("future-version.ron", "please update Marginalia"),
    ("import-docx.txt", "looks like a ZIP archive (a .docx"),
    ("import-emoji-combining-crlf-bom.txt", "ok (UTF-8"),
    ("import-empty.txt", "is empty: there is no text to annotate"),
    (
        "import-fuzz-bom-only-page.html",
        "has no readable text once the HTML markup is removed",
    ),
    ("import-gzip.md", "looks like a binary file"),
    (
        "import-invalid-utf8.md",
        "the file is not UTF-8; it was read as",
    ),
    ("import-malformed.html", "ok (UTF-8"),
    ("import-markdown-only-images.md", "ok (UTF-8"),
    ("import-nul-bytes.txt", "looks like a binary file"),
    (
        "import-only-markup.html",
        "has no readable text once the HTML markup is removed",
    ),
    ("import-only-whitespace.md", "is empty"),
    ("import-pdf.txt", "looks like a PDF document"),
    ("import-png.html", "looks like a PNG image"),
    ("import-utf16-no-bom.txt", "ok (UTF-16LE"),
    ("import-windows-1251.txt", "read as windows-1251"),
    (
        "json-instead-of-ron.ron",
        "a project file is RON, starting with `(`",
    ),
    (
        "latin1-bytes.ron",
        "this is not a text file (invalid UTF-8)",
    ),
    ("negative-offset.ron", "negative or far too large"),
    ("not-a-project.ron", "is not a Marginalia project"),
    ("offset-overflow.ron", "negative or far too large"),
    ("only-whitespace.ron", "is empty"),
    ("png-named-ron.ron", "this is not a text file"),
    (
        "quote-does-not-match.ron",
        "its quote \"Tea shop\" is not in the article",
    ),
    (
        "quote-moved.ron",
        "the quote was found at 46..53 and the annotation moved there",
    ),
    ("sha256-mismatch.ron", "its sha256 no longer matches"),
    ("span-empty.ron", "the span 0..0 is empty"),
    ("span-out-of-range.ron", "the quote was found at 0..4"),
    ("span-reversed.ron", "start (4) is after end (0); swap them"),
    ("span-splits-accent.ron", "between a letter and its accent"),
    ("span-splits-emoji.ron", "inside an emoji"),
    (
        "tag-key-two-letters.ron",
        "a key must be a single character",
    ),
    (
        "text-changed-after-hash.ron",
        "was changed after it was saved",
    ),
    (
        "truncated-half.ron",
        "cut off while saving or copying; try the .bak",
    ),
    ("truncated-last-paren.ron", "the file ends too early"),
    ("unknown-article.ron", "there is no article \"b\""),
    (
        "unknown-role.ron",
        "`Principal` is not allowed here; write one of: Assignment, Key, Submission",
    ),
    ("unknown-tag.ron", "unknown tag \"opinion\""),
    (
        "unterminated-string.ron",
        "a quote `\"` was left open above",
    ),
    ("valid-baseline.ron", "ok"),
    (
        "version-is-text.ron",
        "Expected integer (the value has the wrong type here)",
    ),
    ("version-missing.ron", "has no `version:` field"),
    ("version-zero.ron", "which no Marginalia ever wrote"),
    (
        "wrong-type-annotations.ron",
        "a list in square brackets is expected here",
    ),
    ("wrong-type-start.ron", "Expected integer"),
    (
        "huge-100mb.ron",
        "too large for a project file (the limit is 64 MB)",
    ),
    ("import-25mb.txt", "articles over 20 MB are refused"),
    (
        "import-deep-20000.html",
        "nests its HTML elements about 20000 levels deep",
    ),
    ("import-deep-1500.html", "ok (UTF-8, 9 characters)"),
    ("import-5mb-article.html", "ok (UTF-8"),
    ("many-annotations.ron", "ok"),
];

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile")
}

/// What a person is told about `path`, in one line.
fn outcome(path: &Path) -> String {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    if name.starts_with("import-") {
        return match marginalia::import::import_file(path) {
            Err(e) => format!("refused: {e}"),
            Ok(imported) if imported.warnings.is_empty() => {
                format!(
                    "ok ({}, {} characters)",
                    imported.encoding,
                    imported.article.offsets().char_len()
                )
            }
            Ok(imported) => format!("ok with warning: {}", imported.warnings.join("; ")),
        };
    }
    match project_file::load(path) {
        Err(e) => format!("refused: {e}"),
        Ok(loaded) if loaded.problems.is_empty() => "ok".to_owned(),
        Ok(loaded) => {
            let shown = path.display().to_string();
            let kind = if loaded
                .problems
                .iter()
                .any(|p| p.severity == Severity::Error)
            {
                "loaded, parts left out"
            } else {
                "loaded, repaired"
            };
            let problems: Vec<String> = loaded
                .problems
                .iter()
                .map(|p| p.display_with(&shown).to_string())
                .collect();
            format!("{kind}: {}", problems.join(" | "))
        }
    }
}

/// `outcome` on a worker thread: a panic or a hang (over 60 s) fails with the file named.
fn guarded_outcome(path: &Path) -> String {
    let (send, receive) = mpsc::channel();
    let owned = path.to_path_buf();
    let worker = std::thread::spawn(move || {
        let result = std::panic::catch_unwind(|| outcome(&owned));
        let _ = send.send(result);
    });
    let start = Instant::now();
    let result = receive
        .recv_timeout(Duration::from_secs(60))
        .unwrap_or_else(|_| panic!("{} hung (over 60 s)", path.display()));
    let _ = worker.join();
    let text = result.unwrap_or_else(|_| panic!("{} made Marginalia panic", path.display()));
    assert!(
        start.elapsed() < Duration::from_secs(60),
        "{} took {:?}",
        path.display(),
        start.elapsed()
    );
    text
}

/// Inputs too big to commit, made in `dir`.
fn generated(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    // 100 MB "project": refused by size before a byte is read (a sparse file, instant).
    let huge = dir.join("huge-100mb.ron");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    files.push(huge);
    // 25 MB article: over the import limit.
    let big = dir.join("import-25mb.txt");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(25 * 1024 * 1024)
        .unwrap();
    files.push(big);
    // HTML nested 20,000 deep and 5 MB of paragraphs: read, no stack overflow.
    let deep = dir.join("import-deep-20000.html");
    std::fs::write(
        &deep,
        format!(
            "<html><body>{}deep text{}</body></html>",
            "<div>".repeat(20_000),
            "</div>".repeat(20_000)
        ),
    )
    .unwrap();
    files.push(deep);
    let wide = dir.join("import-5mb-article.html");
    let paragraph = "<p>Officials said on Tuesday that the figures, which critics dispute, were final. Зоя сказала «нет». 👩‍👩‍👧</p>\n";
    std::fs::write(&wide, paragraph.repeat(5 * 1024 * 1024 / paragraph.len())).unwrap();
    files.push(wide);
    // 20,000 annotations on a 500 KB article with emoji, Cyrillic and combining accents:
    // loads whole in bounded time (a 10-million-annotation file would be over 1 GB and is
    // refused by size, like the 100 MB file above).
    let many = dir.join("many-annotations.ron");
    let project = marginalia::sample::long_exercise(500_000, 20_000).unwrap();
    project_file::save(&project, &many).unwrap();
    files.push(many);
    files
}

#[test]
fn every_hostile_input_gets_its_message() {
    let temp = tempfile::tempdir().unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files.extend(generated(temp.path()));
    let print = std::env::var_os("MARGINALIA_PRINT_HOSTILE").is_some();
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let started = Instant::now();
        let text = guarded_outcome(path);
        if started.elapsed() > Duration::from_secs(2) {
            eprintln!("{name}: {:?}", started.elapsed());
        }
        let shown = text
            .replace(&temp.path().display().to_string(), "…")
            .replace(&dir().display().to_string(), "tests/hostile");
        if print {
            println!(
                "| `{name}` | {} |",
                shown.replace('|', "\\|").replace('\n', " ")
            );
        }
        match CASES.iter().find(|(file, _)| *file == name) {
            None => failures.push(format!(
                "{name}: no expected message in CASES (got: {shown})"
            )),
            Some((_, expected)) if !text.contains(expected) => {
                failures.push(format!("{name}: expected “{expected}”, got: {shown}"))
            }
            Some(_) => {}
        }
    }
    assert!(files.len() >= 40, "the corpus has {} inputs", files.len());
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

// The same checks as the fuzz targets (fuzz/), as property tests that run in CI in seconds.
mod properties {
    use std::path::Path;

    use marginalia::project_file::{load_str, to_ron_string};
    use proptest::prelude::*;

    fn baseline() -> String {
        std::fs::read_to_string(super::dir().join("valid-baseline.ron")).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        /// A valid project with a few bytes changed, inserted or deleted: loading never
        /// panics; whatever loads keeps every invariant and survives a save.
        #[test]
        fn loader_survives_hand_edits(edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..6)) {
            let mut bytes = baseline().into_bytes();
            for (at, byte, op) in edits {
                let i = at.index(bytes.len().max(1));
                match op {
                    0 if i < bytes.len() => bytes[i] = byte,
                    1 => bytes.insert(i.min(bytes.len()), byte),
                    _ if i < bytes.len() => { bytes.remove(i); }
                    _ => {}
                }
            }
            let Ok(source) = std::str::from_utf8(&bytes) else { return Ok(()); };
            let path = Path::new("edited.ron");
            if let Ok(loaded) = load_str(source, path) {
                prop_assert!(loaded.project.check_invariants().is_empty());
                let saved = to_ron_string(&loaded.project).unwrap();
                let again = load_str(&saved, path).unwrap();
                prop_assert!(again.problems.is_empty(), "{:?}", again.problems);
                prop_assert_eq!(again.project, loaded.project);
            }
        }

        /// Any bytes through each importer: never a panic; an article always has text and
        /// agreeing offsets.
        #[test]
        fn importers_survive_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..3000), kind in 0usize..3) {
            let name = ["any.txt", "any.md", "any.html"][kind];
            if let Ok(imported) = marginalia::import::import_bytes(&bytes, Path::new(name), "any", None) {
                let text = imported.article.text();
                prop_assert!(!text.trim().is_empty());
                prop_assert!(!text.contains('\r'));
                prop_assert_eq!(imported.article.offsets().char_len(), text.chars().count());
            }
        }

        /// Text-like input (markup characters, BOMs, entities, scripts) through each importer.
        #[test]
        fn importers_survive_markup_soup(parts in proptest::collection::vec(prop_oneof![
            Just("<p>".to_owned()), Just("</p>".to_owned()), Just("<div>".to_owned()),
            Just("<script>".to_owned()), Just("</script>".to_owned()), Just("\u{FEFF}".to_owned()),
            Just("&amp;".to_owned()), Just("&#x1F600;".to_owned()), Just("# ".to_owned()),
            Just("**".to_owned()), Just("\r\n".to_owned()), Just("e\u{301}".to_owned()),
            "[a-zA-Zа-я ]{0,12}",
        ], 0..60), kind in 0usize..3) {
            let name = ["soup.txt", "soup.md", "soup.html"][kind];
            let bytes = parts.concat().into_bytes();
            if let Ok(imported) = marginalia::import::import_bytes(&bytes, Path::new(name), "soup", None) {
                prop_assert!(!imported.article.text().trim().is_empty());
            }
        }
    }
}
