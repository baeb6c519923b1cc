//! The serde types of project files, one set per format version.
//!
//! Version 1 is the first published format. Version 2 adds where each article came from
//! (`outlet`, `authors`, `published`, `url`, `language`); everything else is as in
//! version 1, so the version 2 types reuse the version 1 ones for tags and annotations.
//! Version 3 adds, on an answer key's annotations, how each passage counts (`optional`,
//! `points`, `alternative_of`); it is read with the version 2 types (the fields are
//! absent from older files), and a version 2 Marginalia refuses it, as it must: it would
//! grade alternatives as passages of their own.
//! A version 1 file is read as [`ProjectFileV1`] and migrated with `From`; files are
//! always written in [`CURRENT_VERSION`].

use serde::{Deserialize, Serialize};

use crate::model::Role;

/// Written as `format:` so a stray RON file is recognised as "not a project".
pub const FORMAT_NAME: &str = "marginalia-project";
pub const CURRENT_VERSION: u32 = 3;
/// Written as `offsets:` so a reader of the file knows the unit without our docs.
pub const OFFSET_UNIT: &str = "unicode-scalar-values";

/// Read first, to decide how to read the rest (unknown fields are ignored).
#[derive(Deserialize)]
pub struct Header {
    #[serde(default)]
    pub format: Option<String>,
    #[serde(default)]
    pub version: Option<u32>,
}

/// A project file whose articles are of type `A`: the one thing versions 1 and 2 write
/// differently, so one struct serves both.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProjectFile<A> {
    pub format: String,
    pub version: u32,
    #[serde(default)]
    pub offsets: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub role: RoleV1,
    #[serde(default)]
    pub author: String,
    #[serde(default)]
    pub instructions: String,
    /// The exercise's language (`en`, `fr`): written only where the teacher set one, so
    /// older files and older readers are untouched (readers ignore unknown fields).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub language: String,
    #[serde(default)]
    pub tags: Vec<TagV1>,
    #[serde(default)]
    pub annotations: Vec<AnnotationV1>,
    #[serde(default = "Vec::new")]
    pub articles: Vec<A>,
}

/// Version 1: articles without their sources.
pub type ProjectFileV1 = ProjectFile<ArticleV1>;
/// Version 2: articles with their sources.
pub type ProjectFileV2 = ProjectFile<ArticleV2>;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum RoleV1 {
    #[default]
    Assignment,
    Key,
    Submission,
}

impl From<RoleV1> for Role {
    fn from(role: RoleV1) -> Self {
        match role {
            RoleV1::Assignment => Role::Assignment,
            RoleV1::Key => Role::Key,
            RoleV1::Submission => Role::Submission,
        }
    }
}

impl From<Role> for RoleV1 {
    fn from(role: Role) -> Self {
        match role {
            Role::Assignment => RoleV1::Assignment,
            Role::Key => RoleV1::Key,
            Role::Submission => RoleV1::Submission,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TagV1 {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// `"#RRGGBB"`.
    #[serde(default)]
    pub color: String,
    /// One character, e.g. `"1"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleV1 {
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default)]
    pub encoding: String,
    /// SHA-256 of `text`, lower-case hex.
    #[serde(default)]
    pub sha256: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnnotationV1 {
    pub id: u64,
    pub article: String,
    /// Code points from the start of the article text.
    pub start: u64,
    /// Exclusive.
    pub end: u64,
    pub tag: String,
    #[serde(default)]
    pub quote: QuoteV1,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default)]
    pub author: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    /// Version 3, answer keys: no penalty when missed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    /// Version 3, answer keys: what the passage is worth (1 when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<u32>,
    /// Version 3, answer keys: the id of the passage this is another reading of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternative_of: Option<u64>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuoteV1 {
    pub exact: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
}

/// An article in version 2: its source comes before its text, so a person opening the
/// file reads who published it before the article itself.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleV2 {
    pub id: String,
    #[serde(default)]
    pub title: String,
    /// The file it was imported from (its name only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default)]
    pub encoding: String,
    /// SHA-256 of `text`, lower-case hex.
    #[serde(default)]
    pub sha256: String,
    pub text: String,
}

/// Migration: a version 1 file states no sources; everything else carries over as it is.
impl From<ProjectFileV1> for ProjectFileV2 {
    fn from(v1: ProjectFileV1) -> Self {
        ProjectFile {
            format: v1.format,
            version: 2,
            offsets: v1.offsets,
            title: v1.title,
            role: v1.role,
            author: v1.author,
            instructions: v1.instructions,
            language: v1.language,
            tags: v1.tags,
            annotations: v1.annotations,
            articles: v1.articles.into_iter().map(ArticleV2::from).collect(),
        }
    }
}

impl From<ArticleV1> for ArticleV2 {
    fn from(v1: ArticleV1) -> Self {
        ArticleV2 {
            id: v1.id,
            title: v1.title,
            source: v1.source,
            outlet: None,
            authors: Vec::new(),
            published: None,
            url: None,
            language: None,
            encoding: v1.encoding,
            sha256: v1.sha256,
            text: v1.text,
        }
    }
}
