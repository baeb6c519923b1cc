//! Text primitives shared by everything that touches article text.
//!
//! Article text is frozen at import, so every offset into it stays valid for the life of
//! a project. Two units exist and never mix: [`ByteOffset`] (fast slicing, what Rust and
//! egui's layout sections use) and [`CharOffset`] (Unicode scalar values, what project files
//! store, like W3C Web Annotation and brat). [`OffsetMap`] is the one place that converts.

pub mod bidi;
mod graphemes;
mod normalize;
mod offsets;

pub use graphemes::{
    is_grapheme_boundary, next_grapheme, next_word_end, prev_grapheme, prev_word_start,
    snap_to_graphemes, trim_whitespace, word_at,
};
pub use normalize::{normalize_line_endings, normalize_newlines};
pub use offsets::{ByteOffset, ByteRange, CharOffset, CharRange, OffsetMap};

/// Line and column (both from 1, column in characters) of a byte offset in `text`.
/// Used to point teachers at the exact place in a file.
pub fn line_col(text: &str, byte: usize) -> (usize, usize) {
    let before = text.get(..byte).unwrap_or(text);
    let line = 1 + before.matches('\n').count();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = 1 + before.get(line_start..).map_or(0, |s| s.chars().count());
    (line, col)
}

/// Runs of white space (newlines included) as one space, none at the ends: how a
/// title, a name or a note read from markup is shown.
pub fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `s` cut to at most `max` characters, with "…" when cut; for messages and lists.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let head: String = s.chars().take(max).collect();
        format!("{head}…")
    }
}

/// Proptest strategies for text that exercises every offset bug we know of.
#[cfg(test)]
pub(crate) mod strategies {
    use proptest::prelude::*;

    /// Arbitrary Unicode, weighted towards the troublemakers: combining accents, ZWJ emoji
    /// sequences, flags, Cyrillic, CJK, CRLF and lone CR, and long runs (past the 64-char
    /// checkpoint stride of `OffsetMap`).
    pub fn unicode_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => any::<char>().prop_map(String::from),
            2 => "[a-z ]{1,12}",
            1 => Just("e\u{301}".to_string()),
            1 => Just(" \u{301}".to_string()),
            1 => Just("👩‍👩‍👧".to_string()),
            1 => Just("🇨🇦".to_string()),
            1 => Just("Привет".to_string()),
            1 => Just("漢字".to_string()),
            1 => Just("\r\n".to_string()),
            1 => Just("\r".to_string()),
            1 => Just("\n".to_string()),
            1 => Just("\u{FEFF}".to_string()),
        ];
        proptest::collection::vec(piece, 0..120).prop_map(|v| v.concat())
    }
}
