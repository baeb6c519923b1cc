//! Reading what is graded from disk: the answer key (checked fit to grade against), the
//! submission files given or found in folders, and each submission.

use std::path::{Path, PathBuf};

use crate::model::Project;
use crate::project_file;

/// Loads an answer key fit to grade against: readable, without errors (a key with parts
/// left out would grade wrongly) and with at least one highlight.
pub fn load_key(path: &Path) -> Result<Project, String> {
    let loaded = project_file::load(path).map_err(|e| e.to_string())?;
    let errors = loaded.error_lines(path);
    if !errors.is_empty() {
        return Err(format!(
            "the answer key has problems, so grading against it would be wrong; fix them first (`marginalia validate {}` lists them):\n  {}",
            path.display(),
            errors.join("\n  ")
        ));
    }
    if loaded.project.annotations().is_empty() {
        return Err(format!(
            "{} has no highlights, so there is nothing to grade against; open it and annotate the answer key first.",
            path.display()
        ));
    }
    Ok(loaded.project)
}

/// The project files among `inputs`: files as given, folders searched (not recursively)
/// for `.ron` files. The key itself and `.bak` copies are left out. Sorted, unique.
pub fn submission_files(inputs: &[PathBuf], key: &Path) -> Result<Vec<PathBuf>, String> {
    let key = key.canonicalize().unwrap_or_else(|_| key.to_path_buf());
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let entries = std::fs::read_dir(input)
                .map_err(|e| format!("cannot read the folder {}: {e}", input.display()))?;
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
            return Err(format!(
                "{} does not exist; give submission files or a folder of them.",
                input.display()
            ));
        }
    }
    files.retain(|f| f.canonicalize().map_or(true, |c| c != key));
    files.sort();
    files.dedup();
    Ok(files)
}

fn is_feedback_file(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n == super::feedback::FEEDBACK_FILE_NAME)
}

/// Loads one submission: the project (with any parts that had errors left out) and those
/// errors as lines for the teacher, or why the file could not be read at all.
pub(super) fn load_submission(file: &Path) -> Result<(Project, Vec<String>), String> {
    let loaded = project_file::load(file).map_err(|e| e.to_string())?;
    let errors = loaded.error_lines(file);
    Ok((loaded.project, errors))
}
