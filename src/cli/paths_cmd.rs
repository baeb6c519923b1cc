//! `marginalia paths`: where this program keeps its settings and recovery copies, and
//! whether portable mode is on; for a school's IT person checking an install, and for
//! the tests of portable mode. The folders are decided in [`crate::platform::folders`].

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::platform::folders::{self, PORTABLE_DATA_FOLDER, PORTABLE_MARKER};
use crate::t;

pub fn run() -> anyhow::Result<ExitCode> {
    let folders = folders::current();
    let shown = |path: Option<&Path>| {
        path.map_or_else(|| t!("cli-paths-unknown"), |p| p.display().to_string())
    };
    let portable = if folders.portable {
        t!(
            "cli-paths-portable-on",
            marker = PORTABLE_MARKER,
            folder = PORTABLE_DATA_FOLDER
        )
    } else {
        t!(
            "cli-paths-portable-off",
            marker = PORTABLE_MARKER,
            folder = PORTABLE_DATA_FOLDER
        )
    };
    let mut stdout = std::io::stdout().lock();
    writeln!(
        stdout,
        "{}",
        t!(
            "cli-paths-settings",
            path = shown(folders.settings.as_deref())
        )
    )?;
    writeln!(
        stdout,
        "{}",
        t!(
            "cli-paths-recovery",
            path = shown(folders.recovery.as_deref())
        )
    )?;
    writeln!(stdout, "{portable}")?;
    Ok(ExitCode::SUCCESS)
}
