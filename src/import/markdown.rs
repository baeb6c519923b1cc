//! Markdown to readable text: headings, paragraphs and lists without the syntax noise.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::text_builder::TextBuilder;

/// Returns the readable text and the first heading as title.
pub(super) fn extract(source: &str) -> (String, Option<String>) {
    let source = crate::text::normalize_newlines(source);
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    let mut out = TextBuilder::default();
    let mut title: Option<String> = None;
    let mut in_heading: Option<HeadingLevel> = None;
    let mut heading_text = String::new();
    // For ordered lists: the next number at each nesting level (None: bullets).
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut in_code_block = false;

    for event in Parser::new_ext(&source, options) {
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } => {
                    out.paragraph_break();
                    in_heading = Some(level);
                    heading_text.clear();
                }
                Tag::Paragraph | Tag::BlockQuote(_) | Tag::Table(_) => out.paragraph_break(),
                Tag::CodeBlock(_) => {
                    out.paragraph_break();
                    in_code_block = true;
                }
                Tag::List(first) => {
                    if lists.is_empty() {
                        out.paragraph_break();
                    }
                    lists.push(first);
                }
                Tag::Item => {
                    out.line_break();
                    let indent = "  ".repeat(lists.len().saturating_sub(1));
                    let marker = match lists.last_mut() {
                        Some(Some(n)) => {
                            let marker = format!("{indent}{n}. ");
                            *n += 1;
                            marker
                        }
                        _ => format!("{indent}• "),
                    };
                    out.verbatim(&marker);
                }
                Tag::TableRow | Tag::TableHead => out.line_break(),
                Tag::TableCell => out.inline(" "),
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Heading(_) => {
                    if title.is_none() && !heading_text.trim().is_empty() {
                        title = Some(heading_text.trim().to_owned());
                    }
                    in_heading = None;
                    out.paragraph_break();
                }
                TagEnd::Paragraph | TagEnd::BlockQuote(_) | TagEnd::Table if lists.is_empty() => {
                    out.paragraph_break();
                }
                TagEnd::CodeBlock => {
                    in_code_block = false;
                    out.paragraph_break();
                }
                TagEnd::List(_) => {
                    lists.pop();
                    if lists.is_empty() {
                        out.paragraph_break();
                    }
                }
                _ => {}
            },
            Event::Text(text) => {
                if in_heading.is_some() {
                    heading_text.push_str(&text);
                }
                if in_code_block {
                    out.verbatim(&text);
                } else {
                    out.inline(&text);
                }
            }
            Event::Code(code) => out.inline(&code),
            Event::SoftBreak => out.inline(" "),
            Event::HardBreak => out.line_break(),
            Event::Rule => out.paragraph_break(),
            // Raw HTML inside Markdown is markup, not text.
            Event::Html(_) | Event::InlineHtml(_) => {}
            _ => {}
        }
    }
    (out.finish(), title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_like_prose() {
        let md = "# The *Headline*\n\nA paragraph\nthat wraps, with a [link](http://x) and `code`.\n\n\
                  - first\n- second\n\n1. one\n2. two\n\n<div>raw html</div>\n\nEnd.\n";
        let (text, title) = extract(md);
        assert_eq!(title.as_deref(), Some("The Headline"));
        assert_eq!(
            text,
            "The Headline\n\nA paragraph that wraps, with a link and code.\n\n• first\n• second\n\n\
             1. one\n2. two\n\nEnd."
        );
    }
}
