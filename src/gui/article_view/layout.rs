//! How a block looks: tag bands and underlines, the selection, find matches, and the
//! outline of the selected annotation.

use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Color32, FontId, Galley, Painter, Pos2, Rect, Stroke, Ui, pos2};

use super::VisibleBlock;
use crate::gui::palette;
use crate::model::{Annotation, AnnotationId, Project};
use crate::text::{ByteOffset, ByteRange};

/// What is marked on the text besides the text itself.
pub(super) struct Marks<'a> {
    pub project: &'a Project,
    /// The article's annotations, in reading order (sorted by start).
    pub annotations: &'a [&'a Annotation],
    /// The longest annotation's length in bytes, to find candidates by binary search.
    pub longest: usize,
    pub selection: Option<ByteRange>,
    pub matches: &'a [ByteRange],
    pub current_match: Option<ByteRange>,
}

/// Font, colours and width shared by every block of a frame.
pub(super) struct TextStyle {
    pub font: FontId,
    pub text_color: Color32,
    pub dark: bool,
    pub width: f32,
    pub row_height: f32,
}

/// The galley recipe of one block.
pub(super) fn layout_job(
    text: &str,
    range: ByteRange,
    marks: &Marks<'_>,
    style: &TextStyle,
) -> LayoutJob {
    let mut cuts = vec![range.start.0, range.end.0];
    // Only annotations starting within `longest` before the block can reach into it.
    let from = marks
        .annotations
        .partition_point(|a| a.range.start.0 + marks.longest < range.start.0);
    let to = marks
        .annotations
        .partition_point(|a| a.range.start.0 < range.end.0);
    let inside: Vec<&Annotation> = marks
        .annotations
        .get(from..to.max(from))
        .unwrap_or_default()
        .iter()
        .copied()
        .filter(|a| a.range.intersection(range).is_some())
        .collect();
    let matches: Vec<ByteRange> = marks
        .matches
        .iter()
        .filter_map(|m| m.intersection(range))
        .collect();
    let clamp = |b: usize| b.clamp(range.start.0, range.end.0);
    for r in inside
        .iter()
        .map(|a| a.range)
        .chain(marks.selection)
        .chain(matches.iter().copied())
    {
        cuts.push(clamp(r.start.0));
        cuts.push(clamp(r.end.0));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut job = LayoutJob::default();
    job.wrap.max_width = style.width;
    job.halign = Align::LEFT;
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let Some(piece) = text.get(a..b) else {
            continue;
        };
        let covers = |r: ByteRange| r.start.0 <= a && b <= r.end.0;
        let mut format = TextFormat {
            font_id: style.font.clone(),
            color: style.text_color,
            line_height: Some(style.row_height),
            ..Default::default()
        };
        // The shortest covering annotation colours the band; the underline thickens where
        // annotations overlap, so overlaps stay visible and colour is never the only cue.
        let mut covering: Vec<&Annotation> =
            inside.iter().copied().filter(|x| covers(x.range)).collect();
        covering.sort_by_key(|x| x.range.len());
        if let Some(tag) = covering
            .first()
            .and_then(|top| marks.project.tags().get(&top.tag))
        {
            format.background = palette::highlight(tag.color, style.dark);
            let thickness = if covering.len() > 1 { 3.0 } else { 1.5 };
            format.underline = Stroke::new(thickness, palette::tag_color(tag.color));
        }
        if matches.iter().any(|m| covers(*m)) {
            let current = marks.current_match.is_some_and(covers);
            format.background = palette::find_match(style.dark, current);
        }
        if marks.selection.is_some_and(|s| !s.is_empty() && covers(s)) {
            format.background = palette::selection(style.dark);
            format.color = palette::on_selection(style.dark);
        }
        job.append(piece, 0.0, format);
    }
    job
}

/// A frame around the selected annotation's text, so the student sees what Delete or a
/// tag key will act on; `flash` (1 → 0) makes it thicker just after a jump from the list.
pub(super) fn paint_selected_outline(
    ui: &Ui,
    block: &VisibleBlock,
    selected: Option<AnnotationId>,
    annotations: &[&Annotation],
    flash: f32,
) {
    let Some(a) = selected.and_then(|id| annotations.iter().find(|a| a.id == id)) else {
        return;
    };
    let Some(part) = a.range.intersection(block.range) else {
        return;
    };
    let galley = &block.galley;
    let rect = if let Some(map) = &block.bidi {
        // Right-to-left text: the part's characters may lie apart on a line, so frame
        // everything they cover.
        let local = |o: ByteOffset| o.0 - block.range.start.0;
        let chars = map.boundary_of_byte(local(part.start))..map.boundary_of_byte(local(part.end));
        chars
            .map(|i| {
                let g = map.galley_index_of_char(i);
                galley
                    .pos_from_cursor(egui::text::CCursor::new(g))
                    .union(galley.pos_from_cursor(egui::text::CCursor::new(g + 1)))
            })
            .fold(Rect::NOTHING, Rect::union)
    } else {
        let start = galley.pos_from_cursor(block.cursor_at(part.start));
        let end = galley.pos_from_cursor(block.cursor_at(part.end));
        if (start.min.y - end.min.y).abs() < 1.0 {
            Rect::from_min_max(start.min, pos2(end.max.x, end.max.y))
        } else {
            // Spans several rows: frame the rows it covers.
            Rect::from_min_max(
                pos2(galley.rect.min.x, start.min.y),
                pos2(galley.rect.max.x, end.max.y),
            )
        }
    };
    if rect.width() < 0.0 {
        return;
    }
    ui.painter().rect_stroke(
        rect.translate(block.origin.to_vec2())
            .expand(2.0 + 3.0 * flash),
        3.0,
        Stroke::new(
            2.0 + 3.0 * flash,
            palette::selected_outline(ui.visuals().dark_mode),
        ),
        egui::StrokeKind::Outside,
    );
}

/// A small badge with the tag's first letter where each annotation starts, so the tag
/// can be told without its colour (colour-blind students, grey-scale printouts). In a
/// right-to-left line the badge sits left of the start, over the text that follows.
pub(super) fn paint_tag_badges(ui: &Ui, block: &VisibleBlock, marks: &Marks<'_>) {
    let from = marks
        .annotations
        .partition_point(|a| a.range.start < block.range.start);
    let starting = marks
        .annotations
        .get(from..)
        .unwrap_or_default()
        .iter()
        .take_while(|a| a.range.start < block.range.end);
    let font = egui::FontId::proportional(11.0);
    for a in starting {
        let Some(tag) = marks.project.tags().get(&a.tag) else {
            continue;
        };
        let Some(letter) = tag.name.chars().next() else {
            continue;
        };
        let at = block.galley.pos_from_cursor(block.cursor_at(a.range.start));
        let anchor = block.origin + at.min.to_vec2();
        let painter = ui.painter();
        let badge =
            painter.layout_no_wrap(letter.to_string(), font.clone(), palette::on_tag(tag.color));
        let size = badge.size() + egui::vec2(4.0, 0.0);
        let left = if block.char_is_right_to_left(a.range.start) {
            anchor.x - size.x + 1.0
        } else {
            anchor.x - 1.0
        };
        let rect = Rect::from_min_size(pos2(left, anchor.y - badge.size().y * 0.55), size);
        painter.rect_filled(rect, 2.0, palette::tag_color(tag.color));
        painter.galley(
            rect.min + egui::vec2(2.0, 0.0),
            badge,
            palette::on_tag(tag.color),
        );
    }
}

/// The caret: a bar before the character at `caret` (in its reading direction); thinner
/// when the article does not have the keyboard.
pub(super) fn paint_caret(ui: &Ui, block: &VisibleBlock, caret: ByteOffset, focused: bool) {
    let at = block.galley.pos_from_cursor(block.cursor_at(caret));
    let top = block.origin + at.min.to_vec2();
    let bottom = block.origin + pos2(at.min.x, at.max.y).to_vec2();
    let width = if focused { 2.0 } else { 1.0 };
    ui.painter().line_segment(
        [top, bottom],
        Stroke::new(width, palette::caret(ui.visuals().dark_mode)),
    );
}

/// Takes the bands (highlight, selection, find match) and underlines out of a recipe, one
/// per character of its text, for [`paint_bands`].
///
/// egui paints a section's background once per run of one font, with a seam at every
/// change of font (each space between Hangul words, which come from another font than
/// the space) and, in a right-to-left block, between every letter. One band per run of
/// equal marks on a line reads as one highlight.
pub(super) fn take_bands(job: &mut LayoutJob) -> Vec<(Color32, Stroke)> {
    let mut bands = Vec::with_capacity(job.text.len());
    for section in &mut job.sections {
        let mark = (section.format.background, section.format.underline);
        let piece = job
            .text
            .get(section.byte_range.start.0..section.byte_range.end.0)
            .unwrap_or_default();
        bands.extend(std::iter::repeat_n(mark, piece.chars().count()));
        section.format.background = Color32::TRANSPARENT;
        section.format.underline = Stroke::NONE;
    }
    bands
}

/// Paints the bands and underlines of a galley drawn at `origin`, before its text:
/// `mark_of(g)` is galley character `g`'s.
pub(super) fn paint_bands(
    painter: &Painter,
    galley: &Galley,
    origin: Pos2,
    mark_of: impl Fn(usize) -> (Color32, Stroke),
) {
    let none = (Color32::TRANSPARENT, Stroke::NONE);
    let mut g = 0;
    for row in &galley.rows {
        let (top, bottom) = (row.pos.y, row.pos.y + row.size.y);
        let paint = |mark: (Color32, Stroke), left: f32, right: f32| {
            let (band, underline) = mark;
            let rect = Rect::from_min_max(pos2(left, top), pos2(right, bottom))
                .translate(origin.to_vec2());
            if band != Color32::TRANSPARENT {
                painter.rect_filled(rect, 0.0, band);
            }
            if underline.width > 0.0 {
                let y = rect.bottom() - underline.width / 2.0;
                painter.line_segment([pos2(rect.left(), y), pos2(rect.right(), y)], underline);
            }
        };
        let mut run: Option<((Color32, Stroke), f32, f32)> = None;
        for glyph in &row.glyphs {
            let mark = mark_of(g);
            let (left, right) = (row.pos.x + glyph.pos.x, row.pos.x + glyph.max_x());
            match &mut run {
                Some((m, _, r)) if *m == mark => *r = right.max(*r),
                _ => {
                    if let Some((m, l, r)) = run.take()
                        && m != none
                    {
                        paint(m, l, r);
                    }
                    run = Some((mark, left, right));
                }
            }
            g += 1;
        }
        if let Some((m, l, r)) = run
            && m != none
        {
            paint(m, l, r);
        }
        g += usize::from(row.ends_with_newline);
    }
}
