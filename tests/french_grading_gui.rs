//! The grading screen in Canadian French, driven with egui_kittest: the teacher grades
//! the sample class, sorts by a French column, reviews a student and sees the heat map,
//! every widget found by its French label.

#![allow(clippy::unwrap_used)]

mod common;

use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::gui::MarginaliaApp;
use marginalia::gui::grading::sort::Column;
use marginalia::gui::grading::{GradingView, Tab};
use marginalia::i18n::{self, Lang};
use marginalia::sample;

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

#[test]
fn the_teacher_grades_in_french() {
    i18n::set_thread(Lang::french());
    let folder = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(sample::sample_dir().join("sample-class")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, folder.path().join(path.file_name().unwrap())).unwrap();
    }
    let mut app = MarginaliaApp::open(Some(sample::sample_key()));
    let mut view = GradingView::new(Some(sample::sample_key()));
    view.folder = Some(folder.path().to_path_buf());
    app.grading = Some(view);
    let mut h = common::gui::harness(app, 1366.0, 768.0);

    h.get_by_label("Corriger les travaux remis");
    h.get_by_label("Corrigé\u{a0}:");
    h.get_by_label("Choisir le dossier…");
    h.get_by_label("Points partiels pour les chevauchements plus petits");
    h.get_by_label("Corriger").click();
    wait_until_graded(&mut h);
    let report = h.state().grading.as_ref().unwrap().report.clone().unwrap();
    assert_eq!(report.students.len(), 12);

    // The class tab: its summary, charts and columns in French.
    h.get_by_label("Groupe");
    h.get_by_label_contains("12 corrigés · 0 illisibles · résultat moyen");
    h.get_by_label("Résultats");
    h.get_by_label("F1 moyen par étiquette (%)");
    h.get_by_label("Exporter le relevé de notes et les pages…");
    h.get_by_label("Projecteur\u{a0}: sans noms");
    h.get_by_label("Résultat").click();
    h.run_steps(2);
    assert_eq!(
        h.state().grading.as_ref().unwrap().sort,
        (Column::Score, false)
    );
    h.get_by_label("Résultat ▼");
    h.get_by_label("Élève");
    h.get_by_label("Problèmes");
    // Scores with a decimal comma in the table.
    let first = report.students.iter().find_map(|s| s.score).unwrap();
    let shown = i18n::number::decimal(first, 1);
    assert!(shown.contains(','), "{shown}");
    assert!(
        h.query_all_by_label(&shown).count() > 0,
        "{shown} in the table"
    );

    // A student's review.
    h.get_by_label("Ana López").click();
    h.run_steps(3);
    assert_eq!(h.state().grading.as_ref().unwrap().tab, Tab::Review);
    h.get_by_label("Passages du corrigé");
    h.get_by_label("Commentaire pour Ana López");
    h.get_by_label("Enregistrer les commentaires");
    h.get_by_label("Fixer le résultat à la main");
    h.get_by_label("Dans le texte\u{a0}:");
    assert!(h.query_all_by_label_contains("✓ trouvé").count() > 0);
    assert!(
        h.query_all_by_label("found").next().is_none(),
        "no English verdicts"
    );

    // The heat map.
    h.get_by_label("Carte de chaleur").click();
    h.run_steps(2);
    h.get_by_label_contains("élèves ont cet article");
    h.get_by_label("Les passages du corrigé, les moins trouvés d’abord");
    h.get_by_label("← Retour à l’annotation");
}
