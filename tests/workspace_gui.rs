//! A student at work, driven through the real widgets with egui_kittest: select by mouse
//! and keyboard, tag, retag, note, undo, redo, filter, save, close.

#![allow(clippy::unwrap_used, clippy::string_slice)] // test code; slices of annotation ranges

mod common;

use common::gui::{drag_select, screen_pos, text_of};

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::gui::MarginaliaApp;
use marginalia::gui::files::ScriptedPicker;
use marginalia::model::TagId;
use marginalia::project_file;
use marginalia::text::ByteOffset;

const ARTICLE: &str = "sample-docs/000_0aa05fbc1d035030.txt";

fn sample(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn harness(app: MarginaliaApp) -> Harness<'static, MarginaliaApp> {
    common::gui::harness(app, 1280.0, 720.0)
}

fn quotes(harness: &Harness<'_, MarginaliaApp>) -> Vec<(String, String, String)> {
    let app = harness.state();
    let project = app.session.project();
    project
        .annotations()
        .iter()
        .map(|a| {
            let text = project.article(&a.article).unwrap().text();
            (
                text[a.range.as_std()].to_owned(),
                a.tag.0.clone(),
                a.note.clone(),
            )
        })
        .collect()
}

#[test]
fn student_tags_by_mouse_retags_notes_undoes_and_redoes() {
    let mut h = harness(MarginaliaApp::open(Some(sample(ARTICLE))));
    let text = text_of(&h);
    let start = text.find("Twitter megaphone").unwrap();
    drag_select(&mut h, start, start + "Twitter megaphone".len());

    h.key_press(Key::Num1);
    h.run_steps(2);
    assert_eq!(
        quotes(&h),
        vec![("Twitter megaphone".into(), "claim".into(), String::new())]
    );
    // The annotation list shows it with its quote.
    h.get_by_label("“Twitter megaphone”");

    // The new annotation is selected: 3 retags it as framing.
    h.key_press(Key::Num3);
    h.run_steps(2);
    assert_eq!(quotes(&h)[0].1, "framing");

    // Write a note in the selected-annotation panel.
    h.get_by_label("Note:").click();
    h.run_steps(1);
    h.get_by_label("Note:").type_text("a loaded metaphor");
    h.run_steps(1);
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert_eq!(quotes(&h)[0].2, "a loaded metaphor");

    // Undo twice: the note and the retag are gone. Redo brings the retag back.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(1);
    assert_eq!(
        quotes(&h),
        vec![("Twitter megaphone".into(), "claim".into(), String::new())]
    );
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(1);
    assert_eq!(quotes(&h)[0].1, "framing");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run_steps(1);
    assert_eq!(quotes(&h)[0].2, "a loaded metaphor", "Ctrl+Y redoes too");
}

#[test]
fn student_selects_with_the_keyboard_only() {
    let mut h = harness(MarginaliaApp::open(Some(sample(ARTICLE))));
    let text = text_of(&h);
    let start = text.find("Russia’s ambassador").unwrap();
    // Click once to place the caret, then Shift+Ctrl+Right three times.
    let at = screen_pos(&h, start);
    h.hover_at(at);
    h.drag_at(at);
    h.drop_at(at);
    h.run_steps(2);
    for _ in 0..3 {
        h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::ArrowRight);
        h.run_steps(1);
    }
    // Shift+Right twice more extends by characters (" C" of "Canada").
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowRight);
    h.run_steps(1);
    h.key_press(Key::Num2);
    h.run_steps(2);
    assert_eq!(
        quotes(&h),
        vec![(
            "Russia’s ambassador to C".into(),
            "rebuttal".into(),
            String::new()
        )]
    );
}

#[test]
fn filter_and_jump_from_the_list() {
    let mut h = harness(MarginaliaApp::open(Some(sample(ARTICLE))));
    let text = text_of(&h);
    for (word, key) in [("megaphone", Key::Num3), ("cowards", Key::Num1)] {
        let start = text.find(word).unwrap();
        let app = h.state_mut();
        app.view.scroll_to = Some(ByteOffset(start));
        h.run_steps(3);
        drag_select(&mut h, start, start + word.len());
        h.key_press(key);
        h.run_steps(2);
    }
    assert_eq!(quotes(&h).len(), 2);
    // Filter: only framing (the list is below the tags: scroll to it first).
    h.get_by_label("Show").scroll_to_me();
    h.run(); // until the scroll has settled
    h.get_by_label("Show").click();
    h.run_steps(2);
    // The drop-down item (a button), not the tag badge in the list.
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Framing")
        .click();
    h.run_steps(2);
    assert!(h.query_by_label("“cowards”").is_none());
    // The list is below the tags on a small window: scroll to it, as a student would.
    h.get_by_label("“megaphone”").scroll_to_me();
    h.run();
    h.get_by_label("“megaphone”").click();
    h.run_steps(2);
    let id = h.state().view.selected_annotation.unwrap();
    assert!(
        h.state().view.flash_since.is_some(),
        "the jump flashes the highlight"
    );
    let project = h.state().session.project();
    assert_eq!(project.annotation(id).unwrap().tag, TagId("framing".into()));
    // Delete removes the selected annotation.
    h.key_press(Key::Delete);
    h.run_steps(2);
    assert_eq!(quotes(&h).len(), 1);
}

#[test]
fn save_writes_a_file_the_core_loads_back_equal_and_close_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("ana.ron");
    let mut app = MarginaliaApp::open(Some(sample(ARTICLE)));
    app.picker = Box::new(ScriptedPicker::saving_to(target.clone()));
    let mut h = harness(app);
    let text = text_of(&h);
    let start = text.find("history will separate").unwrap();
    drag_select(&mut h, start, start + "history will separate".len());
    h.key_press(Key::Num1);
    h.run_steps(2);
    assert!(h.state().session.is_dirty());

    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(!h.state().session.is_dirty());
    let loaded = project_file::load(&target).unwrap();
    assert!(loaded.problems.is_empty());
    assert_eq!(&loaded.project, h.state().session.project());

    // Change something, then ask to close: a prompt appears instead of closing.
    h.key_press(Key::Num2);
    h.run_steps(2);
    // Ctrl+Q asks; Cancel keeps the window and the work.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run_steps(2);
    h.get_by_label("Save your changes?");
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(h.query_by_label("Save your changes?").is_none());
    assert!(h.state().session.is_dirty(), "cancel keeps the work open");
    assert!(!common::gui::asked_to_close(&h));
    // The window's × asks too; "Save" saves, then the window closes.
    common::gui::press_window_close(&mut h);
    h.run_steps(2);
    h.get_by_label("Save your changes?");
    h.get_by_label("Save").click();
    h.run_steps(1);
    assert!(common::gui::asked_to_close(&h), "closes once saved");
    assert!(!h.state().session.is_dirty());
    let loaded = project_file::load(&target).unwrap();
    assert_eq!(&loaded.project, h.state().session.project());
}

#[test]
fn a_corrupt_project_shows_an_error_instead_of_crashing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("broken.ron");
    std::fs::write(
        &bad,
        "(format: \"marginalia-project\", version: 1,\n  title: \"x\",\n  tags: [ (id: ",
    )
    .unwrap();
    let h = harness(MarginaliaApp::open(Some(bad.clone())));
    let app = h.state();
    let last = app.messages.last().unwrap();
    assert!(last.is_error());
    assert!(last.text.contains("broken.ron:3:"), "{}", last.text);
    // The whole message is in the banner above the article, not cut off.
    h.get_by_label("Problems");
    assert!(h.get_all_by_label(&last.text).count() >= 1);
    h.get_by_label("No article yet");
}

#[test]
fn find_marks_matches_and_steps_through_them() {
    let mut h = harness(MarginaliaApp::open(Some(sample(ARTICLE))));
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run_steps(2);
    h.get_by_label("Find:").type_text("STEPANOV");
    h.run_steps(2);
    let expected = marginalia::find::find_all(&text_of(&h), "stepanov");
    assert!(expected.len() >= 5);
    assert_eq!(h.state().find.matches, expected);
    h.get_by_label(&format!("1 of {}", expected.len()));
    h.get_by_label("Next").click();
    h.run_steps(2);
    h.get_by_label(&format!("2 of {}", expected.len()));
    assert_eq!(h.state().view.current_match, Some(expected[1]));
}

#[test]
fn autosave_then_restore_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let store = marginalia::recovery::RecoveryStore::new(dir.path().join("recovery"));
    let mut app = MarginaliaApp::open(Some(sample(ARTICLE))).with_recovery(store.clone());
    app.autosave_every = 0.0;
    let mut h = harness(app);
    let text = text_of(&h);
    let start = text.find("cowards").unwrap();
    h.state_mut().view.scroll_to = Some(ByteOffset(start));
    h.run_steps(3);
    drag_select(&mut h, start, start + "cowards".len());
    h.key_press(Key::Num3);
    h.run_steps(4);
    let work = h.state().session.project().clone();
    assert_eq!(store.list().len(), 1, "an autosave copy was written");
    drop(h); // the "crash": no save, no clean exit

    let h2 = harness(MarginaliaApp::open(None).with_recovery(store.clone()));
    h2.get_by_label("Restore unsaved work?");
    h2.get_by_label("Restore").click();
    let mut h2 = h2;
    h2.run_steps(3);
    assert_eq!(h2.state().session.project(), &work);
    assert!(
        h2.state().session.is_dirty(),
        "restored work still needs saving"
    );
}

#[test]
fn starts_on_the_sample_exercise_that_teaches_itself() {
    let h = harness(MarginaliaApp::open(None));
    let app = h.state();
    assert!(
        app.messages.iter().all(|m| !m.is_error()),
        "{:?}",
        app.messages
    );
    assert_eq!(app.session.project().articles().len(), 3);
    // The instructions and every tag's definition are on screen.
    h.get_by_label("Instructions");
    for tag in app.session.project().tags().iter() {
        h.get_by_label(&tag.description);
    }
    // The three articles are listed.
    for article in app.session.project().articles() {
        let shown = h.get_all_by_label(article.title()).count();
        assert!(shown >= 1, "{} not listed", article.title());
    }
}

#[test]
fn clicking_a_highlight_selects_it_and_keys_act_on_it() {
    let key = sample("sample-docs/exercise-key.ron");
    let mut h = harness(MarginaliaApp::open(Some(key)));
    let text = text_of(&h);
    let inside = text.find("Twitter megaphone").unwrap() + 3;
    let at = screen_pos(&h, inside);
    let note =
        "\"Megaphone\" is a loaded image: it makes Canada's posts sound like noise, not diplomacy.";
    let before = h.get_all_by_label(note).count();
    h.hover_at(at);
    h.run_steps(2);
    // Hovering shows a tooltip with the tag and the teacher's note.
    assert_eq!(
        h.get_all_by_label(note).count(),
        before + 1,
        "tooltip with the note"
    );
    h.drag_at(at);
    h.drop_at(at);
    h.run_steps(2);
    let id = h
        .state()
        .view
        .selected_annotation
        .expect("the click selected the highlight");
    let project = h.state().session.project();
    let a = project.annotation(id).unwrap();
    assert_eq!(
        &text[a.range.as_std()],
        "they turn on this Twitter megaphone"
    );
    // 1 retags it as a claim; Delete removes it; Ctrl+Z brings it back.
    h.key_press(Key::Num1);
    h.run_steps(1);
    assert_eq!(
        h.state().session.project().annotation(id).unwrap().tag,
        TagId("claim".into())
    );
    h.key_press(Key::Delete);
    h.run_steps(1);
    assert!(h.state().session.project().annotation(id).is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(1);
    assert!(h.state().session.project().annotation(id).is_some());
}

#[test]
fn every_script_in_an_article_has_a_glyph() {
    // kittest panics on a missing glyph, so laying this out proves the bundled fonts
    // cover Greek, Cyrillic, CJK, arrows, shapes, emoji and combining marks.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("scripts.txt");
    std::fs::write(
        &path,
        "Scripts\n\nΚυβέρνηση, Правительство, 東京, ひらがな, 北京 → ● ✓ «»\n\n\
         café cafe\u{301} 😀 👍 🇨🇦 👩\u{200d}👩\u{200d}👧 ½ € № ©",
    )
    .unwrap();
    let h = harness(MarginaliaApp::open(Some(path)));
    assert!(
        h.state().messages.iter().all(|m| !m.is_error()),
        "{:?}",
        h.state().messages
    );
    assert_eq!(h.state().view.visible.len(), 3);
}

#[test]
fn screen_readers_see_the_article_text_and_the_list() {
    let key = sample("sample-docs/exercise-key.ron");
    let h = harness(MarginaliaApp::open(Some(key)));
    // Each visible paragraph is an accessible text node.
    h.get_by_label(
        "He added that Canada appears to be leading an effort by Western countries to isolate Russia.",
    );
    // Each annotation in the list says its tag and quote.
    h.get_by_label("Claim: He added that Canada appears to be leading an effort by Western countries to isolate Russia.");

    // The article itself says where the caret is, and in which highlight.
    let mut h = h;
    let text = text_of(&h);
    let at = text.find("Twitter megaphone").unwrap() + 2;
    let tag = {
        let project = h.state().session.project();
        let a = project
            .annotations()
            .iter()
            .filter(|a| a.range.start.0 <= at && at < a.range.end.0)
            .min_by_key(|a| a.range.len())
            .unwrap();
        project.tags().get(&a.tag).unwrap().name.clone()
    };
    h.state_mut().view.selection = Some(marginalia::gui::article_view::Selection {
        anchor: ByteOffset(at),
        head: ByteOffset(at),
    });
    h.run_steps(2);
    h.get_by_label_contains(&format!("Caret at: Twitter. In a {tag} highlight."));
}

/// A file dropped on the window, as the windowing layer would hand it to egui.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_files_imports_articles_and_opens_projects() {
    let mut h = harness(MarginaliaApp::open(Some(sample(ARTICLE))));
    let article = sample("tests/fixtures/import/cyrillic-windows-1251.txt");
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(article)));
    h.run_steps(4);
    // What was found is shown first, and nothing is added until the teacher says so.
    h.get_by_label_contains("Found: Text.");
    assert_eq!(h.state().session.project().articles().len(), 1);
    h.get_by_label("Add to project").click();
    h.run_steps(2);
    let app = h.state();
    assert_eq!(
        app.session.project().articles().len(),
        2,
        "{:?}",
        app.messages
    );
    assert!(
        app.messages.iter().any(|m| m.text.contains("windows-1251")),
        "the encoding is reported"
    );
    assert!(
        text_of(&h).starts_with("Посол России"),
        "the imported article is shown"
    );

    // A project dropped while there are unsaved changes asks first.
    let key = sample("sample-docs/exercise-key.ron");
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(key)));
    h.run_steps(2);
    h.get_by_label("Save your changes?");
    h.get_by_label("Don't save").click();
    h.run_steps(3);
    assert_eq!(h.state().session.project().annotations().len(), 41);
}

#[test]
fn a_file_that_cannot_be_opened_leaves_nothing_to_save() {
    // A .docx renamed .txt: refused with a message, and no "Save your changes?" about
    // the empty project that is left.
    let mut h = harness(MarginaliaApp::open(Some(sample(
        "tests/hostile/import-docx.txt",
    ))));
    assert!(h.state().messages.iter().any(|m| m.is_error()));
    assert!(!h.state().session.is_dirty());
    // (That Ctrl+Q then closes at once is checked in the real window, tests/real_window.rs.)
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run_steps(2);
    assert!(h.query_by_label("Save your changes?").is_none());
}

#[test]
fn importing_a_web_page_shows_what_was_left_out_and_can_keep_the_whole_page() {
    let mut app = MarginaliaApp::open(Some(sample(ARTICLE)));
    app.picker = Box::new(ScriptedPicker {
        open: vec![sample("tests/fixtures/import/page.html")],
        ..Default::default()
    });
    let mut h = harness(app);
    h.run_steps(2);
    common::gui::menu(&mut h, "File", "Import article…");
    h.run_steps(2);
    assert_eq!(h.state().asking_what(), Some("import-preview"));
    h.get_by_label_contains(
        "Found: Web page: article kept (42 words), 4 words of page furniture left out",
    );
    // The preview shows the article's start, and the sidebar's appeal is not in it.
    h.get_by_label_contains("Prices rose 5");
    assert!(
        h.query_by_label_contains("Support our journalism")
            .is_none()
    );
    // The teacher wants the page furniture, for a boilerplate exercise.
    h.get_by_label_contains("The whole page as a reader sees it")
        .click();
    h.run_steps(2);
    h.get_by_label_contains("Found: Web page: the whole page kept (46 words)");
    h.get_by_label("Add to project").click();
    h.run_steps(3);
    let app = h.state();
    assert_eq!(app.session.project().articles().len(), 2);
    assert!(
        text_of(&h).ends_with("Support our journalism. Donate"),
        "{}",
        text_of(&h)
    );
    assert!(
        h.state()
            .messages
            .iter()
            .any(|m| m.text.contains("the whole page kept")),
        "{:?}",
        h.state().messages
    );
    // Undo takes the article out again, in one step.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(h.state().session.project().articles().len(), 1);
}

#[test]
fn a_cancelled_import_adds_nothing() {
    let mut h = harness(MarginaliaApp::open(Some(sample(ARTICLE))));
    let article = sample("tests/fixtures/documents/article.docx");
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(article)));
    h.run_steps(4);
    h.get_by_label_contains("Found: Word document.");
    h.get_by_label_contains("Source: Ana López, Дмитрий Иванов");
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert_eq!(h.state().asking_what(), None);
    assert_eq!(h.state().session.project().articles().len(), 1);
    assert!(!h.state().session.is_dirty());
}

#[test]
fn the_teacher_states_where_an_article_came_from_and_students_see_it() {
    let mut h = harness(MarginaliaApp::open(Some(sample(ARTICLE))));
    h.run_steps(2);
    common::gui::menu(&mut h, "Teacher", "Article source…");
    h.run_steps(2);
    h.get_by_label("Outlet").click();
    h.run_steps(1);
    h.get_by_label("Outlet").type_text("Radio-Canada");
    h.get_by_label("Published").click();
    h.run_steps(1);
    h.get_by_label("Published").type_text("2022-10-12");
    h.run_steps(1);
    h.get_by_label("Apply").click();
    h.run_steps(3);
    let app = h.state();
    let id = app.current_article.clone().unwrap();
    let source = app
        .session
        .project()
        .article(&id)
        .unwrap()
        .provenance()
        .clone();
    assert_eq!(source.outlet.as_deref(), Some("Radio-Canada"));
    assert_eq!(source.published.as_deref(), Some("2022-10-12"));
    // Above the article, for every student.
    h.get_by_label("Radio-Canada · 2022-10-12");
    // Undoable like any edit.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(h.query_by_label("Radio-Canada · 2022-10-12").is_none());
}

/// In an answer key, the selected passage says how it counts in grading: optional and
/// points are set there, each change undoable.
#[test]
fn a_key_passage_is_made_optional_and_worth_more_and_undone() {
    let key = sample("sample-docs/exercise-key.ron");
    let mut h = harness(MarginaliaApp::open(Some(key)));
    let text = text_of(&h);
    let at = screen_pos(&h, text.find("Twitter megaphone").unwrap() + 3);
    h.drag_at(at);
    h.drop_at(at);
    h.run_steps(2);
    let id = h.state().view.selected_annotation.expect("selected");
    h.get_by_label("Optional: no penalty if a student misses it")
        .click();
    h.run_steps(2);
    let passage =
        |h: &Harness<'_, MarginaliaApp>| h.state().session.project().annotation(id).unwrap().key;
    assert!(passage(&h).optional);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(!passage(&h).optional, "undone");
    // A student's highlight has no such settings.
    let student = sample("sample-docs/sample-class/exercise-Ana-López.ron");
    let mut h = harness(MarginaliaApp::open(Some(student)));
    let first = h.state().session.project().annotations()[0].id;
    h.state_mut().view.selected_annotation = Some(first);
    h.run_steps(2);
    h.get_by_label("Selected highlight");
    assert!(
        h.query_by_label("Optional: no penalty if a student misses it")
            .is_none()
    );
}
