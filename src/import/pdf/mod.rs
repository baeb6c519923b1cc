//! PDF articles (a browser's "Print to PDF", a saved report): the text layer read into
//! paragraphs in reading order (see `layout.rs`), the title from the document's
//! properties. A PDF with no text layer (a scan) or one that needs a password is refused
//! with what to do instead.
//!
//! Reading uses `pdf-extract` (pure Rust, on `lopdf`) for fonts and encodings, through
//! its `OutputDev` hook that hands over every glyph with its position; the layout is
//! ours. The crate panics on some malformed files, so it runs in `guard::contained`, and
//! files are checked first against page and object limits.

mod layout;

use crate::t;
use pdf_extract::{Document, MediaBox, OutputDev, OutputError, Transform};

use crate::import::ImportError;
use crate::model::Provenance;

use layout::{Glyph, Page};

const FORMAT: &str = "a PDF document";
/// A book is a few hundred pages; an article is a few.
pub const MAX_PAGES: usize = 2_000;
/// Objects in the file: pages, fonts, images, streams.
pub const MAX_OBJECTS: usize = 1_000_000;
/// Fewer glyphs than this on every page counts as "no text layer".
const MIN_GLYPHS_PER_PAGE: usize = 20;

/// What a PDF's text layer holds.
pub struct PdfText {
    pub text: String,
    pub title: Option<String>,
    pub provenance: Provenance,
    pub description: String,
}

pub fn read(bytes: &[u8]) -> Result<PdfText, ImportError> {
    let damaged = |detail: String| ImportError::Damaged {
        path: None,
        format: FORMAT,
        detail,
    };
    let loaded = crate::import::guard::contained(|| Document::load_mem(bytes));
    let mut doc = match loaded {
        Some(Ok(doc)) => doc,
        Some(Err(e)) if is_password_error(&e) => {
            return Err(ImportError::Encrypted { path: None });
        }
        Some(Err(e)) => return Err(damaged(t!("import-pdf-damaged", reason = e.to_string()))),
        None => return Err(damaged(t!("import-pdf-structure"))),
    };
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        // Encrypted with an empty user password (copy or print restrictions only)
        // decrypts; anything else needs the password.
        return Err(ImportError::Encrypted { path: None });
    }
    if doc.objects.len() > MAX_OBJECTS {
        return Err(ImportError::TooBig {
            path: None,
            format: FORMAT,
            detail: t!(
                "import-pdf-too-many-objects",
                objects = doc.objects.len().to_string()
            ),
        });
    }
    let page_count = doc.get_pages().len();
    if page_count > MAX_PAGES {
        return Err(ImportError::TooBig {
            path: None,
            format: FORMAT,
            detail: t!("import-pdf-too-many-pages", pages = page_count),
        });
    }
    let mut collector = Collector::default();
    let outcome = crate::import::guard::contained(|| pdf_extract::output_doc(&doc, &mut collector));
    match outcome {
        Some(Ok(())) => {}
        Some(Err(e)) => return Err(damaged(e.to_string())),
        None => {
            return Err(damaged(t!("import-pdf-missing-parts")));
        }
    }
    let pages = collector.pages;
    let glyphs: usize = pages.iter().map(|p| p.glyphs.len()).sum();
    if glyphs < MIN_GLYPHS_PER_PAGE.min(page_count.max(1) * MIN_GLYPHS_PER_PAGE) || glyphs == 0 {
        return Err(ImportError::NoTextLayer {
            path: None,
            pages: page_count,
        });
    }
    let layout::Laid {
        text,
        columns,
        printed_from,
    } = layout::lay_out(&pages);
    let title = info_string(&doc, b"Title");
    let authors = info_string(&doc, b"Author")
        .map(|a| Provenance::people(&a, &[';', ',']))
        .unwrap_or_default();

    Ok(PdfText {
        text,
        title,
        provenance: Provenance {
            authors,
            url: printed_from,
            ..Provenance::default()
        },
        description: t!(
            "import-described-pdf",
            pages = page_count,
            columns = if columns > 1 { columns } else { 0 }
        ),
    })
}

fn is_password_error(e: &pdf_extract::Error) -> bool {
    matches!(e, pdf_extract::Error::Decryption(_))
}

/// A text entry of the document's Info dictionary (Title, Author), if it has one.
fn info_string(doc: &Document, key: &[u8]) -> Option<String> {
    let info = doc.trailer.get(b"Info").ok()?;
    let info = match info {
        pdf_extract::Object::Reference(id) => doc.get_object(*id).ok()?,
        other => other,
    };
    let dict = info.as_dict().ok()?;
    let value = dict.get(key).ok()?;
    let bytes = value.as_str().ok()?;
    let text = decode_pdf_string(bytes);
    let text = crate::text::collapse_spaces(&text);
    (!text.is_empty()).then_some(text)
}

/// PDF text strings are UTF-16BE with a BOM, or PDFDocEncoding (Latin-1 for our needs).
fn decode_pdf_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks_exact(2)
            .map(|p| u16::from_be_bytes([p[0], p[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.to_owned();
    }
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// Receives every glyph from pdf-extract, page by page.
#[derive(Default)]
struct Collector {
    pages: Vec<Page>,
    /// The page's top, in PDF units (y grows upwards there).
    top: f64,
}

impl OutputDev for Collector {
    fn begin_page(
        &mut self,
        _page_num: u32,
        media_box: &MediaBox,
        _art_box: Option<(f64, f64, f64, f64)>,
    ) -> Result<(), OutputError> {
        self.top = media_box.ury;
        self.pages.push(Page {
            width: (media_box.urx - media_box.llx).abs(),
            height: (media_box.ury - media_box.lly).abs(),
            glyphs: Vec::new(),
        });
        Ok(())
    }

    fn end_page(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn output_character(
        &mut self,
        trm: &Transform,
        width: f64,
        _spacing: f64,
        font_size: f64,
        text: &str,
    ) -> Result<(), OutputError> {
        // The glyph's scale on the page: the square root of the matrix's area factor.
        let scale = (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt();
        let size = font_size * scale;
        // A glyph missing from its font's width table comes with width 0; half an em is
        // a fair guess (Chromium's footer digits: "1 2 7 . 0 . 0 . 1" otherwise).
        let advance = if width > 0.0 {
            width * size
        } else {
            size * 0.5
        };
        if let Some(page) = self.pages.last_mut() {
            page.glyphs.push(Glyph {
                x: trm.m31,
                y: self.top - trm.m32,
                width: advance,
                size,
                text: text.to_owned(),
            });
        }
        Ok(())
    }

    fn begin_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> Result<(), OutputError> {
        Ok(())
    }
}
