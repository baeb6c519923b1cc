//! Errors that keep work, in the real window: a save that fails (the USB stick was pulled)
//! keeps everything open and says why; a file changed by someone else is not silently
//! overwritten; a second window on the same project is warned.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::gui::MarginaliaApp;
use marginalia::gui::files::ScriptedPicker;
use marginalia::{project_file, sample};

fn harness(app: MarginaliaApp) -> Harness<'static, MarginaliaApp> {
    common::gui::harness(app, 1280.0, 720.0)
}

/// A student's own file (the sample key's highlights, saved as a submission) in its own
/// folder: Save writes it in place.
fn copy_of_key(dir: &Path) -> PathBuf {
    let path = dir.join("work.ron");
    let mut project = project_file::load(&sample::sample_key()).unwrap().project;
    marginalia::workflow::start_submission(&project, "Ana")
        .apply(&mut project)
        .unwrap();
    project_file::save(&project, &path).unwrap();
    path
}

/// Deletes the first annotation through the keyboard, as a student would.
fn make_an_edit(h: &mut Harness<'_, MarginaliaApp>) -> usize {
    let first = h.state().session.project().annotations()[0].id;
    h.state_mut().view.selected_annotation = Some(first);
    h.run_steps(1);
    h.key_press(Key::Delete);
    h.run_steps(2);
    assert!(h.state().session.is_dirty());
    h.state().session.project().annotations().len()
}

#[test]
fn a_failed_save_keeps_the_work_open_and_says_why() {
    let outer = tempfile::tempdir().unwrap();
    let stick = outer.path().join("usb-stick");
    std::fs::create_dir(&stick).unwrap();
    let path = copy_of_key(&stick);
    let rescue = outer.path().join("rescued.ron");
    let mut app = MarginaliaApp::open(Some(path.clone()));
    app.picker = Box::new(ScriptedPicker::saving_to(rescue.clone()));
    let mut h = harness(app);
    let count = make_an_edit(&mut h);

    // The stick is pulled out; Ctrl+S fails.
    std::fs::remove_dir_all(&stick).unwrap();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    let last = h.state().messages.last().unwrap().clone();
    assert!(last.is_error());
    let message = last.text;
    assert!(message.contains("could not save"), "{message}");
    assert!(message.contains("the folder does not exist"), "{message}");
    assert!(message.contains("Save As"), "{message}");
    assert!(
        h.get_all_by_label_contains("could not save").count() >= 1,
        "shown in the window"
    );
    assert!(
        h.state().session.is_dirty(),
        "still unsaved, so closing will ask"
    );
    assert_eq!(h.state().session.project().annotations().len(), count);

    // Closing asks; "Save" fails again and the window stays open with the work.
    common::gui::press_window_close(&mut h);
    h.run_steps(2);
    h.get_by_label("Save").click();
    h.run_steps(3);
    assert!(h.state().session.is_dirty());
    assert!(!common::gui::asked_to_close(&h), "stays open with the work");
    assert!(h.get_all_by_label_contains("could not save").count() >= 1);

    // Save As somewhere that works rescues it.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(3);
    assert!(!h.state().session.is_dirty());
    let saved = project_file::load(&rescue).unwrap().project;
    assert_eq!(saved.annotations().len(), count);
}

#[test]
fn a_file_changed_on_disk_is_not_silently_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_key(dir.path());
    let elsewhere = dir.path().join("mine.ron");
    let mut app = MarginaliaApp::open(Some(path.clone()));
    app.picker = Box::new(ScriptedPicker::saving_to(elsewhere.clone()));
    let mut h = harness(app);
    let count = make_an_edit(&mut h);

    // Meanwhile another program rewrites the file (a teacher's script, a sync client).
    std::thread::sleep(std::time::Duration::from_millis(20));
    let mut theirs = project_file::load(&path).unwrap().project;
    let mut details = theirs.details().clone();
    details.title = "Their version".into();
    marginalia::edit::Edit::SetDetails {
        before: theirs.details().clone(),
        after: details,
    }
    .apply(&mut theirs)
    .unwrap();
    project_file::save(&theirs, &path).unwrap();

    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    h.get_by_label("The file changed on disk");
    h.get_by_label("Save As…").click();
    h.run_steps(3);
    assert_eq!(
        project_file::load(&path).unwrap().project.title(),
        "Their version"
    );
    assert_eq!(
        project_file::load(&elsewhere)
            .unwrap()
            .project
            .annotations()
            .len(),
        count
    );
    assert!(!h.state().session.is_dirty());
}

#[test]
fn a_second_window_on_the_same_project_is_warned() {
    if !Path::new("/proc/1").exists() {
        eprintln!("SKIPPED: the lock's liveness check needs /proc, which this system lacks");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = copy_of_key(dir.path());
    // Another Marginalia (pid 1 stands in for a live process) has it open.
    let host = marginalia::lock::this_host();
    std::fs::write(
        dir.path().join(".work.ron.lock"),
        format!("user: ana\nhost: {host}\npid: 1\nsince: 2026-11-23 09:00\n"),
    )
    .unwrap();
    let mut h = harness(MarginaliaApp::open(Some(path.clone())));
    h.get_by_label("This project is already open");
    h.get_by_label_contains("ana on");
    h.get_by_label("Work on a copy").click();
    h.run_steps(2);
    assert!(
        h.state().session.path().is_none(),
        "Save will ask for a new name"
    );
    assert!(h.query_by_label("This project is already open").is_none());
}

#[test]
fn where_no_native_dialog_opens_our_own_saves_in_the_right_folder() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("article.txt");
    std::fs::write(&article, "A title\n\nSome text to tag.").unwrap();
    let mut app = MarginaliaApp::open(Some(article));
    // A machine with no desktop portal: every native dialog is unavailable.
    app.picker = Box::new(ScriptedPicker {
        unavailable: true,
        ..Default::default()
    });
    let mut h = harness(app);
    h.state_mut().view.selection = Some(marginalia::gui::article_view::Selection {
        anchor: marginalia::text::ByteOffset(9),
        head: marginalia::text::ByteOffset(13),
    });
    h.key_press(Key::Num1);
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    // Marginalia's dialog, in the article's folder, the file name ready to type over.
    h.get_by_label("Save your work");
    let folder = h.get_by_label("Folder:").value().unwrap_or_default();
    assert!(
        h.query_all_by_value(&dir.path().display().to_string())
            .count()
            >= 1,
        "starts in the article's folder, not {folder:?}"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("File name:").type_text("mine");
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);
    let saved = dir.path().join("mine.ron");
    let project = project_file::load(&saved).unwrap().project;
    assert_eq!(project.annotations().len(), 1);
    assert!(!h.state().session.is_dirty());
    assert_eq!(h.state().session.path(), Some(saved.as_path()));

    // Cancel in our dialog is a cancel: nothing written, the work still unsaved.
    h.key_press(Key::Num2);
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(3);
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(h.query_by_label("File name:").is_none());
    assert!(h.state().session.is_dirty());
}
