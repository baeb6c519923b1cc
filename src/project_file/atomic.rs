//! The one atomic writer: every file Marginalia writes (projects and their backups,
//! recovery copies, the teacher's comments, exports) goes through [`write_atomically`], so
//! a reader or a crash sees the old content or the new, never a part, and a failed write
//! leaves no temporary file behind.

use std::io::Write;
use std::path::{Path, PathBuf};

/// How the bytes reach the temporary file; tests pass a writer that fails half-way
/// (a full disk) to prove the old file survives.
pub(crate) type WriteFn<'a> = dyn FnMut(&mut std::fs::File, &[u8]) -> std::io::Result<()> + 'a;

/// Writes any small file atomically (temporary file in the same folder, flushed, renamed):
/// readers see the old content or the new, never a part. A failed write leaves no
/// temporary file and the old content in place.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomically(path, path, bytes, Backup::None, &mut |file, bytes| {
        file.write_all(bytes)
    })
}

/// Whether [`write_atomically`] first copies the file it replaces to `NAME.bak`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Backup {
    Keep,
    None,
}

/// The one atomic writer, used for projects, their backups and every other file:
///
/// 1. removes temporaries of `path` left by a killed save ([`remove_stale_temporaries`]);
/// 2. writes `bytes` with `write` to a new temporary file `.NAME.xxxx.tmp` beside `path`;
/// 3. flushes it to disk and gives it the permissions of `permissions_of` (the file it
///    replaces; for a backup, the project it copies);
/// 4. with [`Backup::Keep`], copies the current file to `NAME.bak` (atomically, by this
///    same function);
/// 5. renames it over `path` and flushes the folder, so the rename itself is durable
///    (where the system can: [`crate::platform::dir_sync`]).
///
/// If any step fails, the temporary file is deleted (`tempfile` removes it when dropped)
/// and `path` is untouched.
pub(crate) fn write_atomically(
    path: &Path,
    permissions_of: &Path,
    bytes: &[u8],
    backup: Backup,
    write: &mut WriteFn<'_>,
) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "project.ron".into());
    remove_stale_temporaries(&dir, &file_name);

    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{file_name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    write(temp.as_file_mut(), bytes)?;
    temp.as_file().sync_all()?;
    copy_permissions(permissions_of, temp.as_file());

    if backup == Backup::Keep && path.exists() {
        let backup_path = path.with_file_name(format!("{file_name}.bak"));
        let mut copy_old = |file: &mut std::fs::File, _: &[u8]| {
            std::io::copy(&mut std::fs::File::open(path)?, file).map(|_| ())
        };
        write_atomically(&backup_path, path, &[], Backup::None, &mut copy_old)?;
    }
    temp.persist(path).map_err(|e| e.error)?;
    crate::platform::dir_sync::sync_dir(&dir);
    Ok(())
}

/// Temporary files are 0600; the saved file keeps the permissions of `path` (the old file,
/// or for a backup the project it copies), or gets the usual 0644 when there is none, so a
/// teacher can read files students copied over.
fn copy_permissions(path: &Path, temp: &std::fs::File) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o777);
        let _ = temp.set_permissions(std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    {
        let _ = (path, temp);
    }
}

/// A save killed half-way (power cut, SIGKILL) leaves its temporary file behind; the next
/// save of the same file removes those older than a minute (younger ones may belong to
/// another window saving right now).
fn remove_stale_temporaries(dir: &Path, file_name: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let prefixes = [format!(".{file_name}."), format!(".{file_name}.bak.")];
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = name.ends_with(".tmp") && prefixes.iter().any(|p| name.starts_with(p.as_str()));
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() >= 60);
        if ours && old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub(crate) fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// Any file (feedback, recovery copies, exports): a write that fails half-way or at
    /// the rename leaves the old content and no temporary file.
    #[test]
    fn failed_atomic_write_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.ron");
        write_atomic(&path, b"old").unwrap();
        let mut full_disk = |file: &mut std::fs::File, bytes: &[u8]| {
            file.write_all(&bytes[..1])?;
            Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
        };
        let err = write_atomically(&path, &path, b"new", Backup::None, &mut full_disk);
        assert_eq!(err.unwrap_err().kind(), std::io::ErrorKind::StorageFull);
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert_eq!(names_in(dir.path()), ["notes.ron"]);

        // The rename fails: a folder is in the way.
        let folder = dir.path().join("page.html");
        std::fs::create_dir(&folder).unwrap();
        assert!(write_atomic(&folder, b"<p>new</p>").is_err());
        assert!(folder.is_dir());
        assert_eq!(names_in(dir.path()), ["notes.ron", "page.html"]);
    }

    #[cfg(unix)]
    #[test]
    fn saved_files_are_readable_by_others_and_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("work.ron");
        let save = |bytes: &[u8]| {
            write_atomically(&path, &path, bytes, Backup::Keep, &mut |file, bytes| {
                file.write_all(bytes)
            })
        };
        save(b"a").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o644);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        save(b"b").unwrap();
        assert_eq!(mode(&path), 0o640);
        assert_eq!(
            mode(&path.with_extension("ron.bak")),
            0o640,
            "as the file it copies"
        );
        write_atomic(&dir.path().join("other.csv"), b"a,b").unwrap();
        assert_eq!(mode(&dir.path().join("other.csv")), 0o644);
    }

    #[test]
    fn stale_temporaries_are_cleaned_up() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("work.ron");
        let stale = dir.path().join(".work.ron.abc123.tmp");
        let fresh = dir.path().join(".work.ron.def456.tmp");
        let other = dir.path().join(".notes.ron.abc123.tmp");
        for p in [&stale, &fresh, &other] {
            std::fs::write(p, "partial").unwrap();
        }
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        for p in [&stale, &other] {
            std::fs::File::options()
                .write(true)
                .open(p)
                .unwrap()
                .set_modified(old)
                .unwrap();
        }
        write_atomic(&path, b"a").unwrap();
        assert!(!stale.exists());
        assert!(fresh.exists(), "may belong to a save in progress");
        assert!(other.exists(), "belongs to another file");
        write_atomic(&dir.path().join("notes.ron"), b"notes").unwrap();
        assert!(!other.exists());
    }
}
