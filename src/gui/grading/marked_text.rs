//! An article drawn with marks over character ranges: the heat map and the review both
//! colour passages of the key's text and ask which character the pointer is on.
//!
//! These views show one class article at a time (articles handed out in class are short),
//! so one galley per article is fine here; the workspace's view is the one built for 3 MB.

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Sense, Stroke, Ui};

use crate::model::Article;
use crate::text::CharRange;

/// How one stretch of text is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mark {
    pub background: Color32,
    /// An underline (the key's passages), thicker when `strong`.
    pub underline: Option<Color32>,
    pub strong: bool,
}

/// Draws `article` with `marks` (non-overlapping, sorted by start); returns the code-point
/// offset under the pointer, if any.
pub fn show(ui: &mut Ui, article: &Article, marks: &[(CharRange, Mark)]) -> Option<usize> {
    let text = article.text();
    let text_color = ui.visuals().text_color();
    let font = FontId::proportional(16.0);
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width().min(760.0);
    let plain = TextFormat {
        font_id: font.clone(),
        color: text_color,
        line_height: Some(24.0),
        ..Default::default()
    };
    let mut at = 0usize; // bytes
    for (range, mark) in marks {
        let Some(bytes) = article.to_bytes(*range) else {
            continue;
        };
        if bytes.start.0 < at {
            continue;
        }
        if let Some(piece) = text.get(at..bytes.start.0) {
            job.append(piece, 0.0, plain.clone());
        }
        if let Some(piece) = text.get(bytes.as_std()) {
            let mut format = plain.clone();
            format.background = mark.background;
            if let Some(color) = mark.underline {
                format.underline = Stroke::new(if mark.strong { 3.0 } else { 2.0 }, color);
            }
            job.append(piece, 0.0, format);
        }
        at = bytes.end.0;
    }
    if let Some(rest) = text.get(at..) {
        job.append(rest, 0.0, plain);
    }
    let galley = ui.fonts_mut(|f| f.layout_job(job));
    let (rect, response) = ui.allocate_exact_size(galley.size(), Sense::hover());
    ui.painter().galley(rect.min, galley.clone(), text_color);
    // Screen readers get the article's text (the marks are also listed in words beside it).
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::accesskit::Role::Document, true, galley.text())
    });
    let pointer = response.hover_pos()?;
    Some(galley.cursor_from_pos(pointer - rect.min).index.0)
}
