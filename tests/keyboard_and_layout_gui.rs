//! What issue "a student's hour in the real window" fixed, each driven through the real
//! widgets with egui_kittest: undo takes a note off the screen, Tab reaches every part,
//! the caret keeps its column, zoom scales the panels, a 1024×600 screen reaches every
//! control, a settled window asks for no frames, paste, Help, the hand-in questions.

#![allow(clippy::unwrap_used, clippy::string_slice)] // test code

mod common;

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::gui::MarginaliaApp;
use marginalia::gui::command::UiCommand;
use marginalia::gui::files::ScriptedPicker;
use marginalia::project_file;
use marginalia::text::ByteOffset;

const ARTICLE: &str = "sample-docs/000_0aa05fbc1d035030.txt";

fn sample(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Selects `word` (first occurrence) with the keyboard: F6, then caret moves.
fn select_with_keys(h: &mut Harness<'_, MarginaliaApp>, word: &str) {
    let app = h.state();
    let id = app.current_article.clone().unwrap();
    let text = app
        .session
        .project()
        .article(&id)
        .unwrap()
        .text()
        .to_owned();
    let start = text.find(word).unwrap();
    h.state_mut().view.selection = Some(marginalia::gui::article_view::Selection {
        anchor: ByteOffset(start),
        head: ByteOffset(start),
    });
    h.key_press(Key::F6);
    h.run_steps(1);
    for _ in 0..word.chars().count() {
        h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    }
    h.run_steps(2);
}

fn focused_is_article(h: &Harness<'_, MarginaliaApp>) -> bool {
    let id = h.state().view.focus_id();
    id.is_some() && h.ctx.memory(|m| m.focused()) == id
}

#[test]
fn undo_takes_a_note_off_the_screen_and_out_of_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("mine.ron");
    let mut app = MarginaliaApp::open(Some(sample(ARTICLE)));
    app.picker = Box::new(ScriptedPicker::saving_to(target.clone()));
    let mut h = common::gui::harness(app, 1280.0, 720.0);
    select_with_keys(&mut h, "Ottawa");
    h.key_press(Key::Num1);
    h.run_steps(2);
    h.key_press(Key::F2);
    h.run_steps(2);
    h.get_by_label("Note:").type_text("a place, not a person");
    h.run_steps(2);
    assert_eq!(
        h.state().session.project().annotations()[0].note,
        "a place, not a person",
        "the note is in the model while it is typed"
    );
    // Ctrl+Z while still typing: the note goes, from the model and from the box.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(h.state().session.project().annotations()[0].note, "");
    assert_eq!(h.get_by_label("Note:").value().as_deref(), Some(""));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    let saved = project_file::load(&target).unwrap().project;
    assert_eq!(saved.annotations().len(), 1);
    assert_eq!(saved.annotations()[0].note, "");
    // Redo brings it back to both.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run_steps(2);
    assert_eq!(
        h.get_by_label("Note:").value().as_deref(),
        Some("a place, not a person")
    );
}

#[test]
fn undoing_a_highlight_gives_back_its_selection() {
    let mut h = common::gui::harness(MarginaliaApp::open(Some(sample(ARTICLE))), 1280.0, 720.0);
    select_with_keys(&mut h, "ambassador");
    let selected = h.state().view.selection.unwrap().range();
    h.key_press(Key::Num2);
    h.run_steps(2);
    // After tagging, the caret stays at the end of the passage (not the top).
    let caret = h.state().view.selection.unwrap();
    assert_eq!((caret.anchor, caret.head), (selected.end, selected.end));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(h.state().session.project().annotations().is_empty());
    assert_eq!(h.state().view.selection.unwrap().range(), selected);
    // …so another key tags the same passage at once.
    h.key_press(Key::Num3);
    h.run_steps(2);
    let a = &h.state().session.project().annotations()[0];
    assert_eq!((a.range, a.tag.0.as_str()), (selected, "framing"));
}

#[test]
fn tab_reaches_the_banner_the_article_the_tags_and_the_note() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::gui::harness(
        MarginaliaApp::open(Some(common::assignment_in(dir.path()))),
        1366.0,
        768.0,
    );
    // A highlight selected, so the note box is there too.
    select_with_keys(&mut h, "Ottawa");
    h.key_press(Key::Num1);
    h.run_steps(2);
    h.key_press(Key::Escape);
    h.run_steps(1);
    h.ctx.memory_mut(|m| m.stop_text_input());
    h.run_steps(1);
    let mut reached = Vec::new();
    for tab in 1..=40 {
        h.key_press(Key::Tab);
        h.run_steps(1);
        if focused_is_article(&h) {
            reached.push(("article", tab));
        }
        for (label, name) in [
            ("Note:", "note"),
            ("Your name:", "banner"),
            ("[1] Claim", "palette"),
        ] {
            if h.query_by_label(label).is_some_and(|n| n.is_focused()) {
                reached.push((name, tab));
            }
        }
    }
    for part in ["article", "note", "banner", "palette"] {
        assert!(
            reached.iter().any(|(p, _)| *p == part),
            "Tab never reached the {part}: {reached:?}"
        );
    }
    // The note is close: no more than a dozen Tabs from the article.
    let article = reached.iter().find(|(p, _)| *p == "article").unwrap().1;
    let note = reached
        .iter()
        .find(|(p, t)| *p == "note" && *t > article)
        .map_or(usize::MAX, |(_, t)| t - article);
    assert!(
        note <= 12,
        "the note is {note} Tabs after the article: {reached:?}"
    );
}

#[test]
fn arrows_move_the_caret_by_visual_line_keeping_the_column() {
    let mut h = common::gui::harness(MarginaliaApp::open(Some(sample(ARTICLE))), 1280.0, 720.0);
    h.key_press(Key::F6);
    h.run_steps(1);
    assert!(focused_is_article(&h), "F6 gives the article the keyboard");
    // Into the third paragraph (several rows), a few words in.
    let text = {
        let app = h.state();
        let id = app.current_article.clone().unwrap();
        app.session
            .project()
            .article(&id)
            .unwrap()
            .text()
            .to_owned()
    };
    let start = text.find("In an interview").unwrap() + 20;
    h.state_mut().view.selection = Some(marginalia::gui::article_view::Selection {
        anchor: ByteOffset(start),
        head: ByteOffset(start),
    });
    h.run_steps(2);
    let before = h.state().view.screen_pos_of(ByteOffset(start)).unwrap();
    h.key_press(Key::ArrowDown);
    h.run_steps(2);
    let head = h.state().view.selection.unwrap().head;
    let after = h.state().view.screen_pos_of(head).unwrap();
    assert!(
        after.y > before.y + 10.0,
        "moved down a row: {before:?} -> {after:?}"
    );
    assert!(
        (after.x - before.x).abs() < 12.0,
        "kept the column: {before:?} -> {after:?}"
    );
    h.key_press(Key::ArrowUp);
    h.run_steps(2);
    assert_eq!(h.state().view.selection.unwrap().head.0, start, "and back");
    // Shift+End extends to the paragraph's end; Escape collapses, then lets go.
    h.key_press_modifiers(Modifiers::SHIFT, Key::End);
    h.run_steps(1);
    let sel = h.state().view.selection.unwrap();
    assert_eq!(&text[sel.head.0 - 1..sel.head.0], ".");
    h.key_press(Key::Escape);
    h.run_steps(1);
    let sel = h.state().view.selection.unwrap();
    assert_eq!(sel.anchor, sel.head);
    h.key_press(Key::Escape);
    h.run_steps(1);
    assert!(!focused_is_article(&h));
}

#[test]
fn alt_arrows_step_through_highlights() {
    let mut h = common::gui::harness(
        MarginaliaApp::open(Some(sample("sample-docs/exercise-key.ron"))),
        1280.0,
        720.0,
    );
    let first = {
        let app = h.state();
        let id = app.current_article.clone().unwrap();
        app.session.project().annotations_in(&id)[0].id
    };
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    h.run_steps(2);
    assert_eq!(h.state().view.selected_annotation, Some(first));
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    h.run_steps(2);
    let second = h.state().view.selected_annotation.unwrap();
    assert_ne!(second, first);
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowUp);
    h.run_steps(2);
    assert_eq!(h.state().view.selected_annotation, Some(first));
}

#[test]
fn zoom_scales_the_panels_not_only_the_article() {
    let mut h = common::gui::harness(MarginaliaApp::open(None), 1366.0, 768.0);
    // Rects are in points; at 200 % a point is twice the pixels, so the heading takes
    // twice the share of the window.
    let share = |h: &Harness<'_, MarginaliaApp>| {
        h.get_by_label("Tags").rect().height() / h.ctx.content_rect().height()
    };
    let small = share(&h);
    for _ in 0..12 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        h.run_steps(1);
    }
    h.run_steps(2);
    assert_eq!(h.state().zoom, marginalia::gui::app::ZOOM_MAX);
    assert_eq!(h.ctx.zoom_factor(), 2.0);
    let big = share(&h);
    // Nothing in the middle spills under the right-hand panel.
    let start = h.get_by_label("Start my work").rect();
    let tags = h.get_by_label("Tags").rect();
    assert!(
        start.max.x <= tags.min.x,
        "the banner runs under the tags at 200 %: {start:?} vs {tags:?}"
    );
    assert!(
        big > small * 1.8,
        "the Tags heading grew with the zoom: {small} -> {big} of the window's height"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run_steps(2);
    assert_eq!(h.ctx.zoom_factor(), 1.0);
}

#[test]
fn on_a_1024x600_screen_every_control_of_a_highlight_is_reachable() {
    let mut h = common::gui::harness(
        MarginaliaApp::open(Some(sample("sample-docs/exercise-key.ron"))),
        1024.0,
        600.0,
    );
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    h.run_steps(2);
    let count = h.state().session.project().annotations().len();
    let delete = h.get_by_label(UiCommand::DeleteAnnotation.label());
    delete.scroll_to_me();
    h.run();
    let rect = h.get_by_label(UiCommand::DeleteAnnotation.label()).rect();
    assert!(
        rect.max.y <= 600.0 && rect.min.x >= 0.0 && rect.max.x <= 1024.0,
        "on screen: {rect:?}"
    );
    h.get_by_label(UiCommand::DeleteAnnotation.label()).click();
    h.run_steps(2);
    assert_eq!(h.state().session.project().annotations().len(), count - 1);
}

#[test]
fn a_settled_window_asks_for_no_more_frames() {
    let mut h = common::gui::harness(MarginaliaApp::open(None), 1366.0, 768.0);
    // `try_run` runs frames until none is requested; it fails if they never stop.
    assert!(h.try_run().is_ok(), "the idle window keeps redrawing");
    select_with_keys(&mut h, "Ottawa");
    h.key_press(Key::Num1);
    assert!(h.try_run().is_ok(), "redraws forever after tagging");
    h.key_press(Key::F1);
    assert!(h.try_run().is_ok(), "redraws forever with Help open");
}

#[test]
fn pasted_text_becomes_the_article_of_a_new_project() {
    let mut h = common::gui::harness(MarginaliaApp::open(Some(sample(ARTICLE))), 1280.0, 720.0);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(2);
    h.get_by_label("No article yet");
    h.event(egui::Event::Paste(
        "Headline here\r\n\r\nFirst paragraph.\r\n\r\nSecond one 🤖.".into(),
    ));
    h.run_steps(3);
    let project = h.state().session.project();
    assert_eq!(project.articles().len(), 1);
    assert_eq!(
        project.articles()[0].text(),
        "Headline here\n\nFirst paragraph.\n\nSecond one 🤖."
    );
    assert_eq!(project.articles()[0].title(), "Headline here");
    assert!(h.state().session.is_dirty());
}

#[test]
fn help_lists_every_command_with_its_keys() {
    let mut h = common::gui::harness(MarginaliaApp::open(None), 1366.0, 768.0);
    h.key_press(Key::F1);
    h.run_steps(3);
    for &command in UiCommand::ALL {
        assert!(
            h.query_all_by_label(command.tooltip()).count() >= 1,
            "{command:?} is not explained in Help"
        );
    }
}

#[test]
fn a_tag_key_that_is_not_a_digit_fires_from_the_typed_character() {
    // A Russian-language class keys its tags on Cyrillic letters.
    let dir = tempfile::tempdir().unwrap();
    let mut project = project_file::load(&sample("sample-docs/exercise.ron"))
        .unwrap()
        .project;
    let mut claim = project.tags().iter().next().unwrap().clone();
    claim.key = Some('ж');
    marginalia::edit::build::update_tag(&project, claim)
        .unwrap()
        .apply(&mut project)
        .unwrap();
    let path = dir.path().join("exercise.ron");
    project_file::save(&project, &path).unwrap();
    let mut h = common::gui::harness(MarginaliaApp::open(Some(path)), 1366.0, 768.0);
    select_with_keys(&mut h, "Ottawa");
    h.event(egui::Event::Text("ж".into()));
    h.run_steps(2);
    let annotations = h.state().session.project().annotations();
    assert_eq!(annotations.len(), 1);
    assert_eq!(annotations[0].tag.0, "claim");
}
