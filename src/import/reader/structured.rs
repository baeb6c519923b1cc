//! What the page says about its own article body: schema.org `articleBody`, as a JSON-LD
//! string for search engines or as a microdata attribute on the element that holds it.
//! Where the library kept much more than that, or a little more around its edges, the
//! page's own word decides.

use super::agreement::{found_letters, kept_by_text, letters};
use crate::import::html;

/// A line of this many words is article prose, never trimmed on the page's word.
const PROSE_WORDS: usize = 30;

/// A JSON-LD body shorter than this is a summary, not the article.
const MIN_STATED_WORDS: usize = 150;

/// A marked-up element with fewer words than this is a teaser, not the article. (Lower
/// than for JSON-LD: here the page points at the element it shows, and short news
/// items are real articles.)
const MIN_MARKED_UP_WORDS: usize = 40;

/// The article body the page states, each way it can.
#[derive(Default)]
pub(super) struct StatedBody {
    /// The text of the longest element marked `itemprop="articleBody"`, read with the
    /// page's layout.
    pub marked_up: Option<String>,
    /// The longest JSON-LD `articleBody` that is not cut short with an ellipsis.
    pub json_ld: Option<String>,
}

impl StatedBody {
    #[cfg(test)]
    pub fn of(page: &str) -> StatedBody {
        StatedBody::of_document(&scraper::Html::parse_document(page))
    }

    /// What the parsed page states.
    pub fn of_document(document: &scraper::Html) -> StatedBody {
        let mut stated = StatedBody::default();
        if let Ok(scripts) = scraper::Selector::parse(r#"script[type="application/ld+json"]"#) {
            for script in document.select(&scripts) {
                let json: String = script.text().collect();
                if let Ok(value) = serde_json::from_str::<serde_json::Value>(json.trim()) {
                    keep_longer(&mut stated.json_ld, longest_article_body(&value));
                }
            }
        }
        stated.json_ld = stated
            .json_ld
            .map(|body| {
                if body.contains('<') {
                    html::extract(&body).0
                } else {
                    body
                }
            })
            .filter(|body| {
                let end = body.trim_end();
                body.split_whitespace().count() >= MIN_STATED_WORDS
                    && !end.ends_with('…')
                    && !end.ends_with("...")
            });
        if let Ok(marked) = scraper::Selector::parse(r#"[itemprop~="articleBody"]"#) {
            for element in document.select(&marked) {
                keep_longer(
                    &mut stated.marked_up,
                    Some(html::extract(&element.html()).0),
                );
            }
        }
        stated.marked_up = stated
            .marked_up
            .filter(|body| body.split_whitespace().count() >= MIN_MARKED_UP_WORDS);
        stated
    }

    /// The fuller of the two statements.
    pub fn longest(&self) -> Option<&str> {
        match (&self.marked_up, &self.json_ld) {
            (Some(a), Some(b)) => Some(if a.len() >= b.len() { a } else { b }),
            (a, b) => a.as_deref().or(b.as_deref()),
        }
    }
}

fn keep_longer(best: &mut Option<String>, candidate: Option<String>) {
    if let Some(candidate) = candidate
        && best.as_ref().is_none_or(|b| b.len() < candidate.len())
    {
        *best = Some(candidate);
    }
}

/// The longest `articleBody` string anywhere in a JSON-LD value (often inside an
/// `@graph` list).
fn longest_article_body(value: &serde_json::Value) -> Option<String> {
    let mut best = None;
    let mut stack = vec![value];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(body)) = map.get("articleBody") {
                    keep_longer(&mut best, Some(body.clone()));
                }
                stack.extend(map.values());
            }
            serde_json::Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    best
}

/// Whether the marked-up body is all inside what the library kept, and that is at least
/// twice as long: the library took a container (a list of stories, a sidebar) around the
/// article the page marks. The marked-up element is then the article.
pub(super) fn buried_in(marked_up: &str, library: &str) -> bool {
    let words = |s: &str| s.split_whitespace().count();
    let all_there = found_letters(marked_up, library) * 10 >= letters(marked_up).len() * 9;
    words(library) >= 2 * words(marked_up) && all_there
}

/// `article` without the lines at its edges that are not in the page's stated body,
/// when that body is all there (nine tenths of it is in the article's lines) and nothing
/// dropped reads like prose: a stated body shorter than the article shown must not cut
/// the article.
pub(super) fn within_stated_body(article: &str, body: &str) -> String {
    let kept = kept_by_text(article, body);
    let complete = found_letters(article, body) * 10 >= letters(body).len() * 9;
    let kept_lines: std::collections::HashSet<&str> = kept.lines().collect();
    let drops_prose = article
        .lines()
        .filter(|line| !kept_lines.contains(line))
        .any(|line| line.split_whitespace().count() >= PROSE_WORDS);
    if complete && !drops_prose {
        kept
    } else {
        article.to_owned()
    }
}

/// `page` with its JSON-LD scripts emptied, so the library reads the page's own markup.
pub(super) fn without_json_ld(page: &str) -> String {
    // ASCII lower-casing keeps every byte where it was, so offsets found in `lower` are
    // offsets in `page`, on character boundaries.
    let lower = page.to_ascii_lowercase();
    let mut out = String::with_capacity(page.len());
    let mut from = 0;
    while let Some(at) = lower
        .get(from..)
        .and_then(|rest| rest.find("application/ld+json"))
    {
        let at = from + at;
        let Some(open_end) = lower.get(at..).and_then(|r| r.find('>')) else {
            break;
        };
        let open_end = at + open_end + 1;
        let Some(close) = lower.get(open_end..).and_then(|r| r.find("</script")) else {
            break;
        };
        out.push_str(page.get(from..open_end).unwrap_or_default());
        from = open_end + close;
    }
    out.push_str(page.get(from..).unwrap_or_default());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(words: usize) -> String {
        let mut out: Vec<String> = (0..words).map(|i| format!("word{i}")).collect();
        out.push("end.".into());
        out.join(" ")
    }

    #[test]
    fn finds_json_ld_in_a_graph_and_microdata_and_skips_summaries() {
        let body = prose(160);
        let page = format!(
            r#"<html><head><script type="application/ld+json">
            {{"@graph": [{{"@type": "WebPage"}}, {{"@type": "NewsArticle", "articleBody": "{body}"}}]}}
            </script></head><body><div itemprop="articleBody"><p>{short}</p></div></body></html>"#,
            short = prose(50)
        );
        let stated = StatedBody::of(&page);
        assert_eq!(stated.json_ld.as_deref(), Some(body.as_str()));
        assert_eq!(stated.marked_up.as_deref(), Some(prose(50).as_str()));
        assert_eq!(stated.longest(), Some(body.as_str()));

        let summary = format!(
            r#"<script type="application/ld+json">{{"articleBody": "{}…"}}</script><p>x</p>"#,
            prose(200)
        );
        assert!(StatedBody::of(&summary).json_ld.is_none());
        let broken = r#"<script type="application/ld+json">{"articleBody": </script>"#;
        assert!(StatedBody::of(broken).longest().is_none());
    }

    #[test]
    fn a_marked_article_buried_in_a_story_list_is_taken_alone() {
        let article = prose(50);
        let list = format!("{}\n\n{article}\n\n{}", prose(60), prose(70));
        assert!(buried_in(&article, &list));
        assert!(!buried_in(
            &article,
            &format!("{article}\n\nA few more words")
        ));
        assert!(!buried_in(&prose(50), &"other text ".repeat(200)));
    }

    #[test]
    fn edges_outside_the_stated_body_go_unless_they_are_prose() {
        let body = "The council voted to close the bridge. Repairs will take two years.";
        let article = "By Staff\n\nThe council voted to close the bridge.\n\n\
            Repairs will take two years.\n\nMore from the city";
        assert_eq!(
            within_stated_body(article, body),
            "The council voted to close the bridge.\n\nRepairs will take two years."
        );
        // A paragraph beyond the stated body is the article's: nothing is trimmed.
        let unstated = prose(40).replace(" end.", " and so on");
        let longer = format!("{article}\n\n{unstated}");
        assert_eq!(within_stated_body(&longer, body), longer);
        // A stated body the article does not hold decides nothing.
        assert_eq!(within_stated_body(article, &prose(100)), article);
    }

    #[test]
    fn json_ld_scripts_are_emptied_and_the_rest_kept() {
        let page = "<p>Ça</p><SCRIPT type=\"application/ld+json\">{\"a\": \"é\"}</script>\
            <p>va</p><script type=\"application/ld+json\">unclosed";
        assert_eq!(
            without_json_ld(page),
            "<p>Ça</p><SCRIPT type=\"application/ld+json\"></script><p>va</p>\
             <script type=\"application/ld+json\">unclosed"
        );
    }
}
