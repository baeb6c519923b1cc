//! Autosave and crash recovery.
//!
//! While a project has unsaved changes, the window writes a copy to a per-user recovery
//! folder ([`RecoveryStore::default_dir`]; beside the program in portable mode) every 30 seconds (atomically, like any save). Saving or closing cleanly deletes
//! it. If Marginalia stops without either, the next start finds the copy and offers it.
//! The copy is an ordinary project file, so it can also be opened by hand.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use sha2::{Digest, Sha256};

use crate::model::Project;
use crate::project_file::{self, SaveError};

/// A recovery copy found at start-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveryCopy {
    /// The recovery file itself.
    pub file: PathBuf,
    /// The project file it is a copy of (none for a project never saved).
    pub original: Option<PathBuf>,
    pub written: SystemTime,
}

#[derive(Clone, Debug)]
pub struct RecoveryStore {
    dir: PathBuf,
}

impl RecoveryStore {
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// `$XDG_DATA_HOME/marginalia/recovery` (`~/.local/share/…`) on Linux,
    /// `%LOCALAPPDATA%\marginalia\recovery` on Windows, `~/Library/Application
    /// Support/marginalia/recovery` on macOS, or `marginalia-data/recovery` beside the
    /// program in portable mode: see [`crate::platform::folders`].
    pub fn default_dir() -> Option<PathBuf> {
        crate::platform::folders::current().recovery
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A stable name for the copy of the project at `original`.
    fn key(original: Option<&Path>) -> String {
        match original {
            None => "unsaved-project".to_owned(),
            Some(path) => {
                let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
                let digest = Sha256::digest(absolute.to_string_lossy().as_bytes());
                let short: String = digest.iter().take(6).map(|b| format!("{b:02x}")).collect();
                let stem = path
                    .file_stem()
                    .map(|s| crate::import::slug(&s.to_string_lossy()))
                    .unwrap_or_default();
                format!("{stem}-{short}")
            }
        }
    }

    fn paths(&self, original: Option<&Path>) -> (PathBuf, PathBuf) {
        let key = Self::key(original);
        (
            self.dir.join(format!("{key}.ron")),
            self.dir.join(format!("{key}.origin")),
        )
    }

    /// Writes (or replaces) the recovery copy of the project that lives at `original`.
    pub fn write(&self, project: &Project, original: Option<&Path>) -> Result<PathBuf, SaveError> {
        std::fs::create_dir_all(&self.dir).map_err(|source| SaveError::Io {
            path: self.dir.clone(),
            source,
        })?;
        let (file, origin) = self.paths(original);
        let original_text = original
            .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()))
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        project_file::write_atomic(&origin, original_text.as_bytes()).map_err(|source| {
            SaveError::Io {
                path: origin.clone(),
                source,
            }
        })?;
        project_file::save(project, &file)?;
        // The recovery copy needs no backup of its own.
        let _ = std::fs::remove_file(file.with_extension("ron.bak"));
        Ok(file)
    }

    /// Deletes the copy of the project at `original` (after a save or a clean close).
    pub fn discard(&self, original: Option<&Path>) {
        let (file, origin) = self.paths(original);
        let _ = std::fs::remove_file(file);
        let _ = std::fs::remove_file(origin);
    }

    /// Deletes a copy found by [`Self::list`].
    pub fn discard_copy(&self, copy: &RecoveryCopy) {
        let _ = std::fs::remove_file(&copy.file);
        let _ = std::fs::remove_file(copy.file.with_extension("origin"));
    }

    /// Copies left by sessions that did not end cleanly, newest first.
    pub fn list(&self) -> Vec<RecoveryCopy> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut copies: Vec<RecoveryCopy> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .map(|file| {
                let original = std::fs::read_to_string(file.with_extension("origin"))
                    .ok()
                    .filter(|s| !s.trim().is_empty())
                    .map(|s| PathBuf::from(s.trim()));
                let written = std::fs::metadata(&file)
                    .and_then(|m| m.modified())
                    .unwrap_or(SystemTime::UNIX_EPOCH);
                RecoveryCopy {
                    file,
                    original,
                    written,
                }
            })
            .collect();
        copies.sort_by(|a, b| b.written.cmp(&a.written).then(a.file.cmp(&b.file)));
        copies
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProjectDetails, TagSet};

    #[test]
    fn write_list_discard() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().join("recovery"));
        assert!(store.list().is_empty());
        let project = Project::new(
            ProjectDetails {
                title: "Work".into(),
                ..Default::default()
            },
            TagSet::media_literacy(),
        );
        let original = dir.path().join("ana.ron");
        store.write(&project, Some(&original)).unwrap();
        store.write(&project, None).unwrap();
        store.write(&project, Some(&original)).unwrap();
        let copies = store.list();
        assert_eq!(copies.len(), 2);
        let copy = copies.iter().find(|c| c.original.is_some()).unwrap();
        assert_eq!(copy.original.as_deref(), Some(original.as_path()));
        assert_eq!(project_file::load(&copy.file).unwrap().project, project);
        store.discard(Some(&original));
        store.discard(None);
        assert!(store.list().is_empty());
        assert_eq!(
            std::fs::read_dir(store.dir()).unwrap().count(),
            0,
            "nothing left behind"
        );
    }
}
