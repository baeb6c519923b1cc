//! Turning files and pasted text into [`Article`]s.
//!
//! Every importer ends in the same place: decoded (any encoding, see [`decode`]),
//! normalised (BOM, CRLF), readable text with paragraph breaks and a title. Bad input is
//! refused with an [`ImportError`] that says what the file is and what to do instead.

mod decode;
mod documents;
mod error;
pub mod guard;
mod html;
mod markdown;
mod nesting;
mod pdf;
mod reader;
mod text_builder;

use crate::i18n::number::NumberStyle;
use crate::t;
use std::io::Read;
use std::path::Path;

pub use decode::{Decoded, decode};
pub use error::ImportError;

use documents::{DocumentKind, Sniffed};

use crate::model::{Article, ArticleId, Provenance};

/// Files larger than this are refused: an article, even a long report, is far smaller,
/// and egui needs ~175 MB of memory per MB of text laid out at once.
pub const MAX_ARTICLE_BYTES: u64 = 20 * 1024 * 1024;

/// What kind of source an article came from; decides how markup is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceKind {
    PlainText,
    Markdown,
    Html,
    /// A page saved as "Webpage, Single File".
    Mhtml,
    Docx,
    Odt,
    Epub,
    Pdf,
}

impl SourceKind {
    /// By extension; an unknown extension is sniffed from the content.
    pub fn detect(path: &Path, text: &str) -> SourceKind {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("md" | "markdown" | "mdown" | "mkd") => SourceKind::Markdown,
            Some("html" | "htm" | "xhtml") => SourceKind::Html,
            Some("txt" | "text") => SourceKind::PlainText,
            _ => {
                let head: String = text.trim_start().chars().take(64).collect();
                let head = head.to_ascii_lowercase();
                if head.starts_with("<!doctype html") || head.starts_with("<html") {
                    SourceKind::Html
                } else {
                    SourceKind::PlainText
                }
            }
        }
    }
}

/// How much of a web page becomes the article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PageMode {
    /// The article body only (reader view): what students annotate in most exercises.
    #[default]
    Article,
    /// Everything a reader of the page sees, menus and footers included: for exercises
    /// about spotting page furniture.
    WholePage,
}

/// Choices the teacher makes when importing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    pub page: PageMode,
}

/// What became of a web page: which part was kept and how much was left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageReport {
    /// What was kept: `Article` unless the teacher asked for the whole page or no
    /// article body could be told apart from the page.
    pub kept: PageMode,
    pub article_words: usize,
    pub page_words: usize,
}

impl PageReport {
    /// Words of the page that are not in the article.
    pub fn left_out_words(&self) -> usize {
        self.page_words.saturating_sub(self.article_words)
    }

    /// For people: "web page: article kept (1,240 words), 1,840 words of page furniture
    /// left out"; `what` names the page ("web page", "saved web page (MHTML)").
    pub fn describe(&self, what: &str) -> String {
        match self.kept {
            PageMode::Article => t!(
                "import-described-article-kept",
                page = what,
                article_words = grouped(self.article_words),
                left_out_words = grouped(self.left_out_words())
            ),
            PageMode::WholePage => t!(
                "import-described-whole-page-kept",
                page = what,
                words = grouped(self.page_words)
            ),
        }
    }
}

/// 1840 → "1 840" in French, "1,840" in English: a count grouped the reader's way, from
/// four digits on (word counts read as in [`thousands`]).
fn grouped(n: usize) -> String {
    let group = NumberStyle::of(crate::i18n::current().code()).group;
    thousands(n).replace(',', &group.to_string())
}

/// 1840 → "1,840" (English grouping; the window and the CLI use it for counts).
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// An imported article and what a person should know about how it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub article: Article,
    pub kind: SourceKind,
    /// The encoding it was decoded from, e.g. "UTF-8", "windows-1251".
    pub encoding: &'static str,
    /// Things worth telling the user, e.g. undecodable bytes replaced.
    pub warnings: Vec<String>,
    /// For web pages: which part became the article.
    pub page: Option<PageReport>,
    /// What was read, for people: "Word document", "web page: article kept, 1,840
    /// words of page furniture left out".
    pub description: String,
}

/// Reads and imports an article file (.txt, .md, .html; anything else is sniffed), with
/// the default options (a web page's article only).
pub fn import_file(path: &Path) -> Result<Imported, ImportError> {
    import_file_with(path, &ImportOptions::default())
}

/// Reads and imports an article file with the teacher's choices.
pub fn import_file_with(path: &Path, options: &ImportOptions) -> Result<Imported, ImportError> {
    let io = |source| ImportError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > MAX_ARTICLE_BYTES {
        return Err(ImportError::TooLarge {
            path: path.to_path_buf(),
            size,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // `take` guards against a file that grows while we read it.
    file.take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(ImportError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
        });
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = path
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    import_bytes_with(&bytes, path, &stem, Some(name), options).map_err(|e| e.with_path(path))
}

/// Imports already-read bytes with the default options; `path` only decides the kind and
/// names things.
pub fn import_bytes(
    bytes: &[u8],
    path: &Path,
    fallback_title: &str,
    source: Option<String>,
) -> Result<Imported, ImportError> {
    import_bytes_with(
        bytes,
        path,
        fallback_title,
        source,
        &ImportOptions::default(),
    )
}

/// Imports already-read bytes with the teacher's choices.
pub fn import_bytes_with(
    bytes: &[u8],
    path: &Path,
    fallback_title: &str,
    source: Option<String>,
    options: &ImportOptions,
) -> Result<Imported, ImportError> {
    // The file's content decides what it is; its name only breaks ties among text kinds.
    let sniffed = documents::sniff(bytes);
    let (read, decoded) = match sniffed {
        Sniffed::Document(kind) => {
            let doc = documents::read(kind, bytes)?;
            let read = ReadFile {
                kind: match kind {
                    DocumentKind::Docx => SourceKind::Docx,
                    DocumentKind::Odt => SourceKind::Odt,
                    DocumentKind::Epub => SourceKind::Epub,
                },
                text: doc.text,
                title: doc.title,
                provenance: doc.provenance,
                page: None,
                description: doc.description,
            };
            (read, None)
        }
        Sniffed::Mhtml => {
            let saved = documents::mhtml::read(bytes)?;
            let mut read = read_web_page(&saved.html, options, &t!("import-described-mhtml"))?;
            read.kind = SourceKind::Mhtml;
            if read.provenance.url.is_none() {
                read.provenance.url = saved.url;
            }
            (read, None)
        }
        Sniffed::Pdf => {
            let pdf = pdf::read(bytes)?;
            let read = ReadFile {
                kind: SourceKind::Pdf,
                text: pdf.text,
                title: pdf.title,
                provenance: pdf.provenance,
                page: None,
                description: pdf.description,
            };
            (read, None)
        }
        Sniffed::BrokenZip => {
            return Err(ImportError::Damaged {
                path: None,
                format: "a ZIP archive (as .docx, .odt and .epub files are)",
                detail: t!("import-zip-no-contents"),
            });
        }
        Sniffed::OtherZip => {
            return Err(ImportError::Unsupported {
                path: None,
                what: "a ZIP archive that is not a Word, OpenDocument or EPUB document",
            });
        }
        Sniffed::Text => {
            let decoded = decode(bytes)?;
            let kind = SourceKind::detect(path, &decoded.text);
            let read = match kind {
                SourceKind::Markdown => {
                    let (text, title) = markdown::extract(&decoded.text);
                    ReadFile::plain(
                        SourceKind::Markdown,
                        text,
                        title,
                        &t!("import-described-markdown"),
                    )
                }
                SourceKind::Html => {
                    read_web_page(&decoded.text, options, &t!("import-described-web-page"))?
                }
                _ => {
                    let text = crate::text::normalize_newlines(&decoded.text);
                    let title = plain_text_title(&text);
                    ReadFile::plain(
                        SourceKind::PlainText,
                        text,
                        title,
                        &t!("import-described-text"),
                    )
                }
            };
            (read, Some(decoded))
        }
    };
    let kind = read.kind;
    // Judge emptiness on the text as the article will hold it (byte-order marks removed):
    // found by fuzzing, a page of nothing but BOMs became an article with no text.
    let text = crate::text::normalize_newlines(&read.text);
    if text.trim().is_empty() {
        return Err(ImportError::NoText { path: None, kind });
    }
    let title = read.title.unwrap_or_else(|| fallback_title.to_owned());
    let id = ArticleId(slug(fallback_title));
    let encoding = decoded.as_ref().map_or("UTF-8", |d| d.encoding);
    let article = Article::new(id, title, source, encoding.to_owned(), &text)
        .with_provenance(read.provenance);
    let mut warnings = Vec::new();
    if let Some(decoded) = &decoded {
        if decoded.guessed {
            warnings.push(t!("import-encoding-guessed", encoding = decoded.encoding));
        }
        if decoded.had_errors {
            warnings.push(t!("import-encoding-errors", encoding = decoded.encoding));
        }
    }
    Ok(Imported {
        article,
        kind,
        encoding,
        warnings,
        page: read.page,
        description: read.description,
    })
}

/// What one reader made of a file, before it becomes an [`Article`].
struct ReadFile {
    kind: SourceKind,
    text: String,
    title: Option<String>,
    provenance: Provenance,
    page: Option<PageReport>,
    description: String,
}

impl ReadFile {
    fn plain(kind: SourceKind, text: String, title: Option<String>, what: &str) -> ReadFile {
        ReadFile {
            kind,
            text,
            title,
            provenance: Provenance::default(),
            page: None,
            description: what.to_owned(),
        }
    }
}

/// A web page: its article (reader view) or all of it, as `options` say; `what` names it
/// in the description ("web page", "saved web page (MHTML)").
fn read_web_page(
    source: &str,
    options: &ImportOptions,
    what: &str,
) -> Result<ReadFile, ImportError> {
    let kind = SourceKind::Html;
    let depth = nesting::estimate(source);
    if depth > nesting::MAX_NESTING {
        return Err(ImportError::TooDeep { path: None, depth });
    }
    // Parsed once: the whole-page reading and the reader view's look at the page's
    // own markup (schema.org `articleBody`) share it.
    let document = scraper::Html::parse_document(source);
    let whole_page = html::read_document(&document);
    let whole = whole_page.text;
    let page_words = whole.split_whitespace().count();
    if page_words == 0 {
        return Err(ImportError::NoText { path: None, kind });
    }
    let view = reader::read(source, &document, &whole);
    // The headline the page shows, else the library's reading of the title, else
    // `<title>` as it is. An `<h1>` that shares no words with the page's title is a logo
    // or a section name ("World"), not the headline.
    let headline = whole_page
        .headline
        .clone()
        .filter(|h1| same_story(h1, view.headline.as_deref().or(whole_page.title.as_deref())));
    let title = headline.clone().or(view.headline).or(whole_page.title);
    let (text, page) = match (options.page, view.text) {
        (PageMode::Article, Some(article)) => {
            let article = with_headline(article, headline.as_deref());
            let article_words = article.split_whitespace().count();
            let page = PageReport {
                kept: PageMode::Article,
                article_words,
                page_words: page_words.max(article_words),
            };
            (article, page)
        }
        _ => {
            let page = PageReport {
                kept: PageMode::WholePage,
                article_words: page_words,
                page_words,
            };
            (whole, page)
        }
    };
    Ok(ReadFile {
        kind,
        text,
        title,
        provenance: view.provenance,
        description: page.describe(what),
        page: Some(page),
    })
}

/// Imports pasted text (always read as plain text). The title is the first line.
pub fn import_pasted(text: &str, id: &str) -> Result<Imported, ImportError> {
    let text = crate::text::normalize_newlines(text);
    if text.trim().is_empty() {
        return Err(ImportError::NoText {
            path: None,
            kind: SourceKind::PlainText,
        });
    }
    let title = plain_text_title(&text).unwrap_or_else(|| t!("import-pasted-title"));
    Ok(Imported {
        article: Article::new(ArticleId(slug(id)), title, None, "UTF-8".into(), &text),
        kind: SourceKind::PlainText,
        encoding: "UTF-8",
        warnings: Vec::new(),
        page: None,
        description: t!("import-described-pasted"),
    })
}

/// The article body with the page's headline above it: students annotate headlines too
/// (they are where framing starts), and extraction libraries leave them out. Where the
/// body has the headline already, below a kicker ("BREAKING NEWS") or a date, it is
/// moved to the top rather than shown twice.
fn with_headline(body: String, headline: Option<&str>) -> String {
    /// How far into the body a copy of the headline is looked for, in paragraphs.
    const NEAR_TOP: usize = 3;
    let Some(headline) = headline else {
        return body;
    };
    let squash = crate::text::collapse_spaces;
    let wanted = squash(headline);
    let mut blocks: Vec<&str> = body.split("\n\n").collect();
    let copy = blocks
        .iter()
        .take(NEAR_TOP)
        .position(|block| squash(block) == wanted);
    match copy {
        Some(0) => body,
        Some(i) => {
            blocks.remove(i);
            format!("{headline}\n\n{}", blocks.join("\n\n"))
        }
        None => format!("{headline}\n\n{body}"),
    }
}

/// Whether an `<h1>` is the headline the page's title announces: at least half of the
/// title's words are in it (or the page has no title to compare with).
fn same_story(h1: &str, title: Option<&str>) -> bool {
    let Some(title) = title else { return true };
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let h1_words = words(h1);
    let title_words = words(title);
    let shared = title_words.iter().filter(|w| h1_words.contains(w)).count();
    !title_words.is_empty() && shared * 2 >= title_words.len()
}

/// The first non-empty line, if it is short enough to be a headline.
fn plain_text_title(text: &str) -> Option<String> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    (line.chars().count() <= 140).then(|| line.to_owned())
}

/// A readable id from a file name: lower-case letters, digits and dashes.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.chars().count() >= 48 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "article".to_owned()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::with_headline;

    #[test]
    fn the_headline_goes_on_top_once() {
        let body = "BREAKING NEWS\n\nBridge  to close\n\nThe council voted.".to_owned();
        assert_eq!(
            with_headline(body, Some("Bridge to close")),
            "Bridge to close\n\nBREAKING NEWS\n\nThe council voted."
        );
        let first = "Bridge to close\n\nThe council voted.".to_owned();
        assert_eq!(with_headline(first.clone(), Some("Bridge to close")), first);
        let none = "The council voted.".to_owned();
        assert_eq!(
            with_headline(none.clone(), Some("Bridge to close")),
            "Bridge to close\n\nThe council voted."
        );
        assert_eq!(with_headline(none.clone(), None), none);
    }
}
