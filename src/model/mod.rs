//! The in-memory model of an annotation project: articles, tags, annotations.
//!
//! Nothing here knows about files or windows. Offsets are [`crate::text::ByteRange`]s into
//! frozen article text; the project file converts them to code points at its edge.

mod annotation;
mod article;
mod color;
mod project;
mod provenance;
mod tags;

pub use annotation::{Annotation, AnnotationId, KeyPassage};
pub use article::{Article, ArticleId};
pub use color::Rgb;
pub use project::{InvariantViolation, Project, ProjectDetails, Role};
pub use provenance::Provenance;
pub use tags::{Tag, TagId, TagSet};
