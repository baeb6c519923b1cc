//! Project format version 2 (articles state their source) and the migration from
//! version 1: every version 1 file we ever shipped still opens, with every annotation,
//! and is saved as version 2.

#![allow(clippy::unwrap_used)] // tests: a failure is the message

use std::path::{Path, PathBuf};

use marginalia::model::Provenance;
use marginalia::project_file;

fn v1_fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "v1 fixtures missing in {}", dir.display());
    files
}

#[test]
fn every_version_1_file_loads_without_problems() {
    for path in v1_fixtures() {
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("version: 1,"), "{} is not v1", path.display());
        let loaded = project_file::load(&path).unwrap();
        assert!(
            loaded.problems.is_empty(),
            "{}: {:?}",
            path.display(),
            loaded.problems
        );
        assert!(!loaded.project.articles().is_empty());
        for article in loaded.project.articles() {
            assert!(article.provenance().is_empty(), "v1 states no source");
        }
    }
}

#[test]
fn a_version_1_file_is_saved_as_version_2_with_the_same_work() {
    let dir = tempfile::tempdir().unwrap();
    for path in v1_fixtures() {
        let before = project_file::load(&path).unwrap().project;
        let copy = dir.path().join(path.file_name().unwrap());
        project_file::save(&before, &copy).unwrap();
        let text = std::fs::read_to_string(&copy).unwrap();
        assert!(text.contains("version: 2,"), "{text:.300}");
        let after = project_file::load(&copy).unwrap();
        assert!(after.problems.is_empty(), "{:?}", after.problems);
        let after = after.project;
        assert_eq!(after.details(), before.details());
        assert_eq!(after.articles(), before.articles());
        assert_eq!(after.annotations().len(), before.annotations().len());
        for (a, b) in after.annotations().iter().zip(before.annotations()) {
            assert_eq!(
                (&a.article, a.range, &a.tag, &a.note),
                (&b.article, b.range, &b.tag, &b.note)
            );
        }
    }
}

#[test]
fn the_source_of_an_article_round_trips_and_reads_first() {
    let path = &v1_fixtures()[0];
    let project = project_file::load(path).unwrap().project;
    let provenance = Provenance {
        outlet: Some("rabble.ca".into()),
        authors: vec!["Ana López".into(), "Дмитрий Иванов".into()],
        published: Some("2022-10-12".into()),
        url: Some("https://rabble.ca/blogs/example".into()),
        language: Some("en-CA".into()),
    };
    let mut stated = project.clone();
    marginalia::edit::Edit::SetArticleSource {
        article: project.articles()[0].id().clone(),
        before: Provenance::default(),
        after: provenance.clone(),
    }
    .apply(&mut stated)
    .unwrap();
    let text = project_file::to_ron_string(&stated).unwrap();
    let outlet = text.find("outlet: \"rabble.ca\"").expect("outlet written");
    let body = text.find("text: ").expect("text written");
    assert!(outlet < body, "the source comes before the text");
    assert!(
        text.contains("authors: [\"Ana López\", \"Дмитрий Иванов\"]")
            || text.contains("\"Дмитрий Иванов\"")
    );
    let loaded = project_file::load_str(&text, Path::new("x.ron")).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.project.articles()[0].provenance(), &provenance);
    // Unstated fields are not written at all.
    assert!(!text.contains("outlet: None") && !text.contains("authors: []"));
}

#[test]
fn a_newer_file_than_version_2_asks_for_an_update_and_is_not_saved_over() {
    let path = &v1_fixtures()[0];
    let text = std::fs::read_to_string(path)
        .unwrap()
        .replacen("version: 1,", "version: 3,", 1);
    let err = project_file::load_str(&text, Path::new("new.ron"))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("made by a newer Marginalia (file format 3, this version reads up to 2)"),
        "{err}"
    );
}
