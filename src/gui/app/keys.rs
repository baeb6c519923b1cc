//! The keyboard: shortcuts of the fixed commands, and tag keys (which are data).

use super::MarginaliaApp;
use crate::gui::command::Command;

impl MarginaliaApp {
    pub(super) fn keyboard(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        // egui matches Ctrl+Z when Ctrl+Shift+Z is pressed, so try the shortcuts with
        // more modifiers first.
        let mut shortcuts: Vec<(egui::KeyboardShortcut, Command)> = Command::FIXED
            .into_iter()
            .flat_map(|c| {
                let all = c.shortcut().into_iter().chain(c.alternative_shortcuts());
                all.map(move |s| (s, c.clone())).collect::<Vec<_>>()
            })
            .collect();
        let weight = |m: egui::Modifiers| u8::from(m.shift) + u8::from(m.alt) + u8::from(m.command);
        shortcuts.sort_by_key(|(s, _)| std::cmp::Reverse(weight(s.modifiers)));
        for (shortcut, command) in shortcuts {
            // Typing in a note must not delete the annotation.
            if shortcut.modifiers.is_none() && ctx.egui_wants_keyboard_input() {
                continue;
            }
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                commands.push(command);
            }
        }
        if !ctx.egui_wants_keyboard_input() {
            // Tag keys are data (a tag set may use any key), so match the key's symbol.
            let pressed: Vec<egui::Key> = ctx.input(|i| {
                i.events
                    .iter()
                    .filter_map(|e| match e {
                        egui::Event::Key {
                            key,
                            pressed: true,
                            modifiers,
                            ..
                        } if !modifiers.command && !modifiers.ctrl && !modifiers.alt => Some(*key),
                        _ => None,
                    })
                    .collect()
            });
            for key in pressed {
                let mut symbol = key.symbol_or_name().chars();
                let (Some(c), None) = (symbol.next(), symbol.next()) else {
                    continue;
                };
                let tag = self
                    .project()
                    .tags()
                    .iter()
                    .find(|t| t.key.is_some_and(|k| k.to_lowercase().eq(c.to_lowercase())));
                if let Some(tag) = tag {
                    commands.push(Command::Tag(tag.id.clone()));
                }
            }
        }
        commands
    }
}
