//! Importing real text: the sample articles, legacy encodings, BOM and CRLF, emoji and
//! combining accents, HTML with scripts and navigation, and files that are not articles.

use std::path::{Path, PathBuf};

use marginalia::import::{self, ImportError, SourceKind};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

#[test]
fn sample_articles_import_with_titles_and_paragraphs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-docs");
    let cases = [
        (
            "000_0aa05fbc1d035030.txt",
            "Russia accuses Ottawa of demoralizing its soldiers on social media",
        ),
        ("001_ebea2a00771ec505.txt", "001_ebea2a00771ec505"),
        ("002_c28f14a490bc53b2.txt", "January 25, 2021"),
    ];
    for (file, title) in cases {
        let imported = import::import_file(&dir.join(file)).unwrap();
        assert_eq!(imported.encoding, "UTF-8");
        assert_eq!(imported.kind, SourceKind::PlainText);
        assert_eq!(imported.article.title(), title);
        let text = imported.article.text();
        assert!(text.contains("\n\n"), "paragraphs kept in {file}");
        assert!(!text.contains('\r'));
        // The text is the file's text, unchanged but for normalisation.
        let original = std::fs::read_to_string(dir.join(file)).unwrap();
        assert_eq!(text, original.replace("\r\n", "\n"));
    }
}

#[test]
fn cyrillic_in_windows_1251_is_detected() {
    let imported = import::import_file(&fixture("cyrillic-windows-1251.txt")).unwrap();
    assert_eq!(imported.encoding, "windows-1251");
    assert!(imported.article.text().starts_with("Посол России в Канаде"));
    assert!(
        imported
            .article
            .text()
            .contains("«Когда нет настоящей дипломатии")
    );
    assert!(!imported.article.text().contains('\r'));
}

#[test]
fn windows_1252_and_utf16_are_detected() {
    let imported = import::import_file(&fixture("latin1-windows-1252.txt")).unwrap();
    assert_eq!(imported.encoding, "windows-1252");
    assert_eq!(
        imported.article.text().trim_end(),
        "Déjà vu: the minister’s “fake news” remark — café politics."
    );
    let imported = import::import_file(&fixture("utf16le-bom.txt")).unwrap();
    assert_eq!(imported.encoding, "UTF-16LE");
    assert!(
        imported
            .article
            .text()
            .starts_with("UTF-16 article: Привет, 世界, 👍.")
    );
}

#[test]
fn bom_and_crlf_are_normalised_once() {
    let imported = import::import_file(&fixture("bom-crlf.txt")).unwrap();
    let text = imported.article.text();
    assert_eq!(
        text,
        "Headline with BOM\n\nFirst paragraph.\nSame paragraph, next line.\n\nCafé, naïve, 👩‍👩‍👧 and e\u{301}.\n"
    );
    assert_eq!(imported.article.title(), "Headline with BOM");
    // Offsets count code points: the family emoji is 5 of them.
    let family = text.find('👩').unwrap();
    let chars = imported.article.offsets();
    let start = chars
        .to_char(text, marginalia::text::ByteOffset(family))
        .unwrap();
    let end = chars
        .to_char(text, marginalia::text::ByteOffset(family + "👩‍👩‍👧".len()))
        .unwrap();
    assert_eq!(end.0 - start.0, 5);
}

#[test]
fn markdown_with_emoji_and_combining_marks() {
    let imported = import::import_file(&fixture("emoji-combining.md")).unwrap();
    assert_eq!(imported.kind, SourceKind::Markdown);
    assert_eq!(imported.article.title(), "Families 👨‍👩‍👧 and flags 🇨🇦");
    assert_eq!(
        imported.article.text(),
        "Families 👨‍👩‍👧 and flags 🇨🇦\n\nThe café (cafe\u{301}) says “no comment” 🤐.\n\n\
         • Zalgo: Z\u{351}\u{352}a\u{353}l\u{354}g\u{355}o\n• Hindi: नमस्ते"
    );
}

#[test]
fn html_keeps_the_article_and_drops_scripts_nav_and_head() {
    let imported = import::import_file(&fixture("page.html")).unwrap();
    assert_eq!(imported.kind, SourceKind::Html);
    // The page's headline, not `<title>` with the site's name glued on.
    assert_eq!(
        imported.article.title(),
        "Russia accuses Ottawa of “demoralizing” its soldiers"
    );
    assert_eq!(
        imported.article.text(),
        "Russia accuses Ottawa of “demoralizing” its soldiers\n\n\
         Russia’s ambassador to Canada accuses Ottawa of waging a social\u{a0}media campaign.\n\n\
         “They turn on this Twitter megaphone,” Stepanov said. Prices rose 5\u{a0}% & more <3.\n\n\
         History will separate the wheat from the chaff."
    );
    // The sidebar's appeal is page furniture: left out of the article, kept in the
    // whole page (for exercises about spotting it).
    let page = import::PageReport {
        kept: import::PageMode::Article,
        article_words: 42,
        page_words: 46,
    };
    assert_eq!(imported.page, Some(page));
    assert_eq!(
        imported.article.provenance().language.as_deref(),
        Some("en")
    );
    let whole = import::import_file_with(
        &fixture("page.html"),
        &import::ImportOptions {
            page: import::PageMode::WholePage,
        },
    )
    .unwrap();
    assert!(
        whole
            .article
            .text()
            .ends_with("Support our journalism. Donate")
    );
    assert_eq!(
        whole.page.map(|p| p.kept),
        Some(import::PageMode::WholePage)
    );
}

#[test]
fn pasted_text_and_unknown_extensions() {
    let imported = import::import_pasted("  \r\nPasted headline\r\nbody", "paste").unwrap();
    assert_eq!(imported.article.title(), "Pasted headline");
    assert_eq!(imported.article.text(), "  \nPasted headline\nbody");
    // An HTML page saved without extension is sniffed.
    let page = std::fs::read(fixture("page.html")).unwrap();
    let imported = import::import_bytes(&page, Path::new("download"), "download", None).unwrap();
    assert_eq!(imported.kind, SourceKind::Html);
}

#[test]
fn refuses_what_is_not_an_article_with_a_clear_message() {
    let err = import::import_file(&fixture("photo.png")).unwrap_err();
    assert!(matches!(
        err,
        ImportError::Binary {
            what: "a PNG image",
            ..
        }
    ));
    let message = err.to_string();
    assert!(
        message.contains("photo.png looks like a PNG image, not text"),
        "{message}"
    );
    assert!(message.contains("paste"), "{message}");

    let message = import::import_file(&fixture("random.bin"))
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("random.bin looks like a binary file"),
        "{message}"
    );

    let message = import::import_file(&fixture("empty.txt"))
        .unwrap_err()
        .to_string();
    assert!(message.contains("empty.txt is empty"), "{message}");

    let message = import::import_file(&fixture("only-markup.html"))
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("no readable text once the HTML markup is removed"),
        "{message}"
    );

    let message = import::import_file(&fixture("missing.txt"))
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("cannot read") && message.contains("missing.txt"),
        "{message}"
    );
}

#[test]
fn refuses_files_over_the_size_limit_without_reading_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(import::MAX_ARTICLE_BYTES + 1).unwrap(); // sparse: costs no disk
    let message = import::import_file(&path).unwrap_err().to_string();
    assert!(message.contains("huge.txt is 20.0 MB"), "{message}");
    assert!(message.contains("refused"), "{message}");
}

#[test]
fn a_five_megabyte_article_imports() {
    let paragraph =
        "The ambassador said the campaign was aimed at soldiers. Критики не согласны. 👩‍👩‍👧\n\n";
    let text = paragraph.repeat(5 * 1024 * 1024 / paragraph.len());
    let imported =
        import::import_bytes(text.as_bytes(), Path::new("big.txt"), "big", None).unwrap();
    assert_eq!(imported.article.text(), text);
}

#[test]
fn an_article_marked_inside_a_list_of_stories_is_taken_alone() {
    // A news page whose article sits in a column of story teasers, as on the
    // benchmark's worst pages: the extraction library keeps the whole column. The page
    // marks its article with schema.org `itemprop="articleBody"`; that decides.
    let imported = import::import_file(&fixture("story-list.html")).unwrap();
    assert_eq!(
        imported.article.text(),
        "Bridge to close for two years\n\n\
         The city council voted on Tuesday night to close the Old Mill bridge for two \
         years, after engineers found cracks in three of its supports.\n\n\
         “We cannot ask people to drive over a bridge we would not stand under,” the mayor \
         told a packed meeting, which ran until almost midnight.\n\n\
         Buses will be sent round by the ring road, adding about twenty minutes to the trip \
         into town, and a ferry will run at peak hours from March."
    );
    let report = imported.page.unwrap();
    assert_eq!(report.kept, import::PageMode::Article);
    assert!(report.page_words > 3 * report.article_words, "{report:?}");
    // The teasers are still there for a boilerplate exercise.
    let whole = import::import_file_with(
        &fixture("story-list.html"),
        &import::ImportOptions {
            page: import::PageMode::WholePage,
        },
    )
    .unwrap();
    assert!(whole.article.text().contains("Market hall reopens"));
    assert!(whole.article.text().contains("BREAKING NEWS"));
}
