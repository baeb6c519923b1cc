//! Questions the app must ask before it acts: unsaved changes, another window on the
//! same file, a file changed on disk, restoring a recovery copy.

use super::MarginaliaApp;
use crate::gui::messages::Message;
use crate::t;

/// A modal question: a heading, a sentence, and a row of buttons. Returns the index of
/// the button clicked this frame, if any. Tab moves between the buttons and Enter
/// presses one; Escape (or a click outside) answers `escape`, where there is a harmless
/// answer to give (never "Discard").
pub(super) fn ask(
    ctx: &egui::Context,
    id: &str,
    heading: &str,
    text: &str,
    buttons: &[String],
    escape: Option<usize>,
) -> Option<usize> {
    let mut choice = None;
    let modal = egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.set_max_width(560.0);
        ui.heading(heading);
        ui.label(text);
        ui.horizontal(|ui| {
            for (i, label) in buttons.iter().enumerate() {
                let response = ui.button(label.as_str());
                super::probe::note_button(ui.ctx(), label, response.rect);
                if response.clicked() {
                    choice = Some(i);
                }
            }
        });
    });
    if choice.is_none() && modal.should_close() {
        choice = escape;
    }
    choice
}

impl MarginaliaApp {
    pub(super) fn save_prompt(&mut self, ctx: &egui::Context) {
        let Some(after) = self.overlays.save_prompt.clone() else {
            return;
        };
        let choice = ask(
            ctx,
            "save-changes",
            &t!("dlg-save-changes-heading"),
            &t!("dlg-save-changes-text"),
            &[t!("dlg-save"), t!("dlg-dont-save"), t!("dlg-cancel")],
            Some(2),
        );
        let Some(choice) = choice else { return };
        self.overlays.save_prompt = None;
        match choice {
            0 => {
                // Saving may ask more (the student's name, where): carry on once saved.
                self.overlays.after_save = Some(after);
                if let Err(e) = self.save() {
                    self.overlays.after_save = None;
                    self.say(Message::error(e));
                }
            }
            1 => self.proceed(after),
            _ => {}
        }
    }

    /// The project is open in another window (its lock file says who).
    pub(super) fn lock_prompt(&mut self, ctx: &egui::Context) {
        let Some(owner) = self.overlays.lock_conflict.clone() else {
            return;
        };
        let choice = ask(
            ctx,
            "lock-conflict",
            &t!("dlg-lock-heading"),
            &t!("dlg-lock-text", owner = owner.to_string()),
            &[t!("dlg-lock-work-on-copy"), t!("dlg-lock-open-anyway")],
            Some(0),
        )
        .map(|i| i == 0);
        match choice {
            Some(true) => {
                if self.project().role() == crate::model::Role::Assignment {
                    // Still a hand-in beside the assignment.
                    self.submission_from = self.session.path().map(std::path::Path::to_path_buf);
                }
                self.session.detach_path();
                self.overlays.lock_conflict = None;
                self.say(Message::info(t!("dlg-lock-working-on-copy")));
            }
            Some(false) => {
                self.lock = self
                    .session
                    .path()
                    .and_then(crate::lock::ProjectLock::force);
                self.overlays.lock_conflict = None;
            }
            None => {}
        }
    }

    /// Save found the file changed on disk since it was opened.
    pub(super) fn overwrite_prompt(&mut self, ctx: &egui::Context) {
        let Some(path) = self.overlays.overwrite_prompt.clone() else {
            return;
        };
        let choice = ask(
            ctx,
            "changed-on-disk",
            &t!("dlg-disk-heading"),
            &t!("dlg-disk-text", path = path.display().to_string()),
            &[t!("dlg-save-as"), t!("dlg-overwrite"), t!("dlg-cancel")],
            Some(2),
        );
        let Some(choice) = choice else { return };
        self.overlays.overwrite_prompt = None;
        match choice {
            0 => self.request_file(super::FileTask::SaveProject),
            1 => {
                if let Err(e) = self.save_overwriting() {
                    self.overlays.after_save = None;
                    self.say(Message::error(e));
                }
            }
            _ => self.overlays.after_save = None,
        }
    }

    /// At start-up, if a previous session left unsaved work, offer to restore it.
    pub(super) fn recovery_prompt(&mut self, ctx: &egui::Context) {
        let Some(copy) = self.recovery_offer.first().cloned() else {
            return;
        };
        let what = copy.original.as_ref().map_or_else(
            || t!("dlg-restore-never-saved"),
            |p| p.display().to_string(),
        );
        let choice = ask(
            ctx,
            "restore-work",
            &t!("dlg-restore-heading"),
            &t!("dlg-restore-text", what = &what),
            &[t!("dlg-restore"), t!("dlg-discard")],
            None,
        )
        .map(|i| i == 0);
        match choice {
            Some(true) => {
                self.restore(&copy);
                self.recovery_offer.remove(0);
            }
            Some(false) => {
                if let Some(store) = &self.recovery {
                    store.discard_copy(&copy);
                }
                self.recovery_offer.remove(0);
            }
            None => {}
        }
    }
}
