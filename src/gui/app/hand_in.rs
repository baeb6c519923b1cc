//! The student's side of an assignment: the banner that asks who is working, the hand-in
//! question on the first Save (the name, confirmed, and the file it makes beside the
//! assignment), and "are you the teacher?" before anyone works on the assignment or the
//! answer key itself.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::{FileTask, MarginaliaApp, TeacherAsk};
use crate::gui::command::Command;
use crate::gui::messages::Message;
use crate::gui::palette;
use crate::model::Role;
use crate::t;

/// The first Save of a student's work: whose work, and where it goes.
pub(super) struct HandInPrompt {
    name: String,
    /// The assignment the work belongs to (the new file goes beside it).
    assignment: Option<PathBuf>,
    /// The name was remembered from an earlier student on this computer.
    remembered: bool,
    problem: Option<String>,
    focus: bool,
}

/// What the person answered.
enum HandInChoice {
    Save,
    Elsewhere,
    Cancel,
}

impl MarginaliaApp {
    pub(super) fn ask_hand_in(&mut self, assignment: Option<PathBuf>) {
        let known = self.project().details().author.clone();
        let (name, remembered) = if self.project().role() == Role::Submission && !known.is_empty() {
            (known, false)
        } else {
            (self.student_name.clone(), !self.student_name.is_empty())
        };
        self.overlays.hand_in = Some(HandInPrompt {
            name,
            assignment,
            remembered,
            problem: None,
            focus: true,
        });
    }

    /// Where `name`'s work on the open assignment is saved.
    pub(super) fn hand_in_path(&self, assignment: Option<&std::path::Path>, name: &str) -> PathBuf {
        let path = crate::workflow::submission_path(assignment, self.project().title(), name);
        std::path::absolute(&path).unwrap_or(path)
    }

    pub(super) fn hand_in_prompt(&mut self, ctx: &egui::Context) {
        let Some(mut prompt) = self.overlays.hand_in.take() else {
            return;
        };
        let shown = self.hand_in_path(prompt.assignment.as_deref(), prompt.name.trim());
        let exists = shown.exists();
        let target = shown.clone();
        let mut choice = None;
        let modal = egui::Modal::new(egui::Id::unique("hand-in")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(t!("dlg-handin-heading"));
            if prompt.remembered {
                ui.label(
                    RichText::new(t!("dlg-handin-saving-as", name = prompt.name.trim())).strong(),
                );
            }
            let label = ui.label(t!("dlg-handin-name-label"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut prompt.name).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            if std::mem::take(&mut prompt.focus) {
                field.request_focus();
            }
            if field.changed() {
                prompt.remembered = false;
            }
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.add_space(4.0);
            ui.label(t!("dlg-handin-saved-as"));
            if prompt.name.trim().is_empty() {
                ui.weak(t!("dlg-handin-type-name-hint"));
            } else {
                ui.label(RichText::new(target.display().to_string()).monospace());
            }
            if let Some(a) = prompt.assignment.as_deref().and_then(|p| p.file_name()) {
                ui.weak(t!(
                    "dlg-handin-assignment-unchanged",
                    file = a.to_string_lossy().into_owned()
                ));
            }
            if exists {
                ui.label(
                    RichText::new(t!("dlg-handin-file-exists"))
                        .color(palette::warning_text(ui.visuals().dark_mode)),
                );
            }
            if let Some(problem) = &prompt.problem {
                ui.label(RichText::new(problem).color(palette::error_text(ui.visuals().dark_mode)));
            }
            ui.horizontal(|ui| {
                let save = if exists {
                    t!("dlg-handin-replace-and-save")
                } else {
                    t!("dlg-handin-save-my-work")
                };
                // Enter saves only a name typed here into a new file: a remembered name
                // or a file to replace needs a click, so nobody saves over someone
                // else's work by pressing Enter.
                let enter_saves = enter && !exists && !prompt.remembered;
                if ui.button(save).clicked() || enter_saves {
                    choice = Some(HandInChoice::Save);
                }
                if ui.button(t!("dlg-handin-save-elsewhere")).clicked() {
                    choice = Some(HandInChoice::Elsewhere);
                }
                if ui.button(t!("dlg-cancel")).clicked() {
                    choice = Some(HandInChoice::Cancel);
                }
            });
        });
        if modal.should_close() && choice.is_none() {
            choice = Some(HandInChoice::Cancel);
        }
        // The name as typed this frame (keys and Enter may arrive together).
        let name = prompt.name.trim().to_owned();
        let target = self.hand_in_path(prompt.assignment.as_deref(), &name);
        match choice {
            None => self.overlays.hand_in = Some(prompt),
            Some(HandInChoice::Cancel) => self.overlays.after_save = None,
            Some(_) if name.is_empty() => {
                prompt.problem = Some(t!("dlg-handin-name-first"));
                self.overlays.hand_in = Some(prompt);
            }
            Some(HandInChoice::Save) if target != shown && target.exists() => {
                // The name changed with the same key press: show that this file exists
                // before replacing it.
                self.overlays.hand_in = Some(prompt);
            }
            Some(HandInChoice::Save) => {
                let result = self
                    .become_submission(&name)
                    .and_then(|()| self.save_to(&target));
                if let Err(e) = result {
                    prompt.problem = Some(e);
                    self.overlays.hand_in = Some(prompt);
                }
            }
            Some(HandInChoice::Elsewhere) => match self.become_submission(&name) {
                Ok(()) => self.request_file(FileTask::SaveProject),
                Err(e) => {
                    prompt.problem = Some(e);
                    self.overlays.hand_in = Some(prompt);
                }
            },
        }
    }

    /// "Start my work" in the banner: the project becomes `name`'s submission (unsaved,
    /// so the assignment file is left alone).
    pub(super) fn start_submission(&mut self, name: &str) -> Result<(), String> {
        let name = name.trim();
        if name.is_empty() {
            return Err(t!("dlg-banner-name-first"));
        }
        self.become_submission(name)?;
        let target = self.hand_in_path(self.submission_from.as_deref(), name);
        self.say(Message::info(t!(
            "dlg-banner-hello",
            name = name,
            path = target.display().to_string()
        )));
        Ok(())
    }

    /// Makes the open assignment `name`'s submission, or renames the submission.
    fn become_submission(&mut self, name: &str) -> Result<(), String> {
        let role = self.project().role();
        if role == Role::Submission && self.project().details().author == name {
            return Ok(());
        }
        if role == Role::Assignment {
            self.submission_from = self.session.path().map(std::path::Path::to_path_buf);
            self.session.detach_path();
        }
        let edit = crate::workflow::start_submission(self.project(), name);
        self.session.apply(edit).map_err(|e| e.to_string())?;
        self.after_change();
        self.author = name.to_owned();
        self.student_name = name.to_owned();
        self.name_draft = name.to_owned();
        Ok(())
    }

    /// Above the article: who is working on this assignment, or what kind of file it is.
    pub(super) fn assignment_banner(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let role = self.project().role();
        if self.teacher_mode {
            return commands;
        }
        match role {
            Role::Assignment => {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(RichText::new(t!("dlg-banner-assignment")).strong());
                        let label = ui.label(t!("dlg-banner-your-name"));
                        let field = ui
                            .add(
                                egui::TextEdit::singleline(&mut self.name_draft)
                                    .desired_width(
                                        (ui.available_width() * 0.45).clamp(100.0, 200.0),
                                    )
                                    .hint_text(t!("dlg-banner-name-hint")),
                            )
                            .labelled_by(label.id);
                        if self.focus_next == Some(crate::gui::command::FocusTarget::Banner) {
                            self.focus_next = None;
                            field.request_focus();
                        }
                        let enter =
                            field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                        if ui.button(t!("dlg-banner-start")).clicked() || enter {
                            commands.push(Command::SetStudentName(self.name_draft.clone()));
                        }
                        if !self.student_name.is_empty() && self.name_draft == self.student_name {
                            ui.weak(t!("dlg-banner-last-used", name = &self.student_name));
                        } else {
                            ui.weak(t!("dlg-banner-saved-beside"));
                        }
                    });
                });
            }
            Role::Submission if self.session.path().is_none() && self.submission_from.is_some() => {
                let target = self.hand_in_path(
                    self.submission_from.as_deref(),
                    &self.project().details().author,
                );
                ui.weak(t!(
                    "dlg-banner-whose-work",
                    name = &self.project().details().author,
                    path = target.display().to_string()
                ));
            }
            Role::Key => {
                ui.weak(t!("dlg-banner-answer-key"));
            }
            Role::Submission => {}
        }
        commands
    }

    /// "Are you the teacher?": before saving into an assignment or key, or from the menu.
    pub(super) fn teacher_prompt(&mut self, ctx: &egui::Context) {
        let Some(why) = self.overlays.teacher_prompt else {
            return;
        };
        let role = self.project().role();
        let path = self
            .session
            .path()
            .map_or_else(|| t!("dlg-teacher-this-file"), |p| p.display().to_string());
        let (heading, text) = match role {
            Role::Key => (
                t!("dlg-teacher-key-heading"),
                t!("dlg-teacher-key-text", path = &path),
            ),
            _ => (
                t!("dlg-teacher-assignment-heading"),
                t!("dlg-teacher-assignment-text", path = &path),
            ),
        };
        let buttons = match why {
            TeacherAsk::BeforeSave => vec![
                t!("dlg-teacher-confirm"),
                t!("dlg-teacher-save-copy"),
                t!("dlg-cancel"),
            ],
            TeacherAsk::FromMenu => vec![t!("dlg-teacher-confirm"), t!("dlg-cancel")],
        };
        let cancel = buttons.len() - 1;
        let choice = super::dialogs::ask(
            ctx,
            "teacher-confirm",
            &heading,
            &text,
            &buttons,
            Some(cancel),
        );
        let Some(choice) = choice else { return };
        self.overlays.teacher_prompt = None;
        match (choice, why) {
            (0, _) => {
                self.teacher_mode = true;
                self.say(Message::info(t!("dlg-teacher-mode-on", path = &path)));
                if why == TeacherAsk::BeforeSave
                    && let Err(e) = self.save()
                {
                    self.say(Message::error(e));
                }
            }
            (1, TeacherAsk::BeforeSave) => self.request_file(FileTask::SaveProject),
            _ => self.overlays.after_save = None,
        }
    }
}
