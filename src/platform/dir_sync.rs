//! Making a rename durable: after the atomic writer ([`crate::project_file`]) renames its
//! temporary file over the old one, the folder's entry must reach the disk too, or a power
//! cut can bring back the old file (or none).
//!
//! * **Linux and macOS**: the folder is opened and flushed (`fsync`; on macOS std's
//!   `sync_all` is `F_FULLFSYNC`, which also empties the drive's cache).
//! * **Windows**: nothing. A folder cannot be opened as a file there (`File::open` fails
//!   with "access denied"; it would need backup semantics, and `FlushFileBuffers` on a
//!   folder handle is refused anyway), and it is not needed: NTFS journals the rename
//!   itself, so after a crash the folder holds the old name or the new.
//!
//! Flushing is best effort everywhere: a file system that cannot flush a folder (a network
//! share, FAT on a USB stick) has still renamed the file, so that is not an error.

use std::path::Path;

use super::Os;

/// How a folder is made durable on a system.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DirSync {
    /// Open the folder and flush it.
    Flush,
    /// Nothing to do (the file system journals renames; folders cannot be flushed).
    NotNeeded,
}

/// The way for `os`.
pub const fn policy(os: Os) -> DirSync {
    match os {
        Os::Linux | Os::MacOs => DirSync::Flush,
        Os::Windows => DirSync::NotNeeded,
    }
}

/// Flushes `dir`, after a rename in it, where the system can (best effort).
pub fn sync_dir(dir: &Path) {
    match policy(Os::current()) {
        DirSync::Flush => {
            if let Ok(folder) = std::fs::File::open(dir) {
                let _ = folder.sync_all();
            }
        }
        DirSync::NotNeeded => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_is_an_explicit_no_op() {
        assert_eq!(policy(Os::Linux), DirSync::Flush);
        assert_eq!(policy(Os::MacOs), DirSync::Flush);
        assert_eq!(policy(Os::Windows), DirSync::NotNeeded);
    }

    #[test]
    fn flushing_a_folder_or_a_missing_one_never_fails() {
        let dir = tempfile::tempdir().unwrap();
        sync_dir(dir.path());
        sync_dir(&dir.path().join("missing"));
    }
}
