//! The article: readable paragraphs with highlights, mouse and keyboard selection.
//!
//! The article is one focusable widget: Tab or F6 gives it the keyboard, a caret shows
//! where keys act, arrows move it (see `keys.rs`), and screen readers hear the caret's
//! sentence and the selection.
//!
//! Only what is visible is laid out. The text is cut into paragraphs (and long runs into
//! chunks); a height index estimates the paragraphs never seen and corrects itself when
//! one is laid out, and `ScrollArea::show_viewport` asks only for the visible band. Hit
//! testing looks only at visible paragraphs.

pub(crate) mod bidi_layout;
mod blocks;
mod keys;
mod layout;
mod pointer;

use std::sync::Arc;

use egui::{FontId, Galley, Pos2, Rect, Sense, Ui, vec2};

use super::command::Command;
use crate::model::{AnnotationId, Article, Project};
use crate::text::{ByteOffset, ByteRange};
use blocks::{Block, cut_into_blocks};
use layout::{
    Marks, TextStyle, layout_job, paint_bands, paint_caret, paint_selected_outline,
    paint_tag_badges, take_bands,
};

/// Space above the first paragraph, so tag badges on its first row are not clipped.
const TOP_PAD: f32 = 10.0;
/// How long the frame of an annotation jumped to from the list flashes.
const FLASH_SECONDS: f64 = 0.8;
/// Comfortable reading width (about 75 characters).
pub const READING_WIDTH: f32 = 720.0;
/// The article's text size at 100 % (the UI's body text is smaller).
const ARTICLE_FONT_SIZE: f32 = 18.0;

/// A block that was laid out this frame, where it was drawn.
#[derive(Clone)]
pub struct VisibleBlock {
    pub range: ByteRange,
    /// The galley's origin on screen (its right edge for a right-to-left paragraph).
    pub origin: Pos2,
    pub galley: Arc<Galley>,
    /// For a block with right-to-left text: the galley is in visual order, and this maps
    /// it to the stored order.
    pub bidi: Option<Arc<bidi_layout::BidiMap>>,
}

impl VisibleBlock {
    /// The galley cursor where stored offset `offset` (in this block) is drawn.
    pub fn cursor_at(&self, offset: ByteOffset) -> egui::text::CCursor {
        let local = offset
            .0
            .saturating_sub(self.range.start.0)
            .min(self.range.len());
        let index = match &self.bidi {
            Some(map) => map.galley_index_of_boundary(map.boundary_of_byte(local)),
            None => self
                .galley
                .text()
                .get(..local)
                .map_or(0, |s| s.chars().count()),
        };
        egui::text::CCursor::new(index)
    }

    /// The stored offset of a galley cursor (from a hit test).
    pub fn offset_of(&self, cursor: egui::text::CCursor) -> ByteOffset {
        let local = match &self.bidi {
            Some(map) => map.byte_of_boundary(map.boundary_of_galley_index(cursor.index.0)),
            None => {
                let text = self.galley.text();
                text.char_indices()
                    .nth(cursor.index.0)
                    .map_or(text.len(), |(b, _)| b)
            }
        };
        ByteOffset(self.range.start.0 + local)
    }

    /// Whether the block is a right-to-left paragraph (Arabic, Hebrew).
    pub fn is_right_to_left(&self) -> bool {
        self.bidi.as_ref().is_some_and(|m| m.right_to_left)
    }

    /// Whether the character starting at `offset` is drawn right to left.
    pub fn char_is_right_to_left(&self, offset: ByteOffset) -> bool {
        self.bidi.as_ref().is_some_and(|m| {
            let local = offset.0.saturating_sub(self.range.start.0);
            m.is_rtl_char(m.boundary_of_byte(local))
        })
    }

    /// Where on screen the galley is drawn and hit.
    pub fn screen_rect(&self) -> Rect {
        self.galley.rect.translate(self.origin.to_vec2())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selection {
    pub anchor: ByteOffset,
    pub head: ByteOffset,
}

impl Selection {
    pub fn range(self) -> ByteRange {
        if self.anchor <= self.head {
            ByteRange {
                start: self.anchor,
                end: self.head,
            }
        } else {
            ByteRange {
                start: self.head,
                end: self.anchor,
            }
        }
    }
}

#[derive(Default)]
pub struct ArticleView {
    /// The article the blocks were cut from (by id and hash).
    cut_for: Option<(String, String)>,
    blocks: Vec<Block>,
    heights: Vec<f32>,
    /// `tops[i]` is the y of block i; one longer than `blocks`.
    tops: Vec<f32>,
    layout_key: Option<(u32, u32)>,
    pub selection: Option<Selection>,
    pub selected_annotation: Option<AnnotationId>,
    /// When the selected annotation was jumped to (egui time), so its frame can flash.
    pub flash_since: Option<f64>,
    /// Blocks drawn in the last frame, for hit testing (and tests).
    pub visible: Vec<VisibleBlock>,
    /// Scroll so this offset is visible on the next frame.
    pub scroll_to: Option<ByteOffset>,
    /// Hovered annotations, for the tooltip.
    hovered: Vec<AnnotationId>,
    /// Find matches to mark, and the current one.
    pub find_matches: Vec<ByteRange>,
    pub current_match: Option<ByteRange>,
    /// Scroll to this offset on the next frame only if it is not on screen.
    pub scroll_to_if_hidden: Option<ByteOffset>,
    /// Give the article the keyboard on the next frame.
    pub focus_requested: bool,
    /// The article widget's id, once drawn (to tell whether it has the keyboard).
    focus_id: Option<egui::Id>,
    /// The visible part of the article on screen, last frame.
    viewport_rect: Option<Rect>,
    /// The x the caret keeps while moving up and down (so a column is kept).
    goal_x: Option<f32>,
}

impl ArticleView {
    pub fn new() -> Self {
        Self::default()
    }

    /// The article widget's id (it has the keyboard when this is focused).
    pub fn focus_id(&self) -> Option<egui::Id> {
        self.focus_id
    }

    /// Forgets selection and layout when another article is shown.
    pub fn reset(&mut self) {
        self.selection = None;
        self.selected_annotation = None;
        self.visible.clear();
        self.cut_for = None;
        self.goal_x = None;
    }

    /// The article's text size; the whole window's zoom scales it with everything else.
    fn font(&self) -> FontId {
        FontId::proportional(ARTICLE_FONT_SIZE)
    }

    fn ensure_blocks(&mut self, article: &Article) {
        let key = (article.id().0.clone(), article.sha256().to_owned());
        if self.cut_for.as_ref() == Some(&key) {
            return;
        }
        self.blocks = cut_into_blocks(article.text());
        self.heights = vec![0.0; self.blocks.len()];
        self.layout_key = None;
        self.cut_for = Some(key);
    }

    /// Estimates heights of every block for this width and font (measured ones replace
    /// estimates as they are laid out).
    fn estimate_heights(&mut self, text: &str, width: f32, row_height: f32, char_width: f32) {
        let key = (width.round() as u32, (row_height * 100.0) as u32);
        if self.layout_key == Some(key) {
            return;
        }
        let per_row = (width / char_width).max(10.0);
        for (block, height) in self.blocks.iter().zip(self.heights.iter_mut()) {
            let chars = text
                .get(block.range.as_std())
                .map_or(0, |s| s.chars().count()) as f32;
            let rows = (chars / per_row).ceil().max(1.0);
            *height = rows * row_height
                + if block.ends_paragraph {
                    row_height * 0.6
                } else {
                    0.0
                };
        }
        self.layout_key = Some(key);
        self.recompute_tops();
    }

    fn recompute_tops(&mut self) {
        self.tops.clear();
        self.tops.reserve(self.heights.len() + 1);
        let mut y = 0.0;
        self.tops.push(y);
        for h in &self.heights {
            y += h;
            self.tops.push(y);
        }
    }

    /// Shows the article; returns commands (e.g. select an annotation that was clicked).
    /// `keys`: the article may take key presses (no text field or question has them).
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        project: &Project,
        article: &Article,
        keys: bool,
    ) -> Vec<Command> {
        let mut commands = Vec::new();
        self.ensure_blocks(article);
        let text = article.text();
        let font = self.font();
        let dark = ui.visuals().dark_mode;
        let text_color = ui.visuals().text_color();
        let row_height = ui.fonts_mut(|f| f.row_height(&font)) * 1.15;
        let char_width = ui.fonts_mut(|f| f.glyph_width(&font, 'n'));
        let annotations = project.annotations_in(article.id());

        // Leave room for the scroll bar and a little air on both sides.
        let available = ui.available_width() - 16.0;
        let width = available.clamp(200.0, READING_WIDTH);
        let margin = ((available - width) / 2.0).max(4.0);
        self.estimate_heights(text, width, row_height, char_width);

        // Keys first, so the caret is drawn where they put it in this same frame.
        let had_focus = self
            .focus_id
            .is_some_and(|id| ui.memory(|m| m.has_focus(id)));
        let nothing_focused = ui.memory(|m| m.focused()).is_none();
        if keys && (had_focus || nothing_focused) {
            commands.extend(self.handle_keys(ui, text, had_focus));
        }
        if let Some(offset) = self.scroll_to_if_hidden.take()
            && !self
                .screen_pos_of(offset)
                .is_some_and(|p| self.viewport_rect.is_some_and(|r| r.contains(p)))
        {
            self.scroll_to = Some(offset);
        }
        let scroll_target = self.scroll_to.take().and_then(|offset| {
            let i = self.block_index(offset)?;
            Some(self.tops[i])
        });
        let mut area = egui::ScrollArea::vertical()
            .id_salt(("article", article.id().0.as_str()))
            .auto_shrink([false, false]);
        if let Some(y) = scroll_target {
            area = area.vertical_scroll_offset((y - 120.0).max(0.0));
        }
        let style = TextStyle {
            font: font.clone(),
            text_color,
            dark,
            width,
            row_height,
        };
        let find_matches = std::mem::take(&mut self.find_matches);
        let marks = Marks {
            project,
            annotations: &annotations,
            longest: annotations.iter().map(|a| a.range.len()).max().unwrap_or(0),
            selection: self.selection.map(Selection::range),
            matches: &find_matches,
            current_match: self.current_match,
        };
        let selected = self.selected_annotation;
        let caret = self.selection.map(|s| s.head);
        let now = ui.input(|i| i.time);
        let flash = self
            .flash_since
            .map_or(0.0, |since| (1.0 - (now - since) / FLASH_SECONDS).max(0.0))
            as f32;
        if flash > 0.0 {
            ui.ctx().request_repaint();
        } else {
            self.flash_since = None;
        }
        area.show_viewport(ui, |ui, viewport| {
            let total = self.tops.last().copied().unwrap_or(0.0) + row_height + TOP_PAD;
            let content = Rect::from_min_size(ui.min_rect().min, vec2(ui.available_width(), total));
            let response = ui.allocate_rect(content, Sense::click_and_drag());
            self.focus_id = Some(response.id);
            self.viewport_rect = Some(viewport.translate(ui.min_rect().min.to_vec2()));
            let described = self.describe(text, article.title(), project, &annotations);
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::accesskit::Role::Document, true, &described)
            });
            if std::mem::take(&mut self.focus_requested) {
                response.request_focus();
            }
            let focused = response.has_focus();
            if focused {
                // Arrows move the caret, not the keyboard focus to another widget.
                ui.memory_mut(|m| {
                    m.set_focus_lock_filter(
                        response.id,
                        egui::EventFilter {
                            horizontal_arrows: true,
                            vertical_arrows: true,
                            // Tab goes on to the tags (see keys.rs), not to whatever
                            // widget happens to come next.
                            tab: true,
                            escape: true,
                        },
                    );
                });
            }

            let origin = content.min;
            let first = self
                .tops
                .partition_point(|&y| y <= viewport.min.y)
                .saturating_sub(1);
            let mut changed = false;
            self.visible.clear();
            let mut i = first;
            while i < self.blocks.len() && self.tops[i] < viewport.max.y {
                let block = self.blocks[i];
                let mut job = layout_job(text, block.range, &marks, &style);
                let (galley, bidi, bands) = match bidi_layout::layout(ui, &job) {
                    Some((galley, map)) => (galley, Some(Arc::new(map)), Vec::new()),
                    None => {
                        let bands = take_bands(&mut job);
                        (ui.fonts_mut(|f| f.layout_job(job)), None, bands)
                    }
                };
                let gap = if block.ends_paragraph {
                    row_height * 0.6
                } else {
                    0.0
                };
                let measured = galley.size().y + gap;
                if (measured - self.heights[i]).abs() > 0.5 {
                    self.heights[i] = measured;
                    changed = true;
                }
                let mut pos = origin + vec2(margin, self.tops[i] + TOP_PAD);
                if bidi.as_ref().is_some_and(|m| m.right_to_left) {
                    // Right-aligned rows end at the galley's x = 0.
                    pos.x += width;
                }
                let drawn = VisibleBlock {
                    range: block.range,
                    origin: pos,
                    galley,
                    bidi,
                };
                paint_selected_outline(ui, &drawn, selected, &annotations, flash);
                match &drawn.bidi {
                    Some(map) => paint_bands(ui.painter(), &drawn.galley, pos, |g| {
                        map.mark_of_galley_index(g)
                    }),
                    None => paint_bands(ui.painter(), &drawn.galley, pos, |g| {
                        bands
                            .get(g)
                            .copied()
                            .unwrap_or((egui::Color32::TRANSPARENT, egui::Stroke::NONE))
                    }),
                }
                ui.painter().galley(pos, drawn.galley.clone(), text_color);
                paint_tag_badges(ui, &drawn, &marks);
                if let Some(caret) =
                    caret.filter(|c| block.range.start <= *c && *c <= block.range.end)
                {
                    paint_caret(ui, &drawn, caret, focused);
                }
                // Screen readers (AccessKit) get each visible paragraph as text, in
                // stored order (the galley of a right-to-left paragraph is visual).
                let block_id = egui::Id::unique((
                    "article-block",
                    article.id().0.as_str(),
                    block.range.start.0,
                ));
                let node = ui.interact(drawn.screen_rect(), block_id, Sense::hover());
                let spoken = text.get(block.range.as_std()).unwrap_or_default();
                node.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::accesskit::Role::Paragraph, true, spoken)
                });
                self.visible.push(drawn);
                i += 1;
            }
            if changed {
                self.recompute_tops();
                ui.ctx().request_repaint();
            }
            let before = self.selection;
            self.handle_pointer(ui, &response, text, &annotations, &mut commands);
            if self.selection != before {
                // Draw the new caret or selection now, not at the next input.
                ui.ctx().request_repaint();
            }
        });
        self.find_matches = find_matches;
        commands
    }

    /// What a screen reader says of the article: its title, the selection or the word
    /// at the caret, and the tag of the highlight the caret is in.
    fn describe(
        &self,
        text: &str,
        title: &str,
        project: &Project,
        annotations: &[&crate::model::Annotation],
    ) -> String {
        let Some(sel) = self.selection else {
            return crate::t!("ws-article-spoken", title = title);
        };
        let tag = annotations
            .iter()
            .filter(|a| a.range.start <= sel.head && sel.head < a.range.end)
            .min_by_key(|a| a.range.len())
            .and_then(|a| project.tags().get(&a.tag))
            .map_or(String::new(), |t| {
                crate::t!("ws-article-spoken-in-highlight", tag = t.name.as_str())
            });
        let range = sel.range();
        if !range.is_empty() {
            let quote = text.get(range.as_std()).unwrap_or_default();
            return crate::t!(
                "ws-article-spoken-selected",
                title = title,
                quote = crate::text::shorten(quote, 200),
                tag = tag
            );
        }
        let around = crate::text::word_at(text, sel.head);
        let word = text.get(around.as_std()).unwrap_or_default().trim();
        crate::t!(
            "ws-article-spoken-caret",
            title = title,
            word = word,
            tag = tag
        )
    }

    fn block_index(&self, offset: ByteOffset) -> Option<usize> {
        if self.blocks.is_empty() {
            return None;
        }
        let i = self.blocks.partition_point(|b| b.range.end < offset);
        Some(i.min(self.blocks.len() - 1))
    }

    /// Annotations under the pointer (for the hover tooltip).
    pub fn hovered(&self) -> &[AnnotationId] {
        &self.hovered
    }
}
