//! The teacher's side in the real window, driven with egui_kittest: grade a class (sort,
//! review a student, comment, heat map), export an assignment from the key, a student
//! starting their submission from it, and the tag editor.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::grade::Feedback;
use marginalia::gui::MarginaliaApp;
use marginalia::gui::files::ScriptedPicker;
use marginalia::gui::grading::Tab;
use marginalia::gui::grading::sort::Column;
use marginalia::model::Role;
use marginalia::{project_file, sample};

fn harness(app: MarginaliaApp) -> Harness<'static, MarginaliaApp> {
    common::gui::harness(app, 1366.0, 768.0)
}

/// The students' scores in the order their rows are drawn, top to bottom.
fn scores_top_to_bottom(
    h: &Harness<'_, MarginaliaApp>,
    report: &marginalia::grade::ClassGrade,
) -> Vec<f64> {
    let mut rows: Vec<(f32, f64)> = report
        .students
        .iter()
        .map(|s| {
            let y = h.get_by_label(&s.student).rect().min.y;
            (y, s.score.unwrap())
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, score)| score).collect()
}

/// A copy of the sample class with one broken file, in a temporary folder.
fn class_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(sample::sample_dir().join("sample-class")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        dir.path().join("broken.ron"),
        "(format: \"marginalia-project\", version: 1, articles: [",
    )
    .unwrap();
    dir
}

#[test]
fn teacher_grades_a_class_sorts_reviews_and_comments() {
    let folder = class_folder();
    let mut app = MarginaliaApp::open(Some(sample::sample_key()));
    app.picker = Box::new(ScriptedPicker {
        folder: vec![folder.path().to_path_buf()],
        ..Default::default()
    });
    let mut h = harness(app);
    common::gui::menu(&mut h, "Teacher", "Grade submissions…");
    let key = h.state().grading.as_ref().unwrap().key.clone();
    assert_eq!(
        key.as_deref(),
        Some(sample::sample_key().as_path()),
        "the open key is used"
    );

    h.get_by_label("Choose folder…").click();
    h.run_steps(2);
    h.get_by_label("Grade").click();
    h.run_steps(1);
    wait_until_graded(&mut h);

    // The class table, and the broken file listed with its error (not dropped).
    h.get_by_label("Ana López");
    h.get_by_label("李小龙");
    h.get_by_label_contains("broken.ron");
    let report = h.state().grading.as_ref().unwrap().report.clone().unwrap();
    assert_eq!(report.students.len(), 12);
    assert_eq!(report.failures.len(), 1);

    // Sort by score: first click puts the best first, the second reverses.
    h.get_by_label("Score").click();
    h.run_steps(2);
    let g = h.state().grading.as_ref().unwrap();
    assert_eq!(g.sort, (Column::Score, false));
    // The order as the teacher sees it: names top to bottom, scores from the report.
    let shown = scores_top_to_bottom(&h, &report);
    assert_eq!(shown.len(), 12);
    assert!(
        shown.windows(2).all(|w| w[0] >= w[1]),
        "best first: {shown:?}"
    );
    h.get_by_label("Score ▼").click();
    h.run_steps(2);
    assert_eq!(
        h.state().grading.as_ref().unwrap().sort,
        (Column::Score, true)
    );
    let shown = scores_top_to_bottom(&h, &report);
    assert!(
        shown.windows(2).all(|w| w[0] <= w[1]),
        "worst first: {shown:?}"
    );
    h.get_by_label("κ").click();
    h.run_steps(2);
    assert_eq!(h.state().grading.as_ref().unwrap().sort.0, Column::Kappa);

    // Open a student's review from the table and write a comment.
    h.get_by_label("Ana López").click();
    h.run_steps(3);
    let g = h.state().grading.as_ref().unwrap();
    assert_eq!(g.tab, Tab::Review);
    let ana = g.student.unwrap();
    assert_eq!(report.students[ana].student, "Ana López");
    h.get_by_label("Passages in the key");
    // Screen readers get the marked article's text (title, blank line, first paragraph).
    h.get_by_label_contains("on social media\n\nRussia’s ambassador");
    assert!(h.query_all_by_label_contains("found").count() > 0);
    h.get_by_label("Comment for Ana López").click();
    h.run_steps(1);
    h.get_by_label("Comment for Ana López")
        .type_text("Look again at the donation appeal.");
    h.run_steps(2);
    h.get_by_label("Save comments").click();
    h.run_steps(2);
    let saved = Feedback::load(&Feedback::path_in(folder.path())).unwrap();
    assert_eq!(
        saved.comment(Path::new("exercise-Ana-López.ron")),
        "Look again at the donation appeal."
    );

    // The teacher overrules the score, with a reason; it is saved with the comments.
    h.get_by_label("Set the score by hand").click();
    h.run_steps(2);
    h.get_by_label("because").click();
    h.run_steps(1);
    h.get_by_label("because")
        .type_text("Her notes show she saw the framing");
    h.run_steps(2);
    h.get_by_label("Save comments").click();
    h.run_steps(2);
    let saved = Feedback::load(&Feedback::path_in(folder.path())).unwrap();
    let set = saved
        .override_for(Path::new("exercise-Ana-López.ron"))
        .expect("the score set by hand is saved");
    assert_eq!(set.reason, "Her notes show she saw the framing");
    assert_eq!(set.score, report.students[ana].score.unwrap().round());

    // The heat map of the second article.
    h.get_by_label("Heat map").click();
    h.run_steps(2);
    h.get_by_label_contains("students have this article");
    let second = report.key.articles()[1].title().to_owned();
    h.get_by_label(&second).click();
    h.run_steps(2);
    assert_eq!(h.state().grading.as_ref().unwrap().article, 1);

    // Exports from the window, then back to annotating.
    let out = tempfile::tempdir().unwrap();
    if let Some(g) = h.state_mut().grading.as_mut() {
        g.tab = Tab::Class;
    }
    h.state_mut().picker = Box::new(ScriptedPicker {
        folder: vec![out.path().to_path_buf()],
        ..Default::default()
    });
    h.run_steps(2);
    h.get_by_label("Export gradebook and pages…").click();
    h.run_steps(2);
    let page = std::fs::read_to_string(out.path().join("feedback/Ana-López.html")).unwrap();
    assert!(page.contains("Look again at the donation appeal."));
    assert!(page.contains("set by your teacher: Her notes show she saw the framing"));
    assert!(out.path().join("gradebook.csv").exists());
    h.get_by_label("← Back to annotating").click();
    h.run_steps(2);
    assert!(h.state().grading.is_none());
}

#[test]
fn teacher_exports_an_assignment_and_a_student_starts_from_it() {
    let dir = tempfile::tempdir().unwrap();
    let assignment_path = dir.path().join("exercise-assignment.ron");
    let mut app = MarginaliaApp::open(Some(sample::sample_key()));
    app.picker = Box::new(ScriptedPicker::saving_to(assignment_path.clone()));
    let mut h = harness(app);
    common::gui::menu(&mut h, "Teacher", "Export assignment…");
    let assignment = project_file::load(&assignment_path).unwrap().project;
    assert_eq!(assignment.role(), Role::Assignment);
    assert!(
        assignment.annotations().is_empty(),
        "no key highlights handed out"
    );
    assert_eq!(assignment.articles().len(), 3);
    drop(h);

    // The student opens it, types their name once, and saves their own file: no file
    // dialog at all, the work goes beside the assignment under the student's name.
    let before = std::fs::read(&assignment_path).unwrap();
    let picker = ScriptedPicker::default();
    let requests = picker.requests.clone();
    let mut app = MarginaliaApp::open(Some(assignment_path.clone()));
    app.picker = Box::new(picker);
    let mut h = harness(app);
    h.get_by_label("This is an assignment.");
    h.get_by_label("Your name:").click();
    h.run_steps(1);
    h.get_by_label("Your name:").type_text("Ana López");
    h.run_steps(1);
    h.get_by_label("Start my work").click();
    h.run_steps(3);
    assert_eq!(h.state().session.project().role(), Role::Submission);
    assert_eq!(h.state().session.project().details().author, "Ana López");
    assert!(h.query_by_label("This is an assignment.").is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    let saved: PathBuf = dir.path().join("exercise-assignment-Ana-López.ron");
    h.get_by_label("Save your work");
    h.get_by_label(&saved.display().to_string());
    h.get_by_label("Save my work").click();
    h.run_steps(3);
    assert!(requests.borrow().is_empty(), "no file dialog was needed");
    assert_eq!(
        std::fs::read(&assignment_path).unwrap(),
        before,
        "assignment untouched"
    );
    let submission = project_file::load(&saved).unwrap().project;
    assert_eq!(submission.role(), Role::Submission);
    assert_eq!(submission.details().author, "Ana López");
    assert_eq!(h.state().session.path(), Some(saved.as_path()));
    assert!(h.get_all_by_label_contains("Saved to").count() >= 1);
}

#[test]
fn teacher_renames_and_rekeys_a_tag_and_can_undo() {
    let mut h = harness(MarginaliaApp::open(Some(sample::sample_key())));
    common::gui::menu(&mut h, "Teacher", "Edit tags…");
    h.run_steps(3); // a new window sizes itself before it is shown
    // The name field of the first tag (other widgets also show the value "Claim").
    h.get_all_by_role(egui::accesskit::Role::TextInput)
        .find(|n| n.value().as_deref() == Some("Claim"))
        .unwrap()
        .click();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.run_steps(1);
    h.get_all_by_role(egui::accesskit::Role::TextInput)
        .find(|n| n.is_focused())
        .unwrap()
        .type_text("Factual claim");
    h.run_steps(2);
    h.get_all_by_label("Apply").next().unwrap().click();
    h.run_steps(2);
    let tags = h.state().session.project().tags().clone();
    assert_eq!(tags.as_slice()[0].name, "Factual claim");
    assert_eq!(
        tags.as_slice()[0].id.0,
        "claim",
        "highlights keep their tag"
    );
    h.get_all_by_label("↓").next().unwrap().click();
    h.run_steps(2);
    assert_eq!(
        h.state().session.project().tags().as_slice()[1].name,
        "Factual claim"
    );
    // Undo both from the keyboard (focus out of the editor first).
    h.key_press(Key::Escape);
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(
        h.state().session.project().tags().as_slice()[0].name,
        "Claim"
    );
}

/// Runs frames until the grading job has finished.
fn wait_until_graded(h: &mut Harness<'_, MarginaliaApp>) {
    let start = Instant::now();
    h.run_steps(1);
    while h.state().grading.as_ref().unwrap().is_running() {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "grading did not finish"
        );
        std::thread::sleep(Duration::from_millis(20));
        h.run_steps(1);
    }
    h.run_steps(3);
}

/// From a student's review, the teacher accepts the student's reading of a passage they
/// partly found: it goes into the key (saved) as another reading of that passage, the
/// class is graded again and the passage is now found; "Undo" takes it out again.
#[test]
fn teacher_accepts_a_students_reading_into_the_key_and_undoes_it() {
    let folder = class_folder();
    std::fs::remove_file(folder.path().join("broken.ron")).unwrap();
    let keys = tempfile::tempdir().unwrap();
    let key_path = keys.path().join("exercise-key.ron");
    std::fs::copy(sample::sample_key(), &key_path).unwrap();
    let mut h = harness(MarginaliaApp::open(Some(key_path.clone())));
    h.state_mut().open_grading(
        Some(key_path.clone()),
        folder.path().to_path_buf(),
        &egui::Context::default(),
    );
    wait_until_graded(&mut h);
    // A student with a partly found passage in the first article.
    let report = h.state().grading.as_ref().unwrap().report.clone().unwrap();
    let (student, passage) = report
        .students
        .iter()
        .enumerate()
        .find_map(|(i, s)| {
            let mine = s.articles[0].as_ref()?;
            let k = mine
                .matching
                .key
                .iter()
                .position(|o| matches!(o, marginalia::grade::KeyOutcome::Partial { .. }))?;
            Some((i, k))
        })
        .expect("the sample class has a partly found passage");
    let before_keys = project_file::load(&key_path)
        .unwrap()
        .project
        .annotations()
        .len();
    if let Some(g) = h.state_mut().grading.as_mut() {
        g.student = Some(student);
        g.tab = Tab::Review;
        g.article = 0;
    }
    h.run_steps(3);
    let button = h.get_all_by_label("Accept their reading").next().unwrap();
    button.scroll_to_me();
    h.run_steps(3);
    let button = h.get_all_by_label("Accept their reading").next().unwrap();
    button.click();
    h.run_steps(2);
    let g = h.state().grading.as_ref().unwrap();
    assert_eq!(g.error, None, "{:?}", g.notice);
    assert!(
        g.is_running() || g.notice.is_some(),
        "the click was taken: {:?}",
        g.notice
    );
    wait_until_graded(&mut h);

    let key = project_file::load(&key_path).unwrap().project;
    assert_eq!(
        key.annotations().len(),
        before_keys + 1,
        "saved into the key file"
    );
    let primary = report.key_articles[0].annotations[passage];
    assert!(
        key.annotations()
            .iter()
            .any(|a| a.key.alternative_of == Some(primary)),
        "as another reading of that passage"
    );
    let g = h.state().grading.as_ref().unwrap();
    let now = g.report.as_ref().unwrap();
    let first_partial = now.students[student].articles[0]
        .as_ref()
        .unwrap()
        .matching
        .key[passage];
    assert!(
        matches!(first_partial, marginalia::grade::KeyOutcome::Found { .. }),
        "graded again: {first_partial:?}"
    );
    assert!(
        g.notice
            .as_deref()
            .unwrap_or_default()
            .contains("another reading")
    );

    h.get_by_label("Undo the last accepted reading").click();
    h.run_steps(2);
    wait_until_graded(&mut h);
    let key = project_file::load(&key_path).unwrap().project;
    assert_eq!(
        key.annotations().len(),
        before_keys,
        "taken out of the key file again"
    );
    assert!(!h.state().session.is_dirty(), "and the key is saved");
}

/// "Projector: no names": the class table and the review say "Student N"; no name, no
/// comment box, no file problem is on screen.
#[test]
fn the_projector_shows_no_names() {
    let folder = class_folder();
    let mut h = harness(MarginaliaApp::open(Some(sample::sample_key())));
    h.state_mut().open_grading(
        Some(sample::sample_key()),
        folder.path().to_path_buf(),
        &egui::Context::default(),
    );
    wait_until_graded(&mut h);
    h.get_by_label("Ana López");
    h.get_by_label("Projector: no names").click();
    h.run_steps(3);
    assert!(h.query_by_label("Ana López").is_none());
    assert!(h.query_by_label("李小龙").is_none());
    h.get_by_label("Student 1").scroll_to_me();
    h.run_steps(3);
    h.get_by_label("Student 1").click();
    h.run_steps(3);
    assert_eq!(h.state().grading.as_ref().unwrap().tab, Tab::Review);
    assert!(h.query_by_label_contains("Comment for").is_none());
    assert!(h.query_by_label("Ana López").is_none());
    h.get_by_label("Passages in the key");
}

/// Scores for the LMS from the grading screen: the Canvas roster is opened, the one
/// submission no name fits is paired by hand (remembered beside the submissions), and
/// the import file is written with every student.
#[test]
fn teacher_writes_the_lms_import_file_from_the_grading_screen() {
    let folder = class_folder();
    std::fs::remove_file(folder.path().join("broken.ron")).unwrap();
    let out = tempfile::tempdir().unwrap();
    let roster = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/lms/canvas.csv");
    let mut app = MarginaliaApp::open(Some(sample::sample_key()));
    app.picker = Box::new(ScriptedPicker {
        open: vec![roster],
        save: vec![out.path().join("canvas-import.csv")],
        ..Default::default()
    });
    let mut h = harness(app);
    h.state_mut().open_grading(
        Some(sample::sample_key()),
        folder.path().to_path_buf(),
        &egui::Context::default(),
    );
    wait_until_graded(&mut h);
    h.get_by_label("Scores for the LMS…").click();
    h.run_steps(3);
    h.get_by_label_contains("Scores for Canvas (canvas.csv): 11 of 12 students paired");
    h.get_by_label_contains("Not in the roster by name: 李小龙")
        .click();
    h.run_steps(2);
    h.get_by_label("Zoe Extra (1012)").click();
    h.run_steps(3);
    h.get_by_label_contains("12 of 12 students paired");
    let saved = Feedback::load(&Feedback::path_in(folder.path())).unwrap();
    assert_eq!(
        saved
            .roster_pairs
            .get("exercise-李小龙.ron")
            .map(String::as_str),
        Some("1012")
    );
    h.get_by_label("Write the import file…").click();
    h.run_steps(3);
    let written = std::fs::read_to_string(out.path().join("canvas-import.csv")).unwrap();
    let rows: Vec<&str> = written.lines().collect();
    assert_eq!(
        rows.len(),
        2 + 12,
        "header, points, twelve students: {written}"
    );
    assert!(rows[0].starts_with("Student,ID,SIS User ID,SIS Login ID,Section,"));
    assert!(written.contains("\"Extra, Zoe\",1012"));
}
