//! The mouse in the article: which character is under the pointer, where a character
//! is drawn, and what a press, drag, click, double- or triple-click selects.

use egui::{Pos2, Ui};

use super::{ArticleView, Selection};
use crate::gui::command::Command;
use crate::model::Annotation;
use crate::text::ByteOffset;

impl ArticleView {
    /// The text offset under a screen position, among the visible blocks.
    pub fn offset_at(&self, pos: Pos2) -> Option<ByteOffset> {
        let block = self
            .visible
            .iter()
            .find(|b| pos.y < b.origin.y + b.galley.size().y)
            .or_else(|| self.visible.last())?;
        let cursor = block.galley.cursor_from_pos(pos - block.origin);
        Some(block.offset_of(cursor))
    }

    /// Where the character at `offset` is drawn, if visible (for tests and scrolling).
    pub fn screen_pos_of(&self, offset: ByteOffset) -> Option<Pos2> {
        let block = self
            .visible
            .iter()
            .find(|b| b.range.start <= offset && offset <= b.range.end)?;
        let rect = block.galley.pos_from_cursor(block.cursor_at(offset));
        Some(block.origin + rect.center().to_vec2())
    }

    pub(super) fn handle_pointer(
        &mut self,
        ui: &Ui,
        response: &egui::Response,
        text: &str,
        annotations: &[&Annotation],
        commands: &mut Vec<Command>,
    ) {
        let pointer = response.interact_pointer_pos().or(response.hover_pos());
        let Some(pos) = pointer else {
            self.hovered.clear();
            return;
        };
        let Some(offset) = self.offset_at(pos) else {
            return;
        };
        if response.drag_started() || response.clicked() {
            response.request_focus();
            self.goal_x = None;
        }
        if response.drag_started() {
            // The drag is recognised only after the pointer has moved a little: anchor
            // the selection where the button went down, not where it is now.
            let origin = ui.input(|i| i.pointer.press_origin()).unwrap_or(pos);
            let anchor = self.offset_at(origin).unwrap_or(offset);
            self.selection = Some(Selection {
                anchor,
                head: offset,
            });
        } else if (response.dragged() || response.drag_stopped())
            && let Some(sel) = &mut self.selection
        {
            // Also on release: a quick drag's last move can arrive with the release.
            sel.head = offset;
        }
        if response.triple_clicked() {
            if let Some(i) = self.block_index(offset) {
                let r = self.blocks[i].range;
                self.selection = Some(Selection {
                    anchor: r.start,
                    head: r.end,
                });
            }
        } else if response.double_clicked() {
            let word = crate::text::word_at(text, offset);
            self.selection = Some(Selection {
                anchor: word.start,
                head: word.end,
            });
        } else if response.clicked() {
            // A click (no drag) on a highlight selects that annotation; elsewhere it
            // places the caret for keyboard selection.
            let under: Vec<&&Annotation> = annotations
                .iter()
                .filter(|a| a.range.start <= offset && offset < a.range.end)
                .collect();
            match under.iter().min_by_key(|a| a.range.len()) {
                Some(a) => commands.push(Command::SelectAnnotation(a.id)),
                None => {
                    self.selected_annotation = None;
                }
            }
            self.selection = Some(Selection {
                anchor: offset,
                head: offset,
            });
        }
        self.hovered = annotations
            .iter()
            .filter(|a| a.range.start <= offset && offset < a.range.end)
            .map(|a| a.id)
            .collect();
        if !self.hovered.is_empty() && !response.dragged() {
            ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
        } else {
            ui.ctx().set_cursor_icon(egui::CursorIcon::Text);
        }
    }
}
