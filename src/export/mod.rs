//! Exports for people outside Marginalia: gradebook and annotation CSV for spreadsheets
//! and learning-management systems, feedback and summary pages in HTML.
//!
//! Everything written here treats strings from project files as hostile; see [`safe`].

pub mod csv_files;
pub mod html;
pub mod safe;
mod write_class;

pub use write_class::{ClassFiles, write_class};
