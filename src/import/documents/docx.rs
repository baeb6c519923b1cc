//! Word documents (.docx, Office Open XML): the body's paragraphs, headings, list items
//! and tables in order, footnotes gathered at the end as "[1] …", and the title, author,
//! date and language from the document's properties.

use crate::t;
use std::collections::HashMap;

use super::DocumentText;
use super::archive::Archive;
use super::xml::{XmlEvent, attr, first_text, walk};
use crate::import::ImportError;
use crate::import::text_builder::TextBuilder;
use crate::model::Provenance;

const FORMAT: &str = "a Word document";
/// How Word and OpenDocument properties separate several authors.
pub(super) const PEOPLE_SEPARATORS: &[char] = &[';', '\n'];

pub fn read(bytes: &[u8]) -> Result<DocumentText, ImportError> {
    let mut archive = Archive::open(bytes, FORMAT)?;
    let body = archive.require_text("word/document.xml", &t!("import-part-text"))?;
    let mut notes: Vec<String> = Vec::new();
    let mut note_numbers: HashMap<String, usize> = HashMap::new();
    let text = paragraphs(&body, "word/document.xml", &mut |id| {
        let next = note_numbers.len() + 1;
        *note_numbers.entry(id.to_owned()).or_insert(next)
    })?;
    if !note_numbers.is_empty()
        && let Some(footnotes) = archive.read_text("word/footnotes.xml")?
    {
        let by_id = footnote_texts(&footnotes)?;
        let mut ordered: Vec<(&String, &usize)> = note_numbers.iter().collect();
        ordered.sort_by_key(|(_, n)| **n);
        for (id, n) in ordered {
            if let Some(note) = by_id.get(id) {
                notes.push(format!("[{n}] {note}"));
            }
        }
    }
    let text = super::with_notes(text, &notes);
    let (title, provenance) = match archive.read_text("docProps/core.xml")? {
        Some(core) => properties(&core),
        None => (None, Provenance::default()),
    };
    Ok(DocumentText {
        text,
        title,
        provenance,
        description: t!("import-described-docx"),
    })
}

/// The text of a WordprocessingML part; `note_number` numbers footnote references.
fn paragraphs(
    xml: &str,
    part: &str,
    note_number: &mut dyn FnMut(&str) -> usize,
) -> Result<String, ImportError> {
    let mut out = TextBuilder::default();
    let mut in_text = false;
    walk(xml, FORMAT, part, |event| match event {
        XmlEvent::Open { name, attrs, empty } => match name {
            "p" => out.paragraph_break(),
            "t" if !empty => in_text = true,
            "tab" => out.inline(" "),
            "br" | "cr" => out.line_break(),
            // A numbered or bulleted paragraph: its list properties come before its text.
            "numPr" => out.inline("• "),
            "footnoteReference" | "endnoteReference" => {
                if let Some(id) = attr(&attrs, "id") {
                    out.inline(&format!("[{}]", note_number(id)));
                }
            }
            _ => {}
        },
        XmlEvent::Close { name } => match name {
            "t" => in_text = false,
            "p" => out.paragraph_break(),
            "tc" => out.inline(" "),
            _ => {}
        },
        XmlEvent::Text(text) => {
            if in_text {
                out.inline(&text);
            }
        }
    })?;
    Ok(out.finish())
}

/// Each real footnote's text by its id (separators, ids -1 and 0, have no text).
fn footnote_texts(xml: &str) -> Result<HashMap<String, String>, ImportError> {
    let mut notes = HashMap::new();
    let mut current: Option<(String, TextBuilder)> = None;
    let mut in_text = false;
    walk(xml, FORMAT, "word/footnotes.xml", |event| match event {
        XmlEvent::Open { name, attrs, empty } => match name {
            "footnote" | "endnote" if !empty => {
                current = attr(&attrs, "id").map(|id| (id.to_owned(), TextBuilder::default()));
            }
            "t" if !empty => in_text = true,
            "tab" => {
                if let Some((_, b)) = current.as_mut() {
                    b.inline(" ");
                }
            }
            "p" => {
                if let Some((_, b)) = current.as_mut() {
                    b.line_break();
                }
            }
            _ => {}
        },
        XmlEvent::Close { name } => match name {
            "t" => in_text = false,
            "footnote" | "endnote" => {
                if let Some((id, b)) = current.take() {
                    let text = b.finish();
                    let text = crate::text::collapse_spaces(&text);
                    if !text.is_empty() {
                        notes.insert(id, text);
                    }
                }
            }
            _ => {}
        },
        XmlEvent::Text(text) => {
            if in_text && let Some((_, b)) = current.as_mut() {
                b.inline(&text);
            }
        }
    })?;
    Ok(notes)
}

/// Title and source from `docProps/core.xml` (Dublin Core).
fn properties(core: &str) -> (Option<String>, Provenance) {
    let found = first_text(
        core,
        FORMAT,
        "docProps/core.xml",
        &["title", "creator", "language"],
    );
    let mut found = found.into_iter();
    let title = found.next().flatten();
    let creator = found.next().flatten();
    let language = found.next().flatten();
    // The file's own dates (created, modified) say when the file was made, not when the
    // article was published, so they are not offered as its date.
    let provenance = Provenance {
        authors: creator
            .map(|c| Provenance::people(&c, PEOPLE_SEPARATORS))
            .unwrap_or_default(),
        language,
        ..Provenance::default()
    };
    (title, provenance)
}
