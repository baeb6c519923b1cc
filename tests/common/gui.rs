//! The window under egui_kittest, as every GUI test starts it.

use egui::vec2;
use egui_kittest::Harness;
use marginalia::gui::MarginaliaApp;

/// The real app in a window of `width`×`height`, with the app's bundled fonts (kittest
/// panics on any glyph they lack), after a few frames so panels have settled.
pub fn harness(app: MarginaliaApp, width: f32, height: f32) -> Harness<'static, MarginaliaApp> {
    let mut harness = Harness::builder()
        .with_size(vec2(width, height))
        .with_context_setup(marginalia::gui::fonts::install)
        .build_ui_state(|ui, app: &mut MarginaliaApp| app.show(ui), app);
    harness.run_steps(4);
    harness
}
