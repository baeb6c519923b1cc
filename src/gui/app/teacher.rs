//! The teacher's commands: the grading screen, the editors of tags and details, and
//! exporting the assignment to hand out from an answer key.

use std::path::{Path, PathBuf};

use egui::Ui;

use super::{FileTask, MarginaliaApp, TeacherAsk};
use crate::gui::command::UiCommand;
use crate::gui::grading::{GradingAction, GradingView};
use crate::gui::messages::Message;
use crate::model::Role;

impl MarginaliaApp {
    pub(super) fn teacher_command(
        &mut self,
        _ctx: &egui::Context,
        command: UiCommand,
    ) -> Result<(), String> {
        match command {
            UiCommand::GradeSubmissions if self.grading.is_none() => {
                let key = (self.project().role() == Role::Key)
                    .then(|| self.session.path().map(Path::to_path_buf))
                    .flatten();
                self.grading = Some(GradingView::new(key));
            }
            UiCommand::ExportAssignment => self.request_file(FileTask::ExportAssignment),
            UiCommand::EditTags => {
                self.overlays.tag_editor =
                    Some(super::tag_editor::TagEditor::new(self.session.project()));
            }
            UiCommand::EditDetails => {
                self.overlays.details = Some(super::details_editor::DetailsEditor::new(
                    self.session.project(),
                ));
            }
            UiCommand::EditArticleSource => {
                if let Some(id) = self.current_article.clone() {
                    self.overlays.source_editor = Some(super::source_editor::SourceEditor::new(
                        id,
                        self.session.project(),
                    ));
                }
            }
            UiCommand::BecomeTeacher => {
                if matches!(self.project().role(), Role::Assignment | Role::Key) {
                    self.overlays.teacher_prompt = Some(TeacherAsk::FromMenu);
                } else {
                    self.say(Message::info(
                        "This file is a student's work: it is saved in place already.",
                    ));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Opens the grading screen on `key` and `folder` and starts grading.
    pub fn open_grading(&mut self, key: Option<PathBuf>, folder: PathBuf, ctx: &egui::Context) {
        let mut view = GradingView::new(key);
        view.folder = Some(folder);
        view.start(ctx);
        self.grading = Some(view);
    }

    pub(super) fn export_assignment_to(&mut self, path: &Path) -> Result<(), String> {
        if self
            .session
            .path()
            .is_some_and(|key| super::file_ops::same_file(key, path))
        {
            return Err("Choose another file: this is the answer key itself.".into());
        }
        let assignment = crate::workflow::assignment_from_key(self.project());
        crate::project_file::save(&assignment, path).map_err(|e| e.to_string())?;
        self.say(Message::info(format!(
            "Wrote the assignment {} ({} articles, no highlights). Hand it out to the class.",
            path.display(),
            assignment.articles().len()
        )));
        Ok(())
    }

    /// The grading screen, when open, replaces the workspace.
    pub(super) fn grading_screen(&mut self, ui: &mut Ui) {
        let Some(grading) = &mut self.grading else {
            return;
        };
        if grading.ui(ui, self.picker.as_mut()) == Some(GradingAction::Close) {
            self.grading = None;
        }
    }
}
