//! Grading a class: 300 submissions × 3 articles (the sample exercise, 41 key passages).
//!
//!     cargo bench --bench grading
//!
//! Prints each step's median of 5 runs and ratios against baselines measured in the same
//! run: merely parsing the 300 files on one thread, and grading on one thread.

use std::time::{Duration, Instant};

use marginalia::export::{safe::file_stem, write_class};
use marginalia::grade::Feedback;
use marginalia::grade::{MatchSettings, grade_files_on, grade_projects, submission_files};
use marginalia::{project_file, sample, sample_class};

const STUDENTS: usize = 300;
const RUNS: usize = 5;

fn median(mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let key = project_file::load(&sample::sample_key())?.project;
    let dir = tempfile::tempdir()?;
    let class = sample_class::generate_class(&key, STUDENTS, 1);
    for (i, project) in class.iter().enumerate() {
        let name = file_stem(&project.details().author, "student");
        project_file::save(project, &dir.path().join(format!("{i:03}-{name}.ron")))?;
    }
    let files = submission_files(&[dir.path().to_path_buf()], &sample::sample_key())?;
    assert_eq!(files.len(), STUDENTS);
    let bytes: u64 = files
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let settings = MatchSettings::default();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());

    let parse_only = median(|| {
        for f in &files {
            let _ = project_file::load(f);
        }
    });
    let one_thread = median(|| {
        let _ = grade_files_on(&key, &files, settings, 1, &|_, _| {});
    });
    let all_cores = median(|| {
        let _ = grade_files_on(&key, &files, settings, cores, &|_, _| {});
    });
    let pairs: Vec<_> = files.iter().cloned().zip(class.iter().cloned()).collect();
    let in_memory = median(|| {
        let _ = grade_projects(&key, &pairs, settings);
    });
    let graded = grade_files_on(&key, &files, settings, cores, &|_, _| {});
    let out = tempfile::tempdir()?;
    let exports = median(|| {
        let _ = write_class(&graded, &Feedback::default(), out.path());
    });

    println!(
        "grading {STUDENTS} submissions × {} articles ({} key passages, {:.1} MB of files), {cores} core(s), median of {RUNS}",
        key.articles().len(),
        key.annotations().len(),
        bytes as f64 / 1_048_576.0
    );
    println!("{:<52} {:>9} {:>10}", "step", "ms", "ratio");
    let row = |name: &str, d: Duration, base: Duration, what: &str| {
        println!(
            "{name:<52} {:>9.1} {:>9.2}× {what}",
            ms(d),
            d.as_secs_f64() / base.as_secs_f64()
        );
    };
    row(
        "baseline: parse + validate 300 files, 1 thread",
        parse_only,
        parse_only,
        "",
    );
    row(
        "load + grade, 1 thread",
        one_thread,
        parse_only,
        "of parsing",
    );
    row(
        &format!("load + grade, {cores} threads (the CLI and GUI)"),
        all_cores,
        one_thread,
        "of 1 thread",
    );
    row(
        "grade only (in memory: match, κ, α, heat maps)",
        in_memory,
        parse_only,
        "of parsing",
    );
    row(
        "write gradebook, CSV, summary + 300 feedback pages",
        exports,
        parse_only,
        "of parsing",
    );
    println!(
        "target: well under a second for hundreds of submissions → {:.0} ms",
        ms(all_cores)
    );
    Ok(())
}
