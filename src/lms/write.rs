//! The file each LMS imports: its identity columns as exported, the grade column, and
//! (where the LMS takes one) the teacher's comment. Scores are scaled from 0–100 to the
//! item's points possible and written with at most two decimals, a dot as the decimal
//! separator (all four accept it). The score scaled is the one the gradebook shows (one
//! decimal), so a teacher checking one against the other finds the same number.

use super::{Lms, LmsError, Roster};

/// Which grade column the scores go into.
#[derive(Clone, Debug, PartialEq)]
pub enum ItemChoice {
    /// One of the roster's items, by index.
    Existing(usize),
    /// A new column of this name (Canvas and Brightspace create the item on import).
    New { name: String },
}

/// One student's result for the import file.
#[derive(Clone, Debug, PartialEq)]
pub struct StudentResult {
    /// Index into the roster's students.
    pub roster: usize,
    /// 0–100; `None` leaves the cell empty (no grade).
    pub score: Option<f64>,
    /// The teacher's comment, written where the LMS takes one (Moodle).
    pub comment: String,
}

/// The import file's bytes, for `roster`'s LMS. `points` is the item's points possible
/// when the roster does not say (Moodle never does); 100 when neither says.
pub fn import_file(
    roster: &Roster,
    item: &ItemChoice,
    results: &[StudentResult],
    points: Option<f64>,
) -> Result<Vec<u8>, LmsError> {
    let (header, file_points) = match item {
        ItemChoice::Existing(i) => {
            let item = roster.items.get(*i).ok_or_else(|| {
                LmsError::Write(crate::t!("lms-write-no-column", column = i.to_string()))
            })?;
            (item.header.clone(), item.points)
        }
        ItemChoice::New { name } => (new_header(roster.lms, name, points), None),
    };
    let points = file_points.or(points).unwrap_or(100.0);
    let scaled = |score: Option<f64>| {
        score.map_or(String::new(), |s| {
            // The score as the gradebook shows it (one decimal), so the two agree.
            let shown = (s * 10.0).round() / 10.0;
            let v = (shown / 100.0 * points * 100.0).round() / 100.0;
            let text = format!("{v:.2}");
            text.trim_end_matches('0').trim_end_matches('.').to_owned()
        })
    };
    let mut w = crate::platform::line_endings::csv_writer();
    let fail = |e: csv::Error| LmsError::Write(e.to_string());
    let identity = |r: usize| -> Vec<String> {
        roster
            .students
            .get(r)
            .map_or_else(Vec::new, |s| s.identity.clone())
    };
    match roster.lms {
        Lms::Canvas => {
            let mut head = roster.identity_headers.clone();
            head.push(header);
            w.write_record(&head).map_err(fail)?;
            // Canvas reads points possible from this row (and creates a new
            // assignment with them).
            let mut points_row = vec![String::new(); roster.identity_headers.len()];
            if let Some(first) = points_row.first_mut() {
                *first = "    Points Possible".to_owned();
            }
            points_row.push(scaled(Some(100.0)));
            w.write_record(&points_row).map_err(fail)?;
            for result in results {
                let mut row = identity(result.roster);
                row.push(scaled(result.score));
                w.write_record(&row).map_err(fail)?;
            }
        }
        Lms::Moodle => {
            let feedback = format!(
                "{} (Feedback)",
                header.strip_suffix(" (Real)").unwrap_or(&header)
            );
            let mut head = roster.identity_headers.clone();
            head.push(header.clone());
            head.push(feedback);
            w.write_record(&head).map_err(fail)?;
            for result in results {
                let mut row = identity(result.roster);
                row.push(scaled(result.score));
                // Verbatim: this file is for Moodle, and the comment is the teacher's own.
                row.push(result.comment.clone());
                w.write_record(&row).map_err(fail)?;
            }
        }
        Lms::Brightspace => {
            let mut head = roster.identity_headers.clone();
            head.push(header);
            head.push("End-of-Line Indicator".to_owned());
            w.write_record(&head).map_err(fail)?;
            for result in results {
                let mut row = identity(result.roster);
                row.push(scaled(result.score));
                row.push("#".to_owned());
                w.write_record(&row).map_err(fail)?;
            }
        }
        Lms::GoogleClassroom => {
            let mut head = roster.identity_headers.clone();
            head.push(header);
            w.write_record(&head).map_err(fail)?;
            for result in results {
                let mut row = identity(result.roster);
                row.push(scaled(result.score));
                w.write_record(&row).map_err(fail)?;
            }
        }
    }
    w.into_inner()
        .map_err(|e| LmsError::Write(e.error().to_string()))
}

/// The header of a new grade column, as each LMS names one.
fn new_header(lms: Lms, name: &str, points: Option<f64>) -> String {
    match lms {
        Lms::Canvas | Lms::GoogleClassroom => name.to_owned(),
        Lms::Moodle => format!("{name} (Real)"),
        Lms::Brightspace => match points {
            Some(p) => format!("{name} Points Grade <Numeric MaxPoints:{p}>"),
            None => format!("{name} Points Grade"),
        },
    }
}
