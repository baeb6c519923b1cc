//! `marginalia grade … --roster EXPORT.csv`: the file to import the scores back into the
//! LMS the roster came from.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::bail;

use super::message;
use crate::grade::files::file_name;
use crate::grade::{ClassGrade, Feedback};
use crate::lms::{ItemChoice, Roster, choose_item, class_results, import_file};
use crate::t;

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
        bail!(t!("cli-lms-bad-points", points = points));
    }
    for pair in &args.pairs {
        let Some((file, id)) = pair.split_once('=') else {
            bail!(t!("cli-lms-bad-pair", pair = pair.as_str()));
        };
        if !roster.students.iter().any(|s| s.id == id) {
            bail!(t!(
                "cli-lms-unknown-id",
                pair = pair.as_str(),
                roster = args.roster.display().to_string(),
                id = id,
                column = roster.identity_headers.first().map_or("", String::as_str)
            ));
        }
        feedback.roster_pairs.insert(file.to_owned(), id.to_owned());
    }
    if !args.pairs.is_empty() {
        match feedback_path {
            Some(path) => feedback.save(path).map_err(message)?,
            None => eprintln!("{}", t!("cli-lms-pairs-not-remembered")),
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
        ItemChoice::New { name } => t!("cli-lms-new-column", name = name.as_str()),
    };
    writeln!(
        stdout,
        "{}",
        t!(
            "cli-lms-wrote",
            path = path.display().to_string(),
            lms = roster.lms.name(),
            filled = results.len(),
            students = roster.students.len(),
            column = column
        )
    )?;
    if let ItemChoice::New { .. } = item
        && !roster.items.is_empty()
    {
        let names: Vec<&str> = roster.items.iter().map(|i| i.name.as_str()).collect();
        writeln!(
            stdout,
            "  {}",
            t!("cli-lms-existing-columns", columns = names.join(", "))
        )?;
    }
    for &s in &pairing.unmatched_submissions {
        if let Some(student) = class.students.get(s) {
            writeln!(
                stdout,
                "  {}",
                t!(
                    "cli-lms-not-in-roster",
                    student = student.student.as_str(),
                    file = file_name(&student.file)
                )
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
            "  {}",
            t!(
                "cli-lms-without-submission",
                count = names.len(),
                names = names.join(", ")
            )
        )?;
    }
    Ok(())
}
