//! Every colour the window uses, in one place: tag colours come from the tag set (data),
//! everything else from here.

use egui::Color32;

use crate::model::Rgb;

pub fn tag_color(rgb: Rgb) -> Color32 {
    Color32::from_rgb(rgb.0, rgb.1, rgb.2)
}

/// A tag's colour as text on the panel: darkened in light mode, lightened in dark mode,
/// so a tag's name stays readable whatever its colour.
pub fn tag_text(rgb: Rgb, dark_mode: bool) -> Color32 {
    let c = tag_color(rgb);
    if dark_mode {
        tint(c, Color32::WHITE, 0.35)
    } else {
        tint(c, Color32::BLACK, 0.45)
    }
}

/// The translucent band behind tagged text; stronger in dark mode so it still shows.
pub fn highlight(rgb: Rgb, dark_mode: bool) -> Color32 {
    let alpha = if dark_mode { 110 } else { 70 };
    Color32::from_rgba_unmultiplied(rgb.0, rgb.1, rgb.2, alpha)
}

/// The band of the current selection: solid and dark (light in dark mode) with text in
/// the opposite colour, so it can't be taken for any translucent tag band.
pub fn selection(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(0xC8, 0xDC, 0xFF)
    } else {
        Color32::from_rgb(0x1F, 0x3A, 0x93)
    }
}

/// Text on the selection band.
pub fn on_selection(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// Bars of the grading screen's charts (Okabe–Ito blue).
pub fn chart_bars() -> Color32 {
    Color32::from_rgb(0x00, 0x72, 0xB2)
}

/// The caret in the article.
pub fn caret(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::WHITE
    } else {
        Color32::BLACK
    }
}

/// The colour of a new tag made in the tag editor (sky blue of Okabe–Ito).
pub fn new_tag() -> crate::model::Rgb {
    crate::model::Rgb(0x56, 0xB4, 0xE9)
}

/// Text on a solid tag-coloured badge: black or white, whichever reads better.
pub fn on_tag(rgb: Rgb) -> Color32 {
    let luminance = 0.299 * f32::from(rgb.0) + 0.587 * f32::from(rgb.1) + 0.114 * f32::from(rgb.2);
    if luminance > 150.0 {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// Outline of the annotation that is selected in the list.
pub fn selected_outline(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(255, 220, 90)
    } else {
        Color32::from_rgb(200, 120, 0)
    }
}

pub fn error_text(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(255, 140, 120)
    } else {
        Color32::from_rgb(170, 30, 20)
    }
}

/// Text that warns (a file will be replaced).
pub fn warning_text(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(255, 200, 90)
    } else {
        Color32::from_rgb(140, 80, 0)
    }
}

/// The frame and fill of the error banner above the article.
pub fn error_banner(dark_mode: bool) -> (Color32, Color32) {
    if dark_mode {
        (
            Color32::from_rgb(70, 20, 20),
            Color32::from_rgb(255, 140, 120),
        )
    } else {
        (
            Color32::from_rgb(255, 235, 232),
            Color32::from_rgb(170, 30, 20),
        )
    }
}

/// The fill of the "saved to …" notice.
pub fn saved_banner(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_rgb(20, 60, 35)
    } else {
        Color32::from_rgb(225, 245, 230)
    }
}

/// Find matches; the current one stronger.
pub fn find_match(dark_mode: bool, current: bool) -> Color32 {
    match (dark_mode, current) {
        (false, false) => Color32::from_rgba_unmultiplied(255, 215, 0, 110),
        (false, true) => Color32::from_rgba_unmultiplied(255, 150, 0, 200),
        (true, false) => Color32::from_rgba_unmultiplied(200, 170, 0, 110),
        (true, true) => Color32::from_rgba_unmultiplied(255, 150, 0, 190),
    }
}

/// `color` laid over `background` at `strength` (0–1), as one opaque colour: adjacent
/// stretches of text then meet without darker seams where translucent bands overlap.
pub fn tint(background: Color32, color: Color32, strength: f32) -> Color32 {
    let t = strength.clamp(0.0, 1.0);
    let mix = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
    Color32::from_rgb(
        mix(background.r(), color.r()),
        mix(background.g(), color.g()),
        mix(background.b(), color.b()),
    )
}

/// Outcomes of grading (Okabe–Ito): found, partly, wrong tag, extra, missed.
pub fn outcome(kind: &str) -> Color32 {
    match kind {
        "found" => Color32::from_rgb(0x00, 0x9E, 0x73),
        "partly" => Color32::from_rgb(0xF0, 0xE4, 0x42),
        // i18n-ok: an outcome's key, not shown.
        "wrong tag" => Color32::from_rgb(0xE6, 0x9F, 0x00),
        "extra" => Color32::from_rgb(0xD5, 0x5E, 0x00),
        _ => Color32::from_rgb(0x99, 0x99, 0x99),
    }
}
