//! Why an edit was refused, in words a student or teacher can act on.

use crate::model::{AnnotationId, ArticleId, TagId};

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("there is no annotation {0}")]
    NoSuchAnnotation(AnnotationId),
    #[error("annotation {0} already exists")]
    AnnotationExists(AnnotationId),
    #[error("annotation {0} changed since this edit was made")]
    StaleAnnotation(AnnotationId),
    #[error("there is no article \"{0}\" in this project")]
    NoSuchArticle(ArticleId),
    #[error("an article with id \"{0}\" is already in this project")]
    ArticleExists(ArticleId),
    #[error("article \"{0}\" still has {1} annotation(s); remove them first")]
    ArticleInUse(ArticleId, usize),
    #[error("there is no tag \"{0}\" in this project's tag set")]
    NoSuchTag(TagId),
    #[error("a tag with id \"{0}\" already exists")]
    TagExists(TagId),
    #[error("key '{key}' is already used by tag \"{by}\"; choose another key")]
    KeyTaken { key: char, by: String },
    #[error("the tag id cannot be empty")]
    EmptyTagId,
    #[error(
        "tag \"{0}\" is used by {1} annotation(s); choose a tag to move them to, or delete them"
    )]
    TagInUse(TagId, usize),
    #[error("the selection is empty (or only white space); select some text first")]
    EmptySelection,
    #[error("the selection is outside the article text")]
    OutOfRange,
    #[error("the selection starts or ends inside a character")]
    SplitsCharacter,
    #[error("position {0} is not in the list")]
    BadIndex(usize),
    #[error("the project changed since this edit was made")]
    Stale,
    #[error(
        "{0} cannot be another reading of {1}: it must be a passage of the same article that is not itself another reading"
    )]
    BadAlternative(AnnotationId, AnnotationId),
}
