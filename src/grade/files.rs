//! Reading what is graded from disk: the answer key (checked fit to grade against), the
//! submission files given or found in folders, and each submission.

use std::path::{Path, PathBuf};

use super::GradeError;
use crate::model::Project;
use crate::project_file;

/// Loads an answer key fit to grade against: readable, without errors (a key with parts
/// left out would grade wrongly) and with at least one highlight.
pub fn load_key(path: &Path) -> Result<Project, GradeError> {
    let loaded = project_file::load(path)?;
    let errors = loaded.error_lines(path);
    if !errors.is_empty() {
        return Err(GradeError::KeyHasErrors {
            path: path.to_path_buf(),
            lines: errors,
        });
    }
    if loaded.project.annotations().is_empty() {
        return Err(GradeError::KeyWithoutHighlights {
            path: path.to_path_buf(),
        });
    }
    Ok(loaded.project)
}

/// The project files among `inputs`: files as given, folders searched (not recursively)
/// for `.ron` files. The key itself and `.bak` copies are left out. Sorted, unique.
pub fn submission_files(inputs: &[PathBuf], key: &Path) -> Result<Vec<PathBuf>, GradeError> {
    let key = key.canonicalize().unwrap_or_else(|_| key.to_path_buf());
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let entries = std::fs::read_dir(input).map_err(|source| GradeError::Folder {
                path: input.clone(),
                source,
            })?;
            for entry in entries.flatten() {
                let path = entry.path();
                let is_project = path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
                    && path.is_file()
                    && !path
                        .file_name()
                        .is_some_and(|n| n.to_string_lossy().starts_with('.'));
                if is_project && !is_feedback_file(&path) {
                    files.push(path);
                }
            }
        } else if input.exists() {
            files.push(input.clone());
        } else {
            return Err(GradeError::NoSuchInput {
                path: input.clone(),
            });
        }
    }
    files.retain(|f| f.canonicalize().map_or(true, |c| c != key));
    files.sort();
    files.dedup();
    Ok(files)
}

/// A submission's file name as the teacher sees it, and the key of its comments, hand-set
/// score and LMS pairing (the whole path when it has no file name).
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn is_feedback_file(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n == super::feedback::FEEDBACK_FILE_NAME)
}

/// Loads one submission: the project (with any parts that had errors left out) and those
/// errors as lines for the teacher, or why the file could not be read at all.
pub(super) fn load_submission(file: &Path) -> Result<(Project, Vec<String>), GradeError> {
    let loaded = project_file::load(file)?;
    let errors = loaded.error_lines(file);
    Ok((loaded.project, errors))
}
