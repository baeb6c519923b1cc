//! The round trip with a school's learning-management system: read the gradebook the
//! teacher exports from it, match its students to the submissions by name, and write a
//! file that LMS imports, with its own id columns and the score scaled to the item's
//! points. GUI-free: `marginalia grade --roster` drives it, and tests do.
//!
//! * [`roster`] — reading a Canvas, Moodle, Brightspace or Google Classroom export.
//! * [`names`] — matching students by name (accents, case, "Last, First"), and the
//!   pairings the teacher made by hand.
//! * [`write`] — the import file for each LMS.
//! * `class` — a graded class against a roster: pairing and results.
//!
//! The exact columns of each, and what each LMS does with them, are in docs/lms.md.

mod class;
mod error;
pub mod names;
pub mod roster;
pub mod write;

pub use class::{choose_item, class_results};
pub use error::LmsError;
pub use names::{Pairing, pair_students};
pub use roster::{GradeItem, Lms, Roster, RosterStudent};
pub use write::{ItemChoice, StudentResult, import_file};
