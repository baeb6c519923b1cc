//! Prompts for discussing the key with the class: a reading many students made that the
//! key lacks, and a key passage few found or many tagged otherwise.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::PathBuf;

use common::project_from_markup;
use marginalia::grade::discussion::prompts;
use marginalia::grade::{MatchSettings, grade_projects};
use marginalia::model::Project;

fn key(markup: &str) -> Project {
    common::key_from_markup(markup)
}

fn class(key: &Project, students: &[&str]) -> marginalia::grade::ClassGrade {
    let files: Vec<(PathBuf, Project)> = students
        .iter()
        .enumerate()
        .map(|(i, markup)| {
            let mut p = project_from_markup(markup);
            marginalia::workflow::start_submission(&p, &format!("Student {i}"))
                .apply(&mut p)
                .unwrap();
            (PathBuf::from(format!("s{i}.ron")), p)
        })
        .collect();
    grade_projects(key, &files, MatchSettings::default())
}

const KEY: &str = "[claim:Taxes fell by 5%.] [rebuttal:Critics say they rose.] A shameful cover-up, wrote the paper.";

#[test]
fn a_reading_most_of_the_class_made_that_the_key_lacks_is_a_prompt() {
    let key = key(KEY);
    let c = class(
        &key,
        &[
            "[claim:Taxes fell by 5%.] [rebuttal:Critics say they rose.] [framing:A shameful cover-up], wrote the paper.",
            "[claim:Taxes fell by 5%.] Critics say they rose. A [framing:shameful cover-up], wrote the paper.",
            "[claim:Taxes fell by 5%.] [rebuttal:Critics say they rose.] [framing:A shameful cover-up, wrote the paper.]",
            "[claim:Taxes fell by 5%.] [rebuttal:Critics say they rose.] A shameful cover-up, wrote the paper.",
        ],
    );
    let p = prompts(&c);
    assert_eq!(p.uncharted.len(), 1, "{p:?}");
    let u = &p.uncharted[0];
    assert_eq!((u.students, u.of), (3, 4));
    let framing = key.tags().iter().position(|t| t.id.0 == "framing").unwrap();
    assert_eq!(u.tag, framing);
    let text = key.articles()[0].text();
    let quote: String = text
        .chars()
        .skip(u.range.start.0)
        .take(u.range.len())
        .collect();
    assert!(quote.contains("shameful cover-up"), "{quote}");
    // The rebuttal, found by 3 of 4, is not contested; a passage found by one is.
    assert!(p.contested.is_empty(), "{:?}", p.contested);
}

#[test]
fn a_passage_few_found_or_many_tagged_otherwise_is_a_prompt_and_one_student_is_not() {
    let key = key(KEY);
    let c = class(
        &key,
        &[
            "[claim:Taxes fell by 5%.] [framing:Critics say they rose.] A shameful cover-up, wrote the paper.",
            "[claim:Taxes fell by 5%.] [claim:Critics say they rose.] A shameful cover-up, wrote the paper.",
            "[claim:Taxes fell by 5%.] Critics say they rose. A shameful [framing:cover-up], wrote the paper.",
        ],
    );
    let p = prompts(&c);
    assert_eq!(p.contested.len(), 1, "{:?}", p.contested);
    let rebuttal = &p.contested[0];
    assert_eq!(rebuttal.passage, 1);
    assert_eq!((rebuttal.found, rebuttal.wrong_tag, rebuttal.of), (0, 2, 3));
    // One student's framing is no prompt.
    assert!(p.uncharted.is_empty(), "{:?}", p.uncharted);
}

/// `--anonymous`: the class summary and annotations.csv say "Student N", never a name
/// or a file name, and the discussion prompts are in the summary; nothing about named
/// students (gradebook, feedback pages) is written.
#[test]
fn an_anonymous_export_names_no_one() {
    let out = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_marginalia"))
        // The tests read English, whatever the machine's language.
        .env("MARGINALIA_LANG", "en")
        .args(["grade", "--anonymous", "--key"])
        .arg(root.join("sample-docs/exercise-key.ron"))
        .arg(root.join("sample-docs/sample-class"))
        .arg("--out")
        .arg(out.path())
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let summary = std::fs::read_to_string(out.path().join("class-summary.html")).unwrap();
    let annotations = std::fs::read_to_string(out.path().join("annotations.csv")).unwrap();
    for name in [
        "Ana López",
        "Ben Okafor",
        "Иван Петров",
        "李小龙",
        "exercise-",
    ] {
        assert!(!summary.contains(name), "{name} in the summary");
        assert!(!annotations.contains(name), "{name} in annotations.csv");
    }
    assert!(summary.contains("Student 12"));
    assert!(summary.contains("For class discussion"));
    let mut rows = csv::Reader::from_reader(annotations.trim_start_matches('\u{feff}').as_bytes());
    for row in rows.records() {
        let row = row.unwrap();
        assert!(row[0].starts_with("Student "), "{row:?}");
        assert!(row[1].starts_with("student-"), "{row:?}");
    }
    assert!(!out.path().join("gradebook.csv").exists());
    assert!(!out.path().join("feedback").exists());
}
