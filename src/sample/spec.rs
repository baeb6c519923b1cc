//! Building the sample assignment and answer key from the seed articles and
//! `answer-key.spec` (`cargo run --example build_sample_exercise`).

use std::path::Path;

use jiff::Timestamp;

use super::SAMPLE_ARTICLES;
use crate::edit::{Edit, build};
use crate::model::{ArticleId, Project, ProjectDetails, Provenance, Role, TagId, TagSet};

pub const SAMPLE_INSTRUCTIONS: &str = "Read each of the three articles. Select a passage with the \
mouse (or Shift + arrow keys) and press a key to tag it:\n\
1 Claim: something presented as true that you could check.\n\
2 Rebuttal: a reply that denies or argues against a claim.\n\
3 Framing: words, labels, quotes or placement chosen to make you feel a certain way.\n\
4 Boilerplate: text that is not part of the story (donation appeals, comment rules, links).\n\
Add a note when you are unsure why. Save your work and hand in the file.";

/// What each seed article states about its own source, and nothing more: the seeds are
/// plain text without their pages, so no address or author is invented for them.
fn stated_source(id: &str) -> Provenance {
    let english = Some("en".to_owned());
    match id {
        // "Support rabble.ca for as little as $5 per month!" — a rabble.ca blog post.
        "press-secretary-profile" => Provenance {
            outlet: Some("rabble.ca".into()),
            language: english,
            ..Provenance::default()
        },
        // The statement opens with its date line, "January 25, 2021".
        "ministry-note-on-fakes" => Provenance {
            published: Some("2021-01-25".into()),
            language: english,
            ..Provenance::default()
        },
        _ => Provenance {
            language: english,
            ..Provenance::default()
        },
    }
}

/// Builds the assignment and the answer key from the articles in `dir` and the key spec.
///
/// Spec lines: `@article FILE` selects an article; `TAG | exact quote | note` annotates
/// the quote's first occurrence not annotated yet; `#` starts a comment.
pub fn build_from_spec(dir: &Path, spec: &str) -> Result<(Project, Project), String> {
    let details = ProjectDetails {
        title: "Media literacy: who is saying what?".into(),
        instructions: SAMPLE_INSTRUCTIONS.into(),
        role: Role::Assignment,
        author: String::new(),
        language: String::new(),
    };
    let mut assignment = Project::new(details, TagSet::media_literacy());
    for (file, id, title) in SAMPLE_ARTICLES {
        let path = dir.join(file);
        let imported = crate::import::import_file(&path).map_err(|e| e.to_string())?;
        let article = imported
            .article
            .with_id(ArticleId(id.into()))
            .with_title(title.into())
            .with_provenance(stated_source(id));
        build::add_article(&assignment, article)
            .apply(&mut assignment)
            .map_err(|e| e.to_string())?;
    }

    let mut key = assignment.clone();
    let mut details = key.details().clone();
    details.role = Role::Key;
    details.author = "Marginalia sample key".into();
    Edit::SetDetails {
        before: key.details().clone(),
        after: details,
    }
    .apply(&mut key)
    .map_err(|e| e.to_string())?;

    let when: Timestamp = "2026-11-23T09:00:00Z"
        .parse()
        .map_err(|e: jiff::Error| e.to_string())?;
    let mut article: Option<ArticleId> = None;
    for (n, line) in spec.lines().enumerate() {
        let line = line.trim();
        let at = |msg: String| format!("answer-key.spec:{}: {msg}", n + 1);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(file) = line.strip_prefix("@article") {
            let file = file.trim();
            let id = SAMPLE_ARTICLES
                .iter()
                .find(|(f, _, _)| *f == file)
                .map(|(_, id, _)| ArticleId((*id).into()))
                .ok_or_else(|| at(format!("unknown article {file}")))?;
            article = Some(id);
            continue;
        }
        let mut fields = line.splitn(3, '|').map(str::trim);
        let (Some(tag), Some(quote), note) = (fields.next(), fields.next(), fields.next()) else {
            return Err(at("expected `tag | quote | note`".into()));
        };
        let article_id = article
            .clone()
            .ok_or_else(|| at("no @article line before this one".into()))?;
        let text = key
            .article(&article_id)
            .ok_or_else(|| at("article missing".into()))?
            .text();
        // A repeated quote means its first occurrence that is not annotated yet.
        let taken = |start: usize| {
            key.annotations_in(&article_id)
                .iter()
                .any(|a| a.range.start.0 == start && a.range.len() == quote.len())
        };
        let start = text
            .match_indices(quote)
            .map(|(at, _)| at)
            .find(|&at| !taken(at))
            .ok_or_else(|| {
                at(format!(
                    "quote not found (or every occurrence is taken): {quote}"
                ))
            })?;
        let range = crate::text::ByteRange::new(start, start + quote.len());
        let edit = build::add_annotation(
            &key,
            &article_id,
            range,
            &TagId(tag.into()),
            "teacher",
            when,
        )
        .map_err(|e| at(e.to_string()))?;
        edit.apply(&mut key).map_err(|e| at(e.to_string()))?;
        if let Some(note) = note.filter(|n| !n.is_empty()) {
            let id = key.next_annotation_id();
            let id = crate::model::AnnotationId(id.0 - 1);
            build::set_note(&key, id, note, when)
                .and_then(|e| e.apply(&mut key))
                .map_err(|e| at(e.to_string()))?;
        }
    }
    Ok((assignment, key))
}
