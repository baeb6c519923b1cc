//! What can stop grading, said for a teacher: which file, and what to do.

use std::path::PathBuf;

use crate::project_file::LoadError;

#[derive(Debug, thiserror::Error)]
pub enum GradeError {
    /// A project file (the key or a submission) could not be read.
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error(
        "the answer key has problems, so grading against it would be wrong; fix them first (`marginalia validate {}` lists them):\n  {}",
        path.display(),
        lines.join("\n  ")
    )]
    KeyHasErrors { path: PathBuf, lines: Vec<String> },
    #[error(
        "{} has no highlights, so there is nothing to grade against; open it and annotate the answer key first.",
        path.display()
    )]
    KeyWithoutHighlights { path: PathBuf },
    #[error("cannot read the folder {}: {source}", path.display())]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{} does not exist; give submission files or a folder of them.", path.display())]
    NoSuchInput { path: PathBuf },
    #[error("cannot read {}: {source}", path.display())]
    ReadFeedback {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{}:{line}:{column}: {message} — the teacher's comments could not be read; fix or remove the file.",
        path.display()
    )]
    FeedbackSyntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("cannot save {}: {source}", path.display())]
    SaveFeedback {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write the teacher's comments: {0}")]
    EncodeFeedback(#[from] ron::Error),
}
