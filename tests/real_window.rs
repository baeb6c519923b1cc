//! End-to-end: the real binary in a real X window, driven with the mouse and keys by
//! xdotool, then the files it wrote are read back and compared with what it showed.
//!
//! Each test starts its own X server (Xvfb, 1366×768) with a window manager (openbox:
//! without one, key events never reach a winit window) and drives the app with xdotool.
//! Where those are not installed (`apt-get install xvfb openbox xdotool`), each test says
//! it was skipped and passes; `.ci/run` installs them, so CI always runs these.
//! `MARGINALIA_REAL_WINDOW=0` skips them on purpose.
//! The app reports where its words and buttons are through `MARGINALIA_PROBE`, so the
//! mouse can aim at text; everything checked comes from the saved files.

#![allow(clippy::unwrap_used, clippy::string_slice)] // test code

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use marginalia::model::Role;
use marginalia::project_file;

/// One test at a time: two debug builds drawing in software on two cores would only
/// make each other late.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// An X server with a window manager, for one test; stopped when dropped.
struct Display {
    name: String,
    xvfb: Child,
    wm: Child,
    _turn: std::sync::MutexGuard<'static, ()>,
}

impl Drop for Display {
    fn drop(&mut self) {
        // SIGTERM, so Xvfb removes its socket and lock file.
        for child in [&mut self.wm, &mut self.xvfb] {
            let _ = Command::new("kill").arg(child.id().to_string()).status();
            let _ = child.wait();
        }
    }
}

fn installed(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Starts Xvfb and openbox, or says why the test is skipped.
fn display() -> Option<Display> {
    if std::env::var("MARGINALIA_REAL_WINDOW").is_ok_and(|v| v == "0") {
        eprintln!("SKIPPED: MARGINALIA_REAL_WINDOW=0");
        return None;
    }
    let missing: Vec<&str> = ["Xvfb", "openbox", "xdotool"]
        .into_iter()
        .filter(|p| !installed(p))
        .collect();
    if !missing.is_empty() {
        assert!(
            std::env::var("CI").is_err(),
            "CI must run the real-window tests, but {missing:?} are not installed (.ci/run installs them)"
        );
        eprintln!(
            "SKIPPED: the real-window tests need {} (apt-get install xvfb openbox xdotool)",
            missing.join(", ")
        );
        return None;
    }
    let turn = ONE_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let n = (90..200)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .unwrap();
    let name = format!(":{n}");
    let xvfb = Command::new("Xvfb")
        .args([&name, "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "Xvfb did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let wm = Command::new("openbox")
        .env("DISPLAY", &name)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    Some(Display {
        name,
        xvfb,
        wm,
        _turn: turn,
    })
}

fn sample(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn xdotool_on(display: &str, args: &[&str]) -> String {
    let out = Command::new("xdotool")
        .env("DISPLAY", display)
        .args(args)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// What the app reported about its window (see `src/gui/app/probe.rs`).
#[derive(Debug, Default)]
struct Probe {
    asking: String,
    dirty: bool,
    path: String,
    highlights: Vec<(String, String)>,
    note_box: Option<String>,
    words: Vec<Word>,
    buttons: Vec<(String, f32, f32)>,
}

#[derive(Debug, Clone)]
struct Word {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    text: String,
}

fn parse(text: &str) -> Probe {
    let mut p = Probe::default();
    for line in text.lines() {
        let (key, rest) = line.split_once(' ').unwrap_or((line, ""));
        match key {
            "asking" => p.asking = rest.to_owned(),
            "dirty" => p.dirty = rest == "true",
            "path" => p.path = rest.to_owned(),
            "highlight" => {
                let (tag, quote) = rest.split_once(' ').unwrap_or((rest, ""));
                p.highlights.push((tag.to_owned(), quote.to_owned()));
            }
            "note-box" => p.note_box = Some(rest.to_owned()),
            "word" | "button" => {
                let mut f = rest.splitn(if key == "word" { 6 } else { 5 }, ' ');
                let mut nums: Vec<f32> = Vec::new();
                if key == "word" {
                    f.next(); // byte offset
                }
                for _ in 0..4 {
                    nums.push(f.next().unwrap_or("0").parse().unwrap_or(0.0));
                }
                let text = f.next().unwrap_or("").to_owned();
                if key == "word" {
                    p.words.push(Word {
                        x: nums[0],
                        y: nums[1],
                        w: nums[2],
                        h: nums[3],
                        text,
                    });
                } else {
                    p.buttons
                        .push((text, nums[0] + nums[2] / 2.0, nums[1] + nums[3] / 2.0));
                }
            }
            _ => {}
        }
    }
    p
}

/// The app under test: its process, window and probe file.
struct App {
    child: Child,
    window: String,
    probe: PathBuf,
    _home: tempfile::TempDir,
    // Dropped after the app (fields drop in order).
    display: Display,
}

impl App {
    fn start(display: Display, file: &Path, extra_env: &[(&str, &str)]) -> App {
        let home = tempfile::tempdir().unwrap();
        let runtime = home.path().join("run");
        std::fs::create_dir(&runtime).unwrap();
        let probe = home.path().join("probe.txt");
        let mut command = Command::new(env!("CARGO_BIN_EXE_marginalia"));
        // The tests read English, whatever the machine's language.
        command.env("MARGINALIA_LANG", "en");
        command
            .arg(file)
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_RUNTIME_DIR", &runtime)
            .env("MARGINALIA_PROBE", &probe)
            .env("DISPLAY", &display.name)
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("MARGINALIA_FILE_DIALOG");
        for (k, v) in extra_env {
            command.env(k, v);
        }
        let child = command.spawn().unwrap();
        let pid = child.id().to_string();
        let started = Instant::now();
        let window = loop {
            let found = xdotool_on(&display.name, &["search", "--onlyvisible", "--pid", &pid]);
            if let Some(w) = found.lines().last().filter(|w| !w.trim().is_empty()) {
                break w.trim().to_owned();
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "no window appeared"
            );
            std::thread::sleep(Duration::from_millis(200));
        };
        let app = App {
            child,
            window,
            probe,
            _home: home,
            display,
        };
        app.xdotool(&["windowactivate", "--sync", &app.window]);
        app.xdotool(&["windowfocus", "--sync", &app.window]);
        app.wait_for("the article is shown", |p| !p.words.is_empty());
        app.settle();
        app
    }

    /// Waits until the words stop moving (the window may be maximised after it opens).
    fn settle(&self) {
        let started = Instant::now();
        let mut last = self.read_raw();
        loop {
            std::thread::sleep(Duration::from_millis(700));
            let now = self.read_raw();
            if now == last {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "the window never settled"
            );
            last = now;
        }
    }

    fn read_raw(&self) -> String {
        std::fs::read_to_string(&self.probe).unwrap_or_default()
    }

    fn xdotool(&self, args: &[&str]) -> String {
        xdotool_on(&self.display.name, args)
    }

    fn read(&self) -> Probe {
        parse(&std::fs::read_to_string(&self.probe).unwrap_or_default())
    }

    /// Waits (up to 20 s) until the app reports `what`.
    fn wait_for(&self, what: &str, ok: impl Fn(&Probe) -> bool) -> Probe {
        let started = Instant::now();
        loop {
            let p = self.read();
            if ok(&p) {
                return p;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "timed out waiting for: {what}\nlast probe: {p:#?}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn key(&self, keys: &str) {
        self.xdotool(&["key", "--clearmodifiers", keys]);
        pause();
    }

    fn type_text(&self, text: &str) {
        self.xdotool(&["type", "--delay", "60", text]);
        pause();
    }

    fn word(&self, text: &str) -> Word {
        let p = self.read();
        p.words
            .iter()
            .find(|w| w.text == text)
            .cloned()
            .unwrap_or_else(|| panic!("the word {text:?} is not on screen"))
    }

    /// Drags the mouse from the start of `from` to the end of `to`, as a student would.
    fn drag_over(&self, from: &str, to: &str) {
        let (a, b) = (self.word(from), self.word(to));
        let (x1, y1) = (a.x + 1.0, a.y + a.h / 2.0);
        let (x2, y2) = (b.x + b.w - 1.0, b.y + b.h / 2.0);
        self.mouse_to(x1, y1);
        self.xdotool(&["mousedown", "1"]);
        pause();
        self.mouse_to((x1 + x2) / 2.0, (y1 + y2) / 2.0);
        self.mouse_to(x2, y2);
        self.xdotool(&["mouseup", "1"]);
        pause();
    }

    fn double_click(&self, text: &str) {
        let w = self.word(text);
        self.mouse_to(w.x + w.w / 2.0, w.y + w.h / 2.0);
        self.xdotool(&["click", "--repeat", "2", "--delay", "80", "1"]);
        pause();
    }

    fn click_button(&self, label: &str) {
        let p = self.wait_for(label, |p| p.buttons.iter().any(|(l, ..)| l == label));
        let (_, x, y) = p.buttons.iter().find(|(l, ..)| l == label).unwrap().clone();
        self.mouse_to(x, y);
        self.xdotool(&["click", "1"]);
        pause();
    }

    fn mouse_to(&self, x: f32, y: f32) {
        let (x, y) = (format!("{x:.0}"), format!("{y:.0}"));
        self.xdotool(&["mousemove", "--window", &self.window, &x, &y]);
        pause();
    }

    /// Waits for the process to end by itself; its exit status.
    fn wait_exit(mut self) -> std::process::ExitStatus {
        let started = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "the window did not close"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn is_running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    /// CPU time the process used over `seconds` of nothing happening, in cores.
    fn idle_cores(&self, seconds: f64) -> f64 {
        let ticks = || {
            let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.child.id()))
                .unwrap_or_default();
            // Fields after the command name (which may hold spaces) start after ')'.
            let after = stat.rsplit(')').next().unwrap_or("");
            let fields: Vec<f64> = after
                .split_whitespace()
                .map(|f| f.parse().unwrap_or(0.0))
                .collect();
            fields.get(11).unwrap_or(&0.0) + fields.get(12).unwrap_or(&0.0)
        };
        let a = ticks();
        std::thread::sleep(Duration::from_secs_f64(seconds));
        let b = ticks();
        (b - a) / 100.0 / seconds
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Lets a frame or two pass (a debug build under Xvfb draws in software).
fn pause() {
    std::thread::sleep(Duration::from_millis(250));
}

/// A copy of the bundled assignment in a folder of its own.
fn assignment_in(dir: &Path) -> PathBuf {
    let path = dir.join("exercise.ron");
    std::fs::copy(sample("sample-docs/exercise.ron"), &path).unwrap();
    path
}

/// The highlights in a saved file, as (tag, quote), in the file's order.
fn highlights_in(path: &Path) -> Vec<(String, String)> {
    let project = project_file::load(path).unwrap().project;
    project
        .annotations()
        .iter()
        .map(|a| {
            let text = project.article(&a.article).unwrap().text();
            (a.tag.0.clone(), text[a.range.as_std()].replace('\n', " "))
        })
        .collect()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_student_tags_notes_undoes_and_hands_in_with_the_mouse() {
    let Some(display) = display() else { return };
    let dir = tempfile::tempdir().unwrap();
    let assignment = assignment_in(dir.path());
    let before = std::fs::read(&assignment).unwrap();
    let app = App::start(display, &assignment, &[]);

    app.drag_over("Twitter", "megaphone");
    app.key("1");
    app.wait_for("a claim", |p| p.highlights.len() == 1);
    app.double_click("demoralizing");
    app.key("3");
    let p = app.wait_for("framing", |p| p.highlights.len() == 2);
    assert!(
        p.highlights
            .contains(&("claim".into(), "Twitter megaphone".into())),
        "{:?}",
        p.highlights
    );
    assert!(
        p.highlights
            .contains(&("framing".into(), "demoralizing".into()))
    );

    // A note on the framing highlight (just tagged, so selected); undo takes it off the
    // screen too, redo brings it back.
    app.key("F2");
    // The note box takes the keyboard on the frame after it opens: wait for it, then a
    // frame more (a loaded machine draws a debug build slowly).
    app.wait_for("the note box", |p| p.note_box.is_some());
    pause();
    app.type_text("a loaded word");
    app.wait_for("the note", |p| {
        p.note_box.as_deref() == Some("a loaded word")
    });
    app.key("Escape");
    app.key("ctrl+z");
    app.wait_for("the note undone", |p| p.note_box.as_deref() == Some(""));
    app.key("ctrl+y");
    app.wait_for("the note redone", |p| {
        p.note_box.as_deref() == Some("a loaded word")
    });

    // Save: the hand-in asks for the name and writes beside the assignment.
    app.key("ctrl+s");
    app.wait_for("the hand-in question", |p| p.asking == "hand-in");
    app.type_text("Lea Dubois");
    app.key("Return");
    let expected = dir.path().join("exercise-Lea-Dubois.ron");
    let shown = app.wait_for("saved", |p| !p.dirty && p.asking == "nothing");
    assert_eq!(Path::new(&shown.path), expected);

    // The file holds exactly what the screen showed; the assignment is untouched.
    assert_eq!(highlights_in(&expected), shown.highlights);
    let saved = project_file::load(&expected).unwrap().project;
    assert_eq!(saved.role(), Role::Submission);
    assert_eq!(saved.details().author, "Lea Dubois");
    let notes: Vec<&str> = saved
        .annotations()
        .iter()
        .map(|a| a.note.as_str())
        .collect();
    assert!(notes.contains(&"a loaded word"), "{notes:?}");
    assert_eq!(std::fs::read(&assignment).unwrap(), before);
    assert!(!dir.path().join("exercise.ron.bak").exists());

    // Nothing happening: no redrawing (after the last frames of the save have been drawn:
    // a debug build under Xvfb takes up to ~0.2 s a frame).
    std::thread::sleep(Duration::from_secs(2));
    let idle = app.idle_cores(4.0);
    eprintln!("idle window (debug build): {idle:.3} cores");
    assert!(idle < 0.05, "the idle window used {idle:.2} cores");

    app.key("ctrl+q");
    assert!(app.wait_exit().success());
}

#[test]
fn with_no_desktop_portal_the_in_window_dialog_saves() {
    let Some(display) = display() else { return };
    if Command::new("zenity").arg("--version").output().is_ok() {
        eprintln!("SKIPPED: zenity is installed, so rfd would open a real dialog");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("article.txt");
    std::fs::copy(sample("sample-docs/000_0aa05fbc1d035030.txt"), &article).unwrap();
    // No session bus: rfd's portal dialog cannot open, the same as a bare school image.
    let app = App::start(
        display,
        &article,
        &[("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")],
    );
    app.double_click("megaphone");
    app.key("4");
    app.wait_for("a highlight", |p| p.highlights.len() == 1);
    app.key("ctrl+s");
    app.wait_for("Marginalia's own dialog", |p| p.asking == "file-dialog");
    app.key("ctrl+a");
    app.type_text("mine");
    app.key("Return");
    let saved = dir.path().join("mine.ron");
    let shown = app.wait_for("saved", |p| !p.dirty && p.asking == "nothing");
    assert_eq!(Path::new(&shown.path), saved);
    assert_eq!(highlights_in(&saved), shown.highlights);
    assert_eq!(
        shown.highlights,
        vec![("boilerplate".to_owned(), "megaphone".to_owned())]
    );
}

#[test]
fn keyboard_only_two_passages_and_a_note() {
    let Some(display) = display() else { return };
    let dir = tempfile::tempdir().unwrap();
    let assignment = assignment_in(dir.path());
    let app = App::start(display, &assignment, &[]);
    app.key("F6"); // the keyboard goes to the article
    app.key("ctrl+Home");
    for _ in 0..3 {
        app.key("shift+ctrl+Right");
    }
    app.key("1");
    app.wait_for("the first passage", |p| p.highlights.len() == 1);
    app.key("ctrl+Right");
    app.key("shift+End");
    app.key("2");
    app.wait_for("the second passage", |p| p.highlights.len() == 2);
    app.key("F2");
    app.wait_for("the note box", |p| p.note_box.is_some());
    pause();
    app.type_text("who says so?");
    app.wait_for("the note", |p| {
        p.note_box.as_deref() == Some("who says so?")
    });
    app.key("Escape");
    app.key("ctrl+s");
    app.wait_for("the hand-in question", |p| p.asking == "hand-in");
    app.type_text("Sam Keys");
    app.key("Return");
    let shown = app.wait_for("saved", |p| !p.dirty && p.asking == "nothing");
    let saved = dir.path().join("exercise-Sam-Keys.ron");
    assert_eq!(highlights_in(&saved), shown.highlights);
    assert_eq!(
        shown.highlights,
        vec![
            ("claim".to_owned(), "Russia accuses Ottawa".to_owned()),
            (
                "rebuttal".to_owned(),
                "demoralizing its soldiers on social media".to_owned()
            ),
        ]
    );
    let project = project_file::load(&saved).unwrap().project;
    assert_eq!(project.annotations()[1].note, "who says so?");
}

#[test]
fn quitting_with_unsaved_work_asks_and_ctrl_s_never_writes_the_assignment() {
    let Some(display) = display() else { return };
    let dir = tempfile::tempdir().unwrap();
    let assignment = assignment_in(dir.path());
    let before = std::fs::read(&assignment).unwrap();
    let mut app = App::start(display, &assignment, &[]);
    app.double_click("soldiers");
    app.key("1");
    app.wait_for("a highlight", |p| p.highlights.len() == 1);

    // Ctrl+S on the assignment asks who is handing in; Escape writes nothing.
    app.key("ctrl+s");
    app.wait_for("the hand-in question", |p| p.asking == "hand-in");
    app.key("Escape");
    app.wait_for("no question", |p| p.asking == "nothing");
    assert_eq!(std::fs::read(&assignment).unwrap(), before);

    // Quit asks; Cancel keeps the window and the work.
    app.key("ctrl+q");
    app.wait_for("save your changes?", |p| p.asking == "save-changes");
    app.click_button("Cancel");
    let p = app.wait_for("no question", |p| p.asking == "nothing");
    assert!(p.dirty && app.is_running());

    // The window manager's close (openbox: Alt+F4, as the title bar's ×) asks too;
    // "Don't save" closes.
    app.key("alt+F4");
    app.wait_for("save your changes?", |p| p.asking == "save-changes");
    assert!(app.is_running());
    app.click_button("Don't save");
    assert!(app.wait_exit().success());
    assert_eq!(std::fs::read(&assignment).unwrap(), before);
    assert_eq!(files_in(dir.path()), vec!["exercise.ron".to_owned()]);
}

#[test]
fn in_french_an_arabic_article_is_tagged_by_mouse_and_keys_and_saved_as_read() {
    let Some(display) = display() else { return };
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("arabic.txt");
    std::fs::copy(sample("tests/fixtures/scripts/arabic.txt"), &article).unwrap();
    let app = App::start(
        display,
        &article,
        &[
            ("MARGINALIA_LANG", "fr"),
            ("MARGINALIA_FILE_DIALOG", "builtin"),
        ],
    );
    // The mouse, right to left: from the right edge of "مجموعة" to the left edge of
    // "السبع", the next word in reading order.
    let (a, b) = (app.word("مجموعة"), app.word("السبع"));
    assert!(b.x < a.x, "the next word is drawn to the left");
    let (x1, y1) = (a.x + a.w - 1.0, a.y + a.h / 2.0);
    let (x2, y2) = (b.x + 1.0, b.y + b.h / 2.0);
    app.mouse_to(x1, y1);
    app.xdotool(&["mousedown", "1"]);
    pause();
    app.mouse_to((x1 + x2) / 2.0, y1);
    app.mouse_to(x2, y2);
    app.xdotool(&["mouseup", "1"]);
    pause();
    app.key("1");
    app.wait_for("the mouse's highlight", |p| p.highlights.len() == 1);
    // The keys: in a right-to-left paragraph, Left reads on.
    app.key("F6");
    app.key("ctrl+Home");
    app.key("shift+ctrl+Left");
    app.key("3");
    app.wait_for("the keyboard's highlight", |p| p.highlights.len() == 2);
    app.key("ctrl+s");
    app.wait_for("Marginalia's own dialog", |p| p.asking == "file-dialog");
    app.key("ctrl+a");
    app.type_text("arabe");
    app.key("Return");
    let saved = dir.path().join("arabe.ron");
    let shown = app.wait_for("saved", |p| !p.dirty && p.asking == "nothing");
    assert_eq!(Path::new(&shown.path), saved);
    assert_eq!(highlights_in(&saved), shown.highlights);
    assert_eq!(
        shown.highlights,
        vec![
            ("claim".to_owned(), "مجموعة السبع".to_owned()),
            ("framing".to_owned(), "كندا".to_owned()),
        ]
    );
    // Made in a French window: a French exercise with the French tags.
    let project = project_file::load(&saved).unwrap().project;
    assert_eq!(project.details().language, "fr");
    let claim = marginalia::model::TagId("claim".into());
    assert_eq!(project.tags().get(&claim).unwrap().name, "Affirmation");
    // Nothing happening: no redrawing, once the save's last frames are drawn.
    std::thread::sleep(Duration::from_secs(2));
    let idle = app.idle_cores(4.0);
    eprintln!("idle right-to-left window (debug build): {idle:.3} cores");
    assert!(idle < 0.05, "the idle window used {idle:.2} cores");
}
