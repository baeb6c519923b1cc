//! The teacher's comments on each submission, kept beside the submissions.
//!
//! Comments live in `marginalia-feedback.ron` in the submissions folder, keyed by the
//! submission's file name, so the folder can be moved or copied whole and the comments
//! follow; the students' files are never modified by grading.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::GradeError;

pub const FEEDBACK_FILE_NAME: &str = "marginalia-feedback.ron";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Feedback {
    /// Submission file name → comment.
    #[serde(default)]
    pub comments: BTreeMap<String, String>,
    /// Submission file name → the id of its student in the LMS roster, where the teacher
    /// paired them by hand (`marginalia grade --roster … --pair FILE=ID`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub roster_pairs: BTreeMap<String, String>,
    /// Submission file name → the score the teacher set instead of the computed one,
    /// and why (shown on the student's page and in the gradebook).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub overrides: BTreeMap<String, ScoreOverride>,
}

/// A score the teacher set by hand.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ScoreOverride {
    /// 0–100, like the computed score.
    pub score: f64,
    /// Why: said to the student on their page, kept in the gradebook.
    pub reason: String,
}

impl Feedback {
    /// The feedback file for submissions in `folder`.
    pub fn path_in(folder: &Path) -> PathBuf {
        folder.join(FEEDBACK_FILE_NAME)
    }

    /// Reads `path`; a missing file is empty feedback.
    pub fn load(path: &Path) -> Result<Feedback, GradeError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Feedback::default()),
            Err(source) => {
                return Err(GradeError::ReadFeedback {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        ron::from_str(&text).map_err(|e| GradeError::FeedbackSyntax {
            path: path.to_path_buf(),
            line: e.span.start.line,
            column: e.span.start.col,
            message: e.code.to_string(),
        })
    }

    /// Writes atomically (temporary file in the same folder, then rename).
    pub fn save(&self, path: &Path) -> Result<(), GradeError> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())?;
        crate::project_file::write_atomic(path, text.as_bytes()).map_err(|source| {
            GradeError::SaveFeedback {
                path: path.to_path_buf(),
                source,
            }
        })?;
        Ok(())
    }

    pub fn comment(&self, submission: &Path) -> &str {
        submission
            .file_name()
            .and_then(|n| self.comments.get(n.to_string_lossy().as_ref()))
            .map_or("", String::as_str)
    }

    /// The score the teacher set for `submission`, if any.
    pub fn override_for(&self, submission: &Path) -> Option<&ScoreOverride> {
        submission
            .file_name()
            .and_then(|n| self.overrides.get(n.to_string_lossy().as_ref()))
    }

    /// Sets (or, with `None`, removes) the teacher's score for `submission`. Scores are
    /// kept within 0–100.
    pub fn set_override(&mut self, submission: &Path, score: Option<ScoreOverride>) {
        let Some(name) = submission.file_name() else {
            return;
        };
        let name = name.to_string_lossy().into_owned();
        match score {
            Some(mut o) if o.score.is_finite() => {
                o.score = o.score.clamp(0.0, 100.0);
                self.overrides.insert(name, o);
            }
            _ => {
                self.overrides.remove(&name);
            }
        }
    }

    /// The score that counts for `student`: the teacher's, else the computed one.
    pub fn final_score(&self, student: &super::StudentGrade) -> Option<f64> {
        self.override_for(&student.file)
            .map(|o| o.score)
            .or(student.score)
    }

    pub fn set_comment(&mut self, submission: &Path, comment: String) {
        let Some(name) = submission.file_name() else {
            return;
        };
        let name = name.to_string_lossy().into_owned();
        if comment.trim().is_empty() {
            self.comments.remove(&name);
        } else {
            self.comments.insert(name, comment);
        }
    }
}
