//! Self-contained HTML pages: a feedback page per student, a class summary, and a
//! readable page of one project. No scripts, no external files; inline CSS that prints
//! well (colours kept, tables not split mid-row). Every string from a file goes through
//! [`html`](super::safe::html) (see [`super::safe`]).
//!
//! * `page` — the chrome every page shares (head, style sheet) and cell formatting.
//! * `feedback` — a student's feedback page.
//! * `summary` — the class summary.
//! * `project` — one project's highlights.

mod feedback;
mod page;
mod project;
mod summary;

pub use feedback::student_feedback;
pub use project::project_page;
pub use summary::class_summary;
