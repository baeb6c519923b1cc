//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::string_slice, clippy::unwrap_used)] // test helpers; slices at positions found by `find`

#[cfg(feature = "gui")]
pub mod gui;

use jiff::Timestamp;
use marginalia::edit::{History, build};
use marginalia::model::{Article, ArticleId, Project, ProjectDetails, Role, TagId, TagSet};
use marginalia::text::ByteRange;

/// A copy of the bundled assignment in a folder of its own.
pub fn assignment_in(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("exercise.ron");
    let sample = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-docs/exercise.ron");
    std::fs::copy(sample, &path).unwrap();
    path
}

pub fn t0() -> Timestamp {
    "2026-11-23T09:00:00Z".parse().unwrap()
}

/// A project with one article written in a tiny markup: `"The [claim:sky is green] today"`
/// gives the text "The sky is green today" with "sky is green" tagged `claim`.
/// Tags come from the media-literacy set.
pub fn project_from_markup(markup: &str) -> Project {
    let (text, spans) = parse_markup(markup);
    let mut project = Project::new(
        ProjectDetails {
            title: "Test".into(),
            role: Role::Submission,
            author: "Ana".into(),
            ..Default::default()
        },
        TagSet::media_literacy(),
    );
    let article = Article::new(
        ArticleId("a".into()),
        "Article".into(),
        None,
        "UTF-8".into(),
        &text,
    );
    build::add_article(&project, article)
        .apply(&mut project)
        .unwrap();
    for (tag, range) in spans {
        let edit = build::add_annotation(
            &project,
            &ArticleId("a".into()),
            range,
            &TagId(tag),
            "Ana",
            t0(),
        )
        .unwrap();
        edit.apply(&mut project).unwrap();
    }
    project
}

/// An answer key from markup (see [`project_from_markup`]), by "teacher".
#[allow(dead_code)] // not every test binary grades
pub fn key_from_markup(markup: &str) -> Project {
    let mut p = project_from_markup(markup);
    let mut details = p.details().clone();
    details.role = marginalia::model::Role::Key;
    details.author = "teacher".into();
    marginalia::edit::Edit::SetDetails {
        before: p.details().clone(),
        after: details,
    }
    .apply(&mut p)
    .unwrap();
    p
}

/// Text and `(tag, byte range)` spans of the markup.
pub fn parse_markup(markup: &str) -> (String, Vec<(String, ByteRange)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut rest = markup;
    while let Some(open) = rest.find('[') {
        text.push_str(&rest[..open]);
        let inner = &rest[open + 1..];
        let close = inner.find(']').expect("unclosed [ in markup");
        let (tag, quoted) = inner[..close].split_once(':').expect("[tag:text]");
        let start = text.len();
        text.push_str(quoted);
        spans.push((tag.to_owned(), ByteRange::new(start, text.len())));
        rest = &inner[close + 1..];
    }
    text.push_str(rest);
    (text, spans)
}

/// Renders an article's annotations back into markup (non-overlapping only), for
/// assertions that read like the input.
pub fn to_markup(project: &Project, article: &str) -> String {
    let id = ArticleId(article.into());
    let text = project.article(&id).unwrap().text();
    let mut out = String::new();
    let mut at = 0;
    for a in project.annotations_in(&id) {
        out.push_str(&text[at..a.range.start.0]);
        out.push_str(&format!("[{}:{}]", a.tag, &text[a.range.as_std()]));
        at = a.range.end.0;
    }
    out.push_str(&text[at..]);
    out
}

pub fn apply_all(project: &mut Project, history: &mut History, edits: Vec<marginalia::edit::Edit>) {
    for e in edits {
        history.apply(project, e).unwrap();
    }
}
