//! Why an article could not be imported, said so that a teacher knows what to do.

use std::path::{Path, PathBuf};

use super::{MAX_ARTICLE_BYTES, SourceKind};
use crate::t;

/// `what` and `format` name the kind of file in English ("a PNG image"); [`noun`] says
/// it in the reader's language.
#[derive(Debug)]
pub enum ImportError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    TooLarge {
        path: PathBuf,
        size: u64,
    },
    Empty {
        path: Option<PathBuf>,
    },
    Binary {
        path: Option<PathBuf>,
        what: &'static str,
    },
    TooDeep {
        path: Option<PathBuf>,
        depth: usize,
    },
    Unsupported {
        path: Option<PathBuf>,
        what: &'static str,
    },
    Damaged {
        path: Option<PathBuf>,
        format: &'static str,
        detail: String,
    },
    TooBig {
        path: Option<PathBuf>,
        format: &'static str,
        detail: String,
    },
    NoTextLayer {
        path: Option<PathBuf>,
        pages: usize,
    },
    Encrypted {
        path: Option<PathBuf>,
    },
    NoText {
        path: Option<PathBuf>,
        kind: SourceKind,
    },
}

/// The file's name, or "the text" for pasted text, as the subject of the message.
fn subject(path: &Option<PathBuf>) -> String {
    path.as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| t!("import-subject-text"))
}

fn kind_name(kind: SourceKind) -> String {
    match kind {
        SourceKind::PlainText => t!("import-kind-text"),
        // Names of formats, the same in every language.
        SourceKind::Markdown => "Markdown".to_owned(),
        SourceKind::Html | SourceKind::Mhtml => "HTML".to_owned(),
        SourceKind::Docx => "Word".to_owned(),
        SourceKind::Odt => "OpenDocument".to_owned(),
        SourceKind::Epub => "EPUB".to_owned(),
        SourceKind::Pdf => "PDF".to_owned(),
    }
}

/// The names of kinds of files the readers give, and the message that says each.
const NOUNS: &[(&str, &str)] = &[
    ("a binary file", "import-what-binary"),
    (
        "a ZIP archive (a .docx, .odt or .epub is one)",
        "import-what-zip",
    ),
    ("a PNG image", "import-what-png"),
    ("a JPEG image", "import-what-jpeg"),
    ("a GIF image", "import-what-gif"),
    ("an old Microsoft Office document", "import-what-old-office"),
    ("an RTF document", "import-what-rtf"),
    ("a program", "import-what-program"),
    (
        "a ZIP archive that is not a Word, OpenDocument or EPUB document",
        "import-what-other-zip",
    ),
    ("a PDF document", "import-format-pdf"),
    ("an EPUB book", "import-format-epub"),
    ("an OpenDocument text", "import-format-odt"),
    ("a Word document", "import-format-docx"),
    ("a saved web page (MHTML)", "import-format-mhtml"),
    (
        "a ZIP archive (as .docx, .odt and .epub files are)",
        "import-format-zip-document",
    ),
    ("a ZIP archive", "import-format-zip"),
];

/// A kind of file (`what`, `format`) in the reader's language; an English name without a
/// message is shown as it is.
fn noun(english: &str) -> String {
    NOUNS
        .iter()
        .find(|(name, _)| *name == english)
        .map_or_else(|| english.to_owned(), |(_, id)| t!(*id))
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use ImportError as E;
        let supported = || t!("import-supported");
        let message = match self {
            E::Io { path, source } => t!(
                "import-cannot-read",
                path = path.display().to_string(),
                reason = crate::i18n::io_error(source)
            ),
            E::TooLarge { path, size } => t!(
                "import-too-large",
                path = path.display().to_string(),
                size = format!("{:.1}", *size as f64 / 1_048_576.0),
                limit = (MAX_ARTICLE_BYTES / 1_048_576).to_string()
            ),
            E::Empty { path } => t!("import-empty", subject = subject(path)),
            E::Binary { path, what } => t!(
                "import-binary",
                subject = subject(path),
                what = noun(what),
                supported = supported()
            ),
            E::TooDeep { path, depth } => t!(
                "import-too-deep",
                subject = subject(path),
                depth = depth.to_string()
            ),
            E::Unsupported { path, what } => t!(
                "import-unsupported",
                subject = subject(path),
                what = noun(what),
                supported = supported()
            ),
            E::Damaged {
                path,
                format,
                detail,
            } => t!(
                "import-damaged",
                subject = subject(path),
                format = noun(format),
                detail = detail.as_str()
            ),
            E::TooBig {
                path,
                format,
                detail,
            } => t!(
                "import-too-big",
                subject = subject(path),
                format = noun(format),
                detail = detail.as_str()
            ),
            E::NoTextLayer { path, pages } => {
                t!(
                    "import-no-text-layer",
                    subject = subject(path),
                    pages = *pages
                )
            }
            E::Encrypted { path } => t!("import-encrypted", subject = subject(path)),
            E::NoText { path, kind } => t!(
                "import-no-text",
                subject = subject(path),
                kind = kind_name(*kind)
            ),
        };
        f.write_str(&message)
    }
}

impl std::error::Error for ImportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ImportError::Io { source, .. } => Some(source),
            _ => None,
        }
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
