//! Keyboard work in the article, so the whole job can be done without a mouse: arrows by
//! grapheme (Left reads on in a right-to-left paragraph), Ctrl+arrows by word, Up/Down by visual line keeping the column, Home/End,
//! Page Up/Down; Shift extends the selection. Escape clears it, then lets go of the
//! keyboard; Enter edits the selected highlight's note.

use egui::{Key, Ui, vec2};

use super::{ArticleView, Selection};
use crate::gui::command::{Command, UiCommand};
use crate::text::ByteOffset;

impl ArticleView {
    /// `focused`: the article has the keyboard (else nothing has, and Tab is egui's).
    pub(super) fn handle_keys(&mut self, ui: &Ui, text: &str, focused: bool) -> Vec<Command> {
        let mut commands = Vec::new();
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
            if modifiers.alt {
                continue;
            }
            let caret = self.selection.map(|s| s.head).unwrap_or_else(|| {
                self.visible
                    .first()
                    .map_or(ByteOffset(0), |b| b.range.start)
            });
            // In a right-to-left paragraph the Left arrow reads on (forward in the stored
            // text) and the Right arrow goes back, as in every Arabic or Hebrew editor.
            let right_to_left = self
                .visible
                .iter()
                .find(|b| b.range.start <= caret && caret <= b.range.end)
                .is_some_and(super::VisibleBlock::is_right_to_left);
            let key = match key {
                Key::ArrowLeft if right_to_left => Key::ArrowRight,
                Key::ArrowRight if right_to_left => Key::ArrowLeft,
                other => other,
            };
            let by_word = modifiers.command || modifiers.ctrl;
            let page = self.viewport_rect.map_or(400.0, |r| r.height()).max(100.0);
            let moved = match key {
                Key::ArrowRight if by_word => crate::text::next_word_end(text, caret),
                Key::ArrowLeft if by_word => crate::text::prev_word_start(text, caret),
                Key::ArrowRight => crate::text::next_grapheme(text, caret),
                Key::ArrowLeft => crate::text::prev_grapheme(text, caret),
                Key::Home if by_word => ByteOffset(0),
                Key::End if by_word => ByteOffset(text.len()),
                Key::Home => self
                    .block_index(caret)
                    .map_or(caret, |i| self.blocks[i].range.start),
                Key::End => self
                    .block_index(caret)
                    .map_or(caret, |i| self.blocks[i].range.end),
                Key::ArrowDown => self.vertical_move(caret, 1.0, None),
                Key::ArrowUp => self.vertical_move(caret, -1.0, None),
                Key::PageDown => self.vertical_move(caret, 1.0, Some(page)),
                Key::PageUp => self.vertical_move(caret, -1.0, Some(page)),
                Key::Escape => {
                    match self.selection {
                        Some(sel) if sel.anchor != sel.head => {
                            self.selection = Some(Selection {
                                anchor: sel.head,
                                head: sel.head,
                            });
                        }
                        _ => {
                            if let Some(id) = self.focus_id {
                                ui.memory_mut(|m| m.surrender_focus(id));
                            }
                        }
                    }
                    continue;
                }
                Key::Tab if focused => {
                    if let Some(id) = self.focus_id {
                        ui.memory_mut(|m| m.surrender_focus(id));
                    }
                    commands.push(if modifiers.shift {
                        Command::FocusNext(crate::gui::command::FocusTarget::Banner)
                    } else {
                        Command::FocusNext(crate::gui::command::FocusTarget::Tags)
                    });
                    continue;
                }
                Key::Enter if self.selected_annotation.is_some() => {
                    commands.push(UiCommand::EditNote.into());
                    continue;
                }
                _ => continue,
            };
            if !matches!(
                key,
                Key::ArrowDown | Key::ArrowUp | Key::PageDown | Key::PageUp
            ) {
                self.goal_x = None;
            }
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
            self.scroll_to_if_hidden = Some(moved);
        }
        commands
    }

    /// One row (or `page` points) up or down from `caret`, keeping the column the caret
    /// had when vertical moves began.
    fn vertical_move(
        &mut self,
        caret: ByteOffset,
        direction: f32,
        page: Option<f32>,
    ) -> ByteOffset {
        let Some(pos) = self.screen_pos_of(caret) else {
            return caret;
        };
        let row = self
            .visible
            .first()
            .and_then(|b| b.galley.rows.first())
            .map_or(20.0, |r| r.height());
        let x = *self.goal_x.get_or_insert(pos.x);
        let distance = page.map_or(row, |p| (p - row).max(row));
        // The gap between paragraphs is not a row: step over it.
        let mut moved = caret;
        for extra in [0.0, 0.7, 1.4] {
            let target = egui::pos2(x, pos.y) + vec2(0.0, direction * (distance + extra * row));
            moved = self.offset_at(target).unwrap_or(caret);
            if moved != caret {
                break;
            }
        }
        if page.is_some() {
            // Beyond what is laid out: the next frame scrolls there and lays it out.
            self.scroll_to = Some(moved);
        }
        moved
    }
}
