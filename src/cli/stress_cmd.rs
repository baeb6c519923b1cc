//! Hidden commands for the crash tests (`tests/crash_safety.rs`): save, or autosave, a
//! project in a loop until killed, printing each version number once it is on disk.
//!
//! Version `n` has the title `version n` and `n % (k + 1)` of the template's `k`
//! annotations, so a file read after a kill proves by itself which version it is and that
//! it is whole.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use super::message;
use crate::model::Project;
use crate::project_file;
use crate::recovery::RecoveryStore;

/// Version `n` of `template`.
pub fn version(template: &Project, n: u64) -> Project {
    let keep = (n % (template.annotations().len() as u64 + 1)) as usize;
    let mut details = template.details().clone();
    details.title = format!("version {n}");
    Project::from_parts(
        details,
        template.tags().clone(),
        template.articles().to_vec(),
        template.annotations()[..keep].to_vec(),
    )
}

/// Which version a loaded project is, if it is one of [`version`]'s and whole.
pub fn check_version(template: &Project, project: &Project) -> Option<u64> {
    let n: u64 = project.title().strip_prefix("version ")?.parse().ok()?;
    (version(template, n) == *project).then_some(n)
}

pub fn run(
    template: &Path,
    out: &Path,
    autosave: bool,
    max: Option<u64>,
) -> anyhow::Result<ExitCode> {
    let template = project_file::load(template).map_err(message)?.project;
    let store = RecoveryStore::new(out.to_path_buf());
    let original = out.join("original.ron");
    let mut stdout = std::io::stdout();
    for n in 1.. {
        if max.is_some_and(|m| n > m) {
            break;
        }
        let project = version(&template, n);
        if autosave {
            store.write(&project, Some(&original)).map_err(message)?;
        } else {
            project_file::save(&project, out).map_err(message)?;
        }
        let _ = writeln!(stdout, "{n}");
        let _ = stdout.flush();
    }
    Ok(ExitCode::SUCCESS)
}
