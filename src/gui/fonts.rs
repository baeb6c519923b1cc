//! Fonts that cover what articles contain: egui's defaults first, then DejaVu Sans
//! (Greek, Hebrew, Arabic, arrows, symbols), Droid Sans Fallback (Chinese, Japanese),
//! NanumSquare (Korean Hangul), Noto Emoji 3 (current emoji), then egui's own emoji and
//! icon fonts.
//! Bundled in the binary (see `assets/fonts/README.md`), so a bare laptop shows no tofu.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

// i18n-ok: the bundled font files' paths
const DEJAVU: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
// i18n-ok: a font file's path
const DROID_FALLBACK: &[u8] = include_bytes!("../../assets/fonts/DroidSansFallbackFull.ttf");
/// NanumSquare Regular (Naver, OFL): all 11,172 Hangul syllables in 0.7 MB, where Droid
/// Sans Fallback has 3 of them.
// i18n-ok: a font file's path
const NANUM_SQUARE: &[u8] = include_bytes!("../../assets/fonts/NanumSquareR.ttf");
/// Noto Emoji 3.006 (monochrome, Unicode 15): egui's own emoji font is an old subset of
/// 887 glyphs without 🤖, 🥲 or 🫠.
// i18n-ok: a font file's path
const NOTO_EMOJI: &[u8] = include_bytes!("../../assets/fonts/NotoEmoji-Regular.ttf");

/// The bundled fallbacks in the order they are tried, by the names egui keys them with
/// (never shown).
const FALLBACKS: [(&str, &[u8]); 4] = [
    ("DejaVuSans", DEJAVU),                // i18n-ok: a font's key
    ("DroidSansFallback", DROID_FALLBACK), // i18n-ok: a font's key
    ("NanumSquare", NANUM_SQUARE),         // i18n-ok: a font's key
    ("NotoEmoji3", NOTO_EMOJI),            // i18n-ok: a font's key
];

/// egui's default fonts plus the bundled fallbacks, inserted before the emoji fonts.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    for (name, data) in FALLBACKS {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(data)));
    }
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let list = fonts.families.entry(family).or_default();
        // After the family's main fonts, before egui-icons and the emoji fonts.
        let at = list
            .iter()
            .position(|name| name == "egui-icons")
            .unwrap_or(list.len());
        for (k, (name, _)) in FALLBACKS.iter().enumerate() {
            list.insert(at + k, (*name).to_owned());
        }
    }
    fonts
}

/// Installs [`definitions`] into a context (the window and the tests call this).
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
