//! End to end: a key and a generated class of 33 varied submissions (plus a broken file)
//! graded by the real binary; the gradebook, annotation CSV and pages are read back and
//! checked for content.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use marginalia::edit::build;
use marginalia::export::safe::file_stem;
use marginalia::grade::{Feedback, MatchSettings, grade_files};
use marginalia::model::{Project, Role};
use marginalia::workflow::{assignment_from_key, start_submission};
use marginalia::{project_file, sample, sample_class};

const HOSTILE_NAME: &str = "=HYPERLINK(\"http://evil\") ../../escape";
const SCRIPT_NOTE: &str = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

fn load_key() -> Project {
    project_file::load(&sample::sample_key()).unwrap().project
}

fn save(project: &Project, dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    project_file::save(project, &path).unwrap();
    path
}

fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM for Excel");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&bytes[3..]);
    reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// Builds the class folder; returns the files of the three hand-made students.
fn make_class(dir: &Path, key: &Project) -> (PathBuf, PathBuf, PathBuf) {
    for project in sample_class::generate_class(key, 30, 7) {
        let name = file_stem(&project.details().author, "student");
        save(&project, dir, &format!("exercise-{name}.ron"));
    }
    // A perfect copy of the key, handed in as a submission.
    let mut perfect = key.clone();
    start_submission(&perfect, "Perfect Pat")
        .apply(&mut perfect)
        .unwrap();
    let perfect = save(&perfect, dir, "exercise-perfect.ron");
    // Opened, named, handed in empty.
    let mut empty = assignment_from_key(key);
    start_submission(&empty, "Empty Eddie")
        .apply(&mut empty)
        .unwrap();
    let empty = save(&empty, dir, "exercise-empty.ron");
    // A name and a note meant to attack the teacher's spreadsheet and browser.
    let mut hostile = sample_class::generate_class(key, 1, 99).remove(0);
    start_submission(&hostile, HOSTILE_NAME)
        .apply(&mut hostile)
        .unwrap();
    let first = hostile.annotations()[0].id;
    build::set_note(&hostile, first, SCRIPT_NOTE, jiff::Timestamp::UNIX_EPOCH)
        .unwrap()
        .apply(&mut hostile)
        .unwrap();
    let hostile = save(&hostile, dir, "exercise-hostile.ron");
    // A truncated file, and a backup copy that must be ignored.
    let text = std::fs::read_to_string(&perfect).unwrap();
    std::fs::write(dir.join("broken.ron"), &text.as_bytes()[..text.len() / 2]).unwrap();
    std::fs::write(dir.join("exercise-perfect.ron.bak"), &text).unwrap();
    (perfect, empty, hostile)
}

#[test]
fn grade_a_class_end_to_end() {
    let key = load_key();
    let key_spans = key.annotations().len();
    let class_dir = tempfile::tempdir().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let (perfect, _empty, _hostile) = make_class(class_dir.path(), &key);
    let mut feedback = Feedback::default();
    feedback.set_comment(&perfect, "Great work <b>really</b>!".into());
    feedback.save(&Feedback::path_in(class_dir.path())).unwrap();

    let run = Command::new(env!("CARGO_BIN_EXE_marginalia"))
        // The tests read English, whatever the machine's language.
        .env("MARGINALIA_LANG", "en")
        .args(["grade", "--key"])
        .arg(sample::sample_key())
        .arg(class_dir.path())
        .arg("--out")
        .arg(out_dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(
        run.status.code(),
        Some(1),
        "a file failed: exit 1\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains("33 graded, 1 not graded"), "{stdout}");
    let per_article = stdout.lines().filter(|l| l.starts_with("  alpha ")).count();
    assert_eq!(per_article, key.articles().len(), "{stdout}");
    assert!(stderr.contains("broken.ron"), "{stderr}");
    assert!(stdout.contains("Perfect Pat"), "the table lists students");

    // The gradebook agrees, row by row, with grading the same files in this process.
    let files = marginalia::grade::submission_files(
        &[class_dir.path().to_path_buf()],
        &sample::sample_key(),
    )
    .unwrap();
    assert_eq!(
        files.len(),
        34,
        "33 submissions + broken.ron; .bak and feedback left out"
    );
    let expected = grade_files(&key, &files, MatchSettings::default(), &|_, _| {});
    let rows = read_csv(&out_dir.path().join("gradebook.csv"));
    let header = &rows[0];
    assert_eq!(
        &header[..5],
        ["Student", "File", "Score", "Score as graded", "Precision %"]
    );
    assert!(header.contains(&"Framing F1 %".to_owned()));
    assert_eq!(rows.len(), 1 + 33 + 1);
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    for (row, student) in rows[1..].iter().zip(&expected.students) {
        assert_eq!(
            row[column("Score")],
            format!("{:.1}", student.score.unwrap()),
            "{}",
            student.student
        );
        assert_eq!(row[column("Found")], student.total.found.to_string());
    }
    let row_of = |name: &str| {
        rows.iter()
            .find(|r| r[0] == name)
            .unwrap_or_else(|| panic!("no row for {name}"))
    };
    let pat = row_of("Perfect Pat");
    assert_eq!(pat[column("Score")], "100.0");
    assert_eq!(pat[column("Kappa")], "1.000");
    assert_eq!(pat[column("Found")], key_spans.to_string());
    let eddie = row_of("Empty Eddie");
    assert_eq!(eddie[column("Score")], "0.0");
    assert_eq!(eddie[column("Missed")], key_spans.to_string());
    assert_eq!(eddie[column("Precision %")], "", "undefined, not 0");
    // The formula in the student's name is neutralised; the broken file has its row.
    let hostile = rows.iter().find(|r| r[0].contains("HYPERLINK")).unwrap();
    assert!(hostile[0].starts_with("'="), "{:?}", hostile[0]);
    let broken = rows.last().unwrap();
    assert_eq!(
        (broken[0].as_str(), broken[1].as_str()),
        ("(not graded)", "broken.ron")
    );
    assert!(
        broken.last().unwrap().contains("broken.ron:"),
        "error has a position"
    );
    // Scores vary across the generated class (it is not one student 30 times).
    let mut scores: Vec<String> = rows[1..34]
        .iter()
        .map(|r| r[column("Score")].clone())
        .collect();
    scores.sort();
    scores.dedup();
    assert!(scores.len() > 15, "{scores:?}");

    // Every highlight and every missed passage is a row of annotations.csv.
    let annotations = read_csv(&out_dir.path().join("annotations.csv"));
    assert_eq!(
        annotations[0],
        [
            "student",
            "file",
            "article",
            "start",
            "end",
            "tag",
            "quote",
            "note",
            "outcome",
            "highlights"
        ]
    );
    let eddie_missed = annotations
        .iter()
        .filter(|r| r[0] == "Empty Eddie" && r[8] == "missed")
        .count();
    assert_eq!(eddie_missed, key_spans);
    assert!(annotations.iter().any(|r| r[7].starts_with("<script>")));

    // Pages: one per student, inside the output folder, escaped, with the comment.
    let pages: Vec<PathBuf> = std::fs::read_dir(out_dir.path().join("feedback"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(pages.len(), 33);
    assert!(!out_dir.path().join("escape.html").exists());
    assert!(
        !class_dir
            .path()
            .parent()
            .unwrap()
            .join("escape.html")
            .exists()
    );
    let pat_page =
        std::fs::read_to_string(out_dir.path().join("feedback/Perfect-Pat.html")).unwrap();
    assert!(pat_page.contains("<span class=score>100</span>"));
    assert!(pat_page.contains("Great work &lt;b&gt;really&lt;/b&gt;!"));
    assert_eq!(pat_page.matches("✓ found").count(), key_spans);
    assert!(pat_page.contains("<th>Key \\ You</th>"), "confusion matrix");
    let eddie_page =
        std::fs::read_to_string(out_dir.path().join("feedback/Empty-Eddie.html")).unwrap();
    assert_eq!(eddie_page.matches("– missed").count(), key_spans);
    // A key note shown as the reason, from the sample key.
    assert!(eddie_page.contains("&quot;Megaphone&quot; is a loaded image"));
    // Where each article came from stays in front of the student.
    assert!(
        eddie_page.contains("<p class=source>rabble.ca</p>"),
        "the key's stated outlet"
    );
    assert!(
        eddie_page.contains("<p class=source>2021-01-25</p>"),
        "the statement's date"
    );
    for page in &pages {
        let html = std::fs::read_to_string(page).unwrap();
        assert!(!html.contains("<script>"), "{}", page.display());
        assert!(!html.contains("<img"), "{}", page.display());
    }
    let hostile_page = pages
        .iter()
        .find(|p| p.to_string_lossy().contains("HYPERLINK"))
        .unwrap();
    let hostile_html = std::fs::read_to_string(hostile_page).unwrap();
    assert!(
        hostile_html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img"),
        "the note is shown as text"
    );

    let summary = std::fs::read_to_string(out_dir.path().join("class-summary.html")).unwrap();
    assert!(summary.contains("33 submissions graded, 1 could not be read"));
    assert!(summary.contains("broken.ron"));
    assert!(summary.contains("href=\"feedback/Perfect-Pat.html\""));
    assert_eq!(
        summary.matches("<tr><td>").count(),
        key.articles().len() + 33 + 4 + key_spans,
        "articles, students, tags, passages"
    );
    // Agreement per article, in the summary and under the table on stdout.
    assert!(summary.contains("<h2>By article</h2>"));
    for article in key.articles() {
        let title = marginalia::export::safe::html(article.title());
        assert!(
            summary.contains(&format!("<tr><td>{title}</td>")),
            "{title}"
        );
    }
    assert!(!summary.contains("<script>"));
}

#[test]
fn grade_rejects_bad_arguments_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_marginalia"))
            // The tests read English, whatever the machine's language.
            .env("MARGINALIA_LANG", "en")
            .args(args)
            .output()
            .unwrap()
    };
    let key = sample::sample_key();
    let key = key.to_str().unwrap();
    let assignment = sample::sample_exercise();
    let assignment = assignment.to_str().unwrap();
    let d = dir.path().to_str().unwrap();
    let out = run(&["grade", "--key", key, d, "--threshold", "1.5"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--threshold must be"));
    let out = run(&["grade", "--key", key, d]);
    assert_eq!(out.status.code(), Some(2), "empty folder");
    assert!(String::from_utf8_lossy(&out.stderr).contains("no submission files"));
    let out = run(&["grade", "--key", assignment, d]);
    assert_eq!(out.status.code(), Some(2), "a key with no highlights");
    assert!(String::from_utf8_lossy(&out.stderr).contains("annotate the answer key first"));
    let out = run(&["grade", "--key", "/no/such/key.ron", d]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn export_one_project() {
    let dir = tempfile::tempdir().unwrap();
    let key = load_key();
    let mut submission = sample_class::generate_class(&key, 1, 3).remove(0);
    assert_eq!(submission.role(), Role::Submission);
    let first = submission.annotations()[0].id;
    build::set_note(
        &submission,
        first,
        "=1+2 <b>bold</b>",
        jiff::Timestamp::UNIX_EPOCH,
    )
    .unwrap()
    .apply(&mut submission)
    .unwrap();
    let path = save(&submission, dir.path(), "mine.ron");
    let run = Command::new(env!("CARGO_BIN_EXE_marginalia"))
        // The tests read English, whatever the machine's language.
        .env("MARGINALIA_LANG", "en")
        .arg("export")
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let rows = read_csv(&dir.path().join("mine-annotations.csv"));
    assert_eq!(rows.len(), 1 + submission.annotations().len());
    assert!(rows.iter().any(|r| r[6] == "'=1+2 <b>bold</b>"));
    let page = std::fs::read_to_string(dir.path().join("mine.html")).unwrap();
    assert!(page.contains("=1+2 &lt;b&gt;bold&lt;/b&gt;"));
    assert!(page.contains(&submission.details().author));
}

#[test]
fn a_closed_pipe_ends_quietly_and_upper_case_ron_files_are_graded() {
    let dir = tempfile::tempdir().unwrap();
    let class = dir.path().join("class");
    std::fs::create_dir(&class).unwrap();
    // A submission named in capitals, as Windows or a USB stick may leave it.
    for (i, entry) in std::fs::read_dir(sample::sample_dir().join("sample-class"))
        .unwrap()
        .enumerate()
    {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let name = if i == 0 { name.to_uppercase() } else { name };
        std::fs::copy(&path, class.join(name)).unwrap();
    }
    let graded = Command::new(env!("CARGO_BIN_EXE_marginalia"))
        // The tests read English, whatever the machine's language.
        .env("MARGINALIA_LANG", "en")
        .args(["grade", "--key"])
        .arg(sample::sample_key())
        .arg(&class)
        .arg("--out")
        .arg(dir.path().join("out"))
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&graded.stdout);
    assert!(table.contains("12 graded, 0 not graded"), "{table}");

    // `marginalia grade … | head -1`: the reader goes away after one line.
    let mut child = Command::new(env!("CARGO_BIN_EXE_marginalia"))
        // The tests read English, whatever the machine's language.
        .env("MARGINALIA_LANG", "en")
        .args(["grade", "--key"])
        .arg(sample::sample_key())
        .arg(&class)
        .arg("--out")
        .arg(dir.path().join("out2"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // closed before anything is read
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        out.status.code().is_some_and(|c| c == 0 || c == 1),
        "{stderr}"
    );
}
