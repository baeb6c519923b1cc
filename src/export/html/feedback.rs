//! A student's feedback page: score, per-tag table, the teacher's comment, and each
//! article's key passages beside what the student highlighted.

use std::fmt::Write as _;

use super::page::{num, page, pct, quote_of, tag_name};
use crate::export::safe::html;
use crate::grade::{ClassGrade, Counts, Feedback, KeyOutcome, StudentGrade, StudentOutcome};
use crate::model::Article;
use crate::text::CharRange;

fn counts_row(out: &mut String, name: &str, c: &Counts) {
    let _ = writeln!(
        out,
        "<tr><td>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td></tr>",
        html(name),
        c.key,
        c.found,
        c.partial,
        c.wrong_tag,
        c.missed,
        c.extra,
        pct(c.precision()),
        pct(c.recall()),
        pct(c.f1()),
    );
}

const COUNTS_HEADER: &str = "<tr><th>Tag</th><th>In key</th><th>Found</th><th>Partly</th><th>Wrong tag</th><th>Missed</th><th>Extra</th><th>Precision</th><th>Recall</th><th>F1</th></tr>";

/// A student's feedback page: score, per-tag table, the teacher's comment, and each
/// article's key passages beside what the student highlighted.
pub fn student_feedback(class: &ClassGrade, student: &StudentGrade, feedback: &Feedback) -> String {
    let comment = feedback.comment(&student.file);
    let mut b = String::new();
    let _ = writeln!(
        b,
        "<h1>Feedback for {}</h1>\n<p class=sub>{} · graded against the answer key · match threshold {:.0}% overlap</p>",
        html(&student.student),
        html(class.key.title()),
        100.0 * class.settings.threshold
    );
    match feedback.override_for(&student.file) {
        Some(set) => {
            let _ = writeln!(
                b,
                "<p><span class=score>{}</span> / 100 &nbsp; (set by your teacher: {}; as graded against the key: {}; agreement with the key, Cohen's κ: {})</p>",
                num(Some(set.score), 0),
                html(set.reason.trim()),
                num(student.score, 0),
                num(student.kappa, 2)
            );
        }
        None => {
            let _ = writeln!(
                b,
                "<p><span class=score>{}</span> / 100 &nbsp; (agreement with the key, Cohen's κ: {})</p>",
                num(student.score, 0),
                num(student.kappa, 2)
            );
        }
    }
    if !comment.trim().is_empty() {
        let _ = writeln!(
            b,
            "<h2>Your teacher's comment</h2>\n<div class=comment>{}</div>",
            html(comment.trim())
        );
    }
    b.push_str("<h2>By tag</h2>\n<table>\n");
    b.push_str(COUNTS_HEADER);
    for (tag, counts) in class.key.tags().iter().zip(&student.tally.per_tag) {
        counts_row(&mut b, &tag.name, counts);
    }
    counts_row(&mut b, "All tags", &student.total);
    b.push_str("</table>\n");
    confusion_table(&mut b, class, student);
    if !student.problems.is_empty() {
        b.push_str("<h2>Notes on your file</h2>\n<ul class=problems>\n");
        for p in &student.problems {
            let _ = writeln!(b, "<li>{}</li>", html(p));
        }
        b.push_str("</ul>\n");
    }
    for (a, article) in class.key.articles().iter().enumerate() {
        article_feedback(&mut b, class, student, a, article);
    }
    page(&format!("Feedback: {}", student.student), &b)
}

/// Rows: the key's tag (or none: your extra highlights); columns: your tag (or none:
/// passages you missed).
fn confusion_table(b: &mut String, class: &ClassGrade, student: &StudentGrade) {
    let tags: Vec<String> = class.key.tags().iter().map(|t| t.name.clone()).collect();
    let (rows, columns) = crate::grade::score::confusion_labels(&tags);
    b.push_str("<p>Which tag you chose for the key's passages (rows: the key, columns: you):</p>\n<table>\n<tr><th>Key \\ You</th>");
    for name in &columns {
        let _ = write!(b, "<th>{}</th>", html(name));
    }
    b.push_str("</tr>\n");
    for (row, name) in student.tally.confusion.iter().zip(&rows) {
        let _ = write!(b, "<tr><th>{}</th>", html(name));
        for n in row {
            let _ = write!(b, "<td class=n>{n}</td>");
        }
        b.push_str("</tr>\n");
    }
    b.push_str("</table>\n");
}

fn article_feedback(
    b: &mut String,
    class: &ClassGrade,
    student: &StudentGrade,
    a: usize,
    article: &Article,
) {
    super::page::article_heading(b, article);
    let Some(key_article) = class.key_articles.get(a) else {
        return;
    };
    let Some(Some(mine)) = student.articles.get(a) else {
        b.push_str(
            "<p>This article was not in your file, so every passage below counts as missed.</p>\n",
        );
        return;
    };
    let key_notes: Vec<String> = key_article
        .annotations
        .iter()
        .map(|id| {
            class
                .key
                .annotation(*id)
                .map_or(String::new(), |a| a.note.clone())
        })
        .collect();
    b.push_str("<table>\n<tr><th>Passage in the key</th><th>Key's tag</th><th>You</th><th>Why (from the key)</th></tr>\n");
    for (k, span) in key_article.spans.iter().enumerate() {
        let verdict = match mine.matching.key.get(k) {
            Some(KeyOutcome::Found { iou, .. }) => {
                format!(
                    "<span class=found>✓ found</span> ({:.0}% overlap)",
                    100.0 * iou
                )
            }
            Some(KeyOutcome::Partial { iou, .. }) => format!(
                "<span class=partial>◐ partly</span> ({:.0}% overlap)",
                100.0 * iou
            ),
            Some(KeyOutcome::WrongTag { student: s, .. }) => {
                let yours = mine
                    .members(*s)
                    .next()
                    .map_or(String::new(), |p| tag_name(class, p.span.tag, &p.tag_id));
                format!("<span class=wrong>✗ tagged as {}</span>", html(&yours))
            }
            Some(KeyOutcome::Missed) | None
                if key_article.passages.get(k).is_some_and(|p| p.optional) =>
            {
                "– not found (optional: no penalty)".to_owned()
            }
            Some(KeyOutcome::Missed) | None => "<span class=extra>– missed</span>".to_owned(),
        };
        let your_note = match mine.matching.key.get(k) {
            Some(
                KeyOutcome::Found { student: s, .. }
                | KeyOutcome::Partial { student: s, .. }
                | KeyOutcome::WrongTag { student: s, .. },
            ) => {
                let notes: Vec<&str> = mine
                    .members(*s)
                    .map(|p| p.note.trim())
                    .filter(|n| !n.is_empty())
                    .collect();
                if notes.is_empty() {
                    String::new()
                } else {
                    format!("<br><i>Your note: {}</i>", html(&notes.join(" / ")))
                }
            }
            _ => String::new(),
        };
        let _ = writeln!(
            b,
            "<tr><td>“{}”</td><td>{}</td><td>{verdict}{your_note}</td><td>{}</td></tr>",
            html(&quote_of(article, span.range)),
            html(&with_terms(
                tag_name(class, span.tag, "?"),
                key_article.passages.get(k)
            )),
            html(key_notes.get(k).map_or("", String::as_str)),
        );
    }
    b.push_str("</table>\n");
    let extras: Vec<usize> = (0..mine.spans.len())
        .filter(|&i| mine.outcome_of(i) == Some(StudentOutcome::Extra))
        .collect();
    if !extras.is_empty() {
        b.push_str("<p>Your highlights that are not in the key:</p>\n<table>\n<tr><th>Your highlight</th><th>Your tag</th><th>Your note</th></tr>\n");
        for i in extras {
            if let Some(p) = mine.spans.get(i) {
                let _ = writeln!(
                    b,
                    "<tr><td>“{}”</td><td>{}</td><td>{}</td></tr>",
                    html(&quote_of(article, p.span.range)),
                    html(&tag_name(class, p.span.tag, &p.tag_id)),
                    html(&p.note)
                );
            }
        }
        b.push_str("</table>\n");
    }
    b.push_str("<p class=legend>In the text: <span class=found>found</span><span class=partial>partly</span><span class=wrong>wrong tag</span><span class=extra>not in key</span><span class=key>dotted underline = the key's passages</span></p>\n");
    b.push_str("<div class=article>");
    b.push_str(&marked_text(article, key_article, mine));
    b.push_str("</div>\n");
}

/// The article text with the student's highlights as backgrounds (by outcome) and the
/// key's passages underlined.
fn marked_text(
    article: &Article,
    key: &crate::grade::KeyArticle,
    mine: &crate::grade::StudentArticle,
) -> String {
    use crate::grade::review::{Verdict, stretches};
    let mut out = String::new();
    let mut at = 0;
    let len = article.offsets().char_len();
    let plain = |out: &mut String, from: usize, to: usize| {
        if from < to {
            out.push_str(&html(&quote_of(article, CharRange::new(from, to))));
        }
    };
    for stretch in stretches(key, mine) {
        plain(&mut out, at, stretch.range.start.0);
        let mut classes = Vec::new();
        classes.extend(stretch.student.map(|v| match v {
            Verdict::Found => "found",
            Verdict::Partly => "partial",
            Verdict::WrongTag => "wrong",
            Verdict::Extra => "extra",
        }));
        if stretch.key.is_some() {
            classes.push("key");
        }
        let _ = write!(
            out,
            "<span class=\"{}\">{}</span>",
            classes.join(" "),
            html(&quote_of(article, stretch.range))
        );
        at = stretch.range.end.0;
    }
    plain(&mut out, at, len);
    out
}

/// A tag name with how the key counts its passage: "Claim (optional, 2 points)".
fn with_terms(tag: String, passage: Option<&crate::grade::matching::Passage>) -> String {
    match passage.map(crate::grade::matching::Passage::terms) {
        Some(terms) if !terms.is_empty() => format!("{tag} ({terms})"),
        _ => tag,
    }
}
