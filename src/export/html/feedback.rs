//! A student's feedback page: score, per-tag table, the teacher's comment, and each
//! article's key passages beside what the student highlighted. In the current language
//! (the export runs in the key's, see `write_files`).

use std::fmt::Write as _;

use super::page::{num, page, pct, quote_of, tag_name};
use crate::export::safe::html;
use crate::grade::{ClassGrade, Counts, Feedback, KeyOutcome, StudentGrade, StudentOutcome};
use crate::model::Article;
use crate::t;
use crate::text::CharRange;

fn counts_row(out: &mut String, name: &str, c: &Counts) {
    let _ = writeln!(
        out,
        // i18n-ok: HTML markup
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

/// A table's header row: `<tr><th>…</th>…</tr>` of these messages.
pub(super) fn header_row(ids: &[&str]) -> String {
    let mut row = String::from("<tr>");
    for id in ids {
        let _ = write!(row, "<th>{}</th>", crate::i18n::message(id, None));
    }
    row.push_str("</tr>");
    row
}

const COUNTS_HEADER: [&str; 10] = [
    "export-col-tag",
    "export-col-in-key",
    "export-col-found",
    "export-col-partly",
    "export-col-wrong-tag",
    "export-col-missed",
    "export-col-extra",
    "export-col-precision",
    "export-col-recall",
    "export-col-f1",
];

/// A student's feedback page: score, per-tag table, the teacher's comment, and each
/// article's key passages beside what the student highlighted.
pub fn student_feedback(class: &ClassGrade, student: &StudentGrade, feedback: &Feedback) -> String {
    let comment = feedback.comment(&student.file);
    let mut b = String::new();
    let _ = writeln!(
        b,
        "<h1>{}</h1>\n<p class=sub>{}</p>", // i18n-ok: HTML markup
        t!("export-feedback-heading", student = html(&student.student)),
        t!(
            "export-feedback-subtitle",
            title = html(class.key.title()),
            threshold = 100.0 * class.settings.threshold
        )
    );
    let details = match feedback.override_for(&student.file) {
        Some(set) => t!(
            "export-feedback-score-set",
            reason = html(set.reason.trim()),
            graded = num(student.score, 0),
            kappa = num(student.kappa, 2)
        ),
        None => t!("export-feedback-score", kappa = num(student.kappa, 2)),
    };
    let score = feedback
        .override_for(&student.file)
        .map_or(student.score, |set| Some(set.score));
    let _ = writeln!(
        b,
        "<p><span class=score>{}</span> / 100 &nbsp; ({details})</p>", // i18n-ok: HTML markup
        num(score, 0),
    );
    if !comment.trim().is_empty() {
        let _ = writeln!(
            b,
            "<h2>{}</h2>\n<div class=comment>{}</div>", // i18n-ok: HTML markup
            t!("export-feedback-comment"),
            html(comment.trim())
        );
    }
    let _ = writeln!(b, "<h2>{}</h2>\n<table>", t!("export-feedback-by-tag"));
    b.push_str(&header_row(&COUNTS_HEADER));
    for (tag, counts) in class.key.tags().iter().zip(&student.tally.per_tag) {
        counts_row(&mut b, &tag.name, counts);
    }
    counts_row(&mut b, &t!("export-feedback-all-tags"), &student.total);
    b.push_str("</table>\n");
    confusion_table(&mut b, class, student);
    if !student.problems.is_empty() {
        let _ = writeln!(
            b,
            "<h2>{}</h2>\n<ul class=problems>", // i18n-ok: HTML markup
            t!("export-feedback-file-notes")
        );
        for p in &student.problems {
            let _ = writeln!(b, "<li>{}</li>", html(p));
        }
        b.push_str("</ul>\n");
    }
    for (a, article) in class.key.articles().iter().enumerate() {
        article_feedback(&mut b, class, student, a, article);
    }
    page(
        &t!(
            "export-feedback-page-title",
            student = student.student.as_str()
        ),
        &b,
    )
}

/// Rows: the key's tag (or none: your extra highlights); columns: your tag (or none:
/// passages you missed).
fn confusion_table(b: &mut String, class: &ClassGrade, student: &StudentGrade) {
    let tags: Vec<String> = class.key.tags().iter().map(|t| t.name.clone()).collect();
    let (rows, columns) = crate::grade::score::confusion_labels(&tags);
    let _ = write!(
        b,
        "<p>{}</p>\n<table>\n<tr><th>{}</th>",
        t!("export-confusion-intro"),
        t!("export-confusion-corner")
    );
    for name in &columns {
        let _ = write!(b, "<th>{}</th>", html(name));
    }
    b.push_str("</tr>\n");
    for (row, name) in student.tally.confusion.iter().zip(&rows) {
        let _ = write!(b, "<tr><th>{}</th>", html(name));
        for n in row {
            let _ = write!(b, "<td class=n>{n}</td>"); // i18n-ok: HTML markup
        }
        b.push_str("</tr>\n");
    }
    b.push_str("</table>\n");
}

/// What the student did with key passage `k`, as HTML.
fn verdict(
    class: &ClassGrade,
    key_article: &crate::grade::KeyArticle,
    mine: &crate::grade::StudentArticle,
    k: usize,
) -> String {
    let overlap = |iou: f64| t!("export-overlap", percent = 100.0 * iou);
    match mine.matching.key.get(k) {
        Some(KeyOutcome::Found { iou, .. }) => format!(
            "<span class=found>{}</span> {}", // i18n-ok: HTML markup
            t!("export-verdict-found"),
            overlap(*iou)
        ),
        Some(KeyOutcome::Partial { iou, .. }) => format!(
            "<span class=partial>{}</span> {}", // i18n-ok: HTML markup
            t!("export-verdict-partly"),
            overlap(*iou)
        ),
        Some(KeyOutcome::WrongTag { student: s, .. }) => {
            let yours = mine
                .members(*s)
                .next()
                .map_or(String::new(), |p| tag_name(class, p.span.tag, &p.tag_id));
            format!(
                "<span class=wrong>{}</span>", // i18n-ok: HTML markup
                t!("export-verdict-tagged-as", tag = html(&yours))
            )
        }
        Some(KeyOutcome::Missed) | None
            if key_article.passages.get(k).is_some_and(|p| p.optional) =>
        {
            t!("export-verdict-optional-missed")
        }
        Some(KeyOutcome::Missed) | None => format!(
            "<span class=extra>{}</span>", // i18n-ok: HTML markup
            t!("export-verdict-missed")
        ),
    }
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
        let _ = writeln!(b, "<p>{}</p>", t!("export-feedback-article-absent"));
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
    b.push_str("<table>\n");
    b.push_str(&header_row(&[
        "export-col-key-passage",
        "export-col-key-tag",
        "export-col-you",
        "export-col-why",
    ]));
    b.push('\n');
    for (k, span) in key_article.spans.iter().enumerate() {
        let verdict = verdict(class, key_article, mine, k);
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
                    format!(
                        "<br><i>{}</i>",
                        t!("export-your-note", note = html(&notes.join(" / ")))
                    )
                }
            }
            _ => String::new(),
        };
        let _ = writeln!(
            b,
            "<tr><td>{}</td><td>{}</td><td>{verdict}{your_note}</td><td>{}</td></tr>",
            t!("grade-quoted", quote = html(&quote_of(article, span.range))),
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
        let _ = writeln!(b, "<p>{}</p>\n<table>", t!("export-extras-intro"));
        b.push_str(&header_row(&[
            "export-col-your-highlight",
            "export-col-your-tag",
            "export-col-your-note",
        ]));
        b.push('\n');
        for i in extras {
            if let Some(p) = mine.spans.get(i) {
                let _ = writeln!(
                    b,
                    "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                    t!(
                        "grade-quoted",
                        quote = html(&quote_of(article, p.span.range))
                    ),
                    html(&tag_name(class, p.span.tag, &p.tag_id)),
                    html(&p.note)
                );
            }
        }
        b.push_str("</table>\n");
    }
    let _ = writeln!(
        b,
        // i18n-ok: HTML markup
        "<p class=legend>{}<span class=found>{}</span><span class=partial>{}</span><span class=wrong>{}</span><span class=extra>{}</span><span class=key>{}</span></p>",
        t!("export-legend-in-the-text"),
        t!("export-legend-found"),
        t!("export-legend-partly"),
        t!("export-legend-wrong-tag"),
        t!("export-legend-not-in-key"),
        t!("export-legend-key"),
    );
    b.push_str("<div class=article>"); // i18n-ok: HTML markup
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
            "<span class=\"{}\">{}</span>", // i18n-ok: HTML markup
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
        Some(terms) if !terms.is_empty() => t!("export-tag-with-terms", tag = tag, terms = terms),
        _ => tag,
    }
}
