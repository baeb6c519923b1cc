//! HTML to readable article text with a real parser (html5ever via scraper).
//!
//! Keeps the text a reader sees, with paragraph breaks; drops `<head>`, `<script>`,
//! `<style>`, `<nav>` and other non-content elements; entities are decoded by the parser.
//! The tree is walked iteratively, so a deeply nested page cannot overflow the stack (pages
//! nested deeper than any article are refused before parsing, see `nesting.rs`).

use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::text_builder::TextBuilder;

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "head", "script", "style", "nav", "noscript", "template", "svg", "math", "canvas", "iframe",
    "object", "embed", "button", "select", "textarea", "input", "dialog",
];

/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "blockquote",
    "pre",
    "table",
    "figure",
    "figcaption",
    "address",
    "hr",
    "form",
    "fieldset",
    "details",
    "summary",
    "body",
];

/// Elements that start a new line but not a paragraph.
const LINES: &[&str] = &["br", "li", "tr", "dt", "dd", "caption"];

/// Returns the readable text and the page title (`<title>`, else the first `<h1>`).
pub(super) fn extract(source: &str) -> (String, Option<String>) {
    let page = read(source);
    (page.text, page.title.or(page.headline))
}

/// A page read whole.
pub(super) struct Page {
    pub text: String,
    /// `<title>`, often with the site's name glued on ("Headline – World News").
    pub title: Option<String>,
    /// The first `<h1>`: on a news page, the headline.
    pub headline: Option<String>,
}

pub(super) fn read(source: &str) -> Page {
    read_document(&Html::parse_document(source))
}

/// [`read`] of a page already parsed (the reader view reads the same parse again).
pub(super) fn read_document(document: &Html) -> Page {
    let mut out = TextBuilder::default();
    let mut skip_depth = 0usize;
    let mut pre_depth = 0usize;
    let mut title: Option<String> = None;
    let mut in_title = false;
    let mut h1: Option<String> = None;
    let mut h1_depth = 0usize;
    let mut h1_done = false;
    let mut bullet_owed = false;

    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(element) => {
                    let name = element.name();
                    if name == "title" {
                        in_title = true;
                    }
                    if SKIPPED.contains(&name) || skip_depth > 0 || is_hidden(element) {
                        skip_depth += 1;
                        continue;
                    }
                    if name == "h1" {
                        h1_depth += 1;
                    }
                    if name == "pre" {
                        pre_depth += 1;
                    }
                    if BLOCKS.contains(&name) {
                        out.paragraph_break();
                    } else if LINES.contains(&name) {
                        out.line_break();
                    }
                    if name == "li" {
                        // Written before the item's first words, so an item that starts
                        // with a paragraph (`<li><p>…`) keeps its bullet on its text.
                        bullet_owed = true;
                    } else if matches!(name, "td" | "th") {
                        out.inline(" ");
                    } else if name == "img"
                        && let Some(alt) = element.attr("alt").filter(|a| !a.trim().is_empty())
                    {
                        out.inline(&format!("[{}]", alt.trim()));
                    }
                }
                Node::Text(text) => {
                    if in_title {
                        title.get_or_insert_with(String::new).push_str(text);
                    }
                    if skip_depth > 0 {
                        continue;
                    }
                    if h1_depth > 0 && !h1_done {
                        h1.get_or_insert_with(String::new).push_str(text);
                    }
                    if bullet_owed && !text.trim().is_empty() {
                        out.inline("• ");
                        bullet_owed = false;
                    }
                    if pre_depth > 0 {
                        out.verbatim(text);
                    } else {
                        out.inline(text);
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(element) = node.value() {
                    let name = element.name();
                    if name == "title" {
                        in_title = false;
                    }
                    if skip_depth > 0 {
                        skip_depth -= 1;
                        continue;
                    }
                    if name == "h1" {
                        h1_depth = h1_depth.saturating_sub(1);
                        h1_done |= h1.is_some();
                    }
                    if name == "pre" {
                        pre_depth = pre_depth.saturating_sub(1);
                    }
                    if BLOCKS.contains(&name) {
                        out.paragraph_break();
                    }
                }
            }
        }
    }
    let clean = |s: String| {
        let s = crate::text::collapse_spaces(&s);
        (!s.is_empty()).then_some(s)
    };
    Page {
        text: out.finish(),
        title: title.and_then(clean),
        headline: h1.and_then(clean),
    }
}

/// `hidden` attribute or an inline `display:none`: not shown, so not read.
fn is_hidden(element: &scraper::node::Element) -> bool {
    if element.attr("hidden").is_some() || element.attr("aria-hidden") == Some("true") {
        return true;
    }
    element.attr("style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_article_drops_chrome() {
        let page = r#"<!DOCTYPE html><html><head><title>Embassy &amp; the &quot;megaphone&quot;</title>
            <style>p { color: red }</style><script>alert("x")</script></head>
            <body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
            <h1>Headline</h1>
            <p>First   paragraph with an <b>important</b>&nbsp;word &mdash; and &lt;brackets&gt;.</p>
            <p>Second<br>line</p>
            <ul><li>one</li><li>two</li></ul>
            <div hidden>secret</div>
            <script>var tracking = 1;</script>
            </body></html>"#;
        let (text, title) = extract(page);
        assert_eq!(title.as_deref(), Some("Embassy & the \"megaphone\""));
        assert_eq!(
            text,
            "Headline\n\nFirst paragraph with an important\u{a0}word — and <brackets>.\n\n\
             Second\nline\n\n• one\n• two"
        );
    }

    #[test]
    fn survives_deep_nesting_and_garbage() {
        let deep = "<div>".repeat(1_500) + "deep text" + &"</div>".repeat(1_500);
        let (text, _) = extract(&deep);
        assert!(text.contains("deep text"));
        let (text, _) = extract("<p>unclosed <b>bold <i>both</p> after");
        assert!(text.contains("unclosed bold both"));
    }
}
