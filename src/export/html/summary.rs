//! The class summary page: statistics, every student linked to their page, per-tag
//! averages, the key passages the class found hardest, files that failed.

use std::fmt::Write as _;

use super::page::{num, page, pct, quote_of, tag_name};
use crate::export::safe::html;
use crate::grade::{ClassGrade, Counts, PassageOutcomes};

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
    b.push_str("<h2>By article</h2>\n<table>\n<tr><th>Article</th><th>Key passages</th><th>Class agreement (α)</th></tr>\n");
    for ((article, key_article), alpha) in class
        .key
        .articles()
        .iter()
        .zip(&class.key_articles)
        .zip(&class.alpha_per_article)
    {
        let _ = writeln!(
            b,
            "<tr><td>{}</td><td class=n>{}</td><td class=n>{}</td></tr>",
            html(article.title()),
            key_article.spans.len(),
            num(*alpha, 3)
        );
    }
    b.push_str("</table>\n");
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
    discussion(&mut b, class);

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

/// "For class discussion": readings many students made that the key lacks, and key
/// passages few found or many named otherwise (no student names: it can be projected).
fn discussion(b: &mut String, class: &ClassGrade) {
    let prompts = crate::grade::discussion::prompts(class);
    b.push_str("<h2>For class discussion</h2>\n");
    if prompts.uncharted.is_empty() && prompts.contested.is_empty() {
        b.push_str("<p>Nothing stands out: no reading many students made is missing from the key, and every key passage was found by most.</p>\n");
        return;
    }
    let article = |a: usize| class.key.articles().get(a);
    if !prompts.uncharted.is_empty() {
        b.push_str("<p>Readings many students made that the key does not have (add one to the key from the grading screen's heat map, or discuss why not):</p>\n<ul>\n");
        for u in &prompts.uncharted {
            let Some(art) = article(u.article) else {
                continue;
            };
            let _ = writeln!(
                b,
                "<li>“{}” — {} by {} of {} students <span class=sub>({})</span></li>",
                html(&quote_of(art, u.range)),
                html(&tag_name(class, Some(u.tag), "?")),
                u.students,
                u.of,
                html(art.title())
            );
        }
        b.push_str("</ul>\n");
    }
    if !prompts.contested.is_empty() {
        b.push_str("<p>Key passages few students found, or many tagged otherwise (is the passage clear? is its tag arguable?):</p>\n<ul>\n");
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
                "<li>“{}” — the key: {}; found by {} of {}, tagged otherwise by {} <span class=sub>({})</span></li>",
                html(&quote_of(art, span.range)),
                html(&tag_name(class, span.tag, "?")),
                c.found,
                c.of,
                c.wrong_tag,
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
