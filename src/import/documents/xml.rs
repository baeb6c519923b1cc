//! A flat walk over an XML part: open, close and text events with local names (the
//! `w:` / `text:` prefixes dropped) and entities resolved.
//!
//! quick-xml reads events one at a time without recursion, so a deeply nested part costs
//! no stack; nesting past [`MAX_DEPTH`] is refused anyway, since no document needs it and
//! it is the shape of files made to stall programs.

use crate::t;
use std::borrow::Cow;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::import::ImportError;

pub const MAX_DEPTH: usize = 512;

pub enum XmlEvent<'a> {
    /// An element starts; `empty` when it is `<x/>` (no close event follows).
    Open {
        name: &'a str,
        attrs: Vec<(String, String)>,
        empty: bool,
    },
    Close {
        name: &'a str,
    },
    Text(Cow<'a, str>),
}

/// Calls `on_event` for every element and text of `xml`, in document order.
pub fn walk(
    xml: &str,
    format: &'static str,
    part: &str,
    mut on_event: impl FnMut(XmlEvent<'_>),
) -> Result<(), ImportError> {
    let mut reader = Reader::from_str(xml);
    let mut depth = 0usize;
    let damaged = |detail: String| ImportError::Damaged {
        path: None,
        format,
        detail: format!("{part}: {detail}"),
    };
    loop {
        let event = reader.read_event().map_err(|e| {
            damaged(t!(
                "import-xml-error",
                error = e.to_string(),
                byte = reader.buffer_position().to_string()
            ))
        })?;
        match event {
            Event::Start(e) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(ImportError::TooDeep { path: None, depth });
                }
                let name = local_name(&e);
                on_event(XmlEvent::Open {
                    name: &name,
                    attrs: attributes(&e),
                    empty: false,
                });
            }
            Event::Empty(e) => {
                let name = local_name(&e);
                on_event(XmlEvent::Open {
                    name: &name,
                    attrs: attributes(&e),
                    empty: true,
                });
            }
            Event::End(e) => {
                depth = depth.saturating_sub(1);
                let name = e.local_name().as_ref().to_owned();
                on_event(XmlEvent::Close { name: &name });
            }
            Event::Text(t) => on_event(XmlEvent::Text(Cow::Owned(t.xml10_content().into_owned()))),
            Event::CData(t) => {
                on_event(XmlEvent::Text(Cow::Owned(t.into_inner().into_owned())));
            }
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    _ => quick_xml::escape::resolve_predefined_entity(&r).map(str::to_owned),
                };
                if let Some(text) = resolved {
                    on_event(XmlEvent::Text(Cow::Owned(text)));
                }
            }
            Event::Eof => return Ok(()),
            _ => {}
        }
    }
}

fn local_name(e: &BytesStart<'_>) -> String {
    e.local_name().as_ref().to_owned()
}

/// Attributes by local name, values unescaped; malformed ones are skipped.
fn attributes(e: &BytesStart<'_>) -> Vec<(String, String)> {
    e.attributes()
        .filter_map(Result::ok)
        .map(|a| {
            let key = a.key.local_name().as_ref().to_owned();
            let value = a
                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map(|v| v.into_owned())
                .unwrap_or_default();
            (key, value)
        })
        .collect()
}

/// The value of attribute `name`, if present.
pub fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The text of the first element named `name` in `xml` (e.g. `title` in metadata).
pub fn first_text(
    xml: &str,
    format: &'static str,
    part: &str,
    names: &[&str],
) -> Vec<Option<String>> {
    let mut found: Vec<Option<String>> = vec![None; names.len()];
    let mut current: Option<usize> = None;
    let mut buffer = String::new();
    let _ = walk(xml, format, part, |event| match event {
        XmlEvent::Open {
            name, empty: false, ..
        } => {
            if let Some(i) = names.iter().position(|n| *n == name)
                && found[i].is_none()
            {
                current = Some(i);
                buffer.clear();
            }
        }
        XmlEvent::Text(text) => {
            if current.is_some() {
                buffer.push_str(&text);
            }
        }
        XmlEvent::Close { name } => {
            if let Some(i) = current
                && names[i] == name
            {
                let value = crate::text::collapse_spaces(&buffer);
                if !value.is_empty() {
                    found[i] = Some(value);
                }
                current = None;
            }
        }
        XmlEvent::Open { .. } => {}
    });
    found
}
