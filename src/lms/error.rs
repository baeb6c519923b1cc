//! What can go wrong reading a roster, said for a teacher.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum LmsError {
    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{}: this is not a gradebook exported from Canvas, Moodle, Brightspace or Google Classroom (its first row is “{header}”); export the gradebook as CSV from your LMS and give that file.",
        path.display()
    )]
    UnknownLayout { path: PathBuf, header: String },
    #[error(
        "{}: this is not a text (CSV) file; export the gradebook as CSV from your LMS and give that file.",
        path.display()
    )]
    NotText { path: PathBuf },
    #[error("{}: line {line}: {message}", path.display())]
    Csv {
        path: PathBuf,
        line: u64,
        message: String,
    },
    #[error("{}: the gradebook lists no students; export it again with the students in it.", path.display())]
    NoStudents { path: PathBuf },
    #[error(
        "{}: no grade column matches “{wanted}”; its grade columns are: {}.",
        path.display(),
        if available.is_empty() { "none".to_owned() } else { available.join(", ") }
    )]
    NoSuchItem {
        path: PathBuf,
        wanted: String,
        available: Vec<String>,
    },
    #[error("could not make the import file: {0}")]
    Write(String),
}
