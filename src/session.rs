//! An open project: the project, its undo history and where it is saved.
//!
//! GUI-free, so the window, the CLI and tests drive the same code. The window turns
//! commands into calls here; nothing else changes the project.

use std::path::{Path, PathBuf};

use crate::edit::{Edit, EditError, History};
use crate::model::Project;
use crate::project_file::{self, SaveError};

#[derive(Debug, Default)]
pub struct Session {
    project: Project,
    history: History,
    path: Option<PathBuf>,
    /// The file as it was when opened or last saved, to notice changes by others.
    on_disk: Option<DiskStamp>,
}

/// Size and modification time of a file: enough to notice that someone else wrote it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct DiskStamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
}

fn stamp(path: &Path) -> Option<DiskStamp> {
    let meta = std::fs::metadata(path).ok()?;
    Some(DiskStamp {
        len: meta.len(),
        modified: meta.modified().ok(),
    })
}

impl Session {
    /// A session on a project that is saved at `path` (or not saved yet).
    pub fn new(project: Project, path: Option<PathBuf>) -> Self {
        let on_disk = path.as_deref().and_then(stamp);
        Self {
            project,
            history: History::new(),
            path,
            on_disk,
        }
    }

    /// A session on a recovered copy: it counts as unsaved until the student saves.
    pub fn restored(project: Project, path: Option<PathBuf>) -> Self {
        let mut session = Self::new(project, path);
        session.history.mark_unsaved();
        session
    }

    pub fn project(&self) -> &Project {
        &self.project
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    /// Whether there are changes that are not saved.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty() || (self.path.is_none() && self.history.can_undo())
    }

    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        self.history.apply(&mut self.project, edit)
    }

    /// Applies a note change, folded into the previous one while the same note is typed.
    pub fn apply_note(&mut self, edit: Edit) -> Result<(), EditError> {
        self.history.apply_merging_note(&mut self.project, edit)
    }

    /// Whether the last change made (the one Undo takes back) added annotation `id`.
    pub fn can_undo_add(&self, id: crate::model::AnnotationId) -> bool {
        matches!(self.history.last_done(), Some(Edit::AddAnnotation(a)) if a.id == id)
    }

    pub fn undo(&mut self) -> Result<Option<String>, EditError> {
        self.history.undo(&mut self.project)
    }

    pub fn redo(&mut self) -> Result<Option<String>, EditError> {
        self.history.redo(&mut self.project)
    }

    /// Forgets where the project is saved, so the next save asks (a student's submission
    /// must not overwrite the assignment it was opened from).
    pub fn detach_path(&mut self) {
        self.path = None;
        self.on_disk = None;
    }

    /// Saves to the current path. Errors leave the project and the old file untouched.
    /// Refuses ([`SaveError::ChangedOnDisk`]) if another program or window wrote the file
    /// since it was opened or last saved here; [`Session::save_overwriting`] then decides.
    pub fn save(&mut self) -> Result<PathBuf, SaveError> {
        let Some(path) = self.path.clone() else {
            return Err(SaveError::NoPath);
        };
        let now = stamp(&path);
        if now.is_some() && now != self.on_disk {
            return Err(SaveError::ChangedOnDisk { path });
        }
        self.save_as(&path)
    }

    /// Saves to the current path even if it changed on disk (the person chose to).
    pub fn save_overwriting(&mut self) -> Result<PathBuf, SaveError> {
        let Some(path) = self.path.clone() else {
            return Err(SaveError::NoPath);
        };
        self.save_as(&path)
    }

    /// Saves to `path` (chosen by the person, so an existing file there is replaced) and
    /// makes it the current path.
    pub fn save_as(&mut self, path: &Path) -> Result<PathBuf, SaveError> {
        project_file::save(&self.project, path)?;
        self.path = Some(path.to_path_buf());
        self.on_disk = stamp(path);
        self.history.mark_saved();
        Ok(path.to_path_buf())
    }
}
