//! One student's article beside the key, as stretches of text: what the feedback page and
//! the review screen both draw. Each stretch has the outcome of the student's shortest
//! highlight covering it (as for agreement, see [`super::labels`]) and the tag of the
//! key's shortest passage covering it.

use super::matching::StudentOutcome;
use super::student::{KeyArticle, StudentArticle};
use crate::text::CharRange;

/// How a student's highlight was graded, for drawing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Found,
    Partly,
    WrongTag,
    Extra,
}

impl Verdict {
    pub fn of(outcome: Option<&StudentOutcome>) -> Verdict {
        match outcome {
            Some(StudentOutcome::Found { .. }) => Verdict::Found,
            Some(StudentOutcome::Partial { .. }) => Verdict::Partly,
            Some(StudentOutcome::WrongTag { .. }) => Verdict::WrongTag,
            Some(StudentOutcome::Extra) | None => Verdict::Extra,
        }
    }

    /// The verdict's name in code (colours are chosen by it): "found", "partly",
    /// "wrong tag", "extra"; never shown.
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Found => "found",
            Verdict::Partly => "partly",
            Verdict::WrongTag => "wrong tag",
            Verdict::Extra => "extra",
        }
    }

    /// The word shown to people, in the current language.
    pub fn label(self) -> String {
        match self {
            Verdict::Found => crate::t!("grade-verdict-found"),
            Verdict::Partly => crate::t!("grade-verdict-partly"),
            Verdict::WrongTag => crate::t!("grade-verdict-wrong-tag"),
            Verdict::Extra => crate::t!("grade-verdict-extra"),
        }
    }
}

/// A stretch of the key's text that something covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stretch {
    pub range: CharRange,
    /// The student's highlight here, if any.
    pub student: Option<Verdict>,
    /// The key's passage here, if any: `Some(tag)` (`None` inside when its tag is unknown).
    pub key: Option<Option<usize>>,
}

/// The stretches of one article, in order; text nobody marked is left out.
pub fn stretches(key: &KeyArticle, mine: &StudentArticle) -> Vec<Stretch> {
    let len = key.char_len;
    let mut cuts = vec![0, len];
    for s in &key.spans {
        cuts.extend([s.range.start.0.min(len), s.range.end.0.min(len)]);
    }
    for p in &mine.spans {
        cuts.extend([p.span.range.start.0.min(len), p.span.range.end.0.min(len)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    for pair in cuts.windows(2) {
        let range = CharRange::new(pair[0], pair[1]);
        let inside = |r: CharRange| r.start <= range.start && range.end <= r.end;
        let key_here = key
            .spans
            .iter()
            .filter(|s| inside(s.range))
            .min_by_key(|s| s.range.len())
            .map(|s| s.tag);
        let student = mine
            .spans
            .iter()
            .enumerate()
            .filter(|(_, p)| inside(p.span.range))
            .min_by_key(|(_, p)| p.span.range.len())
            .map(|(i, _)| Verdict::of(mine.outcome_of(i).as_ref()));
        if key_here.is_some() || student.is_some() {
            out.push(Stretch {
                range,
                student,
                key: key_here,
            });
        }
    }
    out
}
