//! What can stop an export, said for a teacher: which file or folder, and why.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot create the folder {}: {source}", path.display())]
    Folder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("could not make the CSV file: {0}")]
    Csv(#[from] csv::Error),
    #[error("could not make the CSV file: {0}")]
    CsvBuffer(String),
}
