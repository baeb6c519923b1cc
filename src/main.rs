//! `marginalia`: parses arguments, then opens the window or runs a headless command.

use std::process::ExitCode;

use clap::Parser;
use marginalia::cli::{self, Args};

fn main() -> ExitCode {
    let args = Args::parse();
    match args.command {
        Some(command) => cli::run(command),
        None => open_window(args.file, args.grade),
    }
}

#[cfg(feature = "gui")]
fn open_window(file: Option<std::path::PathBuf>, grade: Option<std::path::PathBuf>) -> ExitCode {
    marginalia::gui::run(file, grade)
}

#[cfg(not(feature = "gui"))]
fn open_window(_file: Option<std::path::PathBuf>, _grade: Option<std::path::PathBuf>) -> ExitCode {
    eprintln!(
        "this marginalia was built without the window (feature \"gui\"); use a command such as \
         `marginalia validate FILE` (see `marginalia --help`)"
    );
    ExitCode::from(2)
}
