//! `marginalia grade --key KEY SUBMISSIONS…`

use std::io::IsTerminal;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::bail;

use super::message;
use crate::export::write_class;
use crate::grade::{Feedback, MatchSettings, grade_files, load_key, submission_files};
use crate::i18n::number::decimal;
use crate::t;
use crate::text::shorten;

pub struct GradeArgs {
    pub key: PathBuf,
    pub submissions: Vec<PathBuf>,
    pub out: PathBuf,
    pub threshold: f64,
    pub partial_credit: bool,
    pub feedback: Option<PathBuf>,
    /// Names replaced by "Student N"; only the class summary and annotations.csv.
    pub anonymous: bool,
    /// The LMS gradebook export to write an import file for.
    pub lms: Option<super::lms_out::LmsArgs>,
}

/// Grades, prints the table and writes the files: exit 0 if every file was graded, 1 if
/// some could not be read; an error (exit 2) when there is nothing to grade or against.
pub fn run(args: GradeArgs) -> anyhow::Result<ExitCode> {
    if !(args.threshold > 0.0 && args.threshold <= 1.0) {
        bail!(t!("cli-grade-bad-threshold", threshold = args.threshold));
    }
    let key = load_key(&args.key).map_err(message)?;
    let files = submission_files(&args.submissions, &args.key).map_err(message)?;
    if files.is_empty() {
        bail!(t!("cli-grade-no-submissions"));
    }
    let feedback_path = args
        .feedback
        .clone()
        .or_else(|| match args.submissions.as_slice() {
            [dir] if dir.is_dir() => Some(Feedback::path_in(dir)),
            _ => None,
        });
    let mut feedback = match &feedback_path {
        Some(path) => Feedback::load(path).map_err(message)?,
        None => Feedback::default(),
    };

    let settings = MatchSettings {
        threshold: args.threshold,
        partial_credit: args.partial_credit,
    };
    let on_terminal = std::io::stderr().is_terminal();
    let progress = |done: usize, total: usize| {
        if on_terminal {
            eprint!("\r{}", t!("cli-grade-progress", done = done, total = total));
        }
    };
    let class = grade_files(&key, &files, settings, &progress);
    if on_terminal {
        eprintln!();
    }

    print_table(&class, &feedback)?;
    for failed in &class.failures {
        eprintln!(
            "{}",
            t!("cli-grade-not-graded", error = failed.error.to_string())
        );
    }
    if args.anonymous {
        let files =
            crate::export::write_anonymous(&class.anonymised(), &args.out).map_err(message)?;
        writeln!(
            std::io::stdout(),
            "\n{}",
            t!(
                "cli-grade-wrote-anonymous",
                summary = files.summary.display().to_string(),
                annotations = files.annotations.display().to_string()
            )
        )?;
        return Ok(if class.failures.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        });
    }
    let written = write_class(&class, &feedback, &args.out).map_err(message)?;
    writeln!(
        std::io::stdout(),
        "\n{}",
        t!(
            "cli-grade-wrote",
            gradebook = written.gradebook.display().to_string(),
            annotations = written.annotations.display().to_string(),
            summary = written.summary.display().to_string(),
            pages = written.feedback_pages.len(),
            folder = args.out.join("feedback").display().to_string()
        )
    )?;
    if let Some(lms) = &args.lms {
        super::lms_out::write_import(
            &class,
            &mut feedback,
            feedback_path.as_deref(),
            lms,
            &args.out,
        )?;
    }
    Ok(if class.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The class table on standard output. A closed pipe (`| head`) is an error returned,
/// not a panic; `main` ends quietly on it.
fn print_table(class: &crate::grade::ClassGrade, feedback: &Feedback) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    let tags: Vec<String> = class
        .key
        .tags()
        .iter()
        .map(|t| shorten(&t.name, 10))
        .collect();
    // Columns as wide as their heading in the reader's language, and at least 6.
    let headings = [
        t!("cli-grade-column-score"),
        t!("cli-grade-column-precision"),
        t!("cli-grade-column-recall"),
        t!("cli-grade-column-f1"),
        t!("cli-grade-column-kappa"),
    ];
    let widths: Vec<usize> = headings.iter().map(|h| h.chars().count().max(6)).collect();
    let mut header = format!("{:<24}", t!("cli-grade-column-student"));
    for (heading, width) in headings.iter().zip(&widths) {
        header.push_str(&format!(" {heading:>width$}"));
    }
    for tag in &tags {
        header.push_str(&format!(" {:>11}", format!("{tag} F1")));
    }
    header.push_str(&format!("  {}", t!("cli-grade-column-problems")));
    writeln!(out, "{header}")?;
    let cell = |v: Option<f64>, scale: f64| v.map_or("—".to_owned(), |v| decimal(v * scale, 1));
    for s in &class.students {
        let cells = [
            match feedback.override_for(&s.file) {
                // The teacher's score, marked: the footnote under the table says so.
                Some(o) => format!("{}*", decimal(o.score, 1)),
                None => cell(s.score, 1.0),
            },
            cell(s.total.precision(), 100.0),
            cell(s.total.recall(), 100.0),
            cell(s.total.f1(), 100.0),
            s.kappa.map_or("—".to_owned(), |k| decimal(k, 2)),
        ];
        let mut line = format!("{:<24}", shorten(&s.student, 23));
        for (value, width) in cells.iter().zip(&widths) {
            line.push_str(&format!(" {value:>width$}"));
        }
        for counts in &s.tally.per_tag {
            line.push_str(&format!(" {:>11}", cell(counts.f1(), 100.0)));
        }
        line.push_str(&format!("  {}", s.problems.len()));
        writeln!(out, "{line}")?;
    }
    let scores: Vec<f64> = class.students.iter().filter_map(|s| s.score).collect();
    let mean = (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
    let alpha = |a: Option<f64>| a.map_or("—".to_owned(), |a| decimal(a, 3));
    let set = class
        .students
        .iter()
        .filter(|s| feedback.override_for(&s.file).is_some())
        .count();
    if set > 0 {
        writeln!(out, "{}", t!("cli-grade-score-set-by-teacher", count = set))?;
    }
    writeln!(
        out,
        "\n{}",
        t!(
            "cli-grade-summary",
            graded = class.students.len(),
            failed = class.failures.len(),
            mean = cell(mean, 1.0),
            alpha = alpha(class.alpha)
        )
    )?;
    let prompts = crate::grade::discussion::prompts(class);
    if !prompts.uncharted.is_empty() || !prompts.contested.is_empty() {
        writeln!(
            out,
            "{}",
            t!(
                "cli-grade-discussion",
                uncharted = prompts.uncharted.len(),
                contested = prompts.contested.len()
            )
        )?;
    }
    for (article, a) in class.key.articles().iter().zip(&class.alpha_per_article) {
        writeln!(
            out,
            "  {}",
            t!(
                "cli-grade-article-alpha",
                alpha = format!("{:>6}", alpha(*a)),
                title = shorten(article.title(), 60)
            )
        )?;
    }
    Ok(())
}
