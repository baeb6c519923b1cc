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

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    /// Submission file name → comment.
    #[serde(default)]
    pub comments: BTreeMap<String, String>,
    /// Submission file name → the id of its student in the LMS roster, where the teacher
    /// paired them by hand (`marginalia grade --roster … --pair FILE=ID`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub roster_pairs: BTreeMap<String, String>,
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
