//! The Help window (how to work, and every shortcut, generated from the command list and
//! the tag set) and the About window (version, licence, fonts).

use egui::RichText;

use crate::gui::command::{Command, Menu, UiCommand};
use crate::model::Project;
use crate::t;

/// How the work is done, in the order a student meets it: (title, text) message ids.
const HOW_TO: &[(&str, &str)] = &[
    ("help-select-title", "help-select-text"),
    ("help-keyboard-title", "help-keyboard-text"),
    ("help-tag-title", "help-tag-text"),
    ("help-explain-title", "help-explain-text"),
    ("help-hand-in-title", "help-hand-in-text"),
];

/// The fonts the window uses and their licences (message ids).
const FONTS: &[&str] = &[
    "help-font-dejavu",
    "help-font-droid",
    "help-font-noto-emoji",
    "help-font-egui-emoji",
    "help-font-egui-defaults",
];

/// Returns commands (none today: the window only explains) to keep the view contract.
pub(super) fn help_window(ctx: &egui::Context, project: &Project, open: &mut bool) -> Vec<Command> {
    egui::Window::new(t!("help-title"))
        .id(egui::Id::unique("help-window"))
        .open(open)
        .default_width(560.0)
        .vscroll(true)
        .show(ctx, |ui| {
            for (what, how) in HOW_TO {
                ui.label(RichText::new(t!(what)).strong());
                ui.label(t!(how));
                ui.add_space(6.0);
            }
            ui.separator();
            ui.heading(t!("help-tag-keys"));
            egui::Grid::new("help-tags")
                .num_columns(2)
                .striped(true)
                .show(ui, |ui| {
                    for tag in project.tags().iter() {
                        let key = tag.key.map_or("—".to_owned(), |k| k.to_string());
                        ui.label(RichText::new(key).monospace().strong());
                        ui.label(t!(
                            "help-tag-line",
                            name = tag.name.as_str(),
                            description = tag.description.as_str()
                        ));
                        ui.end_row();
                    }
                });
            ui.separator();
            ui.heading(t!("help-every-command"));
            for menu in Menu::ALL {
                ui.label(RichText::new(menu.label()).strong());
                egui::Grid::new(("help-commands", menu))
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
    egui::Window::new(t!("help-about-title"))
        .id(egui::Id::unique("about-window"))
        .open(open)
        .default_width(460.0)
        .show(ctx, |ui| {
            ui.heading(t!(
                "help-about-version",
                version = env!("CARGO_PKG_VERSION")
            ));
            ui.label(t!("help-about-description"));
            ui.add_space(6.0);
            ui.label(t!("help-about-offline"));
            ui.label(t!(
                "help-about-licence",
                licence = env!("CARGO_PKG_LICENSE")
            ));
            ui.separator();
            ui.label(RichText::new(t!("help-about-fonts")).strong());
            for font in FONTS {
                ui.label(t!(font));
            }
        });
}
