//! Reader view: the article of a saved web page without the page around it.
//!
//! A saved news page is mostly furniture: menus, "most read" lists, cookie banners,
//! footers, comment threads. Students should annotate the article, so by default only its
//! body is kept: headline, paragraphs, subheadings, lists, quotes, and what the outlet
//! put *inside* the body (a donation appeal, a "read more" line), which is exactly what a
//! boilerplate exercise is about.
//!
//! Finding the body is the work of `rs-trafilatura` (a Rust port of trafilatura; chosen
//! after measuring it on 181 real pages, see BENCHMARKS.md). Its HTML output is read by
//! our own `html::extract`, so the article keeps the same paragraph and list layout as a
//! whole-page import. What the library gets wrong is checked here: it is third-party code
//! run on files from anywhere, so a panic, a silent cut at 1 MB or an output longer than
//! the page (all seen in 0.2.2) means "no article found", and the caller falls back to
//! the whole page: a student never loses article text to the reader view.

mod agreement;
mod furniture;
mod structured;

use super::html;
use crate::model::Provenance;

/// Below this, a re-reading of the page without its JSON-LD found no article of its own.
const MIN_DOM_ARTICLE_WORDS: usize = 150;

/// What the library found in a page: the article body (if it could tell it apart),
/// the page's own headline, and where the article came from.
#[derive(Default)]
pub(super) struct ReaderView {
    pub text: Option<String>,
    /// The page's headline, not `<title>` with the site's name glued on.
    pub headline: Option<String>,
    pub provenance: Provenance,
}

/// Reads `page`. The library is third-party code run on files from anywhere: if it fails
/// or panics, the page is read whole, as if it had no article body.
pub(super) fn read(page: &str, document: &scraper::Html, whole_page: &str) -> ReaderView {
    let options = rs_trafilatura::Options {
        include_tables: true,
        include_comments: false,
        include_images: false,
        include_links: false,
        // The library's default cuts the text at 1,000,000 bytes, silently and (in
        // 0.2.2) with a panic when the cut falls inside a character. The import's own
        // size limit applies instead.
        max_extracted_len: usize::MAX,
        ..rs_trafilatura::Options::default()
    };
    let result = super::guard::contained(|| rs_trafilatura::extract_with_options(page, &options));
    let Some(Ok(mut result)) = result else {
        return ReaderView::default();
    };
    // 0.2.2 replaces the article it found in the page with the page's JSON-LD
    // `articleBody` when that is twice as long: one paragraph, words glued across its
    // lost line breaks, and on one benchmark page four times the article. Students need
    // the page's own paragraphs, so the page is read again without its JSON-LD.
    if result
        .warnings
        .iter()
        .any(|w| w.starts_with("Using JSON-LD content"))
    {
        let without = structured::without_json_ld(page);
        let again =
            super::guard::contained(|| rs_trafilatura::extract_with_options(&without, &options));
        if let Some(Ok(dom)) = again
            && dom.content_text.split_whitespace().count() >= MIN_DOM_ARTICLE_WORDS
        {
            result.content_text = dom.content_text;
            result.content_html = dom.content_html;
        }
    }
    let text = match result.content_html.as_deref() {
        Some(body) if !body.trim().is_empty() => {
            agreement::kept_by_text(&html::extract(body).0, &result.content_text)
        }
        _ => paragraphs_of(&result.content_text),
    };
    let stated = structured::StatedBody::of_document(document);
    let text = match &stated.marked_up {
        Some(body) if structured::buried_in(body, &text) => body.clone(),
        _ => text,
    };
    let text = furniture::without_trailing_furniture(&text);
    let text = match stated.longest() {
        Some(body) => structured::within_stated_body(&text, body),
        None => text,
    };
    let metadata = &result.metadata;
    let words = text.split_whitespace().count();
    let page_words = whole_page.split_whitespace().count();
    // The article is part of the page, so it cannot have more words than the page shows.
    // (Found by the hostile-input tests: on deeply nested markup 0.2.2 repeats the text
    // hundreds of times.) Headlines and captions held outside the page's body allow a
    // little slack.
    let plausible = words > 0 && words <= page_words + (page_words / 20).max(20);
    ReaderView {
        text: plausible.then_some(text),
        headline: metadata.title.clone().filter(|t| !t.trim().is_empty()),
        provenance: Provenance {
            outlet: metadata.sitename.clone(),
            authors: metadata
                .author
                .as_deref()
                // trafilatura joins several authors with "; ".
                .map(|a| Provenance::people(a, &[';']))
                .unwrap_or_default(),
            published: metadata.date.map(|d| d.format("%Y-%m-%d").to_string()),
            url: metadata.url.clone(),
            language: metadata.language.clone(),
        }
        .tidied(),
    }
}

/// Plain extracted text with one blank line between paragraphs.
fn paragraphs_of(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}
