//! Finding a quoted passage in text: how a saved annotation proves it still points at the
//! words it was made on, and how it is re-anchored when it does not.
//!
//! Each annotation stores its exact quote plus up to 32 characters of context on each
//! side (the TextQuote selector of W3C Web Annotation, as Hypothesis does). The stored
//! position is tried first and accepted only if the text there equals the quote; otherwise
//! every exact occurrence is scored by how much of the context matches, and by distance
//! to the old position.

use crate::text::ByteRange;

/// Characters of context kept on each side of a quote.
pub const CONTEXT_CHARS: usize = 32;

/// Occurrences scored at most; a quote found more often than this is too common to
/// re-anchor reliably anyway.
const MAX_CANDIDATES: usize = 2_000;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextQuote {
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
}

impl TextQuote {
    /// The quote of `range` in `text` with its context. `range` must be on char boundaries.
    pub fn of(text: &str, range: ByteRange) -> TextQuote {
        let exact = text.get(range.as_std()).unwrap_or_default().to_owned();
        let before = text.get(..range.start.0).unwrap_or_default();
        let after = text.get(range.end.0..).unwrap_or_default();
        let prefix_start = before
            .char_indices()
            .rev()
            .nth(CONTEXT_CHARS - 1)
            .map_or(0, |(i, _)| i);
        let prefix = before.get(prefix_start..).unwrap_or_default().to_owned();
        let suffix: String = after.chars().take(CONTEXT_CHARS).collect();
        TextQuote {
            exact,
            prefix,
            suffix,
        }
    }
}

/// Where a quote was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// At the stored position.
    AtPosition(ByteRange),
    /// Elsewhere: the text around it changed, or the stored offsets were wrong.
    Moved(ByteRange),
}

impl Anchor {
    pub fn range(self) -> ByteRange {
        match self {
            Anchor::AtPosition(r) | Anchor::Moved(r) => r,
        }
    }
}

/// Finds `quote` in `text`, preferring `hint` (the stored position, if it converted).
pub fn locate(text: &str, quote: &TextQuote, hint: Option<ByteRange>) -> Option<Anchor> {
    if quote.exact.is_empty() {
        return None;
    }
    if let Some(hint) = hint
        && text.get(hint.as_std()) == Some(quote.exact.as_str())
    {
        return Some(Anchor::AtPosition(hint));
    }
    let hint_start = hint.map_or(0, |h| h.start.0);
    text.match_indices(quote.exact.as_str())
        .take(MAX_CANDIDATES)
        .map(|(start, _)| ByteRange::new(start, start + quote.exact.len()))
        .max_by_key(|range| {
            let before = text.get(..range.start.0).unwrap_or_default();
            let after = text.get(range.end.0..).unwrap_or_default();
            let context = common_suffix_chars(before, &quote.prefix)
                + common_prefix_chars(after, &quote.suffix);
            // More matching context wins; then the occurrence nearest the old position.
            (
                context,
                std::cmp::Reverse(range.start.0.abs_diff(hint_start)),
            )
        })
        .map(Anchor::Moved)
}

fn common_prefix_chars(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

fn common_suffix_chars(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_context_counts_characters_not_bytes() {
        let text = format!("{}CLAIM{}", "ж".repeat(40), "é".repeat(40));
        let start = text.find("CLAIM").unwrap();
        let q = TextQuote::of(&text, ByteRange::new(start, start + 5));
        assert_eq!(q.exact, "CLAIM");
        assert_eq!(q.prefix, "ж".repeat(32));
        assert_eq!(q.suffix, "é".repeat(32));
    }

    #[test]
    fn prefers_position_then_context_then_distance() {
        let text = "the cat sat. a dog ran. the cat ran.";
        let first = ByteRange::new(4, 7);
        let quote = TextQuote::of(text, ByteRange::new(28, 31)); // second "cat"
        assert_eq!(
            locate(text, &quote, None),
            Some(Anchor::Moved(ByteRange::new(28, 31)))
        );
        let q_first = TextQuote::of(text, first);
        assert_eq!(
            locate(text, &q_first, Some(first)),
            Some(Anchor::AtPosition(first))
        );
        // Position shifted by an edit in front: context still finds the right one.
        let edited = format!("NEW TEXT. {text}");
        let moved = locate(&edited, &quote, Some(ByteRange::new(28, 31))).unwrap();
        assert_eq!(moved, Anchor::Moved(ByteRange::new(38, 41)));
        assert_eq!(
            locate(
                text,
                &TextQuote {
                    exact: "bird".into(),
                    ..Default::default()
                },
                None
            ),
            None
        );
    }
}
