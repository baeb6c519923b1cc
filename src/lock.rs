//! A lock file beside an open project, so a second window (or a second user on a shared
//! folder) opening the same file is warned instead of silently overwriting the first.
//!
//! The lock is `.NAME.lock` next to `NAME`, a few readable lines: who, where, which
//! process, since when. It is advisory: it only makes Marginalia ask. A lock left by a
//! crashed window is recognised as stale (its process is gone, on the same machine) and
//! taken over. Saving additionally refuses to overwrite a file that changed on disk since
//! it was opened ([`crate::session`]), which catches everything a lock cannot.

use std::path::{Path, PathBuf};

use crate::platform::process::{self, Liveness};

/// Who holds a lock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockOwner {
    pub user: String,
    pub host: String,
    pub pid: u32,
    pub since: String,
}

impl std::fmt::Display for LockOwner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let who = if self.user.is_empty() {
            crate::t!("lock-someone")
        } else {
            self.user.clone()
        };
        let owner = crate::t!(
            "lock-owner",
            who = who,
            host = self.host.as_str(),
            since = self.since.as_str()
        );
        f.write_str(&owner)
    }
}

/// A held lock; removed when dropped.
#[derive(Debug)]
pub struct ProjectLock {
    path: PathBuf,
}

fn lock_path(project: &Path) -> PathBuf {
    let name = project.file_name().map_or_else(
        || "project".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    );
    project.with_file_name(format!(".{name}.lock"))
}

/// This machine's name, as lock files record it ([`process::host_name`]).
pub fn this_host() -> String {
    process::host_name().unwrap_or_else(|| crate::t!("lock-this-computer"))
}

fn me() -> LockOwner {
    LockOwner {
        user: std::env::var("USER")
            .or_else(|_| std::env::var("USERNAME"))
            .unwrap_or_default(),
        host: this_host(),
        pid: std::process::id(),
        since: jiff::Zoned::now().strftime("%Y-%m-%d %H:%M").to_string(),
    }
}

fn parse(text: &str) -> Option<LockOwner> {
    let field = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key).map(|v| v.trim().to_owned()))
    };
    Some(LockOwner {
        user: field("user:").unwrap_or_default(),
        host: field("host:").unwrap_or_default(),
        pid: field("pid:")?.parse().ok()?,
        since: field("since:").unwrap_or_default(),
    })
}

/// How a process's liveness is looked up ([`process::liveness`]; tests pass a made-up one).
type LivenessFn<'a> = dyn Fn(u32) -> Liveness + 'a;

/// Whether the owner's process is still running ([`crate::platform::process`]: `/proc` on
/// Linux, `tasklist` on Windows, `ps` on macOS). Only checkable on this machine, and only
/// where the system can tell; otherwise a lock counts as live.
fn is_alive(owner: &LockOwner, liveness: &LivenessFn<'_>) -> bool {
    if owner.host != this_host() {
        return true;
    }
    owner.pid == std::process::id() || liveness(owner.pid) != Liveness::Gone
}

impl ProjectLock {
    /// Takes the lock on `project`, or says who holds it. Stale locks are taken over.
    /// A folder where no lock can be written (read-only media) gives `Ok(None)`: the
    /// file can still be opened, the save check still protects it.
    pub fn acquire(project: &Path) -> Result<Option<ProjectLock>, LockOwner> {
        Self::acquire_with(project, &process::liveness)
    }

    /// [`Self::acquire`], looking up processes with `liveness`.
    fn acquire_with(
        project: &Path,
        liveness: &LivenessFn<'_>,
    ) -> Result<Option<ProjectLock>, LockOwner> {
        let path = lock_path(project);
        if let Some(owner) = std::fs::read_to_string(&path).ok().and_then(|t| parse(&t))
            && is_alive(&owner, liveness)
            && owner.pid != std::process::id()
        {
            return Err(owner);
        }
        Ok(Self::write(path))
    }

    /// Takes the lock even though someone holds it ("open anyway").
    pub fn force(project: &Path) -> Option<ProjectLock> {
        Self::write(lock_path(project))
    }

    fn write(path: PathBuf) -> Option<ProjectLock> {
        let owner = me();
        let text = format!(
            "# Marginalia has this project open. Delete this file if no Marginalia window is.\nuser: {}\nhost: {}\npid: {}\nsince: {}\n",
            owner.user, owner.host, owner.pid, owner.since
        );
        std::fs::write(&path, text).ok()?;
        Some(ProjectLock { path })
    }
}

impl Drop for ProjectLock {
    fn drop(&mut self) {
        // Only remove it if it is still ours (not taken over by "open anyway" elsewhere).
        let ours = std::fs::read_to_string(&self.path)
            .ok()
            .and_then(|t| parse(&t))
            .is_some_and(|o| o.pid == std::process::id() && o.host == this_host());
        if ours {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lock_by(project: &Path, host: &str, pid: u32) {
        let text = format!("user: ana\nhost: {host}\npid: {pid}\nsince: 2026-11-23 09:00\n");
        std::fs::write(lock_path(project), text).unwrap();
    }

    /// With a made-up /proc in which process 4242 runs, so this needs no real /proc.
    #[test]
    fn second_opener_is_told_who_has_it_and_stale_locks_are_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("work.ron");
        let proc_dir = dir.path().join("proc");
        std::fs::create_dir_all(proc_dir.join("4242")).unwrap();
        let proc = |pid| process::in_proc(&proc_dir, pid);
        let no_proc = |pid| process::in_proc(&dir.path().join("no-proc"), pid);

        // A live process on this machine.
        lock_by(&project, &this_host(), 4242);
        let owner = ProjectLock::acquire_with(&project, &proc).unwrap_err();
        assert_eq!(owner.user, "ana");
        assert!(owner.to_string().contains("ana on"));
        // Another machine: its processes cannot be checked, so the lock counts as live.
        lock_by(&project, "another-laptop", 4000);
        assert!(ProjectLock::acquire_with(&project, &proc).is_err());
        // Where there is no /proc at all, nothing can be checked either.
        lock_by(&project, &this_host(), 4000);
        assert!(ProjectLock::acquire_with(&project, &no_proc).is_err());

        // A process that is gone: the lock is stale and taken over.
        let lock = ProjectLock::acquire_with(&project, &proc).unwrap().unwrap();
        let text = std::fs::read_to_string(lock_path(&project)).unwrap();
        assert_eq!(parse(&text).unwrap().pid, std::process::id());
        drop(lock);
        assert!(!lock_path(&project).exists(), "released on drop");
    }

    /// Windows' and macOS' answers, as their tools give them, decide the same way.
    #[test]
    fn tasklist_and_ps_answers_decide_like_proc() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("work.ron");
        let tasklist = |pid| {
            let rows = "\"marginalia.exe\",\"4242\",\"Console\",\"1\",\"52,312 K\"\r\n";
            process::parse_tasklist(rows, pid)
        };
        let ps_unknown = |pid| process::parse_ps(false, "ps: cannot run\n", pid);
        lock_by(&project, &this_host(), 4242);
        assert!(ProjectLock::acquire_with(&project, &tasklist).is_err());
        lock_by(&project, &this_host(), 4000);
        assert!(
            ProjectLock::acquire_with(&project, &ps_unknown).is_err(),
            "unknown counts as held"
        );
        assert!(
            ProjectLock::acquire_with(&project, &tasklist)
                .unwrap()
                .is_some()
        );
    }

    /// The same against the real /proc, where there is one.
    #[test]
    fn live_and_stale_processes_in_the_real_proc() {
        if !Path::new("/proc/1").exists() {
            eprintln!(
                "SKIPPED live_and_stale_processes_in_the_real_proc: this system has no /proc"
            );
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("work.ron");
        lock_by(&project, &this_host(), 1); // pid 1 always runs
        assert_eq!(ProjectLock::acquire(&project).unwrap_err().pid, 1);
        lock_by(&project, &this_host(), 1 << 22); // Linux never gives out a pid this high
        assert!(ProjectLock::acquire(&project).unwrap().is_some());
    }

    #[test]
    fn own_lock_is_not_a_conflict() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("work.ron");
        let first = ProjectLock::acquire(&project).unwrap();
        assert!(first.is_some());
        assert!(ProjectLock::acquire(&project).is_ok());
    }
}
