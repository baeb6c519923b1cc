//! Grading on hand-worked cases: whole projects through `grade_projects`, so alignment,
//! matching, scores and agreement are checked together.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::PathBuf;

use common::{project_from_markup, t0};
use marginalia::edit::build;
use marginalia::grade::{KeyOutcome, MatchSettings, StudentOutcome, grade_projects};
use marginalia::model::{Article, ArticleId, Project, TagId};
use marginalia::text::ByteRange;

fn key(markup: &str) -> Project {
    common::key_from_markup(markup)
}

fn student(markup: &str, name: &str) -> (PathBuf, Project) {
    let p = project_from_markup(markup);
    let p = with_author(p, name);
    (PathBuf::from(format!("{name}.ron")), p)
}

fn with_author(mut p: Project, name: &str) -> Project {
    marginalia::workflow::start_submission(&p, name)
        .apply(&mut p)
        .unwrap();
    p
}

const KEY: &str = "[claim:The mayor said taxes fell by 5%.] [rebuttal:Critics say they rose.] \
                   [framing:A shameful cover-up], wrote the paper. [boilerplate:Donate now!]";

#[test]
fn exact_copy_scores_100_with_perfect_agreement() {
    let key = key(KEY);
    let class = grade_projects(&key, &[student(KEY, "Ana")], MatchSettings::default());
    let s = &class.students[0];
    assert_eq!(s.score, Some(100.0));
    assert_eq!(s.kappa, Some(1.0));
    assert_eq!(s.total.found, 4);
    assert!(s.problems.is_empty(), "{:?}", s.problems);
    for t in 0..4 {
        assert_eq!(s.tally.confusion[t][t], 1);
    }
}

/// Hand-worked: the student finds the claim, tags the rebuttal as framing, highlights
/// only "A shameful" of the framing (IoU 10/19 = 0.526, found), misses the boilerplate
/// and adds an extra claim on "wrote the paper".
/// Credit 2 of K = 4, S = 4 → score = 100 · 4 / 8 = 50.
#[test]
fn mixed_outcomes_by_hand() {
    let key = key(KEY);
    let s = "[claim:The mayor said taxes fell by 5%.] [framing:Critics say they rose.] \
             [framing:A shameful] cover-up, [claim:wrote the paper]. Donate now!";
    let class = grade_projects(&key, &[student(s, "Ben")], MatchSettings::default());
    let s = &class.students[0];
    let article = s.articles[0].as_ref().unwrap();
    assert!(matches!(article.matching.key[0], KeyOutcome::Found { .. }));
    assert!(matches!(
        article.matching.key[1],
        KeyOutcome::WrongTag { .. }
    ));
    match article.matching.key[2] {
        KeyOutcome::Found { iou, .. } => assert!((iou - 10.0 / 19.0).abs() < 1e-9),
        other => panic!("{other:?}"),
    }
    assert_eq!(article.matching.key[3], KeyOutcome::Missed);
    assert!(article.matching.student.contains(&StudentOutcome::Extra));
    assert_eq!(s.score, Some(50.0));
    let rebuttal = &s.tally.per_tag[1];
    assert_eq!(
        (rebuttal.key, rebuttal.wrong_tag, rebuttal.f1()),
        (1, 1, Some(0.0))
    );
    // Confusion: key rebuttal (row 1) → student framing (column 2).
    assert_eq!(s.tally.confusion[1][2], 1);
    // Key boilerplate (row 3) → none (column 4); none (row 4) → claim (column 0).
    assert_eq!(s.tally.confusion[3][4], 1);
    assert_eq!(s.tally.confusion[4][0], 1);
}

/// Offsets are code points: with emoji and Cyrillic, IoU in bytes would differ.
/// Key "👩‍👩‍👧 мир" is 9 code points (25 bytes); "мир" is 3 (6 bytes): IoU 1/3 in
/// code points, 0.24 in bytes. At threshold 0.3 it is found only if counted right.
#[test]
fn overlap_is_measured_in_code_points() {
    let key = key("Привет, [claim:👩‍👩‍👧 мир] и всё.");
    let s = student("Привет, 👩‍👩‍👧 [claim:мир] и всё.", "Иван Петров");
    let settings = MatchSettings {
        threshold: 0.3,
        partial_credit: false,
    };
    let class = grade_projects(&key, &[s], settings);
    let article = class.students[0].articles[0].as_ref().unwrap();
    match article.matching.key[0] {
        KeyOutcome::Found { iou, .. } => assert!((iou - 1.0 / 3.0).abs() < 1e-9),
        other => panic!("expected found, got {other:?}"),
    }
    assert_eq!(class.students[0].student, "Иван Петров");
}

#[test]
fn overlapping_key_spans_are_matched_one_to_one() {
    // Key: a claim sentence with a framing word inside it.
    let mut k = key("The [claim:villainous regime raised prices] again.");
    let at = k.articles()[0].text().find("villainous").unwrap();
    build::add_annotation(
        &k,
        &ArticleId("a".into()),
        ByteRange::new(at, at + "villainous".len()),
        &TagId("framing".into()),
        "teacher",
        t0(),
    )
    .unwrap()
    .apply(&mut k)
    .unwrap();
    let s = student("The [claim:villainous regime raised prices] again.", "Ana");
    let class = grade_projects(&k, &[s], MatchSettings::default());
    let st = &class.students[0];
    assert_eq!((st.total.key, st.total.found, st.total.missed), (2, 1, 1));
    // κ: the framing word is "framing" in the key (shortest span wins), "claim" for Ana.
    let kappa = st.kappa.unwrap();
    assert!(kappa > 0.0 && kappa < 1.0, "{kappa}");
}

#[test]
fn empty_submission_scores_zero_and_says_nothing_was_found() {
    let key = key(KEY);
    let (path, mut empty) = student(KEY, "Cleo");
    for id in empty.annotations().iter().map(|a| a.id).collect::<Vec<_>>() {
        build::remove_annotation(&empty, id)
            .unwrap()
            .apply(&mut empty)
            .unwrap();
    }
    let class = grade_projects(&key, &[(path, empty)], MatchSettings::default());
    let s = &class.students[0];
    assert_eq!(s.score, Some(0.0));
    assert_eq!(s.total.precision(), None);
    assert_eq!(s.total.missed, 4);
    assert_eq!(s.kappa, Some(0.0), "all untagged agrees only by chance");
}

#[test]
fn extra_article_missing_article_and_unknown_tag_are_reported() {
    let key = key(KEY);
    let (path, mut p) = student(KEY, "Dan");
    let extra = Article::new(
        ArticleId("b".into()),
        "A blog post".into(),
        None,
        "UTF-8".into(),
        "Something else entirely.",
    );
    build::add_article(&p, extra).apply(&mut p).unwrap();
    build::add_annotation(
        &p,
        &ArticleId("b".into()),
        ByteRange::new(0, 9),
        &TagId("claim".into()),
        "Dan",
        t0(),
    )
    .unwrap()
    .apply(&mut p)
    .unwrap();
    let class = grade_projects(&key, &[(path, p)], MatchSettings::default());
    let s = &class.students[0];
    assert_eq!(s.score, Some(100.0), "the extra article is not graded");
    assert!(
        s.problems
            .iter()
            .any(|m| m.contains("“A blog post” is not in the answer key")
                && m.contains("1 highlight")),
        "{:?}",
        s.problems
    );

    // A tag the key does not have (the student's file has its own tag set).
    let (path, mut p) = student(KEY, "Gus");
    let opinion = marginalia::model::Tag::new(
        "opinion",
        "Opinion",
        "",
        marginalia::model::Rgb(1, 2, 3),
        Some('5'),
    );
    build::add_tag(&p, opinion).apply(&mut p).unwrap();
    let at = p.articles()[0].text().find("wrote the paper").unwrap();
    build::add_annotation(
        &p,
        &ArticleId("a".into()),
        ByteRange::new(at, at + 15),
        &TagId("opinion".into()),
        "Gus",
        t0(),
    )
    .unwrap()
    .apply(&mut p)
    .unwrap();
    let class = grade_projects(&key, &[(path, p)], MatchSettings::default());
    let s = &class.students[0];
    assert_eq!((s.total.student, s.total.extra), (5, 1));
    assert_eq!(s.tally.unknown.extra, 1);
    assert!(
        s.problems
            .iter()
            .any(|m| m.contains("“opinion”, which the answer key does not have")),
        "{:?}",
        s.problems
    );

    // A submission without the key's article: everything missed, and said so.
    let mut other = with_author(project_from_markup("[claim:Unrelated text.]"), "Eve");
    let unrelated = other.articles()[0].clone();
    let renamed = unrelated
        .with_id(ArticleId("z".into()))
        .with_title("Other".into());
    other = Project::from_parts(
        other.details().clone(),
        other.tags().clone(),
        vec![renamed],
        Vec::new(),
    );
    let class = grade_projects(&key, &[("eve.ron".into(), other)], MatchSettings::default());
    let s = &class.students[0];
    assert!(s.articles[0].is_none());
    assert_eq!(s.total.missed, 4);
    assert!(
        s.problems
            .iter()
            .any(|m| m.contains("missing from this submission"))
    );
}

/// The student's copy of the article was edited (a line added at the top, a word
/// changed at the end): highlights are placed by their quotes; one whose words are gone
/// is reported by quote.
#[test]
fn changed_article_text_is_reanchored_by_quote() {
    let key = key(KEY);
    let edited = format!(
        "Breaking news.\n\n{}",
        KEY.replace("Donate now!", "Subscribe!")
    );
    let (path, p) = student(&edited, "Fay");
    assert_ne!(p.articles()[0].sha256(), key.articles()[0].sha256());
    let class = grade_projects(&key, &[(path, p)], MatchSettings::default());
    let s = &class.students[0];
    assert_eq!(s.total.found, 3);
    let article = s.articles[0].as_ref().unwrap();
    assert!(article.spans.iter().all(|p| p.moved));
    assert!(
        s.problems
            .iter()
            .any(|m| m.contains("differs from the key") && m.contains("“Subscribe!”")),
        "{:?}",
        s.problems
    );
}

#[test]
fn results_do_not_depend_on_file_order() {
    let key = key(KEY);
    let a = student(KEY, "Zed");
    let b = student(
        "[claim:The mayor said taxes fell by 5%.] Critics say they rose. A shameful cover-up, wrote the paper. Donate now!",
        "amy",
    );
    let one = grade_projects(&key, &[a.clone(), b.clone()], MatchSettings::default());
    let two = grade_projects(&key, &[b, a], MatchSettings::default());
    assert_eq!(one.students, two.students);
    assert_eq!(one.alpha, two.alpha);
    assert_eq!(
        one.students[0].student, "amy",
        "sorted by name, ignoring case"
    );
}

#[test]
fn class_agreement_and_heat_map() {
    let key = key(KEY);
    let same = [student(KEY, "A"), student(KEY, "B"), student(KEY, "C")];
    let class = grade_projects(&key, &same, MatchSettings::default());
    assert_eq!(class.alpha, Some(1.0));
    let heat = &class.heat[0];
    assert_eq!(heat.students, 3);
    let text = key.articles()[0].text();
    let claim_at = text.find("taxes").unwrap(); // ASCII before it: bytes = code points
    let segment = heat.segments.segment_at(claim_at).unwrap();
    assert_eq!(heat.count(segment, 0), 3);
    assert_eq!(heat.count(segment, 1), 0);
}

#[test]
fn every_missed_passage_of_an_article_the_student_lacks_has_its_row() {
    // The sample key has three articles; this student's file has only the first.
    let key = marginalia::project_file::load(&marginalia::sample::sample_key())
        .unwrap()
        .project;
    let mut partial = marginalia::workflow::assignment_from_key(&key);
    for id in ["press-secretary-profile", "ministry-note-on-fakes"] {
        let Some(article) = partial
            .articles()
            .iter()
            .find(|a| a.id().0.starts_with(id))
            .map(|a| a.id().clone())
        else {
            continue;
        };
        build::remove_article(&partial, &article)
            .unwrap()
            .apply(&mut partial)
            .unwrap();
    }
    assert_eq!(partial.articles().len(), 1, "the test removes two articles");
    let partial = with_author(partial, "Mia");
    let class = grade_projects(
        &key,
        &[("mia.ron".into(), partial)],
        MatchSettings::default(),
    );
    let missed_in_gradebook = class.students[0].tally.total().missed;
    assert_eq!(missed_in_gradebook, key.annotations().len(), "all missed");
    let csv = String::from_utf8(marginalia::export::csv_files::class_annotations(&class).unwrap())
        .unwrap();
    let missed_rows = csv.lines().filter(|l| l.ends_with(",missed,0")).count();
    assert_eq!(missed_rows, missed_in_gradebook, "{csv}");
}

#[test]
fn a_blank_hand_in_is_missing_data_in_alpha_not_a_coder() {
    let key = key(KEY);
    let (path, mut blank) = student(KEY, "Zed");
    for id in blank.annotations().iter().map(|a| a.id).collect::<Vec<_>>() {
        build::remove_annotation(&blank, id)
            .unwrap()
            .apply(&mut blank)
            .unwrap();
    }
    let class = grade_projects(
        &key,
        &[student(KEY, "A"), student(KEY, "B"), (path, blank)],
        MatchSettings::default(),
    );
    // A and B agree perfectly; Zed's empty file says nothing about the text.
    assert_eq!(class.alpha, Some(1.0));
    assert_eq!(class.alpha_per_article, vec![Some(1.0)]);
    // Zed still gets a grade (zero), and still counts on the heat map.
    assert_eq!(class.students.len(), 3);
    assert_eq!(class.heat[0].students, 3);
}
