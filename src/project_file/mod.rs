//! The project file: pretty, human-readable RON that students hand in and teachers diff.
//!
//! * [`format`] — the serde types of the file, separate from the model so that renaming a
//!   Rust type never changes a file, and old versions can be read as they were.
//! * [`load`] — parse, migrate, validate, with problems located by line and column.
//! * [`save`] — project → RON text, saved keeping the previous file as `.bak`.
//! * [`atomic`] — the one atomic writer (temp file, fsync, rename) every file goes through.
//!
//! Spans in files are half-open ranges of Unicode scalar values (code points), plus a
//! TextQuote (exact text, 32 characters of context) that verifies them on load.

mod atomic;
pub mod format;
mod load;
mod locate;
mod problem;
mod save;
mod validate;

pub use atomic::write_atomic;
pub use format::{CURRENT_VERSION, FORMAT_NAME};
pub use load::{LoadError, Loaded, MAX_PROJECT_BYTES, load, load_str};
pub use problem::{Problem, Severity};
pub use save::{SaveError, save, to_ron_string};
