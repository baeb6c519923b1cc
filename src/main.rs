//! `marginalia`: parses arguments, then opens the window or runs a headless command.
//!
//! The one place errors end up (ripgrep's `try_main`): a command's error is printed once
//! to stderr, with its context, and exits 2; 0 and 1 are the commands' own results.

use std::process::ExitCode;

use clap::FromArgMatches;
use marginalia::cli::{self, Args};
use marginalia::t;

fn main() -> ExitCode {
    // A reader's panic on a hostile file is caught and reported as a refused file; its
    // backtrace is not for the teacher (src/import/guard.rs).
    marginalia::import::guard::install_quiet_panic_hook();
    // Before anything is printed, `--help` included.
    if let Err(message) = cli::language::choose(std::env::args_os()) {
        eprintln!("{}", t!("cli-error", message = message));
        return ExitCode::from(2);
    }
    match try_main() {
        Ok(code) => code,
        // The reader of our output went away (`marginalia grade … | head -1`): that is
        // not an error of ours to report.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("{}", t!("cli-error", message = format!("{err:#}")));
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn try_main() -> anyhow::Result<ExitCode> {
    // Parsed as `Args::parse` would, with the help in the reader's language; a usage
    // error or `--help` prints and exits as clap does.
    let matches = cli::help::command().get_matches();
    let args = Args::from_arg_matches(&matches).unwrap_or_else(|err| err.exit());
    match args.command {
        Some(command) => cli::run(command),
        None => open_window(args.file, args.grade),
    }
}

#[cfg(feature = "gui")]
fn open_window(
    file: Option<std::path::PathBuf>,
    grade: Option<std::path::PathBuf>,
) -> anyhow::Result<ExitCode> {
    Ok(marginalia::gui::run(file, grade))
}

#[cfg(not(feature = "gui"))]
fn open_window(
    _file: Option<std::path::PathBuf>,
    _grade: Option<std::path::PathBuf>,
) -> anyhow::Result<ExitCode> {
    anyhow::bail!(t!("cli-no-window"))
}
