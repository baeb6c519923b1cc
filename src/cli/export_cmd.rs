//! `marginalia export PROJECT`: one project's highlights as CSV and as an HTML page.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, bail};

use super::message;
use crate::export::{safe, write_project};
use crate::project_file;
use crate::t;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Csv,
    Html,
    All,
}

/// Writes the project's pages beside it (or into `out`); an error (exit 2) if the
/// project cannot be read, has errors, or a file cannot be written.
pub fn run(
    project_path: &Path,
    out: Option<&Path>,
    format: ExportFormat,
) -> anyhow::Result<ExitCode> {
    let loaded = project_file::load(project_path).map_err(message)?;
    let errors = loaded.error_lines(project_path);
    if !errors.is_empty() {
        bail!(t!(
            "cli-export-has-problems",
            file = project_path.display().to_string(),
            problems = errors.join("\n  ")
        ));
    }
    let project = loaded.project;
    let folder = out
        .map(Path::to_path_buf)
        .or_else(|| project_path.parent().map(Path::to_path_buf))
        .unwrap_or_default();
    std::fs::create_dir_all(&folder).with_context(|| {
        t!(
            "cli-cannot-create-folder",
            folder = folder.display().to_string()
        )
    })?;
    let fallback = project_path
        .file_stem()
        .map_or("project".to_owned(), |s| s.to_string_lossy().into_owned()); // i18n-ok: a file name
    let stem = safe::file_stem(&fallback, "project");
    let csv = matches!(format, ExportFormat::Csv | ExportFormat::All);
    let html = matches!(format, ExportFormat::Html | ExportFormat::All);
    let written = write_project(&project, &folder, &stem, csv, html).map_err(message)?;
    for path in written {
        println!("{}", t!("cli-wrote", path = path.display().to_string()));
    }
    Ok(ExitCode::SUCCESS)
}
