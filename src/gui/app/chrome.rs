//! The frame around the article: menu bar, status bar, problem list, hover tooltip.

use egui::{RichText, Ui};

use super::MarginaliaApp;
use crate::gui::command::Command;
use crate::gui::{palette, panels};

impl MarginaliaApp {
    pub(super) fn menu_bar(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let mut extra = Vec::new();
        let mut item = |ui: &mut Ui, command: Command, enabled: bool| {
            let mut button = egui::Button::new(command.label());
            if let Some(s) = command.shortcut() {
                button = button.shortcut_text(ui.ctx().format_shortcut(&s));
            }
            if ui.add_enabled(enabled, button).clicked() {
                commands.push(command);
            }
        };
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                item(ui, Command::Open, true);
                let recent = self.recent.clone();
                ui.add_enabled_ui(!recent.is_empty(), |ui| {
                    ui.menu_button("Open recent", |ui| {
                        for path in recent {
                            if ui.button(path.display().to_string()).clicked() {
                                extra.push(Command::OpenRecent(path));
                            }
                        }
                    });
                });
                item(ui, Command::ImportArticle, true);
                ui.separator();
                item(ui, Command::Save, true);
                item(ui, Command::SaveAs, true);
                ui.separator();
                item(ui, Command::Quit, true);
            });
            ui.menu_button("Edit", |ui| {
                item(ui, Command::Undo, self.session.history().can_undo());
                item(ui, Command::Redo, self.session.history().can_redo());
                ui.separator();
                item(
                    ui,
                    Command::DeleteAnnotation,
                    self.view.selected_annotation.is_some(),
                );
                ui.separator();
                item(ui, Command::Find, true);
                item(ui, Command::FindNext, self.find.open);
                item(ui, Command::FindPrevious, self.find.open);
            });
            ui.menu_button("View", |ui| {
                item(ui, Command::ZoomIn, true);
                item(ui, Command::ZoomOut, true);
                item(ui, Command::ZoomReset, true);
                ui.separator();
                let themes = [
                    (egui::ThemePreference::System, "Follow the system"),
                    (egui::ThemePreference::Light, "Light"),
                    (egui::ThemePreference::Dark, "Dark"),
                ];
                let current = ui.ctx().options(|o| o.theme_preference);
                for (theme, label) in themes {
                    if ui.radio(current == theme, label).clicked() {
                        extra.push(Command::SetTheme(theme));
                    }
                }
            });
            ui.menu_button("Teacher", |ui| {
                item(ui, Command::GradeSubmissions, true);
                ui.separator();
                item(ui, Command::EditDetails, true);
                item(ui, Command::EditTags, true);
                item(
                    ui,
                    Command::ExportAssignment,
                    !self.project().articles().is_empty(),
                );
            });
            ui.menu_button("Help", |ui| {
                ui.label("Select text with the mouse, or Shift+arrows (Ctrl for words).");
                for tag in self.session.project().tags().iter() {
                    if let Some(k) = tag.key {
                        ui.label(format!("{k}: {} — {}", tag.name, tag.description));
                    }
                }
                ui.label("Click a highlight to select it; Delete removes it.");
            });
        });
        commands.extend(extra);
        commands
    }

    pub(super) fn status_bar(&self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            if self.session.is_dirty() {
                ui.label(RichText::new("Unsaved changes").strong());
            } else {
                ui.label("Saved");
            }
            ui.separator();
            let p = self.project();
            ui.label(format!(
                "{} ({}) · {} article(s) · {} annotation(s)",
                p.title(),
                p.role().label(),
                p.articles().len(),
                p.annotations().len()
            ));
            if let Some(article) = self.current_article.as_ref().and_then(|id| p.article(id)) {
                ui.separator();
                ui.label(format!("encoding {}", article.encoding()));
            }
            if let Some((is_error, last)) = self.messages.last() {
                ui.separator();
                let color = if *is_error {
                    palette::error_text(ui.visuals().dark_mode)
                } else {
                    ui.visuals().text_color()
                };
                ui.label(RichText::new(last).color(color));
            }
        });
    }

    pub(super) fn hover_tooltip(&self, ui: &Ui) {
        let hovered = self.view.hovered();
        if hovered.is_empty() {
            return;
        }
        let project = self.project();
        egui::Tooltip::always_open(
            ui.ctx().clone(),
            ui.layer_id(),
            egui::Id::unique("highlight-tooltip"),
            egui::PopupAnchor::Pointer,
        )
        .show(|ui| {
            for id in hovered {
                let Some(a) = project.annotation(*id) else {
                    continue;
                };
                let Some(tag) = project.tags().get(&a.tag) else {
                    continue;
                };
                ui.horizontal(|ui| {
                    panels::tag_badge(ui, tag, &tag.name);
                    if !a.author.is_empty() {
                        ui.weak(format!("by {}", a.author));
                    }
                });
                if !a.note.is_empty() {
                    ui.label(&a.note);
                }
            }
        });
    }

    pub(super) fn problems(&self, ui: &mut Ui) {
        let errors: Vec<&(bool, String)> = self.messages.iter().filter(|(e, _)| *e).collect();
        if errors.is_empty() {
            return;
        }
        ui.separator();
        ui.label(RichText::new("Problems").strong());
        for (_, m) in errors.iter().rev().take(8) {
            ui.label(
                RichText::new(m)
                    .color(palette::error_text(ui.visuals().dark_mode))
                    .small(),
            );
        }
    }
}
