//! The exports in the project's language: a French answer key's feedback pages, class
//! summary and CSV files are in Canadian French (words, `<html lang="fr">`, decimal
//! commas, French plurals) whatever the caller's language; an English key's are
//! unchanged English.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};

use common::{parse_markup, project_from_markup, t0};
use marginalia::edit::build;
use marginalia::export::write_class;
use marginalia::grade::{ClassGrade, Feedback, MatchSettings, grade_projects};
use marginalia::i18n::{self, Lang};
use marginalia::model::{Article, ArticleId, Project, ProjectDetails, Role, TagId, TagSet};

const KEY: &str = "[claim:Le maire a dit que les taxes ont baissé de 5 %.] \
                   [rebuttal:Les critiques disent qu’elles ont augmenté.] \
                   [framing:Une honteuse dissimulation], écrit le journal. \
                   [boilerplate:Faites un don maintenant!]";

/// Finds the claim, tags the rebuttal as framing, half of the framing, misses the
/// boilerplate, one extra claim.
const BEN: &str = "[claim:Le maire a dit que les taxes ont baissé de 5 %.] \
                   [framing:Les critiques disent qu’elles ont augmenté.] \
                   [framing:Une honteuse] dissimulation, [claim:écrit le journal]. \
                   Faites un don maintenant!";

/// An answer key in `language` with the media-literacy tags named in it.
fn key_in(language: &str) -> Project {
    let lang = Lang::from_code(language).unwrap();
    let (text, spans) = parse_markup(KEY);
    let mut key = Project::new(
        ProjectDetails {
            title: "Taxes municipales".into(),
            role: Role::Key,
            author: "enseignante".into(),
            language: language.into(),
            ..Default::default()
        },
        TagSet::media_literacy_in(lang),
    );
    let article = Article::new(
        ArticleId("a".into()),
        "Le budget".into(),
        None,
        "UTF-8".into(),
        &text,
    );
    build::add_article(&key, article).apply(&mut key).unwrap();
    for (tag, range) in spans {
        build::add_annotation(&key, &ArticleId("a".into()), range, &TagId(tag), "t", t0())
            .unwrap()
            .apply(&mut key)
            .unwrap();
    }
    key
}

fn student(markup: &str, name: &str) -> (PathBuf, Project) {
    let mut p = project_from_markup(markup);
    marginalia::workflow::start_submission(&p, name)
        .apply(&mut p)
        .unwrap();
    (PathBuf::from(format!("{name}.ron")), p)
}

/// Grades Ana (a perfect copy) and Ben in the caller's language `lang`.
fn class(key: &Project, lang: Lang, names: &[&str]) -> ClassGrade {
    let submissions: Vec<(PathBuf, Project)> = names
        .iter()
        .map(|&name| student(if name == "Ana" { KEY } else { BEN }, name))
        .collect();
    i18n::with(lang, || {
        grade_projects(key, &submissions, MatchSettings::default())
    })
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

fn mean_score(class: &ClassGrade) -> f64 {
    let scores: Vec<f64> = class.students.iter().filter_map(|s| s.score).collect();
    scores.iter().sum::<f64>() / scores.len() as f64
}

#[test]
fn a_french_key_exports_in_french_even_from_an_english_window() {
    let key = key_in("fr");
    let class = class(&key, Lang::french(), &["Ana", "Ben"]);
    let out = tempfile::tempdir().unwrap();
    // The caller speaks English: the pages still follow the key.
    let files = i18n::with(Lang::ENGLISH, || {
        write_class(&class, &Feedback::default(), out.path()).unwrap()
    });

    let summary = read(&files.summary);
    assert!(summary.contains("<html lang=\"fr\">"), "{summary}");
    assert!(summary.contains("Résultats du groupe\u{a0}: Taxes municipales"));
    assert!(
        summary.contains("2 travaux remis corrigés"),
        "plural: {summary}"
    );
    assert!(summary.contains("<th>Résultat moyen</th>"));
    assert!(summary.contains("Pour discuter en groupe"));
    // The mean score, one decimal, with a decimal comma.
    let mean = i18n::with(Lang::french(), || {
        i18n::number::decimal(mean_score(&class), 1)
    });
    assert!(mean.contains(','), "{mean}");
    assert!(
        summary.contains(&format!("<td class=n>{mean}</td>")),
        "{summary}"
    );
    // Tag names come from the key's tag set.
    assert!(summary.contains("Affirmation") && summary.contains("Réfutation"));
    assert!(!summary.contains("Class results"));

    let ben = read(&files.feedback_pages[1]);
    assert!(ben.contains("<html lang=\"fr\">"));
    assert!(ben.contains("Rétroaction pour Ben"));
    assert!(ben.contains("Passage du corrigé"));
    assert!(ben.contains("✓ trouvé"));
    assert!(ben.contains("– manqué"));
    assert!(ben.contains("de chevauchement"));
    assert!(ben.contains("Tes surlignements qui ne sont pas dans le corrigé"));
    // κ with two decimals and a comma.
    let kappa = i18n::with(Lang::french(), || {
        i18n::number::decimal(class.students[1].kappa.unwrap(), 2)
    });
    assert!(ben.contains(&format!("κ de Cohen\u{a0}: {kappa}")), "{ben}");
    assert!(!ben.contains("Feedback for"));

    let gradebook = read(&files.gradebook);
    assert!(
        gradebook.starts_with("\u{feff}Élève,Fichier,Résultat,Résultat selon le corrigé"),
        "{gradebook}"
    );
    // Numbers stay machine-readable in the CSV.
    assert!(gradebook.contains("100.0"), "{gradebook}");
    let annotations = read(&files.annotations);
    assert!(annotations.starts_with("\u{feff}élève,fichier,article,début,fin"));
    assert!(annotations.contains(",trouvé,") && annotations.contains(",manqué,"));
}

#[test]
fn french_plurals_count_one_submission_as_singular() {
    let key = key_in("fr");
    let class = class(&key, Lang::french(), &["Ben"]);
    let out = tempfile::tempdir().unwrap();
    let files = write_class(&class, &Feedback::default(), out.path()).unwrap();
    let summary = read(&files.summary);
    assert!(summary.contains("1 travail remis corrigé,"), "{summary}");
    // Grading texts follow the caller's language; French counts 0 and 1 as singular.
    let missing = i18n::with(Lang::french(), || {
        marginalia::t!("grade-article-missing", title = "Le budget", count = 1)
    });
    assert!(missing.contains("1 passage du corrigé compte"), "{missing}");
    let many = i18n::with(Lang::french(), || {
        marginalia::t!("grade-article-missing", title = "Le budget", count = 3)
    });
    assert!(many.contains("3 passages du corrigé comptent"), "{many}");
}

#[test]
fn the_same_class_in_english_is_unchanged() {
    let key = key_in("en");
    let class = class(&key, Lang::ENGLISH, &["Ana", "Ben"]);
    let out = tempfile::tempdir().unwrap();
    // Even from a French window, an English key's pages are English.
    let files = i18n::with(Lang::french(), || {
        write_class(&class, &Feedback::default(), out.path()).unwrap()
    });
    let summary = read(&files.summary);
    assert!(summary.contains("<html lang=\"en\">"));
    assert!(summary.contains("<h1>Class results: Taxes municipales</h1>"));
    assert!(summary.contains("2 submissions graded, 0 could not be read · threshold 50% overlap"));
    let mean = i18n::with(Lang::ENGLISH, || {
        i18n::number::decimal(mean_score(&class), 1)
    });
    assert!(mean.contains('.'), "{mean}");
    assert!(summary.contains(&format!("<td class=n>{mean}</td>")));
    assert!(summary.contains("Claim") && summary.contains("Rebuttal"));
    let ben = read(&files.feedback_pages[1]);
    assert!(ben.contains("<h1>Feedback for Ben</h1>"));
    assert!(ben.contains("<th>Key \\ You</th>"));
    assert!(ben.contains("<span class=found>✓ found</span> (100% overlap)"));
    let gradebook = read(&files.gradebook);
    assert!(gradebook.starts_with("\u{feff}Student,File,Score,Score as graded,Precision %"));
    let annotations = read(&files.annotations);
    assert!(
        annotations.starts_with(
            "\u{feff}student,file,article,start,end,tag,quote,note,outcome,highlights"
        )
    );
    assert!(annotations.contains(",found,") && annotations.contains(",missed,"));
}
