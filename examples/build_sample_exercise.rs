//! Rebuilds `sample-docs/exercise.ron` and `exercise-key.ron` from the seed articles and
//! `sample-docs/answer-key.spec`. Run after changing the spec:
//! `cargo run --example build_sample_exercise`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = marginalia::sample::sample_dir();
    let spec = match std::fs::read_to_string(dir.join("answer-key.spec")) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot read {}: {e}", dir.join("answer-key.spec").display());
            return ExitCode::from(2);
        }
    };
    let (assignment, key) = match marginalia::sample::build_from_spec(&dir, &spec) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    for (project, path) in [
        (&assignment, marginalia::sample::sample_exercise()),
        (&key, marginalia::sample::sample_key()),
    ] {
        if let Err(e) = marginalia::project_file::save(project, &path) {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
        println!(
            "wrote {} ({} annotations)",
            path.display(),
            project.annotations().len()
        );
    }
    ExitCode::SUCCESS
}
