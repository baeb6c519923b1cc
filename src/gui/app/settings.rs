//! What the window remembers between runs (recent files, zoom, the student's name, the
//! language chosen in View > Language) and the zoom itself, which scales the whole window through egui's zoom factor.

use std::path::PathBuf;

use super::MarginaliaApp;

/// Recent files remembered in the File menu.
pub(super) const MAX_RECENT: usize = 8;
/// The zoom range, as a factor of egui's default size.
pub const ZOOM_MIN: f32 = 0.75;
pub const ZOOM_MAX: f32 = 2.0;
/// One Ctrl+Plus or Ctrl+Minus.
const ZOOM_STEP: f32 = 0.125;

/// Keys of what eframe remembers between runs (window size is remembered by eframe).
const RECENT_KEY: &str = "recent-files";
const ZOOM_KEY: &str = "zoom";
const STUDENT_NAME_KEY: &str = "student-name";
/// The code of the language chosen in View > Language (`fr`), kept only once chosen.
const LANGUAGE_KEY: &str = "language";

/// `zoom` one step bigger (`steps` > 0) or smaller, within the range.
pub(super) fn zoom_by(zoom: f32, steps: f32) -> f32 {
    let z = ((zoom + steps * ZOOM_STEP) / ZOOM_STEP).round() * ZOOM_STEP;
    z.clamp(ZOOM_MIN, ZOOM_MAX)
}

/// Sets egui's zoom factor when it differs (egui's own Ctrl+/- is turned off in
/// [`crate::gui::style`], so the range and the menu agree).
pub(super) fn apply_zoom(ctx: &egui::Context, zoom: f32) {
    if (ctx.zoom_factor() - zoom).abs() > f32::EPSILON {
        ctx.set_zoom_factor(zoom);
    }
}

impl MarginaliaApp {
    /// Restores recent files, zoom, the student's name and the language remembered by
    /// eframe. A language given with `--lang` wins over the remembered one.
    pub fn restore_settings(&mut self, storage: &dyn eframe::Storage) {
        if let Some(recent) = eframe::get_value::<Vec<PathBuf>>(storage, RECENT_KEY) {
            for p in recent.into_iter().rev() {
                self.remember_recent(p);
            }
        }
        if let Some(zoom) = eframe::get_value::<f32>(storage, ZOOM_KEY) {
            self.zoom = zoom.clamp(ZOOM_MIN, ZOOM_MAX);
        }
        if let Some(name) = eframe::get_value::<String>(storage, STUDENT_NAME_KEY) {
            self.name_draft.clone_from(&name);
            self.student_name = name;
        }
        if let Some(code) = eframe::get_value::<String>(storage, LANGUAGE_KEY) {
            let saved = crate::i18n::Lang::from_code(&code);
            if let Some(lang) = saved.filter(|_| !crate::i18n::chosen_on_command_line()) {
                crate::i18n::set_thread(lang);
            }
            self.language_choice = Some(code);
        }
    }

    /// View > Language: this window's thread speaks `lang` from now on, and the choice
    /// is remembered for the next run.
    pub(super) fn choose_language(&mut self, lang: crate::i18n::Lang) {
        crate::i18n::set_thread(lang);
        self.language_choice = Some(lang.code().to_owned());
    }

    pub(super) fn save_settings(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.recent);
        eframe::set_value(storage, ZOOM_KEY, &self.zoom);
        eframe::set_value(storage, STUDENT_NAME_KEY, &self.student_name);
        if let Some(code) = &self.language_choice {
            eframe::set_value(storage, LANGUAGE_KEY, code);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_steps_stay_in_range() {
        assert_eq!(zoom_by(1.0, 1.0), 1.125);
        assert_eq!(zoom_by(1.0, -1.0), 0.875);
        assert_eq!(zoom_by(2.0, 1.0), ZOOM_MAX);
        assert_eq!(zoom_by(0.75, -1.0), ZOOM_MIN);
        assert_eq!(zoom_by(1.3, 0.0), 1.25);
    }
}
