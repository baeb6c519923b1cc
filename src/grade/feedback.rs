//! The teacher's comments on each submission, kept beside the submissions.
//!
//! Comments live in `marginalia-feedback.ron` in the submissions folder, keyed by the
//! submission's file name, so the folder can be moved or copied whole and the comments
//! follow; the students' files are never modified by grading.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub const FEEDBACK_FILE_NAME: &str = "marginalia-feedback.ron";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    /// Submission file name → comment.
    #[serde(default)]
    pub comments: BTreeMap<String, String>,
}

impl Feedback {
    /// The feedback file for submissions in `folder`.
    pub fn path_in(folder: &Path) -> PathBuf {
        folder.join(FEEDBACK_FILE_NAME)
    }

    /// Reads `path`; a missing file is empty feedback.
    pub fn load(path: &Path) -> Result<Feedback, String> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Feedback::default()),
            Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
        };
        ron::from_str(&text).map_err(|e| {
            format!(
                "{}:{}:{}: {} — the teacher's comments could not be read; fix or remove the file.",
                path.display(),
                e.span.start.line,
                e.span.start.col,
                e.code
            )
        })
    }

    /// Writes atomically (temporary file in the same folder, then rename).
    pub fn save(&self, path: &Path) -> Result<(), String> {
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default())
            .map_err(|e| e.to_string())?;
        crate::project_file::write_atomic(path, text.as_bytes())
            .map_err(|e| format!("cannot save {}: {e}", path.display()))?;
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
