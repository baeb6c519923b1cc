//! Windows and questions open over the workspace, and the order they are asked in: at
//! most one modal question at a time, the most urgent first.

use std::path::PathBuf;

use super::{AfterSave, FileTask, MarginaliaApp};
use crate::gui::file_dialog::PendingChoice;

/// Why "are you the teacher?" is asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TeacherAsk {
    /// Save was pressed on an assignment or key: save once confirmed.
    BeforeSave,
    /// Teacher > Edit this file as the teacher.
    FromMenu,
}

/// Windows and questions that are open over the workspace.
#[derive(Default)]
pub(super) struct Overlays {
    /// "Save your changes?" before doing this.
    pub(super) save_prompt: Option<AfterSave>,
    /// Do this once the save under way has finished.
    pub(super) after_save: Option<AfterSave>,
    pub(super) tag_editor: Option<super::tag_editor::TagEditor>,
    pub(super) details: Option<super::details_editor::DetailsEditor>,
    pub(super) source_editor: Option<super::source_editor::SourceEditor>,
    /// An article read from a file, shown before it is added.
    pub(super) import_preview: Option<super::import_preview::ImportPreview>,
    pub(super) hand_in: Option<super::hand_in::HandInPrompt>,
    /// "Are you the teacher?" before working on an assignment or key itself.
    pub(super) teacher_prompt: Option<TeacherAsk>,
    /// Someone else has the project open: ask before going on.
    pub(super) lock_conflict: Option<crate::lock::LockOwner>,
    /// Save found the file changed on disk: ask before overwriting it.
    pub(super) overwrite_prompt: Option<PathBuf>,
    pub(super) help: bool,
    pub(super) about: bool,
    /// A file being chosen in the in-window dialog.
    pub(super) choosing: PendingChoice<FileTask>,
}

impl MarginaliaApp {
    /// Questions asked in modal windows, one at a time, most urgent first.
    pub(super) fn questions(&mut self, ctx: &egui::Context) {
        if self.overlays.choosing.is_some() {
            self.file_dialog(ctx);
        } else if self.overlays.hand_in.is_some() {
            self.hand_in_prompt(ctx);
        } else if self.overlays.teacher_prompt.is_some() {
            self.teacher_prompt(ctx);
        } else if self.overlays.overwrite_prompt.is_some() {
            self.overwrite_prompt(ctx);
        } else if self.overlays.save_prompt.is_some() {
            self.save_prompt(ctx);
        } else if self.overlays.lock_conflict.is_some() {
            self.lock_prompt(ctx);
        } else if !self.recovery_offer.is_empty() {
            self.recovery_prompt(ctx);
        }
    }

    /// Which question or dialog is open, if any (for the end-to-end probe).
    pub fn asking_what(&self) -> Option<&'static str> {
        let o = &self.overlays;
        let open = [
            (o.choosing.is_some(), "file-dialog"),
            (o.hand_in.is_some(), "hand-in"),
            (o.import_preview.is_some(), "import-preview"),
            (o.teacher_prompt.is_some(), "teacher"),
            (o.overwrite_prompt.is_some(), "changed-on-disk"),
            (o.save_prompt.is_some(), "save-changes"),
            (o.lock_conflict.is_some(), "already-open"),
            (!self.recovery_offer.is_empty(), "restore"),
        ];
        open.iter().find(|(is, _)| *is).map(|(_, what)| *what)
    }

    /// Whether a modal question or dialog is open (the article then ignores keys).
    pub fn is_asking(&self) -> bool {
        let o = &self.overlays;
        o.choosing.is_some()
            || o.hand_in.is_some()
            || o.import_preview.is_some()
            || o.teacher_prompt.is_some()
            || o.overwrite_prompt.is_some()
            || o.save_prompt.is_some()
            || o.lock_conflict.is_some()
            || !self.recovery_offer.is_empty()
    }
}
