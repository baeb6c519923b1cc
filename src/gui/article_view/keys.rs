//! Keyboard selection in the article, so the whole job can be done without a mouse.

use egui::{Ui, vec2};

use super::{ArticleView, Selection};
use crate::text::ByteOffset;

impl ArticleView {
    /// Keyboard selection: Shift+arrows by character, Shift+Ctrl+arrows by word,
    /// Shift+Home/End to the paragraph's ends. Plain arrows move the caret.
    pub fn handle_keys(&mut self, ui: &Ui, text: &str) {
        use egui::Key;
        let events = ui.input(|i| i.events.clone());
        for event in events {
            let egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } = event
            else {
                continue;
            };
            let caret = self.selection.map(|s| s.head).unwrap_or_else(|| {
                self.visible
                    .first()
                    .map_or(ByteOffset(0), |b| b.range.start)
            });
            let by_word = modifiers.command || modifiers.ctrl;
            let moved = match key {
                Key::ArrowRight if by_word => crate::text::next_word_end(text, caret),
                Key::ArrowLeft if by_word => crate::text::prev_word_start(text, caret),
                Key::ArrowRight => crate::text::next_grapheme(text, caret),
                Key::ArrowLeft => crate::text::prev_grapheme(text, caret),
                Key::Home => self
                    .block_index(caret)
                    .map_or(caret, |i| self.blocks[i].range.start),
                Key::End => self
                    .block_index(caret)
                    .map_or(caret, |i| self.blocks[i].range.end),
                Key::ArrowDown => self.vertical_move(caret, 1.0),
                Key::ArrowUp => self.vertical_move(caret, -1.0),
                Key::Escape => {
                    self.selection = None;
                    continue;
                }
                _ => continue,
            };
            self.selection = Some(match (modifiers.shift, self.selection) {
                (true, Some(sel)) => Selection {
                    anchor: sel.anchor,
                    head: moved,
                },
                _ => Selection {
                    anchor: if modifiers.shift { caret } else { moved },
                    head: moved,
                },
            });
            self.scroll_to = None;
        }
    }

    /// One row up or down from `caret`, using the laid-out rows when visible.
    fn vertical_move(&self, caret: ByteOffset, direction: f32) -> ByteOffset {
        let Some(pos) = self.screen_pos_of(caret) else {
            return caret;
        };
        let row = self
            .visible
            .first()
            .and_then(|b| b.galley.rows.first())
            .map_or(20.0, |r| r.height());
        self.offset_at(pos + vec2(0.0, direction * row))
            .unwrap_or(caret)
    }
}
