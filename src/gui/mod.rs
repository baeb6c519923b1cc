//! The desktop window (feature `gui`). Views are thin: they read the project and return
//! [`command::Command`]s; [`app::MarginaliaApp::run`] is the one place that applies them.

pub mod app;
pub mod article_view;
pub mod bidi_label;
pub mod command;
pub mod file_dialog;
pub mod files;
pub mod find_bar;
pub mod fonts;
pub mod grading;
pub mod messages;
mod palette;
mod panels;

use std::path::PathBuf;
use std::process::ExitCode;

pub use app::MarginaliaApp;

/// Text sizes a 14-year-old reads comfortably on a school laptop at 100 %, and no egui
/// keyboard zoom (the app's own zoom has the range and the menu).
pub fn style(ctx: &egui::Context) {
    use egui::{FontFamily, FontId, TextStyle};
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Small,
                FontId::new(12.5, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(15.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Heading,
                FontId::new(20.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(14.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.interact_size.y = 24.0;
        // A blinking cursor redraws the window twice a second for as long as a field has
        // the keyboard: a steady one costs nothing.
        style.visuals.text_cursor.blink = false;
    });
}

/// Fonts and style, as the window and the tests set them up.
pub fn setup(ctx: &egui::Context) {
    fonts::install(ctx);
    style(ctx);
}

/// The settings file eframe is told to use: `marginalia-data/app.ron` beside the program
/// in portable mode; otherwise none, so eframe keeps its own place (the one
/// [`crate::platform::folders`] reports, as a test below checks), found on Windows
/// through the system rather than `%APPDATA%`.
fn persistence_path(folders: &crate::platform::folders::Folders) -> Option<PathBuf> {
    if folders.portable {
        folders.settings_file()
    } else {
        None
    }
}

/// The app's icon (assets/icons, drawn for Marginalia) for the window and the task bar,
/// where the desktop does not take it from the installed .desktop file.
fn window_icon() -> egui::IconData {
    // i18n-ok: the icon file's path
    const PNG: &[u8] = include_bytes!("../../assets/icons/hicolor/128x128/apps/marginalia.png");
    // Decoding a PNG we ship cannot fail unless the file is damaged; then no icon.
    eframe::icon_data::from_png_bytes(PNG).unwrap_or_default()
}

/// Opens the window on `file`, or on the sample exercise; with `grade`, on the grading
/// screen with `file` as the key and `grade` as the submissions folder.
pub fn run(file: Option<PathBuf>, grade: Option<PathBuf>) -> ExitCode {
    let folders = crate::platform::folders::current();
    let options = eframe::NativeOptions {
        persistence_path: persistence_path(&folders),
        viewport: egui::ViewportBuilder::default()
            // i18n-ok: the product's name; the app's own title follows the open file.
            .with_title("Marginalia")
            .with_app_id("marginalia")
            .with_inner_size([1280.0, 720.0])
            .with_min_inner_size([640.0, 400.0])
            .with_icon(window_icon()),
        ..Default::default()
    };
    let exit_after = std::env::var("MARGINALIA_EXIT_AFTER_FRAMES")
        .ok()
        .and_then(|v| v.parse::<u64>().ok());
    let result = eframe::run_native(
        // i18n-ok: eframe's app name, where its settings are stored.
        "Marginalia",
        options,
        Box::new(move |cc| {
            setup(&cc.egui_ctx);
            let key = file.clone();
            let mut app = MarginaliaApp::open(file);
            if let Some(folder) = grade {
                app.open_grading(key, folder, &cc.egui_ctx);
            }
            if let Some(storage) = cc.storage {
                app.restore_settings(storage);
            }
            if let Some(dir) = folders.recovery.clone() {
                app = app.with_recovery(crate::recovery::RecoveryStore::new(dir));
            }
            app.exit_after_frames = exit_after;
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("{}", crate::t!("ws-window-failed", error = err.to_string()));
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod icon_tests {
    #[test]
    fn the_window_icon_decodes() {
        let icon = super::window_icon();
        assert_eq!((icon.width, icon.height), (128, 128));
        assert_eq!(icon.rgba.len(), 128 * 128 * 4);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::folders::{Environment, Folders, resolve};

    #[test]
    fn portable_mode_gives_eframe_the_settings_file_beside_the_program() {
        let portable = Folders {
            settings: Some(PathBuf::from("/usb/marginalia-data")),
            recovery: Some(PathBuf::from("/usb/marginalia-data/recovery")),
            portable: true,
        };
        assert_eq!(
            persistence_path(&portable),
            Some(PathBuf::from("/usb/marginalia-data/app.ron"))
        );
        let installed = Folders {
            portable: false,
            ..portable
        };
        assert_eq!(persistence_path(&installed), None);
    }

    /// Outside portable mode eframe picks the settings folder; the folders module reports
    /// the same one (`marginalia paths` prints it).
    #[test]
    fn the_reported_settings_folder_is_the_one_eframe_uses() {
        let mut env = Environment::current();
        env.portable_marker = false;
        assert_eq!(resolve(&env).settings, eframe::storage_dir("marginalia"));
    }
}
