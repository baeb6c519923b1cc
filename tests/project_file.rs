//! The RON project file: round trips, and one test per problem a loaded file can have.

#![allow(clippy::unwrap_used, clippy::string_slice)] // test helpers and property strategies; slices at found positions

mod common;

use std::path::Path;

use common::{project_from_markup, t0};
use marginalia::edit::build;
use marginalia::model::{Article, ArticleId, Project, ProjectDetails, Role, TagId, TagSet};
use marginalia::project_file::{self, LoadError, Loaded, Severity};
use marginalia::text::ByteRange;
use proptest::prelude::*;

const MARKUP: &str = "Headline: Minister denies [claim:the bridge is unsafe].\n\n\
    [rebuttal:Engineers say otherwise], calling it a [framing:ticking time bomb] — \
    «Привет» 👩‍👩‍👧 cafe\u{301}.\n\n[boilerplate:Donate now to keep us going!]";

fn sample() -> Project {
    project_from_markup(MARKUP)
}

fn sample_ron() -> String {
    project_file::to_ron_string(&sample()).unwrap()
}

fn load(source: &str) -> Result<Loaded, LoadError> {
    project_file::load_str(source, Path::new("class/ana.ron"))
}

/// The single problem of a file, as `line:col: message`.
fn only_problem(source: &str) -> (Severity, String) {
    let loaded = load(source).unwrap_or_else(|e| panic!("should load: {e}"));
    assert_eq!(loaded.problems.len(), 1, "{:#?}", loaded.problems);
    let p = &loaded.problems[0];
    (p.severity, p.display_with("ana.ron").to_string())
}

/// Line (from 1) of the first occurrence of `needle`.
fn line_of(source: &str, needle: &str) -> usize {
    let at = source
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in file"));
    source[..at].matches('\n').count() + 1
}

#[test]
fn saved_file_is_readable_ron_and_loads_back_equal() {
    let source = sample_ron();
    assert!(source.starts_with("// Marginalia project file"));
    assert!(source.contains("format: \"marginalia-project\""));
    assert!(source.contains("offsets: \"unicode-scalar-values\""));
    assert!(source.contains("role: Submission"));
    // Article text is written as-is (real newlines, no \n escapes) so diffs read well.
    assert!(source.contains("Headline: Minister denies the bridge is unsafe.\n\nEngineers"));
    assert!(source.contains("exact: \"ticking time bomb\""));
    let loaded = load(&source).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.project, sample());
}

#[test]
fn offsets_in_the_file_count_code_points() {
    let p = project_from_markup("👩‍👩‍👧 é [claim:Да]");
    let source = project_file::to_ron_string(&p).unwrap();
    // 👩‍👩‍👧 is 5 code points (18 bytes), then " é " (3): "Да" starts at 8.
    assert!(source.contains("start: 8,"), "{source}");
    assert!(source.contains("end: 10,"), "{source}");
}

#[test]
fn windows_line_endings_and_bom_in_the_file_still_load() {
    let source = format!("\u{FEFF}{}", sample_ron().replace('\n', "\r\n"));
    let loaded = load(&source).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.project, sample());
}

#[test]
fn save_is_atomic_and_keeps_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("work.ron");
    let first = sample();
    project_file::save(&first, &path).unwrap();
    assert!(!dir.path().join("work.ron.bak").exists());
    let mut second = first.clone();
    build::remove_annotation(&second, marginalia::model::AnnotationId(1))
        .unwrap()
        .apply(&mut second)
        .unwrap();
    project_file::save(&second, &path).unwrap();
    assert_eq!(project_file::load(&path).unwrap().project, second);
    assert_eq!(
        project_file::load(&dir.path().join("work.ron.bak"))
            .unwrap()
            .project,
        first
    );
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temp files left: {leftovers:?}");
}

#[test]
fn refuses_to_save_over_a_newer_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("new.ron");
    std::fs::write(&path, sample_ron().replace("version: 3,", "version: 7,")).unwrap();
    let err = project_file::save(&sample(), &path)
        .unwrap_err()
        .to_string();
    assert!(err.contains("newer Marginalia"), "{err}");
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("version: 7,"),
        "file untouched"
    );
}

#[test]
fn save_into_a_missing_folder_says_where_and_what_to_do() {
    let err = project_file::save(&sample(), Path::new("/nonexistent-folder/x.ron"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("/nonexistent-folder/x.ron"), "{err}");
    assert!(err.contains("Save As"), "{err}");
}

// ---- one test per validation problem ----

#[test]
fn malformed_ron_names_line_and_column() {
    let source = sample_ron().replacen("title: \"Test\",", "title: \"Test\"", 1);
    let err = load(&source).unwrap_err().to_string();
    let line = line_of(&source, "role: Submission");
    assert!(err.starts_with(&format!("class/ana.ron:{line}:")), "{err}");
}

#[test]
fn truncated_file_suggests_the_backup() {
    let source = sample_ron();
    let cut = &source[..source.len() / 2];
    let cut = &cut[..cut.char_indices().last().unwrap().0];
    let err = load(cut).unwrap_err().to_string();
    assert!(err.contains("class/ana.ron:"), "{err}");
    assert!(err.contains(".bak"), "{err}");
}

#[test]
fn wrong_type_names_the_line() {
    let source = sample_ron().replacen("start: ", "start: \"ten\", _x: ", 1);
    let err = load(&source).unwrap_err().to_string();
    let line = line_of(&source, "\"ten\"");
    assert!(err.contains(&format!("ana.ron:{line}:")), "{err}");
}

#[test]
fn span_out_of_range_without_quote_is_an_error() {
    let source = sample_ron();
    let start = source.find("start: ").unwrap();
    let line = line_of(&source, "id: 1,");
    // First annotation: make its end huge and drop its quote.
    let (head, tail) = source.split_at(start);
    let tail = tail.replacen("end: 46,", "end: 5200,", 1);
    let tail = tail.replacen("exact: \"the bridge is unsafe\"", "exact: \"\"", 1);
    let source = format!("{head}{tail}");
    let (severity, message) = only_problem(&source);
    assert_eq!(severity, Severity::Error);
    assert!(
        message.starts_with(&format!("ana.ron:{line}:13:")),
        "{message}"
    );
    assert!(message.contains("past the end of the article"), "{message}");
}

#[test]
fn moved_quote_is_re_anchored_with_a_warning() {
    let source = sample_ron().replacen(
        "start: 26,\n            end: 46,",
        "start: 0,\n            end: 26,",
        1,
    );
    let (severity, message) = only_problem(&source);
    assert_eq!(severity, Severity::Warning);
    assert!(message.contains("moved there"), "{message}");
    assert_eq!(load(&source).unwrap().project, sample());
}

#[test]
fn quote_that_matches_nothing_is_an_error() {
    let source = sample_ron().replacen(
        "exact: \"ticking time bomb\"",
        "exact: \"ticking clock\"",
        1,
    );
    let (severity, message) = only_problem(&source);
    assert_eq!(severity, Severity::Error);
    assert!(
        message.contains("\"ticking clock\" is not in the article"),
        "{message}"
    );
    assert!(message.contains("the text at"), "{message}");
}

#[test]
fn unknown_tag_lists_the_known_ones() {
    let source = sample_ron().replacen("tag: \"framing\"", "tag: \"opinion\"", 1);
    let (severity, message) = only_problem(&source);
    assert_eq!(severity, Severity::Error);
    assert!(message.contains("unknown tag \"opinion\""), "{message}");
    assert!(
        message.contains("claim, rebuttal, framing, boilerplate"),
        "{message}"
    );
    assert!(message.starts_with("ana.ron:"), "{message}");
}

#[test]
fn duplicate_annotation_id_is_reported_at_the_second() {
    let source = sample_ron().replacen("id: 2,", "id: 1,", 1);
    let (severity, message) = only_problem(&source);
    assert_eq!(severity, Severity::Error);
    assert!(
        message.contains("annotation 1: this id is used twice"),
        "{message}"
    );
    let second = source.match_indices("id: 1,").nth(1).unwrap().0;
    let line = source[..second].matches('\n').count() + 1;
    assert!(
        message.starts_with(&format!("ana.ron:{line}:")),
        "{message}"
    );
}

#[test]
fn duplicate_tag_id_is_an_error() {
    let source = sample_ron().replacen("id: \"rebuttal\"", "id: \"claim\"", 1);
    let loaded = load(&source).unwrap();
    let messages: Vec<String> = loaded.problems.iter().map(|p| p.to_string()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("tag id \"claim\" is used twice")),
        "{messages:?}"
    );
}

#[test]
fn newer_version_asks_to_update() {
    let source = sample_ron().replacen("version: 3,", "version: 4,", 1);
    let err = load(&source).unwrap_err().to_string();
    assert!(err.contains("made by a newer Marginalia"), "{err}");
    assert!(err.contains("please update"), "{err}");
}

#[test]
fn not_a_project() {
    let err = load("(name: \"my settings\", volume: 3)")
        .unwrap_err()
        .to_string();
    assert!(err.contains("is not a Marginalia project"), "{err}");
    let err = load("[1, 2, 3]").unwrap_err().to_string();
    assert!(err.contains("class/ana.ron:1:"), "{err}");
}

#[test]
fn reversed_and_empty_spans() {
    let source = sample_ron().replacen(
        "start: 26,\n            end: 46,",
        "start: 46,\n            end: 26,",
        1,
    );
    let (_, message) = only_problem(&source);
    assert!(
        message.contains("start (46) is after end (26)"),
        "{message}"
    );
    let source = sample_ron().replacen(
        "start: 26,\n            end: 46,",
        "start: 26,\n            end: 26,",
        1,
    );
    let (_, message) = only_problem(&source);
    assert!(message.contains("is empty"), "{message}");
}

#[test]
fn unknown_article() {
    let source = sample_ron().replacen("article: \"a\"", "article: \"b\"", 1);
    let (_, message) = only_problem(&source);
    assert!(message.contains("there is no article \"b\""), "{message}");
}

#[test]
fn span_splitting_a_grapheme_is_widened() {
    let p = project_from_markup("x [claim:cafe\u{301}] y");
    let source = project_file::to_ron_string(&p).unwrap();
    // Cut the combining accent off: end one code point earlier, quote without it.
    let source = source.replacen("end: 7,", "end: 6,", 1).replacen(
        "exact: \"cafe\u{301}\"",
        "exact: \"cafe\"",
        1,
    );
    let (severity, message) = only_problem(&source);
    assert_eq!(severity, Severity::Warning);
    assert!(message.contains("inside a character"), "{message}");
    assert_eq!(load(&source).unwrap().project, p);
}

#[test]
fn hand_edited_article_text_is_detected() {
    let source = sample_ron().replacen("text: \"Headline:", "text: \"HEADLINE:", 1);
    let (severity, message) = only_problem(&source);
    assert_eq!(severity, Severity::Warning);
    assert!(
        message.contains("was changed after it was saved"),
        "{message}"
    );
}

#[test]
fn hand_written_note_needs_no_some() {
    let source = sample_ron().replacen(
        "tag: \"claim\",",
        "tag: \"claim\",\n        note: \"my note\",",
        1,
    );
    let loaded = load(&source).unwrap();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    assert_eq!(loaded.project.annotations()[0].note, "my note");
}

#[test]
fn bad_colour_and_key_are_repaired_with_warnings() {
    let source = sample_ron()
        .replacen("color: \"#0072B2\"", "color: \"blue\"", 1)
        .replacen("key: \"2\"", "key: \"1\"", 1);
    let loaded = load(&source).unwrap();
    let messages: Vec<String> = loaded.problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(
        messages[0].contains("\"blue\" is not a colour"),
        "{messages:?}"
    );
    assert!(
        messages[1].contains("key '1' is already used"),
        "{messages:?}"
    );
}

#[test]
fn invalid_utf8_and_deep_nesting_fail_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bin.ron");
    let mut bytes = b"(format: \"marginalia-project\",\n version: 1, title: \"".to_vec();
    bytes.extend_from_slice(&[0xFF, 0xFE, 0x00]);
    std::fs::write(&path, bytes).unwrap();
    let err = project_file::load(&path).unwrap_err().to_string();
    assert!(err.contains(":2:"), "{err}");
    assert!(err.contains("not a text file"), "{err}");

    let deep = format!(
        "(format: \"marginalia-project\", version: 1, title: {}1{})",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let err = load(&deep).unwrap_err().to_string();
    assert!(err.contains("class/ana.ron:1:"), "{err}");
}

// ---- property: any project survives save → load ----

fn arb_project() -> impl Strategy<Value = Project> {
    let text = proptest::collection::vec(
        prop_oneof![
            3 => any::<char>().prop_map(String::from),
            2 => "[a-z ]{1,10}",
            1 => Just("e\u{301}".to_string()),
            1 => Just("👩‍👩‍👧".to_string()),
            1 => Just("\r\n".to_string()),
            1 => Just("\"#".to_string()),
            1 => Just("Привет".to_string()),
        ],
        1..60,
    )
    .prop_map(|v| v.concat());
    let spans = proptest::collection::vec(
        (any::<usize>(), any::<usize>(), 0usize..4, any::<String>()),
        0..12,
    );
    (text, spans, any::<String>(), any::<String>()).prop_map(|(text, spans, title, note_seed)| {
        let mut project = Project::new(
            ProjectDetails {
                title,
                instructions: marginalia::text::normalize_newlines(&note_seed),
                role: Role::Key,
                author: "Ms. Ó'Brien \"the teacher\"".into(),
                language: String::new(),
            },
            TagSet::media_literacy(),
        );
        let article = Article::new(
            ArticleId("x".into()),
            "T".into(),
            Some("f.txt".into()),
            "UTF-8".into(),
            &text,
        );
        let len = article.text().len();
        build::add_article(&project, article)
            .apply(&mut project)
            .unwrap();
        let tags = ["claim", "rebuttal", "framing", "boilerplate"];
        for (a, b, tag, note) in spans {
            let range = ByteRange::new(a % (len + 1), b % (len + 1));
            if let Ok(edit) = build::add_annotation(
                &project,
                &ArticleId("x".into()),
                range,
                &TagId(tags[tag].into()),
                "s",
                t0(),
            ) {
                edit.apply(&mut project).unwrap();
                let id = project.annotations().last().unwrap().id;
                build::set_note(&project, id, &note, t0())
                    .unwrap()
                    .apply(&mut project)
                    .unwrap();
            }
        }
        project
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn any_project_loads_back_equal(project in arb_project()) {
        let source = project_file::to_ron_string(&project).unwrap();
        let loaded = load(&source).unwrap_or_else(|e| panic!("{e}\n{source}"));
        prop_assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        prop_assert_eq!(loaded.project, project);
    }
}

#[test]
#[ignore = "prints the sample file for writing tests"]
fn dump_sample() {
    println!("{}", sample_ron());
}
