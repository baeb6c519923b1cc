//! Project format versions and their migrations: version 2 (articles state their
//! source), version 3 (an answer key's passages can be optional, carry points, have
//! alternative readings). Every version 1 and version 2 file we ever shipped still opens,
//! with every annotation, and is saved as the current version.

#![allow(clippy::unwrap_used)] // tests: a failure is the message

use std::path::{Path, PathBuf};

use marginalia::model::Provenance;
use marginalia::project_file;

/// The project files we shipped in format `version` (`tests/fixtures/v1`, `v2`).
fn fixtures(version: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(version);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 3,
        "{version} fixtures missing in {}",
        dir.display()
    );
    files
}

fn v1_fixtures() -> Vec<PathBuf> {
    fixtures("v1")
}

fn v2_fixtures() -> Vec<PathBuf> {
    fixtures("v2")
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
        assert!(text.contains("version: 3,"), "{text:.300}");
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
fn a_newer_file_than_version_3_asks_for_an_update_and_is_not_saved_over() {
    let path = &v1_fixtures()[0];
    let text = std::fs::read_to_string(path)
        .unwrap()
        .replacen("version: 1,", "version: 4,", 1);
    let err = project_file::load_str(&text, Path::new("new.ron"))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("made by a newer Marginalia (file format 4, this version reads up to 3)"),
        "{err}"
    );
}

/// The sample exercise, its key and a submission as shipped in version 2: they load
/// without a problem, keep every annotation and source, and save as version 3, whose
/// only change for them is the version line.
#[test]
fn every_version_2_file_loads_and_saves_as_version_3_with_the_same_work() {
    for path in v2_fixtures() {
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("version: 2,"), "{} is not v2", path.display());
        let loaded = project_file::load(&path).unwrap();
        assert!(
            loaded.problems.is_empty(),
            "{}: {:?}",
            path.display(),
            loaded.problems
        );
        assert!(!loaded.project.annotations().is_empty() || path.ends_with("exercise.ron"));
        let saved = project_file::to_ron_string(&loaded.project).unwrap();
        assert_eq!(
            saved,
            text.replacen("version: 2,", "version: 3,", 1),
            "{}",
            path.display()
        );
    }
}

/// What version 3 adds, in a key: an optional passage, one worth 2 points, and another
/// reading of a passage. Saved and loaded, they are as they were; an alternative that
/// points nowhere is kept as a passage of its own, with a warning.
#[test]
fn version_3_key_options_round_trip_and_bad_alternatives_are_said() {
    let path = v2_fixtures()
        .into_iter()
        .find(|p| p.ends_with("exercise-key.ron"))
        .unwrap();
    let mut key = project_file::load(&path).unwrap().project;
    let ids: Vec<_> = key.annotations().iter().map(|a| a.id).collect();
    let (first, second, third) = (ids[0], ids[1], ids[2]);
    for (id, options) in [
        (
            first,
            marginalia::model::KeyPassage {
                optional: true,
                ..Default::default()
            },
        ),
        (
            second,
            marginalia::model::KeyPassage {
                points: Some(2),
                ..Default::default()
            },
        ),
        (
            third,
            marginalia::model::KeyPassage {
                alternative_of: Some(first),
                ..Default::default()
            },
        ),
    ] {
        let before = key.annotation(id).unwrap().clone();
        let mut after = before.clone();
        after.key = options;
        marginalia::edit::Edit::UpdateAnnotation { before, after }
            .apply(&mut key)
            .unwrap();
    }
    let text = project_file::to_ron_string(&key).unwrap();
    assert!(text.contains("optional: true"), "{text:.200}");
    assert!(
        text.contains("points: 2,"),
        "written plainly, as elsewhere in the file"
    );
    assert!(text.contains(&format!("alternative_of: {},", first.0)));
    let again = project_file::load_str(&text, Path::new("key.ron")).unwrap();
    assert!(again.problems.is_empty(), "{:?}", again.problems);
    assert!(again.project.annotation(first).unwrap().key.optional);
    assert_eq!(
        again.project.annotation(second).unwrap().key.points,
        Some(2)
    );
    assert_eq!(
        again.project.annotation(third).unwrap().key.alternative_of,
        Some(first)
    );

    let dangling = text.replace(
        &format!("alternative_of: {},", first.0),
        "alternative_of: 999999,",
    );
    let loaded = project_file::load_str(&dangling, Path::new("key.ron")).unwrap();
    assert_eq!(
        loaded.project.annotation(third).unwrap().key.alternative_of,
        None
    );
    assert!(
        loaded
            .problems
            .iter()
            .any(|p| p.message.contains("counts as a passage of its own")),
        "{:?}",
        loaded.problems
    );
}
