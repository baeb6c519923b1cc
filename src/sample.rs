//! The bundled demo exercise: what every new user sees first.
//!
//! `sample-docs/` holds the three seed articles, `answer-key.spec` (a teacher's key as
//! quotes in plain text, easy to review), and the two project files built from them by
//! `cargo run --example build_sample_exercise`: `exercise.ron` (the assignment a student
//! opens) and `exercise-key.ron` (the answer key). A test checks the files match the spec.

use std::path::{Path, PathBuf};

use jiff::Timestamp;

use crate::edit::{Edit, build};
use crate::model::{ArticleId, Project, ProjectDetails, Role, TagId, TagSet};

/// Folder with the sample articles and exercise: `sample-docs/` of the checkout the
/// binary was built from, else `sample-docs/` next to the executable or in the current folder.
pub fn sample_dir() -> PathBuf {
    let candidates = [
        Some(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sample-docs")),
        std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|d| d.join("sample-docs"))),
        Some(PathBuf::from("sample-docs")),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|d| d.is_dir())
        .unwrap_or_else(|| PathBuf::from("sample-docs"))
}

/// The student's starting file of the demo exercise.
pub fn sample_exercise() -> PathBuf {
    sample_dir().join("exercise.ron")
}

/// The teacher's answer key of the demo exercise.
pub fn sample_key() -> PathBuf {
    sample_dir().join("exercise-key.ron")
}

/// The seed articles, their display titles and ids.
pub const SAMPLE_ARTICLES: [(&str, &str, &str); 3] = [
    (
        "000_0aa05fbc1d035030.txt",
        "embassy-twitter-megaphone",
        "Russia accuses Ottawa of demoralizing its soldiers on social media",
    ),
    (
        "001_ebea2a00771ec505.txt",
        "press-secretary-profile",
        "He’s no bot, but Russia's media guy in Canada manages to stir up controversy just the same",
    ),
    (
        "002_c28f14a490bc53b2.txt",
        "ministry-note-on-fakes",
        "Russia to send note to US over propagation of fakes by its internet companies — diplomat",
    ),
];

pub const SAMPLE_INSTRUCTIONS: &str = "Read each of the three articles. Select a passage with the \
mouse (or Shift + arrow keys) and press a key to tag it:\n\
1 Claim: something presented as true that you could check.\n\
2 Rebuttal: a reply that denies or argues against a claim.\n\
3 Framing: words, labels, quotes or placement chosen to make you feel a certain way.\n\
4 Boilerplate: text that is not part of the story (donation appeals, comment rules, links).\n\
Add a note when you are unsure why. Save your work and hand in the file.";

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
    };
    let mut assignment = Project::new(details, TagSet::media_literacy());
    for (file, id, title) in SAMPLE_ARTICLES {
        let path = dir.join(file);
        let imported = crate::import::import_file(&path).map_err(|e| e.to_string())?;
        let article = imported
            .article
            .with_id(ArticleId(id.into()))
            .with_title(title.into());
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
