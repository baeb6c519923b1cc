//! The window's dialogs in Canadian French, through the real widgets: a student hands in
//! by the French labels, and a teacher who makes an exercise French gets the French
//! default tags, saved and read back.

#![allow(clippy::unwrap_used)]

mod common;

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use marginalia::gui::MarginaliaApp;
use marginalia::gui::command::{Command, UiCommand};
use marginalia::gui::files::ScriptedPicker;
use marginalia::i18n::{self, Lang};
use marginalia::model::{Project, ProjectDetails, Role, TagSet};
use marginalia::project_file;
use marginalia::text::ByteOffset;

/// No-break space, before `:` (OQLF).
const NBSP: char = '\u{A0}';
/// Narrow no-break space, before `?` `!` `;` (OQLF).
const NNBSP: char = '\u{202F}';

fn harness(app: MarginaliaApp) -> egui_kittest::Harness<'static, MarginaliaApp> {
    common::gui::harness(app, 1366.0, 768.0)
}

fn tag_something(h: &mut egui_kittest::Harness<'_, MarginaliaApp>) {
    h.state_mut().view.selection = Some(marginalia::gui::article_view::Selection {
        anchor: ByteOffset(7),
        head: ByteOffset(14),
    });
    h.run_steps(1);
    h.key_press(Key::Num1);
    h.run_steps(2);
}

/// Saves, types `name` into the hand-in prompt (found by its French labels).
fn ask_to_hand_in_as(h: &mut egui_kittest::Harness<'_, MarginaliaApp>, name: &str) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    h.get_by_label("Enregistre ton travail");
    h.get_by_label(&format!("Ton travail sera enregistré sous{NBSP}:"));
    let field = format!("Ton nom (prénom et nom){NBSP}:");
    h.get_by_label(&field).focus();
    h.run_steps(1);
    h.get_by_label(&field).type_text(name);
    h.run_steps(2);
}

#[test]
fn a_student_hands_in_by_the_french_save_prompt() {
    i18n::set_thread(Lang::french());
    let dir = tempfile::tempdir().unwrap();
    let assignment = common::assignment_in(dir.path());
    let before = std::fs::read(&assignment).unwrap();
    let mut h = harness(MarginaliaApp::open(Some(assignment.clone())));
    h.get_by_label("Ceci est un devoir.");
    tag_something(&mut h);
    ask_to_hand_in_as(&mut h, "Omar Haddad");
    h.get_by_label("Le devoir exercise.ron lui-même ne sera pas modifié.");
    h.get_by_label("Enregistrer mon travail").click();
    h.run_steps(3);
    let saved = dir.path().join("exercise-Omar-Haddad.ron");
    let project = project_file::load(&saved).unwrap().project;
    assert_eq!(project.details().author, "Omar Haddad");
    assert_eq!(project.role(), Role::Submission);
    assert_eq!(std::fs::read(&assignment).unwrap(), before);
    let notice = h.state().saved_notice.clone().unwrap();
    assert!(notice.starts_with("Enregistré dans "), "{notice}");
}

#[test]
fn a_student_saves_somewhere_else_by_the_french_prompt() {
    i18n::set_thread(Lang::french());
    let dir = tempfile::tempdir().unwrap();
    let assignment = common::assignment_in(dir.path());
    let before = std::fs::read(&assignment).unwrap();
    let elsewhere = dir.path().join("ma-copie.ron");
    let picker = ScriptedPicker::saving_to(elsewhere.clone());
    let requests = picker.requests.clone();
    let mut app = MarginaliaApp::open(Some(assignment.clone()));
    app.picker = Box::new(picker);
    let mut h = harness(app);
    tag_something(&mut h);
    // Without a name, the prompt says what is missing, in French.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    h.get_by_label("Enregistrer ailleurs…").click();
    h.run_steps(2);
    h.get_by_label(&format!(
        "Écris d’abord ton nom{NBSP}: il figure sur le travail que tu remets."
    ));
    let field = format!("Ton nom (prénom et nom){NBSP}:");
    h.get_by_label(&field).focus();
    h.run_steps(1);
    h.get_by_label(&field).type_text("Léa Dubois");
    h.run_steps(2);
    h.get_by_label("Enregistrer ailleurs…").click();
    h.run_steps(3);
    let asked = requests.borrow();
    assert_eq!(asked.last().unwrap().title, "Enregistre ton travail");
    let project = project_file::load(&elsewhere).unwrap().project;
    assert_eq!(project.details().author, "Léa Dubois");
    assert_eq!(std::fs::read(&assignment).unwrap(), before);
}

/// An answer key with the English default tags and no language stated.
fn english_key_in(dir: &std::path::Path) -> std::path::PathBuf {
    let project = Project::new(
        ProjectDetails {
            title: "Exercice".into(),
            role: Role::Key,
            ..Default::default()
        },
        TagSet::media_literacy_in(Lang::ENGLISH),
    );
    let path = dir.join("exercice-key.ron");
    project_file::save(&project, &path).unwrap();
    path
}

fn tag_names(h: &egui_kittest::Harness<'_, MarginaliaApp>) -> Vec<String> {
    let tags = h.state().session.project().tags().iter();
    tags.map(|t| t.name.clone()).collect()
}

#[test]
fn making_the_exercise_french_gives_the_french_tags_saved_and_read_back() {
    i18n::set_thread(Lang::french());
    let dir = tempfile::tempdir().unwrap();
    let key = english_key_in(dir.path());
    let mut h = harness(MarginaliaApp::open(Some(key.clone())));
    assert_eq!(
        tag_names(&h),
        ["Claim", "Rebuttal", "Framing", "Boilerplate"]
    );

    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::Ui(UiCommand::EditDetails));
    h.run_steps(2);
    h.get_by_label("Titre et consignes");
    h.get_by_label("Langue de l’exercice").click();
    h.run_steps(2);
    h.get_by_label("Français").click();
    h.run_steps(2);
    h.get_by_label("Les étiquettes par défaut seront aussi renommées dans cette langue.");
    h.get_by_label("Appliquer").click();
    h.run_steps(2);
    let french = ["Affirmation", "Réfutation", "Cadrage", "Remplissage"];
    assert_eq!(tag_names(&h), french);
    assert_eq!(h.state().session.project().details().language, "fr");

    // One undo takes back the language and the tags together; redo brings both again.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(
        tag_names(&h),
        ["Claim", "Rebuttal", "Framing", "Boilerplate"]
    );
    assert_eq!(h.state().session.project().details().language, "");
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(2);
    assert_eq!(tag_names(&h), french);

    // Saving the key asks the teacher first, in French.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    h.get_by_label(&format!("Modifier le corrigé{NNBSP}?"));
    h.get_by_label(&format!("Je suis l’enseignant{NBSP}: le modifier"))
        .click();
    h.run_steps(3);
    assert!(!h.state().session.is_dirty());

    let saved = std::fs::read_to_string(&key).unwrap();
    assert!(saved.contains("language: \"fr\""), "{saved}");
    let project = project_file::load(&key).unwrap().project;
    assert_eq!(project.details().lang(), Lang::french());
    assert_eq!(*project.tags(), TagSet::media_literacy_in(Lang::french()));
    let english = TagSet::media_literacy_in(Lang::ENGLISH);
    for (fr, en) in project.tags().iter().zip(english.iter()) {
        assert_eq!((&fr.id, fr.color, fr.key), (&en.id, en.color, en.key));
    }
}

#[test]
fn teachers_own_tags_stay_when_the_language_changes() {
    i18n::set_thread(Lang::french());
    let dir = tempfile::tempdir().unwrap();
    let mut tags = TagSet::media_literacy_in(Lang::ENGLISH).as_slice().to_vec();
    tags[0].name = "Fact".into();
    let project = Project::new(
        ProjectDetails {
            title: "Mine".into(),
            role: Role::Submission,
            ..Default::default()
        },
        TagSet::from_tags(tags),
    );
    let path = dir.path().join("mine.ron");
    project_file::save(&project, &path).unwrap();
    let mut h = harness(MarginaliaApp::open(Some(path)));
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::Ui(UiCommand::EditDetails));
    h.run_steps(2);
    h.get_by_label("Langue de l’exercice").click();
    h.run_steps(2);
    h.get_by_label("Français").click();
    h.run_steps(2);
    h.get_by_label("Appliquer").click();
    h.run_steps(2);
    assert_eq!(h.state().session.project().details().language, "fr");
    assert_eq!(
        tag_names(&h),
        ["Fact", "Rebuttal", "Framing", "Boilerplate"]
    );
}

#[test]
fn a_new_project_is_in_the_interface_language() {
    i18n::set_thread(Lang::french());
    let mut h = harness(MarginaliaApp::open(None));
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::Ui(UiCommand::New));
    h.run_steps(2);
    let project = h.state().session.project();
    assert_eq!(project.details().language, "fr");
    assert_eq!(project.details().title, "Nouveau projet");
    assert_eq!(*project.tags(), TagSet::media_literacy_in(Lang::french()));
}
