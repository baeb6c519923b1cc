//! Grading a class: every submission file against one key, in parallel, into one
//! deterministic report (students sorted by name, then file). Finding and reading the
//! files is [`super::files`].

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::agreement::KrippendorffAlpha;
use super::files::load_submission;
use super::labels::Segments;
use super::matching::{KeyOutcome, MatchSettings, Span};
use super::student::{KeyArticle, StudentArticle, StudentGrade, grade_submission};
use crate::model::Project;

/// A file that could not be graded, with the reason in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FailedFile {
    pub file: PathBuf,
    pub error: String,
}

/// How many students tagged each passage of one article, per tag.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatMap {
    pub segments: Segments,
    /// `counts[segment * tags + tag]`: students with a span of `tag` covering the segment.
    pub counts: Vec<u32>,
    pub tags: usize,
    /// Students whose submission has this article.
    pub students: usize,
}

impl HeatMap {
    pub fn count(&self, segment: usize, tag: usize) -> u32 {
        self.counts
            .get(segment * self.tags + tag)
            .copied()
            .unwrap_or(0)
    }

    /// The largest count of any tag on any segment (for colour scaling).
    pub fn max(&self) -> u32 {
        self.counts.iter().copied().max().unwrap_or(0)
    }
}

#[derive(Clone, Debug)]
pub struct ClassGrade {
    pub key: Project,
    pub key_articles: Vec<KeyArticle>,
    pub settings: MatchSettings,
    pub students: Vec<StudentGrade>,
    pub failures: Vec<FailedFile>,
    /// Krippendorff's α (nominal, characters) among the students, over all articles.
    pub alpha: Option<f64>,
    /// The same per key article.
    pub alpha_per_article: Vec<Option<f64>>,
    /// One per key article.
    pub heat: Vec<HeatMap>,
}

/// How the class did on one key passage.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PassageOutcomes {
    /// Index into the key article's spans.
    pub passage: usize,
    pub found: usize,
    pub partial: usize,
    pub wrong_tag: usize,
    /// Missed, or the student's file lacks the article.
    pub missed: usize,
}

impl ClassGrade {
    /// The class with its students' names and files replaced by "Student 1", "Student
    /// 2"…, in an order that depends on neither the names nor the scores (the SHA-256 of
    /// each file name), and no file names in the problems: what can be projected or
    /// shared without saying who is who.
    ///
    /// Written in the key's language, as the pages made from it are.
    pub fn anonymised(&self) -> ClassGrade {
        crate::i18n::with(self.key.details().lang(), || self.anonymised_here())
    }

    fn anonymised_here(&self) -> ClassGrade {
        let names = self.pseudonyms();
        let mut order: Vec<usize> = (0..self.students.len()).collect();
        order.sort_by_key(|&i| self.pseudonym_rank(i));
        let mut class = self.clone();
        class.students = order
            .iter()
            .enumerate()
            .map(|(n, &i)| {
                let mut s = self.students[i].clone();
                s.student = names[i].clone();
                s.file = PathBuf::from(format!("student-{}.ron", n + 1));
                s.problems.clear();
                s
            })
            .collect();
        class.failures = self
            .failures
            .iter()
            .enumerate()
            .map(|(n, _)| FailedFile {
                file: PathBuf::from(format!("unreadable-{}.ron", n + 1)),
                error: crate::t!("grade-anonymous-unreadable"),
            })
            .collect();
        class
    }

    /// "Student 1", "Student 2"… (in the current language) for each student (by index),
    /// numbered in the order of the SHA-256 of their file names: stable across gradings,
    /// unrelated to names and scores.
    pub fn pseudonyms(&self) -> Vec<String> {
        let mut order: Vec<usize> = (0..self.students.len()).collect();
        order.sort_by_key(|&i| self.pseudonym_rank(i));
        let mut names = vec![String::new(); self.students.len()];
        for (n, &i) in order.iter().enumerate() {
            names[i] = crate::t!("grade-pseudonym", number = n + 1);
        }
        names
    }

    fn pseudonym_rank(&self, i: usize) -> Vec<u8> {
        use sha2::Digest;
        self.students.get(i).map_or_else(Vec::new, |s| {
            sha2::Sha256::digest(s.file.to_string_lossy().as_bytes()).to_vec()
        })
    }

    /// Every key passage of article `a` with the class's outcomes, in the key's order.
    pub fn passage_outcomes(&self, a: usize) -> Vec<PassageOutcomes> {
        let Some(key_article) = self.key_articles.get(a) else {
            return Vec::new();
        };
        (0..key_article.spans.len())
            .map(|k| {
                let mut row = PassageOutcomes {
                    passage: k,
                    ..Default::default()
                };
                for s in &self.students {
                    match s
                        .articles
                        .get(a)
                        .and_then(|x| x.as_ref())
                        .and_then(|x| x.matching.key.get(k))
                    {
                        Some(KeyOutcome::Found { .. }) => row.found += 1,
                        Some(KeyOutcome::Partial { .. }) => row.partial += 1,
                        Some(KeyOutcome::WrongTag { .. }) => row.wrong_tag += 1,
                        Some(KeyOutcome::Missed) | None => row.missed += 1,
                    }
                }
                row
            })
            .collect()
    }
}

/// Loads and grades `files` against `key`, one worker per core. `progress(done, total)`
/// is called from worker threads as files finish.
pub fn grade_files(
    key: &Project,
    files: &[PathBuf],
    settings: MatchSettings,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> ClassGrade {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    grade_files_on(key, files, settings, cores, progress)
}

/// [`grade_files`] with a given number of worker threads (the benchmark compares).
pub fn grade_files_on(
    key: &Project,
    files: &[PathBuf],
    settings: MatchSettings,
    threads: usize,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> ClassGrade {
    let key_articles = KeyArticle::all(key);
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Result<StudentGrade, FailedFile>)>> =
        Mutex::new(Vec::with_capacity(files.len()));
    let workers = threads.clamp(1, files.len().max(1));
    // The problems are written in the caller's language, on every worker.
    let lang = crate::i18n::current();
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                crate::i18n::set_thread(lang);
                let mut mine = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(i) else { break };
                    mine.push((i, grade_file(key, &key_articles, file, settings)));
                    progress(done.fetch_add(1, Ordering::Relaxed) + 1, files.len());
                }
                if let Ok(mut all) = results.lock() {
                    all.extend(mine);
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by_key(|(i, _)| *i);
    let mut students = Vec::new();
    let mut failures = Vec::new();
    for (_, result) in results {
        match result {
            Ok(grade) => students.push(grade),
            Err(failed) => failures.push(failed),
        }
    }
    finish(key.clone(), key_articles, settings, students, failures)
}

/// Grades projects already in memory (the GUI's tests, benchmarks).
pub fn grade_projects(
    key: &Project,
    submissions: &[(PathBuf, Project)],
    settings: MatchSettings,
) -> ClassGrade {
    let key_articles = KeyArticle::all(key);
    let students = submissions
        .iter()
        .map(|(file, project)| {
            grade_submission(key, &key_articles, project, file.clone(), settings)
        })
        .collect();
    finish(key.clone(), key_articles, settings, students, Vec::new())
}

fn grade_file(
    key: &Project,
    key_articles: &[KeyArticle],
    file: &Path,
    settings: MatchSettings,
) -> Result<StudentGrade, FailedFile> {
    let (project, errors) = load_submission(file).map_err(|error| FailedFile {
        file: file.to_path_buf(),
        error: error.to_string(),
    })?;
    let mut grade = grade_submission(key, key_articles, &project, file.to_path_buf(), settings);
    if !errors.is_empty() {
        grade.problems.insert(
            0,
            crate::t!(
                "grade-file-has-problems",
                count = errors.len(),
                problems = errors.join(&crate::t!("grade-problem-separator"))
            ),
        );
    }
    Ok(grade)
}

fn finish(
    key: Project,
    key_articles: Vec<KeyArticle>,
    settings: MatchSettings,
    mut students: Vec<StudentGrade>,
    failures: Vec<FailedFile>,
) -> ClassGrade {
    students.sort_by(|a, b| {
        a.student
            .to_lowercase()
            .cmp(&b.student.to_lowercase())
            .then_with(|| a.file.cmp(&b.file))
    });
    flag_duplicate_names(&mut students);
    let tags = key.tags().len();
    let mut class_alpha = KrippendorffAlpha::new(tags + 2);
    let mut alpha_per_article = Vec::new();
    let mut heat = Vec::new();
    // A file with no highlight at all (opened, named, handed in blank) is no reading of
    // the text: it is left out of α as missing data, not counted as a coder who saw
    // nothing anywhere.
    let blank: Vec<bool> = students
        .iter()
        .map(|s| s.articles.iter().flatten().all(|x| x.spans.is_empty()))
        .collect();
    for (a, key_article) in key_articles.iter().enumerate() {
        let coders: Vec<Option<Vec<Span>>> = students
            .iter()
            .map(|s| {
                s.articles
                    .get(a)
                    .and_then(|x| x.as_ref())
                    .map(StudentArticle::graded)
            })
            .collect();
        let segments = Segments::new(
            key_article.char_len,
            key_article
                .spans
                .iter()
                .chain(coders.iter().flatten().flatten()),
        );
        let labels: Vec<Option<Vec<usize>>> = coders
            .iter()
            .zip(&blank)
            .map(|(c, &blank)| {
                c.as_ref()
                    .filter(|_| !blank)
                    .map(|spans| segments.labels(spans, tags + 1))
            })
            .collect();
        let mut alpha = KrippendorffAlpha::new(tags + 2);
        for segment in 0..segments.len() {
            let values = || labels.iter().map(|l| l.as_ref().map(|l| l[segment]));
            alpha.add_unit(values(), segments.weight(segment));
            class_alpha.add_unit(values(), segments.weight(segment));
        }
        alpha_per_article.push(alpha.alpha());
        heat.push(heat_map(segments, &coders, tags));
    }
    ClassGrade {
        key,
        key_articles,
        settings,
        students,
        failures,
        alpha: class_alpha.alpha(),
        alpha_per_article,
        heat,
    }
}

fn heat_map(segments: Segments, coders: &[Option<Vec<Span>>], tags: usize) -> HeatMap {
    let mut counts = vec![0u32; segments.len() * tags];
    // The last student counted on each cell, so overlapping spans of one student count once.
    let mut last = vec![usize::MAX; counts.len()];
    for (student, spans) in coders.iter().enumerate() {
        for span in spans.iter().flatten() {
            let Some(tag) = span.tag.filter(|&t| t < tags) else {
                continue;
            };
            for segment in segments.covering(span.range) {
                let cell = segment * tags + tag;
                if last[cell] != student {
                    last[cell] = student;
                    counts[cell] += 1;
                }
            }
        }
    }
    HeatMap {
        segments,
        counts,
        tags,
        students: coders.iter().filter(|c| c.is_some()).count(),
    }
}

fn flag_duplicate_names(students: &mut [StudentGrade]) {
    let names: Vec<(String, PathBuf)> = students
        .iter()
        .map(|s| (s.student.to_lowercase(), s.file.clone()))
        .collect();
    for student in students.iter_mut() {
        let others: Vec<String> = names
            .iter()
            .filter(|(n, f)| *n == student.student.to_lowercase() && *f != student.file)
            .map(|(_, f)| f.display().to_string())
            .collect();
        if !others.is_empty() {
            student.problems.push(crate::t!(
                "grade-same-student",
                files = others.join(&crate::t!("grade-list-separator"))
            ));
        }
    }
}
