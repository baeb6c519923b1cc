//! What can stop grading, said for a teacher: which file, and what to do. Said in the
//! current language when it is shown.

use std::fmt;
use std::path::PathBuf;

use crate::project_file::LoadError;
use crate::t;

#[derive(Debug)]
pub enum GradeError {
    /// A project file (the key or a submission) could not be read.
    Load(LoadError),
    KeyHasErrors {
        path: PathBuf,
        lines: Vec<String>,
    },
    KeyWithoutHighlights {
        path: PathBuf,
    },
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    NoSuchInput {
        path: PathBuf,
    },
    ReadFeedback {
        path: PathBuf,
        source: std::io::Error,
    },
    FeedbackSyntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    SaveFeedback {
        path: PathBuf,
        source: std::io::Error,
    },
    EncodeFeedback(ron::Error),
}

impl From<LoadError> for GradeError {
    fn from(error: LoadError) -> Self {
        GradeError::Load(error)
    }
}

impl From<ron::Error> for GradeError {
    fn from(error: ron::Error) -> Self {
        GradeError::EncodeFeedback(error)
    }
}

impl fmt::Display for GradeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = |path: &PathBuf| path.display().to_string();
        let text = match self {
            GradeError::Load(error) => return fmt::Display::fmt(error, f),
            GradeError::KeyHasErrors { path, lines } => t!(
                "grade-error-key-has-errors",
                path = shown(path),
                problems = lines.join("\n  ")
            ),
            GradeError::KeyWithoutHighlights { path } => {
                t!("grade-error-key-without-highlights", path = shown(path))
            }
            GradeError::Folder { path, source } => t!(
                "grade-error-folder",
                path = shown(path),
                reason = crate::i18n::io_error(source)
            ),
            GradeError::NoSuchInput { path } => {
                t!("grade-error-no-such-input", path = shown(path))
            }
            GradeError::ReadFeedback { path, source } => t!(
                "grade-error-read-feedback",
                path = shown(path),
                reason = crate::i18n::io_error(source)
            ),
            GradeError::FeedbackSyntax {
                path,
                line,
                column,
                message,
            } => t!(
                "grade-error-feedback-syntax",
                path = shown(path),
                line = line.to_string(),
                column = column.to_string(),
                reason = message.as_str()
            ),
            GradeError::SaveFeedback { path, source } => t!(
                "grade-error-save-feedback",
                path = shown(path),
                reason = crate::i18n::io_error(source)
            ),
            GradeError::EncodeFeedback(error) => {
                t!("grade-error-encode-feedback", reason = error.to_string())
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for GradeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            // As `#[error(transparent)]` did: the load error speaks for itself.
            GradeError::Load(error) => std::error::Error::source(error),
            GradeError::Folder { source, .. }
            | GradeError::ReadFeedback { source, .. }
            | GradeError::SaveFeedback { source, .. } => Some(source),
            GradeError::EncodeFeedback(error) => Some(error),
            _ => None,
        }
    }
}
