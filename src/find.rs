//! Find in an article: case-insensitive and diacritics-insensitive ("cafe" finds "café"
//! and "cafe\u{301}", "ПРИВЕТ" finds "привет"), returning byte ranges of the original text.
//!
//! The text is folded character by character (NFD, combining marks dropped, lower-cased)
//! with a map from folded bytes back to original characters, so matches never split a
//! character of the original.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::text::ByteRange;

/// At most this many matches are returned; a one-letter query on a 3 MB article would
/// otherwise return a million.
pub const MAX_MATCHES: usize = 10_000;

/// Folded text and, for each folded byte, the original character's byte range.
struct Folded {
    text: String,
    origin: Vec<(u32, u32)>,
}

fn fold(text: &str) -> Folded {
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (start, c) in text.char_indices() {
        let end = start + c.len_utf8();
        for d in std::iter::once(c).nfd().filter(|d| !is_combining_mark(*d)) {
            for l in d.to_lowercase() {
                let before = folded.len();
                folded.push(l);
                origin.extend(std::iter::repeat_n(
                    (start as u32, end as u32),
                    folded.len() - before,
                ));
            }
        }
    }
    Folded {
        text: folded,
        origin,
    }
}

fn fold_query(query: &str) -> String {
    query
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Every match of `query` in `text`, in order, not overlapping. Empty for an empty query.
pub fn find_all(text: &str, query: &str) -> Vec<ByteRange> {
    let needle = fold_query(query.trim());
    if needle.is_empty() {
        return Vec::new();
    }
    let folded = fold(text);
    let mut out: Vec<ByteRange> = Vec::new();
    for (at, m) in folded.text.match_indices(&needle).take(MAX_MATCHES) {
        let (Some(first), Some(last)) =
            (folded.origin.get(at), folded.origin.get(at + m.len() - 1))
        else {
            continue;
        };
        let mut range = ByteRange::new(first.0 as usize, last.1 as usize);
        // A following combining mark belongs to the last letter matched.
        let rest = text.get(range.end.0..).unwrap_or_default();
        let marks: usize = rest
            .chars()
            .take_while(|c| is_combining_mark(*c))
            .map(char::len_utf8)
            .sum();
        range.end.0 += marks;
        if out.last().is_none_or(|prev| prev.end <= range.start) {
            out.push(range);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        find_all(text, query)
            .into_iter()
            .map(|r| text.get(r.as_std()).unwrap())
            .collect()
    }

    #[test]
    fn ignores_case_and_diacritics() {
        let text = "Café, CAFE, cafe\u{301} and caffè.";
        assert_eq!(found(text, "cafe"), ["Café", "CAFE", "cafe\u{301}"]);
        assert_eq!(found(text, "CAFÉ"), ["Café", "CAFE", "cafe\u{301}"]);
        assert_eq!(found("Привет, ПРИВЕТ", "привет"), ["Привет", "ПРИВЕТ"]);
        assert_eq!(found("👩‍👩‍👧 twitter Megaphone", "megaphone"), ["Megaphone"]);
        assert!(found("abc", "  ").is_empty());
        assert_eq!(found("İstanbul", "i̇stanbul").len(), 1);
    }

    proptest! {
        #[test]
        fn matches_are_on_char_boundaries(text in crate::text::strategies::unicode_text(), q in "\\PC{1,3}") {
            for r in find_all(&text, &q) {
                prop_assert!(text.get(r.as_std()).is_some());
                prop_assert!(!r.is_empty());
            }
        }
    }
}
