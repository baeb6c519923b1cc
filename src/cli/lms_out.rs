//! `marginalia grade … --roster EXPORT.csv`: the file to import the scores back into the
//! LMS the roster came from.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::bail;

use super::message;
use crate::grade::files::file_name;
use crate::grade::{ClassGrade, Feedback};
use crate::lms::{ItemChoice, Roster, choose_item, class_results, import_file};

pub struct LmsArgs {
    pub roster: PathBuf,
    /// The grade column to fill, by name; a new one when the roster has none of it.
    pub item: Option<String>,
    /// Points possible, where the roster does not say.
    pub points: Option<f64>,
    /// `FILE=ID` pairings made by hand.
    pub pairs: Vec<String>,
}

/// Writes `<out>/<lms>-import.csv` and says what went in and who is left out. Pairings
/// given are remembered in the comments file (`feedback_path`), when there is one.
pub fn write_import(
    class: &ClassGrade,
    feedback: &mut Feedback,
    feedback_path: Option<&Path>,
    args: &LmsArgs,
    out: &Path,
) -> anyhow::Result<()> {
    let roster = Roster::read(&args.roster).map_err(message)?;
    if let Some(points) = args.points
        && !(points > 0.0 && points.is_finite())
    {
        bail!("--points must be a number above 0 (the item's points possible); got {points}");
    }
    for pair in &args.pairs {
        let Some((file, id)) = pair.split_once('=') else {
            bail!(
                "--pair takes FILE=ID (a submission's file name and the student's id in the roster); got “{pair}”"
            );
        };
        if !roster.students.iter().any(|s| s.id == id) {
            bail!(
                "--pair {pair}: no student in {} has the id “{id}”; ids are in its first identity column ({})",
                args.roster.display(),
                roster.identity_headers.first().map_or("", String::as_str)
            );
        }
        feedback.roster_pairs.insert(file.to_owned(), id.to_owned());
    }
    if !args.pairs.is_empty() {
        match feedback_path {
            Some(path) => feedback.save(path).map_err(message)?,
            None => eprintln!(
                "note: the pairings are not remembered (give one folder of submissions, or --feedback FILE, to keep them)"
            ),
        }
    }

    let item = choose_item(&roster, args.item.as_deref(), class.key.title());
    let (pairing, results) = class_results(class, feedback, &roster);
    let bytes = import_file(&roster, &item, &results, args.points).map_err(message)?;
    let path = out.join(format!("{}-import.csv", roster.lms.slug()));
    crate::export::write_file(&path, &bytes).map_err(message)?;

    let mut stdout = std::io::stdout();
    let column = match &item {
        ItemChoice::Existing(i) => roster
            .items
            .get(*i)
            .map_or(String::new(), |i| i.header.clone()),
        ItemChoice::New { name } => format!("{name} (a new column)"),
    };
    writeln!(
        stdout,
        "wrote {} for {}: {} of {} students, into “{column}”",
        path.display(),
        roster.lms.name(),
        results.len(),
        roster.students.len()
    )?;
    if let ItemChoice::New { .. } = item
        && !roster.items.is_empty()
    {
        let names: Vec<&str> = roster.items.iter().map(|i| i.name.as_str()).collect();
        writeln!(
            stdout,
            "  to fill an existing column instead, give --item with one of: {}",
            names.join(", ")
        )?;
    }
    for &s in &pairing.unmatched_submissions {
        if let Some(student) = class.students.get(s) {
            writeln!(
                stdout,
                "  not in the roster: {} ({}); pair by hand with --pair \"{}=ID\"",
                student.student,
                file_name(&student.file),
                file_name(&student.file)
            )?;
        }
    }
    if !pairing.without_submission.is_empty() {
        let names: Vec<String> = pairing
            .without_submission
            .iter()
            .filter_map(|&r| roster.students.get(r))
            .map(|s| format!("{} ({})", s.name, s.id))
            .collect();
        writeln!(
            stdout,
            "  in the roster without a submission ({}): {}",
            names.len(),
            names.join(", ")
        )?;
    }
    Ok(())
}
