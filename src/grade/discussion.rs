//! What the class's work says about the key, for discussing it with the class: passages
//! many students tagged that the key lacks (a reading the key may have missed), and key
//! passages few students found or many named otherwise (a passage that may be unclear,
//! or a tag that may be arguable). Candidate fixes to the key: the teacher decides, one
//! click adds an uncharted passage to the key (the grading screen's heat map).

use super::class::ClassGrade;
use super::matching::{StudentOutcome, iou};
use crate::text::CharRange;

/// Two students' extra highlights are one reading when they overlap this much.
const SAME_READING: f64 = 0.3;
/// An uncharted reading is worth discussing when at least this share of the students
/// who have the article made it (and at least two students).
const MANY: f64 = 0.3;
/// A key passage is hard when fewer than this share found it (fully or partly)…
const FEW_FOUND: f64 = 0.4;
/// …or arguable when at least this share tagged it otherwise.
const MANY_OTHERWISE: f64 = 0.3;

/// A reading many students made that the key lacks.
#[derive(Clone, Debug, PartialEq)]
pub struct Uncharted {
    pub article: usize,
    /// The most typical of the students' highlights (the one overlapping the others most).
    pub range: CharRange,
    /// Index into the key's tags.
    pub tag: usize,
    pub students: usize,
    /// Students whose file has the article.
    pub of: usize,
}

/// A key passage few found, or many named otherwise.
#[derive(Clone, Debug, PartialEq)]
pub struct Contested {
    pub article: usize,
    /// Index into the key article's passages.
    pub passage: usize,
    /// Found or partly found.
    pub found: usize,
    pub wrong_tag: usize,
    pub of: usize,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Prompts {
    /// Most students first.
    pub uncharted: Vec<Uncharted>,
    /// Fewest found first.
    pub contested: Vec<Contested>,
}

/// The discussion prompts of a graded class.
pub fn prompts(class: &ClassGrade) -> Prompts {
    let mut out = Prompts::default();
    for a in 0..class.key_articles.len() {
        let mine: Vec<(usize, &super::StudentArticle)> = class
            .students
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.articles.get(a)?.as_ref().map(|x| (i, x)))
            .collect();
        let of = mine.len();
        if of == 0 {
            continue;
        }
        out.uncharted.extend(uncharted_in(a, &mine, of));
        for row in class.passage_outcomes(a) {
            let found = row.found + row.partial;
            let hard = (found as f64) < FEW_FOUND * of as f64;
            let arguable = row.wrong_tag as f64 >= MANY_OTHERWISE * of as f64;
            let optional = class
                .key_articles
                .get(a)
                .and_then(|k| k.passages.get(row.passage))
                .is_some_and(|p| p.optional);
            if (hard || arguable) && !optional {
                out.contested.push(Contested {
                    article: a,
                    passage: row.passage,
                    found,
                    wrong_tag: row.wrong_tag,
                    of,
                });
            }
        }
    }
    out.uncharted.sort_by(|x, y| {
        y.students
            .cmp(&x.students)
            .then(x.article.cmp(&y.article))
            .then(x.range.start.cmp(&y.range.start))
    });
    out.contested.sort_by(|x, y| {
        x.found
            .cmp(&y.found)
            .then(y.wrong_tag.cmp(&x.wrong_tag))
            .then(x.article.cmp(&y.article))
            .then(x.passage.cmp(&y.passage))
    });
    out
}

/// The students' extra highlights of one article, grouped into readings (same tag,
/// overlapping), kept where many students made them.
fn uncharted_in(a: usize, mine: &[(usize, &super::StudentArticle)], of: usize) -> Vec<Uncharted> {
    // (student, range, tag) of every extra graded span with a tag the key has.
    let extras: Vec<(usize, CharRange, usize)> = mine
        .iter()
        .flat_map(|(student, x)| {
            x.joined.iter().enumerate().filter_map(move |(j, g)| {
                let extra = x.matching.student.get(j) == Some(&StudentOutcome::Extra);
                let tag = g.span.tag?;
                extra.then_some((*student, g.span.range, tag))
            })
        })
        .collect();
    // Union-find over readings that overlap enough.
    let mut parent: Vec<usize> = (0..extras.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for i in 0..extras.len() {
        for j in i + 1..extras.len() {
            let (si, ri, ti) = extras[i];
            let (sj, rj, tj) = extras[j];
            if ti == tj && si != sj && iou(ri, rj) >= SAME_READING {
                let (x, y) = (root(&mut parent, i), root(&mut parent, j));
                parent[x.max(y)] = x.min(y);
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for i in 0..extras.len() {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let needed = ((MANY * of as f64).ceil() as usize).max(2);
    groups
        .into_values()
        .filter_map(|members| {
            let mut students: Vec<usize> = members.iter().map(|&m| extras[m].0).collect();
            students.sort_unstable();
            students.dedup();
            if students.len() < needed {
                return None;
            }
            let typical = members.iter().copied().max_by(|&x, &y| {
                let score = |m: usize| -> f64 {
                    members.iter().map(|&o| iou(extras[m].1, extras[o].1)).sum()
                };
                score(x).total_cmp(&score(y)).then(y.cmp(&x))
            })?;
            Some(Uncharted {
                article: a,
                range: extras[typical].1,
                tag: extras[typical].2,
                students: students.len(),
                of,
            })
        })
        .collect()
}
