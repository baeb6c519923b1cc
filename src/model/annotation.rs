//! One highlighted passage with its tag.

use jiff::Timestamp;

use super::{ArticleId, TagId};
use crate::text::ByteRange;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AnnotationId(pub u64);

impl std::fmt::Display for AnnotationId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{}", self.0)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Annotation {
    pub id: AnnotationId,
    pub article: ArticleId,
    /// Byte range into the article text, on grapheme boundaries, never empty.
    pub range: ByteRange,
    pub tag: TagId,
    /// Empty when the student wrote no note.
    pub note: String,
    pub author: String,
    pub created: Timestamp,
    pub modified: Timestamp,
}
