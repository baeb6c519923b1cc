//! Characters as categories: the view of annotations that agreement and heat maps need.
//!
//! An article is cut at every span boundary any coder used; inside one segment every
//! coder's category is constant, so a segment stands for `len` identical characters.
//!
//! **Overlaps.** κ and α need one category per character and coder. Where a coder's
//! spans overlap, the *shortest* covering span decides (the most specific reading: a
//! framing word inside a claim sentence counts as framing there); ties go to the span
//! that starts first, then to the tag listed first. Characters no span covers are
//! "untagged", a category of its own.

use super::matching::Span;
use crate::text::CharRange;

/// Category of a character nobody tagged.
pub const UNTAGGED: usize = 0;

/// The segments of one article.
#[derive(Clone, Debug, PartialEq)]
pub struct Segments {
    bounds: Vec<usize>,
}

impl Segments {
    /// Cuts `0..len` at every start and end of `spans` (clamped to the article).
    pub fn new<'a>(len: usize, spans: impl IntoIterator<Item = &'a Span>) -> Self {
        let mut bounds = vec![0, len];
        for span in spans {
            bounds.push(span.range.start.0.min(len));
            bounds.push(span.range.end.0.min(len));
        }
        bounds.sort_unstable();
        bounds.dedup();
        Self { bounds }
    }

    /// Number of segments.
    pub fn len(&self) -> usize {
        self.bounds.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn range(&self, segment: usize) -> CharRange {
        CharRange::new(self.bounds[segment], self.bounds[segment + 1])
    }

    /// Characters in `segment`.
    pub fn weight(&self, segment: usize) -> f64 {
        (self.bounds[segment + 1] - self.bounds[segment]) as f64
    }

    /// Segment indices covered by `range` (whose ends are boundaries).
    pub fn covering(&self, range: CharRange) -> std::ops::Range<usize> {
        let first = self.bounds.partition_point(|&b| b < range.start.0);
        let last = self.bounds.partition_point(|&b| b < range.end.0);
        first..last.max(first)
    }

    /// The segment containing character `offset`, if any.
    pub fn segment_at(&self, offset: usize) -> Option<usize> {
        let i = self.bounds.partition_point(|&b| b <= offset);
        (i >= 1 && i < self.bounds.len()).then(|| i - 1)
    }

    /// One category per segment for one coder: [`UNTAGGED`], `1 + tag`, or `other` for
    /// spans whose tag the key does not have. Overlaps: shortest span wins (module docs).
    pub fn labels(&self, spans: &[Span], other: usize) -> Vec<usize> {
        let mut labels = vec![UNTAGGED; self.len()];
        let mut order: Vec<&Span> = spans.iter().collect();
        // Painted last wins: longest first, then later starts, then later tags.
        order.sort_by(|a, b| {
            b.range
                .len()
                .cmp(&a.range.len())
                .then_with(|| b.range.start.cmp(&a.range.start))
                .then_with(|| {
                    b.tag
                        .unwrap_or(usize::MAX)
                        .cmp(&a.tag.unwrap_or(usize::MAX))
                })
        });
        for span in order {
            let category = span.tag.map_or(other, |t| t + 1);
            for segment in self.covering(span.range) {
                labels[segment] = category;
            }
        }
        labels
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grade::matching::span;

    #[test]
    fn shortest_covering_span_wins() {
        let spans = [span(0, 10, 0), span(3, 5, 2)];
        let segments = Segments::new(12, &spans);
        assert_eq!(segments.len(), 4); // 0..3, 3..5, 5..10, 10..12
        assert_eq!(segments.labels(&spans, 9), vec![1, 3, 1, UNTAGGED]);
        let weights: Vec<f64> = (0..4).map(|s| segments.weight(s)).collect();
        assert_eq!(weights, vec![3.0, 2.0, 5.0, 2.0]);
        assert_eq!(segments.segment_at(4), Some(1));
        assert_eq!(segments.segment_at(12), None);
    }

    #[test]
    fn equal_spans_prefer_the_first_listed_tag_and_unknown_tags_are_other() {
        let spans = [span(0, 4, 1), span(0, 4, 0)];
        let segments = Segments::new(4, &spans);
        assert_eq!(segments.labels(&spans, 9), vec![1]);
        let unknown = [Span {
            range: CharRange::new(0, 4),
            tag: None,
        }];
        assert_eq!(Segments::new(4, &unknown).labels(&unknown, 9), vec![9]);
    }
}
