//! What the window remembers between runs (recent files, zoom, the student's name) and
//! the zoom itself, which scales the whole window through egui's zoom factor.

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
    /// Restores recent files, zoom and the student's name remembered by eframe.
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
    }

    pub(super) fn save_settings(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.recent);
        eframe::set_value(storage, ZOOM_KEY, &self.zoom);
        eframe::set_value(storage, STUDENT_NAME_KEY, &self.student_name);
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
