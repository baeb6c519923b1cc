//! Whether a process of this machine is still running, for the project lock
//! ([`crate::lock`]): a lock whose process is gone was left by a crashed window and is
//! taken over; one whose process runs means another window has the file open.
//!
//! * **Linux**: `/proc/PID` exists while the process runs.
//! * **Windows**: `tasklist /FI "PID eq N" /NH /FO CSV` lists the process as a CSV row
//!   (`"marginalia.exe","4242",…`), or prints a message in the system's language when
//!   there is none; so only the row is looked for, never the message.
//! * **macOS** (and other Unix without `/proc`): `ps -p N -o pid=` prints the id and
//!   exits 0 while it runs, prints nothing and exits 1 when it does not. `kill -0` would
//!   fail for another user's live process (a shared lab Mac), `ps` does not.
//!
//! The lock also records which machine it was taken on ([`host_name`]), since only this
//! machine's processes can be looked up: `/etc/hostname` on Linux, `%COMPUTERNAME%` on
//! Windows, the `hostname` command on macOS (which has no `/etc/hostname`, and whose
//! shells do not export `HOSTNAME`: without it, two Macs sharing a class folder would
//! both be "this computer", and one would take over the other's lock).
//!
//! The crate forbids `unsafe`, so there is no system call here, only the two tools every
//! Windows and macOS install has; their output is parsed by pure functions tested on any
//! machine. When nothing can be told (the tool is missing or fails), the answer is
//! [`Liveness::Unknown`], and the lock counts as held: asking is safer than overwriting.

use std::path::Path;
use std::process::{Command, Stdio};

use super::Os;

/// What is known about a process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Liveness {
    Running,
    Gone,
    /// This system cannot tell (no `/proc`, the tool missing or failing).
    Unknown,
}

/// Where Linux lists running processes, one folder per process id.
const PROC: &str = "/proc";

/// Whether process `pid` of this machine still runs.
pub fn liveness(pid: u32) -> Liveness {
    if pid == std::process::id() {
        return Liveness::Running;
    }
    match Os::current() {
        Os::Linux if Path::new(PROC).is_dir() => in_proc(Path::new(PROC), pid),
        Os::Linux | Os::MacOs => ps(pid),
        Os::Windows => tasklist(pid),
    }
}

/// Linux: looked up in `proc` (`/proc`, or a made-up one in tests).
pub fn in_proc(proc: &Path, pid: u32) -> Liveness {
    if !proc.is_dir() {
        return Liveness::Unknown;
    }
    if proc.join(pid.to_string()).exists() {
        Liveness::Running
    } else {
        Liveness::Gone
    }
}

/// Windows: asks `tasklist`.
fn tasklist(pid: u32) -> Liveness {
    let mut command = Command::new("tasklist");
    command.args(["/FI", &format!("PID eq {pid}"), "/NH", "/FO", "CSV"]);
    hide_console_window(&mut command);
    match output_of(&mut command) {
        Some((true, stdout)) => parse_tasklist(&stdout, pid),
        _ => Liveness::Unknown,
    }
}

/// `tasklist /NH /FO CSV` output: a row whose second field is `pid` means it runs; no
/// such row (only the "no tasks" message, in whatever language) means it is gone.
pub fn parse_tasklist(stdout: &str, pid: u32) -> Liveness {
    let wanted = pid.to_string();
    let listed = stdout.lines().any(|line| {
        line.split(',')
            .nth(1)
            .map(|field| field.trim().trim_matches('"'))
            .is_some_and(|field| field == wanted)
    });
    if listed {
        Liveness::Running
    } else {
        Liveness::Gone
    }
}

/// macOS and Unix without `/proc`: asks `ps`.
fn ps(pid: u32) -> Liveness {
    let mut command = Command::new("ps");
    command.args(["-p", &pid.to_string(), "-o", "pid="]);
    match output_of(&mut command) {
        Some((success, stdout)) => parse_ps(success, &stdout, pid),
        None => Liveness::Unknown,
    }
}

/// `ps -p N -o pid=`: exit 0 with the id printed while it runs; exit 1 and nothing printed
/// when it is gone; anything else (a usage error) tells nothing.
pub fn parse_ps(success: bool, stdout: &str, pid: u32) -> Liveness {
    let printed = stdout
        .split_whitespace()
        .any(|word| word == pid.to_string());
    match (success, printed, stdout.trim().is_empty()) {
        (true, true, _) => Liveness::Running,
        (false, false, true) => Liveness::Gone,
        _ => Liveness::Unknown,
    }
}

/// This machine's name as the system gives it, if it gives one (asked once a run: on
/// macOS that is a command).
pub fn host_name() -> Option<String> {
    static HOST_NAME: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    HOST_NAME.get_or_init(ask_host_name).clone()
}

fn ask_host_name() -> Option<String> {
    let hostname_command = || {
        output_of(&mut Command::new("hostname"))
            .and_then(|(success, stdout)| success.then_some(stdout))
    };
    pick_host_name(
        Os::current(),
        std::fs::read_to_string("/etc/hostname").ok(),
        &|name: &str| std::env::var(name).ok(),
        &hostname_command,
    )
}

/// The host name from what each system offers, in the order it is trusted there:
/// `etc_hostname` (the file's content), environment variables, the `hostname` command
/// (only asked on macOS). Blank answers are skipped.
pub fn pick_host_name(
    os: Os,
    etc_hostname: Option<String>,
    var: &dyn Fn(&str) -> Option<String>,
    hostname_command: &dyn Fn() -> Option<String>,
) -> Option<String> {
    let clean = |name: Option<String>| name.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    match os {
        Os::Linux => clean(etc_hostname)
            .or_else(|| clean(var("HOSTNAME")))
            .or_else(|| clean(var("COMPUTERNAME"))),
        Os::Windows => clean(var("COMPUTERNAME")).or_else(|| clean(var("HOSTNAME"))),
        Os::MacOs => clean(hostname_command()).or_else(|| clean(var("HOSTNAME"))),
    }
}

/// Runs `command` without input, and gives whether it succeeded and what it printed;
/// `None` when it cannot be run.
fn output_of(command: &mut Command) -> Option<(bool, String)> {
    let output = command
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .ok()?;
    Some((
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
    ))
}

/// A console program started from the window would flash a console window on Windows.
#[cfg(windows)]
fn hide_console_window(command: &mut Command) {
    use std::os::windows::process::CommandExt;
    /// `CREATE_NO_WINDOW` from the Windows API.
    const CREATE_NO_WINDOW: u32 = 0x0800_0000;
    command.creation_flags(CREATE_NO_WINDOW);
}

#[cfg(not(windows))]
fn hide_console_window(_command: &mut Command) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linux_proc() {
        let dir = tempfile::tempdir().unwrap();
        let proc = dir.path().join("proc");
        std::fs::create_dir_all(proc.join("4242")).unwrap();
        assert_eq!(in_proc(&proc, 4242), Liveness::Running);
        assert_eq!(in_proc(&proc, 4000), Liveness::Gone);
        assert_eq!(in_proc(&dir.path().join("none"), 4242), Liveness::Unknown);
    }

    #[test]
    fn tasklist_rows_are_found_by_their_pid_field() {
        let running = "\r\n\"marginalia.exe\",\"4242\",\"Console\",\"1\",\"52,312 K\"\r\n";
        assert_eq!(parse_tasklist(running, 4242), Liveness::Running);
        // Another process whose id contains ours, or whose memory column does.
        let other = "\"marginalia.exe\",\"14242\",\"Console\",\"1\",\"4242 K\"\r\n";
        assert_eq!(parse_tasklist(other, 4242), Liveness::Gone);
        // The "no tasks" message, in English and in French: no row.
        for message in [
            "INFO: No tasks are running which match the specified criteria.\r\n",
            "INFO : aucune tâche en service ne correspond aux critères spécifiés.\r\n",
            "",
        ] {
            assert_eq!(parse_tasklist(message, 4242), Liveness::Gone, "{message}");
        }
    }

    #[test]
    fn ps_output() {
        assert_eq!(parse_ps(true, " 4242\n", 4242), Liveness::Running);
        assert_eq!(parse_ps(false, "", 4242), Liveness::Gone);
        assert_eq!(
            parse_ps(false, "ps: illegal option\n", 4242),
            Liveness::Unknown
        );
        assert_eq!(parse_ps(true, "", 4242), Liveness::Unknown);
    }

    #[test]
    fn host_names_per_system() {
        let vars = |name: &str| match name {
            "HOSTNAME" => Some("from-env".to_owned()),
            "COMPUTERNAME" => Some("LAB-PC-07".to_owned()),
            _ => None,
        };
        let none = |_: &str| None;
        let command = || Some("anas-macbook.local\n".to_owned());
        let no_command = || None;
        let file = || Some("classroom-12\n".to_owned());
        assert_eq!(
            pick_host_name(Os::Linux, file(), &vars, &command).as_deref(),
            Some("classroom-12")
        );
        assert_eq!(
            pick_host_name(Os::Linux, Some(" \n".into()), &vars, &command).as_deref(),
            Some("from-env")
        );
        assert_eq!(
            pick_host_name(Os::Windows, None, &vars, &command).as_deref(),
            Some("LAB-PC-07")
        );
        assert_eq!(
            pick_host_name(Os::MacOs, file(), &vars, &command).as_deref(),
            Some("anas-macbook.local")
        );
        assert_eq!(
            pick_host_name(Os::MacOs, None, &vars, &no_command).as_deref(),
            Some("from-env")
        );
        assert_eq!(pick_host_name(Os::MacOs, None, &none, &no_command), None);
    }

    #[test]
    fn this_process_runs() {
        assert_eq!(liveness(std::process::id()), Liveness::Running);
    }

    /// `ps` exists on Linux too, so the macOS way is tried for real here.
    #[test]
    fn ps_for_real_where_there_is_ps() {
        let Some((true, _)) = output_of(Command::new("ps").args(["-p", "1", "-o", "pid="])) else {
            eprintln!("SKIPPED ps_for_real_where_there_is_ps: no ps here");
            return;
        };
        assert_eq!(ps(std::process::id()), Liveness::Running);
        assert_eq!(ps(1 << 22), Liveness::Gone); // Linux never gives out a pid this high
    }
}
