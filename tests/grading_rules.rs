//! The matching rules of docs/grading.md ("Matching spans"), one worked case each, and
//! the matcher checked against a brute-force search over every assignment.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::PathBuf;

use common::project_from_markup;
use marginalia::grade::matching::{
    KeyOutcome, MatchSettings, Passage, Span, StudentOutcome, iou, match_passages, match_spans,
};
use marginalia::grade::{StudentGrade, grade_projects};
use marginalia::model::Project;
use marginalia::text::CharRange;
use proptest::prelude::*;

fn key(markup: &str) -> Project {
    common::key_from_markup(markup)
}

fn grade(key_markup: &str, student_markup: &str) -> StudentGrade {
    let key = key(key_markup);
    let mut p = project_from_markup(student_markup);
    marginalia::workflow::start_submission(&p, "Ana")
        .apply(&mut p)
        .unwrap();
    let class = grade_projects(
        &key,
        &[(PathBuf::from("ana.ron"), p)],
        MatchSettings::default(),
    );
    class.students.into_iter().next().unwrap()
}

fn score(g: &StudentGrade) -> f64 {
    g.score.unwrap()
}

const KEY: &str = "[claim:The mayor said taxes fell by 5%.] Critics say they rose.";

#[test]
fn a_passage_covered_exactly_in_two_highlights_scores_100() {
    let g = grade(
        KEY,
        "[claim:The mayor said taxes][claim: fell by 5%.] Critics say they rose.",
    );
    assert_eq!(score(&g), 100.0);
    assert_eq!(g.kappa, Some(1.0));
    let article = g.articles[0].as_ref().unwrap();
    assert_eq!(article.spans.len(), 2, "both highlights are kept");
    assert_eq!(article.joined.len(), 1, "and graded as one passage");
    assert_eq!(
        article.outcome_of(1),
        Some(StudentOutcome::Found { key: 0 })
    );
}

#[test]
fn a_passage_covered_in_three_highlights_across_spaces_scores_100() {
    let g = grade(
        KEY,
        "[claim:The mayor said] [claim:taxes fell] [claim:by 5%.] Critics say they rose.",
    );
    assert_eq!(score(&g), 100.0);
    assert_eq!(g.total.student, 1);
    assert_eq!(g.total.extra, 0);
}

#[test]
fn a_word_between_two_highlights_keeps_them_apart() {
    // "said" is left out: two highlights, neither half alone reaching the threshold.
    let g = grade(
        KEY,
        "[claim:The mayor] said [claim:taxes fell by 5%.] Critics say they rose.",
    );
    let article = g.articles[0].as_ref().unwrap();
    assert_eq!(article.joined.len(), 2);
    assert_eq!(g.total.student, 2);
}

#[test]
fn two_key_passages_side_by_side_are_two_findings() {
    let key = "[claim:The mayor said taxes fell by 5%.] [rebuttal:Critics say they rose.]";
    let g = grade(key, key);
    assert_eq!(score(&g), 100.0);
    let key = "[claim:The mayor said taxes fell by 5%.] [claim:Critics say they rose.]";
    let g = grade(key, key);
    assert_eq!(score(&g), 100.0);
    assert_eq!(g.total.found, 2);
}

/// Key: claim over characters 0–20. A claim over 11–19 alone: IoU 8/20, credit 0.4,
/// score 100 · 2 · 0.4 / (1 + 1) = 40.
#[test]
fn a_same_tag_partial_earns_its_overlap() {
    let key = "[claim:Taxes fell by 5% now], critics say.";
    let g = grade(key, "Taxes fell [claim:by 5% no]w, critics say.");
    assert!((score(&g) - 40.0).abs() < 1e-9, "{}", score(&g));
}

/// The same claim with framing over 0–10 beside it (IoU 0.5 with the key's claim, under
/// another tag). The wrong-tag reading earns nothing, the partial one 0.4: the partial
/// wins, the framing is extra. Score 100 · 2 · 0.4 / (1 + 2) = 26.7 (it was 0 when the
/// wrong-tag round went first).
#[test]
fn a_wrong_tag_neighbour_does_not_take_partial_credit() {
    let key = "[claim:Taxes fell by 5% now], critics say.";
    let g = grade(key, "[framing:Taxes fell] [claim:by 5% no]w, critics say.");
    let article = g.articles[0].as_ref().unwrap();
    assert!(matches!(
        article.matching.key[0],
        KeyOutcome::Partial { .. }
    ));
    assert_eq!(g.total.extra, 1);
    assert!((score(&g) - 80.0 / 3.0).abs() < 1e-9, "{}", score(&g));
}

/// The wrong tag is still reported when nothing else claims the passage.
#[test]
fn a_wrong_tag_alone_is_a_wrong_tag() {
    let key = "[claim:Taxes fell by 5% now], critics say.";
    let g = grade(key, "[framing:Taxes fell by 5% now], critics say.");
    assert_eq!(g.total.wrong_tag, 1);
    assert_eq!(score(&g), 0.0);
}

/// Greedy "best overlap first" gives the first key passage to the highlight that fits it
/// best (IoU 0.83) and leaves the second passage the small highlight (partial 0.17):
/// credit 1.17. Giving the first passage the small highlight (0.8, found) and the second
/// the long one (partial 0.28) earns 1.28, and is what the matcher does.
#[test]
fn the_assignment_that_gives_most_credit_is_chosen() {
    let key = [span(0, 10, 0), span(5, 25, 0)];
    let student = [span(0, 12, 0), span(1, 9, 0)];
    let m = match_spans(&key, &student, MatchSettings::default());
    assert!(matches!(m.key[0], KeyOutcome::Found { student: 1, .. }));
    assert!(matches!(m.key[1], KeyOutcome::Partial { student: 0, .. }));
    let credit = total_credit(&m);
    assert!((credit - (1.0 + 7.0 / 25.0)).abs() < 1e-6, "{credit}");
}

fn span(start: usize, end: usize, tag: usize) -> Span {
    Span {
        range: CharRange::new(start, end),
        tag: Some(tag),
    }
}

fn total_credit(m: &marginalia::grade::matching::ArticleMatch) -> f64 {
    m.key
        .iter()
        .map(|o| match o {
            KeyOutcome::Found { .. } => 1.0,
            KeyOutcome::Partial { iou, .. } => *iou,
            _ => 0.0,
        })
        .sum()
}

/// The most credit any one-to-one assignment can give, by trying them all.
fn best_credit(key: &[Span], student: &[Span], settings: MatchSettings) -> f64 {
    let passages: Vec<Passage> = key.iter().map(Passage::plain).collect();
    best_weighted_credit(&passages, student, settings)
}

/// The same over passages: best overlap over a passage's readings, credit × its points.
fn best_weighted_credit(key: &[Passage], student: &[Span], settings: MatchSettings) -> f64 {
    fn go(
        k: usize,
        used: &mut Vec<bool>,
        key: &[Passage],
        student: &[Span],
        s: MatchSettings,
    ) -> f64 {
        if k == key.len() {
            return 0.0;
        }
        let mut best = go(k + 1, used, key, student, s);
        for j in 0..student.len() {
            if used[j] || key[k].tag.is_none() || key[k].tag != student[j].tag {
                continue;
            }
            let overlap = key[k].iou(student[j].range);
            let credit = if overlap >= s.threshold {
                1.0
            } else if s.partial_credit {
                overlap
            } else {
                0.0
            };
            if credit <= 0.0 {
                continue;
            }
            used[j] = true;
            best = best.max(key[k].weight * credit + go(k + 1, used, key, student, s));
            used[j] = false;
        }
        best
    }
    go(0, &mut vec![false; student.len()], key, student, settings)
}

fn weighted_credit(key: &[Passage], m: &marginalia::grade::matching::ArticleMatch) -> f64 {
    m.key
        .iter()
        .zip(key)
        .map(|(o, p)| match o {
            KeyOutcome::Found { .. } => p.weight,
            KeyOutcome::Partial { iou, .. } => p.weight * iou,
            _ => 0.0,
        })
        .sum()
}

fn arb_passage() -> impl Strategy<Value = Passage> {
    (
        prop::collection::vec((0usize..30, 1usize..15), 1..3),
        prop::option::weighted(0.9, 0usize..3),
        1u32..4,
    )
        .prop_map(|(ranges, tag, points)| Passage {
            ranges: ranges
                .into_iter()
                .map(|(start, len)| CharRange::new(start, start + len))
                .collect(),
            tag,
            weight: f64::from(points),
            optional: false,
        })
}

fn arb_span() -> impl Strategy<Value = Span> {
    (
        0usize..30,
        1usize..15,
        prop::option::weighted(0.9, 0usize..3),
    )
        .prop_map(|(start, len, tag)| Span {
            range: CharRange::new(start, start + len),
            tag,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The matcher gives exactly the most credit any assignment can, its outcomes are a
    /// one-to-one pairing seen the same way from both sides, and no wrong-tag pair is
    /// left unreported.
    #[test]
    fn matcher_gives_the_most_credit_any_assignment_can(
        key in prop::collection::vec(arb_span(), 0..5),
        student in prop::collection::vec(arb_span(), 0..5),
        threshold in prop::sample::select(vec![0.3, 0.5, 0.8]),
        partial_credit in any::<bool>(),
    ) {
        let settings = MatchSettings { threshold, partial_credit };
        let m = match_spans(&key, &student, settings);
        let got = total_credit(&m);
        let best = best_credit(&key, &student, settings);
        prop_assert!((got - best).abs() < 1e-6, "got {got}, best {best}: {m:?}");
        for (k, outcome) in m.key.iter().enumerate() {
            match *outcome {
                KeyOutcome::Found { student: s, .. } => prop_assert_eq!(m.student[s], StudentOutcome::Found { key: k }),
                KeyOutcome::Partial { student: s, .. } => prop_assert_eq!(m.student[s], StudentOutcome::Partial { key: k }),
                KeyOutcome::WrongTag { student: s, iou: overlap } => {
                    prop_assert_eq!(m.student[s], StudentOutcome::WrongTag { key: k });
                    prop_assert!(overlap >= threshold);
                    prop_assert!(key[k].tag.is_none() || key[k].tag != student[s].tag);
                }
                KeyOutcome::Missed => {
                    for (s, o) in m.student.iter().enumerate() {
                        let other_tag = key[k].tag.is_none() || key[k].tag != student[s].tag;
                        prop_assert!(
                            !(*o == StudentOutcome::Extra && other_tag && iou(key[k].range, student[s].range) >= threshold),
                            "missed key {k} and extra student {s} are a wrong-tag pair"
                        );
                    }
                }
            }
        }
    }
}

proptest! {
    /// Joining over any text: every highlight is in exactly one graded span, of its own
    /// tag, inside that span's range; and joining changes nothing when highlights are far
    /// apart by words.
    #[test]
    fn joining_keeps_every_highlight_once(
        text in "[a-zé ,.—😀字\u{301}]{0,60}",
        spans in prop::collection::vec(arb_span(), 0..6),
        key in prop::collection::vec(arb_span(), 0..3),
    ) {
        use marginalia::grade::joining::{WordChars, join_touching};
        let words = WordChars::of(&text);
        let joined = join_touching(&spans, &words, &key);
        let mut seen = vec![0; spans.len()];
        for group in &joined {
            for &i in &group.members {
                seen[i] += 1;
                prop_assert_eq!(spans[i].tag, group.span.tag);
                prop_assert!(group.span.range.start <= spans[i].range.start);
                prop_assert!(spans[i].range.end <= group.span.range.end);
            }
        }
        prop_assert!(seen.iter().all(|&n| n == 1), "{seen:?}");
    }

    /// With alternative readings and points, the matcher still gives the most credit
    /// (points × overlap) any one-to-one assignment can.
    #[test]
    fn weighted_passages_with_alternatives_get_the_most_credit(
        key in prop::collection::vec(arb_passage(), 0..4),
        student in prop::collection::vec(arb_span(), 0..5),
        threshold in prop::sample::select(vec![0.3, 0.5, 0.8]),
        partial_credit in any::<bool>(),
    ) {
        let settings = MatchSettings { threshold, partial_credit };
        let m = match_passages(&key, &student, settings);
        let got = weighted_credit(&key, &m);
        let best = best_weighted_credit(&key, &student, settings);
        prop_assert!((got - best).abs() < 1e-6, "got {got}, best {best}: {m:?}");
    }
}

/// One rule for a tag the key lacks, in every view: on a key passage it is a wrong tag,
/// elsewhere extra; the confusion matrix has a column of its own.
#[test]
fn a_tag_the_key_lacks_is_graded_the_same_everywhere() {
    use marginalia::edit::build;
    use marginalia::model::{ArticleId, TagId};
    let key = key(KEY);
    let mut p = project_from_markup("The mayor said taxes fell by 5%. Critics say they rose.");
    marginalia::workflow::start_submission(&p, "Gus")
        .apply(&mut p)
        .unwrap();
    let opinion = marginalia::model::Tag::new(
        "opinion",
        "Opinion",
        "",
        marginalia::model::Rgb(1, 2, 3),
        Some('5'),
    );
    build::add_tag(&p, opinion).apply(&mut p).unwrap();
    let text = p.articles()[0].text().to_owned();
    for quote in ["The mayor said taxes fell by 5%.", "they rose."] {
        let at = text.find(quote).unwrap();
        build::add_annotation(
            &p,
            &ArticleId("a".into()),
            marginalia::text::ByteRange::new(at, at + quote.len()),
            &TagId("opinion".into()),
            "Gus",
            common::t0(),
        )
        .unwrap()
        .apply(&mut p)
        .unwrap();
    }
    let class = grade_projects(
        &key,
        &[(PathBuf::from("gus.ron"), p)],
        MatchSettings::default(),
    );
    let s = &class.students[0];
    assert_eq!((s.total.wrong_tag, s.total.extra), (1, 1));
    let tags = key.tags().len();
    let claim = 0;
    assert_eq!(
        s.tally.confusion[claim][tags + 1],
        1,
        "{:?}",
        s.tally.confusion
    );
    assert_eq!(s.tally.confusion[tags][tags + 1], 1, "the extra one");
    assert!(
        s.problems
            .iter()
            .any(|m| m.contains("2 highlights use the tag “opinion”")
                && m.contains("on a key passage they count as a wrong tag, elsewhere as extra")),
        "{:?}",
        s.problems
    );
    let csv = String::from_utf8(marginalia::export::csv_files::class_annotations(&class).unwrap())
        .unwrap();
    let outcomes: Vec<&str> = csv
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(8))
        .collect();
    assert_eq!(outcomes, ["wrong tag", "extra"], "{csv}");
    let page = marginalia::export::html::student_feedback(&class, s, &Default::default());
    assert!(page.contains("(a tag the key lacks)"));
    assert!(!page.contains("(none)"));
}

const FLEX: &str = "[claim:The mayor said taxes fell by 5%.] [rebuttal:Critics say they rose.] [framing:A cover-up, wrote the paper.]";

/// A key with options set on its passages, by annotation order.
fn flexible_key(options: &[(usize, marginalia::model::KeyPassage)]) -> Project {
    let mut key = key(FLEX);
    let ids: Vec<_> = key.annotations().iter().map(|a| a.id).collect();
    for &(i, options) in options {
        let before = key.annotation(ids[i]).unwrap().clone();
        let mut after = before.clone();
        after.key = options;
        marginalia::edit::Edit::UpdateAnnotation { before, after }
            .apply(&mut key)
            .unwrap();
    }
    key
}

fn grade_against(key: &Project, student_markup: &str) -> StudentGrade {
    let mut p = project_from_markup(student_markup);
    marginalia::workflow::start_submission(&p, "Ana")
        .apply(&mut p)
        .unwrap();
    let class = grade_projects(
        key,
        &[(PathBuf::from("ana.ron"), p)],
        MatchSettings::default(),
    );
    class.students.into_iter().next().unwrap()
}

/// Missing an optional passage costs nothing; finding it earns its credit.
#[test]
fn an_optional_passage_is_no_penalty_when_missed_and_credit_when_found() {
    use marginalia::model::KeyPassage;
    let key = flexible_key(&[(
        2,
        KeyPassage {
            optional: true,
            ..Default::default()
        },
    )]);
    let without = "[claim:The mayor said taxes fell by 5%.] [rebuttal:Critics say they rose.] A cover-up, wrote the paper.";
    let g = grade_against(&key, without);
    assert_eq!(
        score(&g),
        100.0,
        "two of two required passages, nothing extra"
    );
    assert_eq!(g.total.missed, 0);
    let g = grade_against(&key, FLEX);
    assert_eq!(score(&g), 100.0);
    assert_eq!(g.total.found, 3);
    // Under the wrong tag, it is neither a penalty nor credit.
    let wrong = "[claim:The mayor said taxes fell by 5%.] [rebuttal:Critics say they rose.] [claim:A cover-up, wrote the paper.]";
    assert_eq!(score(&grade_against(&key, wrong)), 100.0);
}

/// A passage worth 2 counts twice: missing it of three passages (1 + 1 + 2 points)
/// leaves credit 2 of K = 4, S = 2 → 100 · 4 / 6 = 66.7.
#[test]
fn points_weigh_a_passage() {
    use marginalia::model::KeyPassage;
    let key = flexible_key(&[(
        2,
        KeyPassage {
            points: Some(2),
            ..Default::default()
        },
    )]);
    let without = "[claim:The mayor said taxes fell by 5%.] [rebuttal:Critics say they rose.] A cover-up, wrote the paper.";
    let g = grade_against(&key, without);
    assert!((score(&g) - 200.0 / 3.0).abs() < 1e-9, "{}", score(&g));
    // Only the heavy passage: credit 2 of K = 4, S = 2 → 66.7 as well; and the plain key
    // gives 50 for it (1 of K = 3, S = 1).
    let only = "The mayor said taxes fell by 5%. Critics say they rose. [framing:A cover-up, wrote the paper.]";
    assert!((score(&grade_against(&key, only)) - 200.0 / 3.0).abs() < 1e-9);
    assert_eq!(score(&grade_against(&flexible_key(&[]), only)), 50.0);
}

/// Another reading of a passage: a student who highlights it has found the passage,
/// once, with that passage's tag; the key's own reading still counts too.
#[test]
fn an_alternative_reading_counts_as_the_passage() {
    use marginalia::model::KeyPassage;
    let mut key = flexible_key(&[]);
    // The alternative: "Critics say" alone, for the rebuttal.
    let rebuttal = key.annotations()[1].id;
    let text = key.articles()[0].text().to_owned();
    let at = text.find("Critics say").unwrap();
    let add = marginalia::edit::build::add_annotation(
        &key,
        &key.articles()[0].id().clone(),
        marginalia::text::ByteRange::new(at, at + "Critics say".len()),
        &marginalia::model::TagId("rebuttal".into()),
        "teacher",
        common::t0(),
    )
    .unwrap();
    add.apply(&mut key).unwrap();
    let alt = key.annotations().iter().map(|a| a.id).max().unwrap();
    let before = key.annotation(alt).unwrap().clone();
    let mut after = before.clone();
    after.key = KeyPassage {
        alternative_of: Some(rebuttal),
        ..Default::default()
    };
    marginalia::edit::Edit::UpdateAnnotation { before, after }
        .apply(&mut key)
        .unwrap();

    let short = "[claim:The mayor said taxes fell by 5%.] [rebuttal:Critics say] they rose. [framing:A cover-up, wrote the paper.]";
    let g = grade_against(&key, short);
    assert_eq!(score(&g), 100.0, "the alternative reading is the passage");
    assert_eq!(g.total.key, 3, "three passages, not four");
    assert_eq!(
        score(&grade_against(&key, FLEX)),
        100.0,
        "the key's reading too"
    );
    // Without the alternative, "Critics say" is 11 of 22 characters: found at 0.5.
    let plain = grade_against(&flexible_key(&[]), short);
    let article = plain.articles[0].as_ref().unwrap();
    match article.matching.key[1] {
        KeyOutcome::Found { iou, .. } => assert!(iou < 0.99),
        other => panic!("{other:?}"),
    }
}
