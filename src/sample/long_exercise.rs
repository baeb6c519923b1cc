//! Long generated exercises for stress tests and benchmarks.

use jiff::Timestamp;

use super::{SAMPLE_ARTICLES, sample_dir};
use crate::edit::{Edit, build};
use crate::model::{ArticleId, Project, ProjectDetails, Role, TagId, TagSet};

/// A long exercise for stress tests and benchmarks: the seed articles' paragraphs
/// repeated (with Cyrillic, emoji and combining accents mixed in) up to `target_bytes`,
/// with `annotations` spans spread over it, some overlapping. Deterministic.
pub fn long_exercise(target_bytes: usize, annotations: usize) -> Result<Project, String> {
    let dir = sample_dir();
    let mut paragraphs: Vec<String> = Vec::new();
    for (file, _, _) in SAMPLE_ARTICLES {
        let text = std::fs::read_to_string(dir.join(file)).map_err(|e| format!("{file}: {e}"))?;
        paragraphs.extend(
            text.split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned),
        );
    }
    let extras = [
        " Посол заявил, что «история отделит зёрна от плевел».",
        " 👩‍👩‍👧 Families reacted; the café (cafe\u{301}) was full.",
        " 東京 and Κυβέρνηση were mentioned too.",
    ];
    let mut text = String::with_capacity(target_bytes + 4096);
    let mut n = 0usize;
    while text.len() < target_bytes {
        let p = &paragraphs[n % paragraphs.len()];
        text.push_str(p);
        text.push_str(extras[n % extras.len()]);
        text.push_str("\n\n");
        n += 1;
    }
    let details = ProjectDetails {
        title: format!("Long exercise ({} MB)", target_bytes / 1_000_000),
        instructions: "A long article for testing speed.".into(),
        role: Role::Submission,
        author: "Benchmark".into(),
        language: String::new(),
    };
    let mut project = Project::new(details, TagSet::media_literacy());
    let article = crate::model::Article::new(
        ArticleId("long".into()),
        "A very long article".into(),
        None,
        "UTF-8".into(),
        &text,
    );
    build::add_article(&project, article)
        .apply(&mut project)
        .map_err(|e| e.to_string())?;
    let when: Timestamp = "2026-11-23T09:00:00Z"
        .parse()
        .map_err(|e: jiff::Error| e.to_string())?;
    let tags = ["claim", "rebuttal", "framing", "boilerplate"];
    let len = text.len();
    let mut annotations_made = Vec::with_capacity(annotations);
    // A simple LCG keeps this deterministic without a dependency.
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (seed >> 33) as usize
    };
    let stride = (len / annotations.max(1)).max(1);
    let article_id = ArticleId("long".into());
    for i in 0..annotations {
        let start = (i * stride + next() % stride.max(1)).min(len.saturating_sub(1));
        let span = 20 + next() % 200;
        let range = crate::text::ByteRange::new(start, (start + span).min(len));
        let tag = TagId(tags[next() % tags.len()].into());
        if let Ok(Edit::AddAnnotation(mut a)) =
            build::add_annotation(&project, &article_id, range, &tag, "bench", when)
        {
            a.id = crate::model::AnnotationId(i as u64 + 1);
            annotations_made.push(a);
        }
    }
    let (details, tags, articles) = (
        project.details().clone(),
        project.tags().clone(),
        project.articles().to_vec(),
    );
    Ok(Project::from_parts(
        details,
        tags,
        articles,
        annotations_made,
    ))
}
