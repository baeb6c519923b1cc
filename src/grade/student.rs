//! Grading one submission against the key.

use std::path::PathBuf;

use super::agreement::Agreement;
use super::align::{PlacedSpan, align};
use super::joining::{Joined, WordChars, join_touching};
use super::labels::Segments;
use super::matching::{ArticleMatch, MatchSettings, Passage, Span, StudentOutcome, match_passages};
use super::score::{Counts, Tally};
use crate::model::{AnnotationId, Project, Role};

/// The key's spans of one article, converted to code points once for the whole class.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyArticle {
    /// One per passage: its reading (not its alternatives), for drawing and agreement.
    pub spans: Vec<Span>,
    /// One per passage: the annotation of its reading.
    pub annotations: Vec<AnnotationId>,
    /// One per passage: its readings, points and whether it is optional, for matching.
    pub passages: Vec<Passage>,
    /// Length of the article in code points.
    pub char_len: usize,
    /// Where the letters and digits are: highlights separated by anything else join.
    pub words: WordChars,
}

impl KeyArticle {
    /// One per article of `key`, in order.
    pub fn all(key: &Project) -> Vec<KeyArticle> {
        key.articles()
            .iter()
            .map(|article| {
                let mut spans = Vec::new();
                let mut annotations = Vec::new();
                let mut passages: Vec<Passage> = Vec::new();
                let in_article = key.annotations_in(article.id());
                // Another reading of a passage that is not (or no longer) there is a
                // passage of its own, as the file's loader says too.
                let reading_of = |a: &crate::model::Annotation| {
                    a.key.alternative_of.filter(|of| {
                        in_article
                            .iter()
                            .any(|p| p.id == *of && p.key.alternative_of.is_none())
                    })
                };
                for annotation in in_article.iter().filter(|a| reading_of(a).is_none()) {
                    let Some(range) = article.to_chars(annotation.range) else {
                        continue;
                    };
                    let tag = key.tags().position(&annotation.tag);
                    let mut ranges = vec![range];
                    // Its other readings count with this passage's tag and points.
                    ranges.extend(
                        in_article
                            .iter()
                            .filter(|a| reading_of(a) == Some(annotation.id))
                            .filter_map(|a| article.to_chars(a.range)),
                    );
                    spans.push(Span { range, tag });
                    annotations.push(annotation.id);
                    passages.push(Passage {
                        ranges,
                        tag,
                        weight: annotation.key.weight(),
                        optional: annotation.key.optional,
                    });
                }
                KeyArticle {
                    spans,
                    annotations,
                    passages,
                    char_len: article.offsets().char_len(),
                    words: WordChars::of(article.text()),
                }
            })
            .collect()
    }
}

/// One student's spans on one key article and how they matched.
#[derive(Clone, Debug, PartialEq)]
pub struct StudentArticle {
    /// The student's highlights, by start.
    pub spans: Vec<PlacedSpan>,
    /// The graded spans: highlights of one tag that touch, joined
    /// ([`super::joining`]); `members` index `spans`.
    pub joined: Vec<Joined>,
    /// How the graded spans matched: student indices are indices into `joined`.
    pub matching: ArticleMatch,
    /// For each highlight, the graded span it is part of.
    part_of: Vec<usize>,
}

impl StudentArticle {
    /// Joins and matches a student's `spans` on `key`'s article.
    pub fn new(spans: Vec<PlacedSpan>, key: &KeyArticle, settings: MatchSettings) -> Self {
        let plain: Vec<Span> = spans.iter().map(|p| p.span.clone()).collect();
        let joined = join_touching(&plain, &key.words, &key.spans);
        let graded: Vec<Span> = joined.iter().map(|j| j.span.clone()).collect();
        let matching = match_passages(&key.passages, &graded, settings);
        let mut part_of = vec![0; spans.len()];
        for (j, group) in joined.iter().enumerate() {
            for &member in &group.members {
                if let Some(slot) = part_of.get_mut(member) {
                    *slot = j;
                }
            }
        }
        StudentArticle {
            spans,
            joined,
            matching,
            part_of,
        }
    }

    /// The graded spans, as spans.
    pub fn graded(&self) -> Vec<Span> {
        self.joined.iter().map(|j| j.span.clone()).collect()
    }

    /// How highlight `i` was graded: the outcome of the graded span it is part of.
    pub fn outcome_of(&self, i: usize) -> Option<StudentOutcome> {
        let j = *self.part_of.get(i)?;
        self.matching.student.get(j).copied()
    }

    /// The highlights that make graded span `j`.
    pub fn members(&self, j: usize) -> impl Iterator<Item = &PlacedSpan> {
        self.joined
            .get(j)
            .into_iter()
            .flat_map(|group| group.members.iter())
            .filter_map(|&i| self.spans.get(i))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct StudentGrade {
    /// The name in the file, or the file name when the file has none.
    pub student: String,
    pub file: PathBuf,
    pub tally: Tally,
    pub total: Counts,
    /// 100 × micro-F1 (see [`super::score`]).
    pub score: Option<f64>,
    /// Cohen's κ against the key over characters (see [`super::labels`] for overlaps).
    pub kappa: Option<f64>,
    /// One per key article; `None` where the submission lacks it.
    pub articles: Vec<Option<StudentArticle>>,
    /// What the teacher should know about this file, as sentences.
    pub problems: Vec<String>,
}

/// Grades `submission` (loaded from `file`) against `key`.
pub fn grade_submission(
    key: &Project,
    key_articles: &[KeyArticle],
    submission: &Project,
    file: PathBuf,
    settings: MatchSettings,
) -> StudentGrade {
    let tags = key.tags().len();
    let aligned = align(key, submission);
    let mut problems = Vec::new();
    let student = submission.details().author.trim().to_owned();
    let student = if student.is_empty() {
        problems.push(crate::t!("grade-no-student-name"));
        file.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| crate::t!("grade-unnamed"))
    } else {
        student
    };
    if submission.role() == Role::Key {
        problems.push(crate::t!("grade-file-is-a-key"));
    }
    problems.extend(aligned.problems);

    let mut tally = Tally::new(tags);
    // Categories: untagged, each key tag, and "a tag the key lacks".
    let other = tags + 1;
    let mut agreement = Agreement::new(tags + 2);
    let mut articles = Vec::with_capacity(key_articles.len());
    for (key_article, placed) in key_articles.iter().zip(aligned.articles) {
        let placed = placed.map(|mut spans| {
            spans.sort_by_key(|p| (p.span.range.start, p.span.range.end, p.annotation));
            spans
        });
        let mine = placed.map(|spans| StudentArticle::new(spans, key_article, settings));
        let empty = StudentArticle::new(Vec::new(), key_article, settings);
        let graded_article = mine.as_ref().unwrap_or(&empty);
        let student_spans = graded_article.graded();
        tally.add(
            &key_article.passages,
            &student_spans,
            &graded_article.matching,
        );

        let segments = Segments::new(
            key_article.char_len,
            key_article.spans.iter().chain(&student_spans),
        );
        let key_labels = segments.labels(&key_article.spans, other);
        let student_labels = segments.labels(&student_spans, other);
        for (s, (k, st)) in key_labels.iter().zip(&student_labels).enumerate() {
            agreement.add(*k, *st, segments.weight(s));
        }
        articles.push(mine);
    }
    let total = tally.total();
    StudentGrade {
        student,
        file,
        score: total.f1().map(|f| 100.0 * f),
        kappa: agreement.cohen_kappa(),
        total,
        tally,
        articles,
        problems,
    }
}
