//! Undo and redo as two stacks of edits, plus "is this the saved state?".

use super::{Edit, EditError};
use crate::model::Project;

#[derive(Debug, Default)]
pub struct History {
    /// Applied edits with the sequence number each got, oldest first.
    done: Vec<(u64, Edit)>,
    undone: Vec<(u64, Edit)>,
    next_seq: u64,
    /// Sequence number of the newest applied edit when the project was last saved
    /// (0: nothing applied); `None` when the saved state can no longer be reached.
    saved_at: Option<u64>,
}

impl History {
    pub fn new() -> Self {
        Self {
            done: Vec::new(),
            undone: Vec::new(),
            next_seq: 1,
            saved_at: Some(0),
        }
    }

    /// Applies `edit` and records it; clears the redo stack.
    pub fn apply(&mut self, project: &mut Project, edit: Edit) -> Result<(), EditError> {
        edit.apply(project)?;
        let seq = self.next_seq;
        self.next_seq += 1;
        self.done.push((seq, edit));
        if let Some(saved) = self.saved_at
            && self.undone.iter().any(|(s, _)| *s == saved)
        {
            self.saved_at = None;
        }
        self.undone.clear();
        Ok(())
    }

    /// Undoes the newest edit; returns its label, or `None` if there is nothing to undo.
    pub fn undo(&mut self, project: &mut Project) -> Result<Option<String>, EditError> {
        let Some((seq, edit)) = self.done.pop() else {
            return Ok(None);
        };
        if let Err(err) = edit.invert().apply(project) {
            self.done.push((seq, edit));
            return Err(err);
        }
        let label = edit.label();
        self.undone.push((seq, edit));
        Ok(Some(label))
    }

    /// Redoes the newest undone edit; returns its label, or `None` if there is none.
    pub fn redo(&mut self, project: &mut Project) -> Result<Option<String>, EditError> {
        let Some((seq, edit)) = self.undone.pop() else {
            return Ok(None);
        };
        if let Err(err) = edit.apply(project) {
            self.undone.push((seq, edit));
            return Err(err);
        }
        let label = edit.label();
        self.done.push((seq, edit));
        Ok(Some(label))
    }

    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    pub fn undo_label(&self) -> Option<String> {
        self.done.last().map(|(_, e)| e.label())
    }

    pub fn redo_label(&self) -> Option<String> {
        self.undone.last().map(|(_, e)| e.label())
    }

    /// Marks the current state as saved.
    pub fn mark_saved(&mut self) {
        self.saved_at = Some(self.done.last().map_or(0, |(s, _)| *s));
    }

    /// Marks the project as differing from any saved file (a restored recovery copy).
    pub fn mark_unsaved(&mut self) {
        self.saved_at = None;
    }

    /// Changes whenever the project changes (apply, undo, redo); for autosave.
    pub fn version(&self) -> u64 {
        self.done.last().map_or(0, |(s, _)| *s)
    }

    /// Whether the project differs from what was last saved.
    pub fn is_dirty(&self) -> bool {
        self.saved_at != Some(self.done.last().map_or(0, |(s, _)| *s))
    }
}
