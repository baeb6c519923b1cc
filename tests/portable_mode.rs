//! Portable mode, end to end: the real program, copied into a folder of its own, keeps
//! everything in `marginalia-data` beside itself when a file `marginalia-portable` is
//! there, and in the user's folders when it is not (`marginalia paths` says which).

#![allow(clippy::unwrap_used)] // test helpers: a failure here is a failed test

use std::path::{Path, PathBuf};
use std::process::Command;

use marginalia::model::{Project, ProjectDetails, TagSet};
use marginalia::platform::folders::{self, Environment, PORTABLE_MARKER};
use marginalia::platform::{Os, file_names};
use marginalia::recovery::RecoveryStore;

/// What `marginalia paths` printed: settings folder, recovery folder, portable or not.
struct Reported {
    settings: PathBuf,
    recovery: PathBuf,
    portable: bool,
}

/// The program copied into `dir` (as a school's IT would copy it to a shared folder).
fn copy_program(dir: &Path) -> PathBuf {
    let built = Path::new(env!("CARGO_BIN_EXE_marginalia"));
    let copy = dir.join(built.file_name().expect("the program has a file name"));
    std::fs::copy(built, &copy).unwrap();
    copy
}

/// Runs `program paths` with a home of its own under `home` (HOME, the XDG folders and
/// the Windows ones all pointed there).
fn paths(program: &Path, home: &Path) -> Reported {
    let output = Command::new(program)
        .args(["paths", "--lang", "en"])
        .env_remove("MARGINALIA_LANG")
        .env("HOME", home)
        .env("USERPROFILE", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("APPDATA", home.join("AppData").join("Roaming"))
        .env("LOCALAPPDATA", home.join("AppData").join("Local"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let line = |prefix: &str| {
        stdout
            .lines()
            .find_map(|l| l.strip_prefix(prefix))
            .unwrap_or_else(|| panic!("no {prefix:?} in:\n{stdout}"))
            .to_owned()
    };
    Reported {
        settings: PathBuf::from(line("settings: ")),
        recovery: PathBuf::from(line("recovery copies: ")),
        portable: line("portable mode: ").starts_with("on"),
    }
}

/// One test, run in order: copying a program and running it from two tests at once can
/// fail with "text file busy" on Linux.
#[test]
fn portable_mode_keeps_everything_beside_the_program_and_is_off_without_the_marker() {
    let app = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let program = copy_program(app.path());
    // The program finds itself with symbolic links resolved (/tmp may be one).
    let app_dir = app.path().canonicalize().unwrap();
    let data = app_dir.join("marginalia-data");

    std::fs::write(app.path().join(PORTABLE_MARKER), b"").unwrap();
    let portable = paths(&program, home.path());
    assert!(portable.portable);
    assert_eq!(portable.settings, data);
    assert_eq!(portable.recovery, data.join("recovery"));
    assert!(!portable.settings.starts_with(home.path()));

    std::fs::remove_file(app.path().join(PORTABLE_MARKER)).unwrap();
    let installed = paths(&program, home.path());
    assert!(!installed.portable);
    assert!(!installed.settings.starts_with(&app_dir));
    assert!(!installed.recovery.starts_with(&app_dir));
    if Os::current() == Os::Linux {
        let xdg = home.path().join("data").join("marginalia");
        assert_eq!(installed.settings, xdg);
        assert_eq!(installed.recovery, xdg.join("recovery"));
    }
    assert!(!data.exists(), "`paths` only reports, it writes nothing");
}

/// A recovery copy written to the folder portable mode resolves to lands beside the
/// program (the window writes its copies through the same store).
#[test]
fn recovery_copies_land_in_marginalia_data() {
    let app = tempfile::tempdir().unwrap();
    let program = app.path().join("marginalia");
    let env = Environment {
        os: Os::current(),
        var: Box::new(|_: &str| None),
        home: Some(PathBuf::from("/nonexistent-home")),
        executable: Some(program),
        portable_marker: true,
    };
    let resolved = folders::resolve(&env);
    let recovery = resolved
        .recovery
        .expect("portable mode always has a folder");
    let store = RecoveryStore::new(recovery);
    let project = Project::new(
        ProjectDetails {
            title: "Work".into(),
            ..Default::default()
        },
        TagSet::media_literacy(),
    );
    let copy = store.write(&project, None).unwrap();
    assert!(
        copy.starts_with(app.path().join("marginalia-data").join("recovery")),
        "{}",
        copy.display()
    );
    assert_eq!(store.list().len(), 1);
    let name = copy.file_name().unwrap().to_string_lossy().into_owned();
    assert!(file_names::follows_every_systems_rules(&name), "{name}");
}
