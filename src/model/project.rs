//! A project: the unit a student hands in and a teacher grades.

use std::collections::HashSet;

use super::{Annotation, AnnotationId, Article, ArticleId, TagSet};
use crate::text::is_grapheme_boundary;

/// What a project file is for. The same format serves all three.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Role {
    /// Handed out to students: articles, tags, instructions, usually no annotations.
    #[default]
    Assignment,
    /// The teacher's answer key.
    Key,
    /// A student's work.
    Submission,
}

impl Role {
    /// The role's name in the current language ("answer key", « corrigé »).
    pub fn label(self) -> String {
        crate::t!(match self {
            Role::Assignment => "role-assignment",
            Role::Key => "role-key",
            Role::Submission => "role-submission",
        })
    }
}

/// The parts of a project that are plain text fields.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ProjectDetails {
    pub title: String,
    /// Shown to students when they open the project.
    pub instructions: String,
    pub role: Role,
    /// The student (for a submission) or teacher who wrote it.
    pub author: String,
    /// The exercise's language, chosen by the teacher (`en`, `fr`; empty where the file
    /// says none): the language of its default tags and of the feedback pages.
    pub language: String,
}

impl ProjectDetails {
    /// The instructions a new exercise starts with, in `lang`: how to select and tag,
    /// what each default tag means, how to hand in.
    pub fn instructions_template(lang: crate::i18n::Lang) -> String {
        crate::i18n::message_in(lang, "tag-instructions-template", None)
    }

    /// The interface language of the exercise: its stated language where Marginalia has
    /// it, else English.
    pub fn lang(&self) -> crate::i18n::Lang {
        crate::i18n::Lang::from_code(&self.language).unwrap_or(crate::i18n::Lang::ENGLISH)
    }
}

/// A project. Change it only through [`crate::edit::Edit`]s so every change can be undone.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Project {
    pub(crate) details: ProjectDetails,
    pub(crate) tags: TagSet,
    pub(crate) articles: Vec<Article>,
    /// Sorted by id, ids unique.
    pub(crate) annotations: Vec<Annotation>,
}

/// A broken rule; the file loader turns these into messages with line numbers, and
/// debug builds assert there are none after every edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InvariantViolation {
    DuplicateArticleId(ArticleId),
    DuplicateTagId(String),
    DuplicateTagKey(char),
    EmptyTagId,
    DuplicateAnnotationId(AnnotationId),
    AnnotationsNotSorted,
    UnknownArticle(AnnotationId, ArticleId),
    UnknownTag(AnnotationId, String),
    EmptySpan(AnnotationId),
    SpanOutOfRange(AnnotationId),
    SpanSplitsCharacter(AnnotationId),
}

impl Project {
    pub fn new(details: ProjectDetails, tags: TagSet) -> Self {
        Self {
            details,
            tags,
            articles: Vec::new(),
            annotations: Vec::new(),
        }
    }

    /// Assembles a project from parts that were checked elsewhere (the file loader).
    /// Annotations are sorted by id.
    pub fn from_parts(
        details: ProjectDetails,
        tags: TagSet,
        articles: Vec<Article>,
        mut annotations: Vec<Annotation>,
    ) -> Self {
        annotations.sort_by_key(|a| a.id);
        Self {
            details,
            tags,
            articles,
            annotations,
        }
    }

    pub fn details(&self) -> &ProjectDetails {
        &self.details
    }

    pub fn title(&self) -> &str {
        &self.details.title
    }

    pub fn role(&self) -> Role {
        self.details.role
    }

    pub fn tags(&self) -> &TagSet {
        &self.tags
    }

    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    pub fn article(&self, id: &ArticleId) -> Option<&Article> {
        self.articles.iter().find(|a| a.id() == id)
    }

    /// All annotations, sorted by id.
    pub fn annotations(&self) -> &[Annotation] {
        &self.annotations
    }

    pub fn annotation(&self, id: AnnotationId) -> Option<&Annotation> {
        self.annotation_index(id).map(|i| &self.annotations[i])
    }

    pub(crate) fn annotation_index(&self, id: AnnotationId) -> Option<usize> {
        self.annotations.binary_search_by_key(&id, |a| a.id).ok()
    }

    /// Annotations of one article in reading order (start, then end, then id).
    pub fn annotations_in(&self, article: &ArticleId) -> Vec<&Annotation> {
        let mut list: Vec<&Annotation> = self
            .annotations
            .iter()
            .filter(|a| &a.article == article)
            .collect();
        list.sort_by_key(|a| (a.range.start, a.range.end, a.id));
        list
    }

    /// The id the next new annotation gets.
    pub fn next_annotation_id(&self) -> AnnotationId {
        AnnotationId(self.annotations.last().map_or(1, |a| a.id.0 + 1))
    }

    /// An article id not used yet, derived from `wanted`.
    pub fn unused_article_id(&self, wanted: &str) -> ArticleId {
        let base = if wanted.trim().is_empty() {
            "article"
        } else {
            wanted.trim()
        };
        let taken = |id: &str| self.articles.iter().any(|a| a.id().0 == id);
        if !taken(base) {
            return ArticleId(base.to_owned());
        }
        (2..)
            .map(|n| format!("{base}-{n}"))
            .find(|id| !taken(id))
            .map(ArticleId)
            .unwrap_or_else(|| ArticleId(base.to_owned()))
    }

    /// Every broken rule, in a stable order. Empty for a healthy project.
    pub fn check_invariants(&self) -> Vec<InvariantViolation> {
        use InvariantViolation as V;
        let mut found = Vec::new();
        let mut seen = HashSet::new();
        for article in &self.articles {
            if !seen.insert(article.id().clone()) {
                found.push(V::DuplicateArticleId(article.id().clone()));
            }
        }
        let mut tag_ids = HashSet::new();
        let mut keys = HashSet::new();
        for tag in self.tags.iter() {
            if tag.id.0.trim().is_empty() {
                found.push(V::EmptyTagId);
            }
            if !tag_ids.insert(tag.id.0.clone()) {
                found.push(V::DuplicateTagId(tag.id.0.clone()));
            }
            if let Some(key) = tag.key
                && !keys.insert(key)
            {
                found.push(V::DuplicateTagKey(key));
            }
        }
        for pair in self.annotations.windows(2) {
            match pair[0].id.cmp(&pair[1].id) {
                std::cmp::Ordering::Equal => found.push(V::DuplicateAnnotationId(pair[1].id)),
                std::cmp::Ordering::Greater => found.push(V::AnnotationsNotSorted),
                std::cmp::Ordering::Less => {}
            }
        }
        for a in &self.annotations {
            if self.tags.get(&a.tag).is_none() {
                found.push(V::UnknownTag(a.id, a.tag.0.clone()));
            }
            let Some(article) = self.article(&a.article) else {
                found.push(V::UnknownArticle(a.id, a.article.clone()));
                continue;
            };
            if a.range.is_empty() {
                found.push(V::EmptySpan(a.id));
            } else if a.range.end.0 > article.text().len() {
                found.push(V::SpanOutOfRange(a.id));
            } else if !is_grapheme_boundary(article.text(), a.range.start)
                || !is_grapheme_boundary(article.text(), a.range.end)
            {
                found.push(V::SpanSplitsCharacter(a.id));
            }
        }
        found
    }
}
