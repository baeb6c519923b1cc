//! Constructors that turn what a person asked for into a checked [`Edit`].
//!
//! They snap selections to grapheme clusters, trim white space, stamp times and compose
//! batches (removing a tag that is in use), so views stay thin.

use jiff::Timestamp;

use super::{Edit, EditError};
use crate::model::{Annotation, AnnotationId, Article, ArticleId, Project, Tag, TagId};
use crate::text::{ByteRange, snap_to_graphemes, trim_whitespace};

/// Tags a selection: snaps it outwards to whole characters, trims white space at its ends.
pub fn add_annotation(
    project: &Project,
    article: &ArticleId,
    selection: ByteRange,
    tag: &TagId,
    author: &str,
    now: Timestamp,
) -> Result<Edit, EditError> {
    let text = project
        .article(article)
        .ok_or_else(|| EditError::NoSuchArticle(article.clone()))?
        .text();
    if selection.start.0.max(selection.end.0) > text.len() {
        return Err(EditError::OutOfRange);
    }
    let range = trim_whitespace(text, snap_to_graphemes(text, selection));
    if range.is_empty() {
        return Err(EditError::EmptySelection);
    }
    if project.tags().get(tag).is_none() {
        return Err(EditError::NoSuchTag(tag.clone()));
    }
    Ok(Edit::AddAnnotation(Annotation {
        id: project.next_annotation_id(),
        article: article.clone(),
        range,
        tag: tag.clone(),
        note: String::new(),
        author: author.to_owned(),
        created: now,
        modified: now,
        key: Default::default(),
    }))
}

fn update(
    project: &Project,
    id: AnnotationId,
    now: Timestamp,
    change: impl FnOnce(&mut Annotation) -> Result<(), EditError>,
) -> Result<Edit, EditError> {
    let before = project
        .annotation(id)
        .ok_or(EditError::NoSuchAnnotation(id))?
        .clone();
    let mut after = before.clone();
    change(&mut after)?;
    after.modified = now;
    Ok(Edit::UpdateAnnotation { before, after })
}

pub fn retag(
    project: &Project,
    id: AnnotationId,
    tag: &TagId,
    now: Timestamp,
) -> Result<Edit, EditError> {
    if project.tags().get(tag).is_none() {
        return Err(EditError::NoSuchTag(tag.clone()));
    }
    update(project, id, now, |a| {
        a.tag = tag.clone();
        Ok(())
    })
}

/// Sets the note; line endings are normalised so files stay clean.
/// Sets how an answer key's passage counts (optional, points, another reading of a
/// passage). An alternative must point at a passage of the same article that is not an
/// alternative itself, and a passage that has alternatives cannot become one.
pub fn set_key_passage(
    project: &Project,
    id: AnnotationId,
    key: crate::model::KeyPassage,
    now: Timestamp,
) -> Result<Edit, EditError> {
    if let Some(of) = key.alternative_of {
        let this = project
            .annotation(id)
            .ok_or(EditError::NoSuchAnnotation(id))?;
        let target_fits = project.annotation(of).is_some_and(|t| {
            t.id != id && t.article == this.article && t.key.alternative_of.is_none()
        });
        let has_alternatives = project
            .annotations()
            .iter()
            .any(|a| a.key.alternative_of == Some(id));
        if !target_fits || has_alternatives {
            return Err(EditError::BadAlternative(id, of));
        }
    }
    update(project, id, now, |a| {
        a.key = key;
        Ok(())
    })
}

pub fn set_note(
    project: &Project,
    id: AnnotationId,
    note: &str,
    now: Timestamp,
) -> Result<Edit, EditError> {
    let note = crate::text::normalize_newlines(note);
    update(project, id, now, |a| {
        a.note = note;
        Ok(())
    })
}

pub fn resize(
    project: &Project,
    id: AnnotationId,
    selection: ByteRange,
    now: Timestamp,
) -> Result<Edit, EditError> {
    let article_id = project
        .annotation(id)
        .ok_or(EditError::NoSuchAnnotation(id))?
        .article
        .clone();
    let text = project
        .article(&article_id)
        .ok_or_else(|| EditError::NoSuchArticle(article_id.clone()))?
        .text();
    if selection.start.0.max(selection.end.0) > text.len() {
        return Err(EditError::OutOfRange);
    }
    let range = trim_whitespace(text, snap_to_graphemes(text, selection));
    if range.is_empty() {
        return Err(EditError::EmptySelection);
    }
    update(project, id, now, |a| {
        a.range = range;
        Ok(())
    })
}

pub fn remove_annotation(project: &Project, id: AnnotationId) -> Result<Edit, EditError> {
    let a = project
        .annotation(id)
        .ok_or(EditError::NoSuchAnnotation(id))?;
    Ok(Edit::RemoveAnnotation(a.clone()))
}

/// Adds an article at the end, renaming its id if it is taken.
pub fn add_article(project: &Project, article: Article) -> Edit {
    let id = project.unused_article_id(&article.id().0);
    Edit::AddArticle {
        index: project.articles().len(),
        article: Box::new(article.with_id(id)),
    }
}

/// Removes an article and every annotation on it, as one undoable step.
pub fn remove_article(project: &Project, id: &ArticleId) -> Result<Edit, EditError> {
    let index = project
        .articles()
        .iter()
        .position(|a| a.id() == id)
        .ok_or_else(|| EditError::NoSuchArticle(id.clone()))?;
    let mut edits: Vec<Edit> = project
        .annotations()
        .iter()
        .filter(|a| &a.article == id)
        .map(|a| Edit::RemoveAnnotation(a.clone()))
        .collect();
    edits.push(Edit::RemoveArticle {
        index,
        article: Box::new(project.articles()[index].clone()),
    });
    Ok(Edit::Batch {
        label: crate::t!("edit-label-remove-article"),
        edits,
    })
}

pub fn add_tag(project: &Project, tag: Tag) -> Edit {
    Edit::AddTag {
        index: project.tags().len(),
        tag,
    }
}

/// Changes a tag's name, colour, key or definition (its id stays, so annotations keep it).
pub fn update_tag(project: &Project, after: Tag) -> Result<Edit, EditError> {
    let index = project
        .tags()
        .position(&after.id)
        .ok_or_else(|| EditError::NoSuchTag(after.id.clone()))?;
    Ok(Edit::UpdateTag {
        index,
        before: project.tags().as_slice()[index].clone(),
        after,
    })
}

pub fn move_tag(project: &Project, id: &TagId, to: usize) -> Result<Edit, EditError> {
    let from = project
        .tags()
        .position(id)
        .ok_or_else(|| EditError::NoSuchTag(id.clone()))?;
    if to >= project.tags().len() {
        return Err(EditError::BadIndex(to));
    }
    Ok(Edit::MoveTag { from, to })
}

/// What to do with the annotations of a tag that is being removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OrphanPolicy {
    /// Refuse if any annotation uses the tag.
    Refuse,
    /// Move them to another tag.
    RetagTo(TagId),
    /// Delete them.
    Delete,
}

pub fn remove_tag(
    project: &Project,
    id: &TagId,
    policy: OrphanPolicy,
    now: Timestamp,
) -> Result<Edit, EditError> {
    let index = project
        .tags()
        .position(id)
        .ok_or_else(|| EditError::NoSuchTag(id.clone()))?;
    let users: Vec<&Annotation> = project
        .annotations()
        .iter()
        .filter(|a| &a.tag == id)
        .collect();
    let mut edits = Vec::new();
    match (&policy, users.is_empty()) {
        (_, true) => {}
        (OrphanPolicy::Refuse, false) => return Err(EditError::TagInUse(id.clone(), users.len())),
        (OrphanPolicy::RetagTo(to), false) => {
            if to == id || project.tags().get(to).is_none() {
                return Err(EditError::NoSuchTag(to.clone()));
            }
            for a in users {
                edits.push(retag(project, a.id, to, now)?);
            }
        }
        (OrphanPolicy::Delete, false) => {
            edits.extend(users.into_iter().map(|a| Edit::RemoveAnnotation(a.clone())));
        }
    }
    edits.push(Edit::RemoveTag {
        index,
        tag: project.tags().as_slice()[index].clone(),
    });
    Ok(Edit::Batch {
        label: crate::t!("edit-label-delete-tag"),
        edits,
    })
}
