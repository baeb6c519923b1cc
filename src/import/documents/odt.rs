//! OpenDocument text (.odt, LibreOffice and others): paragraphs, headings, list items and
//! tables of the body in order, notes gathered at the end as "[1] …", comments and
//! tracked deletions left out, title and source from `meta.xml`.

use super::DocumentText;
use super::archive::Archive;
use super::docx::PEOPLE_SEPARATORS;
use super::xml::{XmlEvent, attr, first_text, walk};
use crate::import::ImportError;
use crate::import::text_builder::TextBuilder;
use crate::model::Provenance;
use crate::t;

const FORMAT: &str = "an OpenDocument text";

/// Elements whose content is not text a reader of the document sees in its flow.
const SKIPPED: &[&str] = &[
    "annotation",
    "tracked-changes",
    "note-citation",
    "sequence-decls",
    "forms",
];

pub fn read(bytes: &[u8]) -> Result<DocumentText, ImportError> {
    let mut archive = Archive::open(bytes, FORMAT)?;
    let content = archive.require_text("content.xml", &t!("import-part-text"))?;
    let mut out = TextBuilder::default();
    let mut notes: Vec<String> = Vec::new();
    let mut note: Option<TextBuilder> = None;
    let mut skip = 0usize;
    let mut in_body = false;
    let mut bullet_owed = false;
    walk(&content, FORMAT, "content.xml", |event| {
        let target = match note.as_mut() {
            Some(b) => b,
            None => &mut out,
        };
        match event {
            XmlEvent::Open { name, attrs, empty } => {
                if name == "body" {
                    in_body = true;
                }
                if !in_body {
                    return;
                }
                if SKIPPED.contains(&name) {
                    if !empty {
                        skip += 1;
                    }
                    return;
                }
                if skip > 0 {
                    return;
                }
                match name {
                    "p" | "h" => {
                        target.paragraph_break();
                        if bullet_owed {
                            target.inline("• ");
                            bullet_owed = false;
                        }
                    }
                    "list-item" => bullet_owed = true,
                    "s" => {
                        let n = attr(&attrs, "c")
                            .and_then(|c| c.parse::<usize>().ok())
                            .unwrap_or(1);
                        target.verbatim(&" ".repeat(n.min(64)));
                    }
                    "tab" => target.inline(" "),
                    "line-break" => target.line_break(),
                    "note" if !empty => {
                        let n = notes.len() + 1;
                        out.inline(&format!("[{n}]"));
                        note = Some(TextBuilder::default());
                    }
                    _ => {}
                }
            }
            XmlEvent::Close { name } => {
                if !in_body {
                    return;
                }
                if SKIPPED.contains(&name) {
                    skip = skip.saturating_sub(1);
                    return;
                }
                if skip > 0 {
                    return;
                }
                match name {
                    "p" | "h" => target.paragraph_break(),
                    "table-cell" => target.inline(" "),
                    "note" => {
                        if let Some(b) = note.take() {
                            let text = b.finish();
                            notes.push(format!(
                                "[{}] {}",
                                notes.len() + 1,
                                crate::text::collapse_spaces(&text)
                            ));
                        }
                    }
                    "body" => in_body = false,
                    _ => {}
                }
            }
            XmlEvent::Text(text) => {
                if in_body && skip == 0 {
                    target.inline(&text);
                }
            }
        }
    })?;
    let text = super::with_notes(out.finish(), &notes);
    let (title, provenance) = match archive.read_text("meta.xml")? {
        Some(meta) => properties(&meta),
        None => (None, Provenance::default()),
    };
    Ok(DocumentText {
        text,
        title,
        provenance,
        description: t!("import-described-odt"),
    })
}

fn properties(meta: &str) -> (Option<String>, Provenance) {
    let found = first_text(
        meta,
        FORMAT,
        "meta.xml",
        &["title", "creator", "initial-creator", "language"],
    );
    let [title, creator, initial, language]: [Option<String>; 4] =
        found.try_into().unwrap_or_default();
    // The file's own dates say when the file was made or saved, not when the article
    // was published, so they are not offered as its date.
    let provenance = Provenance {
        authors: initial
            .or(creator)
            .map(|c| Provenance::people(&c, PEOPLE_SEPARATORS))
            .unwrap_or_default(),
        language,
        ..Provenance::default()
    };
    (title, provenance)
}
