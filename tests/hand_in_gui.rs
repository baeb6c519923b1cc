//! The student's Save on a shared laptop, through the real widgets: nothing a student
//! does writes over the assignment or someone else's work.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use marginalia::gui::MarginaliaApp;
use marginalia::gui::command::UiCommand;
use marginalia::model::Role;
use marginalia::project_file;
use marginalia::text::ByteOffset;

fn tag_something(h: &mut egui_kittest::Harness<'_, MarginaliaApp>) {
    h.state_mut().view.selection = Some(marginalia::gui::article_view::Selection {
        anchor: ByteOffset(7),
        head: ByteOffset(14),
    });
    h.run_steps(1);
    h.key_press(Key::Num1);
    h.run_steps(2);
}

#[test]
fn changing_the_role_in_the_details_does_not_unlock_the_assignment() {
    let dir = tempfile::tempdir().unwrap();
    let assignment = common::assignment_in(dir.path());
    let before = std::fs::read(&assignment).unwrap();
    let mut h = common::gui::harness(MarginaliaApp::open(Some(assignment.clone())), 1366.0, 768.0);
    // A student marks the assignment as "Submission" in Title and instructions…
    common::gui::menu(&mut h, "Teacher", "Title and instructions");
    h.run_steps(1);
    h.get_by_label(&Role::Submission.label()).click();
    h.run_steps(1);
    h.get_by_label("Apply").click();
    h.run_steps(2);
    assert_eq!(h.state().session.project().role(), Role::Submission);
    tag_something(&mut h);
    // …and Save still asks who is handing in, instead of writing over the assignment.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    h.get_by_label("Save your work");
    assert_eq!(std::fs::read(&assignment).unwrap(), before);
}

#[test]
fn enter_never_saves_over_a_remembered_name_or_an_existing_file() {
    let dir = tempfile::tempdir().unwrap();
    let assignment = common::assignment_in(dir.path());
    // Léa handed in on this laptop earlier; Omar opens the assignment next.
    let lea = dir.path().join("exercise-Léa-Dubois.ron");
    std::fs::write(&lea, "Léa's work").unwrap();
    let mut app = MarginaliaApp::open(Some(assignment));
    app.student_name = "Léa Dubois".into();
    let mut h = common::gui::harness(app, 1366.0, 768.0);
    tag_something(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    h.get_by_label("Saving as Léa Dubois — not you? Type your own name.");
    h.get_by_label("Replace and save");
    // Enter in the name field (still Léa's) does nothing.
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert_eq!(std::fs::read_to_string(&lea).unwrap(), "Léa's work");
    h.get_by_label("Save your work");
}

#[test]
fn keys_on_the_grading_screen_do_not_change_the_hidden_project() {
    let key = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-docs/exercise-key.ron");
    let mut h = common::gui::harness(MarginaliaApp::open(Some(key)), 1366.0, 768.0);
    h.key_press_modifiers(Modifiers::ALT, Key::ArrowDown);
    h.run_steps(2);
    assert!(h.state().view.selected_annotation.is_some());
    let count = h.state().session.project().annotations().len();
    h.key_press_modifiers(Modifiers::COMMAND, Key::G);
    h.run_steps(2);
    assert!(h.state().grading.is_some());
    for key in [Key::Delete, Key::Backspace, Key::Num2] {
        h.key_press(key);
        h.run_steps(1);
    }
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(h.state().session.project().annotations().len(), count);
    assert!(!h.state().session.is_dirty());
}

#[test]
fn a_restored_hand_in_still_saves_beside_the_assignment() {
    let dir = tempfile::tempdir().unwrap();
    let assignment = common::assignment_in(dir.path());
    let before = std::fs::read(&assignment).unwrap();
    let store = marginalia::recovery::RecoveryStore::new(dir.path().join("recovery"));
    let mut app = MarginaliaApp::open(Some(assignment.clone())).with_recovery(store.clone());
    app.autosave_every = 0.0;
    let mut h = common::gui::harness(app, 1366.0, 768.0);
    h.get_by_label("Your name:").click();
    h.run_steps(1);
    h.get_by_label("Your name:").type_text("Ana Ruiz");
    h.run_steps(1);
    h.get_by_label("Start my work").click();
    h.run_steps(2);
    tag_something(&mut h);
    h.run_steps(3);
    assert_eq!(store.list().len(), 1, "autosaved");
    drop(h); // the laptop's battery dies

    let mut h = common::gui::harness(
        MarginaliaApp::open(None).with_recovery(store.clone()),
        1366.0,
        768.0,
    );
    h.get_by_label("Restore").click();
    h.run_steps(3);
    let hand_in = dir.path().join("exercise-Ana-Ruiz.ron");
    assert_eq!(h.state().session.path(), Some(hand_in.as_path()));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    let saved = marginalia::project_file::load(&hand_in).unwrap().project;
    assert_eq!(saved.annotations().len(), 1);
    assert_eq!(saved.details().author, "Ana Ruiz");
    assert_eq!(std::fs::read(&assignment).unwrap(), before);
}

#[test]
fn a_remembered_name_is_confirmed_not_reused() {
    let dir = tempfile::tempdir().unwrap();
    let assignment = common::assignment_in(dir.path());
    let before = std::fs::read(&assignment).unwrap();
    let mut app = MarginaliaApp::open(Some(assignment.clone()));
    app.student_name = "Léa Dubois".into();
    let mut h = common::gui::harness(app, 1366.0, 768.0);
    tag_something(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    h.get_by_label("Saving as Léa Dubois — not you? Type your own name.");
    let field = h.get_by_label("Your name (first and last):");
    field.focus();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Your name (first and last):")
        .type_text("Omar Haddad");
    h.run_steps(2);
    h.get_by_label("Save my work").click();
    h.run_steps(3);
    let saved = dir.path().join("exercise-Omar-Haddad.ron");
    let project = project_file::load(&saved).unwrap().project;
    assert_eq!(project.details().author, "Omar Haddad");
    assert_eq!(project.role(), Role::Submission);
    assert_eq!(std::fs::read(&assignment).unwrap(), before);
    assert!(!dir.path().join("exercise-Léa-Dubois.ron").exists());
}

#[test]
fn the_teacher_edits_an_assignment_only_after_saying_so() {
    let dir = tempfile::tempdir().unwrap();
    let assignment = common::assignment_in(dir.path());
    let before = std::fs::read(&assignment).unwrap();
    let mut h = common::gui::harness(MarginaliaApp::open(Some(assignment.clone())), 1366.0, 768.0);
    common::gui::menu(&mut h, "Teacher", UiCommand::BecomeTeacher.label());
    h.get_by_label("Change the assignment itself?");
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(!h.state().teacher_mode, "Cancel changes nothing");
    common::gui::menu(&mut h, "Teacher", UiCommand::BecomeTeacher.label());
    h.get_by_label("I'm the teacher: change it").click();
    h.run_steps(2);
    assert!(h.state().teacher_mode);
    tag_something(&mut h);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert_ne!(
        std::fs::read(&assignment).unwrap(),
        before,
        "saved in place"
    );
    let project = project_file::load(&assignment).unwrap().project;
    assert_eq!(project.role(), Role::Assignment);
    assert_eq!(project.annotations().len(), 1);
}
