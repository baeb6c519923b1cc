//! Questions the app must ask before it acts: unsaved changes, restoring a recovery copy.

use super::{AfterSavePrompt, MarginaliaApp};

/// A modal question: a heading, a sentence, and a row of buttons. Returns the index of
/// the button clicked this frame, if any.
fn ask(
    ctx: &egui::Context,
    id: &str,
    heading: &str,
    text: &str,
    buttons: &[&str],
) -> Option<usize> {
    let mut choice = None;
    egui::Modal::new(egui::Id::unique(id)).show(ctx, |ui| {
        ui.heading(heading);
        ui.label(text);
        ui.horizontal(|ui| {
            for (i, label) in buttons.iter().enumerate() {
                if ui.button(*label).clicked() {
                    choice = Some(i);
                }
            }
        });
    });
    choice
}

impl MarginaliaApp {
    pub(super) fn save_prompt(&mut self, ctx: &egui::Context) {
        let Some(after) = self.pending.clone() else {
            return;
        };
        let choice = ask(
            ctx,
            "save-changes",
            "Save your changes?",
            "Your annotations have changes that are not saved yet.",
            &["Save", "Don't save", "Cancel"],
        );
        let proceed = match choice {
            Some(0) => {
                let saved = self.save(false);
                if let Err(e) = &saved {
                    self.messages.push((true, e.clone()));
                }
                saved.is_ok() && !self.session.is_dirty()
            }
            Some(1) => true,
            Some(_) => {
                self.pending = None;
                false
            }
            None => false,
        };
        if proceed {
            self.pending = None;
            match after {
                AfterSavePrompt::Quit => {
                    self.allowed_to_close = true;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
                AfterSavePrompt::Open(path) => self.load(&path),
            }
        }
    }

    /// The project is open in another window (its lock file says who).
    pub(super) fn lock_prompt(&mut self, ctx: &egui::Context) {
        let Some(owner) = self.lock_conflict.clone() else {
            return;
        };
        let choice = ask(
            ctx,
            "lock-conflict",
            "This project is already open",
            &format!(
                "Another Marginalia window has it open: {owner}. If you both save, one of you will lose work."
            ),
            &["Work on a copy", "Open anyway"],
        )
        .map(|i| i == 0);
        match choice {
            Some(true) => {
                self.session.detach_path();
                self.lock_conflict = None;
                self.messages.push((
                    false,
                    "Working on a copy: Save will ask for a new file name.".to_owned(),
                ));
            }
            Some(false) => {
                self.lock = self
                    .session
                    .path()
                    .and_then(crate::lock::ProjectLock::force);
                self.lock_conflict = None;
            }
            None => {}
        }
    }

    /// Save found the file changed on disk since it was opened.
    pub(super) fn overwrite_prompt(&mut self, ctx: &egui::Context) {
        let Some(path) = self.overwrite_prompt.clone() else {
            return;
        };
        let choice = ask(
            ctx,
            "changed-on-disk",
            "The file changed on disk",
            &format!(
                "{} was changed by another program or window since you opened it. Overwrite it with your version, or save yours under another name?",
                path.display()
            ),
            &["Save As…", "Overwrite", "Cancel"],
        );
        let result = match choice {
            Some(0) => self.save(true),
            Some(1) => self.save_overwriting(),
            _ => Ok(()),
        };
        if choice.is_some() {
            self.overwrite_prompt = None;
        }
        if let Err(e) = result {
            self.messages.push((true, e));
        }
    }

    /// What the window's close button does; tests have no window manager to press it.
    pub fn request_close_for_test(&mut self) {
        if self.session.is_dirty() {
            self.pending = Some(AfterSavePrompt::Quit);
        }
    }

    /// At start-up, if a previous session left unsaved work, offer to restore it.
    pub(super) fn recovery_prompt(&mut self, ctx: &egui::Context) {
        let Some(copy) = self.recovery_offer.first().cloned() else {
            return;
        };
        let what = copy
            .original
            .as_ref()
            .map_or("a project that was never saved".to_owned(), |p| {
                p.display().to_string()
            });
        let choice = ask(
            ctx,
            "restore-work",
            "Restore unsaved work?",
            &format!(
                "Marginalia closed before your work was saved. An autosaved copy of {what} is available."
            ),
            &["Restore", "Discard"],
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
