//! Why an article could not be imported, said so that a teacher knows what to do.

use std::path::{Path, PathBuf};

use super::{MAX_ARTICLE_BYTES, SourceKind};

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{} is {:.1} MB; articles over {} MB are refused. Split it or import only the article's text.",
        path.display(), *size as f64 / 1_048_576.0, MAX_ARTICLE_BYTES / 1_048_576
    )]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}is empty: there is no text to annotate", at(path))]
    Empty { path: Option<PathBuf> },
    #[error(
        "{}looks like {what}, not text. {SUPPORTED} Or copy the article's text and paste it into a new project (File > New from clipboard).",
        at(path)
    )]
    Binary {
        path: Option<PathBuf>,
        what: &'static str,
    },
    #[error(
        "{}nests its elements about {depth} levels deep; real articles use a few dozen, so the file is broken or made to stall programs. Copy the article's text and paste it instead (File > New from clipboard).",
        at(path)
    )]
    TooDeep { path: Option<PathBuf>, depth: usize },
    #[error(
        "{}is {what}, which Marginalia does not read. {SUPPORTED} Or copy the article's text and paste it into a new project (File > New from clipboard).",
        at(path)
    )]
    Unsupported {
        path: Option<PathBuf>,
        what: &'static str,
    },
    #[error(
        "{}is {format} that cannot be read: {detail}. Open it in the program that made it and save it again, or copy its text and paste it (File > New from clipboard).",
        at(path)
    )]
    Damaged {
        path: Option<PathBuf>,
        format: &'static str,
        detail: String,
    },
    #[error(
        "{}is {format} that was refused: {detail}. Open it in the program that made it and save only the article, or copy its text and paste it (File > New from clipboard).",
        at(path)
    )]
    TooBig {
        path: Option<PathBuf>,
        format: &'static str,
        detail: String,
    },
    #[error(
        "{}is a PDF of {pages} page(s) with no text in it, only pictures of pages (a scan or a photo). Open it in a program that recognises text (OCR), or find the article online, and import that instead.",
        at(path)
    )]
    NoTextLayer { path: Option<PathBuf>, pages: usize },
    #[error(
        "{}is a PDF protected by a password. Open it with its password and print it to a new PDF (or save it as text), then import that.",
        at(path)
    )]
    Encrypted { path: Option<PathBuf> },
    #[error("{}has no readable text once the {} markup is removed", at(path), kind_name(*kind))]
    NoText {
        path: Option<PathBuf>,
        kind: SourceKind,
    },
}

fn at(path: &Option<PathBuf>) -> String {
    path.as_ref()
        .map(|p| format!("{} ", p.display()))
        .unwrap_or_else(|| "the text ".to_owned())
}

/// The list people need when a file is refused.
const SUPPORTED: &str = "Marginalia reads text (.txt), Markdown (.md), web pages (.html, and .mhtml saved as \"Webpage, Single File\"), PDF, Word (.docx), OpenDocument (.odt) and EPUB files.";

fn kind_name(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::PlainText => "text",
        SourceKind::Markdown => "Markdown",
        SourceKind::Html | SourceKind::Mhtml => "HTML",
        SourceKind::Docx => "Word",
        SourceKind::Odt => "OpenDocument",
        SourceKind::Epub => "EPUB",
        SourceKind::Pdf => "PDF",
    }
}

impl ImportError {
    /// Names the file in messages that were made before the path was known.
    pub fn with_path(self, file: &Path) -> Self {
        let file = Some(file.to_path_buf());
        match self {
            ImportError::Empty { path: None } => ImportError::Empty { path: file },
            ImportError::Binary { path: None, what } => ImportError::Binary { path: file, what },
            ImportError::NoText { path: None, kind } => ImportError::NoText { path: file, kind },
            ImportError::TooDeep { path: None, depth } => {
                ImportError::TooDeep { path: file, depth }
            }
            ImportError::NoTextLayer { path: None, pages } => {
                ImportError::NoTextLayer { path: file, pages }
            }
            ImportError::Encrypted { path: None } => ImportError::Encrypted { path: file },
            ImportError::Unsupported { path: None, what } => {
                ImportError::Unsupported { path: file, what }
            }
            ImportError::Damaged {
                path: None,
                format,
                detail,
            } => ImportError::Damaged {
                path: file,
                format,
                detail,
            },
            ImportError::TooBig {
                path: None,
                format,
                detail,
            } => ImportError::TooBig {
                path: file,
                format,
                detail,
            },
            other => other,
        }
    }
}
