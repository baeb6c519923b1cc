//! Killing the real binary (SIGKILL) at random moments while it saves, or autosaves, in a
//! loop: afterwards the file always loads whole, as the version saved last or the one
//! being saved, never a mix. 200 kills each by default; `MARGINALIA_KILLS=1000 cargo test
//! --release --test crash_safety` for the long run reported in RELIABILITY.md.
#![cfg(unix)]
#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

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

/// Starts a saving loop and kills it: one kill in five at `delay` after start (during
/// start-up or the first save), the others `delay / 3` after the loop reported its first
/// save (mid-loop). Returns the last version it reported.
fn run_and_kill(args: &[&Path], autosave: bool, delay: Duration, early: bool) -> u64 {
    let mut command = Command::new(env!("CARGO_BIN_EXE_marginalia"));
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
    if early {
        std::thread::sleep(delay);
    } else {
        stdout.read_line(&mut first).unwrap();
        std::thread::sleep(delay / 3);
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
    for (i, delay) in delays(42).take(kills() as usize).enumerate() {
        let reported = run_and_kill(&[&template_path, &out], false, delay, i % 5 == 0);
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
    // Each kill that landed between creating the temporary file and renaming it left
    // that file behind (the next save removes those older than a minute).
    let interrupted = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            let name = e
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .into_owned();
            name.starts_with(".work.ron.") && name.ends_with(".tmp")
        })
        .count();
    eprintln!(
        "{} kills, {mid_loop} mid-loop, {interrupted} in the middle of writing a file: the project and its backup always loaded whole",
        kills()
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
        let reported = run_and_kill(&[&template_path, &store_dir], true, delay, i % 5 == 0);
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
