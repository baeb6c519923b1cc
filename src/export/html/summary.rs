//! The class summary page: statistics, every student linked to their page, per-tag
//! averages, the key passages the class found hardest, files that failed.

use std::fmt::Write as _;

use super::feedback::header_row;
use super::page::{num, page, pct, quote_of, tag_name};
use crate::export::safe::html;
use crate::grade::{ClassGrade, Counts, PassageOutcomes};
use crate::t;

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
    let subtitle = if class.settings.partial_credit {
        "export-summary-subtitle-partial-credit"
    } else {
        "export-summary-subtitle"
    };
    let mut args = crate::i18n::FluentArgs::new();
    args.set("count", class.students.len());
    args.set("failed", class.failures.len());
    args.set("threshold", 100.0 * class.settings.threshold);
    let _ = writeln!(
        b,
        "<h1>{}</h1>\n<p class=sub>{}</p>", // i18n-ok: HTML markup
        t!("export-summary-heading", title = html(class.key.title())),
        crate::i18n::message(subtitle, Some(&args))
    );
    let _ = writeln!(
        b,
        // i18n-ok: HTML markup
        "<table>{}\n<tr><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td></tr></table>",
        header_row(&[
            "export-col-mean-score",
            "export-col-median",
            "export-col-lowest",
            "export-col-highest",
            "export-col-class-alpha",
        ]),
        num(mean, 1),
        num(median, 1),
        num(scores.first().copied(), 1),
        num(scores.last().copied(), 1),
        num(class.alpha, 3)
    );
    let _ = writeln!(
        b,
        "<h2>{}</h2>\n<table>\n{}",
        t!("export-summary-by-article"),
        header_row(&[
            "export-col-article",
            "export-col-key-passages",
            "export-col-article-alpha",
        ])
    );
    for ((article, key_article), alpha) in class
        .key
        .articles()
        .iter()
        .zip(&class.key_articles)
        .zip(&class.alpha_per_article)
    {
        let _ = writeln!(
            b,
            "<tr><td>{}</td><td class=n>{}</td><td class=n>{}</td></tr>", // i18n-ok: HTML markup
            html(article.title()),
            key_article.spans.len(),
            num(*alpha, 3)
        );
    }
    b.push_str("</table>\n");
    let _ = writeln!(
        b,
        "<h2>{}</h2>\n<table>\n{}",
        t!("export-summary-students"),
        header_row(&[
            "export-col-student",
            "export-col-score",
            "export-col-precision",
            "export-col-recall",
            "export-col-f1",
            "export-col-kappa",
            "export-col-problems",
        ])
    );
    for (i, s) in class.students.iter().enumerate() {
        let name = match feedback_pages.get(i) {
            // i18n-ok: HTML markup
            Some(link) => format!("<a href=\"{}\">{}</a>", html(link), html(&s.student)),
            None => html(&s.student),
        };
        let _ = writeln!(
            b,
            // i18n-ok: HTML markup
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

    let _ = writeln!(
        b,
        "<h2>{}</h2>\n<table>\n{}",
        t!("export-summary-by-tag"),
        header_row(&[
            "export-col-tag",
            "export-col-mean-precision",
            "export-col-mean-recall",
            "export-col-mean-f1",
        ])
    );
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
            // i18n-ok: HTML markup
            "<tr><td>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td></tr>",
            html(&tag.name),
            pct(avg(&Counts::precision)),
            pct(avg(&Counts::recall)),
            pct(avg(&Counts::f1))
        );
    }
    b.push_str("</table>\n");

    let _ = writeln!(
        b,
        "<h2>{}</h2>\n<table>\n{}",
        t!("export-summary-hardest"),
        header_row(&[
            "export-col-article",
            "export-col-passage",
            "export-col-tag",
            "export-col-found",
            "export-col-partly",
            "export-col-wrong-tag",
            "export-col-missed",
        ])
    );
    for (article, quote, tag, o) in passage_difficulty(class) {
        let _ = writeln!(
            b,
            // i18n-ok: HTML markup
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td></tr>",
            html(&article),
            t!(
                "grade-quoted",
                quote = html(&crate::text::shorten(&quote, 140))
            ),
            html(&tag),
            o.found,
            o.partial,
            o.wrong_tag,
            o.missed
        );
    }
    b.push_str("</table>\n");
    discussion(&mut b, class);

    if !class.failures.is_empty() {
        let _ = writeln!(
            b,
            "<h2>{}</h2>\n<ul class=problems>", // i18n-ok: HTML markup
            t!("export-summary-failures")
        );
        for f in &class.failures {
            let _ = writeln!(
                b,
                "<li>{}</li>",
                t!(
                    "export-summary-failure",
                    file = format!("<b>{}</b>", html(&f.file.display().to_string())),
                    error = html(&f.error)
                )
            );
        }
        b.push_str("</ul>\n");
    }
    page(&t!("export-summary-heading", title = class.key.title()), &b)
}

/// "For class discussion": readings many students made that the key lacks, and key
/// passages few found or many named otherwise (no student names: it can be projected).
fn discussion(b: &mut String, class: &ClassGrade) {
    let prompts = crate::grade::discussion::prompts(class);
    let _ = writeln!(b, "<h2>{}</h2>", t!("export-discussion-heading"));
    if prompts.uncharted.is_empty() && prompts.contested.is_empty() {
        let _ = writeln!(b, "<p>{}</p>", t!("export-discussion-nothing"));
        return;
    }
    let article = |a: usize| class.key.articles().get(a);
    if !prompts.uncharted.is_empty() {
        let _ = writeln!(b, "<p>{}</p>\n<ul>", t!("export-discussion-uncharted"));
        for u in &prompts.uncharted {
            let Some(art) = article(u.article) else {
                continue;
            };
            let _ = writeln!(
                b,
                "<li>{} <span class=sub>({})</span></li>", // i18n-ok: HTML markup
                t!(
                    "export-discussion-uncharted-item",
                    quote = html(&quote_of(art, u.range)),
                    tag = html(&tag_name(class, Some(u.tag), "?")),
                    students = u.students,
                    of = u.of
                ),
                html(art.title())
            );
        }
        b.push_str("</ul>\n");
    }
    if !prompts.contested.is_empty() {
        let _ = writeln!(b, "<p>{}</p>\n<ul>", t!("export-discussion-contested"));
        for c in &prompts.contested {
            let (Some(art), Some(span)) = (
                article(c.article),
                class
                    .key_articles
                    .get(c.article)
                    .and_then(|k| k.spans.get(c.passage)),
            ) else {
                continue;
            };
            let _ = writeln!(
                b,
                "<li>{} <span class=sub>({})</span></li>", // i18n-ok: HTML markup
                t!(
                    "export-discussion-contested-item",
                    quote = html(&quote_of(art, span.range)),
                    tag = html(&tag_name(class, span.tag, "?")),
                    found = c.found,
                    of = c.of,
                    otherwise = c.wrong_tag
                ),
                html(art.title())
            );
        }
        b.push_str("</ul>\n");
    }
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
