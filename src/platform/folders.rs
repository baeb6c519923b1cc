//! Where Marginalia keeps what it remembers (the window's settings: size, zoom, language,
//! recent files, the student's name) and its recovery copies (autosaves of unsaved work).
//!
//! | | settings (eframe's `app.ron`) | recovery copies |
//! |---|---|---|
//! | Linux | `$XDG_DATA_HOME/marginalia` (`~/.local/share/marginalia`) | `$XDG_DATA_HOME/marginalia/recovery` |
//! | Windows | `%APPDATA%\marginalia\data` (roaming) | `%LOCALAPPDATA%\marginalia\recovery` |
//! | macOS | `~/Library/Application Support/marginalia` | `~/Library/Application Support/marginalia/recovery` |
//! | portable | `marginalia-data` beside the program | `marginalia-data/recovery` beside the program |
//!
//! Settings stay exactly where eframe has always put them (its `storage_dir`, for the
//! app id `marginalia`), so nobody's remembered settings move; a test compares the two.
//! That is why Linux settings are under `XDG_DATA_HOME`, not `XDG_CONFIG_HOME`: eframe
//! writes window state there, and moving it would lose every user's settings. Settings
//! roam with a Windows profile (a student's zoom and name follow them to the next
//! machine); recovery copies are per machine (`%LOCALAPPDATA%`), as they are large,
//! short-lived and only useful where the window crashed.
//!
//! **Portable mode**: a file named `marginalia-portable` beside the program (on a USB
//! stick, or in a folder a school's IT copied without an installer) puts both in a folder
//! `marginalia-data` beside the program instead, so nothing is written to the profile of
//! a machine where students have no rights, or whose profile is wiped at log-out.
//!
//! [`resolve`] is a pure function of an [`Environment`], so every branch is tested on
//! any machine; [`Environment::current`] reads the real one.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use super::Os;

/// The file beside the program that turns portable mode on (its content is ignored).
pub const PORTABLE_MARKER: &str = "marginalia-portable";
/// The folder beside the program that holds everything in portable mode.
pub const PORTABLE_DATA_FOLDER: &str = "marginalia-data";
/// Our folder inside the system's data folders: eframe's, from the app id `marginalia`.
const APP_FOLDER: &str = "marginalia";
/// The file eframe keeps its settings in, inside the settings folder.
const SETTINGS_FILE: &str = "app.ron";
/// The recovery copies' folder inside our data folder.
const RECOVERY_FOLDER: &str = "recovery";

/// Reads an environment variable (`std::env::var_os`, or a made-up one in tests).
pub type VarFn = Box<dyn Fn(&str) -> Option<OsString>>;

/// What the folders are decided from.
pub struct Environment {
    pub os: Os,
    /// An environment variable; unset and empty are the same.
    pub var: VarFn,
    /// The user's home folder (`std::env::home_dir`).
    pub home: Option<PathBuf>,
    /// The program's own file (`std::env::current_exe`).
    pub executable: Option<PathBuf>,
    /// Whether `marginalia-portable` exists beside `executable`.
    pub portable_marker: bool,
}

impl Environment {
    /// This process's environment.
    pub fn current() -> Environment {
        let executable = std::env::current_exe().ok();
        let portable_marker = executable
            .as_deref()
            .and_then(Path::parent)
            .is_some_and(|dir| dir.join(PORTABLE_MARKER).exists());
        Environment {
            os: Os::current(),
            var: Box::new(|name: &str| std::env::var_os(name)),
            home: std::env::home_dir(),
            executable,
            portable_marker,
        }
    }

    /// A variable that is set, not empty, and (as the XDG specification and Windows
    /// require of these) an absolute path.
    fn absolute_var(&self, name: &str) -> Option<PathBuf> {
        (self.var)(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    }
}

/// Where things go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Folders {
    /// The folder of the settings file; `None` when no home folder can be found.
    pub settings: Option<PathBuf>,
    /// The folder of the recovery copies; `None` when no home folder can be found.
    pub recovery: Option<PathBuf>,
    /// Whether portable mode is on.
    pub portable: bool,
}

impl Folders {
    /// The settings file (eframe's `app.ron`) inside [`Self::settings`].
    pub fn settings_file(&self) -> Option<PathBuf> {
        self.settings.as_ref().map(|dir| dir.join(SETTINGS_FILE))
    }
}

/// The folders of this process (see the module doc for the table).
pub fn current() -> Folders {
    resolve(&Environment::current())
}

/// The folders for `env`.
pub fn resolve(env: &Environment) -> Folders {
    if env.portable_marker
        && let Some(dir) = env.executable.as_deref().and_then(Path::parent)
    {
        let data = dir.join(PORTABLE_DATA_FOLDER);
        return Folders {
            settings: Some(data.clone()),
            recovery: Some(data.join(RECOVERY_FOLDER)),
            portable: true,
        };
    }
    let (settings, recovery) = match env.os {
        Os::Linux => {
            let data = xdg_data_home(env).map(|d| d.join(APP_FOLDER));
            (data.clone(), data.map(|d| d.join(RECOVERY_FOLDER)))
        }
        Os::Windows => {
            let roaming = env
                .absolute_var("APPDATA")
                .or_else(|| env.home.as_ref().map(|h| h.join("AppData").join("Roaming")));
            let local = env
                .absolute_var("LOCALAPPDATA")
                .or_else(|| env.home.as_ref().map(|h| h.join("AppData").join("Local")));
            (
                roaming.map(|r| r.join(APP_FOLDER).join("data")),
                local.map(|l| l.join(APP_FOLDER).join(RECOVERY_FOLDER)),
            )
        }
        Os::MacOs => {
            let support = env.home.as_ref().map(|h| {
                h.join("Library")
                    .join("Application Support")
                    .join(APP_FOLDER)
            });
            (support.clone(), support.map(|s| s.join(RECOVERY_FOLDER)))
        }
    };
    Folders {
        settings,
        recovery,
        portable: false,
    }
}

/// `$XDG_DATA_HOME` when it is an absolute path, else `~/.local/share`.
fn xdg_data_home(env: &Environment) -> Option<PathBuf> {
    env.absolute_var("XDG_DATA_HOME")
        .or_else(|| env.home.as_ref().map(|h| h.join(".local").join("share")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(os: Os, vars: &[(&str, &str)], home: Option<&str>) -> Environment {
        let vars: Vec<(String, OsString)> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), OsString::from(v)))
            .collect();
        Environment {
            os,
            var: Box::new(move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())),
            home: home.map(PathBuf::from),
            executable: Some(PathBuf::from("/opt/marginalia/marginalia")),
            portable_marker: false,
        }
    }

    fn paths(folders: &Folders) -> (Option<&Path>, Option<&Path>) {
        (folders.settings.as_deref(), folders.recovery.as_deref())
    }

    #[test]
    fn linux_follows_xdg_data_home() {
        let f = resolve(&env(
            Os::Linux,
            &[("XDG_DATA_HOME", "/data/ana")],
            Some("/home/ana"),
        ));
        assert_eq!(
            paths(&f),
            (
                Some(Path::new("/data/ana/marginalia")),
                Some(Path::new("/data/ana/marginalia/recovery"))
            )
        );
        assert_eq!(
            f.settings_file(),
            Some(PathBuf::from("/data/ana/marginalia/app.ron"))
        );
        assert!(!f.portable);
    }

    #[test]
    fn linux_without_xdg_uses_local_share_and_ignores_relative_or_empty_values() {
        for vars in [
            &[][..],
            &[("XDG_DATA_HOME", "")][..],
            &[("XDG_DATA_HOME", "relative/data")][..],
        ] {
            let f = resolve(&env(Os::Linux, vars, Some("/home/ana")));
            assert_eq!(
                paths(&f),
                (
                    Some(Path::new("/home/ana/.local/share/marginalia")),
                    Some(Path::new("/home/ana/.local/share/marginalia/recovery"))
                ),
                "{vars:?}"
            );
        }
        let nowhere = resolve(&env(Os::Linux, &[], None));
        assert_eq!(paths(&nowhere), (None, None));
    }

    /// Windows paths are built with `Path::join`, which on Linux joins with `/`: the
    /// parts are what is checked here.
    #[test]
    fn windows_settings_roam_and_recovery_stays_on_the_machine() {
        let f = resolve(&env(
            Os::Windows,
            &[
                ("APPDATA", "/Users/ana/AppData/Roaming"),
                ("LOCALAPPDATA", "/Users/ana/AppData/Local"),
                ("XDG_DATA_HOME", "/not/used/on/windows"),
            ],
            Some("/Users/ana"),
        ));
        assert_eq!(
            paths(&f),
            (
                Some(Path::new("/Users/ana/AppData/Roaming/marginalia/data")),
                Some(Path::new("/Users/ana/AppData/Local/marginalia/recovery"))
            )
        );
        // Without the variables, their usual places in the profile.
        let f = resolve(&env(Os::Windows, &[], Some("/Users/ana")));
        assert_eq!(
            paths(&f),
            (
                Some(Path::new("/Users/ana/AppData/Roaming/marginalia/data")),
                Some(Path::new("/Users/ana/AppData/Local/marginalia/recovery"))
            )
        );
    }

    #[test]
    fn macos_uses_application_support() {
        let f = resolve(&env(
            Os::MacOs,
            &[("XDG_DATA_HOME", "/not/used/on/macos")],
            Some("/Users/ana"),
        ));
        assert_eq!(
            paths(&f),
            (
                Some(Path::new(
                    "/Users/ana/Library/Application Support/marginalia"
                )),
                Some(Path::new(
                    "/Users/ana/Library/Application Support/marginalia/recovery"
                ))
            )
        );
    }

    #[test]
    fn portable_mode_puts_everything_beside_the_program_on_every_system() {
        for os in [Os::Linux, Os::Windows, Os::MacOs] {
            let mut e = env(
                os,
                &[("XDG_DATA_HOME", "/data"), ("APPDATA", "/appdata")],
                Some("/home/ana"),
            );
            e.executable = Some(PathBuf::from("/media/usb/marginalia/marginalia"));
            e.portable_marker = true;
            let f = resolve(&e);
            assert!(f.portable);
            assert_eq!(
                paths(&f),
                (
                    Some(Path::new("/media/usb/marginalia/marginalia-data")),
                    Some(Path::new("/media/usb/marginalia/marginalia-data/recovery"))
                ),
                "{os:?}"
            );
            assert_eq!(
                f.settings_file(),
                Some(PathBuf::from(
                    "/media/usb/marginalia/marginalia-data/app.ron"
                ))
            );
            // A marker, but the program's own path unknown: not portable.
            e.executable = None;
            assert!(!resolve(&e).portable);
        }
    }

    #[test]
    fn the_real_environment_finds_the_marker_beside_the_program_only() {
        let folders = current();
        let beside = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|d| d.join(PORTABLE_MARKER).exists()));
        assert_eq!(folders.portable, beside == Some(true));
    }
}
