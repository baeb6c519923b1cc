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
    /// How the passage counts when this annotation is in an answer key (ignored in
    /// other files).
    pub key: KeyPassage,
}

/// How a passage of an answer key counts in grading (docs/grading.md, "Flexible keys").
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KeyPassage {
    /// No penalty when a student misses it; credit when they find it.
    pub optional: bool,
    /// What it is worth; `None` is 1.
    pub points: Option<u32>,
    /// Another reading of that passage of the key: a student who highlights either
    /// has found the passage (it is graded once, with that passage's tag and points).
    pub alternative_of: Option<AnnotationId>,
}

impl KeyPassage {
    /// Points as a weight (1 when not set).
    pub fn weight(&self) -> f64 {
        f64::from(self.points.unwrap_or(1))
    }
}
