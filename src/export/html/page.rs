//! What every page shares: the HTML head with the inline style sheet, and how numbers,
//! quotes and tag names are shown in cells.

use crate::export::safe::html;
use crate::grade::ClassGrade;
use crate::model::Article;
use crate::text::CharRange;

// i18n-ok: CSS style sheet (font names), not shown as text
const STYLE: &str = r#"
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } .source { color: #555; margin-top: -.4rem; } .address { word-break: break-all; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
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

/// A whole HTML document in the current language (`<html lang>`): head with the style
/// sheet, then `body`.
pub(super) fn page(title: &str, body: &str) -> String {
    let lang = crate::i18n::current().code();
    format!(
        // i18n-ok: HTML markup, no words
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        html(title)
    )
}

/// A share as a whole percentage, the language's way ("62%", "62 %"); "—" when
/// undefined.
pub(super) fn pct(value: Option<f64>) -> String {
    value.map_or("—".to_owned(), |v| {
        crate::t!("export-percent", percent = 100.0 * v)
    })
}

/// A number with `places` decimals, the language's way ("0.85", "0,85"); "—" when
/// undefined.
pub(super) fn num(value: Option<f64>, places: usize) -> String {
    value.map_or("—".to_owned(), |v| {
        crate::i18n::number::decimal(v, places)
    })
}

/// The text of `range` in `article` (empty if the range is not in it).
pub(super) fn quote_of(article: &Article, range: CharRange) -> String {
    article.quote(range).unwrap_or_default().to_owned()
}

/// The name of the key's tag number `tag`, or `fallback`.
pub(super) fn tag_name(class: &ClassGrade, tag: Option<usize>, fallback: &str) -> String {
    tag.and_then(|t| class.key.tags().as_slice().get(t))
        .map_or_else(|| fallback.to_owned(), |t| t.name.clone())
}

/// An article's heading on every page that shows it, with the source it states
/// ("rabble.ca · Ana López · 2022-10-12", and its address), so feedback keeps the
/// question "who is behind this?" in front of the student.
pub(super) fn article_heading(b: &mut String, article: &Article) {
    use std::fmt::Write;
    let _ = writeln!(b, "<h2>{}</h2>", html(article.title()));
    let source = article.provenance();
    let mut parts = Vec::new();
    if let Some(byline) = source.byline() {
        parts.push(html(&byline));
    }
    if let Some(url) = &source.url {
        // i18n-ok: HTML markup
        parts.push(format!("<span class=address>{}</span>", html(url)));
    }
    if !parts.is_empty() {
        // i18n-ok: HTML markup
        let _ = writeln!(b, "<p class=source>{}</p>", parts.join(" · "));
    }
}
