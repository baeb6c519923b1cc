//! What can go wrong reading a roster, said for a teacher.

use std::path::PathBuf;

use crate::t;

#[derive(Debug)]
pub enum LmsError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    UnknownLayout {
        path: PathBuf,
        header: String,
    },
    NotText {
        path: PathBuf,
    },
    Csv {
        path: PathBuf,
        line: u64,
        message: String,
    },
    NoStudents {
        path: PathBuf,
    },
    NoSuchItem {
        path: PathBuf,
        wanted: String,
        available: Vec<String>,
    },
    Write(String),
}

impl std::fmt::Display for LmsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |path: &PathBuf| path.display().to_string();
        let message = match self {
            LmsError::Read { path, source } => t!(
                "lms-cannot-read",
                path = shown(path),
                reason = crate::i18n::io_error(source)
            ),
            LmsError::UnknownLayout { path, header } => t!(
                "lms-unknown-layout",
                path = shown(path),
                header = header.as_str()
            ),
            LmsError::NotText { path } => t!("lms-not-text", path = shown(path)),
            LmsError::Csv {
                path,
                line,
                message,
            } => t!(
                "lms-csv",
                path = shown(path),
                line = line.to_string(),
                message = message.as_str()
            ),
            LmsError::NoStudents { path } => t!("lms-no-students", path = shown(path)),
            LmsError::NoSuchItem {
                path,
                wanted,
                available,
            } => t!(
                "lms-no-such-item",
                path = shown(path),
                wanted = wanted.as_str(),
                available = if available.is_empty() {
                    t!("lms-no-columns")
                } else {
                    available.join(", ")
                }
            ),
            LmsError::Write(reason) => t!("lms-write", reason = reason.as_str()),
        };
        f.write_str(&message)
    }
}

impl std::error::Error for LmsError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LmsError::Read { source, .. } => Some(source),
            _ => None,
        }
    }
}
