//! Self-contained HTML pages: a feedback page per student, a class summary, and a
//! readable page of one project. No scripts, no external files; inline CSS that prints
//! well (colours kept, tables not split mid-row). Every string from a file goes through
//! [`html`] (see [`super::safe`]).

use std::fmt::Write as _;

use super::safe::html;
use crate::grade::{ClassGrade, Counts, KeyOutcome, PassageOutcomes, StudentGrade, StudentOutcome};
use crate::model::{Article, Project};
use crate::text::CharRange;

const STYLE: &str = r#"
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
.sub { color: #555; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { border: 1px solid #bbb; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
.score { font-size: 2.2rem; font-weight: bold; }
.comment { white-space: pre-wrap; border-left: 4px solid #0072B2; background: #f2f7fb; padding: .5rem 1rem; }
.problems li { color: #8a3b00; }
.article { white-space: pre-wrap; border: 1px solid #ddd; padding: 1rem; font-size: 1rem; }
.found { background: #c9ecc9; } .partial { background: #fff0a8; } .wrong { background: #ffd2a6; } .extra { background: #f4c7cc; }
.key { text-decoration: underline; text-decoration-style: dotted; text-decoration-thickness: 2px; text-underline-offset: 3px; }
.badge { font-size: .75rem; font-weight: bold; border: 1px solid #555; border-radius: 3px; padding: 0 .25rem; margin-right: .25rem; }
.legend span { margin-right: 1rem; padding: 0 .3rem; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } }
"#;

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        html(title)
    )
}

fn pct(value: Option<f64>) -> String {
    value.map_or("—".to_owned(), |v| format!("{:.0}%", 100.0 * v))
}

fn num(value: Option<f64>, places: usize) -> String {
    value.map_or("—".to_owned(), |v| format!("{v:.places$}"))
}

fn quote_of(article: &Article, range: CharRange) -> String {
    article.quote(range).unwrap_or_default().to_owned()
}

fn tag_name(class: &ClassGrade, tag: Option<usize>, fallback: &str) -> String {
    tag.and_then(|t| class.key.tags().as_slice().get(t))
        .map_or_else(|| fallback.to_owned(), |t| t.name.clone())
}

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
pub fn student_feedback(class: &ClassGrade, student: &StudentGrade, comment: &str) -> String {
    let mut b = String::new();
    let _ = writeln!(
        b,
        "<h1>Feedback for {}</h1>\n<p class=sub>{} · graded against the answer key · match threshold {:.0}% overlap</p>",
        html(&student.student),
        html(class.key.title()),
        100.0 * class.settings.threshold
    );
    let _ = writeln!(
        b,
        "<p><span class=score>{}</span> / 100 &nbsp; (agreement with the key, Cohen's κ: {})</p>",
        num(student.score, 0),
        num(student.kappa, 2)
    );
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
    let mut names: Vec<String> = class.key.tags().iter().map(|t| t.name.clone()).collect();
    names.push("(none)".to_owned());
    b.push_str("<p>Which tag you chose for the key's passages (rows: the key, columns: you; “(none)” means missed or extra):</p>\n<table>\n<tr><th>Key \\ You</th>");
    for name in &names {
        let _ = write!(b, "<th>{}</th>", html(name));
    }
    b.push_str("</tr>\n");
    for (row, name) in student.tally.confusion.iter().zip(&names) {
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
    let _ = writeln!(b, "<h2>{}</h2>", html(article.title()));
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
                    .spans
                    .get(*s)
                    .map_or(String::new(), |p| tag_name(class, p.span.tag, &p.tag_id));
                format!("<span class=wrong>✗ tagged as {}</span>", html(&yours))
            }
            Some(KeyOutcome::Missed) | None => "<span class=extra>– missed</span>".to_owned(),
        };
        let your_note = match mine.matching.key.get(k) {
            Some(
                KeyOutcome::Found { student: s, .. }
                | KeyOutcome::Partial { student: s, .. }
                | KeyOutcome::WrongTag { student: s, .. },
            ) => mine
                .spans
                .get(*s)
                .filter(|p| !p.note.trim().is_empty())
                .map_or(String::new(), |p| {
                    format!("<br><i>Your note: {}</i>", html(p.note.trim()))
                }),
            _ => String::new(),
        };
        let _ = writeln!(
            b,
            "<tr><td>“{}”</td><td>{}</td><td>{verdict}{your_note}</td><td>{}</td></tr>",
            html(&quote_of(article, span.range)),
            html(&tag_name(class, span.tag, "?")),
            html(key_notes.get(k).map_or("", String::as_str)),
        );
    }
    b.push_str("</table>\n");
    let extras: Vec<usize> = mine
        .matching
        .student
        .iter()
        .enumerate()
        .filter(|(_, o)| **o == StudentOutcome::Extra)
        .map(|(i, _)| i)
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

/// Mean and median of the defined values.
fn mean_median(values: &mut [f64]) -> (Option<f64>, Option<f64>) {
    if values.is_empty() {
        return (None, None);
    }
    values.sort_by(f64::total_cmp);
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    let mid = values.len() / 2;
    let median = if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    };
    (Some(mean), Some(median))
}

/// The class summary: statistics, every student with a link to their page, per-tag
/// averages, the key passages the class found hardest, files that failed.
pub fn class_summary(class: &ClassGrade, feedback_pages: &[String]) -> String {
    let mut b = String::new();
    let mut scores: Vec<f64> = class.students.iter().filter_map(|s| s.score).collect();
    let (mean, median) = mean_median(&mut scores);
    let _ = writeln!(
        b,
        "<h1>Class results: {}</h1>\n<p class=sub>{} submission{} graded, {} could not be read · threshold {:.0}% overlap{}</p>",
        html(class.key.title()),
        class.students.len(),
        if class.students.len() == 1 { "" } else { "s" },
        class.failures.len(),
        100.0 * class.settings.threshold,
        if class.settings.partial_credit {
            ", partial credit on"
        } else {
            ""
        }
    );
    let _ = writeln!(
        b,
        "<table><tr><th>Mean score</th><th>Median</th><th>Lowest</th><th>Highest</th><th>Class agreement (Krippendorff's α)</th></tr>\n<tr><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td></tr></table>",
        num(mean, 1),
        num(median, 1),
        num(scores.first().copied(), 1),
        num(scores.last().copied(), 1),
        num(class.alpha, 3)
    );
    b.push_str("<h2>Students</h2>\n<table>\n<tr><th>Student</th><th>Score</th><th>Precision</th><th>Recall</th><th>F1</th><th>κ</th><th>Problems</th></tr>\n");
    for (i, s) in class.students.iter().enumerate() {
        let name = match feedback_pages.get(i) {
            Some(link) => format!("<a href=\"{}\">{}</a>", html(link), html(&s.student)),
            None => html(&s.student),
        };
        let _ = writeln!(
            b,
            "<tr><td>{name}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td>{}</td></tr>",
            num(s.score, 1),
            pct(s.total.precision()),
            pct(s.total.recall()),
            pct(s.total.f1()),
            num(s.kappa, 2),
            html(&s.problems.join(" "))
        );
    }
    b.push_str("</table>\n");

    b.push_str("<h2>By tag (class average)</h2>\n<table>\n<tr><th>Tag</th><th>Mean precision</th><th>Mean recall</th><th>Mean F1</th></tr>\n");
    for (t, tag) in class.key.tags().iter().enumerate() {
        let avg = |f: &dyn Fn(&Counts) -> Option<f64>| {
            let mut v: Vec<f64> = class
                .students
                .iter()
                .filter_map(|s| s.tally.per_tag.get(t).and_then(f))
                .collect();
            mean_median(&mut v).0
        };
        let _ = writeln!(
            b,
            "<tr><td>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td></tr>",
            html(&tag.name),
            pct(avg(&Counts::precision)),
            pct(avg(&Counts::recall)),
            pct(avg(&Counts::f1))
        );
    }
    b.push_str("</table>\n");

    b.push_str("<h2>Key passages, hardest first</h2>\n<table>\n<tr><th>Article</th><th>Passage</th><th>Tag</th><th>Found</th><th>Partly</th><th>Wrong tag</th><th>Missed</th></tr>\n");
    for (article, quote, tag, o) in passage_difficulty(class) {
        let _ = writeln!(
            b,
            "<tr><td>{}</td><td>“{}”</td><td>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td></tr>",
            html(&article),
            html(&crate::text::shorten(&quote, 140)),
            html(&tag),
            o.found,
            o.partial,
            o.wrong_tag,
            o.missed
        );
    }
    b.push_str("</table>\n");

    if !class.failures.is_empty() {
        b.push_str("<h2>Files that could not be graded</h2>\n<ul class=problems>\n");
        for f in &class.failures {
            let _ = writeln!(
                b,
                "<li><b>{}</b>: {}</li>",
                html(&f.file.display().to_string()),
                html(&f.error)
            );
        }
        b.push_str("</ul>\n");
    }
    page(&format!("Class results: {}", class.key.title()), &b)
}

/// Every key passage of every article with the class's outcomes, fewest found first
/// (stable by position): (article title, quote, tag name, outcomes).
fn passage_difficulty(class: &ClassGrade) -> Vec<(String, String, String, PassageOutcomes)> {
    let mut rows = Vec::new();
    for (a, (article, key_article)) in class
        .key
        .articles()
        .iter()
        .zip(&class.key_articles)
        .enumerate()
    {
        for outcomes in class.passage_outcomes(a) {
            let Some(span) = key_article.spans.get(outcomes.passage) else {
                continue;
            };
            rows.push((
                article.title().to_owned(),
                quote_of(article, span.range),
                tag_name(class, span.tag, "?"),
                outcomes,
            ));
        }
    }
    rows.sort_by_key(|(_, _, _, o)| o.found);
    rows
}

/// A readable page of one project: details, and each article with its highlights listed.
pub fn project_page(project: &Project) -> String {
    let mut b = String::new();
    let _ = writeln!(
        b,
        "<h1>{}</h1>\n<p class=sub>{}{}</p>",
        html(project.title()),
        html(project.role().label()),
        if project.details().author.is_empty() {
            String::new()
        } else {
            format!(" by {}", html(&project.details().author))
        }
    );
    if !project.details().instructions.trim().is_empty() {
        let _ = writeln!(
            b,
            "<div class=comment>{}</div>",
            html(project.details().instructions.trim())
        );
    }
    for article in project.articles() {
        let _ = writeln!(b, "<h2>{}</h2>", html(article.title()));
        let annotations = project.annotations_in(article.id());
        if annotations.is_empty() {
            b.push_str("<p>No highlights.</p>\n");
            continue;
        }
        b.push_str("<table>\n<tr><th>Highlight</th><th>Tag</th><th>Note</th></tr>\n");
        for annotation in annotations {
            let tag = project
                .tags()
                .get(&annotation.tag)
                .map_or(annotation.tag.0.as_str(), |t| t.name.as_str());
            let _ = writeln!(
                b,
                "<tr><td>“{}”</td><td><span class=badge>{}</span></td><td>{}</td></tr>",
                html(article.slice(annotation.range).unwrap_or_default()),
                html(tag),
                html(&annotation.note)
            );
        }
        b.push_str("</table>\n");
    }
    page(project.title(), &b)
}
