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
//! * [`project_file`] — the RON file: validating load (by format version; there is only
//!   version 1 so far, so nothing to migrate yet), atomic save.
//! * [`grade`] — grading submissions against a key: matching, scores, agreement.
//! * [`export`] — gradebook and annotation CSV, feedback and class HTML pages.
//! * [`i18n`] — the interface in English and French (Project Fluent files in `locales/`).
//! * [`lms`] — the round trip with Canvas, Moodle, Brightspace and Google Classroom.
//! * [`lock`] — a lock file so a second window on the same project is warned.
//! * [`platform`] — what differs between Linux, Windows and macOS: folders (and portable
//!   mode), process liveness, folder flushing, file-name rules, line endings.
//! * [`recovery`] — autosave copies and restoring them after a crash.
//! * [`session`] — an open project: undo history, path, save state.
//! * [`workflow`] — key → assignment → submission, and submission file names.
//! * [`sample`] — the bundled sample exercise (finding it, building it from its spec) and
//!   long generated exercises for stress tests and benchmarks.
//! * [`sample_class`] — a generated class of submissions for demos, tests, benchmarks.
//! * [`cli`] — headless commands (`validate`, `import`, `grade`, `export`, `paths`, and the hidden
//!   `stress-save` of the crash tests).
//! * `gui` (feature `gui`) — the egui window: views return commands, `app/` applies them
//!   (changes to the project as [`edit`]s); `grading/` is the teacher's grading screen.

/// What `marginalia --version` says: the version, the commit and the build date (set by
/// `build.rs`), so a teacher's bug report names the exact build. No words, so it reads
/// the same in every language: `0.1.0 (fc70584eccf5, 2026-12-01)`.
pub const BUILD_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("MARGINALIA_COMMIT"),
    ", ",
    env!("MARGINALIA_BUILD_DATE"),
    ")"
);

pub mod anchor;
pub mod cli;
pub mod edit;
pub mod export;
pub mod find;
pub mod grade;
#[cfg(feature = "gui")]
pub mod gui;
pub mod i18n;
pub mod import;
pub mod lms;
pub mod lock;
pub mod model;
pub mod platform;
pub mod project_file;
pub mod recovery;
pub mod sample;
pub mod sample_class;
pub mod session;
pub mod text;
pub mod workflow;
