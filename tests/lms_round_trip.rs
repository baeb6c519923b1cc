//! The LMS round trip: a gradebook exported from Canvas, Moodle, Brightspace or Google
//! Classroom (sample files made from each one's documented columns, docs/lms.md) is
//! read; the sample class is graded; the file to import back is written with the LMS's
//! id columns, the scores scaled to the item's points, and the teacher's comment where
//! the LMS takes one; students no name fits are listed, and paired by hand for good.
#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::process::Command;

use marginalia::lms::{Lms, Roster};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lms")
        .join(name)
}

fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap();
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn each_lms_export_is_read_with_its_students_ids_and_points() {
    let canvas = Roster::read(&fixture("canvas.csv")).unwrap();
    assert_eq!(canvas.lms, Lms::Canvas);
    assert_eq!(
        canvas.identity_headers,
        ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    );
    assert_eq!(
        canvas.students.len(),
        12,
        "the Points Possible row is not a student"
    );
    assert_eq!(canvas.students[0].name, "Ana López");
    assert_eq!(canvas.students[0].id, "1001");
    // Totals are not items; assignments keep their "(id)".
    let items: Vec<(&str, Option<f64>)> = canvas
        .items
        .iter()
        .map(|i| (i.name.as_str(), i.points))
        .collect();
    assert_eq!(
        items,
        [
            ("Close Reading: Russia and Canada", Some(20.0)),
            ("Annotation Log", Some(25.0))
        ]
    );

    let moodle = Roster::read(&fixture("moodle.csv")).unwrap();
    assert_eq!(moodle.lms, Lms::Moodle);
    assert_eq!(moodle.identity_headers, ["Email address"]);
    assert_eq!(moodle.students[2].name, "Chloe Martin");
    assert_eq!(moodle.items.len(), 1, "Course total is not an item");
    assert_eq!(moodle.items[0].name, "Assignment: Close Reading");
    assert_eq!(
        moodle.items[0].points, None,
        "Moodle's export has no points"
    );

    let d2l = Roster::read(&fixture("brightspace.csv")).unwrap();
    assert_eq!(d2l.lms, Lms::Brightspace);
    assert_eq!(d2l.identity_headers, ["OrgDefinedId", "Username"]);
    assert_eq!(d2l.students[0].identity, ["#S0001", "#alopez"]);
    assert_eq!(d2l.items[0].name, "Close Reading");
    assert_eq!(d2l.items[0].points, Some(10.0));

    let google = Roster::read(&fixture("google-classroom.csv")).unwrap();
    assert_eq!(google.lms, Lms::GoogleClassroom);
    assert_eq!(
        google.students.len(),
        12,
        "date, points and average rows are not students"
    );
    assert_eq!(google.students[0].id, "alopez@school.example");
    assert_eq!(google.items[0].points, Some(20.0));
    assert_eq!(google.items[1].points, Some(10.0));
}

#[test]
fn a_file_that_is_no_lms_export_is_refused_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("list.csv");
    std::fs::write(&path, "name,score\nAna,3\n").unwrap();
    let err = Roster::read(&path).unwrap_err().to_string();
    assert!(
        err.contains(
            "not a gradebook exported from Canvas, Moodle, Brightspace or Google Classroom"
        ),
        "{err}"
    );
    assert!(err.contains("export the gradebook as CSV"), "{err}");
    // Not text at all (an .xlsx zip): said so, without quoting its bytes.
    std::fs::write(&path, b"PK\x03\x04\x14\x00\x00\x00\x08\x00\xff\xfe\x00\x00").unwrap();
    let err = Roster::read(&path).unwrap_err().to_string();
    assert!(err.contains("is not a text (CSV) file"), "{err}");
}

/// The sample class, graded once; its folder copied so comments and pairings can be
/// written beside it.
fn graded_class(dir: &Path, roster: &str, extra: &[&str]) -> (std::process::Output, PathBuf) {
    let class = dir.join("class");
    std::fs::create_dir_all(&class).unwrap();
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-docs/sample-class");
    for entry in std::fs::read_dir(sample).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "ron") {
            std::fs::copy(&path, class.join(path.file_name().unwrap())).unwrap();
        }
    }
    let key = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-docs/exercise-key.ron");
    let out = dir.join("grades");
    let mut args: Vec<String> = vec![
        "grade".into(),
        "--key".into(),
        key.display().to_string(),
        class.display().to_string(),
        "--out".into(),
        out.display().to_string(),
        "--roster".into(),
        fixture(roster).display().to_string(),
    ];
    args.extend(extra.iter().map(|s| (*s).to_owned()));
    let run = Command::new(env!("CARGO_BIN_EXE_marginalia"))
        // The tests read English, whatever the machine's language.
        .env("MARGINALIA_LANG", "en")
        .args(&args)
        .output()
        .unwrap();
    (run, out)
}

fn gradebook_score(out: &Path, student: &str) -> f64 {
    let rows = read_csv(&out.join("gradebook.csv"));
    let score = rows[0].iter().position(|h| h == "Score").unwrap();
    rows.iter()
        .find(|r| r[0] == student)
        .map(|r| r[score].parse().unwrap())
        .unwrap()
}

#[test]
fn canvas_import_keeps_its_ids_scales_to_points_and_lists_who_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let (run, out) = graded_class(
        dir.path(),
        "canvas.csv",
        &["--item", "Close Reading: Russia and Canada"],
    );
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{stdout}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(stdout.contains("for Canvas: 11 of 12 students"), "{stdout}");
    assert!(stdout.contains("not in the roster: 李小龙"), "{stdout}");
    assert!(
        stdout.contains("without a submission (1): Zoe Extra (1012)"),
        "{stdout}"
    );
    let rows = read_csv(&out.join("canvas-import.csv"));
    assert_eq!(
        rows[0],
        [
            "Student",
            "ID",
            "SIS User ID",
            "SIS Login ID",
            "Section",
            "Close Reading: Russia and Canada (48213)"
        ]
    );
    assert_eq!(rows[1][0], "    Points Possible");
    assert_eq!(rows[1][5], "20");
    let ana = rows.iter().find(|r| r[1] == "1001").unwrap();
    assert_eq!(
        &ana[..5],
        [
            "López, Ana",
            "1001",
            "S0001",
            "alopez@school.example",
            "Media 9A"
        ]
    );
    let expected = gradebook_score(&out, "Ana López") / 100.0 * 20.0;
    let got: f64 = ana[5].parse().unwrap();
    assert!((got - expected).abs() <= 0.005, "{got} vs {expected}");
}

#[test]
fn pairing_by_hand_is_remembered_beside_the_submissions() {
    let dir = tempfile::tempdir().unwrap();
    let file = "exercise-李小龙.ron";
    let (run, _) = graded_class(
        dir.path(),
        "google-classroom.csv",
        &[
            "--item",
            "Close Reading",
            "--pair",
            &format!("{file}=lxiaolong@school.example"),
        ],
    );
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        stdout.contains("for Google Classroom: 12 of 12 students"),
        "{stdout}"
    );
    let feedback =
        std::fs::read_to_string(dir.path().join("class/marginalia-feedback.ron")).unwrap();
    assert!(feedback.contains("lxiaolong@school.example"), "{feedback}");
    // Graded again without --pair: the pairing holds.
    let (run, out) = graded_class(
        dir.path(),
        "google-classroom.csv",
        &["--item", "Close Reading"],
    );
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.contains("12 of 12 students"), "{stdout}");
    let rows = read_csv(&out.join("google-classroom-import.csv"));
    assert_eq!(
        rows[0],
        ["Last Name", "First Name", "Email Address", "Close Reading"]
    );
    let li = rows
        .iter()
        .find(|r| r[2] == "lxiaolong@school.example")
        .unwrap();
    let expected = gradebook_score(&out, "李小龙") / 100.0 * 20.0;
    assert!((li[3].parse::<f64>().unwrap() - expected).abs() <= 0.005);
    // A pairing with an id the roster does not have is refused.
    let (run, _) = graded_class(
        dir.path(),
        "google-classroom.csv",
        &["--pair", "x.ron=nobody@x"],
    );
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("no student in"));
}

#[test]
fn moodle_import_has_email_grade_and_feedback_columns() {
    let dir = tempfile::tempdir().unwrap();
    // A comment for one student, as the grading screen saves it.
    std::fs::create_dir_all(dir.path().join("class")).unwrap();
    std::fs::write(
        dir.path().join("class/marginalia-feedback.ron"),
        "(comments: {\"exercise-Ben-Okafor.ron\": \"Good eye for framing, Ben.\"})",
    )
    .unwrap();
    let (run, out) = graded_class(dir.path(), "moodle.csv", &["--points", "10"]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.contains("for Moodle: 12 of 12 students"), "{stdout}");
    let rows = read_csv(&out.join("moodle-import.csv"));
    assert_eq!(
        rows[0],
        [
            "Email address",
            "Assignment: Close Reading (Real)",
            "Assignment: Close Reading (Feedback)"
        ]
    );
    let ben = rows
        .iter()
        .find(|r| r[0] == "bokafor@school.example")
        .unwrap();
    let expected = gradebook_score(&out, "Ben Okafor") / 10.0;
    assert!((ben[1].parse::<f64>().unwrap() - expected).abs() <= 0.005);
    assert_eq!(ben[2], "Good eye for framing, Ben.");
}

#[test]
fn brightspace_import_keeps_hash_ids_and_ends_each_line() {
    let dir = tempfile::tempdir().unwrap();
    let (run, out) = graded_class(dir.path(), "brightspace.csv", &[]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        stdout.contains("for Brightspace: 12 of 12 students"),
        "{stdout}"
    );
    let rows = read_csv(&out.join("brightspace-import.csv"));
    assert_eq!(
        rows[0],
        [
            "OrgDefinedId",
            "Username",
            "Close Reading Points Grade <Numeric MaxPoints:10 Category:Readings>",
            "End-of-Line Indicator"
        ]
    );
    let chloe = rows.iter().find(|r| r[1] == "#cmartin").unwrap();
    assert_eq!(chloe[0], "#S0003");
    assert_eq!(chloe[3], "#");
    let expected = gradebook_score(&out, "Chloé Martin") / 10.0;
    assert!((chloe[2].parse::<f64>().unwrap() - expected).abs() <= 0.005);
}

/// A score the teacher set by hand (in the grading screen, saved with the comments) is
/// the score everywhere a grade goes: the gradebook (beside the score as graded and the
/// reason), the table, the student's page and the LMS file.
#[test]
fn a_score_set_by_the_teacher_is_the_grade_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("class")).unwrap();
    std::fs::write(
        dir.path().join("class/marginalia-feedback.ron"),
        "(comments: {}, overrides: {\"exercise-Ben-Okafor.ron\": (score: 75.0, reason: \"Late: handed in a week after the deadline\")})",
    )
    .unwrap();
    let (run, out) = graded_class(dir.path(), "brightspace.csv", &[]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(stdout.contains("75.0*"), "{stdout}");
    assert!(
        stdout.contains("* score set by the teacher (1)"),
        "{stdout}"
    );
    let rows = read_csv(&out.join("gradebook.csv"));
    let col = |name: &str| rows[0].iter().position(|h| h == name).unwrap();
    let ben = rows.iter().find(|r| r[0] == "Ben Okafor").unwrap();
    assert_eq!(ben[col("Score")], "75.0");
    assert_ne!(ben[col("Score as graded")], "75.0");
    assert_eq!(
        ben[col("Score set by the teacher because")],
        "Late: handed in a week after the deadline"
    );
    let page = std::fs::read_to_string(out.join("feedback/Ben-Okafor.html")).unwrap();
    assert!(page.contains("set by your teacher: Late: handed in a week after the deadline"));
    let lms = read_csv(&out.join("brightspace-import.csv"));
    let ben = lms.iter().find(|r| r[1] == "#bokafor").unwrap();
    assert_eq!(ben[2], "7.5", "75 of 100 on a 10-point item");
}
