//! What can stop an export, said for a teacher: which file or folder, and why. Said in
//! the current language when it is shown.

use std::fmt;
use std::path::PathBuf;

use crate::t;

#[derive(Debug)]
pub enum ExportError {
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    Csv(csv::Error),
    CsvBuffer(String),
}

impl From<csv::Error> for ExportError {
    fn from(error: csv::Error) -> Self {
        ExportError::Csv(error)
    }
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ExportError::Write { path, source } => t!(
                "export-error-write",
                path = path.display().to_string(),
                reason = crate::i18n::io_error(source)
            ),
            ExportError::Folder { path, source } => t!(
                "export-error-folder",
                path = path.display().to_string(),
                reason = crate::i18n::io_error(source)
            ),
            ExportError::Csv(error) => t!("export-error-csv", reason = error.to_string()),
            ExportError::CsvBuffer(reason) => t!("export-error-csv", reason = reason.as_str()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ExportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ExportError::Write { source, .. } | ExportError::Folder { source, .. } => Some(source),
            ExportError::Csv(error) => Some(error),
            ExportError::CsvBuffer(_) => None,
        }
    }
}
