//! The keyboard: shortcuts of the fixed commands (from [`UiCommand::ALL`]), tag keys
//! (which are data), and pasted text.

use super::MarginaliaApp;
use crate::gui::command::{Command, UiCommand};

impl MarginaliaApp {
    pub(super) fn keyboard(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        let typing = self.typing_elsewhere(ctx);
        let in_note = self.typing_in_note(ctx);
        let asking = self.is_asking();
        let grading = self.grading.is_some();
        self.forget_stale_paste(ctx);
        if !asking {
            // egui matches Ctrl+Z when Ctrl+Shift+Z is pressed, so try the shortcuts with
            // more modifiers first.
            let mut shortcuts: Vec<(egui::KeyboardShortcut, UiCommand)> = UiCommand::ALL
                .iter()
                .flat_map(|&c| c.shortcuts().into_iter().map(move |s| (s, c)))
                .collect();
            let weight =
                |m: egui::Modifiers| u8::from(m.shift) + u8::from(m.alt) + u8::from(m.command);
            shortcuts.sort_by_key(|(s, _)| std::cmp::Reverse(weight(s.modifiers)));
            for (shortcut, command) in shortcuts {
                // A question on screen answers its own keys; typing in a note must not
                // delete the annotation.
                if typing && !UiCommand::works_while_typing(&shortcut) {
                    continue;
                }
                // Undo in the Instructions box or a tag name is the field's own undo.
                if typing && !in_note && matches!(command, UiCommand::Undo | UiCommand::Redo) {
                    continue;
                }
                // The grading screen hides the project: nothing may change it unseen.
                if grading && !command.works_on_the_grading_screen() {
                    continue;
                }
                if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                    commands.push(command.into());
                }
            }
        }
        let pasted: Vec<String> = ctx.input(|i| {
            i.events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::Paste(text) => Some(text.clone()),
                    _ => None,
                })
                .collect()
        });
        for text in pasted {
            if (self.paste_wanted.is_some() || !typing) && !asking && !grading {
                commands.push(Command::Pasted(text));
            }
        }
        if !(typing || asking || grading) {
            commands.extend(self.tag_keys(ctx));
        }
        commands
    }

    /// File > New from clipboard asked for the clipboard; if no text came within a
    /// second, the clipboard had none: say so, and let a later Ctrl+V be a plain paste.
    fn forget_stale_paste(&mut self, ctx: &egui::Context) {
        let Some(asked) = self.paste_wanted else {
            return;
        };
        let now = ctx.input(|i| i.time);
        let pasting = ctx.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Paste(_))));
        if !pasting && now - asked > 1.0 {
            self.paste_wanted = None;
            self.say(crate::gui::messages::Message::info(crate::t!(
                "ws-clipboard-empty"
            )));
        } else if !pasting {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(1.1));
        }
    }

    /// Tag keys are data (a tag set may use any key): match the typed character, so
    /// keys like `ж` or `é` work as well as digits. Where no text arrives (some test
    /// drivers send only key events), the key's own symbol stands in.
    fn tag_keys(&self, ctx: &egui::Context) -> Vec<Command> {
        let typed: Vec<char> = ctx.input(|i| {
            let plain = |m: &egui::Modifiers| !m.command && !m.ctrl && !m.alt;
            let text: Vec<char> = i
                .events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::Text(t) if plain(&i.modifiers) => Some(t.chars()),
                    _ => None,
                })
                .flatten()
                .collect();
            if !text.is_empty() {
                return text;
            }
            i.events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::Key {
                        key,
                        pressed: true,
                        modifiers,
                        ..
                    } if plain(modifiers) => {
                        let mut symbol = key.symbol_or_name().chars();
                        match (symbol.next(), symbol.next()) {
                            (Some(c), None) => Some(c),
                            _ => None,
                        }
                    }
                    _ => None,
                })
                .collect()
        });
        typed
            .into_iter()
            .filter_map(|c| {
                self.project()
                    .tags()
                    .iter()
                    .find(|t| t.key.is_some_and(|k| k.to_lowercase().eq(c.to_lowercase())))
                    .map(|tag| Command::Tag(tag.id.clone()))
            })
            .collect()
    }
}
