//! The one place commands are applied, and where view state is made to agree with the
//! model after every change (undo restores the selection that went with the edit).

use jiff::Timestamp;

use super::{AfterSave, MarginaliaApp, settings};
use crate::edit::{Edit, build};
use crate::gui::article_view::Selection;
use crate::gui::command::{Command, UiCommand};
use crate::gui::messages::Message;
use crate::model::AnnotationId;
use crate::t;

impl MarginaliaApp {
    /// Applies `command`; whatever fails is said in the window.
    pub fn run(&mut self, ctx: &egui::Context, command: Command) {
        let now = Timestamp::now();
        let result: Result<(), String> = match command {
            Command::Ui(ui) => self.run_ui(ctx, ui),
            Command::Tag(tag) => self.tag(&tag, now),
            Command::SelectAnnotation(id) => {
                self.select(id);
                Ok(())
            }
            Command::JumpToAnnotation(id) => {
                self.jump_to(ctx, id);
                Ok(())
            }
            Command::ShowArticle(id) => {
                self.current_article = Some(id);
                self.view.reset();
                Ok(())
            }
            Command::SetNote(id, note) => {
                // A change after saving: the "saved to …" notice no longer holds.
                self.saved_notice = None;
                build::set_note(self.project(), id, &note, now)
                    .and_then(|e| self.session.apply_note(e))
                    .map_err(|e| e.to_string())
            }
            Command::SetKeyPassage(id, key) => {
                self.saved_notice = None;
                build::set_key_passage(self.project(), id, key, now)
                    .map_err(|e| e.to_string())
                    .and_then(|e| self.apply(e))
            }
            Command::OpenRecent(path) => {
                self.after_asking(AfterSave::Open(path));
                Ok(())
            }
            Command::ImportFile(path) => self.prepare_import(&path),
            Command::AddImported(imported, path) => self.add_imported(*imported, &path),
            Command::SetTheme(theme) => {
                ctx.set_theme(theme);
                Ok(())
            }
            Command::SetLanguage(lang) => {
                self.choose_language(lang);
                ctx.request_repaint();
                Ok(())
            }
            Command::SetStudentName(name) => self.start_submission(&name),
            Command::Apply(edit) => self.apply(*edit),
            Command::Pasted(text) => self.pasted(text),
            Command::DismissProblems => {
                self.messages.dismiss_problems();
                Ok(())
            }
            Command::Failed(message) => Err(message),
            Command::FocusNext(target) => {
                self.focus_next = Some(target);
                ctx.request_repaint();
                Ok(())
            }
        };
        if let Err(message) = result {
            self.say(Message::error(message));
        }
    }

    fn run_ui(&mut self, ctx: &egui::Context, command: UiCommand) -> Result<(), String> {
        match command {
            UiCommand::New => self.after_asking(AfterSave::New),
            UiCommand::NewFromClipboard => {
                self.paste_wanted = Some(ctx.input(|i| i.time));
                ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
            }
            UiCommand::Open => self.request_file(super::FileTask::Open),
            UiCommand::ImportArticle => self.request_file(super::FileTask::Import),
            UiCommand::Save => return self.save(),
            UiCommand::SaveAs => self.request_file(super::FileTask::SaveProject),
            UiCommand::Quit => self.after_asking(AfterSave::Quit),
            UiCommand::Undo => return self.undo_or_redo(true),
            UiCommand::Redo => return self.undo_or_redo(false),
            UiCommand::DeleteAnnotation => {
                if let Some(id) = self.view.selected_annotation {
                    let edit =
                        build::remove_annotation(self.project(), id).map_err(|e| e.to_string())?;
                    self.apply(edit)?;
                    self.view.selected_annotation = None;
                }
            }
            UiCommand::EditNote => {
                if self.view.selected_annotation.is_some() {
                    self.list.focus_note = true;
                } else {
                    self.say(Message::info(t!("ws-select-highlight-first")));
                }
            }
            UiCommand::NextAnnotation => self.step_annotation(ctx, true),
            UiCommand::PreviousAnnotation => self.step_annotation(ctx, false),
            UiCommand::FocusArticle => self.view.focus_requested = true,
            UiCommand::Find => self.find.open(),
            UiCommand::FindNext | UiCommand::FindPrevious => {
                if let Some(m) = self.find.step(command == UiCommand::FindNext) {
                    self.view.scroll_to = Some(m.start);
                    self.view.selection = Some(Selection {
                        anchor: m.start,
                        head: m.end,
                    });
                }
            }
            UiCommand::ZoomIn => self.zoom = settings::zoom_by(self.zoom, 1.0),
            UiCommand::ZoomOut => self.zoom = settings::zoom_by(self.zoom, -1.0),
            UiCommand::ZoomReset => self.zoom = 1.0,
            UiCommand::GradeSubmissions
            | UiCommand::ExportAssignment
            | UiCommand::EditTags
            | UiCommand::EditDetails
            | UiCommand::EditArticleSource
            | UiCommand::BecomeTeacher => return self.teacher_command(ctx, command),
            UiCommand::Help => self.overlays.help = true,
            UiCommand::About => self.overlays.about = true,
        }
        Ok(())
    }

    /// Applies an edit and keeps the view in step with the model.
    fn apply(&mut self, edit: Edit) -> Result<(), String> {
        self.session.apply(edit).map_err(|e| e.to_string())?;
        self.after_change();
        Ok(())
    }

    fn undo_or_redo(&mut self, undo: bool) -> Result<(), String> {
        let history = self.session.history();
        let edit = if undo {
            history.last_done()
        } else {
            history.last_undone()
        };
        let Some(edit) = edit.cloned() else {
            return Ok(());
        };
        let result = if undo {
            self.session.undo()
        } else {
            self.session.redo()
        };
        result.map_err(|e| e.to_string())?;
        let shown = if undo { edit.invert() } else { edit };
        self.show_what_changed(&shown);
        self.after_change();
        Ok(())
    }

    /// After undo or redo, select what the edit touched, so the student sees it.
    fn show_what_changed(&mut self, applied: &Edit) {
        let target = match applied {
            // A highlight was taken away: its text stays selected, ready to tag again.
            Edit::RemoveAnnotation(a) => {
                self.view.selected_annotation = None;
                Some((a.article.clone(), a.range, None))
            }
            Edit::AddAnnotation(a) => Some((a.article.clone(), a.range, Some(a.id))),
            Edit::UpdateAnnotation { after, .. } => {
                Some((after.article.clone(), after.range, Some(after.id)))
            }
            _ => None,
        };
        let Some((article, range, selected)) = target else {
            return;
        };
        if self.current_article.as_ref() != Some(&article) {
            self.current_article = Some(article);
            self.view.reset();
        }
        self.view.selected_annotation = selected;
        self.view.selection = Some(match selected {
            Some(_) => Selection {
                anchor: range.end,
                head: range.end,
            },
            None => Selection {
                anchor: range.start,
                head: range.end,
            },
        });
        self.view.scroll_to_if_hidden = Some(range.start);
    }

    /// Makes view state that mirrors the model agree with it again.
    pub(super) fn after_change(&mut self) {
        // The note box is re-read from the model (a note undone is gone from the screen).
        self.list.note_draft = None;
        if let Some(id) = self.view.selected_annotation
            && self.project().annotation(id).is_none()
        {
            self.view.selected_annotation = None;
        }
        if let Some(article) = &self.current_article
            && self.project().article(article).is_none()
        {
            self.current_article = self.project().articles().first().map(|a| a.id().clone());
            self.view.reset();
        }
        if self.current_article.is_none() {
            self.current_article = self.project().articles().first().map(|a| a.id().clone());
        }
        self.saved_notice = None;
    }

    fn tag(&mut self, tag: &crate::model::TagId, now: Timestamp) -> Result<(), String> {
        let Some(article) = self.current_article.clone() else {
            return Ok(());
        };
        if let Some(selection) = self.view.selection.filter(|s| s.anchor != s.head) {
            let edit = build::add_annotation(
                self.project(),
                &article,
                selection.range(),
                tag,
                &self.author,
                now,
            )
            .map_err(|e| e.to_string())?;
            let Edit::AddAnnotation(added) = &edit else {
                return Ok(());
            };
            let (id, end) = (added.id, added.range.end);
            self.apply(edit)?;
            // The caret stays where the selection ended, ready for the next passage.
            self.view.selection = Some(Selection {
                anchor: end,
                head: end,
            });
            self.view.selected_annotation = Some(id);
            return Ok(());
        }
        if let Some(id) = self.view.selected_annotation {
            let edit = build::retag(self.project(), id, tag, now).map_err(|e| e.to_string())?;
            self.apply(edit)?;
        } else {
            self.say(Message::info(t!("ws-select-passage-first")));
        }
        Ok(())
    }

    fn select(&mut self, id: AnnotationId) {
        self.view.selected_annotation = Some(id);
        // Keep the caret where it is, as a caret.
        if let Some(sel) = &mut self.view.selection {
            sel.anchor = sel.head;
        }
    }

    fn jump_to(&mut self, ctx: &egui::Context, id: AnnotationId) {
        if let Some(a) = self.session.project().annotation(id) {
            let (article, range) = (a.article.clone(), a.range);
            if self.current_article.as_ref() != Some(&article) {
                self.current_article = Some(article);
                self.view.reset();
            }
            self.view.scroll_to = Some(range.start);
            self.view.flash_since = Some(ctx.input(|i| i.time));
            self.view.selection = Some(Selection {
                anchor: range.start,
                head: range.start,
            });
        }
        self.view.selected_annotation = Some(id);
    }

    /// Alt+Down / Alt+Up: the next or previous highlight after the caret.
    fn step_annotation(&mut self, ctx: &egui::Context, forward: bool) {
        let Some(article) = &self.current_article else {
            return;
        };
        let annotations = self.project().annotations_in(article);
        let current = self
            .view
            .selected_annotation
            .and_then(|id| annotations.iter().position(|a| a.id == id));
        let caret = self.view.selection.map(|s| s.head);
        let next = match (current, forward) {
            (Some(i), true) => (i + 1 < annotations.len()).then_some(i + 1),
            (Some(i), false) => i.checked_sub(1),
            (None, true) => annotations
                .iter()
                .position(|a| caret.is_none_or(|c| a.range.start >= c)),
            (None, false) => annotations
                .iter()
                .rposition(|a| caret.is_none_or(|c| a.range.start < c)),
        };
        match next.and_then(|i| annotations.get(i)).map(|a| a.id) {
            Some(id) => self.jump_to(ctx, id),
            None => self.say(Message::info(if forward {
                t!("ws-no-more-after")
            } else {
                t!("ws-none-before")
            })),
        }
    }

    /// Text arrived from the clipboard (Ctrl+V, or File > New from clipboard).
    fn pasted(&mut self, text: String) -> Result<(), String> {
        if self.paste_wanted.take().is_some() {
            self.after_asking(AfterSave::NewFromText(text));
            return Ok(());
        }
        if self.project().articles().is_empty() {
            return self.add_pasted_article(&text);
        }
        self.say(Message::info(t!("ws-paste-use-menu")));
        Ok(())
    }
}
