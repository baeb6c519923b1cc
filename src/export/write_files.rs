//! Writing exports to disk: every file of a class into one folder, one project's pages,
//! each file atomically. The modules beside this one make the bytes; only this one writes.

use std::path::{Path, PathBuf};

use super::ExportError;
use super::csv_files::{class_annotations, gradebook, project_annotations};
use super::html::{class_summary, project_page, student_feedback};
use super::safe::unique_stems;
use crate::grade::{ClassGrade, Feedback};
use crate::model::Project;

/// Writes `bytes` to `path` atomically.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    crate::project_file::write_atomic(path, bytes).map_err(|source| ExportError::Write {
        path: path.to_path_buf(),
        source,
    })
}

/// What was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClassFiles {
    pub gradebook: PathBuf,
    pub annotations: PathBuf,
    pub summary: PathBuf,
    /// One per student, in the order of `class.students`.
    pub feedback_pages: Vec<PathBuf>,
}

/// Writes `gradebook.csv`, `annotations.csv`, `class-summary.html` and
/// `feedback/<student>.html` into `out` (created if needed), in the answer key's
/// language whatever the window's or the terminal's. File names come from student names
/// through [`super::safe::file_stem`], so they cannot leave `out`.
pub fn write_class(
    class: &ClassGrade,
    feedback: &Feedback,
    out: &Path,
) -> Result<ClassFiles, ExportError> {
    crate::i18n::with(class.key.details().lang(), || {
        write_class_here(class, feedback, out)
    })
}

fn write_class_here(
    class: &ClassGrade,
    feedback: &Feedback,
    out: &Path,
) -> Result<ClassFiles, ExportError> {
    let pages_dir = out.join("feedback");
    std::fs::create_dir_all(&pages_dir).map_err(|source| ExportError::Folder {
        path: pages_dir.clone(),
        source,
    })?;
    let stems = unique_stems(class.students.iter().map(|s| s.student.as_str()), "student");
    let links: Vec<String> = stems.iter().map(|s| format!("feedback/{s}.html")).collect();
    let mut feedback_pages = Vec::new();
    for (student, stem) in class.students.iter().zip(&stems) {
        let path = pages_dir.join(format!("{stem}.html"));
        let page = student_feedback(class, student, feedback);
        write_file(&path, page.as_bytes())?;
        feedback_pages.push(path);
    }
    let files = ClassFiles {
        gradebook: out.join("gradebook.csv"),
        annotations: out.join("annotations.csv"),
        summary: out.join("class-summary.html"),
        feedback_pages,
    };
    write_file(&files.gradebook, &gradebook(class, feedback)?)?;
    write_file(&files.annotations, &class_annotations(class)?)?;
    write_file(&files.summary, class_summary(class, &links).as_bytes())?;
    Ok(files)
}

/// What an anonymous export wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnonymousFiles {
    pub summary: PathBuf,
    pub annotations: PathBuf,
}

/// Writes `class-summary.html` (without links to feedback pages) and `annotations.csv`
/// for a class already [anonymised](ClassGrade::anonymised), into `out`, in the answer
/// key's language.
pub fn write_anonymous(class: &ClassGrade, out: &Path) -> Result<AnonymousFiles, ExportError> {
    crate::i18n::with(class.key.details().lang(), || {
        write_anonymous_here(class, out)
    })
}

fn write_anonymous_here(class: &ClassGrade, out: &Path) -> Result<AnonymousFiles, ExportError> {
    std::fs::create_dir_all(out).map_err(|source| ExportError::Folder {
        path: out.to_path_buf(),
        source,
    })?;
    let files = AnonymousFiles {
        summary: out.join("class-summary.html"),
        annotations: out.join("annotations.csv"),
    };
    write_file(&files.annotations, &class_annotations(class)?)?;
    write_file(&files.summary, class_summary(class, &[]).as_bytes())?;
    Ok(files)
}

/// Writes one project's highlights into `folder`, in the project's language:
/// `<stem>-annotations.csv` if `csv`, `<stem>.html` if `html`. Returns the files
/// written, in that order.
pub fn write_project(
    project: &Project,
    folder: &Path,
    stem: &str,
    csv: bool,
    html: bool,
) -> Result<Vec<PathBuf>, ExportError> {
    crate::i18n::with(project.details().lang(), || {
        write_project_here(project, folder, stem, csv, html)
    })
}

fn write_project_here(
    project: &Project,
    folder: &Path,
    stem: &str,
    csv: bool,
    html: bool,
) -> Result<Vec<PathBuf>, ExportError> {
    let mut written = Vec::new();
    if csv {
        let path = folder.join(format!("{stem}-annotations.csv"));
        write_file(&path, &project_annotations(project)?)?;
        written.push(path);
    }
    if html {
        let path = folder.join(format!("{stem}.html"));
        write_file(&path, project_page(project).as_bytes())?;
        written.push(path);
    }
    Ok(written)
}
