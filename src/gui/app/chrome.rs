//! The frame around the article: menu bar, status bar, hover tooltip.

use egui::{RichText, Ui};

use super::MarginaliaApp;
use crate::gui::command::{Command, Menu, UiCommand};
use crate::gui::messages::Severity;
use crate::gui::{palette, panels};
use crate::model::Role;
use crate::t;

/// Follow the system, light or dark.
fn theme_choice(ui: &mut Ui, commands: &mut Vec<Command>) {
    let themes = [
        (egui::ThemePreference::System, "menu-theme-system"),
        (egui::ThemePreference::Light, "menu-theme-light"),
        (egui::ThemePreference::Dark, "menu-theme-dark"),
    ];
    let current = ui.ctx().options(|o| o.theme_preference);
    for (theme, label) in themes {
        if ui.radio(current == theme, t!(label)).clicked() {
            commands.push(Command::SetTheme(theme));
        }
    }
}

/// View > Language: every language there is a file for, by its own name, the current
/// one checked. The choice takes effect on the next frame.
fn language_menu(ui: &mut Ui, commands: &mut Vec<Command>) {
    let current = crate::i18n::current();
    ui.menu_button(t!("menu-language"), |ui| {
        for lang in crate::i18n::Lang::all() {
            if ui.radio(lang == current, lang.native_name()).clicked() && lang != current {
                commands.push(Command::SetLanguage(lang));
            }
        }
    });
}

impl MarginaliaApp {
    /// The menu bar, generated from [`UiCommand::ALL`]; recent files and themes are
    /// data, added to their menus.
    pub(super) fn menu_bar(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        egui::MenuBar::new().ui(ui, |ui| {
            for menu in Menu::ALL {
                ui.menu_button(menu.label(), |ui| {
                    let mut group = None;
                    for &command in UiCommand::ALL.iter().filter(|c| c.menu().0 == menu) {
                        let this = command.menu().1;
                        if group.is_some_and(|g| g != this) {
                            ui.separator();
                        }
                        group = Some(this);
                        let mut button = egui::Button::new(command.label());
                        if let Some(s) = command.shortcuts().first() {
                            button = button.shortcut_text(ui.ctx().format_shortcut(s));
                        }
                        if ui
                            .add_enabled(self.can(command), button)
                            .on_hover_text(command.tooltip())
                            .on_disabled_hover_text(command.tooltip())
                            .clicked()
                        {
                            commands.push(command.into());
                        }
                        if command == UiCommand::Open {
                            self.recent_menu(ui, &mut commands);
                        }
                    }
                    if menu == Menu::View {
                        ui.separator();
                        ui.label(t!("menu-zoom", percent = f64::from(self.zoom) * 100.0));
                        ui.separator();
                        theme_choice(ui, &mut commands);
                        ui.separator();
                        language_menu(ui, &mut commands);
                    }
                });
            }
        });
        commands
    }

    fn recent_menu(&self, ui: &mut Ui, commands: &mut Vec<Command>) {
        let recent = &self.recent;
        ui.add_enabled_ui(!recent.is_empty(), |ui| {
            ui.menu_button(t!("menu-open-recent"), |ui| {
                for path in recent {
                    if ui.button(path.display().to_string()).clicked() {
                        commands.push(Command::OpenRecent(path.clone()));
                    }
                }
            });
        });
    }

    /// Whether `command` can do anything now (menus grey out the rest).
    fn can(&self, command: UiCommand) -> bool {
        let has_articles = !self.project().articles().is_empty();
        match command {
            UiCommand::Undo => self.session.history().can_undo(),
            UiCommand::Redo => self.session.history().can_redo(),
            UiCommand::DeleteAnnotation | UiCommand::EditNote => {
                self.view.selected_annotation.is_some()
            }
            UiCommand::NextAnnotation
            | UiCommand::PreviousAnnotation
            | UiCommand::FocusArticle
            | UiCommand::Find
            | UiCommand::EditArticleSource => self.current_article.is_some(),
            UiCommand::FindNext | UiCommand::FindPrevious => self.find.open,
            UiCommand::ZoomIn => self.zoom < super::ZOOM_MAX,
            UiCommand::ZoomOut => self.zoom > super::ZOOM_MIN,
            UiCommand::ExportAssignment => has_articles,
            UiCommand::BecomeTeacher => {
                !self.teacher_mode && matches!(self.project().role(), Role::Assignment | Role::Key)
            }
            UiCommand::New
            | UiCommand::NewFromClipboard
            | UiCommand::Open
            | UiCommand::ImportArticle
            | UiCommand::Save
            | UiCommand::SaveAs
            | UiCommand::Quit
            | UiCommand::ZoomReset
            | UiCommand::GradeSubmissions
            | UiCommand::EditDetails
            | UiCommand::EditTags
            | UiCommand::Help
            | UiCommand::About => true,
        }
    }

    pub(super) fn status_bar(&self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            if self.session.is_dirty() {
                ui.label(RichText::new(t!("ws-unsaved-changes")).strong());
            } else {
                ui.label(t!("ws-saved"));
            }
            ui.separator();
            let p = self.project();
            ui.label(t!(
                "ws-status-summary",
                title = p.title(),
                role = p.role().label(),
                articles = p.articles().len(),
                annotations = p.annotations().len()
            ));
            if let Some(last) = self.messages.last() {
                ui.separator();
                let color = match last.severity {
                    Severity::Error => palette::error_text(ui.visuals().dark_mode),
                    Severity::Warning => palette::warning_text(ui.visuals().dark_mode),
                    Severity::Info => ui.visuals().text_color(),
                };
                // Long messages are cut here; the full text is in the banner and on hover.
                ui.add(egui::Label::new(RichText::new(&last.text).color(color)).truncate())
                    .on_hover_text(&last.text);
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
                        ui.weak(t!("ws-by-author", author = a.author.as_str()));
                    }
                });
                if !a.note.is_empty() {
                    ui.label(&a.note);
                }
            }
        });
    }
}
