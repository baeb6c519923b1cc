//! Articles in right-to-left scripts and in Hangul, in the real article widget (kittest):
//! an Arabic and a Hebrew news paragraph, each with a Latin-script name and digits inside.
//!
//! * the paragraph is drawn in visual order and aligned right; the name reads left to
//!   right inside it; Arabic letters are drawn in their joined forms;
//! * a drag between two stored offsets selects exactly those code points, and tagging
//!   it colours exactly the glyphs of those code points;
//! * every caret position hit-tests back to its own offset (or to one drawn at the same
//!   place, where two runs meet);
//! * Left reads on in a right-to-left paragraph;
//! * Korean syllables have glyphs (no tofu).

#![allow(clippy::unwrap_used, clippy::string_slice)] // test code

mod common;

use common::gui::{drag_select, text_of};

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::gui::MarginaliaApp;
use marginalia::gui::article_view::{Selection, VisibleBlock};
use marginalia::text::ByteOffset;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/scripts")
        .join(name)
}

fn open(name: &str) -> Harness<'static, MarginaliaApp> {
    marginalia::i18n::set_thread(marginalia::i18n::Lang::ENGLISH);
    let app = MarginaliaApp::open(Some(fixture(name)));
    let mut h = common::gui::harness(app, 1366.0, 768.0);
    h.run_steps(4);
    h
}

fn block_with<'a>(h: &'a Harness<'_, MarginaliaApp>, offset: usize) -> &'a VisibleBlock {
    h.state()
        .view
        .visible
        .iter()
        .find(|b| b.range.start.0 <= offset && offset < b.range.end.0)
        .expect("the paragraph is on screen")
}

fn selection(h: &Harness<'_, MarginaliaApp>) -> (usize, usize) {
    let r = h.state().view.selection.unwrap().range();
    (r.start.0, r.end.0)
}

/// The glyphs drawn for the block, left to right, row by row.
fn drawn(block: &VisibleBlock) -> String {
    block
        .galley
        .rows
        .iter()
        .map(|r| r.glyphs.iter().map(|g| g.chr).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn check_paragraph(name: &str, word: &str, latin: &str) {
    let mut h = open(name);
    let text = text_of(&h);
    let start = text.find(word).unwrap();
    let end = start + word.len();

    // Drawn in visual order, aligned right, with the Latin name left to right.
    {
        let block = block_with(&h, start);
        assert!(
            block.is_right_to_left(),
            "{name}: paragraph not right-to-left"
        );
        let shown = drawn(block);
        assert!(
            shown.contains(latin),
            "{name}: {latin:?} not drawn in order: {shown}"
        );
        let right = block.screen_rect().max.x;
        let first_word_end = text[block.range.start.0..]
            .find(' ')
            .map_or(block.range.end.0, |i| block.range.start.0 + i);
        let first = h
            .state()
            .view
            .screen_pos_of(ByteOffset(block.range.start.0))
            .unwrap();
        let after_first = h
            .state()
            .view
            .screen_pos_of(ByteOffset(first_word_end))
            .unwrap();
        assert!(
            (first.x - right).abs() < 2.0,
            "{name}: the paragraph starts at the right edge ({} vs {right})",
            first.x
        );
        assert!(
            after_first.x < first.x,
            "{name}: the first word reads leftwards"
        );
    }

    // A drag between two offsets selects exactly those code points.
    drag_select(&mut h, start, end);
    assert_eq!(selection(&h), (start, end), "{name}: dragged selection");

    // Tag it: exactly the word's glyphs get the highlight colour.
    h.key_press(Key::Num1);
    h.run_steps(3);
    let annotation = h
        .state()
        .session
        .project()
        .annotations()
        .last()
        .unwrap()
        .clone();
    assert_eq!(
        (annotation.range.start.0, annotation.range.end.0),
        (start, end),
        "{name}: the highlight's code points"
    );
    h.state_mut().view.selection = None;
    h.run_steps(2);
    let block = block_with(&h, start);
    let map = block.bidi.as_ref().unwrap();
    let job = &block.galley.job;
    let mut coloured = 0;
    for (g, (byte, _)) in job.text.char_indices().enumerate() {
        let Some(stored) = map.stored_char_of_galley_index(g) else {
            continue; // a line break
        };
        let _ = byte;
        let highlighted = map.band_of_galley_index(g) != egui::Color32::TRANSPARENT;
        let offset = block.range.start.0 + map.byte_of_boundary(stored);
        let inside = start <= offset && offset < end;
        assert_eq!(
            highlighted, inside,
            "{name}: glyph {g} (stored byte {offset}) highlighted={highlighted}"
        );
        coloured += usize::from(highlighted);
    }
    assert_eq!(coloured, word.chars().count(), "{name}: glyphs coloured");

    // The annotation list quotes it in reading order, and names it in stored order.
    h.get_by_label(&format!("“{word}”"));

    // Every caret position hit-tests back to itself, or to an offset drawn at the same
    // place (where a right-to-left run meets a left-to-right one).
    let block = block_with(&h, start).clone();
    let view = &h.state().view;
    let para = &text[block.range.start.0..block.range.end.0];
    for (i, _) in para.char_indices().chain([(para.len(), ' ')]) {
        let offset = ByteOffset(block.range.start.0 + i);
        if !marginalia::text::is_grapheme_boundary(&text, offset) {
            continue;
        }
        let at = view.screen_pos_of(offset).unwrap();
        let back = view.offset_at(at).unwrap();
        if back != offset {
            let there = view.screen_pos_of(back).unwrap();
            assert!(
                (there - at).length() < 1.5,
                "{name}: offset {} drawn at {at:?} hit-tests to {} drawn at {there:?}",
                offset.0,
                back.0
            );
        }
    }
}

#[test]
fn an_arabic_paragraph_reads_right_to_left_and_selects_by_code_point() {
    check_paragraph("arabic.txt", "مجموعة السبع", "G7");
    // Letters are drawn in their joined forms (Arabic Presentation Forms-B).
    let h = open("arabic.txt");
    let text = text_of(&h);
    let first = drawn(block_with(&h, text.find("مارك كارني").unwrap()));
    assert!(first.contains("Mark Carney"), "{first}");
    let block = block_with(&h, text.find("مجموعة").unwrap());
    let shown = drawn(block);
    assert!(shown.contains("2025"), "{shown}");
    assert!(
        shown
            .chars()
            .any(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c)),
        "no joined forms: {shown}"
    );
    // Mirrored brackets: "(G7)" in Arabic shows its parentheses turned for reading
    // right to left, so the pair still encloses G7 when drawn.
    assert!(shown.contains(")G7(") || shown.contains("(G7)"), "{shown}");
}

#[test]
fn a_hebrew_paragraph_reads_right_to_left_and_selects_by_code_point() {
    check_paragraph("hebrew.txt", "מיליון דולר", "Anita Anand");
    let h = open("hebrew.txt");
    let text = text_of(&h);
    let block = block_with(&h, text.find("מיליון").unwrap());
    assert!(drawn(block).contains("2026"));
}

#[test]
fn left_arrow_reads_on_in_a_right_to_left_paragraph() {
    let mut h = open("hebrew.txt");
    let text = text_of(&h);
    let start = text.find("שרת").unwrap();
    h.state_mut().view.selection = Some(Selection {
        anchor: ByteOffset(start),
        head: ByteOffset(start),
    });
    h.key_press(Key::F6);
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
    h.run_steps(2);
    let (a, b) = selection(&h);
    assert_eq!(&text[a..b], "שרת", "Left extends forward in stored order");
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    h.run_steps(2);
    let (a, b) = selection(&h);
    assert_eq!(&text[a..b], "שר");
}

#[test]
fn english_paragraphs_keep_the_plain_layout() {
    let h = open("korean.txt");
    assert!(h.state().view.visible.iter().all(|b| b.bidi.is_none()));
}

#[test]
fn korean_has_glyphs() {
    let ctx = egui::Context::default();
    marginalia::gui::setup(&ctx);
    let mut missing = Vec::new();
    let mut output = ctx.run_ui(Default::default(), |ui| {
        for c in "캐나다 총리는 토요일 외무장관과"
            .chars()
            .filter(|c| !c.is_whitespace())
        {
            let has = ui.fonts_mut(|f| f.has_glyph(&egui::FontId::proportional(18.0), c));
            if !has {
                missing.push(c);
            }
        }
    });
    output.textures_delta.clear();
    assert!(missing.is_empty(), "no glyph for {missing:?}");
}
