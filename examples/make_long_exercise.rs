//! Writes a long exercise (default 3 MB, 10,000 annotations) for trying the window on a
//! big document: `cargo run --release --example make_long_exercise -- /tmp/long.ron`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "long-exercise.ron".into());
    let mb: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let project = match marginalia::sample::long_exercise(mb * 1_000_000, 10_000) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = marginalia::project_file::save(&project, std::path::Path::new(&out)) {
        eprintln!("{e}");
        return ExitCode::from(2);
    }
    println!(
        "wrote {out}: {} bytes of text, {} annotations",
        project.articles()[0].text().len(),
        project.annotations().len()
    );
    ExitCode::SUCCESS
}
