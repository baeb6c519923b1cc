//! The edit values themselves: apply, invert, describe.

use super::EditError;
use crate::model::{Annotation, Article, ArticleId, Project, ProjectDetails, Provenance, Tag};
use crate::text::is_grapheme_boundary;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    AddAnnotation(Annotation),
    RemoveAnnotation(Annotation),
    /// Retag, note change or resize: the whole annotation before and after.
    UpdateAnnotation {
        before: Annotation,
        after: Annotation,
    },
    AddArticle {
        index: usize,
        article: Box<Article>,
    },
    RemoveArticle {
        index: usize,
        article: Box<Article>,
    },
    AddTag {
        index: usize,
        tag: Tag,
    },
    RemoveTag {
        index: usize,
        tag: Tag,
    },
    /// Rename, recolour, re-key or redefine a tag; the id stays.
    UpdateTag {
        index: usize,
        before: Tag,
        after: Tag,
    },
    MoveTag {
        from: usize,
        to: usize,
    },
    SetDetails {
        before: ProjectDetails,
        after: ProjectDetails,
    },
    /// The teacher states or corrects where an article came from; its text is untouched.
    SetArticleSource {
        article: ArticleId,
        before: Provenance,
        after: Provenance,
    },
    /// Several edits that undo as one, e.g. "delete tag and retag its annotations".
    Batch {
        label: String,
        edits: Vec<Edit>,
    },
}

impl Edit {
    /// The edit that undoes this one.
    pub fn invert(&self) -> Edit {
        match self {
            Edit::AddAnnotation(a) => Edit::RemoveAnnotation(a.clone()),
            Edit::RemoveAnnotation(a) => Edit::AddAnnotation(a.clone()),
            Edit::UpdateAnnotation { before, after } => Edit::UpdateAnnotation {
                before: after.clone(),
                after: before.clone(),
            },
            Edit::AddArticle { index, article } => Edit::RemoveArticle {
                index: *index,
                article: article.clone(),
            },
            Edit::RemoveArticle { index, article } => Edit::AddArticle {
                index: *index,
                article: article.clone(),
            },
            Edit::AddTag { index, tag } => Edit::RemoveTag {
                index: *index,
                tag: tag.clone(),
            },
            Edit::RemoveTag { index, tag } => Edit::AddTag {
                index: *index,
                tag: tag.clone(),
            },
            Edit::UpdateTag {
                index,
                before,
                after,
            } => Edit::UpdateTag {
                index: *index,
                before: after.clone(),
                after: before.clone(),
            },
            Edit::MoveTag { from, to } => Edit::MoveTag {
                from: *to,
                to: *from,
            },
            Edit::SetDetails { before, after } => Edit::SetDetails {
                before: after.clone(),
                after: before.clone(),
            },
            Edit::SetArticleSource {
                article,
                before,
                after,
            } => Edit::SetArticleSource {
                article: article.clone(),
                before: after.clone(),
                after: before.clone(),
            },
            Edit::Batch { label, edits } => Edit::Batch {
                label: label.clone(),
                edits: edits.iter().rev().map(Edit::invert).collect(),
            },
        }
    }

    /// A short description for menus: "Undo retag".
    pub fn label(&self) -> String {
        match self {
            Edit::AddAnnotation(_) => crate::t!("edit-label-add-annotation"),
            Edit::RemoveAnnotation(_) => crate::t!("edit-label-delete-annotation"),
            Edit::UpdateAnnotation { before, after } => {
                if before.tag != after.tag {
                    crate::t!("edit-label-retag")
                } else if before.range != after.range {
                    crate::t!("edit-label-resize")
                } else {
                    crate::t!("edit-label-edit-note")
                }
            }
            Edit::AddArticle { .. } => crate::t!("edit-label-add-article"),
            Edit::RemoveArticle { .. } => crate::t!("edit-label-remove-article"),
            Edit::AddTag { .. } => crate::t!("edit-label-add-tag"),
            Edit::RemoveTag { .. } => crate::t!("edit-label-delete-tag"),
            Edit::UpdateTag { .. } => crate::t!("edit-label-change-tag"),
            Edit::MoveTag { .. } => crate::t!("edit-label-reorder-tags"),
            Edit::SetDetails { .. } => crate::t!("edit-label-edit-details"),
            Edit::SetArticleSource { .. } => crate::t!("edit-label-edit-source"),
            Edit::Batch { label, .. } => label.clone(),
        }
    }

    /// Applies the edit, or changes nothing and says why not.
    pub fn apply(&self, project: &mut Project) -> Result<(), EditError> {
        self.check(project)?;
        self.apply_checked(project)?;
        #[cfg(debug_assertions)]
        {
            let broken = project.check_invariants();
            debug_assert!(broken.is_empty(), "{self:?} broke {broken:?}");
        }
        Ok(())
    }

    /// Preconditions, checked before anything changes (a batch is checked as it goes and
    /// rolled back on failure, see `apply_checked`).
    fn check(&self, project: &Project) -> Result<(), EditError> {
        match self {
            Edit::AddAnnotation(a) => {
                if project.annotation(a.id).is_some() {
                    return Err(EditError::AnnotationExists(a.id));
                }
                check_annotation(project, a)
            }
            Edit::RemoveAnnotation(a) => match project.annotation(a.id) {
                None => Err(EditError::NoSuchAnnotation(a.id)),
                Some(current) if current != a => Err(EditError::StaleAnnotation(a.id)),
                Some(_) => Ok(()),
            },
            Edit::UpdateAnnotation { before, after } => {
                match project.annotation(before.id) {
                    None => return Err(EditError::NoSuchAnnotation(before.id)),
                    Some(current) if current != before => {
                        return Err(EditError::StaleAnnotation(before.id));
                    }
                    Some(_) => {}
                }
                if after.id != before.id {
                    return Err(EditError::Stale);
                }
                check_annotation(project, after)
            }
            Edit::AddArticle { index, article } => {
                if project.article(article.id()).is_some() {
                    return Err(EditError::ArticleExists(article.id().clone()));
                }
                if *index > project.articles.len() {
                    return Err(EditError::BadIndex(*index));
                }
                Ok(())
            }
            Edit::RemoveArticle { index, article } => {
                match project.articles.get(*index) {
                    Some(current) if current == article.as_ref() => {}
                    _ => return Err(EditError::Stale),
                }
                let used = project
                    .annotations
                    .iter()
                    .filter(|a| &a.article == article.id())
                    .count();
                if used > 0 {
                    return Err(EditError::ArticleInUse(article.id().clone(), used));
                }
                Ok(())
            }
            Edit::AddTag { index, tag } => {
                if tag.id.0.trim().is_empty() {
                    return Err(EditError::EmptyTagId);
                }
                if project.tags.get(&tag.id).is_some() {
                    return Err(EditError::TagExists(tag.id.clone()));
                }
                if *index > project.tags.len() {
                    return Err(EditError::BadIndex(*index));
                }
                check_key_free(project, tag, None)
            }
            Edit::RemoveTag { index, tag } => {
                if project.tags.as_slice().get(*index) != Some(tag) {
                    return Err(EditError::Stale);
                }
                let used = project
                    .annotations
                    .iter()
                    .filter(|a| a.tag == tag.id)
                    .count();
                if used > 0 {
                    return Err(EditError::TagInUse(tag.id.clone(), used));
                }
                Ok(())
            }
            Edit::UpdateTag {
                index,
                before,
                after,
            } => {
                if project.tags.as_slice().get(*index) != Some(before) || after.id != before.id {
                    return Err(EditError::Stale);
                }
                check_key_free(project, after, Some(*index))
            }
            Edit::MoveTag { from, to } => {
                let len = project.tags.len();
                if *from >= len {
                    return Err(EditError::BadIndex(*from));
                }
                if *to >= len {
                    return Err(EditError::BadIndex(*to));
                }
                Ok(())
            }
            Edit::SetDetails { before, .. } => {
                if &project.details != before {
                    return Err(EditError::Stale);
                }
                Ok(())
            }
            Edit::SetArticleSource {
                article, before, ..
            } => match project.article(article) {
                None => Err(EditError::NoSuchArticle(article.clone())),
                Some(current) if current.provenance() != before => Err(EditError::Stale),
                Some(_) => Ok(()),
            },
            Edit::Batch { .. } => Ok(()),
        }
    }

    fn apply_checked(&self, project: &mut Project) -> Result<(), EditError> {
        match self {
            Edit::AddAnnotation(a) => {
                let at = project.annotations.partition_point(|x| x.id < a.id);
                project.annotations.insert(at, a.clone());
            }
            Edit::RemoveAnnotation(a) => {
                if let Some(i) = project.annotation_index(a.id) {
                    project.annotations.remove(i);
                }
            }
            Edit::UpdateAnnotation { after, .. } => {
                if let Some(i) = project.annotation_index(after.id) {
                    project.annotations[i] = after.clone();
                }
            }
            Edit::AddArticle { index, article } => {
                project.articles.insert(*index, article.as_ref().clone());
            }
            Edit::RemoveArticle { index, .. } => {
                project.articles.remove(*index);
            }
            Edit::AddTag { index, tag } => project.tags.insert(*index, tag.clone()),
            Edit::RemoveTag { index, .. } => {
                project.tags.remove(*index);
            }
            Edit::UpdateTag { index, after, .. } => project.tags.replace(*index, after.clone()),
            Edit::MoveTag { from, to } => project.tags.move_tag(*from, *to),
            Edit::SetDetails { after, .. } => project.details = after.clone(),
            Edit::SetArticleSource { article, after, .. } => {
                if let Some(slot) = project.articles.iter_mut().find(|a| a.id() == article) {
                    *slot = slot.clone().with_provenance(after.clone());
                }
            }
            Edit::Batch { edits, .. } => {
                for (done, edit) in edits.iter().enumerate() {
                    let result = edit
                        .check(project)
                        .and_then(|()| edit.apply_checked(project));
                    if let Err(err) = result {
                        // Roll back what this batch already did, newest first.
                        for applied in edits.iter().take(done).rev() {
                            applied.invert().apply_checked(project)?;
                        }
                        return Err(err);
                    }
                }
            }
        }
        Ok(())
    }
}

fn check_annotation(project: &Project, a: &Annotation) -> Result<(), EditError> {
    let article = project
        .article(&a.article)
        .ok_or_else(|| EditError::NoSuchArticle(a.article.clone()))?;
    if project.tags.get(&a.tag).is_none() {
        return Err(EditError::NoSuchTag(a.tag.clone()));
    }
    if a.range.is_empty() {
        return Err(EditError::EmptySelection);
    }
    if a.range.end.0 > article.text().len() {
        return Err(EditError::OutOfRange);
    }
    if !is_grapheme_boundary(article.text(), a.range.start)
        || !is_grapheme_boundary(article.text(), a.range.end)
    {
        return Err(EditError::SplitsCharacter);
    }
    Ok(())
}

fn check_key_free(project: &Project, tag: &Tag, except: Option<usize>) -> Result<(), EditError> {
    let Some(key) = tag.key else { return Ok(()) };
    let clash = project
        .tags
        .iter()
        .enumerate()
        .find(|(i, t)| Some(*i) != except && t.key == Some(key));
    match clash {
        Some((_, other)) => Err(EditError::KeyTaken {
            key,
            by: other.name.clone(),
        }),
        None => Ok(()),
    }
}
