//! A graded class against a roster: who is who, and the results to write.

use super::{ItemChoice, Pairing, Roster, StudentResult, pair_students};
use crate::grade::files::file_name;
use crate::grade::{ClassGrade, Feedback};

/// Pairs the class's submissions with the roster (by hand first, then by name) and
/// gives each paired student's result: the score that counts (the teacher's where set)
/// and the teacher's comment. Results are in the roster's order.
pub fn class_results(
    class: &ClassGrade,
    feedback: &Feedback,
    roster: &Roster,
) -> (Pairing, Vec<StudentResult>) {
    let submissions: Vec<(String, String)> = class
        .students
        .iter()
        .map(|s| (file_name(&s.file), s.student.clone()))
        .collect();
    let pairing = pair_students(roster, &submissions, &feedback.roster_pairs);
    let mut results: Vec<StudentResult> = class
        .students
        .iter()
        .zip(&pairing.roster_of)
        .filter_map(|(s, r)| {
            r.map(|roster| StudentResult {
                roster,
                score: feedback.final_score(s),
                comment: feedback.comment(&s.file).to_owned(),
            })
        })
        .collect();
    results.sort_by_key(|r| r.roster);
    (pairing, results)
}

/// The roster's item named `wanted` (its name or header, any case); else a new column
/// of that name; with nothing asked, the roster's only item, or a new column named after
/// the exercise.
pub fn choose_item(roster: &Roster, wanted: Option<&str>, exercise: &str) -> ItemChoice {
    match wanted {
        Some(wanted) => roster
            .items
            .iter()
            .position(|i| {
                i.name.eq_ignore_ascii_case(wanted) || i.header.eq_ignore_ascii_case(wanted)
            })
            .map_or_else(
                || ItemChoice::New {
                    name: wanted.to_owned(),
                },
                ItemChoice::Existing,
            ),
        None if roster.items.len() == 1 => ItemChoice::Existing(0),
        None => ItemChoice::New {
            name: exercise.to_owned(),
        },
    }
}
