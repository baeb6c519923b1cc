//! Word, OpenDocument, EPUB and single-file saved pages, made from one article by real
//! tools (`tests/fixtures/documents/make.sh`: pandoc and Python's MIME encoder), and the
//! hostile versions of them: zip bombs, archives that are not documents, damaged files.

#![allow(clippy::unwrap_used)] // tests: a failure is the message

use std::io::Write;
use std::path::{Path, PathBuf};

use marginalia::import::{self, SourceKind};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/documents")
        .join(name)
}

/// The article's own words (front matter and Markdown syntax left out), lower-cased.
fn source_words() -> Vec<String> {
    let md = std::fs::read_to_string(fixture("article.md")).unwrap();
    let body = md.splitn(3, "---").nth(2).unwrap();
    words(&body.replace("[^count]:", "").replace("[^count]", ""))
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Share of `expected` words found in `got` (as a multiset).
fn recall(expected: &[String], got: &[String]) -> f64 {
    let mut pool: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for w in got {
        *pool.entry(w).or_insert(0) += 1;
    }
    let mut found = 0;
    for w in expected {
        if let Some(n) = pool.get_mut(w.as_str())
            && *n > 0
        {
            *n -= 1;
            found += 1;
        }
    }
    found as f64 / expected.len() as f64
}

/// Longest common subsequence over the expected length: 1.0 when every word is there
/// in the source's order.
fn order(expected: &[String], got: &[String]) -> f64 {
    let mut row = vec![0usize; got.len() + 1];
    for e in expected {
        let mut diagonal = 0;
        for (j, g) in got.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if e == g {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[got.len()] as f64 / expected.len() as f64
}

#[test]
fn every_document_kind_keeps_the_article_in_order_with_its_source() {
    let expected = source_words();
    for (file, kind, description) in [
        ("article.docx", SourceKind::Docx, "Word document"),
        ("article.odt", SourceKind::Odt, "OpenDocument text"),
        ("article.epub", SourceKind::Epub, "EPUB, 2 chapters"),
        (
            "article.mhtml",
            SourceKind::Mhtml,
            "saved web page (MHTML): article kept",
        ),
    ] {
        let imported =
            import::import_file(&fixture(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(imported.kind, kind, "{file}");
        assert!(
            imported.description.starts_with(description),
            "{file}: {}",
            imported.description
        );
        let article = &imported.article;
        assert_eq!(
            article.title(),
            "He’s no bot, but Russia’s media guy in Canada manages to stir up controversy",
            "{file}"
        );
        let text = article.text();
        let got = words(text);
        let r = recall(&expected, &got);
        let o = order(&expected, &got);
        assert!(r >= 0.98, "{file}: word recall {r:.3}\n{text}");
        assert!(o >= 0.95, "{file}: word order {o:.3}\n{text}");
        // Structure a student sees: the heading on its own line, list items bulleted,
        // no bullet left alone on a line.
        assert!(text.contains("\n\nWhat critics say\n\n"), "{file}:\n{text}");
        assert!(
            text.contains("• The National Post accused"),
            "{file}:\n{text}"
        );
        assert!(
            !text.lines().any(|l| l.trim() == "•"),
            "{file}: lone bullet\n{text}"
        );
        assert!(text.contains("«Привет» from Ottawa 👩‍👩‍👧"), "{file}");
        // The footnote's text is kept, after the body.
        let note = text.find("Counted on the account’s own page").unwrap();
        assert!(
            note > text.find("Please chip in").unwrap(),
            "{file}: note not at the end"
        );
        let source = article.provenance();
        assert!(
            source.authors.iter().any(|a| a == "Ana López"),
            "{file}: {source:?}"
        );
        if kind != SourceKind::Mhtml {
            assert_eq!(source.authors.len(), 2, "{file}: {source:?}");
        }
    }
}

#[test]
fn word_and_opendocument_footnotes_are_numbered_at_the_end() {
    for file in ["article.docx", "article.odt"] {
        let text = import::import_file(&fixture(file))
            .unwrap()
            .article
            .text()
            .to_owned();
        assert!(text.contains("28,000 times.[1]"), "{file}:\n{text}");
        assert!(
            text.ends_with("Notes\n\n[1] Counted on the account’s own page, October 2022."),
            "{file}:\n{text}"
        );
    }
}

#[test]
fn epub_and_saved_pages_state_where_they_came_from() {
    let epub = import::import_file(&fixture("article.epub")).unwrap();
    let source = epub.article.provenance();
    assert_eq!(source.outlet.as_deref(), Some("rabble.ca"));
    assert_eq!(source.published.as_deref(), Some("2022-10-12"));
    assert_eq!(source.language.as_deref(), Some("en-CA"));
    let page = import::import_file(&fixture("article.mhtml")).unwrap();
    assert_eq!(
        page.article.provenance().url.as_deref(),
        Some("https://rabble.ca/blogs/example-press-secretary")
    );
    // The MIME headers and quoted-printable source never reach the article.
    assert!(!page.article.text().contains("Content-Type"));
    assert!(!page.article.text().contains("=\n"));
}

#[test]
fn files_are_recognised_by_their_content_not_their_name() {
    let bytes = std::fs::read(fixture("article.docx")).unwrap();
    let imported =
        import::import_bytes(&bytes, Path::new("download.txt"), "download", None).unwrap();
    assert_eq!(imported.kind, SourceKind::Docx);
    let bytes = std::fs::read(fixture("article.odt")).unwrap();
    let imported = import::import_bytes(&bytes, Path::new("noname"), "noname", None).unwrap();
    assert_eq!(imported.kind, SourceKind::Odt);
    let bytes = std::fs::read(fixture("article.mhtml")).unwrap();
    let imported = import::import_bytes(&bytes, Path::new("page.txt"), "page", None).unwrap();
    assert_eq!(imported.kind, SourceKind::Mhtml);
}

/// A ZIP archive with the given parts, deflated.
fn zip_with(parts: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}

fn refusal(bytes: &[u8], name: &str) -> String {
    import::import_bytes(bytes, Path::new(name), "x", None)
        .err()
        .unwrap_or_else(|| panic!("{name} should be refused"))
        .to_string()
}

#[test]
fn a_zip_bomb_posing_as_a_docx_is_refused_before_it_inflates() {
    // 8 MB of spaces squeezed into a few KB: past 1 MB, a ratio no document has.
    let spaces = vec![b' '; 8 * 1024 * 1024];
    let mut xml = b"<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>".to_vec();
    xml.extend_from_slice(&spaces);
    xml.extend_from_slice(b"</w:t></w:r></w:p></w:body></w:document>");
    let bomb = zip_with(&[("word/document.xml", &xml)]);
    assert!(bomb.len() < 100_000, "{} bytes", bomb.len());
    let message = refusal(&bomb, "homework.docx");
    assert!(message.contains("zip bomb"), "{message}");
    assert!(message.contains("Word document"), "{message}");
}

#[test]
fn archives_that_are_not_documents_list_what_is_supported() {
    let archive = zip_with(&[("photos/cat.jpg", b"\xFF\xD8\xFF not really")]);
    let message = refusal(&archive, "homework.docx");
    assert!(
        message.contains("a ZIP archive that is not a Word, OpenDocument or EPUB"),
        "{message}"
    );
    assert!(
        message.contains("Word (.docx), OpenDocument (.odt) and EPUB"),
        "{message}"
    );
}

#[test]
fn damaged_and_hostile_documents_get_clear_messages() {
    // Cut in half: the archive's directory (at its end) is gone.
    let bytes = std::fs::read(fixture("article.docx")).unwrap();
    let message = refusal(&bytes[..bytes.len() / 2], "cut.docx");
    assert!(message.contains("cannot be read"), "{message}");
    // Nested far deeper than any document.
    let deep = format!(
        "<w:document xmlns:w=\"w\"><w:body>{}<w:t>x</w:t>{}</w:body></w:document>",
        "<w:p>".repeat(5_000),
        "</w:p>".repeat(5_000)
    );
    let message = refusal(
        &zip_with(&[("word/document.xml", deep.as_bytes())]),
        "deep.docx",
    );
    assert!(message.contains("levels deep"), "{message}");
    // Broken XML: the message names the part and where it breaks.
    let message = refusal(
        &zip_with(&[(
            "word/document.xml",
            b"<w:document><w:p><w:t>text</w:r></w:document>",
        )]),
        "junk.docx",
    );
    assert!(
        message.contains("cannot be read: word/document.xml:"),
        "{message}"
    );
    // Markup and no words.
    let message = refusal(
        &zip_with(&[("word/document.xml", b"<w:p><<<>")]),
        "junk.docx",
    );
    assert!(message.contains("no readable text"), "{message}");
    // An EPUB whose package is missing.
    let epub = zip_with(&[
        ("mimetype", b"application/epub+zip"),
        ("META-INF/container.xml", b"<container><rootfiles><rootfile full-path=\"OEBPS/content.opf\"/></rootfiles></container>"),
    ]);
    let message = refusal(&epub, "book.epub");
    assert!(
        message.contains("package file OEBPS/content.opf is missing"),
        "{message}"
    );
    // A PDF says so and what to do until PDFs are read.
    let message = refusal(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", "article.pdf");
    assert!(message.contains("a PDF document"), "{message}");
    assert!(message.contains("File > New from clipboard"), "{message}");
}

/// The seed article the PDFs were printed from (`make-pdf.sh`).
fn seed_words() -> Vec<String> {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-docs/001_ebea2a00771ec505.txt");
    words(&std::fs::read_to_string(seed).unwrap())
}

#[test]
fn pdfs_printed_by_a_browser_read_in_order_without_their_running_heads() {
    let expected = seed_words();
    for (file, description, min_recall, min_order) in [
        ("article.pdf", "PDF, 4 pages", 0.995, 0.995),
        ("two-columns.pdf", "PDF, 4 pages, 2 columns", 0.995, 0.995),
        // Soft hyphens that did not break a line come out as a space in some words
        // ("atten tion"): see BENCHMARKS.md.
        ("hyphenated.pdf", "PDF, 6 pages", 0.98, 0.98),
    ] {
        let imported =
            import::import_file(&fixture(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(imported.kind, SourceKind::Pdf);
        assert_eq!(imported.description, description, "{file}");
        let text = imported.article.text();
        let got = words(text);
        let r = recall(&expected, &got);
        let o = order(&expected, &got);
        assert!(r >= min_recall, "{file}: word recall {r:.4}");
        assert!(o >= min_order, "{file}: word order {o:.4}");
        // Chromium's header (date, title) and footer (address, "1/4") are gone.
        assert!(!text.contains("file:///"), "{file}: footer kept");
        assert!(
            !text.contains("1/4") && !text.contains("2/6"),
            "{file}: page number kept"
        );
        // Paragraphs are paragraphs, not lines: as many as the seed has, give or take.
        let paragraphs = text.split("\n\n").count();
        assert!(
            (30..=50).contains(&paragraphs),
            "{file}: {paragraphs} paragraphs"
        );
        assert_eq!(
            imported.article.title(),
            "He's no bot, but Russia's media guy in Canada manages to stir up controversy"
        );
    }
}

#[test]
fn hyphenated_line_ends_are_joined_and_real_hyphens_kept() {
    let text = import::import_file(&fixture("hyphenated.pdf"))
        .unwrap()
        .article
        .text()
        .to_owned();
    // Every line of this PDF that ends in a hyphen splits a word at a soft hyphen.
    for joined in ["Embassy", "controversy", "followers"] {
        assert!(text.contains(joined), "{joined} not joined");
    }
    let columns = import::import_file(&fixture("two-columns.pdf"))
        .unwrap()
        .article
        .text()
        .to_owned();
    for compound in ["pro-feminist", "anti-racist", "anti-imperialist"] {
        assert!(columns.contains(compound), "{compound} lost its hyphen");
    }
}

#[test]
fn scanned_and_protected_pdfs_say_what_to_do() {
    let message = import::import_file(&fixture("scan.pdf"))
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("no text in it, only pictures of pages"),
        "{message}"
    );
    assert!(message.contains("OCR"), "{message}");
    let message = import::import_file(&fixture("password.pdf"))
        .unwrap_err()
        .to_string();
    assert!(message.contains("protected by a password"), "{message}");
    // Restrictions without a password (no printing, no copying) do not stop reading.
    let restricted = import::import_file(&fixture("restricted.pdf")).unwrap();
    assert!(restricted.article.text().contains("Kirill Kalinin"));
}

#[test]
fn broken_pdfs_are_refused_without_a_panic() {
    let bytes = std::fs::read(fixture("article.pdf")).unwrap();
    for (name, cut) in [
        ("half", &bytes[..bytes.len() / 2]),
        ("header only", &bytes[..16]),
        ("first kilobyte", &bytes[..1024]),
    ] {
        let result = import::import_bytes(cut, Path::new("cut.pdf"), "cut", None);
        let message = result.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            message.contains("PDF") || message.contains("cannot be read"),
            "{name}: {message}"
        );
    }
    let garbage = [b"%PDF-1.7\n".as_slice(), &[0xFFu8; 4096]].concat();
    let message = refusal(&garbage, "garbage.pdf");
    assert!(
        message.contains("PDF document that cannot be read"),
        "{message}"
    );
}

#[test]
fn a_page_printed_from_the_web_keeps_its_address_from_the_footer() {
    // Chromium prints the page's address in the running footer; the footer is dropped
    // from the text and the address kept as where the article came from.
    let imported = import::import_file(&fixture("printed-from-web.pdf")).unwrap();
    assert_eq!(
        imported.article.provenance().url.as_deref(),
        Some("http://127.0.0.1:8765/served.html")
    );
    assert!(!imported.article.text().contains("8765"));
    // A local file's footer (file:///…) is not an address to show students.
    let local = import::import_file(&fixture("article.pdf")).unwrap();
    assert_eq!(local.article.provenance().url, None);
}
