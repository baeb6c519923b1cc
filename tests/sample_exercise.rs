//! The bundled demo exercise is what every new user sees first: it must be clean.

use marginalia::model::Role;
use marginalia::project_file;
use marginalia::sample;

#[test]
fn sample_files_load_without_problems() {
    for (path, role) in [
        (sample::sample_exercise(), Role::Assignment),
        (sample::sample_key(), Role::Key),
    ] {
        let loaded = project_file::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            loaded.problems.is_empty(),
            "{}: {:?}",
            path.display(),
            loaded.problems
        );
        assert_eq!(loaded.project.role(), role);
        assert_eq!(loaded.project.articles().len(), 3);
        assert!(!loaded.project.details().instructions.is_empty());
    }
}

#[test]
fn committed_files_match_the_answer_key_spec() {
    let dir = sample::sample_dir();
    let spec = std::fs::read_to_string(dir.join("answer-key.spec")).unwrap();
    let (assignment, key) = sample::build_from_spec(&dir, &spec).unwrap();
    assert_eq!(
        project_file::load(&sample::sample_exercise())
            .unwrap()
            .project,
        assignment,
        "run `cargo run --example build_sample_exercise` after changing the spec"
    );
    assert_eq!(
        project_file::load(&sample::sample_key()).unwrap().project,
        key
    );
    assert!(
        assignment.annotations().is_empty(),
        "the assignment hands out no answers"
    );
}

#[test]
fn key_uses_every_tag_and_annotates_every_article() {
    let key = project_file::load(&sample::sample_key()).unwrap().project;
    for tag in key.tags().iter() {
        assert!(
            key.annotations().iter().any(|a| a.tag == tag.id),
            "no {} in the key",
            tag.id
        );
    }
    for article in key.articles() {
        let n = key.annotations_in(article.id()).len();
        assert!(
            n >= 5,
            "{} has only {n} annotations in the key",
            article.id()
        );
    }
    assert!(
        key.annotations().iter().all(|a| !a.note.is_empty()),
        "every key annotation explains itself"
    );
}

#[test]
fn sample_class_matches_its_generator_and_grades_cleanly() {
    let key = project_file::load(&sample::sample_key()).unwrap().project;
    let folder = sample::sample_dir().join("sample-class");
    let expected = marginalia::sample_class::generate_class(&key, 12, 2026);
    for project in &expected {
        let name = marginalia::export::safe::file_stem(&project.details().author, "student");
        let path = folder.join(format!("exercise-{name}.ron"));
        let loaded = project_file::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        assert_eq!(
            &loaded.project, project,
            "run `cargo run --example make_sample_class` after changing the generator"
        );
    }
    let files = marginalia::grade::submission_files(&[folder], &sample::sample_key()).unwrap();
    assert_eq!(files.len(), 12);
    let class = marginalia::grade::grade_files(
        &key,
        &files,
        marginalia::grade::MatchSettings::default(),
        &|_, _| {},
    );
    assert!(class.failures.is_empty());
    assert!(class.students.iter().all(|s| s.problems.is_empty()));
}
