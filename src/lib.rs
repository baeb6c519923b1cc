//! Marginalia: offline annotation of news articles for media-literacy classrooms.
//!
//! The crate is a GUI-free core plus thin front ends:
//!
//! * [`text`] — offsets (bytes vs code points), grapheme snapping, normalisation.
//! * [`model`] — articles, tags, annotations, projects.
//! * [`edit`] — invertible edits and undo history; the only way a project changes.
//! * [`find`] — case- and diacritics-insensitive search in an article.
//! * [`anchor`] — verifying and re-anchoring spans by their quoted text.
//! * [`import`] — .txt/.md/.html files and pasted text, in any encoding.
//! * [`project_file`] — the RON file: atomic save, validating load, migration.
//! * [`grade`] — grading submissions against a key: matching, scores, agreement.
//! * [`export`] — gradebook and annotation CSV, feedback and class HTML pages.
//! * [`lock`] — a lock file so a second window on the same project is warned.
//! * [`recovery`] — autosave copies and restoring them after a crash.
//! * [`session`] — an open project: undo history, path, save state.
//! * [`workflow`] — key → assignment → submission, and submission file names.
//! * [`sample_class`] — a generated class of submissions for demos, tests, benchmarks.
//! * [`cli`] — headless commands (`validate`, `import`).
//! * `gui` (feature `gui`) — the egui window; it only turns clicks into edits.

pub mod anchor;
pub mod cli;
pub mod edit;
pub mod export;
pub mod find;
pub mod grade;
#[cfg(feature = "gui")]
pub mod gui;
pub mod import;
pub mod lock;
pub mod model;
pub mod project_file;
pub mod recovery;
pub mod sample;
pub mod sample_class;
pub mod session;
pub mod text;
pub mod workflow;
