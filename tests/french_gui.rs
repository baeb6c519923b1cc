//! The window in Canadian French, driven through its French labels with egui_kittest:
//! the menus, a passage tagged with the French tag button and undone from the Édition
//! menu, and Affichage > Langue switching the window to English (remembered in eframe's
//! storage for the next run).
//!
//! Each test sets its own thread's language, so the English GUI tests running beside it
//! in the same process are not disturbed.

#![allow(clippy::unwrap_used, clippy::string_slice)] // test code; slices at positions found by `find`

mod common;

use common::gui::{drag_select, text_of};

use std::collections::HashMap;
use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::gui::MarginaliaApp;
use marginalia::i18n::{self, Lang};

const ARTICLE: &str = "sample-docs/000_0aa05fbc1d035030.txt";

/// The window on an article opened in a French session (so its new project has the
/// French tags).
fn french_window() -> Harness<'static, MarginaliaApp> {
    i18n::set_thread(Lang::french());
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(ARTICLE);
    common::gui::harness(MarginaliaApp::open(Some(path)), 1280.0, 720.0)
}

/// (quote, tag id) of every annotation.
fn highlights(harness: &Harness<'_, MarginaliaApp>) -> Vec<(String, String)> {
    let project = harness.state().session.project();
    project
        .annotations()
        .iter()
        .map(|a| {
            let text = project.article(&a.article).unwrap().text();
            (text[a.range.as_std()].to_owned(), a.tag.0.clone())
        })
        .collect()
}

#[test]
fn the_menus_are_in_french() {
    let mut h = french_window();
    for menu in ["Fichier", "Édition", "Affichage", "Enseignant", "Aide"] {
        h.get_by_label(menu);
    }
    assert!(h.query_by_label("File").is_none());
    h.get_by_label("Fichier").click();
    h.run_steps(2);
    h.get_by_label_contains("Enregistrer sous…");
    h.get_by_label_contains("Nouveau projet");
    // The status bar and the side panels too.
    h.get_by_label("Enregistré");
    h.get_by_label("Étiquettes");
    h.get_by_label("Annotations");
}

#[test]
fn a_student_tags_with_the_french_button_and_undoes_from_edition() {
    let mut h = french_window();
    let text = text_of(&h);
    let start = text.find("Twitter megaphone").unwrap();
    drag_select(&mut h, start, start + "Twitter megaphone".len());

    // The default tags of a French session: Affirmation, Réfutation, Cadrage, Remplissage.
    for tag in ["[2] Réfutation", "[3] Cadrage", "[4] Remplissage"] {
        h.get_by_label(tag);
    }
    h.get_by_label("[1] Affirmation").click();
    h.run_steps(2);
    assert_eq!(
        highlights(&h),
        vec![("Twitter megaphone".to_owned(), "claim".to_owned())]
    );
    // The list quotes it the French way, and the selected highlight's panel is French.
    h.get_by_label("«\u{A0}Twitter megaphone\u{A0}»");
    h.get_by_label("Surlignement sélectionné");
    h.get_by_label("Note\u{A0}:");

    common::gui::menu(&mut h, "Édition", "Annuler");
    assert!(highlights(&h).is_empty(), "Édition > Annuler takes it back");
    h.get_by_label("Édition").click();
    h.run_steps(2);
    h.get_by_label_contains("Rétablir").click();
    h.run_steps(2);
    assert_eq!(highlights(&h).len(), 1, "Édition > Rétablir brings it back");
}

#[test]
fn affichage_langue_switches_the_window_to_english() {
    let mut h = french_window();
    h.get_by_label("Affichage").click();
    h.run_steps(2);
    h.get_by_label("Langue").click();
    h.run_steps(2);
    // Each language by its own name, the current one checked.
    h.get_by_label("Français");
    h.get_by_label("English").click();
    h.run_steps(3);

    assert_eq!(i18n::current(), Lang::ENGLISH);
    for menu in ["File", "Edit", "View", "Teacher", "Help"] {
        h.get_by_label(menu);
    }
    assert!(h.query_by_label("Fichier").is_none());
    h.get_by_label("Saved");
    assert_eq!(h.state().language_choice.as_deref(), Some("en"));

    // The choice is saved beside the other settings, and restored on the next run.
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    i18n::set_thread(Lang::french());
    let mut next_run = MarginaliaApp::open(None);
    next_run.restore_settings(&storage);
    assert_eq!(i18n::current(), Lang::ENGLISH, "the saved choice wins");
    assert_eq!(next_run.language_choice.as_deref(), Some("en"));
}

#[test]
fn without_a_saved_choice_the_language_stays() {
    i18n::set_thread(Lang::french());
    let mut app = MarginaliaApp::open(None);
    app.restore_settings(&MemoryStorage::default());
    assert_eq!(i18n::current(), Lang::french());
    assert_eq!(app.language_choice, None);
}

/// eframe's storage, in memory.
#[derive(Default)]
struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}
