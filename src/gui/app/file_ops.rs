//! Opening, importing, pasting and saving files; autosave and recovery.
//!
//! Every file choice goes through [`MarginaliaApp::request_file`]: the native dialog when
//! one opens, Marginalia's own dialog when none can ("no dialog" is never taken for
//! "cancelled"). Where Save writes is decided by [`crate::workflow::save_target`], so a
//! student's Save can never write over an assignment or an answer key.

use std::path::{Path, PathBuf};

use super::{AfterSave, MarginaliaApp};
use crate::gui::file_dialog;
use crate::gui::files::{self, PickRequest};
use crate::gui::messages::Message;
use crate::model::{Project, Role};
use crate::project_file::SaveError;
use crate::t;
use crate::workflow::SaveTarget;

/// What a file being chosen is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileTask {
    Open,
    Import,
    SaveProject,
    ExportAssignment,
}

impl MarginaliaApp {
    /// Asks for a file for `task`, by the native dialog or, where none opens, our own.
    pub(super) fn request_file(&mut self, task: FileTask) {
        let request = self.file_request(task);
        if let Some((task, path)) = file_dialog::choose(
            self.picker.as_mut(),
            request,
            task,
            &mut self.overlays.choosing,
        ) {
            self.file_chosen(task, path);
        } else if self.overlays.choosing.is_none() {
            // Cancelled: whatever was waiting for this save does not happen.
            self.overlays.after_save = None;
        }
    }

    /// The in-window dialog, while one is open.
    pub(super) fn file_dialog(&mut self, ctx: &egui::Context) {
        match file_dialog::poll_choice(ctx, &mut self.overlays.choosing) {
            Some((task, path)) => self.file_chosen(task, path),
            None if self.overlays.choosing.is_none() => self.overlays.after_save = None,
            None => {}
        }
    }

    fn file_request(&self, task: FileTask) -> PickRequest {
        let here = self
            .session
            .path()
            .or(self.submission_from.as_deref())
            .and_then(Path::parent)
            .or(self.work_folder.as_deref());
        match task {
            FileTask::Open => PickRequest::open(&t!("dlg-file-open-title"), here, files::OPENABLE),
            FileTask::Import => {
                PickRequest::open(&t!("dlg-file-import-title"), here, files::ARTICLES)
            }
            FileTask::SaveProject => {
                let name = self
                    .session
                    .path()
                    .and_then(Path::file_name)
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| {
                        suggested_name(self.project(), self.submission_from.as_deref())
                    });
                PickRequest::save(&t!("dlg-file-save-title"), here, &name)
            }
            FileTask::ExportAssignment => {
                let stem = self
                    .session
                    .path()
                    .and_then(Path::file_stem)
                    .map(|s| s.to_string_lossy().replace("-key", ""))
                    .unwrap_or_else(|| {
                        crate::export::safe::file_stem(self.project().title(), "assignment")
                    });
                PickRequest::save(
                    &t!("dlg-file-export-title"),
                    here,
                    &format!("{stem}-assignment.ron"),
                )
            }
        }
    }

    fn file_chosen(&mut self, task: FileTask, path: PathBuf) {
        let path = match task {
            FileTask::SaveProject | FileTask::ExportAssignment => with_ron_extension(path),
            FileTask::Open | FileTask::Import => path,
        };
        let result = match task {
            FileTask::Open => {
                self.after_asking(AfterSave::Open(path));
                Ok(())
            }
            FileTask::Import => self.prepare_import(&path),
            FileTask::SaveProject => self.save_to(&path),
            FileTask::ExportAssignment => self.export_assignment_to(&path),
        };
        if let Err(message) = result {
            self.overlays.after_save = None;
            self.say(Message::error(message));
        }
    }

    /// Does `next` now, or after "Save your changes?" if there are unsaved changes.
    pub(super) fn after_asking(&mut self, next: AfterSave) {
        if self.session.is_dirty() {
            self.overlays.save_prompt = Some(next);
        } else {
            self.proceed(next);
        }
    }

    /// Does what was waiting for the work to be saved (or let go).
    pub(super) fn proceed(&mut self, next: AfterSave) {
        match next {
            AfterSave::Quit => {
                self.allowed_to_close = true;
                self.quit_now = true;
            }
            AfterSave::Open(path) => self.load(&path),
            AfterSave::New => self.new_project(None),
            AfterSave::NewFromText(text) => self.new_project(Some(&text)),
        }
    }

    /// Save (Ctrl+S): in place, as a hand-in beside the assignment, or after asking.
    pub(super) fn save(&mut self) -> Result<(), String> {
        // An assignment or key as opened keeps its protection, even if its role was
        // changed since.
        let role = match (&self.protected, self.session.path()) {
            (Some((file, role)), Some(path)) if file == path => *role,
            _ => self.project().role(),
        };
        let target = crate::workflow::save_target(
            role,
            self.session.path(),
            self.submission_from.as_deref(),
            self.teacher_mode,
        );
        match target {
            SaveTarget::InPlace(_) => {
                let before = self.session.path().map(Path::to_path_buf);
                match self.session.save() {
                    Ok(saved) => self.after_save(before, saved),
                    Err(SaveError::ChangedOnDisk { path }) => {
                        self.overlays.overwrite_prompt = Some(path);
                    }
                    Err(e) => {
                        self.overlays.after_save = None;
                        return Err(e.to_string());
                    }
                }
            }
            SaveTarget::HandIn { assignment } => self.ask_hand_in(assignment),
            SaveTarget::Protected { .. } => {
                self.overlays.teacher_prompt = Some(super::TeacherAsk::BeforeSave);
            }
            SaveTarget::ChooseFile => self.request_file(FileTask::SaveProject),
        }
        Ok(())
    }

    /// Saves to `path`, chosen by the person (Save As, the dialogs, the hand-in).
    pub(super) fn save_to(&mut self, path: &Path) -> Result<(), String> {
        let protected = self
            .submission_from
            .as_deref()
            .or(match self.project().role() {
                Role::Assignment | Role::Key if !self.teacher_mode => self.session.path(),
                _ => None,
            });
        if protected.is_some_and(|p| same_file(p, path)) {
            return Err(t!(
                "dlg-file-not-the-assignment",
                path = path.display().to_string()
            ));
        }
        let before = self.session.path().map(Path::to_path_buf);
        let saved = self.session.save_as(path).map_err(|e| e.to_string())?;
        self.after_save(before, saved);
        Ok(())
    }

    /// Saves over a file that changed on disk, because the person chose to.
    pub(super) fn save_overwriting(&mut self) -> Result<(), String> {
        let before = self.session.path().map(Path::to_path_buf);
        let saved = self.session.save_overwriting().map_err(|e| e.to_string())?;
        self.after_save(before, saved);
        Ok(())
    }

    fn after_save(&mut self, before: Option<PathBuf>, saved: PathBuf) {
        if let Some(store) = &self.recovery {
            // Autosave copies were keyed by where the work was: the assignment it was
            // started from, the old name, or none.
            store.discard(before.as_deref());
            store.discard(self.submission_from.as_deref());
            store.discard(Some(&saved));
        }
        if before.as_deref() != Some(saved.as_path()) {
            self.lock = crate::lock::ProjectLock::force(&saved);
        }
        let shown = std::path::absolute(&saved).unwrap_or_else(|_| saved.clone());
        self.remember_recent(saved);
        let text = t!("dlg-file-saved-to", path = shown.display().to_string());
        self.say(Message::info(text.clone()));
        self.saved_notice = Some(text);
        if let Some(next) = self.overlays.after_save.take() {
            self.proceed(next);
        }
    }

    /// Every `autosave_every` seconds while there are unsaved changes, writes a recovery copy.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        if self.recovery.is_none() || !self.session.is_dirty() {
            return;
        }
        let now = ctx.input(|i| i.time);
        let version = self.session.history().version();
        match self.last_autosave {
            None => self.last_autosave = Some((now, u64::MAX)),
            Some((at, saved_version))
                if now - at >= self.autosave_every && saved_version != version =>
            {
                // A hand-in not saved yet is kept under the file it will be saved as, so a
                // restored copy still goes beside its assignment (never into it).
                let original = self.session.path().map(Path::to_path_buf).or_else(|| {
                    let assignment = self.submission_from.as_deref()?;
                    let name = &self.session.project().details().author;
                    Some(self.hand_in_path(Some(assignment), name))
                });
                let Some(store) = &self.recovery else { return };
                match store.write(self.session.project(), original.as_deref()) {
                    Ok(_) => self.last_autosave = Some((now, version)),
                    Err(e) => {
                        self.messages.push(Message::error(t!(
                            "dlg-file-autosave-failed",
                            error = e.to_string()
                        )));
                        self.last_autosave = Some((now, saved_version));
                    }
                }
            }
            Some(_) => {}
        }
        // A timer, not a busy loop: the next frame comes when the next autosave is due.
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(
            self.autosave_every.max(0.05),
        ));
    }
}

/// The same file, even if one path is relative or goes through a link.
pub(super) fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => std::path::absolute(a).ok() == std::path::absolute(b).ok(),
    }
}

/// A student's submission: `<assignment>-<student>.ron`; otherwise `<title>.ron`.
pub(super) fn suggested_name(project: &Project, assignment: Option<&Path>) -> String {
    match project.role() {
        Role::Submission if !project.details().author.is_empty() => {
            let path = crate::workflow::submission_path(
                assignment,
                project.title(),
                &project.details().author,
            );
            path.file_name().map_or_else(
                || "submission.ron".to_owned(),
                |n| n.to_string_lossy().into_owned(),
            )
        }
        _ => format!("{}.ron", crate::import::slug(project.title())),
    }
}

/// A project file always ends in `.ron` (any case), so it opens as a project again:
/// "J. Doe" or "essay v1.2" get `.ron` added, not their "extension" replaced.
fn with_ron_extension(path: PathBuf) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
    {
        return path;
    }
    let mut name = path.into_os_string();
    name.push(".ron");
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_projects_always_end_in_ron() {
        for (typed, saved) in [
            ("/c/mine", "/c/mine.ron"),
            ("/c/J. Doe", "/c/J. Doe.ron"),
            ("/c/essay v1.2", "/c/essay v1.2.ron"),
            ("/c/notes.", "/c/notes..ron"),
            ("/c/Work.RON", "/c/Work.RON"),
        ] {
            assert_eq!(
                with_ron_extension(PathBuf::from(typed)),
                PathBuf::from(saved)
            );
        }
    }
}
