//! The window under egui_kittest, as every GUI test starts it.

use egui::{Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::gui::MarginaliaApp;
use marginalia::text::ByteOffset;

/// The real app in a window of `width`×`height`, with the app's bundled fonts (kittest
/// panics on any glyph they lack), after a few frames so panels have settled.
pub fn harness(app: MarginaliaApp, width: f32, height: f32) -> Harness<'static, MarginaliaApp> {
    let mut harness = Harness::builder()
        .with_size(vec2(width, height))
        .with_context_setup(marginalia::gui::setup)
        .build_ui_state(|ui, app: &mut MarginaliaApp| app.show(ui), app);
    harness.run_steps(4);
    harness
}

/// The window manager's close button, as winit reports it to egui: the same path a real
/// click on the title bar's × takes (the app must ask before closing unsaved work).
pub fn press_window_close(harness: &mut Harness<'_, MarginaliaApp>) {
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.run_steps(1);
}

/// Whether the app asked the window to close during the last frames.
pub fn asked_to_close(harness: &Harness<'_, MarginaliaApp>) -> bool {
    harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&egui::ViewportCommand::Close))
}

/// Opens `menu` in the menu bar and clicks `item` (items with a shortcut carry it in
/// their label, "Grade submissions… Ctrl+G", so the item is matched by its start).
pub fn menu(harness: &mut Harness<'_, MarginaliaApp>, menu: &str, item: &str) {
    harness.get_by_label(menu).click();
    harness.run_steps(2);
    harness.get_by_label_contains(item).click();
    harness.run_steps(2);
}

/// The text of the article the window shows.
pub fn text_of(harness: &Harness<'_, MarginaliaApp>) -> String {
    let app = harness.state();
    let id = app.current_article.clone().unwrap();
    app.session
        .project()
        .article(&id)
        .unwrap()
        .text()
        .to_owned()
}

/// Where the character at byte `offset` of the shown article is drawn.
pub fn screen_pos(harness: &Harness<'_, MarginaliaApp>, offset: usize) -> Pos2 {
    harness
        .state()
        .view
        .screen_pos_of(ByteOffset(offset))
        .unwrap_or_else(|| panic!("offset {offset} is not visible"))
}

/// Drags the mouse from one text offset to another, as a student would.
pub fn drag_select(harness: &mut Harness<'_, MarginaliaApp>, from: usize, to: usize) {
    let (a, b) = (screen_pos(harness, from), screen_pos(harness, to));
    harness.hover_at(a);
    harness.run_steps(1);
    harness.drag_at(a);
    harness.run_steps(1);
    harness.hover_at(a + (b - a) * 0.5);
    harness.run_steps(1);
    harness.hover_at(b);
    harness.run_steps(1);
    harness.drop_at(b);
    harness.run_steps(2);
}
