//! Fonts that cover what articles contain: egui's defaults first, then DejaVu Sans
//! (Greek, Hebrew, Arabic, arrows, symbols), Droid Sans Fallback (Chinese, Japanese),
//! NanumSquare (Korean Hangul), Noto Emoji 3 (current emoji), then egui's own emoji and
//! icon fonts.
//! Bundled in the binary (see `assets/fonts/README.md`), so a bare laptop shows no tofu.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

const DEJAVU: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const DROID_FALLBACK: &[u8] = include_bytes!("../../assets/fonts/DroidSansFallbackFull.ttf");
/// NanumSquare Regular (Naver, OFL): all 11,172 Hangul syllables in 0.7 MB, where Droid
/// Sans Fallback has 3 of them.
const NANUM_SQUARE: &[u8] = include_bytes!("../../assets/fonts/NanumSquareR.ttf");
/// Noto Emoji 3.006 (monochrome, Unicode 15): egui's own emoji font is an old subset of
/// 887 glyphs without 🤖, 🥲 or 🫠.
const NOTO_EMOJI: &[u8] = include_bytes!("../../assets/fonts/NotoEmoji-Regular.ttf");

/// egui's default fonts plus the bundled fallbacks, inserted before the emoji fonts.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    fonts.font_data.insert(
        "DejaVuSans".to_owned(),
        Arc::new(FontData::from_static(DEJAVU)),
    );
    fonts.font_data.insert(
        "DroidSansFallback".to_owned(),
        Arc::new(FontData::from_static(DROID_FALLBACK)),
    );
    fonts.font_data.insert(
        "NanumSquare".to_owned(),
        Arc::new(FontData::from_static(NANUM_SQUARE)),
    );
    fonts.font_data.insert(
        "NotoEmoji3".to_owned(),
        Arc::new(FontData::from_static(NOTO_EMOJI)),
    );
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let list = fonts.families.entry(family).or_default();
        // After the family's main fonts, before egui-icons and the emoji fonts.
        let at = list
            .iter()
            .position(|name| name == "egui-icons")
            .unwrap_or(list.len());
        list.insert(at, "NotoEmoji3".to_owned());
        list.insert(at, "NanumSquare".to_owned());
        list.insert(at, "DroidSansFallback".to_owned());
        list.insert(at, "DejaVuSans".to_owned());
    }
    fonts
}

/// Installs [`definitions`] into a context (the window and the tests call this).
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
