//! The teacher's commands: the grading screen, the editors of tags and details, and
//! exporting the assignment to hand out from an answer key.

use std::path::{Path, PathBuf};

use egui::Ui;

use super::{FileTask, MarginaliaApp, TeacherAsk};
use crate::gui::command::UiCommand;
use crate::gui::grading::{AcceptReading, GradingAction, GradingView};
use crate::gui::messages::Message;
use crate::model::Role;
use crate::t;

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
                    self.say(Message::info(t!("dlg-teacher-already-student")));
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
            return Err(t!("dlg-teacher-export-is-key"));
        }
        let assignment = crate::workflow::assignment_from_key(self.project());
        crate::project_file::save(&assignment, path).map_err(|e| e.to_string())?;
        self.say(Message::info(t!(
            "dlg-teacher-wrote-assignment",
            path = path.display().to_string(),
            count = assignment.articles().len()
        )));
        Ok(())
    }

    /// The grading screen, when open, replaces the workspace.
    pub(super) fn grading_screen(&mut self, ui: &mut Ui) {
        let Some(grading) = &mut self.grading else {
            return;
        };
        match grading.ui(ui, self.picker.as_mut()) {
            Some(GradingAction::Close) => self.grading = None,
            Some(GradingAction::Accept(reading)) => {
                let result = self.accept_reading(&reading);
                self.after_key_change(ui.ctx(), result);
            }
            Some(GradingAction::UndoAccept) => {
                let result = self.undo_accepted();
                self.after_key_change(ui.ctx(), result);
            }
            None => {}
        }
    }

    /// Adds a student's reading to the answer key open in this window (one undoable
    /// edit) and saves the key. The grading screen's key must be this window's file.
    fn accept_reading(&mut self, reading: &AcceptReading) -> Result<String, String> {
        let key_path = self.grading.as_ref().and_then(|g| g.key.clone());
        let is_open = match (key_path.as_deref(), self.session.path()) {
            (Some(key), Some(open)) => super::file_ops::same_file(key, open),
            _ => false,
        };
        if !is_open || self.project().role() != Role::Key {
            return Err(t!("dlg-teacher-open-key-first"));
        }
        let project = self.session.project();
        let article = project
            .article(&reading.article)
            .ok_or_else(|| t!("dlg-teacher-article-gone"))?;
        let bytes = article
            .to_bytes(reading.range)
            .ok_or_else(|| t!("dlg-teacher-highlight-does-not-fit"))?;
        let quote = crate::text::shorten(
            &crate::text::collapse_spaces(article.slice(bytes).unwrap_or_default()),
            60,
        );
        let author = project.details().author.clone();
        let mut edit = crate::edit::build::add_annotation(
            project,
            &reading.article,
            bytes,
            &reading.tag,
            &author,
            jiff::Timestamp::now(),
        )
        .map_err(|e| e.to_string())?;
        let mut added = None;
        if let crate::edit::Edit::AddAnnotation(annotation) = &mut edit {
            annotation.key = crate::model::KeyPassage {
                optional: reading.alternative_of.is_none(),
                points: None,
                alternative_of: reading.alternative_of,
            };
            added = Some(annotation.id);
        }
        self.session.apply(edit).map_err(|e| e.to_string())?;
        self.session.save().map_err(|e| e.to_string())?;
        if let (Some(grading), Some(id)) = (self.grading.as_mut(), added) {
            grading.accepted.push(id);
        }
        Ok(match reading.alternative_of {
            Some(_) => t!("dlg-teacher-accepted-alternative", quote = &quote),
            None => t!("dlg-teacher-accepted-optional", quote = &quote),
        })
    }

    /// Takes the last accepted reading out of the key (undo, if it is still the last
    /// change) and saves the key.
    fn undo_accepted(&mut self) -> Result<String, String> {
        let Some(id) = self.grading.as_mut().and_then(|g| g.accepted.pop()) else {
            return Err(t!("dlg-teacher-nothing-to-undo"));
        };
        let last_is_ours =
            self.session.project().annotation(id).is_some() && self.session.can_undo_add(id);
        if !last_is_ours {
            return Err(t!("dlg-teacher-key-changed"));
        }
        self.session.undo().map_err(|e| e.to_string())?;
        self.session.save().map_err(|e| e.to_string())?;
        Ok(t!("dlg-teacher-took-out"))
    }

    /// Says what became of a change to the key and, when it was made, grades again.
    fn after_key_change(&mut self, ctx: &egui::Context, result: Result<String, String>) {
        let Some(grading) = self.grading.as_mut() else {
            return;
        };
        match result {
            Ok(notice) => {
                grading.start(ctx);
                grading.notice = Some(notice);
            }
            Err(e) => grading.error = Some(e),
        }
    }
}
