//! Offset newtypes and the single tested conversion between bytes and code points.

use std::ops::Range;

/// A position in article text counted in UTF-8 bytes. Always on a `char` boundary
/// when it comes out of this crate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ByteOffset(pub usize);

/// A position in article text counted in Unicode scalar values (code points): the unit
/// of project files.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CharOffset(pub usize);

/// A half-open byte range `[start, end)`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ByteRange {
    pub start: ByteOffset,
    pub end: ByteOffset,
}

/// A half-open code-point range `[start, end)`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CharRange {
    pub start: CharOffset,
    pub end: CharOffset,
}

impl ByteRange {
    pub fn new(start: usize, end: usize) -> Self {
        Self {
            start: ByteOffset(start),
            end: ByteOffset(end),
        }
    }

    pub fn as_std(self) -> Range<usize> {
        self.start.0..self.end.0
    }

    pub fn len(self) -> usize {
        self.end.0.saturating_sub(self.start.0)
    }

    pub fn is_empty(self) -> bool {
        self.end.0 <= self.start.0
    }

    /// The overlap of two ranges, if they share at least one byte.
    pub fn intersection(self, other: ByteRange) -> Option<ByteRange> {
        let start = self.start.max(other.start);
        let end = self.end.min(other.end);
        (start < end).then_some(ByteRange { start, end })
    }
}

impl CharRange {
    pub fn new(start: usize, end: usize) -> Self {
        Self {
            start: CharOffset(start),
            end: CharOffset(end),
        }
    }

    pub fn len(self) -> usize {
        self.end.0.saturating_sub(self.start.0)
    }

    pub fn is_empty(self) -> bool {
        self.end.0 <= self.start.0
    }
}

/// How many code points lie between two checkpoints. Small enough that a lookup walks at
/// most 63 characters; large enough that the table costs ~1/8 of the text in memory.
const STRIDE: usize = 64;

/// Converts between byte and code-point offsets of one frozen text in O(1)-ish time:
/// a checkpoint table of the byte offset of every 64th code point, then a short walk.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    /// `checkpoints[k]` is the byte offset of code point `k * STRIDE`.
    checkpoints: Vec<usize>,
    char_len: usize,
    byte_len: usize,
}

impl OffsetMap {
    pub fn new(text: &str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / STRIDE + 1);
        let mut char_len = 0;
        for (i, (byte, _)) in text.char_indices().enumerate() {
            if i % STRIDE == 0 {
                checkpoints.push(byte);
            }
            char_len = i + 1;
        }
        Self {
            checkpoints,
            char_len,
            byte_len: text.len(),
        }
    }

    /// Length of the text in code points.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// Length of the text in bytes.
    pub fn byte_len(&self) -> usize {
        self.byte_len
    }

    /// The byte offset of code point `offset`, or `None` past the end.
    /// `offset == char_len` maps to the end of the text.
    pub fn to_byte(&self, text: &str, offset: CharOffset) -> Option<ByteOffset> {
        if offset.0 == self.char_len {
            return Some(ByteOffset(self.byte_len));
        }
        if offset.0 > self.char_len {
            return None;
        }
        let checkpoint = *self.checkpoints.get(offset.0 / STRIDE)?;
        let skip = offset.0 % STRIDE;
        let rest = text.get(checkpoint..)?;
        rest.char_indices()
            .nth(skip)
            .map(|(b, _)| ByteOffset(checkpoint + b))
    }

    /// The code-point offset of byte `offset`, or `None` if it is past the end or not on
    /// a `char` boundary.
    pub fn to_char(&self, text: &str, offset: ByteOffset) -> Option<CharOffset> {
        if offset.0 > self.byte_len || !text.is_char_boundary(offset.0) {
            return None;
        }
        if offset.0 == self.byte_len {
            return Some(CharOffset(self.char_len));
        }
        // The last checkpoint at or before `offset`.
        let k = self.checkpoints.partition_point(|&b| b <= offset.0);
        let k = k.checked_sub(1)?;
        let checkpoint = self.checkpoints.get(k).copied()?;
        let walked = text.get(checkpoint..offset.0)?.chars().count();
        Some(CharOffset(k * STRIDE + walked))
    }

    pub fn range_to_bytes(&self, text: &str, range: CharRange) -> Option<ByteRange> {
        Some(ByteRange {
            start: self.to_byte(text, range.start)?,
            end: self.to_byte(text, range.end)?,
        })
    }

    pub fn range_to_chars(&self, text: &str, range: ByteRange) -> Option<CharRange> {
        Some(CharRange {
            start: self.to_char(text, range.start)?,
            end: self.to_char(text, range.end)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn converts_mixed_scripts() {
        let text = "café 👨‍👩‍👧 Привет";
        let map = OffsetMap::new(text);
        assert_eq!(map.char_len(), text.chars().count());
        // "👨" starts at code point 5, byte 6 (é is two bytes).
        assert_eq!(map.to_byte(text, CharOffset(5)), Some(ByteOffset(6)));
        assert_eq!(map.to_char(text, ByteOffset(6)), Some(CharOffset(5)));
        assert_eq!(map.to_char(text, ByteOffset(4)), None, "inside é");
        assert_eq!(map.to_byte(text, CharOffset(999)), None);
        let end = map.char_len();
        assert_eq!(
            map.to_byte(text, CharOffset(end)),
            Some(ByteOffset(text.len()))
        );
    }

    #[test]
    fn empty_text() {
        let map = OffsetMap::new("");
        assert_eq!(map.to_byte("", CharOffset(0)), Some(ByteOffset(0)));
        assert_eq!(map.to_char("", ByteOffset(0)), Some(CharOffset(0)));
        assert_eq!(map.to_byte("", CharOffset(1)), None);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn char_byte_round_trip(text in crate::text::strategies::unicode_text()) {
            let map = OffsetMap::new(&text);
            let expected: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
            prop_assert_eq!(map.char_len(), expected.len() - 1);
            for (c, &b) in expected.iter().enumerate() {
                prop_assert_eq!(map.to_byte(&text, CharOffset(c)), Some(ByteOffset(b)));
                prop_assert_eq!(map.to_char(&text, ByteOffset(b)), Some(CharOffset(c)));
            }
            for b in 0..=text.len() {
                if !text.is_char_boundary(b) {
                    prop_assert_eq!(map.to_char(&text, ByteOffset(b)), None);
                }
            }
        }
    }
}
