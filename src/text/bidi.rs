//! Right-to-left text (Arabic, Hebrew) drawn in the order a reader sees it, while every
//! offset stays in the stored (logical) order.
//!
//! egui lays lines out left to right only (egui #5069), and its shaper, given a run of
//! Arabic, reverses the glyphs in a way its cursor code does not follow. So the article
//! view does the Unicode Bidirectional Algorithm itself (`unicode-bidi`, UAX #9) for each
//! visual line, and hands egui one grapheme at a time in visual order:
//!
//! * [`Paragraph`] holds a block's embedding levels; [`Paragraph::visual_order`] gives, for
//!   one line, the logical index of each character in the order they are drawn, keeping
//!   each grapheme's characters together (a letter and its marks are shaped as one);
//! * [`display_chars`] is what is drawn for each logical character: Arabic letters in
//!   their joined (initial, medial, final) forms and lam-alef as its ligature, decided
//!   in logical order, since a grapheme shaped alone cannot join its neighbours;
//!   brackets mirrored in right-to-left runs. One character in, one character out, so
//!   indices never shift.
//!
//! Nothing here knows about egui; `gui/article_view/bidi_layout.rs` builds the galley.

use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};
use unicode_segmentation::UnicodeSegmentation;

/// Whether `text` has any right-to-left character (Hebrew, Arabic, Syriac, Thaana…), so
/// it needs the bidirectional layout at all.
pub fn has_right_to_left(text: &str) -> bool {
    text.chars().any(is_strong_rtl)
}

fn is_strong_rtl(c: char) -> bool {
    // Fast path: nothing below U+0590 is right-to-left.
    (c as u32) >= 0x0590 && matches!(bidi_class(c), BidiClass::R | BidiClass::AL)
}

/// Where each character of a text starts, in bytes, with the text's length at the end:
/// the one conversion between character indices and byte offsets the right-to-left
/// layout needs.
#[derive(Clone, Debug, Default)]
pub struct CharStarts(Vec<usize>);

impl CharStarts {
    pub fn of(text: &str) -> CharStarts {
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        CharStarts(starts)
    }

    /// How many characters the text has.
    pub fn count(&self) -> usize {
        self.0.len().saturating_sub(1)
    }

    /// Byte offset of character `i` (the text's length for `i >= count()`).
    pub fn byte_of_char(&self, i: usize) -> usize {
        self.0
            .get(i)
            .copied()
            .unwrap_or_else(|| self.0.last().copied().unwrap_or(0))
    }

    /// The character at byte offset `b` (the one starting at or before it).
    pub fn char_of_byte(&self, b: usize) -> usize {
        match self.0.binary_search(&b) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }
}

/// The bidirectional levels of one paragraph (a text without line breaks).
pub struct Paragraph<'a> {
    starts: CharStarts,
    /// Whether each character is the first of its grapheme.
    grapheme_start: Vec<bool>,
    info: ParagraphBidiInfo<'a>,
}

impl<'a> Paragraph<'a> {
    /// The paragraph's direction comes from its first strong character (rules P2, P3):
    /// a paragraph that starts in Arabic is right-to-left even with English inside.
    pub fn new(text: &'a str) -> Paragraph<'a> {
        let starts = CharStarts::of(text);
        let mut grapheme_start = vec![false; starts.count()];
        for (b, _) in text.grapheme_indices(true) {
            if let Some(slot) = grapheme_start.get_mut(starts.char_of_byte(b)) {
                *slot = true;
            }
        }
        Paragraph {
            starts,
            grapheme_start,
            info: ParagraphBidiInfo::new(text, None),
        }
    }

    /// Whether the paragraph reads right to left (aligned right, Right arrow goes back).
    pub fn is_right_to_left(&self) -> bool {
        self.info.paragraph_level.is_rtl()
    }

    /// Whether character `i` is right-to-left by its embedding level (before the line
    /// rules): Hebrew and Arabic letters, and neutrals between them.
    pub fn is_rtl_char(&self, i: usize) -> bool {
        self.info
            .levels
            .get(self.byte_of_char(i))
            .is_some_and(|l| l.is_rtl())
    }

    /// Whether character `i` begins a grapheme (a letter, not a mark after it).
    pub fn starts_grapheme(&self, i: usize) -> bool {
        self.grapheme_start.get(i).copied().unwrap_or(true)
    }

    pub fn char_count(&self) -> usize {
        self.starts.count()
    }

    /// Where the paragraph's characters start.
    pub fn char_starts(&self) -> &CharStarts {
        &self.starts
    }

    /// Byte offset of character `i` (the text's length for `i == char_count()`).
    pub fn byte_of_char(&self, i: usize) -> usize {
        self.starts.byte_of_char(i)
    }

    /// The character index at byte offset `b` (the one starting at or before it).
    pub fn char_of_byte(&self, b: usize) -> usize {
        self.starts.char_of_byte(b)
    }

    /// For the characters `line` (a visual line: a range of character indices), the
    /// logical index of each character from left to right as drawn, and whether it is
    /// drawn right to left (an odd level after rule L1).
    pub fn visual_order(&self, line: std::ops::Range<usize>) -> Vec<(usize, bool)> {
        let line = line.start.min(self.char_count())..line.end.min(self.char_count());
        if line.is_empty() {
            return Vec::new();
        }
        let bytes = self.byte_of_char(line.start)..self.byte_of_char(line.end);
        // One level per character of the whole paragraph, this line's after rule L1.
        let all: Vec<Level> = self.info.reordered_levels_per_char(bytes);
        let Some(levels) = all.get(line.clone()) else {
            // Cannot happen (one level per character); draw in stored order rather than
            // guess.
            return line.map(|i| (i, false)).collect();
        };
        let order = ParagraphBidiInfo::reorder_visual(levels);
        let mut visual: Vec<(usize, bool)> = order
            .iter()
            .map(|&k| (line.start + k, levels[k].is_rtl()))
            .collect();
        // A right-to-left run came out reversed character by character; put each
        // grapheme's characters (a letter and its marks) back in their own order.
        let mut i = 0;
        while i < visual.len() {
            let mut j = i + 1;
            while j < visual.len()
                && visual[j].0 + 1 == visual[j - 1].0
                && !self
                    .grapheme_start
                    .get(visual[j - 1].0)
                    .copied()
                    .unwrap_or(true)
            {
                j += 1;
            }
            visual[i..j].reverse();
            i = j;
        }
        visual
    }
}

/// What to draw for each character of `text` (same count): Arabic letters in their
/// contextual form, and, where `rtl[i]`, mirrored brackets.
pub fn display_chars(text: &str, rtl: impl Fn(usize) -> bool) -> Vec<char> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = chars.clone();
    for (i, &c) in chars.iter().enumerate() {
        if let Some(ligature) = lam_alef(&chars, i) {
            // Lam then alef is always drawn as one glyph (ﻻ). The lam's slot takes the
            // ligature, isolated or joined to the letter before; the alef's slot an
            // invisible word joiner, so indices stay one to one.
            let joins_before = neighbour(&chars, i, -1).is_some_and(joins_forward);
            out[i] = char::from_u32(ligature + u32::from(joins_before)).unwrap_or(c);
            if let Some(slot) = out.get_mut(i + 1) {
                *slot = '\u{2060}';
            }
            continue;
        }
        if i > 0 && lam_alef(&chars, i - 1).is_some() {
            continue; // the alef drawn inside the ligature
        }
        if let Some(forms) = arabic_forms(c) {
            let joins_before = neighbour(&chars, i, -1).is_some_and(joins_forward);
            let joins_after = forms.joins_forward()
                && neighbour(&chars, i, 1)
                    .is_some_and(|n| arabic_forms(n).is_some() || n == TATWEEL);
            out[i] = forms.pick(joins_before, joins_after);
        } else if rtl(i) {
            out[i] = mirrored(c);
        }
    }
    out
}

const TATWEEL: char = '\u{0640}';

/// The isolated form of the lam-alef ligature starting at `i` (its final form is one
/// more), if character `i` is lam and the next an alef.
fn lam_alef(chars: &[char], i: usize) -> Option<u32> {
    if chars.get(i) != Some(&'\u{0644}') {
        return None;
    }
    match chars.get(i + 1)? {
        '\u{0622}' => Some(0xFEF5),
        '\u{0623}' => Some(0xFEF7),
        '\u{0625}' => Some(0xFEF9),
        '\u{0627}' => Some(0xFEFB),
        _ => None,
    }
}

/// The nearest character before (`step` −1) or after (+1) `i`, skipping combining marks
/// (harakat), which do not break a join.
fn neighbour(chars: &[char], i: usize, step: isize) -> Option<char> {
    let mut k = i as isize + step;
    while let Some(&c) = usize::try_from(k).ok().and_then(|k| chars.get(k)) {
        if !is_transparent(c) {
            return Some(c);
        }
        k += step;
    }
    None
}

fn is_transparent(c: char) -> bool {
    matches!(c as u32, 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED)
}

/// Whether a character connects to the letter after it (dual-joining letters, tatweel).
fn joins_forward(c: char) -> bool {
    c == TATWEEL || arabic_forms(c).is_some_and(|f| f.joins_forward())
}

/// The presentation forms of a letter (Unicode's Arabic Presentation Forms-B).
#[derive(Clone, Copy)]
struct Forms {
    isolated: u32,
    /// Right-joining letters (alef, dal, reh, waw…) have only isolated and final forms.
    dual: bool,
}

impl Forms {
    fn joins_forward(self) -> bool {
        self.dual
    }

    fn pick(self, joins_before: bool, joins_after: bool) -> char {
        // Forms-B order: isolated, final, initial, medial.
        let offset = match (joins_before, joins_after && self.dual) {
            (false, false) => 0,
            (true, false) => 1,
            (false, true) => 2,
            (true, true) => 3,
        };
        char::from_u32(self.isolated + offset).unwrap_or('\u{FFFD}')
    }
}

fn arabic_forms(c: char) -> Option<Forms> {
    let (isolated, dual) = match c as u32 {
        0x0622 => (0xFE81, false),
        0x0623 => (0xFE83, false),
        0x0624 => (0xFE85, false),
        0x0625 => (0xFE87, false),
        0x0626 => (0xFE89, true),
        0x0627 => (0xFE8D, false),
        0x0628 => (0xFE8F, true),
        0x0629 => (0xFE93, false),
        0x062A => (0xFE95, true),
        0x062B => (0xFE99, true),
        0x062C => (0xFE9D, true),
        0x062D => (0xFEA1, true),
        0x062E => (0xFEA5, true),
        0x062F => (0xFEA9, false),
        0x0630 => (0xFEAB, false),
        0x0631 => (0xFEAD, false),
        0x0632 => (0xFEAF, false),
        0x0633 => (0xFEB1, true),
        0x0634 => (0xFEB5, true),
        0x0635 => (0xFEB9, true),
        0x0636 => (0xFEBD, true),
        0x0637 => (0xFEC1, true),
        0x0638 => (0xFEC5, true),
        0x0639 => (0xFEC9, true),
        0x063A => (0xFECD, true),
        0x0641 => (0xFED1, true),
        0x0642 => (0xFED5, true),
        0x0643 => (0xFED9, true),
        0x0644 => (0xFEDD, true),
        0x0645 => (0xFEE1, true),
        0x0646 => (0xFEE5, true),
        0x0647 => (0xFEE9, true),
        0x0648 => (0xFEED, false),
        0x0649 => (0xFEEF, false),
        0x064A => (0xFEF1, true),
        _ => return None,
    };
    Some(Forms { isolated, dual })
}

/// The mirror image of a bracket or quotation mark drawn in a right-to-left run
/// (Unicode's Bidi_Mirroring_Glyph for the characters news text uses).
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn visual_string(text: &str) -> String {
        let p = Paragraph::new(text);
        let chars: Vec<char> = text.chars().collect();
        p.visual_order(0..p.char_count())
            .iter()
            .map(|&(i, _)| chars[i])
            .collect()
    }

    #[test]
    fn left_to_right_text_is_untouched() {
        assert_eq!(visual_string("Ottawa, 2026"), "Ottawa, 2026");
        assert!(!has_right_to_left("Ottawa café 東京 😀"));
        assert!(!Paragraph::new("Ottawa").is_right_to_left());
    }

    #[test]
    fn hebrew_is_drawn_reversed_with_latin_and_digits_kept() {
        // "שלום CBC 2026" : Hebrew paragraph, a Latin name and a number inside.
        let text = "שלום CBC 2026";
        let p = Paragraph::new(text);
        assert!(p.is_right_to_left());
        assert_eq!(visual_string(text), "CBC 2026 םולש");
    }

    #[test]
    fn each_line_is_reordered_on_its_own() {
        // Two lines of one Hebrew paragraph: each is reversed within itself.
        let text = "אבג דהו";
        let p = Paragraph::new(text);
        let chars: Vec<char> = text.chars().collect();
        let line = |r: std::ops::Range<usize>| -> String {
            p.visual_order(r).iter().map(|&(i, _)| chars[i]).collect()
        };
        assert_eq!(line(0..4), " גבא");
        assert_eq!(line(4..7), "והד");
    }

    #[test]
    fn marks_stay_with_their_letter() {
        // Hebrew bet with dagesh (U+05BC), then shin.
        let text = "\u{05D1}\u{05BC}\u{05E9}";
        assert_eq!(visual_string(text), "\u{05E9}\u{05D1}\u{05BC}");
    }

    #[test]
    fn arabic_letters_take_their_joined_forms() {
        // سلم: seen (initial), lam (medial), meem (final).
        let shown: String = display_chars("سلم", |_| true).into_iter().collect();
        assert_eq!(shown, "\u{FEB3}\u{FEE0}\u{FEE2}");
        // سلام: seen (initial), then lam-alef as one glyph joined to it (final
        // ligature) with an invisible joiner in the alef's slot, then meem isolated
        // (alef does not join forward).
        let shown: String = display_chars("سلام", |_| true).into_iter().collect();
        assert_eq!(shown, "\u{FEB3}\u{FEFC}\u{2060}\u{FEE1}");
        // لا alone: the isolated ligature.
        let shown: String = display_chars("لا", |_| true).into_iter().collect();
        assert_eq!(shown, "\u{FEFB}\u{2060}");
        // A lone letter is isolated; harakat do not break a join.
        let shown: Vec<char> = display_chars("بَب", |_| true);
        assert_eq!(shown[0], '\u{FE91}');
        assert_eq!(shown[1], '\u{064E}');
        assert_eq!(shown[2], '\u{FE90}');
    }

    #[test]
    fn brackets_are_mirrored_only_in_right_to_left_runs() {
        let shown: String = display_chars("(a)", |_| true).into_iter().collect();
        assert_eq!(shown, ")a(");
        let shown: String = display_chars("(a)", |_| false).into_iter().collect();
        assert_eq!(shown, "(a)");
    }
}
