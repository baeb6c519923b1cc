//! `marginalia export PROJECT`: one project's highlights as CSV and as an HTML page.

use std::path::Path;
use std::process::ExitCode;

use super::grade_cmd::fail;
use crate::export::{safe, write_project};
use crate::project_file;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Csv,
    Html,
    All,
}

pub fn run(project_path: &Path, out: Option<&Path>, format: ExportFormat) -> ExitCode {
    let loaded = match project_file::load(project_path) {
        Ok(loaded) => loaded,
        Err(e) => return fail(e),
    };
    let errors = loaded.error_lines(project_path);
    if !errors.is_empty() {
        return fail(format!(
            "the project has problems, so its export would be incomplete; fix them first (`marginalia validate {}` lists them):\n  {}",
            project_path.display(),
            errors.join("\n  ")
        ));
    }
    let project = loaded.project;
    let folder = out
        .map(Path::to_path_buf)
        .or_else(|| project_path.parent().map(Path::to_path_buf))
        .unwrap_or_default();
    if let Err(e) = std::fs::create_dir_all(&folder) {
        return fail(format!(
            "cannot create the folder {}: {e}",
            folder.display()
        ));
    }
    let fallback = project_path
        .file_stem()
        .map_or("project".to_owned(), |s| s.to_string_lossy().into_owned());
    let stem = safe::file_stem(&fallback, "project");
    let csv = matches!(format, ExportFormat::Csv | ExportFormat::All);
    let html = matches!(format, ExportFormat::Html | ExportFormat::All);
    let written = match write_project(&project, &folder, &stem, csv, html) {
        Ok(written) => written,
        Err(e) => return fail(e),
    };
    for path in written {
        println!("wrote {}", path.display());
    }
    ExitCode::SUCCESS
}
