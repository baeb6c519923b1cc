//! Why an edit was refused, in words a student or teacher can act on.

use crate::model::{AnnotationId, ArticleId, TagId};
use crate::t;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    NoSuchAnnotation(AnnotationId),
    AnnotationExists(AnnotationId),
    StaleAnnotation(AnnotationId),
    NoSuchArticle(ArticleId),
    ArticleExists(ArticleId),
    ArticleInUse(ArticleId, usize),
    NoSuchTag(TagId),
    TagExists(TagId),
    KeyTaken { key: char, by: String },
    EmptyTagId,
    TagInUse(TagId, usize),
    EmptySelection,
    OutOfRange,
    SplitsCharacter,
    BadIndex(usize),
    Stale,
    BadAlternative(AnnotationId, AnnotationId),
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use EditError as E;
        let message = match self {
            E::NoSuchAnnotation(id) => t!("edit-no-such-annotation", id = id.to_string()),
            E::AnnotationExists(id) => t!("edit-annotation-exists", id = id.to_string()),
            E::StaleAnnotation(id) => t!("edit-stale-annotation", id = id.to_string()),
            E::NoSuchArticle(id) => t!("edit-no-such-article", id = id.to_string()),
            E::ArticleExists(id) => t!("edit-article-exists", id = id.to_string()),
            E::ArticleInUse(id, count) => {
                t!("edit-article-in-use", id = id.to_string(), count = *count)
            }
            E::NoSuchTag(id) => t!("edit-no-such-tag", id = id.to_string()),
            E::TagExists(id) => t!("edit-tag-exists", id = id.to_string()),
            E::KeyTaken { key, by } => {
                t!("edit-key-taken", key = key.to_string(), by = by.as_str())
            }
            E::EmptyTagId => t!("edit-empty-tag-id"),
            E::TagInUse(id, count) => t!("edit-tag-in-use", id = id.to_string(), count = *count),
            E::EmptySelection => t!("edit-empty-selection"),
            E::OutOfRange => t!("edit-out-of-range"),
            E::SplitsCharacter => t!("edit-splits-character"),
            E::BadIndex(index) => t!("edit-bad-index", index = index.to_string()),
            E::Stale => t!("edit-stale"),
            E::BadAlternative(id, of) => t!(
                "edit-bad-alternative",
                id = id.to_string(),
                of = of.to_string()
            ),
        };
        f.write_str(&message)
    }
}

impl std::error::Error for EditError {}
