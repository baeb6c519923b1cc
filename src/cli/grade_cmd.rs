//! `marginalia grade --key KEY SUBMISSIONS…`

use std::io::IsTerminal;
use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::bail;

use super::message;
use crate::export::write_class;
use crate::grade::{Feedback, MatchSettings, grade_files, load_key, submission_files};
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
        bail!(
            "--threshold must be more than 0 and at most 1 (it is the share of overlap a highlight needs to count as found); got {}",
            args.threshold
        );
    }
    let key = load_key(&args.key).map_err(message)?;
    let files = submission_files(&args.submissions, &args.key).map_err(message)?;
    if files.is_empty() {
        bail!("no submission files (.ron) found in what was given.");
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
            eprint!("\rgrading {done}/{total}…");
        }
    };
    let class = grade_files(&key, &files, settings, &progress);
    if on_terminal {
        eprintln!();
    }

    print_table(&class, &feedback)?;
    for failed in &class.failures {
        eprintln!("not graded: {}", failed.error);
    }
    if args.anonymous {
        let files =
            crate::export::write_anonymous(&class.anonymised(), &args.out).map_err(message)?;
        writeln!(
            std::io::stdout(),
            "\nwrote {} and {} with “Student 1”, “Student 2”… instead of names (no gradebook or feedback pages)",
            files.summary.display(),
            files.annotations.display()
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
        "\nwrote {}, {}, {} and {} feedback page(s) in {}",
        written.gradebook.display(),
        written.annotations.display(),
        written.summary.display(),
        written.feedback_pages.len(),
        args.out.join("feedback").display()
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
    let mut header = format!(
        "{:<24} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "student", "score", "P%", "R%", "F1%", "kappa"
    );
    for tag in &tags {
        header.push_str(&format!(" {:>11}", format!("{tag} F1")));
    }
    header.push_str("  problems");
    writeln!(out, "{header}")?;
    let cell =
        |v: Option<f64>, scale: f64| v.map_or("—".to_owned(), |v| format!("{:.1}", v * scale));
    for s in &class.students {
        let mut line = format!(
            "{:<24} {:>6} {:>6} {:>6} {:>6} {:>6}",
            shorten(&s.student, 23),
            match feedback.override_for(&s.file) {
                // The teacher's score, marked: the footnote under the table says so.
                Some(o) => format!("{:.1}*", o.score),
                None => cell(s.score, 1.0),
            },
            cell(s.total.precision(), 100.0),
            cell(s.total.recall(), 100.0),
            cell(s.total.f1(), 100.0),
            s.kappa.map_or("—".to_owned(), |k| format!("{k:.2}")),
        );
        for counts in &s.tally.per_tag {
            line.push_str(&format!(" {:>11}", cell(counts.f1(), 100.0)));
        }
        line.push_str(&format!("  {}", s.problems.len()));
        writeln!(out, "{line}")?;
    }
    let scores: Vec<f64> = class.students.iter().filter_map(|s| s.score).collect();
    let mean = (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
    let alpha = |a: Option<f64>| a.map_or("—".to_owned(), |a| format!("{a:.3}"));
    let set = class
        .students
        .iter()
        .filter(|s| feedback.override_for(&s.file).is_some())
        .count();
    if set > 0 {
        writeln!(
            out,
            "* score set by the teacher ({set}); the gradebook has the score as graded and the reason"
        )?;
    }
    writeln!(
        out,
        "\n{} graded, {} not graded; mean score {}; class agreement (Krippendorff's alpha) {}",
        class.students.len(),
        class.failures.len(),
        cell(mean, 1.0),
        alpha(class.alpha)
    )?;
    let prompts = crate::grade::discussion::prompts(class);
    if !prompts.uncharted.is_empty() || !prompts.contested.is_empty() {
        writeln!(
            out,
            "for class discussion: {} reading(s) many students made that the key lacks, {} key passage(s) few found or many tagged otherwise (class-summary.html lists them)",
            prompts.uncharted.len(),
            prompts.contested.len()
        )?;
    }
    for (article, a) in class.key.articles().iter().zip(&class.alpha_per_article) {
        writeln!(
            out,
            "  alpha {:>6}  {}",
            alpha(*a),
            shorten(article.title(), 60)
        )?;
    }
    Ok(())
}
