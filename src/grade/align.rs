//! Pairing a submission's articles with the key's, and placing its highlights on the
//! key's text.
//!
//! Articles are paired by content hash first (the normal case: both came from the same
//! assignment). An article whose text differs (re-imported, edited, another version) is
//! paired by id, then by title, and each highlight is re-anchored on the key's text by its
//! quoted words and their context, like a moved annotation in the workspace. Whatever
//! cannot be placed is reported by name, never silently dropped.

use std::collections::HashMap;

use super::matching::Span;
use crate::anchor::{TextQuote, locate};
use crate::model::{AnnotationId, Article, Project};
use crate::t;
use crate::text::{CharRange, shorten};

/// A student's highlight, placed on the key's text.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedSpan {
    pub span: Span,
    pub annotation: AnnotationId,
    /// The tag id as written in the submission (shown when the key lacks it).
    pub tag_id: String,
    pub note: String,
    /// True when the span was found by its quote rather than its stored position.
    pub moved: bool,
}

/// A submission seen through the key's articles.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Aligned {
    /// One entry per key article, in the key's order; `None` when the submission does
    /// not have that article.
    pub articles: Vec<Option<Vec<PlacedSpan>>>,
    /// Sentences for the teacher.
    pub problems: Vec<String>,
}

/// Places `submission`'s highlights on `key`'s articles.
pub fn align(key: &Project, submission: &Project) -> Aligned {
    let tag_index: HashMap<&str, usize> = key
        .tags()
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.0.as_str(), i))
        .collect();
    let mut used = vec![false; submission.articles().len()];
    let mut aligned = Aligned::default();
    let mut unknown_tags: std::collections::BTreeMap<String, usize> = Default::default();

    for key_article in key.articles() {
        let position = pair(key_article, submission.articles(), &used);
        let Some(position) = position else {
            let expected = key.annotations_in(key_article.id()).len();
            aligned.problems.push(t!(
                "grade-article-missing",
                title = key_article.title(),
                count = expected
            ));
            aligned.articles.push(None);
            continue;
        };
        used[position] = true;
        let student_article = &submission.articles()[position];
        let same_text = student_article.sha256() == key_article.sha256();
        let mut placed = Vec::new();
        let mut lost = Vec::new();
        for annotation in submission.annotations_in(student_article.id()) {
            let tag = tag_index.get(annotation.tag.0.as_str()).copied();
            if tag.is_none() {
                *unknown_tags.entry(annotation.tag.0.clone()).or_default() += 1;
            }
            let range = if same_text {
                student_article
                    .to_chars(annotation.range)
                    .map(|r| (r, false))
            } else {
                reanchor(student_article, key_article, annotation.range)
            };
            match range {
                Some((range, moved)) => placed.push(PlacedSpan {
                    span: Span { range, tag },
                    annotation: annotation.id,
                    tag_id: annotation.tag.0.clone(),
                    note: annotation.note.clone(),
                    moved,
                }),
                None => lost.push(
                    student_article
                        .slice(annotation.range)
                        .map(|q| shorten(q, 60))
                        .unwrap_or_default(),
                ),
            }
        }
        if !same_text {
            let total = placed.len() + lost.len();
            let message = if lost.is_empty() {
                t!(
                    "grade-article-text-differs",
                    title = key_article.title(),
                    placed = placed.len(),
                    count = total
                )
            } else {
                let quotes: Vec<String> = lost
                    .iter()
                    .map(|q| t!("grade-quoted", quote = q.as_str()))
                    .collect();
                t!(
                    "grade-article-text-differs-lost",
                    title = key_article.title(),
                    placed = placed.len(),
                    count = total,
                    lost = lost.len(),
                    quotes = quotes.join(&t!("grade-list-separator"))
                )
            };
            aligned.problems.push(message);
        }
        aligned.articles.push(Some(placed));
    }

    for (article, used) in submission.articles().iter().zip(&used) {
        if !used {
            let count = submission.annotations_in(article.id()).len();
            aligned.problems.push(t!(
                "grade-article-not-in-key",
                title = article.title(),
                count = count
            ));
        }
    }
    for (tag, count) in unknown_tags {
        aligned.problems.push(t!(
            "grade-unknown-tag",
            count = count,
            tag = tag.as_str(),
            rule = super::score::unknown_tag_rule()
        ));
    }
    aligned
}

/// The submission article that corresponds to `key_article`: same text, else same id,
/// else same title; each submission article is used once.
fn pair(key_article: &Article, candidates: &[Article], used: &[bool]) -> Option<usize> {
    let free = |pred: &dyn Fn(&Article) -> bool| {
        candidates
            .iter()
            .enumerate()
            .find(|(i, a)| !used[*i] && pred(a))
            .map(|(i, _)| i)
    };
    free(&|a| a.sha256() == key_article.sha256())
        .or_else(|| free(&|a| a.id() == key_article.id()))
        .or_else(|| {
            free(&|a| {
                !a.title().trim().is_empty() && a.title().trim() == key_article.title().trim()
            })
        })
}

/// `range` (bytes in `from`) placed on `to` by its quote and context; the same code-point
/// position in `to` is tried first.
fn reanchor(
    from: &Article,
    to: &Article,
    range: crate::text::ByteRange,
) -> Option<(CharRange, bool)> {
    let quote = TextQuote::of(from.text(), range);
    let hint = from.to_chars(range).and_then(|chars| to.to_bytes(chars));
    let anchor = locate(to.text(), &quote, hint)?;
    let chars = to.to_chars(anchor.range())?;
    Some((chars, matches!(anchor, crate::anchor::Anchor::Moved(_))))
}
