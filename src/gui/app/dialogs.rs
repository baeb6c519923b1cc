//! Questions the app must ask before it acts: unsaved changes, restoring a recovery copy.

use super::{AfterSavePrompt, MarginaliaApp};

impl MarginaliaApp {
    pub(super) fn save_prompt(&mut self, ctx: &egui::Context) {
        let Some(after) = self.pending.clone() else {
            return;
        };
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("save-changes")).show(ctx, |ui| {
            ui.heading("Save your changes?");
            ui.label("Your annotations have changes that are not saved yet.");
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    choice = Some(0);
                }
                if ui.button("Don't save").clicked() {
                    choice = Some(1);
                }
                if ui.button("Cancel").clicked() {
                    choice = Some(2);
                }
            });
        });
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
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("lock-conflict")).show(ctx, |ui| {
            ui.heading("This project is already open");
            ui.label(format!(
                "Another Marginalia window has it open: {owner}. If you both save, one of you will lose work."
            ));
            ui.horizontal(|ui| {
                if ui.button("Work on a copy").clicked() {
                    choice = Some(true);
                }
                if ui.button("Open anyway").clicked() {
                    choice = Some(false);
                }
            });
        });
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
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("changed-on-disk")).show(ctx, |ui| {
            ui.heading("The file changed on disk");
            ui.label(format!(
                "{} was changed by another program or window since you opened it. Overwrite it with your version, or save yours under another name?",
                path.display()
            ));
            ui.horizontal(|ui| {
                if ui.button("Save As…").clicked() {
                    choice = Some(0);
                }
                if ui.button("Overwrite").clicked() {
                    choice = Some(1);
                }
                if ui.button("Cancel").clicked() {
                    choice = Some(2);
                }
            });
        });
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
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("restore-work")).show(ctx, |ui| {
            ui.heading("Restore unsaved work?");
            let what = copy
                .original
                .as_ref()
                .map_or("a project that was never saved".to_owned(), |p| p.display().to_string());
            ui.label(format!(
                "Marginalia closed before your work was saved. An autosaved copy of {what} is available."
            ));
            ui.horizontal(|ui| {
                if ui.button("Restore").clicked() {
                    choice = Some(true);
                }
                if ui.button("Discard").clicked() {
                    choice = Some(false);
                }
            });
        });
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
