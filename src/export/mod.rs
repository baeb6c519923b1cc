//! Exports for people outside Marginalia: gradebook and annotation CSV for spreadsheets
//! and learning-management systems, feedback and summary pages in HTML.
//!
//! [`csv_files`] and [`html`] make the bytes of each file; `write_files` writes them
//! ([`write_class`], [`write_project`], each file atomically through [`write_file`]).
//!
//! Everything written here treats strings from project files as hostile; see [`safe`].
//! Line endings (CRLF in CSV, LF in HTML) are decided in [`crate::platform::line_endings`].

pub mod csv_files;
mod error;
pub mod html;
pub mod safe;
mod write_files;

pub use error::ExportError;
pub use write_files::{
    AnonymousFiles, ClassFiles, write_anonymous, write_class, write_file, write_project,
};
