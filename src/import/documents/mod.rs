//! Documents other than text and web pages: Word (.docx), OpenDocument (.odt), EPUB and
//! single-file saved pages (.mhtml). Each is recognised by its content, not its name
//! ([`sniff`]), and read within limits (see `archive.rs`, `xml.rs`), since a file from a
//! student or the web may be damaged or made to harm.

mod archive;
mod docx;
mod epub;
pub mod mhtml;
mod odt;
mod xml;

use crate::import::ImportError;
use crate::model::Provenance;

/// The text of a document, as paragraphs separated by blank lines.
pub struct DocumentText {
    pub text: String,
    pub title: Option<String>,
    pub provenance: Provenance,
    /// What was read, for people: "Word document", "EPUB, 12 chapters".
    pub description: String,
}

/// The body with its numbered notes ("[1] …") gathered under "Notes" at the end, as
/// Word and OpenDocument footnotes are shown.
pub(super) fn with_notes(mut text: String, notes: &[String]) -> String {
    if !notes.is_empty() {
        text.push_str("\n\nNotes\n\n");
        text.push_str(&notes.join("\n\n"));
    }
    text
}

/// The ZIP-based documents read here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentKind {
    Docx,
    Odt,
    Epub,
}

/// A document format told by its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sniffed {
    Document(DocumentKind),
    Mhtml,
    Pdf,
    /// A ZIP archive that is none of the documents above.
    OtherZip,
    /// Starts like a ZIP archive but cannot be opened as one (cut off, damaged).
    BrokenZip,
    /// Not a document format of its own: text, Markdown or HTML (or a binary file that
    /// the text decoder will name).
    Text,
}

pub fn sniff(bytes: &[u8]) -> Sniffed {
    if bytes.starts_with(b"%PDF-") {
        return Sniffed::Pdf;
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return sniff_zip(bytes);
    }
    if mhtml::looks_like(bytes) {
        return Sniffed::Mhtml;
    }
    Sniffed::Text
}

/// OpenDocument and EPUB start with a stored `mimetype` entry naming their type; a Word
/// file has `word/document.xml`.
fn sniff_zip(bytes: &[u8]) -> Sniffed {
    let Ok(mut archive) = archive::Archive::open(bytes, "a ZIP archive") else {
        return Sniffed::BrokenZip;
    };
    if let Ok(Some(mimetype)) = archive.read_text("mimetype") {
        match mimetype.trim() {
            "application/vnd.oasis.opendocument.text" => {
                return Sniffed::Document(DocumentKind::Odt);
            }
            "application/epub+zip" => return Sniffed::Document(DocumentKind::Epub),
            _ => {}
        }
    }
    if archive.has("word/document.xml") {
        return Sniffed::Document(DocumentKind::Docx);
    }
    Sniffed::OtherZip
}

pub fn read(kind: DocumentKind, bytes: &[u8]) -> Result<DocumentText, ImportError> {
    match kind {
        DocumentKind::Docx => docx::read(bytes),
        DocumentKind::Odt => odt::read(bytes),
        DocumentKind::Epub => epub::read(bytes),
    }
}
