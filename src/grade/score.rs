//! Counting outcomes into precision, recall, F1 and a score.
//!
//! **Credit.** A found span earns 1, a partial one its IoU (when partial credit is on), a
//! wrong-tag, missed or extra span 0. For a tag t, with K_t key spans and S_t student
//! spans of that tag:
//!
//! * recall_t = credit_t / K_t, precision_t = credit_t / S_t,
//! * F1_t = 2 · credit_t / (K_t + S_t) (the harmonic mean of the two).
//!
//! The **score** of a student is 100 × the same F1 over all spans of all tags
//! (micro-averaged): 100 · 2 · credit / (K + S). Copying the key exactly gives 100;
//! highlighting everything or nothing gives little. It is undefined (shown as "—") only
//! when neither the key nor the student has a single span.
//!
//! **Flexible keys.** K, S and the credit are sums of *points*: a passage worth 2
//! counts 2 in K, a student span paired with it counts 2 in S, and its credit is 2 × (1
//! or the IoU); an extra span counts 1. An **optional** passage the student did not earn
//! credit on counts nowhere (not in K, and its wrong-tag span not in S): no penalty. With
//! every passage worth 1 and none optional, these are the plain counts above.

use super::matching::{ArticleMatch, KeyOutcome, Passage, Span, StudentOutcome};

/// Outcome counts for one tag, or for all tags together.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    /// Spans in the key.
    pub key: usize,
    /// Spans in the submission.
    pub student: usize,
    pub found: usize,
    /// Same-tag overlaps below the threshold (credit = IoU, if partial credit is on).
    pub partial: usize,
    pub partial_credit: f64,
    /// Key spans the student highlighted with another tag (counted under the key's tag).
    pub wrong_tag: usize,
    /// Key spans nobody's span came near.
    pub missed: usize,
    /// Student spans matching no key span (counted under the student's tag).
    pub extra: usize,
    /// K in points (see the module docs).
    pub key_points: f64,
    /// S in points.
    pub student_points: f64,
    /// Credit in points.
    pub credit_points: f64,
}

impl Counts {
    /// Credit in points: found passages their points, partial ones points × IoU.
    pub fn credit(&self) -> f64 {
        self.credit_points
    }

    /// `None` when the student has no span of this kind.
    pub fn precision(&self) -> Option<f64> {
        (self.student_points > 0.0).then(|| self.credit() / self.student_points)
    }

    /// `None` when the key has no span of this kind.
    pub fn recall(&self) -> Option<f64> {
        (self.key_points > 0.0).then(|| self.credit() / self.key_points)
    }

    /// `None` when neither has a span of this kind.
    pub fn f1(&self) -> Option<f64> {
        let total = self.key_points + self.student_points;
        (total > 0.0).then(|| 2.0 * self.credit() / total)
    }

    fn add(&mut self, other: &Counts) {
        self.key_points += other.key_points;
        self.student_points += other.student_points;
        self.credit_points += other.credit_points;
        self.key += other.key;
        self.student += other.student;
        self.found += other.found;
        self.partial += other.partial;
        self.partial_credit += other.partial_credit;
        self.wrong_tag += other.wrong_tag;
        self.missed += other.missed;
        self.extra += other.extra;
    }
}

/// How a highlight with a tag the answer key does not have is graded, in the words every
/// view uses (the Problems text, both CSVs, the review screen, the feedback page): like
/// any highlight under another tag than the key's. In the current language.
pub fn unknown_tag_rule() -> String {
    crate::t!("grade-unknown-tag-rule")
}

/// Row and column names of [`Tally::confusion`], given the key's tag names.
pub fn confusion_labels(tags: &[String]) -> (Vec<String>, Vec<String>) {
    let mut rows = tags.to_vec();
    rows.push(crate::t!("grade-confusion-extra"));
    let mut columns = tags.to_vec();
    columns.push(crate::t!("grade-confusion-missed"));
    columns.push(crate::t!("grade-confusion-unknown-tag"));
    (rows, columns)
}

/// Per-tag counts and the confusion matrix, accumulated over articles.
#[derive(Clone, Debug, PartialEq)]
pub struct Tally {
    pub per_tag: Vec<Counts>,
    /// Spans of tags the key does not have (they can only be extra).
    pub unknown: Counts,
    /// `confusion[key][student]`: rows are the key's tags `0..n` and `n` = none (the
    /// student's extra spans); columns the student's tags `0..n`, `n` = none (missed
    /// passages) and `n + 1` = a tag the key lacks. Labels: [`confusion_labels`].
    pub confusion: Vec<Vec<usize>>,
}

impl Tally {
    pub fn new(tags: usize) -> Self {
        Self {
            per_tag: vec![Counts::default(); tags],
            unknown: Counts::default(),
            confusion: vec![vec![0; tags + 2]; tags + 1],
        }
    }

    fn counts(&mut self, tag: Option<usize>) -> &mut Counts {
        match tag.and_then(|t| self.per_tag.get(t)) {
            Some(_) => &mut self.per_tag[tag.unwrap_or_default()],
            None => &mut self.unknown,
        }
    }

    /// Adds one article's matching (`student` are the graded spans it was made on).
    pub fn add(&mut self, key: &[Passage], student: &[Span], matching: &ArticleMatch) {
        let none = self.per_tag.len();
        let other = none + 1;
        let slot = |tag: Option<usize>| tag.filter(|&t| t < none).unwrap_or(other);
        let row = |tag: Option<usize>| tag.filter(|&t| t < none).unwrap_or(none);
        // What each student span weighs in S: its passage's points when paired (nothing
        // for an uncredited optional passage), 1 when extra.
        let mut student_weight = vec![1.0; student.len()];
        for (k, outcome) in matching.key.iter().enumerate() {
            let Some(passage) = key.get(k) else { continue };
            let key_tag = passage.tag;
            let credited = matches!(
                outcome,
                KeyOutcome::Found { .. } | KeyOutcome::Partial { .. }
            );
            if !passage.optional || credited {
                let counts = self.counts(key_tag);
                counts.key += 1;
                counts.key_points += passage.weight;
            }
            match *outcome {
                KeyOutcome::Found { student: s, .. } => {
                    let counts = self.counts(key_tag);
                    counts.found += 1;
                    counts.credit_points += passage.weight;
                    student_weight[s] = passage.weight;
                    self.confusion[row(key_tag)][slot(student[s].tag)] += 1;
                }
                KeyOutcome::Partial { student: s, iou } => {
                    let counts = self.counts(key_tag);
                    counts.partial += 1;
                    counts.partial_credit += iou;
                    counts.credit_points += passage.weight * iou;
                    student_weight[s] = passage.weight;
                    self.confusion[row(key_tag)][slot(student[s].tag)] += 1;
                }
                KeyOutcome::WrongTag { student: s, .. } => {
                    student_weight[s] = if passage.optional {
                        0.0
                    } else {
                        passage.weight
                    };
                    if !passage.optional {
                        self.counts(key_tag).wrong_tag += 1;
                    }
                    self.confusion[row(key_tag)][slot(student[s].tag)] += 1;
                }
                KeyOutcome::Missed => {
                    if !passage.optional {
                        self.counts(key_tag).missed += 1;
                        self.confusion[row(key_tag)][none] += 1;
                    }
                }
            }
        }
        for (s, span) in student.iter().enumerate() {
            let weight = student_weight[s];
            let counts = self.counts(span.tag);
            if weight > 0.0 {
                counts.student += 1;
            }
            counts.student_points += weight;
        }
        for (s, outcome) in matching.student.iter().enumerate() {
            if *outcome == StudentOutcome::Extra {
                let tag = student[s].tag;
                self.counts(tag).extra += 1;
                self.confusion[none][slot(tag)] += 1;
            }
        }
    }

    /// All tags together, spans with unknown tags included.
    pub fn total(&self) -> Counts {
        let mut total = self.unknown.clone();
        for counts in &self.per_tag {
            total.add(counts);
        }
        total
    }
}

#[cfg(test)]
mod tests {
    use super::super::matching::{MatchSettings, match_spans, span};
    use super::*;

    /// Hand-worked: key has 2 claims and 1 framing; the student finds one claim exactly,
    /// overlaps the other claim at IoU 0.25 (partial), tags the framing as a claim, and
    /// adds one extra framing.
    ///   claim: K=2, S=3, credit = 1 + 0.25 → P = 1.25/3, R = 1.25/2, F1 = 2.5/5 = 0.5
    ///   framing: K=1, S=1, credit 0 → P = 0, R = 0, F1 = 0
    ///   total: K=3, S=4, credit 1.25 → score = 100 · 2.5 / 7 = 35.71
    #[test]
    fn hand_worked_counts() {
        let key = [span(0, 10, 0), span(20, 28, 0), span(40, 50, 1)];
        let student = [
            span(0, 10, 0),
            span(26, 28, 0),
            span(40, 50, 0),
            span(60, 65, 1),
        ];
        let m = match_spans(&key, &student, MatchSettings::default());
        let mut tally = Tally::new(2);
        let passages: Vec<Passage> = key.iter().map(Passage::plain).collect();
        tally.add(&passages, &student, &m);
        let claim = &tally.per_tag[0];
        assert_eq!(
            (claim.key, claim.student, claim.found, claim.partial),
            (2, 3, 1, 1)
        );
        assert!((claim.precision().unwrap() - 1.25 / 3.0).abs() < 1e-12);
        assert!((claim.recall().unwrap() - 0.625).abs() < 1e-12);
        assert!((claim.f1().unwrap() - 0.5).abs() < 1e-12);
        let framing = &tally.per_tag[1];
        assert_eq!(
            (framing.wrong_tag, framing.extra, framing.missed),
            (1, 1, 0)
        );
        assert_eq!(framing.f1(), Some(0.0));
        let total = tally.total();
        assert!((100.0 * total.f1().unwrap() - 35.714).abs() < 1e-3);
        // confusion: claim→claim 2 (found + partial), framing→claim 1, none→framing 1;
        // the last column (a tag the key lacks) is empty.
        assert_eq!(
            tally.confusion,
            vec![vec![2, 0, 0, 0], vec![1, 0, 0, 0], vec![0, 1, 0, 0]]
        );
    }

    #[test]
    fn empty_submission_and_empty_key() {
        let key = [span(0, 10, 0)];
        let m = match_spans(&key, &[], MatchSettings::default());
        let mut tally = Tally::new(1);
        tally.add(&[Passage::plain(&key[0])], &[], &m);
        let total = tally.total();
        assert_eq!(total.precision(), None);
        assert_eq!(total.recall(), Some(0.0));
        assert_eq!(total.f1(), Some(0.0));
        assert_eq!(Tally::new(1).total().f1(), None);
    }
}
