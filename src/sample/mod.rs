//! The bundled demo exercise: what every new user sees first.
//!
//! `sample-docs/` holds the three seed articles, `answer-key.spec` (a teacher's key as
//! quotes in plain text, easy to review), and the two project files built from them by
//! `cargo run --example build_sample_exercise`: `exercise.ron` (the assignment a student
//! opens) and `exercise-key.ron` (the answer key). A test checks the files match the spec.
//!
//! * `bundled` — where the sample files are, and which seed articles there are.
//! * `spec` — building the assignment and the key from the articles and the spec.
//! * `long_exercise` — long generated exercises for stress tests and benchmarks.

mod bundled;
mod long_exercise;
mod spec;

pub use bundled::{SAMPLE_ARTICLES, sample_dir, sample_exercise, sample_key};
pub use long_exercise::long_exercise;
pub use spec::{SAMPLE_INSTRUCTIONS, build_from_spec};
