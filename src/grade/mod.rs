//! Grading submissions against an answer key — GUI-free, deterministic, parallel.
//!
//! * [`align`] — pairs articles by content hash (or id/title, re-anchoring by quote).
//! * [`joining`] — a student's highlights of one tag that touch, joined into passages.
//! * [`matching`] — one-to-one span matching by intersection over union.
//! * [`assign`] — the pairing that gives the most credit (Hungarian method).
//! * [`score`] — precision, recall, F1, the score formula, the confusion matrix.
//! * [`labels`] — characters as categories; how overlapping spans are resolved.
//! * [`review`] — a student's article beside the key, as marked stretches of text.
//! * [`agreement`] — Cohen's κ and Krippendorff's α (nominal).
//! * [`discussion`] — what the class's work says about the key, to discuss in class.
//! * [`student`] / [`class`] — one submission, a class of them.
//! * [`files`] — reading the key and the submissions (files given, or found in folders).
//! * [`feedback`] — the teacher's comments, kept beside the submissions.
//!
//! The formulas and the reasons behind them are in `docs/grading.md`.

pub mod agreement;
pub mod align;
pub mod assign;
pub mod class;
pub mod discussion;
mod error;
pub mod feedback;
pub mod files;
pub mod joining;
pub mod labels;
pub mod matching;
pub mod review;
pub mod score;
pub mod student;

pub use class::{
    ClassGrade, FailedFile, HeatMap, PassageOutcomes, grade_files, grade_files_on, grade_projects,
};
pub use error::GradeError;
pub use feedback::{Feedback, ScoreOverride};
pub use files::{load_key, submission_files};
pub use matching::{KeyOutcome, MatchSettings, Span, StudentOutcome};
pub use score::Counts;
pub use student::{KeyArticle, StudentArticle, StudentGrade};
