//! Matching the students of a roster to the names in the submissions.
//!
//! Names are compared as people write them differently: accents dropped ("Chloé" =
//! "Chloe"), case ignored, "Last, First" read as "First Last", and word order ignored
//! ("Doe Jane" = "Jane Doe"), so the words of the two names must be the same words. A
//! name that fits two roster students, or none, is left for the teacher to pair by hand;
//! those pairings are remembered (by the submission's file name and the roster's id) in
//! the teacher's comments file beside the submissions.

use std::collections::BTreeMap;

use unicode_normalization::UnicodeNormalization;

use super::Roster;

/// Whether two written names are one person's name: the same words (see [`name_key`]),
/// or, for names written without spaces (李小龙 for 李 小龙, "小龙 李"), the same letters
/// once the words are put together in some order.
pub fn same_name(a: &str, b: &str) -> bool {
    let (ka, kb) = (name_key(a), name_key(b));
    if ka.is_empty() || kb.is_empty() {
        return false;
    }
    if ka == kb {
        return true;
    }
    let joined = |k: &[String]| -> Vec<String> {
        // Names have few words; beyond four, only the sorted order is tried.
        if k.len() > 4 {
            return vec![k.concat()];
        }
        permutations(k).iter().map(|p| p.concat()).collect()
    };
    let (ja, jb) = (joined(&ka), joined(&kb));
    ja.iter().any(|x| jb.contains(x))
}

fn permutations(words: &[String]) -> Vec<Vec<String>> {
    if words.len() <= 1 {
        return vec![words.to_vec()];
    }
    let mut out = Vec::new();
    for i in 0..words.len() {
        let mut rest = words.to_vec();
        let first = rest.remove(i);
        for mut tail in permutations(&rest) {
            tail.insert(0, first.clone());
            out.push(tail);
        }
    }
    out
}

/// The words of a name, for comparing: accents dropped, lower case, "Last, First"
/// turned round, sorted.
pub fn name_key(name: &str) -> Vec<String> {
    let name = match name.split_once(',') {
        Some((last, first)) => format!("{first} {last}"),
        None => name.to_owned(),
    };
    let plain: String = name
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    let mut words: Vec<String> = plain
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.sort();
    words
}

/// Which roster student each submission is, and what is left unpaired.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Pairing {
    /// For each submission (in the order given), the index of its roster student.
    pub roster_of: Vec<Option<usize>>,
    /// Submissions no roster student fits (or several do), by index.
    pub unmatched_submissions: Vec<usize>,
    /// Roster students no submission was paired with, by index.
    pub without_submission: Vec<usize>,
}

/// Pairs `submissions` (their file name and student name) with `roster`'s students:
/// first the pairings the teacher made (`by_hand`: file name → roster id), then by name.
/// Each roster student is paired once at most.
pub fn pair_students(
    roster: &Roster,
    submissions: &[(String, String)],
    by_hand: &BTreeMap<String, String>,
) -> Pairing {
    let mut taken = vec![false; roster.students.len()];
    let mut roster_of = vec![None; submissions.len()];
    for (s, (file, _)) in submissions.iter().enumerate() {
        let Some(id) = by_hand.get(file) else {
            continue;
        };
        if let Some(r) = roster.students.iter().position(|st| &st.id == id)
            && !taken[r]
        {
            taken[r] = true;
            roster_of[s] = Some(r);
        }
    }
    // How many submissions want each roster student: two "Sam Smith" files are for the
    // teacher to tell apart, not for us.
    let wanted: Vec<Option<usize>> = submissions
        .iter()
        .enumerate()
        .map(|(s, (_, name))| {
            if roster_of[s].is_some() {
                return None;
            }
            let mut fits = (0..roster.students.len())
                .filter(|&r| !taken[r] && same_name(&roster.students[r].name, name));
            match (fits.next(), fits.next()) {
                (Some(r), None) => Some(r),
                _ => None,
            }
        })
        .collect();
    for (s, want) in wanted.iter().enumerate() {
        let Some(r) = *want else { continue };
        let rivals = wanted.iter().filter(|w| **w == Some(r)).count();
        if rivals == 1 {
            taken[r] = true;
            roster_of[s] = Some(r);
        }
    }
    Pairing {
        unmatched_submissions: (0..submissions.len())
            .filter(|&s| roster_of[s].is_none())
            .collect(),
        without_submission: (0..roster.students.len()).filter(|&r| !taken[r]).collect(),
        roster_of,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lms::{Lms, RosterStudent};

    fn roster(names: &[&str]) -> Roster {
        Roster {
            lms: Lms::Canvas,
            identity_headers: vec!["ID".into()],
            students: names
                .iter()
                .enumerate()
                .map(|(i, n)| RosterStudent {
                    name: (*n).to_owned(),
                    id: format!("{}", 1000 + i),
                    identity: vec![format!("{}", 1000 + i)],
                })
                .collect(),
            items: Vec::new(),
        }
    }

    #[test]
    fn accents_case_order_and_last_first_do_not_matter() {
        assert_eq!(name_key("Chloé Martin"), name_key("martin, chloe"));
        assert_eq!(name_key("Ana  López"), name_key("LOPEZ Ana"));
        assert_eq!(name_key("Иван Петров"), name_key("Петров, Иван"));
        assert_ne!(name_key("Ana López"), name_key("Ana López García"));
        assert!(same_name("李小龙", "小龙 李"));
        assert!(same_name("李小龙", "李 小龙"));
        assert!(!same_name("李小龙", "Li Xiaolong"));
        assert!(!same_name("", ""));
    }

    #[test]
    fn pairs_by_name_by_hand_and_leaves_doubts_to_the_teacher() {
        let r = roster(&["Jane Doe", "Sam Smith", "Sam Smith", "Chloé Martin"]);
        let subs = vec![
            ("jane.ron".to_owned(), "Doe, Jane".to_owned()),
            ("sam.ron".to_owned(), "Sam Smith".to_owned()),
            ("c.ron".to_owned(), "chloe martin".to_owned()),
            ("x.ron".to_owned(), "Nobody Here".to_owned()),
        ];
        let p = pair_students(&r, &subs, &BTreeMap::new());
        assert_eq!(p.roster_of, vec![Some(0), None, Some(3), None]);
        assert_eq!(p.unmatched_submissions, vec![1, 3]);
        assert_eq!(p.without_submission, vec![1, 2]);
        let by_hand = BTreeMap::from([("sam.ron".to_owned(), "1002".to_owned())]);
        let p = pair_students(&r, &subs, &by_hand);
        assert_eq!(p.roster_of[1], Some(2));
        // Two files with one name fit one roster student: neither is guessed.
        let twice = vec![
            ("a.ron".to_owned(), "Jane Doe".to_owned()),
            ("b.ron".to_owned(), "Jane Doe".to_owned()),
        ];
        assert_eq!(
            pair_students(&r, &twice, &BTreeMap::new()).roster_of,
            vec![None, None]
        );
    }
}
