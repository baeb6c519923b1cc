//! Paragraphs with right-to-left text (Arabic, Hebrew): laid out in visual order, aligned
//! right when the paragraph is right-to-left, with a map back to the stored order.
//!
//! egui has no bidi (egui #5069), so a block with any right-to-left character is laid out
//! twice (`text::bidi` has the why):
//!
//! 1. in stored order, one grapheme per section for right-to-left characters, only to let
//!    egui choose where the lines break;
//! 2. each line reordered by the Unicode Bidirectional Algorithm and joined with `\n`, so
//!    the galley's characters run left to right as drawn.
//!
//! [`BidiMap`] converts between the galley's character indices and the block's stored
//! characters, so hit testing, the caret, selection and highlights work in stored order.
//! Highlights and the selection keep their colours because every drawn character takes
//! the format of its stored character.

use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Color32, Galley, Stroke, Ui};

use crate::text::bidi::{CharStarts, Paragraph, display_chars, has_right_to_left};

/// Where each stored character of a block is drawn, and back.
pub struct BidiMap {
    /// Where each stored character starts in the block.
    starts: CharStarts,
    /// The galley character index of each stored character.
    to_galley: Vec<usize>,
    /// The stored character of each galley character (`None` for the line breaks).
    to_stored: Vec<Option<usize>>,
    /// Whether each stored character is drawn right to left.
    rtl: Vec<bool>,
    /// The band (highlight, selection, find match) and underline of each stored
    /// character, painted by `layout::paint_bands` (see there why not by egui).
    marks: Vec<(Color32, Stroke)>,
    /// The paragraph reads right to left: aligned right, the galley's x = 0 is its right
    /// edge.
    pub right_to_left: bool,
}

impl BidiMap {
    fn chars(&self) -> usize {
        self.to_galley.len()
    }

    /// The galley cursor where a caret at stored character boundary `i` is drawn: before
    /// character `i` in its reading direction (its right edge when right-to-left), or
    /// after the last character at the end.
    pub fn galley_index_of_boundary(&self, i: usize) -> usize {
        let n = self.chars();
        if n == 0 {
            return 0;
        }
        if i < n {
            let g = self.to_galley[i];
            if self.rtl[i] { g + 1 } else { g }
        } else {
            let g = self.to_galley[n - 1];
            if self.rtl[n - 1] { g } else { g + 1 }
        }
    }

    /// The stored character boundary at galley cursor `g` (from a hit test): decided by
    /// the character drawn right of it, or left of it at a line's end.
    pub fn boundary_of_galley_index(&self, g: usize) -> usize {
        let right = self.to_stored.get(g).copied().flatten();
        let left = g
            .checked_sub(1)
            .and_then(|l| self.to_stored.get(l).copied().flatten());
        match (right, left) {
            (Some(r), _) => {
                if self.rtl[r] {
                    r + 1
                } else {
                    r
                }
            }
            (None, Some(l)) => {
                if self.rtl[l] {
                    l
                } else {
                    l + 1
                }
            }
            (None, None) => 0,
        }
    }

    /// The galley index of stored character `i`.
    pub fn galley_index_of_char(&self, i: usize) -> usize {
        self.to_galley.get(i).copied().unwrap_or(0)
    }

    /// The stored character drawn as galley character `g` (`None` for a line break).
    pub fn stored_char_of_galley_index(&self, g: usize) -> Option<usize> {
        self.to_stored.get(g).copied().flatten()
    }

    /// The highlight band behind galley character `g` (transparent where none).
    pub fn band_of_galley_index(&self, g: usize) -> Color32 {
        self.stored_char_of_galley_index(g)
            .and_then(|i| self.marks.get(i))
            .map_or(Color32::TRANSPARENT, |m| m.0)
    }

    /// The band and underline of galley character `g`.
    pub fn mark_of_galley_index(&self, g: usize) -> (Color32, Stroke) {
        self.stored_char_of_galley_index(g)
            .and_then(|i| self.marks.get(i).copied())
            .unwrap_or((Color32::TRANSPARENT, Stroke::NONE))
    }

    /// Whether stored character `i` is drawn right to left.
    pub fn is_rtl_char(&self, i: usize) -> bool {
        self.rtl.get(i).copied().unwrap_or(self.right_to_left)
    }

    /// Byte offset in the block of stored character boundary `i`.
    pub fn byte_of_boundary(&self, i: usize) -> usize {
        self.starts.byte_of_char(i)
    }

    /// The stored character boundary at byte offset `b` of the block.
    pub fn boundary_of_byte(&self, b: usize) -> usize {
        self.starts.char_of_byte(b)
    }
}

/// Lays out a block with right-to-left text; `None` for a block without any (the usual
/// left-to-right layout is right for it) or if egui's lines do not add up.
///
/// `job` is the block's usual recipe: its text is the block's, and its sections carry
/// the highlight, selection and find-match formats.
pub(crate) fn layout(ui: &Ui, job: &LayoutJob) -> Option<(Arc<Galley>, BidiMap)> {
    layout_aligned(ui, job, true)
}

/// [`layout`], with a right-to-left paragraph aligned right (`align_right`, the article)
/// or left (a label in a list, drawn where egui places labels).
pub(crate) fn layout_aligned(
    ui: &Ui,
    job: &LayoutJob,
    align_right: bool,
) -> Option<(Arc<Galley>, BidiMap)> {
    let text = job.text.as_str();
    if !has_right_to_left(text) {
        return None;
    }
    let paragraph = Paragraph::new(text);
    let n = paragraph.char_count();
    let embedded_rtl: Vec<bool> = (0..n).map(|i| paragraph.is_rtl_char(i)).collect();
    let shown = display_chars(text, |i| embedded_rtl.get(i).copied().unwrap_or(false));
    let format_of: Vec<usize> = (0..n)
        .map(|i| {
            let b = paragraph.byte_of_char(i);
            job.sections
                .iter()
                .position(|s| s.byte_range.start.0 <= b && b < s.byte_range.end.0)
                .unwrap_or(0)
        })
        .collect();
    let full_format = |i: usize| -> TextFormat {
        job.sections
            .get(format_of.get(i).copied().unwrap_or(0))
            .map(|s| s.format.clone())
            .unwrap_or_default()
    };
    // The text's own colour and font; bands and underlines are painted by `paint_marks`.
    let format = |i: usize| -> TextFormat {
        TextFormat {
            background: Color32::TRANSPARENT,
            underline: Stroke::NONE,
            ..full_format(i)
        }
    };
    let marks: Vec<(Color32, Stroke)> = (0..n)
        .map(|i| {
            let f = full_format(i);
            (f.background, f.underline)
        })
        .collect();
    let starts_grapheme = |i: usize| paragraph.starts_grapheme(i);

    // 1. Where egui breaks the lines, with the characters it will draw.
    let mut breaking = LayoutJob {
        wrap: job.wrap.clone(),
        halign: Align::LEFT,
        ..Default::default()
    };
    let mut i = 0;
    while i < n {
        let mut j = i + 1;
        if embedded_rtl[i] {
            // A right-to-left grapheme alone, as it will be drawn.
            while j < n && !starts_grapheme(j) {
                j += 1;
            }
        } else {
            while j < n && !embedded_rtl[j] && format_of[j] == format_of[i] {
                j += 1;
            }
        }
        let piece: String = shown[i..j].iter().collect();
        push_section(&mut breaking, &piece, format(i));
        i = j;
    }
    let lines = ui.fonts_mut(|f| f.layout_job(breaking));
    let mut rows = Vec::new();
    let mut start = 0;
    for row in &lines.rows {
        let count = row.char_count_excluding_newline().0;
        rows.push(start..start + count);
        start += count;
    }
    if start != n {
        return None;
    }

    // 2. Each line in visual order.
    let right_to_left = paragraph.is_right_to_left();
    let mut visual = LayoutJob {
        halign: if right_to_left && align_right {
            Align::RIGHT
        } else {
            Align::LEFT
        },
        break_on_newline: true,
        ..Default::default()
    };
    visual.wrap.max_width = f32::INFINITY;
    let mut to_galley = vec![0; n];
    let mut to_stored = Vec::with_capacity(n + rows.len());
    let mut rtl = vec![false; n];
    for (k, row) in rows.iter().enumerate() {
        if k > 0 {
            push_section(&mut visual, "\n", format(row.start));
            to_stored.push(None);
        }
        let order = paragraph.visual_order(row.clone());
        let mut v = 0;
        while v < order.len() {
            let (first, first_rtl) = order[v];
            // One section per right-to-left grapheme (shaped alone, in its joined form);
            // left-to-right characters of one format in stored order share one.
            let mut w = v + 1;
            while w < order.len() {
                let (next, next_rtl) = order[w];
                let (prev, _) = order[w - 1];
                let same_run = next == prev + 1 && format_of[next] == format_of[first];
                let continues = if first_rtl {
                    next_rtl && same_run && !starts_grapheme(next)
                } else {
                    !next_rtl && same_run
                };
                if !continues {
                    break;
                }
                w += 1;
            }
            let mut piece = String::new();
            for &(stored, is_rtl) in &order[v..w] {
                to_galley[stored] = to_stored.len();
                to_stored.push(Some(stored));
                rtl[stored] = is_rtl;
                piece.push(shown[stored]);
            }
            push_section(&mut visual, &piece, format(first));
            v = w;
        }
    }
    let galley = ui.fonts_mut(|f| f.layout_job(visual));
    let starts = paragraph.char_starts().clone();
    Some((
        galley,
        BidiMap {
            starts,
            to_galley,
            to_stored,
            rtl,
            marks,
            right_to_left: right_to_left && align_right,
        },
    ))
}

/// Appends a section that stays a section of its own: `LayoutJob::append` merges a piece
/// into the previous one of the same format, and egui's shaper, given two right-to-left
/// graphemes together, reverses them and loses count of its glyphs.
fn push_section(job: &mut LayoutJob, piece: &str, format: TextFormat) {
    let start = job.text.len();
    job.text.push_str(piece);
    job.sections.push(egui::text::LayoutSection {
        leading_space: 0.0,
        byte_range: egui::text::ByteIndex(start)..egui::text::ByteIndex(job.text.len()),
        format,
    });
}
