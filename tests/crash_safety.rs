//! Killing the real binary (SIGKILL) at random moments while it saves, or autosaves, in a
//! loop: afterwards the file always loads whole, as the version saved last or the one
//! being saved, never a mix; and some kills must land in the middle of writing a file, or
//! the test has not tested what it is for. 200 kills each by default; `MARGINALIA_KILLS=1000 cargo test
//! --release --test crash_safety` for the long run reported in RELIABILITY.md.
#![cfg(unix)]
#![allow(clippy::unwrap_used)]

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use marginalia::cli::stress_cmd::check_version;
use marginalia::model::Project;
use marginalia::project_file;
use marginalia::recovery::RecoveryStore;
use marginalia::sample;

fn kills() -> u64 {
    std::env::var("MARGINALIA_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200)
}

/// Deterministic pseudo-random delays (xorshift), so a failure can be replayed.
fn delays(seed: u64) -> impl Iterator<Item = Duration> {
    let mut x = seed | 1;
    std::iter::repeat_with(move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        Duration::from_micros(x % 60_000)
    })
}

/// When a saving loop is killed.
#[derive(Clone, Copy)]
enum When<'a> {
    /// `delay` after start: during start-up or the first save.
    Early(Duration),
    /// `delay / 3` after the loop reported its first save.
    MidLoop(Duration),
    /// After the first save, as soon as a new temporary file (`prefix…tmp`) appears in
    /// `dir`, i.e. while a version is being written. Random kills land there rarely on a
    /// fast disk (on tmpfs writing is about 5 % of a save, the rest is serialising), so
    /// some kills aim for it.
    WhileWriting { dir: &'a Path, prefix: &'a str },
}

/// Starts a saving loop and kills it at `when`. Returns the last version it reported.
fn run_and_kill(args: &[&Path], autosave: bool, when: When) -> u64 {
    let mut command = Command::new(env!("CARGO_BIN_EXE_marginalia"));
    // The tests read English, whatever the machine's language.
    command.env("MARGINALIA_LANG", "en");
    command.arg("stress-save").args(args);
    if autosave {
        command.arg("--autosave");
    }
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    match when {
        When::Early(delay) => std::thread::sleep(delay),
        When::MidLoop(delay) => {
            stdout.read_line(&mut first).unwrap();
            std::thread::sleep(delay / 3);
        }
        When::WhileWriting { dir, prefix } => {
            let before: HashSet<String> = temporaries(dir, prefix).into_iter().collect();
            stdout.read_line(&mut first).unwrap();
            let give_up = Instant::now() + Duration::from_secs(2);
            while Instant::now() < give_up
                && temporaries(dir, prefix)
                    .iter()
                    .all(|name| before.contains(name))
            {}
        }
    }
    child.kill().unwrap(); // SIGKILL: no destructors, no flushing, like a power cut
    child.wait().unwrap();
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    first
        .lines()
        .chain(rest.lines())
        .filter_map(|l| l.trim().parse().ok())
        .next_back()
        .unwrap_or(0)
}

/// Names of the temporary files in `dir` whose name starts with `prefix`.
fn temporaries(dir: &Path, prefix: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(prefix) && name.ends_with(".tmp"))
        .collect()
}

fn assert_whole(template: &Project, file: &Path, reported: u64, what: &str) -> u64 {
    let loaded = project_file::load(file)
        .unwrap_or_else(|e| panic!("{what}: {} does not load after a kill: {e}", file.display()));
    assert!(loaded.problems.is_empty(), "{what}: {:?}", loaded.problems);
    let found = check_version(template, &loaded.project)
        .unwrap_or_else(|| panic!("{what}: not one whole version: {}", loaded.project.title()));
    if reported > 0 {
        assert!(
            found == reported || found == reported + 1,
            "{what}: reported {reported} saved, file has {found}"
        );
    }
    found
}

#[test]
fn killed_while_saving_the_file_is_the_old_or_the_new_version() {
    let template_path = sample::sample_key();
    let template = project_file::load(&template_path).unwrap().project;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("work.ron");
    let mut mid_loop = 0;
    // Temporary files left by kills that landed between creating the new file and
    // renaming it over the old one (names are random, so a new name is a new kill).
    let mut interrupted = HashSet::new();
    for (i, delay) in delays(42).take(kills() as usize).enumerate() {
        let when = match i % 5 {
            0 => When::Early(delay),
            1 => When::WhileWriting {
                dir: dir.path(),
                prefix: ".work.ron.",
            },
            _ => When::MidLoop(delay),
        };
        let reported = run_and_kill(&[&template_path, &out], false, when);
        interrupted.extend(temporaries(dir.path(), ".work.ron."));
        if !out.exists() {
            assert_eq!(
                reported, 0,
                "kill {i}: a save was reported but there is no file"
            );
            continue;
        }
        mid_loop += u64::from(reported > 0);
        assert_whole(&template, &out, reported, &format!("kill {i}"));
        let backup = dir.path().join("work.ron.bak");
        if backup.exists() {
            assert_whole(&template, &backup, 0, &format!("kill {i}, backup"));
        }
    }
    assert!(
        mid_loop * 5 >= kills() * 4,
        "four kills in five land mid-loop ({mid_loop} of {})",
        kills()
    );
    // Otherwise the test would pass without testing the case it exists for.
    assert!(
        !interrupted.is_empty(),
        "no kill landed in the middle of writing a file ({mid_loop} mid-loop kills)"
    );
    eprintln!(
        "{} kills, {mid_loop} mid-loop, {} in the middle of writing a file: the project and its backup always loaded whole",
        kills(),
        interrupted.len()
    );
}

#[test]
fn killed_while_autosaving_the_recovery_copy_restores_the_last_autosave() {
    let template_path = sample::sample_key();
    let template = project_file::load(&template_path).unwrap().project;
    let dir = tempfile::tempdir().unwrap();
    let store_dir = dir.path().join("recovery");
    let store = RecoveryStore::new(store_dir.clone());
    for (i, delay) in delays(7).take(kills() as usize).enumerate() {
        let when = if i % 5 == 0 {
            When::Early(delay)
        } else {
            When::MidLoop(delay)
        };
        let reported = run_and_kill(&[&template_path, &store_dir], true, when);
        let copies = store.list();
        if reported == 0 && copies.is_empty() {
            continue;
        }
        assert_eq!(
            copies.len(),
            1,
            "kill {i}: one copy per project: {copies:?}"
        );
        let copy = &copies[0];
        assert_whole(
            &template,
            &copy.file,
            reported,
            &format!("kill {i}, recovery copy"),
        );
        if reported > 0 {
            let original = copy.original.as_deref().map(Path::to_path_buf);
            assert_eq!(
                original.and_then(|p| p.file_name().map(|n| n.to_owned())),
                Some("original.ron".into()),
                "kill {i}: the copy still knows which file it belongs to"
            );
        }
    }
}
