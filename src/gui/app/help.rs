//! The Help window (how to work, and every shortcut, generated from the command list and
//! the tag set) and the About window (version, licence, fonts).

use egui::RichText;

use crate::gui::command::{Command, Menu, UiCommand};
use crate::model::Project;

/// How the work is done, in the order a student meets it.
const HOW_TO: &[(&str, &str)] = &[
    (
        "Select a passage",
        "Drag over it with the mouse (double-click: a word, triple-click: a paragraph). Or click to place the caret and use Shift+arrows; Shift+Ctrl+arrows select whole words.",
    ),
    (
        "Without a mouse",
        "F6 (or Tab) puts the keyboard in the article. Arrows move the caret, Home/End and Page Up/Down jump, Shift extends the selection. Alt+Down and Alt+Up go from highlight to highlight; F2 edits the note.",
    ),
    (
        "Tag it",
        "Press the tag's key, or click the tag on the right. Click a highlight to select it: a key then changes its tag, Delete removes it.",
    ),
    (
        "Explain it",
        "Write why in the Note box of the selected highlight. Undo (Ctrl+Z) takes back notes too.",
    ),
    (
        "Hand it in",
        "On an assignment, type your name and press Save (Ctrl+S): your work goes into a new file beside the assignment, named after you. The assignment itself never changes.",
    ),
];

/// Returns commands (none today: the window only explains) to keep the view contract.
pub(super) fn help_window(ctx: &egui::Context, project: &Project, open: &mut bool) -> Vec<Command> {
    egui::Window::new("Help")
        .open(open)
        .default_width(560.0)
        .vscroll(true)
        .show(ctx, |ui| {
            for (what, how) in HOW_TO {
                ui.label(RichText::new(*what).strong());
                ui.label(*how);
                ui.add_space(6.0);
            }
            ui.separator();
            ui.heading("Tag keys");
            egui::Grid::new("help-tags")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for tag in project.tags().iter() {
                        let key = tag.key.map_or("—".to_owned(), |k| k.to_string());
                        ui.label(RichText::new(key).monospace().strong());
                        ui.label(format!("{}: {}", tag.name, tag.description));
                        ui.end_row();
                    }
                });
            ui.separator();
            ui.heading("Every command");
            for menu in Menu::ALL {
                ui.label(RichText::new(menu.label()).strong());
                egui::Grid::new(("help-commands", menu.label()))
                    .num_columns(3)
                    .striped(true)
                    .show(ui, |ui| {
                        for &command in UiCommand::ALL.iter().filter(|c| c.menu().0 == menu) {
                            let keys: Vec<String> = command
                                .shortcuts()
                                .iter()
                                .map(|s| ui.ctx().format_shortcut(s))
                                .collect();
                            ui.label(command.label());
                            ui.label(RichText::new(keys.join(", ")).monospace());
                            ui.label(command.tooltip());
                            ui.end_row();
                        }
                    });
                ui.add_space(4.0);
            }
        });
    Vec::new()
}

pub(super) fn about_window(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("About Marginalia")
        .open(open)
        .default_width(460.0)
        .show(ctx, |ui| {
            ui.heading(format!("Marginalia {}", env!("CARGO_PKG_VERSION")));
            ui.label(env!("CARGO_PKG_DESCRIPTION"));
            ui.add_space(6.0);
            ui.label("Works offline: student work never leaves this computer.");
            ui.label(format!("Licence: {}.", env!("CARGO_PKG_LICENSE")));
            ui.separator();
            ui.label(RichText::new("Fonts").strong());
            ui.label("DejaVu Sans — Bitstream Vera / DejaVu free licence.");
            ui.label("Droid Sans Fallback — Apache License 2.0.");
            ui.label("Noto Emoji 3.006 — SIL Open Font License 1.1.");
            ui.label("egui's Noto Emoji subset and emoji-icon-font — SIL Open Font License / MIT.");
            ui.label("Ubuntu Light and Hack (egui's defaults) — Ubuntu Font Licence / MIT.");
        });
}
