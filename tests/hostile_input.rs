//! Bad input on purpose: every file in `tests/hostile/` (plus a few too big to commit,
//! made here) goes through the loader or the importer it would meet in real use. None may
//! panic or hang; each must produce exactly the message listed in `CASES`, and every row
//! of `CASES` must have its file. `RELIABILITY.md` shows the same messages; print that
//! table with `MARGINALIA_PRINT_HOSTILE=1 cargo test --test hostile_input -- --nocapture`.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use marginalia::project_file::{self, Severity};

/// File → what the person is told, exactly (the whole message; the folder is shown as
/// `tests/hostile` for committed files and `…` for generated ones). "ok" means it loads
/// or imports cleanly. `RELIABILITY.md` lists the same messages.
const CASES: &[(&str, &str)] = &[
    (
        "bad-colour.ron",
        "loaded, repaired: tests/hostile/bad-colour.ron:9:14: warning: tag \"claim\": \"blue-ish\" is not a colour; write it as \"#RRGGBB\", e.g. \"#0072B2\"; grey is used instead",
    ),
    ("bom-crlf-valid.ron", "ok"),
    (
        "deep-nesting.ron",
        "refused: tests/hostile/deep-nesting.ron:1:82: values are nested far deeper than in any project file (more than 64 levels); the file is damaged, or is not a project",
    ),
    (
        "duplicate-annotation-id.ron",
        "loaded, parts left out: tests/hostile/duplicate-annotation-id.ron:27:13: error: annotation 1: this id is used twice; this annotation was left out. Give it an unused number.",
    ),
    (
        "duplicate-article-id.ron",
        "loaded, parts left out: tests/hostile/duplicate-article-id.ron:14:13: error: annotation 1: its quote \"Café owner Zoë says taxes fell by 5%\" is not in the article (0..37 is past the end of the article (11 characters)); it was left out. The article may have been edited: restore it, or fix start, end and quote. | tests/hostile/duplicate-article-id.ron:29:13: error: annotation 2: its quote \"Critics say they rose.\" is not in the article (46..68 is past the end of the article (11 characters)); it was left out. The article may have been edited: restore it, or fix start, end and quote. | tests/hostile/duplicate-article-id.ron:47:17: error: article id \"a\" is used twice; the second article was left out. Give each article its own id.",
    ),
    (
        "duplicate-tag-id.ron",
        "loaded, parts left out: tests/hostile/duplicate-tag-id.ron:10:14: error: tag id \"claim\" is used twice; the second tag was left out. Give each tag its own id.",
    ),
    (
        "duplicate-tag-key.ron",
        "loaded, repaired: tests/hostile/duplicate-tag-key.ron:10:14: warning: tag \"rebuttal\": key '1' is already used by another tag; this tag has no key now",
    ),
    (
        "empty.ron",
        "refused: tests/hostile/empty.ron is empty: it was probably cut off while saving or copying. Try the .bak file next to it.",
    ),
    (
        "future-version.ron",
        "refused: tests/hostile/future-version.ron was made by a newer Marginalia (file format 7, this version reads up to 3) — please update Marginalia to open it.",
    ),
    (
        "import-docx.txt",
        "refused: tests/hostile/import-docx.txt is a ZIP archive (as .docx, .odt and .epub files are) that cannot be read: its table of contents is missing or damaged, as when a download or a copy is cut off. Open it in the program that made it and save it again, or copy its text and paste it (File > New from clipboard).",
    ),
    (
        "import-emoji-combining-crlf-bom.txt",
        "ok (UTF-8, 26 characters)",
    ),
    (
        "import-empty.txt",
        "refused: tests/hostile/import-empty.txt is empty: there is no text to annotate",
    ),
    (
        "import-fuzz-bom-only-page.html",
        "refused: tests/hostile/import-fuzz-bom-only-page.html has no readable text once the HTML markup is removed",
    ),
    (
        "import-gzip.md",
        "refused: tests/hostile/import-gzip.md looks like a binary file, not text. Marginalia reads text (.txt), Markdown (.md), web pages (.html, and .mhtml saved as \"Webpage, Single File\"), PDF, Word (.docx), OpenDocument (.odt) and EPUB files. Or copy the article's text and paste it into a new project (File > New from clipboard).",
    ),
    (
        "import-invalid-utf8.md",
        "ok with warning: the file is not UTF-8; it was read as windows-1254 (detected from its bytes). If letters look wrong, save the article as UTF-8 and import it again.",
    ),
    ("import-malformed.html", "ok (UTF-8, 37 characters)"),
    (
        "import-zip-bomb.docx",
        "refused: tests/hostile/import-zip-bomb.docx is a Word document that was refused: its part word/document.xml inflates to 8 MB or more, far beyond any article; it may be a \"zip bomb\". Open it in the program that made it and save only the article, or copy its text and paste it (File > New from clipboard).",
    ),
    (
        "import-photos.zip.docx",
        "refused: tests/hostile/import-photos.zip.docx is a ZIP archive that is not a Word, OpenDocument or EPUB document, which Marginalia does not read. Marginalia reads text (.txt), Markdown (.md), web pages (.html, and .mhtml saved as \"Webpage, Single File\"), PDF, Word (.docx), OpenDocument (.odt) and EPUB files. Or copy the article's text and paste it into a new project (File > New from clipboard).",
    ),
    (
        "import-deep-xml.docx",
        "refused: tests/hostile/import-deep-xml.docx nests its elements about 513 levels deep; real articles use a few dozen, so the file is broken or made to stall programs. Copy the article's text and paste it instead (File > New from clipboard).",
    ),
    (
        "import-epub-no-package.epub",
        "refused: tests/hostile/import-epub-no-package.epub is an EPUB book that cannot be read: its package file OEBPS/content.opf is missing. Open it in the program that made it and save it again, or copy its text and paste it (File > New from clipboard).",
    ),
    (
        "import-cut-in-half.docx",
        "refused: tests/hostile/import-cut-in-half.docx is a ZIP archive (as .docx, .odt and .epub files are) that cannot be read: its table of contents is missing or damaged, as when a download or a copy is cut off. Open it in the program that made it and save it again, or copy its text and paste it (File > New from clipboard).",
    ),
    (
        "import-fuzz-pdf-missing-object.pdf",
        "refused: tests/hostile/import-fuzz-pdf-missing-object.pdf is a PDF document that cannot be read: one of its pages refers to parts the file does not have. Open it in the program that made it and save it again, or copy its text and paste it (File > New from clipboard).",
    ),
    (
        "import-garbage.pdf",
        "refused: tests/hostile/import-garbage.pdf is a PDF document that cannot be read: it is damaged or cut off (failed parsing cross reference table: invalid start value). Open it in the program that made it and save it again, or copy its text and paste it (File > New from clipboard).",
    ),
    (
        "import-scan.pdf",
        "refused: tests/hostile/import-scan.pdf is a PDF of 1 page(s) with no text in it, only pictures of pages (a scan or a photo). Open it in a program that recognises text (OCR), or find the article online, and import that instead.",
    ),
    (
        "import-password.pdf",
        "refused: tests/hostile/import-password.pdf is a PDF protected by a password. Open it with its password and print it to a new PDF (or save it as text), then import that.",
    ),
    (
        "import-no-page.mhtml",
        "refused: tests/hostile/import-no-page.mhtml is a saved web page (MHTML) that cannot be read: it holds no HTML page. Open it in the program that made it and save it again, or copy its text and paste it (File > New from clipboard).",
    ),
    ("import-markdown-only-images.md", "ok (UTF-8, 4 characters)"),
    (
        "import-nul-bytes.txt",
        "refused: tests/hostile/import-nul-bytes.txt looks like a binary file, not text. Marginalia reads text (.txt), Markdown (.md), web pages (.html, and .mhtml saved as \"Webpage, Single File\"), PDF, Word (.docx), OpenDocument (.odt) and EPUB files. Or copy the article's text and paste it into a new project (File > New from clipboard).",
    ),
    (
        "import-only-markup.html",
        "refused: tests/hostile/import-only-markup.html has no readable text once the HTML markup is removed",
    ),
    (
        "import-only-whitespace.md",
        "refused: tests/hostile/import-only-whitespace.md is empty: there is no text to annotate",
    ),
    (
        "import-pdf.txt",
        "refused: tests/hostile/import-pdf.txt is a PDF document that cannot be read: it is damaged or cut off (failed parsing cross reference table: invalid start value). Open it in the program that made it and save it again, or copy its text and paste it (File > New from clipboard).",
    ),
    (
        "import-png.html",
        "refused: tests/hostile/import-png.html looks like a PNG image, not text. Marginalia reads text (.txt), Markdown (.md), web pages (.html, and .mhtml saved as \"Webpage, Single File\"), PDF, Word (.docx), OpenDocument (.odt) and EPUB files. Or copy the article's text and paste it into a new project (File > New from clipboard).",
    ),
    ("import-utf16-no-bom.txt", "ok (UTF-16LE, 69 characters)"),
    (
        "import-windows-1251.txt",
        "ok with warning: the file is not UTF-8; it was read as windows-1251 (detected from its bytes). If letters look wrong, save the article as UTF-8 and import it again.",
    ),
    (
        "json-instead-of-ron.ron",
        "refused: tests/hostile/json-instead-of-ron.ron:1:1: expected `(` here: a project file is RON, starting with `(` (JSON and other formats cannot be opened)",
    ),
    (
        "latin1-bytes.ron",
        "refused: tests/hostile/latin1-bytes.ron:5:16: this is not a text file (invalid UTF-8); a project file is plain RON text. Open the original, or the .bak file next to it.",
    ),
    (
        "negative-offset.ron",
        "refused: tests/hostile/negative-offset.ron:16:21: this number is negative or far too large (offsets and ids are whole numbers from 0)",
    ),
    (
        "not-a-project.ron",
        "refused: tests/hostile/not-a-project.ron is not a Marginalia project (it has no `format: \"marginalia-project\"` line). To annotate an article, import it instead.",
    ),
    (
        "offset-overflow.ron",
        "refused: tests/hostile/offset-overflow.ron:16:20: this number is negative or far too large (offsets and ids are whole numbers from 0)",
    ),
    (
        "only-whitespace.ron",
        "refused: tests/hostile/only-whitespace.ron is empty: it was probably cut off while saving or copying. Try the .bak file next to it.",
    ),
    (
        "png-named-ron.ron",
        "refused: tests/hostile/png-named-ron.ron:1:1: this is not a text file (invalid UTF-8); a project file is plain RON text. Open the original, or the .bak file next to it.",
    ),
    (
        "quote-does-not-match.ron",
        "loaded, parts left out: tests/hostile/quote-does-not-match.ron:14:13: error: annotation 1: its quote \"Tea shop\" is not in the article (the text at 0..4 is \"Café\"); it was left out. The article may have been edited: restore it, or fix start, end and quote.",
    ),
    (
        "quote-moved.ron",
        "loaded, repaired: tests/hostile/quote-moved.ron:14:13: warning: annotation 1: the text at 2..9 is not its quote \"Critics\"; the quote was found at 46..53 and the annotation moved there",
    ),
    (
        "sha256-mismatch.ron",
        "loaded, repaired: tests/hostile/sha256-mismatch.ron:46:17: warning: the text of article \"a\" was changed after it was saved (its sha256 no longer matches); annotations were checked against their quotes",
    ),
    (
        "span-empty.ron",
        "loaded, parts left out: tests/hostile/span-empty.ron:14:13: error: annotation 1: the span 0..0 is empty; an annotation must cover some text",
    ),
    (
        "span-out-of-range.ron",
        "loaded, repaired: tests/hostile/span-out-of-range.ron:14:13: warning: annotation 1: the text at 5000..5004 is not its quote \"Café\"; the quote was found at 0..4 and the annotation moved there",
    ),
    (
        "span-reversed.ron",
        "loaded, parts left out: tests/hostile/span-reversed.ron:14:13: error: annotation 1: start (4) is after end (0); swap them",
    ),
    (
        "span-splits-accent.ron",
        "loaded, repaired: tests/hostile/span-splits-accent.ron:14:13: warning: annotation 1: the span started or ended inside a character (e.g. between a letter and its accent, or inside an emoji); it was widened to whole characters",
    ),
    (
        "span-splits-emoji.ron",
        "loaded, repaired: tests/hostile/span-splits-emoji.ron:14:13: warning: annotation 1: the span started or ended inside a character (e.g. between a letter and its accent, or inside an emoji); it was widened to whole characters",
    ),
    (
        "tag-key-two-letters.ron",
        "loaded, repaired: tests/hostile/tag-key-two-letters.ron:9:14: warning: tag \"claim\": a key must be a single character, not \"12\"; this tag has no key now",
    ),
    (
        "text-changed-after-hash.ron",
        "loaded, repaired: tests/hostile/text-changed-after-hash.ron:46:17: warning: the text of article \"a\" was changed after it was saved (its sha256 no longer matches); annotations were checked against their quotes",
    ),
    (
        "truncated-half.ron",
        "refused: tests/hostile/truncated-half.ron:27:11: Unexpected end of RON (the file ends too early: it was probably cut off while saving or copying; try the .bak file next to it)",
    ),
    (
        "truncated-last-paren.ron",
        "refused: tests/hostile/truncated-last-paren.ron:56:7: Unexpected end of RON (the file ends too early: it was probably cut off while saving or copying; try the .bak file next to it)",
    ),
    (
        "unknown-article.ron",
        "loaded, parts left out: tests/hostile/unknown-article.ron:14:13: error: annotation 1: there is no article \"b\" in this file; it was left out",
    ),
    (
        "unknown-role.ron",
        "refused: tests/hostile/unknown-role.ron:6:11: `Principal` is not allowed here; write one of: Assignment, Key, Submission",
    ),
    (
        "unknown-tag.ron",
        "loaded, parts left out: tests/hostile/unknown-tag.ron:14:13: error: annotation 1: unknown tag \"opinion\" (this file's tags are: claim, rebuttal); it was left out",
    ),
    (
        "unterminated-string.ron",
        "refused: tests/hostile/unterminated-string.ron:7:14: Expected comma (a comma is missing at the end of the previous value, or a quote `\"` was left open above)",
    ),
    ("valid-baseline.ron", "ok"),
    (
        "version-is-text.ron",
        "refused: tests/hostile/version-is-text.ron:3:13: Expected integer (the value has the wrong type here)",
    ),
    (
        "version-missing.ron",
        "refused: tests/hostile/version-missing.ron:1:1: the file has no `version:` field; add `version: 3,` after the `format:` line",
    ),
    (
        "version-zero.ron",
        "refused: tests/hostile/version-zero.ron has format version 0, which no Marginalia ever wrote; check the `version:` line (it should be 3).",
    ),
    (
        "wrong-type-annotations.ron",
        "refused: tests/hostile/wrong-type-annotations.ron:12:17: Expected opening `[` (a list in square brackets is expected here)",
    ),
    (
        "wrong-type-start.ron",
        "refused: tests/hostile/wrong-type-start.ron:16:19: Expected integer (the value has the wrong type here)",
    ),
    (
        "huge-100mb.ron",
        "refused: …/huge-100mb.ron is 100 MB, too large for a project file (the limit is 64 MB); is it the right file?",
    ),
    (
        "import-25mb.txt",
        "refused: …/import-25mb.txt is 25.0 MB; articles over 20 MB are refused. Split it or import only the article's text.",
    ),
    ("import-deep-1500.html", "ok (UTF-8, 9 characters)"),
    (
        "import-deep-20000.html",
        "refused: …/import-deep-20000.html nests its elements about 20000 levels deep; real articles use a few dozen, so the file is broken or made to stall programs. Copy the article's text and paste it instead (File > New from clipboard).",
    ),
    ("import-5mb-article.html", "ok (UTF-8, 3960388 characters)"),
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

/// `outcome` on a worker thread: a panic or a hang (no answer within 60 s) fails the
/// test with the file named.
fn guarded_outcome(path: &Path) -> String {
    let (send, receive) = mpsc::channel();
    let owned = path.to_path_buf();
    let worker = std::thread::spawn(move || {
        let result = std::panic::catch_unwind(|| outcome(&owned));
        let _ = send.send(result);
    });
    let result = match receive.recv_timeout(Duration::from_secs(60)) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("{} hung (over 60 s)", path.display()),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            panic!("{} stopped the worker without an answer", path.display())
        }
    };
    let _ = worker.join();
    result.unwrap_or_else(|_| panic!("{} made Marginalia panic", path.display()))
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
    // HTML nested 1,500 deep (read, under the 2,000-level limit, no stack overflow) and
    // 20,000 deep (refused before parsing), then 5 MB of paragraphs.
    for depth in [1_500, 20_000] {
        let deep = dir.join(format!("import-deep-{depth}.html"));
        std::fs::write(
            &deep,
            format!(
                "<html><body>{}deep text{}</body></html>",
                "<div>".repeat(depth),
                "</div>".repeat(depth)
            ),
        )
        .unwrap();
        files.push(deep);
    }
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
            Some((_, expected)) if shown != *expected => failures.push(format!(
                "{name}:\n  expected: {expected}\n  got:      {shown}"
            )),
            Some(_) => {}
        }
    }
    // A row whose file is neither committed nor generated would never run.
    for (file, _) in CASES {
        if !files
            .iter()
            .any(|f| f.file_name().is_some_and(|n| n == *file))
        {
            failures.push(format!(
                "{file}: listed in CASES but neither in tests/hostile/ nor generated"
            ));
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
