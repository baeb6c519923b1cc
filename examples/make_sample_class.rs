//! Writes a generated class of submissions to the sample key, to try grading with.
//!
//!     cargo run --example make_sample_class -- [FOLDER] [COUNT]
//!
//! Defaults: `sample-docs/sample-class`, 12 students (the folder that ships).

use std::path::PathBuf;

use marginalia::export::safe::file_stem;
use marginalia::{project_file, sample, sample_class};

fn main() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let folder = args
        .next()
        .map_or_else(|| sample::sample_dir().join("sample-class"), PathBuf::from);
    let count: usize = args
        .next()
        .map_or(Ok(12), |c| c.parse())
        .map_err(|e| format!("COUNT: {e}"))?;
    let key = project_file::load(&sample::sample_key())
        .map_err(|e| e.to_string())?
        .project;
    std::fs::create_dir_all(&folder).map_err(|e| e.to_string())?;
    for project in sample_class::generate_class(&key, count, 2026) {
        let name = file_stem(&project.details().author, "student");
        let path = folder.join(format!("exercise-{name}.ron"));
        project_file::save(&project, &path).map_err(|e| e.to_string())?;
    }
    println!("wrote {count} submissions to {}", folder.display());
    Ok(())
}
