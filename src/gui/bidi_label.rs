//! Labels that may hold right-to-left text: a quoted Arabic or Hebrew passage in the
//! annotation list or the grading review, in reading order and with Arabic letters
//! joined, as in the article (`article_view/bidi_layout.rs` does the work). Text without
//! any right-to-left character is an ordinary label.

use egui::text::{LayoutJob, TextFormat};
use egui::{Response, Ui};

use crate::text::bidi::has_right_to_left;

/// `ui.label(text)`, right-to-left text drawn in reading order.
pub fn label(ui: &mut Ui, text: String) -> Response {
    show(ui, text, false)
}

/// `ui.weak(text)`, right-to-left text drawn in reading order.
pub fn weak(ui: &mut Ui, text: String) -> Response {
    show(ui, text, true)
}

fn show(ui: &mut Ui, text: String, weak: bool) -> Response {
    if !has_right_to_left(&text) {
        return if weak { ui.weak(text) } else { ui.label(text) };
    }
    let color = if weak {
        ui.visuals().weak_text_color()
    } else {
        ui.visuals().text_color()
    };
    let format = TextFormat {
        font_id: egui::TextStyle::Body.resolve(ui.style()),
        color,
        ..Default::default()
    };
    let mut job = LayoutJob::single_section(text.clone(), format);
    job.wrap.max_width = ui.available_width();
    let response = match super::article_view::bidi_layout::layout_aligned(ui, &job, false) {
        Some((galley, _)) => ui.label(galley),
        None => ui.label(job),
    };
    // Screen readers get the text in stored order, not the drawn characters.
    response.widget_info(|| egui::WidgetInfo::labeled(egui::accesskit::Role::Label, true, &text));
    response
}
