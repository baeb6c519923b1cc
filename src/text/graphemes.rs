//! Grapheme-cluster snapping: no highlight may split an emoji or an accented letter.

use unicode_segmentation::{GraphemeCursor, UnicodeSegmentation};

use super::{ByteOffset, ByteRange};

/// Whether `offset` lies between two grapheme clusters of `text` (or at either end).
/// Offsets off a `char` boundary or past the end are not boundaries.
pub fn is_grapheme_boundary(text: &str, offset: ByteOffset) -> bool {
    if offset.0 > text.len() || !text.is_char_boundary(offset.0) {
        return false;
    }
    let mut cursor = GraphemeCursor::new(offset.0, text.len(), true);
    cursor.is_boundary(text, 0).unwrap_or(false)
}

/// The nearest grapheme boundary at or before `offset`.
fn boundary_at_or_before(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    if is_grapheme_boundary(text, ByteOffset(offset)) {
        return offset;
    }
    let mut cursor = GraphemeCursor::new(offset, text.len(), true);
    cursor.prev_boundary(text, 0).ok().flatten().unwrap_or(0)
}

/// The nearest grapheme boundary at or after `offset`.
fn boundary_at_or_after(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset += 1;
    }
    if is_grapheme_boundary(text, ByteOffset(offset)) {
        return offset;
    }
    let mut cursor = GraphemeCursor::new(offset, text.len(), true);
    cursor
        .next_boundary(text, 0)
        .ok()
        .flatten()
        .unwrap_or(text.len())
}

/// Widens `range` outwards to grapheme boundaries (start moves back, end moves forward),
/// so a selection that starts inside "👩‍👩‍👧" or between "e" and its accent keeps the whole
/// cluster. Reversed ranges are put in order first; offsets past the end are clamped.
pub fn snap_to_graphemes(text: &str, range: ByteRange) -> ByteRange {
    let (a, b) = if range.start <= range.end {
        (range.start.0, range.end.0)
    } else {
        (range.end.0, range.start.0)
    };
    ByteRange::new(
        boundary_at_or_before(text, a),
        boundary_at_or_after(text, b),
    )
}

/// Shrinks `range` so it neither starts nor ends with white space; a student who drags
/// one character too far should not get a highlight ending in a space or a line break.
/// Returns an empty range at `range.start` if the range is all white space.
pub fn trim_whitespace(text: &str, range: ByteRange) -> ByteRange {
    let Some(slice) = text.get(range.as_std()) else {
        return range;
    };
    // Whole grapheme clusters only: a space followed by a combining accent is one
    // cluster, and trimming just the space would leave the span inside a character
    // (found by a property test).
    let blank = |g: &str| g.chars().all(char::is_whitespace);
    let mut start = 0;
    for (i, g) in slice.grapheme_indices(true) {
        if !blank(g) {
            break;
        }
        start = i + g.len();
    }
    let mut end = slice.len();
    for (i, g) in slice.grapheme_indices(true).rev() {
        if i < start || !blank(g) {
            break;
        }
        end = i;
    }
    if end <= start {
        return ByteRange::new(range.start.0, range.start.0);
    }
    ByteRange::new(range.start.0 + start, range.start.0 + end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn trimming_keeps_a_space_that_carries_an_accent() {
        // " \u{301}" is one cluster (a space with a combining accent): not blank.
        let text = "a \u{301}b ";
        let r = trim_whitespace(text, ByteRange::new(1, text.len()));
        assert!(is_grapheme_boundary(text, r.start) && is_grapheme_boundary(text, r.end));
        assert_eq!(text.get(r.as_std()), Some(" \u{301}b"));
        let plain = "  word \n";
        assert_eq!(
            trim_whitespace(plain, ByteRange::new(0, plain.len())),
            ByteRange::new(2, 6)
        );
        assert!(trim_whitespace("   ", ByteRange::new(0, 3)).is_empty());
    }

    #[test]
    fn snaps_out_of_zwj_family_and_combining_accent() {
        let text = "a 👩‍👩‍👧 cafe\u{301}!";
        let family = text.find('👩').unwrap();
        // Start inside the family (after the first woman), end in the middle of it.
        let snapped = snap_to_graphemes(text, ByteRange::new(family + 4, family + 8));
        assert_eq!(text.get(snapped.as_std()), Some("👩‍👩‍👧"));
        // End between "e" and its combining accent.
        let e = text.find("e\u{301}").unwrap();
        let snapped = snap_to_graphemes(text, ByteRange::new(e - 3, e + 1));
        assert_eq!(text.get(snapped.as_std()), Some("cafe\u{301}"));
    }

    #[test]
    fn crlf_is_one_cluster() {
        let text = "a\r\nb";
        assert!(!is_grapheme_boundary(text, ByteOffset(2)));
        assert_eq!(
            snap_to_graphemes(text, ByteRange::new(2, 3)),
            ByteRange::new(1, 3)
        );
    }

    #[test]
    fn trims_white_space() {
        let text = "  the claim \n";
        let r = trim_whitespace(text, ByteRange::new(0, text.len()));
        assert_eq!(text.get(r.as_std()), Some("the claim"));
        assert!(trim_whitespace(text, ByteRange::new(0, 2)).is_empty());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn snapped_spans_sit_on_grapheme_boundaries(
            text in crate::text::strategies::unicode_text(),
            a in 0usize..2000,
            b in 0usize..2000,
        ) {
            let r = snap_to_graphemes(&text, ByteRange::new(a, b));
            prop_assert!(is_grapheme_boundary(&text, r.start));
            prop_assert!(is_grapheme_boundary(&text, r.end));
            prop_assert!(r.start <= r.end);
            // Snapping only widens (within the text).
            let (lo, hi) = (a.min(b).min(text.len()), a.max(b).min(text.len()));
            prop_assert!(r.start.0 <= lo && r.end.0 >= hi);
            // And is idempotent.
            prop_assert_eq!(snap_to_graphemes(&text, r), r);
            let t = trim_whitespace(&text, r);
            prop_assert!(text.get(t.as_std()).is_some());
            prop_assert!(
                t.is_empty()
                    || (is_grapheme_boundary(&text, t.start) && is_grapheme_boundary(&text, t.end)),
                "trimmed span splits a character"
            );
        }
    }
}

/// The grapheme boundary after `offset` (or the end).
pub fn next_grapheme(text: &str, offset: ByteOffset) -> ByteOffset {
    let from = offset.0.min(text.len());
    let mut cursor = GraphemeCursor::new(from, text.len(), true);
    ByteOffset(
        cursor
            .next_boundary(text, 0)
            .ok()
            .flatten()
            .unwrap_or(text.len()),
    )
}

/// The grapheme boundary before `offset` (or the start).
pub fn prev_grapheme(text: &str, offset: ByteOffset) -> ByteOffset {
    let from = offset.0.min(text.len());
    let mut cursor = GraphemeCursor::new(from, text.len(), true);
    ByteOffset(cursor.prev_boundary(text, 0).ok().flatten().unwrap_or(0))
}

/// The end of the next word after `offset` (Ctrl+Right).
pub fn next_word_end(text: &str, offset: ByteOffset) -> ByteOffset {
    let rest = text.get(offset.0..).unwrap_or_default();
    rest.split_word_bound_indices()
        .find(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map_or(ByteOffset(text.len()), |(i, w)| {
            ByteOffset(offset.0 + i + w.len())
        })
}

/// The start of the word before `offset` (Ctrl+Left).
pub fn prev_word_start(text: &str, offset: ByteOffset) -> ByteOffset {
    let before = text.get(..offset.0).unwrap_or_default();
    before
        .split_word_bound_indices()
        .rev()
        .find(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map_or(ByteOffset(0), |(i, _)| ByteOffset(i))
}

/// The word around `offset` (double-click), or the grapheme there if it is not a word.
pub fn word_at(text: &str, offset: ByteOffset) -> ByteRange {
    let at = offset.0.min(text.len());
    for (i, w) in text.split_word_bound_indices() {
        if at >= i && at < i + w.len() {
            return ByteRange::new(i, i + w.len());
        }
    }
    ByteRange::new(at, at)
}

#[cfg(test)]
mod stepping_tests {
    use super::*;

    #[test]
    fn steps_by_grapheme_and_word() {
        let text = "Да, 👩‍👩‍👧 café!";
        let family = text.find('👩').unwrap();
        assert_eq!(
            next_grapheme(text, ByteOffset(family)).0,
            family + "👩‍👩‍👧".len()
        );
        assert_eq!(
            prev_grapheme(text, ByteOffset(family + "👩‍👩‍👧".len())).0,
            family
        );
        assert_eq!(next_word_end(text, ByteOffset(0)).0, "Да".len());
        let cafe = text.find("café").unwrap();
        assert_eq!(prev_word_start(text, ByteOffset(text.len())).0, cafe);
        let w = word_at(text, ByteOffset(cafe + 1));
        assert_eq!(text.get(w.as_std()), Some("café"));
    }
}
