//! Everything that differs between Linux, Windows and macOS, one module per concern, so
//! the rest of the crate asks a question ("where do settings go?", "is process 4242
//! still running?") and never tests the operating system itself.
//!
//! * [`folders`] — where settings and recovery copies live: the XDG folders on Linux,
//!   `%APPDATA%` and `%LOCALAPPDATA%` on Windows, `~/Library/Application Support` on
//!   macOS, or a `marginalia-data` folder beside the program in portable mode (a school
//!   machine where students cannot install anything).
//! * [`process`] — whether the process that holds a project's lock still runs: Linux's
//!   `/proc`, `tasklist` on Windows, `ps` on macOS (no `unsafe`, no new dependency);
//!   and this machine's name, which the lock records.
//! * [`dir_sync`] — making a rename durable by flushing its folder, which Linux and macOS
//!   can do and Windows cannot (and does not need).
//! * [`file_names`] — the one set of rules for names of files we write (Windows' reserved
//!   names, forbidden characters, length limits), whatever system writes them: a file
//!   made on Linux is opened on Windows.
//! * [`line_endings`] — which line ending each kind of file we write uses.
//!
//! Each decision is a pure function of its inputs (the operating system, environment
//! variables, a command's output), so every branch is unit-tested on any machine; only
//! the thin part that asks the real system is chosen with `cfg!` at compile time.

pub mod dir_sync;
pub mod file_names;
pub mod folders;
pub mod line_endings;
pub mod process;

/// The operating systems Marginalia tells apart. Anything Unix-like that is not macOS
/// (Linux, the BSDs) follows Linux's conventions (XDG folders).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Os {
    Linux,
    Windows,
    MacOs,
}

impl Os {
    /// The system this program was built for.
    pub const fn current() -> Os {
        if cfg!(windows) {
            Os::Windows
        } else if cfg!(target_os = "macos") {
            Os::MacOs
        } else {
            Os::Linux
        }
    }
}
