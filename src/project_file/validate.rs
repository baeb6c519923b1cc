//! Every rule of the model, checked on a parsed file: broken parts are reported with their
//! line and column and left out (errors) or repaired (warnings), never silently dropped.

use std::collections::HashSet;

use jiff::Timestamp;

use super::format::{AnnotationV1, ArticleV2, ProjectFileV2, TagV1};
use super::load::Loaded;
use super::locate::Locator;
use super::{Problem, Severity};
use crate::anchor::{Anchor, TextQuote, locate};
use crate::model::{
    Annotation, AnnotationId, Article, ArticleId, Project, ProjectDetails, Provenance, Rgb, Tag,
    TagId, TagSet,
};
use crate::t;
use crate::text::{
    CharRange, is_grapheme_boundary, normalize_line_endings, shorten, snap_to_graphemes,
};

/// Builds the project from a parsed file, checking every rule; broken parts are reported
/// and left out (errors) or repaired (warnings).
pub(super) fn from_file(file: ProjectFileV2, at: &Locator) -> Loaded {
    let mut problems = Vec::new();
    let tags = load_tags(&file.tags, at, &mut problems);
    let articles = load_articles(file.articles, at, &mut problems);
    let annotations = load_annotations(&file.annotations, &articles, &tags, at, &mut problems);
    let details = ProjectDetails {
        title: file.title,
        instructions: crate::text::normalize_newlines(&file.instructions),
        role: file.role.into(),
        author: file.author,
        language: file.language,
    };
    problems.sort_by_key(|p| (p.position.is_none(), p.position));
    Loaded {
        project: Project::from_parts(details, tags, articles, annotations),
        problems,
    }
}

fn load_tags(tags: &[TagV1], at: &Locator, problems: &mut Vec<Problem>) -> TagSet {
    let mut out: Vec<Tag> = Vec::new();
    let mut keys = HashSet::new();
    for t in tags {
        let pos = at.string_id(&t.id, 0);
        if t.id.trim().is_empty() {
            problems.push(Problem::error(
                pos,
                t!("file-tag-empty-id", name = t.name.as_str()),
            ));
            continue;
        }
        if out.iter().any(|x| x.id.0 == t.id) {
            problems.push(Problem::error(
                at.string_id(&t.id, 1),
                t!("file-tag-id-twice", id = t.id.as_str()),
            ));
            continue;
        }
        let color = t.color.parse::<Rgb>().unwrap_or_else(|_| {
            problems.push(Problem::warning(
                pos,
                t!(
                    "file-tag-bad-color",
                    id = t.id.as_str(),
                    color = t.color.as_str()
                ),
            ));
            Rgb(0x80, 0x80, 0x80)
        });
        let key = match t.key.as_deref().map(|k| {
            let mut chars = k.chars();
            (chars.next(), chars.next())
        }) {
            None | Some((None, _)) => None,
            Some((Some(c), None)) if keys.insert(c) => Some(c),
            Some((Some(c), None)) => {
                problems.push(Problem::warning(
                    pos,
                    t!(
                        "file-tag-key-taken",
                        id = t.id.as_str(),
                        key = c.to_string()
                    ),
                ));
                None
            }
            Some(_) => {
                problems.push(Problem::warning(
                    pos,
                    t!(
                        "file-tag-key-too-long",
                        id = t.id.as_str(),
                        key = t.key.as_deref().unwrap_or_default()
                    ),
                ));
                None
            }
        };
        let name = if t.name.trim().is_empty() {
            t.id.clone()
        } else {
            t.name.clone()
        };
        out.push(Tag {
            id: TagId(t.id.clone()),
            name,
            description: t.description.clone(),
            color,
            key,
        });
    }
    TagSet::from_tags(out)
}

fn load_articles(
    articles: Vec<ArticleV2>,
    at: &Locator,
    problems: &mut Vec<Problem>,
) -> Vec<Article> {
    let mut out: Vec<Article> = Vec::new();
    for a in articles {
        let pos = at.string_id(&a.id, 0);
        if a.id.trim().is_empty() {
            problems.push(Problem::error(
                pos,
                t!("file-article-empty-id", title = a.title.as_str()),
            ));
            continue;
        }
        if out.iter().any(|x| x.id().0 == a.id) {
            problems.push(Problem::error(
                at.string_id(&a.id, 1),
                t!("file-article-id-twice", id = a.id.as_str()),
            ));
            continue;
        }
        let provenance = Provenance {
            outlet: a.outlet,
            authors: a.authors,
            published: a.published,
            url: a.url,
            language: a.language,
        };
        let article = Article::new(
            ArticleId(a.id.clone()),
            a.title,
            a.source,
            a.encoding,
            &a.text,
        )
        .with_provenance(provenance);
        if !a.sha256.is_empty() && !a.sha256.eq_ignore_ascii_case(article.sha256()) {
            problems.push(Problem::warning(
                pos,
                t!("file-article-text-changed", id = a.id.as_str()),
            ));
        }
        out.push(article);
    }
    out
}

fn load_annotations(
    annotations: &[AnnotationV1],
    articles: &[Article],
    tags: &TagSet,
    at: &Locator,
    problems: &mut Vec<Problem>,
) -> Vec<Annotation> {
    let mut out = Vec::new();
    let mut ids = HashSet::new();
    for (index, a) in annotations.iter().enumerate() {
        let pos = at.annotation(index, annotations.len());
        let mut report = |severity: Severity, message: String| {
            let message = t!(
                "file-annotation-problem",
                id = a.id.to_string(),
                problem = message
            );
            problems.push(Problem {
                severity,
                position: pos,
                message,
            });
        };
        if !ids.insert(a.id) {
            report(Severity::Error, t!("file-annotation-id-twice"));
            continue;
        }
        let Some(article) = articles.iter().find(|x| x.id().0 == a.article) else {
            report(
                Severity::Error,
                t!("file-annotation-no-article", article = a.article.as_str()),
            );
            continue;
        };
        if tags.get(&TagId(a.tag.clone())).is_none() {
            let known: Vec<&str> = tags.iter().map(|t| t.id.0.as_str()).collect();
            report(
                Severity::Error,
                t!(
                    "file-annotation-unknown-tag",
                    tag = a.tag.as_str(),
                    known = known.join(", ")
                ),
            );
            continue;
        }
        let Some(range) = anchor_span(a, article, &mut report) else {
            continue;
        };
        let time = |s: &Option<String>, report: &mut dyn FnMut(Severity, String)| match s {
            None => Timestamp::UNIX_EPOCH,
            Some(s) => s.parse::<Timestamp>().unwrap_or_else(|_| {
                report(
                    Severity::Warning,
                    t!("file-annotation-bad-time", value = s.as_str()),
                );
                Timestamp::UNIX_EPOCH
            }),
        };
        let created = time(&a.created, &mut report);
        let modified = time(&a.modified, &mut report);
        out.push(Annotation {
            id: AnnotationId(a.id),
            article: article.id().clone(),
            range,
            tag: TagId(a.tag.clone()),
            note: a
                .note
                .as_deref()
                .map(crate::text::normalize_newlines)
                .unwrap_or_default(),
            author: a.author.clone(),
            created,
            modified,
            key: crate::model::KeyPassage {
                optional: a.optional,
                points: a.points.filter(|&p| p > 0),
                alternative_of: a.alternative_of.map(AnnotationId),
            },
        });
    }
    check_alternatives(&mut out, &mut |severity, message| {
        problems.push(Problem {
            severity,
            position: None,
            message,
        });
    });
    out
}

/// An alternative reading must point at a passage of the same article that is not
/// itself an alternative (one level: "any one of these counts"). One that does not is
/// kept as a passage of its own, and said so.
fn check_alternatives(annotations: &mut [Annotation], report: &mut dyn FnMut(Severity, String)) {
    let primaries: std::collections::HashMap<AnnotationId, (ArticleId, bool)> = annotations
        .iter()
        .map(|a| (a.id, (a.article.clone(), a.key.alternative_of.is_none())))
        .collect();
    for a in annotations.iter_mut() {
        let Some(of) = a.key.alternative_of else {
            continue;
        };
        let fine = of != a.id
            && primaries
                .get(&of)
                .is_some_and(|(article, primary)| *article == a.article && *primary);
        if !fine {
            report(
                Severity::Warning,
                t!(
                    "file-alternative-not-same-article",
                    id = a.id.0.to_string(),
                    of = of.0.to_string()
                ),
            );
            a.key.alternative_of = None;
        }
    }
}

/// Checks an annotation's span against its quote, re-anchoring by quote if needed.
fn anchor_span(
    a: &AnnotationV1,
    article: &Article,
    report: &mut dyn FnMut(Severity, String),
) -> Option<crate::text::ByteRange> {
    let len = article.offsets().char_len();
    let (start, end) = (a.start, a.end);
    if start > end {
        report(
            Severity::Error,
            t!(
                "file-span-reversed",
                start = start.to_string(),
                end = end.to_string()
            ),
        );
        return None;
    }
    if start == end {
        report(
            Severity::Error,
            t!(
                "file-span-empty",
                start = start.to_string(),
                end = end.to_string()
            ),
        );
        return None;
    }
    let hint = usize::try_from(start)
        .ok()
        .zip(usize::try_from(end).ok())
        .and_then(|(s, e)| article.to_bytes(CharRange::new(s, e)));
    let quote = TextQuote {
        exact: normalize_line_endings(&a.quote.exact),
        prefix: normalize_line_endings(&a.quote.prefix),
        suffix: normalize_line_endings(&a.quote.suffix),
    };
    let range = if quote.exact.is_empty() {
        // A hand-written annotation may leave the quote out: trust the position.
        match hint {
            Some(r) => r,
            None => {
                report(
                    Severity::Error,
                    t!(
                        "file-span-past-end-no-quote",
                        start = start.to_string(),
                        end = end.to_string(),
                        length = len.to_string()
                    ),
                );
                return None;
            }
        }
    } else {
        match locate(article.text(), &quote, hint) {
            Some(Anchor::AtPosition(r)) => r,
            Some(Anchor::Moved(r)) => {
                let now = article.to_chars(r).unwrap_or_default();
                report(
                    Severity::Warning,
                    t!(
                        "file-quote-moved",
                        start = start.to_string(),
                        end = end.to_string(),
                        quote = shorten(&quote.exact, 60),
                        new_start = now.start.0.to_string(),
                        new_end = now.end.0.to_string()
                    ),
                );
                r
            }
            None => {
                let found = hint.and_then(|r| article.slice(r)).map(|t| shorten(t, 60));
                let place = match found {
                    Some(text) => t!(
                        "file-quote-lost-text-there",
                        start = start.to_string(),
                        end = end.to_string(),
                        text = text
                    ),
                    None => t!(
                        "file-quote-lost-past-end",
                        start = start.to_string(),
                        end = end.to_string(),
                        length = len.to_string()
                    ),
                };
                report(
                    Severity::Error,
                    t!(
                        "file-quote-lost",
                        quote = shorten(&quote.exact, 60),
                        place = place
                    ),
                );
                return None;
            }
        }
    };
    let text = article.text();
    if !is_grapheme_boundary(text, range.start) || !is_grapheme_boundary(text, range.end) {
        let snapped = snap_to_graphemes(text, range);
        report(Severity::Warning, t!("file-span-inside-character"));
        return Some(snapped);
    }
    Some(range)
}
