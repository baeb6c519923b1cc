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
        "{}looks like {what}, not text. Marginalia reads .txt, .md and .html: copy the article's text and paste it into a new project (File > New from clipboard), or save the web page as HTML.",
        at(path)
    )]
    Binary {
        path: Option<PathBuf>,
        what: &'static str,
    },
    #[error(
        "{}nests its HTML elements about {depth} levels deep; real articles use a few dozen, so the page is broken or made to stall programs. Copy the article's text and paste it instead (File > New from clipboard).",
        at(path)
    )]
    TooDeep { path: Option<PathBuf>, depth: usize },
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

fn kind_name(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::PlainText => "text",
        SourceKind::Markdown => "Markdown",
        SourceKind::Html => "HTML",
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
            other => other,
        }
    }
}
