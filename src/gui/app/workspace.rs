//! The annotation workspace: articles and instructions on the left, tags, highlights and
//! the selected note on the right (one scrolling column, so nothing is cut off on a small
//! screen), and the article in the middle under the banners that must be read.

use egui::{RichText, Ui};

use super::MarginaliaApp;
use crate::gui::command::{Command, FocusTarget, UiCommand};
use crate::gui::{palette, panels};
use crate::t;

impl MarginaliaApp {
    pub(super) fn workspace(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let width = ui.ctx().content_rect().width();
        // Side panels take a share of the window (in points), so when the window is small
        // in points (a small screen, or zoomed to 200 %) the article keeps most of it.
        // Not resizable: a remembered width would not follow the zoom. Every row in them
        // wraps: one row wider than its panel pushes the panel over the article.
        egui::Panel::left("articles")
            .resizable(false)
            .exact_size((width * 0.18).clamp(120.0, 260.0))
            .show(ui, |ui| {
                egui::ScrollArea::vertical().id_salt("left").show(ui, |ui| {
                    let project = self.session.project();
                    if !project.details().instructions.is_empty() {
                        egui::CollapsingHeader::new(t!("ws-instructions"))
                            .id_salt("instructions")
                            .default_open(true)
                            .show(ui, |ui| ui.label(&project.details().instructions));
                        ui.separator();
                    }
                    commands.extend(panels::article_list(
                        ui,
                        project,
                        self.current_article.as_ref(),
                    ));
                });
            });
        egui::Panel::right("annotations")
            .resizable(false)
            .exact_size((width * 0.26).clamp(180.0, 340.0))
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("right")
                    .auto_shrink([false, false])
                    .show(ui, |ui| commands.extend(self.right_column(ui)));
            });
        egui::CentralPanel::default().show(ui, |ui| {
            commands.extend(self.banners(ui));
            commands.extend(self.article_area(ui));
        });
        // A focus request with nowhere to go this frame (no name field) is dropped.
        self.focus_next = None;
        commands
    }

    fn right_column(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let can_tag = self.view.selection.is_some_and(|s| s.anchor != s.head)
            || self.view.selected_annotation.is_some();
        let focus_tags = self.focus_next == Some(FocusTarget::Tags);
        if focus_tags {
            self.focus_next = None;
        }
        commands.extend(panels::tag_palette(
            ui,
            self.session.project(),
            can_tag,
            focus_tags,
        ));
        if let Some(id) = self.view.selected_annotation {
            commands.extend(panels::selected_annotation(
                ui,
                &mut self.list,
                self.session.project(),
                id,
            ));
        }
        ui.separator();
        if let Some(article) = self.current_article.clone() {
            commands.extend(panels::annotation_list(
                ui,
                &mut self.list,
                self.session.project(),
                &article,
                self.view.selected_annotation,
            ));
        }
        commands
    }

    /// Errors (until dismissed), where the work was saved, and who is working.
    fn banners(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let problems: Vec<_> = self.messages.open_problems().cloned().collect();
        if !problems.is_empty() {
            let (fill, stroke) = palette::error_banner(ui.visuals().dark_mode);
            egui::Frame::new()
                .fill(fill)
                .stroke(egui::Stroke::new(1.5, stroke))
                .inner_margin(8.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal(|ui| {
                        let what = if problems.iter().any(|m| m.is_error()) {
                            t!("ws-problems")
                        } else {
                            t!("ws-please-check")
                        };
                        ui.label(RichText::new(what).strong().color(stroke));
                        if ui.button(t!("ws-dismiss")).clicked() {
                            commands.push(Command::DismissProblems);
                        }
                    });
                    egui::ScrollArea::vertical()
                        .id_salt("problems")
                        .max_height(ui.ctx().content_rect().height() * 0.25)
                        .show(ui, |ui| {
                            for m in problems.iter().rev().take(12) {
                                ui.label(&m.text);
                            }
                        });
                });
            ui.add_space(4.0);
        }
        if let Some(notice) = &self.saved_notice {
            let mut close = false;
            egui::Frame::new()
                .fill(palette::saved_banner(ui.visuals().dark_mode))
                .inner_margin(6.0)
                .corner_radius(4.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(format!("✔ {notice}")).strong());
                        close = ui.small_button("OK").clicked();
                    });
                });
            if close {
                self.saved_notice = None;
            }
            ui.add_space(4.0);
        }
        if self.current_article.is_some() {
            commands.extend(self.assignment_banner(ui));
        }
        commands
    }

    fn article_area(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let project = self.session.project();
        let Some(article) = self
            .current_article
            .as_ref()
            .and_then(|id| project.article(id))
        else {
            empty_project(ui, &mut commands);
            return commands;
        };
        ui.vertical_centered(|ui| {
            ui.label(RichText::new(article.title()).heading().strong());
            // Who is behind it: the first question of media literacy, asked of every
            // article before its first line.
            let stated = article.provenance();
            match (stated.byline(), article.source()) {
                (Some(byline), _) => {
                    ui.label(byline);
                }
                (None, Some(file)) => {
                    ui.weak(t!("ws-from-file", file = file));
                }
                (None, None) => {}
            }
            if let Some(url) = &stated.url {
                ui.weak(url);
            }
        });
        let (go_to, find_commands) = self.find.ui(ui, article);
        if let Some(m) = go_to {
            // The match found while typing is selected, ready for a tag key.
            self.view.scroll_to = Some(m.start);
            self.view.selection = Some(crate::gui::article_view::Selection {
                anchor: m.start,
                head: m.end,
            });
        }
        commands.extend(find_commands);
        self.view.find_matches.clone_from(&self.find.matches);
        self.view.current_match = self.find.current_match();
        ui.separator();
        let typing_elsewhere = self.is_asking() || self.typing_elsewhere(ui.ctx());
        commands.extend(self.view.ui(ui, project, article, !typing_elsewhere));
        self.hover_tooltip(ui);
        commands
    }

    /// Whether a text field other than the article has the keyboard.
    /// Whether a text field has the keyboard (a focused button does not stop tag keys).
    pub(super) fn typing_elsewhere(&self, ctx: &egui::Context) -> bool {
        ctx.text_edit_focused()
    }

    /// Whether the note box has the keyboard: its text is the model's, so Undo there
    /// is the app's Undo; in any other field it is the field's own.
    pub(super) fn typing_in_note(&self, ctx: &egui::Context) -> bool {
        let focused = ctx.memory(|m| m.focused());
        focused.is_some() && focused == self.list.note_id
    }
}

/// What an empty project offers: import, paste, open.
fn empty_project(ui: &mut Ui, commands: &mut Vec<Command>) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.25);
        ui.heading(t!("ws-no-article-yet"));
        ui.label(t!("ws-no-article-hint"));
        ui.add_space(8.0);
        ui.horizontal_wrapped(|ui| {
            for command in [
                UiCommand::ImportArticle,
                UiCommand::NewFromClipboard,
                UiCommand::Open,
            ] {
                if ui
                    .button(command.label())
                    .on_hover_text(command.tooltip())
                    .clicked()
                {
                    commands.push(command.into());
                }
            }
        });
    });
}
