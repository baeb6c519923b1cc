//! The teacher's side of the window and the student's first step: the assignment banner
//! (asks the student's name once), the tag-set editor, title and instructions, exporting
//! an assignment from a key, and opening the grading screen.

use egui::{RichText, Ui};
use jiff::Timestamp;

use super::MarginaliaApp;
use crate::edit::{Edit, build};
use crate::gui::command::Command;
use crate::gui::grading::{GradingAction, GradingView};
use crate::gui::panels;
use crate::model::{ProjectDetails, Rgb, Role, Tag, TagId};

/// Tags being edited: drafts of each tag's fields, applied with "Apply".
#[derive(Clone, Debug, Default)]
pub struct TagEditor {
    drafts: Vec<TagDraft>,
    /// A tag whose deletion needs a decision about its highlights.
    confirm_delete: Option<(TagId, usize)>,
}

#[derive(Clone, Debug)]
struct TagDraft {
    id: TagId,
    name: String,
    description: String,
    color: [u8; 3],
    key: String,
}

impl TagDraft {
    fn of(tag: &Tag) -> Self {
        Self {
            id: tag.id.clone(),
            name: tag.name.clone(),
            description: tag.description.clone(),
            color: [tag.color.0, tag.color.1, tag.color.2],
            key: tag.key.map(String::from).unwrap_or_default(),
        }
    }

    fn to_tag(&self) -> Tag {
        Tag {
            id: self.id.clone(),
            name: self.name.trim().to_owned(),
            description: self.description.trim().to_owned(),
            color: Rgb(self.color[0], self.color[1], self.color[2]),
            key: self.key.trim().chars().next(),
        }
    }
}

impl MarginaliaApp {
    pub(super) fn teacher_command(&mut self, command: &Command) -> Result<(), String> {
        match command {
            Command::GradeSubmissions => {
                if self.grading.is_none() {
                    let key = (self.project().role() == Role::Key)
                        .then(|| self.session.path().map(std::path::Path::to_path_buf))
                        .flatten();
                    self.grading = Some(GradingView::new(key));
                }
                Ok(())
            }
            Command::ExportAssignment => self.export_assignment(),
            Command::EditTags => {
                self.tag_editor = Some(TagEditor {
                    drafts: self.project().tags().iter().map(TagDraft::of).collect(),
                    confirm_delete: None,
                });
                Ok(())
            }
            Command::EditDetails => {
                self.details_draft = Some(self.project().details().clone());
                Ok(())
            }
            Command::SetStudentName(name) => self.start_submission(name),
            _ => Ok(()),
        }
    }

    /// Opens the grading screen on `key` and `folder` and starts grading.
    pub fn open_grading(
        &mut self,
        key: Option<std::path::PathBuf>,
        folder: std::path::PathBuf,
        ctx: &egui::Context,
    ) {
        let mut view = GradingView::new(key);
        view.folder = Some(folder);
        view.start(ctx);
        self.grading = Some(view);
    }

    fn start_submission(&mut self, name: &str) -> Result<(), String> {
        let name = name.trim();
        if name.is_empty() {
            return Err("Type your name first; it goes on the work you hand in.".into());
        }
        let assignment = self.session.path().map(std::path::Path::to_path_buf);
        let edit = crate::workflow::start_submission(self.project(), name);
        self.session.apply(edit).map_err(|e| e.to_string())?;
        self.session.detach_path();
        self.submission_from = assignment;
        self.author = name.to_owned();
        self.student_name = name.to_owned();
        self.messages.push((
            false,
            format!("Hello {name}! Save (Ctrl+S) to create your own file to hand in."),
        ));
        Ok(())
    }

    fn export_assignment(&mut self) -> Result<(), String> {
        let assignment = crate::workflow::assignment_from_key(self.project());
        let dir = self
            .session
            .path()
            .and_then(std::path::Path::parent)
            .map(std::path::Path::to_path_buf);
        let stem = self
            .session
            .path()
            .and_then(std::path::Path::file_stem)
            .map(|s| s.to_string_lossy().replace("-key", ""))
            .unwrap_or_else(|| {
                crate::export::safe::file_stem(self.project().title(), "assignment")
            });
        let Some(path) = self
            .picker
            .save(dir.as_deref(), &format!("{stem}-assignment.ron"))
        else {
            return Ok(());
        };
        if self.session.path() == Some(path.as_path()) {
            return Err("Choose another file: this is the answer key itself.".into());
        }
        crate::project_file::save(&assignment, &path).map_err(|e| e.to_string())?;
        self.messages.push((
            false,
            format!(
                "Wrote the assignment {} ({} articles, no highlights). Hand it out to the class.",
                path.display(),
                assignment.articles().len()
            ),
        ));
        Ok(())
    }

    /// Above the article, while an assignment is open: who is working on it?
    pub(super) fn assignment_banner(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        if self.project().role() != Role::Assignment || self.teacher_mode {
            return commands;
        }
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new("This is an assignment.").strong());
                let label = ui.label("Your name:");
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut self.name_draft)
                            .desired_width(180.0)
                            .hint_text("First and last name"),
                    )
                    .labelled_by(label.id);
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ui.button("Start my work").clicked() || enter {
                    commands.push(Command::SetStudentName(self.name_draft.clone()));
                }
                ui.weak("Your work is saved as a new file to hand in.");
                if ui.small_button("I'm the teacher").clicked() {
                    self.teacher_mode = true;
                }
            });
        });
        commands
    }

    /// The grading screen, when open, replaces the workspace.
    pub(super) fn grading_screen(&mut self, ui: &mut Ui) -> bool {
        let Some(grading) = &mut self.grading else {
            return false;
        };
        if grading.ui(ui, self.picker.as_mut()) == Some(GradingAction::Close) {
            self.grading = None;
        }
        true
    }

    pub(super) fn teacher_windows(&mut self, ctx: &egui::Context) {
        self.details_window(ctx);
        self.tag_window(ctx);
    }

    fn details_window(&mut self, ctx: &egui::Context) {
        let Some(draft) = &mut self.details_draft else {
            return;
        };
        let mut open = true;
        let mut apply = false;
        egui::Window::new("Title and instructions")
            .open(&mut open)
            .default_width(480.0)
            .show(ctx, |ui| {
                ui.label("Title");
                ui.text_edit_singleline(&mut draft.title);
                ui.label("Instructions (shown to students)");
                ui.add(
                    egui::TextEdit::multiline(&mut draft.instructions)
                        .desired_rows(6)
                        .desired_width(f32::INFINITY),
                );
                ui.horizontal(|ui| {
                    ui.label("This file is:");
                    for role in [Role::Assignment, Role::Key, Role::Submission] {
                        ui.radio_value(&mut draft.role, role, role.label());
                    }
                });
                ui.horizontal(|ui| {
                    ui.label("Author:");
                    ui.text_edit_singleline(&mut draft.author);
                });
                apply = ui.button("Apply").clicked();
            });
        if apply {
            let after: ProjectDetails = draft.clone();
            let edit = Edit::SetDetails {
                before: self.project().details().clone(),
                after,
            };
            if let Err(e) = self.session.apply(edit) {
                self.messages.push((true, e.to_string()));
            }
            self.details_draft = None;
        } else if !open {
            self.details_draft = None;
        }
    }

    fn tag_window(&mut self, ctx: &egui::Context) {
        let Some(editor) = &mut self.tag_editor else {
            return;
        };
        let mut open = true;
        let mut edits: Vec<Result<Edit, String>> = Vec::new();
        let project = self.session.project();
        let now = Timestamp::now();
        egui::Window::new("Tags")
            .open(&mut open)
            .default_width(560.0)
            .show(ctx, |ui| {
                ui.label(
                    "Change names, colours, keys and definitions; each row's Apply can be undone.",
                );
                let count = editor.drafts.len();
                for (i, draft) in editor.drafts.iter_mut().enumerate() {
                    ui.separator();
                    let current = project.tags().get(&draft.id).cloned();
                    ui.horizontal(|ui| {
                        ui.color_edit_button_srgb(&mut draft.color);
                        ui.add(
                            egui::TextEdit::singleline(&mut draft.name)
                                .desired_width(140.0)
                                .hint_text("Name"),
                        );
                        ui.label("Key:");
                        ui.add(
                            egui::TextEdit::singleline(&mut draft.key)
                                .desired_width(24.0)
                                .char_limit(1),
                        );
                        if ui
                            .add_enabled(i > 0, egui::Button::new("↑"))
                            .on_hover_text("Move up")
                            .clicked()
                        {
                            edits.push(
                                build::move_tag(project, &draft.id, i - 1)
                                    .map_err(|e| e.to_string()),
                            );
                        }
                        if ui
                            .add_enabled(i + 1 < count, egui::Button::new("↓"))
                            .on_hover_text("Move down")
                            .clicked()
                        {
                            edits.push(
                                build::move_tag(project, &draft.id, i + 1)
                                    .map_err(|e| e.to_string()),
                            );
                        }
                        if ui.button("Delete").clicked() {
                            let used = project
                                .annotations()
                                .iter()
                                .filter(|a| a.tag == draft.id)
                                .count();
                            if used == 0 {
                                edits.push(
                                    build::remove_tag(
                                        project,
                                        &draft.id,
                                        build::OrphanPolicy::Refuse,
                                        now,
                                    )
                                    .map_err(|e| e.to_string()),
                                );
                            } else {
                                editor.confirm_delete = Some((draft.id.clone(), used));
                            }
                        }
                        let changed = current.as_ref() != Some(&draft.to_tag());
                        if ui
                            .add_enabled(changed, egui::Button::new("Apply"))
                            .clicked()
                        {
                            edits.push(
                                build::update_tag(project, draft.to_tag())
                                    .map_err(|e| e.to_string()),
                            );
                        }
                    });
                    ui.add(
                        egui::TextEdit::multiline(&mut draft.description)
                            .desired_rows(2)
                            .desired_width(f32::INFINITY)
                            .hint_text("Definition shown to students"),
                    );
                    if let Some(tag) = &current {
                        panels::tag_badge(ui, tag, &format!("{} (as saved)", tag.name));
                    }
                }
                ui.separator();
                if ui.button("Add a tag").clicked() {
                    let n = project.tags().len() + 1;
                    let id = (n..)
                        .map(|k| format!("tag-{k}"))
                        .find(|id| project.tags().get(&TagId(id.clone())).is_none())
                        .unwrap_or_default();
                    let key = ('1'..='9').find(|k| project.tags().by_key(*k).is_none());
                    edits.push(Ok(build::add_tag(
                        project,
                        Tag::new(&id, &format!("Tag {n}"), "", Rgb(0x56, 0xB4, 0xE9), key),
                    )));
                }
                if let Some((id, used)) = editor.confirm_delete.clone() {
                    ui.separator();
                    ui.label(
                        RichText::new(format!("“{id}” is used by {used} highlight(s).")).strong(),
                    );
                    ui.horizontal(|ui| {
                        if ui.button("Delete the tag and its highlights").clicked() {
                            edits.push(
                                build::remove_tag(project, &id, build::OrphanPolicy::Delete, now)
                                    .map_err(|e| e.to_string()),
                            );
                            editor.confirm_delete = None;
                        }
                        if ui.button("Keep it").clicked() {
                            editor.confirm_delete = None;
                        }
                    });
                }
            });
        let changed = !edits.is_empty();
        for edit in edits {
            match edit.and_then(|e| self.session.apply(e).map_err(|e| e.to_string())) {
                Ok(()) => {}
                Err(e) => self.messages.push((true, e)),
            }
        }
        if !open {
            self.tag_editor = None;
        } else if changed && let Some(editor) = &mut self.tag_editor {
            // Rows follow the project's order; a row keeps what was typed but not applied.
            let old = std::mem::take(&mut editor.drafts);
            editor.drafts = self
                .session
                .project()
                .tags()
                .iter()
                .map(|t| {
                    old.iter()
                        .find(|d| d.id == t.id)
                        .cloned()
                        .unwrap_or_else(|| TagDraft::of(t))
                })
                .collect();
        }
    }
}
