//! Undo and redo as two stacks of edits, plus "is this the saved state?".

use super::{Edit, EditError};
use crate::model::Project;

#[derive(Debug)]
pub struct History {
    /// Applied edits with the sequence number each got, oldest first.
    done: Vec<(u64, Edit)>,
    undone: Vec<(u64, Edit)>,
    next_seq: u64,
    /// Sequence number of the newest applied edit when the project was last saved
    /// (0: nothing applied); `None` when the saved state can no longer be reached.
    saved_at: Option<u64>,
}

/// An empty history is at its saved state (nothing to save), like [`History::new`].
impl Default for History {
    fn default() -> Self {
        Self::new()
    }
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

    /// Applies `edit` and folds it into the newest edit when both change the same
    /// annotation's note (so a note typed letter by letter undoes as one step). Nothing is
    /// folded across a save, an undo or a different change.
    pub fn apply_merging_note(
        &mut self,
        project: &mut Project,
        edit: Edit,
    ) -> Result<(), EditError> {
        let mergeable = match (self.done.last(), &edit) {
            (
                Some((
                    seq,
                    Edit::UpdateAnnotation {
                        before: b0,
                        after: a0,
                    },
                )),
                Edit::UpdateAnnotation {
                    before: b1,
                    after: a1,
                },
            ) => {
                self.undone.is_empty()
                    && self.saved_at != Some(*seq)
                    && a0 == b1
                    && only_note_differs(b0, a0)
                    && only_note_differs(b1, a1)
            }
            _ => false,
        };
        if !mergeable {
            return self.apply(project, edit);
        }
        edit.apply(project)?;
        let Edit::UpdateAnnotation { after, .. } = edit else {
            return Ok(());
        };
        if let Some((seq, Edit::UpdateAnnotation { after: newest, .. })) = self.done.last_mut() {
            *newest = after;
            // A new number, so autosave notices the change.
            *seq = self.next_seq;
            self.next_seq += 1;
        }
        Ok(())
    }

    /// The newest applied edit (what Undo would take back).
    pub fn last_done(&self) -> Option<&Edit> {
        self.done.last().map(|(_, e)| e)
    }

    /// The newest undone edit (what Redo would bring back).
    pub fn last_undone(&self) -> Option<&Edit> {
        self.undone.last().map(|(_, e)| e)
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

fn only_note_differs(a: &crate::model::Annotation, b: &crate::model::Annotation) -> bool {
    a.id == b.id && a.article == b.article && a.range == b.range && a.tag == b.tag
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::build;
    use crate::model::{Article, ArticleId, ProjectDetails, TagId, TagSet};

    fn project_with_annotation() -> (Project, crate::model::AnnotationId) {
        let mut p = Project::new(ProjectDetails::default(), TagSet::media_literacy());
        let article = Article::new(
            ArticleId("a".into()),
            "A".into(),
            None,
            "UTF-8".into(),
            "Café 👩‍👩‍👧 text",
        );
        build::add_article(&p, article).apply(&mut p).unwrap();
        let now = jiff::Timestamp::UNIX_EPOCH;
        let e = build::add_annotation(
            &p,
            &ArticleId("a".into()),
            crate::text::ByteRange::new(0, 5),
            &TagId("claim".into()),
            "",
            now,
        )
        .unwrap();
        let id = p.next_annotation_id();
        e.apply(&mut p).unwrap();
        (p, id)
    }

    #[test]
    fn an_empty_history_has_nothing_to_save() {
        assert!(!History::default().is_dirty());
        assert!(!crate::session::Session::default().is_dirty());
    }

    #[test]
    fn a_note_typed_letter_by_letter_undoes_in_one_step() {
        let (mut p, id) = project_with_annotation();
        let mut h = History::new();
        let now = jiff::Timestamp::UNIX_EPOCH;
        for draft in ["a", "a l", "a lo", "a loaded word"] {
            let e = build::set_note(&p, id, draft, now).unwrap();
            h.apply_merging_note(&mut p, e).unwrap();
        }
        assert_eq!(p.annotation(id).unwrap().note, "a loaded word");
        h.undo(&mut p).unwrap();
        assert_eq!(p.annotation(id).unwrap().note, "");
        assert!(!h.can_undo());
        h.redo(&mut p).unwrap();
        assert_eq!(p.annotation(id).unwrap().note, "a loaded word");
    }

    #[test]
    fn notes_are_not_merged_across_a_save_or_a_retag() {
        let (mut p, id) = project_with_annotation();
        let mut h = History::new();
        let now = jiff::Timestamp::UNIX_EPOCH;
        let e = build::set_note(&p, id, "first", now).unwrap();
        h.apply_merging_note(&mut p, e).unwrap();
        h.mark_saved();
        let e = build::set_note(&p, id, "first, then more", now).unwrap();
        h.apply_merging_note(&mut p, e).unwrap();
        assert!(h.is_dirty());
        h.undo(&mut p).unwrap();
        assert_eq!(p.annotation(id).unwrap().note, "first");
        assert!(!h.is_dirty());
        let e = build::retag(&p, id, &TagId("framing".into()), now).unwrap();
        h.apply_merging_note(&mut p, e).unwrap();
        let e = build::set_note(&p, id, "x", now).unwrap();
        h.apply_merging_note(&mut p, e).unwrap();
        h.undo(&mut p).unwrap();
        assert_eq!(p.annotation(id).unwrap().tag.0, "framing");
    }
}
