//! Matching a student's spans to the key's, one article at a time.
//!
//! Spans are compared in code points (the unit of the file), by intersection over union
//! (IoU = shared characters / characters covered by either). The student's spans are
//! the graded spans of [`super::joining`]: highlights of one tag that touch, overlap or
//! are separated only by spacing and punctuation are one passage. Matching is one-to-one:
//!
//! 1. **Credit first.** Among all one-to-one pairings of same-tag overlaps, the one that
//!    gives the student the most credit is chosen ([`super::assign`]): a pair with IoU ≥
//!    threshold is **found** (credit 1); below the threshold it is **partial** (credit =
//!    IoU) if partial credit is on, and no pair otherwise.
//! 2. **Then wrong tags.** Key and student spans still unpaired that overlap with IoU ≥
//!    threshold under different tags are **wrong tag** (credit 0), best overlap first:
//!    the student saw the passage but named it differently. A wrong-tag reading never
//!    takes a passage a same-tag reading earns credit on.
//!
//! Key spans left over are **missed**, student spans left over are **extra**. Ties are
//! broken by position so the result never depends on file order. The rules, with worked
//! examples, are in docs/grading.md.

use crate::text::CharRange;

/// One highlighted passage, as the grader sees it: where, and with which of the key's
/// tags (`None`: a tag the key does not have).
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub range: CharRange,
    pub tag: Option<usize>,
}

/// A passage of the key as matching sees it: its reading and any alternative readings
/// (finding one finds the passage), its tag, what it is worth, and whether missing it
/// costs anything.
#[derive(Clone, Debug, PartialEq)]
pub struct Passage {
    /// The key's reading first, then its alternatives.
    pub ranges: Vec<CharRange>,
    pub tag: Option<usize>,
    /// Points; 1 unless the key says.
    pub weight: f64,
    pub optional: bool,
}

impl Passage {
    /// A passage of one reading, worth 1, not optional.
    pub fn plain(span: &Span) -> Passage {
        Passage {
            ranges: vec![span.range],
            tag: span.tag,
            weight: 1.0,
            optional: false,
        }
    }

    /// How the key says this passage counts, for people: "optional", "2 points",
    /// "1 other reading"; empty for a plain passage.
    pub fn terms(&self) -> String {
        let mut parts = Vec::new();
        if self.optional {
            parts.push(crate::t!("grade-terms-optional"));
        }
        if self.weight != 1.0 {
            parts.push(crate::t!("grade-terms-points", points = self.weight));
        }
        if self.ranges.len() >= 2 {
            parts.push(crate::t!(
                "grade-terms-other-readings",
                count = self.ranges.len() - 1
            ));
        }
        parts.join(&crate::t!("grade-list-separator"))
    }

    /// The best overlap of a student span with any of the passage's readings.
    pub fn iou(&self, range: CharRange) -> f64 {
        self.ranges
            .iter()
            .map(|r| iou(*r, range))
            .fold(0.0, f64::max)
    }
}

/// Intersection over union of two code-point ranges; 0 when they do not overlap.
pub fn iou(a: CharRange, b: CharRange) -> f64 {
    let start = a.start.0.max(b.start.0);
    let end = a.end.0.min(b.end.0);
    if end <= start {
        return 0.0;
    }
    let intersection = (end - start) as f64;
    let union = (a.len() + b.len()) as f64 - intersection;
    intersection / union
}

/// What became of a key span.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum KeyOutcome {
    Found { student: usize, iou: f64 },
    Partial { student: usize, iou: f64 },
    WrongTag { student: usize, iou: f64 },
    Missed,
}

/// What became of a student span.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StudentOutcome {
    Found { key: usize },
    Partial { key: usize },
    WrongTag { key: usize },
    Extra,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MatchSettings {
    /// IoU at or above which a same-tag overlap counts as found. Default 0.5.
    pub threshold: f64,
    /// Whether same-tag overlaps below the threshold earn credit equal to their IoU.
    pub partial_credit: bool,
}

impl Default for MatchSettings {
    fn default() -> Self {
        Self {
            threshold: 0.5,
            partial_credit: true,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ArticleMatch {
    /// One per key span, in the order given.
    pub key: Vec<KeyOutcome>,
    /// One per student span, in the order given.
    pub student: Vec<StudentOutcome>,
}

/// Weight of the overlap itself among pairings of equal credit.
const TIE_BREAK: f64 = 1e-9;

/// Matches `student` spans (already joined) to `key` spans of one article, each a
/// passage of one reading worth 1.
pub fn match_spans(key: &[Span], student: &[Span], settings: MatchSettings) -> ArticleMatch {
    let passages: Vec<Passage> = key.iter().map(Passage::plain).collect();
    match_passages(&passages, student, settings)
}

/// Matches `student` spans (already joined) to the key's passages of one article: the
/// overlap with a passage is the best over its readings, and its credit is weighted by
/// its points.
pub fn match_passages(
    passages: &[Passage],
    student: &[Span],
    settings: MatchSettings,
) -> ArticleMatch {
    let threshold = settings.threshold.clamp(f64::MIN_POSITIVE, 1.0);
    // Every reading as a span of its passage's tag; pairs found per reading, kept per
    // passage at their best overlap.
    let mut readings: Vec<Span> = Vec::new();
    let mut passage_of: Vec<usize> = Vec::new();
    for (k, passage) in passages.iter().enumerate() {
        for range in &passage.ranges {
            readings.push(Span {
                range: *range,
                tag: passage.tag,
            });
            passage_of.push(k);
        }
    }
    let mut best: std::collections::BTreeMap<(usize, usize), f64> = Default::default();
    for (overlap, r, s) in overlapping_pairs(&readings, student) {
        let entry = best.entry((passage_of[r], s)).or_insert(0.0);
        *entry = entry.max(overlap);
    }
    let key: Vec<Span> = passages
        .iter()
        .map(|p| Span {
            range: p.ranges.first().copied().unwrap_or_default(),
            tag: p.tag,
        })
        .collect();
    let mut pairs: Vec<(f64, usize, usize)> =
        best.into_iter().map(|((k, s), o)| (o, k, s)).collect();
    sort_pairs(&mut pairs, &key, student);
    let same_tag = |k: usize, s: usize| key[k].tag.is_some() && key[k].tag == student[s].tag;
    let credit = |overlap: f64| {
        if overlap >= threshold {
            1.0
        } else if settings.partial_credit {
            overlap
        } else {
            0.0
        }
    };
    // Among pairings of equal credit, the closer overlaps win: a tie-breaker far below
    // any difference in credit a score could show.
    let edges: Vec<(usize, usize, f64)> = pairs
        .iter()
        .filter(|&&(_, k, s)| same_tag(k, s))
        .map(|&(overlap, k, s)| (k, s, overlap, passages[k].weight * credit(overlap)))
        .filter(|&(_, _, _, c)| c > 0.0)
        .map(|(k, s, overlap, c)| (k, s, c + TIE_BREAK * overlap))
        .collect();

    let mut key_out = vec![KeyOutcome::Missed; key.len()];
    let mut student_out = vec![StudentOutcome::Extra; student.len()];
    for (k, s) in super::assign::best_assignment(key.len(), student.len(), &edges) {
        let overlap = passages[k].iou(student[s].range);
        if overlap >= threshold {
            key_out[k] = KeyOutcome::Found {
                student: s,
                iou: overlap,
            };
            student_out[s] = StudentOutcome::Found { key: k };
        } else {
            key_out[k] = KeyOutcome::Partial {
                student: s,
                iou: overlap,
            };
            student_out[s] = StudentOutcome::Partial { key: k };
        }
    }
    for &(overlap, k, s) in &pairs {
        let free = key_out[k] == KeyOutcome::Missed && student_out[s] == StudentOutcome::Extra;
        if free && !same_tag(k, s) && overlap >= threshold {
            key_out[k] = KeyOutcome::WrongTag {
                student: s,
                iou: overlap,
            };
            student_out[s] = StudentOutcome::WrongTag { key: k };
        }
    }
    ArticleMatch {
        key: key_out,
        student: student_out,
    }
}

/// Every overlapping (IoU, key, student) pair, best overlap first, then by key position,
/// then student position: deterministic. Found with a sweep over spans sorted by start,
/// so a long article with many spans is not quadratic in practice.
fn overlapping_pairs(key: &[Span], student: &[Span]) -> Vec<(f64, usize, usize)> {
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    let mut by_start: Vec<usize> = (0..student.len()).collect();
    by_start.sort_by_key(|&s| (student[s].range.start, student[s].range.end));
    // The furthest end among the first i+1 spans: scanning back can stop once it is
    // before the key span's start.
    let reach: Vec<usize> = by_start
        .iter()
        .scan(0, |furthest, &s| {
            *furthest = student[s].range.end.0.max(*furthest);
            Some(*furthest)
        })
        .collect();
    for (k, key_span) in key.iter().enumerate() {
        let first = by_start.partition_point(|&s| student[s].range.start < key_span.range.start);
        // Spans starting before the key span may still reach into it: scan back over them.
        for (i, &s) in by_start[..first].iter().enumerate().rev() {
            if reach[i] <= key_span.range.start.0 {
                break;
            }
            let overlap = iou(key_span.range, student[s].range);
            if overlap > 0.0 {
                pairs.push((overlap, k, s));
            }
        }
        for &s in &by_start[first..] {
            if student[s].range.start >= key_span.range.end {
                break;
            }
            let overlap = iou(key_span.range, student[s].range);
            if overlap > 0.0 {
                pairs.push((overlap, k, s));
            }
        }
    }
    sort_pairs(&mut pairs, key, student);
    pairs
}

/// Best overlap first, then by key position, then student position: deterministic.
fn sort_pairs(pairs: &mut [(f64, usize, usize)], key: &[Span], student: &[Span]) {
    pairs.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then_with(|| key[a.1].range.start.cmp(&key[b.1].range.start))
            .then_with(|| a.1.cmp(&b.1))
            .then_with(|| student[a.2].range.start.cmp(&student[b.2].range.start))
            .then_with(|| a.2.cmp(&b.2))
    });
}

/// A span of tag `tag` over `start..end`, for tests.
#[cfg(test)]
pub(crate) fn span(start: usize, end: usize, tag: usize) -> Span {
    Span {
        range: CharRange::new(start, end),
        tag: Some(tag),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iou_by_hand() {
        let r = |a, b| CharRange::new(a, b);
        assert_eq!(iou(r(0, 10), r(0, 10)), 1.0);
        assert_eq!(iou(r(0, 10), r(5, 15)), 5.0 / 15.0);
        assert_eq!(iou(r(0, 10), r(10, 20)), 0.0);
        assert_eq!(iou(r(0, 10), r(2, 4)), 0.2);
    }

    #[test]
    fn found_wrong_tag_partial_missed_extra() {
        let key = [
            span(0, 10, 0),  // found by exact copy
            span(20, 30, 1), // student tags it 2: wrong tag
            span(40, 50, 2), // student covers 40..44: IoU 0.4, partial
            span(60, 70, 3), // nothing near: missed
        ];
        let student = [
            span(0, 10, 0),
            span(21, 30, 2),
            span(40, 44, 2),
            span(80, 90, 0), // extra
        ];
        let m = match_spans(&key, &student, MatchSettings::default());
        assert_eq!(
            m.key,
            vec![
                KeyOutcome::Found {
                    student: 0,
                    iou: 1.0
                },
                KeyOutcome::WrongTag {
                    student: 1,
                    iou: 0.9
                },
                KeyOutcome::Partial {
                    student: 2,
                    iou: 0.4
                },
                KeyOutcome::Missed,
            ]
        );
        assert_eq!(
            m.student,
            vec![
                StudentOutcome::Found { key: 0 },
                StudentOutcome::WrongTag { key: 1 },
                StudentOutcome::Partial { key: 2 },
                StudentOutcome::Extra,
            ]
        );
        let strict = match_spans(
            &key,
            &student,
            MatchSettings {
                threshold: 0.5,
                partial_credit: false,
            },
        );
        assert_eq!(strict.key[2], KeyOutcome::Missed);
        assert_eq!(strict.student[2], StudentOutcome::Extra);
    }

    /// Two student spans over one key span: the better one is matched, the other is extra
    /// (one-to-one). Overlapping key spans each get their own best student span.
    #[test]
    fn one_to_one_best_first_with_overlaps() {
        let key = [span(0, 20, 0), span(10, 30, 0)];
        let student = [span(0, 19, 0), span(0, 20, 0), span(11, 30, 0)];
        let m = match_spans(&key, &student, MatchSettings::default());
        assert_eq!(
            m.key[0],
            KeyOutcome::Found {
                student: 1,
                iou: 1.0
            }
        );
        assert!(matches!(m.key[1], KeyOutcome::Found { student: 2, .. }));
        assert_eq!(m.student[0], StudentOutcome::Extra);
    }

    /// A span reaching from far left into the key span is still seen by the sweep.
    #[test]
    fn long_span_starting_earlier_is_considered() {
        let key = [span(50, 60, 0)];
        let student = [span(0, 5, 0), span(10, 11, 1), span(48, 60, 0)];
        let m = match_spans(&key, &student, MatchSettings::default());
        assert!(matches!(m.key[0], KeyOutcome::Found { student: 2, .. }));
        let covering = [span(0, 100, 0)];
        let m = match_spans(&key, &covering, MatchSettings::default());
        assert_eq!(
            m.key[0],
            KeyOutcome::Partial {
                student: 0,
                iou: 0.1
            }
        );
    }

    #[test]
    fn threshold_is_inclusive_and_configurable() {
        let key = [span(0, 10, 0)];
        let student = [span(0, 5, 0)]; // IoU exactly 0.5
        let m = match_spans(&key, &student, MatchSettings::default());
        assert!(matches!(m.key[0], KeyOutcome::Found { .. }));
        let strict = MatchSettings {
            threshold: 0.8,
            partial_credit: true,
        };
        assert!(matches!(
            match_spans(&key, &student, strict).key[0],
            KeyOutcome::Partial { .. }
        ));
    }

    #[test]
    fn unknown_tags_never_match_as_found() {
        let key = [span(0, 10, 0)];
        let student = [Span {
            range: CharRange::new(0, 10),
            tag: None,
        }];
        let m = match_spans(&key, &student, MatchSettings::default());
        assert!(matches!(m.key[0], KeyOutcome::WrongTag { .. }));
        assert!(match_spans(&key, &[], MatchSettings::default()).key[0] == KeyOutcome::Missed);
    }
}
