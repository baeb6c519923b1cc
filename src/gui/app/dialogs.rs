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
