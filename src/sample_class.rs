//! A generated class: varied, deterministic submissions made from an answer key.
//!
//! Used by the end-to-end grading test, the grading benchmark and anyone who wants to
//! see the grading view without collecting thirty files first. Each student has a skill
//! level; per key passage they copy it with the edges moved a few characters, shorten it
//! (partial), pick another tag, or miss it; some add highlights of their own with notes.

use jiff::Timestamp;

use crate::edit::build;
use crate::model::{Project, TagId};
use crate::text::{ByteRange, CharRange};
use crate::workflow::{assignment_from_key, start_submission};

/// Names from several scripts, so exports and file names are exercised.
const NAMES: [&str; 24] = [
    "Ana López",
    "Ben Okafor",
    "Chloé Martin",
    "Dmitri Ivanov",
    "Иван Петров",
    "Emma Schmidt",
    "Farah Haddad",
    "Gabriel Silva",
    "Hana Suzuki",
    "李小龙",
    "Isaac Cohen",
    "Jade Nguyen",
    "Kofi Mensah",
    "Lena Müller",
    "Mia Park 🌟",
    "Noah Tremblay",
    "Olivia Brown",
    "Pablo Ruiz",
    "Zoë Ångström",
    "Quinn O'Neil",
    "Rosa Álvarez",
    "Sam Taylor",
    "Tariq Aziz",
    "Uma Patel",
];

/// xorshift64*: small, deterministic, good enough to vary students.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// The name of student `i` (unique: a number is added after the first 24).
pub fn student_name(i: usize) -> String {
    let base = NAMES[i % NAMES.len()];
    if i < NAMES.len() {
        base.to_owned()
    } else {
        format!("{base} {}", i / NAMES.len() + 1)
    }
}

/// `count` submissions to `key`, named by [`student_name`]. Same seed, same class.
pub fn generate_class(key: &Project, count: usize, seed: u64) -> Vec<Project> {
    (0..count)
        .map(|i| {
            generate_student(
                key,
                &student_name(i),
                seed.wrapping_add(i as u64 * 7919) | 1,
            )
        })
        .collect()
}

fn generate_student(key: &Project, name: &str, seed: u64) -> Project {
    let mut rng = Rng(seed);
    let mut project = assignment_from_key(key);
    let _ = start_submission(&project, name).apply(&mut project);
    let when = Timestamp::UNIX_EPOCH;
    let skill = 0.3 + 0.65 * rng.unit();
    let tags: Vec<TagId> = key.tags().iter().map(|t| t.id.clone()).collect();
    for annotation in key.annotations() {
        let Some(article) = key.article(&annotation.article) else {
            continue;
        };
        let Some(chars) = article.to_chars(annotation.range) else {
            continue;
        };
        let roll = rng.unit();
        let (range, tag) = if roll < skill {
            // Copied, edges moved by up to 4 characters either way.
            let jitter = |rng: &mut Rng| rng.below(9) as isize - 4;
            let start = chars.start.0 as isize + jitter(&mut rng);
            let end = chars.end.0 as isize + jitter(&mut rng);
            (
                clamp(start, end, article.offsets().char_len()),
                annotation.tag.clone(),
            )
        } else if roll < skill + 0.1 {
            let other = tags[(tags.iter().position(|t| *t == annotation.tag).unwrap_or(0)
                + 1
                + rng.below(tags.len().saturating_sub(1).max(1)))
                % tags.len().max(1)]
            .clone();
            (Some(chars), other)
        } else if roll < skill + 0.18 {
            // Only the first third of the passage.
            let third = (chars.len() / 3).max(1);
            (
                Some(CharRange::new(chars.start.0, chars.start.0 + third)),
                annotation.tag.clone(),
            )
        } else {
            continue;
        };
        add(
            &mut project,
            &annotation.article,
            article,
            range,
            &tag,
            when,
        );
    }
    // A few highlights of their own, a sentence-sized stretch somewhere.
    for _ in 0..rng.below(4) {
        let Some(article) = key.articles().get(rng.below(key.articles().len())) else {
            break;
        };
        let len = article.offsets().char_len();
        if len < 20 {
            continue;
        }
        let start = rng.below(len - 10);
        let range = clamp(start as isize, (start + 10 + rng.below(80)) as isize, len);
        let tag = tags[rng.below(tags.len())].clone();
        let id = project.next_annotation_id();
        add(&mut project, article.id(), article, range, &tag, when);
        if rng.below(2) == 0
            && let Ok(edit) = build::set_note(&project, id, "I think this is important.", when)
        {
            let _ = edit.apply(&mut project);
        }
    }
    project
}

fn clamp(start: isize, end: isize, len: usize) -> Option<CharRange> {
    let start = start.clamp(0, len as isize) as usize;
    let end = end.clamp(0, len as isize) as usize;
    (start < end).then(|| CharRange::new(start, end))
}

fn add(
    project: &mut Project,
    article_id: &crate::model::ArticleId,
    article: &crate::model::Article,
    range: Option<CharRange>,
    tag: &TagId,
    when: Timestamp,
) {
    let Some(bytes): Option<ByteRange> = range.and_then(|r| article.to_bytes(r)) else {
        return;
    };
    if let Ok(edit) = build::add_annotation(project, article_id, bytes, tag, "", when) {
        let _ = edit.apply(project);
    }
}
