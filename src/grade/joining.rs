//! A student's highlights read as the passages they mark.
//!
//! Students split a passage all the time: one sentence, then the next clause; a
//! highlight that stops before a comma and another that starts after it. Graded one by
//! one, a key passage covered exactly by three highlights would be one partial match and
//! two extras. So before matching, highlights with the same tag that overlap, touch, or
//! are separated only by white space and punctuation are **joined** into one graded span.
//! Each of the student's highlights then gets the outcome of the span it is part of.
//!
//! Joining stops where the key's passages do: two highlights that lie mostly on two
//! different key passages stay apart (two consecutive claims, each in the key, are two
//! findings, not one half-found one). A highlight "lies on" the key passage it shares
//! the most characters with, if any.

use super::matching::Span;
use crate::text::CharRange;

/// Which code points of an article are letters or digits (one bit each): what decides
/// whether a gap between two highlights is only spacing and punctuation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WordChars {
    bits: Vec<u64>,
    len: usize,
}

impl WordChars {
    pub fn of(text: &str) -> WordChars {
        let mut bits = Vec::new();
        let mut len = 0;
        for (i, c) in text.chars().enumerate() {
            if i % 64 == 0 {
                bits.push(0u64);
            }
            if c.is_alphanumeric()
                && let Some(word) = bits.last_mut()
            {
                *word |= 1 << (i % 64);
            }
            len = i + 1;
        }
        WordChars { bits, len }
    }

    fn is_word(&self, i: usize) -> bool {
        i < self.len
            && self
                .bits
                .get(i / 64)
                .is_some_and(|word| word & (1 << (i % 64)) != 0)
    }

    /// Whether `gap` holds no letter or digit (an empty gap holds none).
    pub fn only_filler(&self, gap: CharRange) -> bool {
        (gap.start.0..gap.end.0).all(|i| !self.is_word(i))
    }
}

/// One graded span: the student's highlights it joins (indices into the spans given, in
/// order of start).
#[derive(Clone, Debug, PartialEq)]
pub struct Joined {
    pub span: Span,
    pub members: Vec<usize>,
}

/// Joins `spans` as described in the module docs, against the `key`'s spans of the same
/// article. The result is ordered by start; each span index appears in exactly one
/// [`Joined`].
pub fn join_touching(spans: &[Span], words: &WordChars, key: &[Span]) -> Vec<Joined> {
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| (spans[i].range.start, spans[i].range.end, i));
    let mut out: Vec<Joined> = Vec::new();
    // The joined span still open for each tag: (tag, index into `out`, the key passage
    // it lies on).
    let mut open: Vec<(Option<usize>, usize, Option<usize>)> = Vec::new();
    for i in order {
        let span = &spans[i];
        let lies_on = key_passage_under(span.range, key);
        let reach = open
            .iter()
            .position(|(tag, _, _)| *tag == span.tag)
            .filter(|&o| {
                let (_, j, passage) = open[o];
                let joined = &out[j].span.range;
                let touches = span.range.start <= joined.end
                    || words.only_filler(CharRange::new(joined.end.0, span.range.start.0));
                let same_passage = passage.is_none() || lies_on.is_none() || passage == lies_on;
                touches && same_passage
            });
        match reach {
            Some(o) => {
                let (_, j, passage) = &mut open[o];
                let joined = &mut out[*j];
                joined.span.range.end = joined.span.range.end.max(span.range.end);
                joined.members.push(i);
                *passage = passage.or(lies_on);
            }
            None => {
                open.retain(|(tag, _, _)| *tag != span.tag);
                open.push((span.tag, out.len(), lies_on));
                out.push(Joined {
                    span: span.clone(),
                    members: vec![i],
                });
            }
        }
    }
    out
}

/// The key span sharing the most characters with `range` (the first of equals), if any.
fn key_passage_under(range: CharRange, key: &[Span]) -> Option<usize> {
    let shared = |k: &Span| {
        let start = range.start.0.max(k.range.start.0);
        let end = range.end.0.min(k.range.end.0);
        end.saturating_sub(start)
    };
    let mut best: Option<(usize, usize)> = None;
    for (k, span) in key.iter().enumerate() {
        let n = shared(span);
        if n > 0 && best.is_none_or(|(_, m)| n > m) {
            best = Some((k, n));
        }
    }
    best.map(|(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::super::matching::span;
    use super::*;

    const TEXT: &str = "Prices rose, the minister said. Nobody agreed!";

    #[test]
    fn touching_overlapping_and_punctuation_gaps_join_per_tag() {
        let words = WordChars::of(TEXT);
        // "Prices rose" | ", " | "the minister said" — and a claim elsewhere.
        let spans = [
            span(0, 11, 0),
            span(13, 30, 0),
            span(32, 38, 0),
            span(5, 9, 1),
        ];
        let joined = join_touching(&spans, &words, &[]);
        assert_eq!(joined.len(), 2);
        assert_eq!(joined[0].span, span(0, 38, 0));
        assert_eq!(joined[0].members, vec![0, 1, 2]);
        assert_eq!(joined[1].members, vec![3]);
    }

    #[test]
    fn a_word_between_keeps_them_apart_and_other_tags_do_not_join() {
        let words = WordChars::of(TEXT);
        // "Prices" and "the minister": "rose" lies between.
        let spans = [span(0, 6, 0), span(13, 25, 0), span(6, 13, 1)];
        let joined = join_touching(&spans, &words, &[]);
        assert_eq!(joined.len(), 3);
        let overlapping = [span(0, 20, 0), span(5, 10, 0), span(18, 30, 0)];
        let joined = join_touching(&overlapping, &words, &[]);
        assert_eq!(joined.len(), 1);
        assert_eq!(joined[0].span, span(0, 30, 0));
    }

    #[test]
    fn two_key_passages_side_by_side_stay_two() {
        let words = WordChars::of(TEXT);
        // The key has "Prices rose," and "the minister said." as two claims.
        let key = [span(0, 12, 0), span(13, 31, 0)];
        let spans = [span(0, 12, 0), span(13, 31, 0)];
        assert_eq!(join_touching(&spans, &words, &key).len(), 2);
        // Halves of one key passage join, and so does a bit outside every passage.
        let halves = [span(13, 17, 0), span(17, 31, 0), span(32, 38, 0)];
        let joined = join_touching(&halves, &words, &key);
        assert_eq!(joined.len(), 1);
        assert_eq!(joined[0].span, span(13, 38, 0));
    }

    #[test]
    fn word_chars_handle_non_ascii_and_the_end() {
        let words = WordChars::of("é, ж — 😀 字");
        assert!(!words.only_filler(CharRange::new(0, 1)));
        assert!(words.only_filler(CharRange::new(1, 3)));
        assert!(words.only_filler(CharRange::new(4, 8)));
        assert!(!words.only_filler(CharRange::new(8, 11)));
        assert!(words.only_filler(CharRange::new(20, 30)));
    }
}
