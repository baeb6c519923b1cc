//! `marginalia validate FILE…`

use std::path::PathBuf;
use std::process::ExitCode;

use crate::model::Role;
use crate::project_file::{self, Severity};
use crate::t;

/// Every problem of every file, printed; the exit code is the worst file's (0 valid,
/// 1 invalid, 2 unreadable), so one unreadable file does not stop the others' checks.
pub fn run(files: &[PathBuf], strict: bool) -> anyhow::Result<ExitCode> {
    let mut worst = 0u8;
    for path in files {
        let shown = path.display().to_string();
        match project_file::load(path) {
            Err(err) => {
                eprintln!("{err}");
                let code = match err {
                    project_file::LoadError::Io { .. } => 2,
                    _ => 1,
                };
                worst = worst.max(code);
            }
            Ok(loaded) => {
                for problem in &loaded.problems {
                    eprintln!("{}", problem.display_with(&shown));
                }
                let errors = loaded
                    .problems
                    .iter()
                    .filter(|p| p.severity == Severity::Error)
                    .count();
                let warnings = loaded.problems.len() - errors;
                let p = &loaded.project;
                if errors > 0 || (strict && warnings > 0) {
                    worst = worst.max(1);
                    println!(
                        "{}",
                        t!(
                            "cli-validate-invalid",
                            file = shown.as_str(),
                            errors = errors,
                            warnings = warnings
                        )
                    );
                } else {
                    let role = match p.role() {
                        Role::Assignment => "assignment",
                        Role::Key => "key",
                        Role::Submission => "submission",
                    };
                    println!(
                        "{}",
                        t!(
                            "cli-validate-ok",
                            file = shown.as_str(),
                            role = role,
                            articles = p.articles().len(),
                            tags = p.tags().len(),
                            annotations = p.annotations().len(),
                            warnings = warnings
                        )
                    );
                }
            }
        }
    }
    Ok(ExitCode::from(worst))
}
