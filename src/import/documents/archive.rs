//! Reading the parts of a ZIP-based document (.docx, .odt, .epub) without trusting it.
//!
//! A zip bomb is a small file that inflates to gigabytes. Every part is read against
//! three limits, checked *before* inflating (the sizes the archive declares) and again
//! while inflating (a lying archive is cut off at the limit): one part at most
//! [`MAX_PART_BYTES`], all parts read at most [`MAX_TOTAL_BYTES`], and a part that
//! inflates more than [`MAX_RATIO`] times its compressed size is refused once it is past
//! a size where such ratios are not normal (runs of spaces in XML compress very well).

use crate::t;
use std::io::{Cursor, Read};

use zip::ZipArchive;

use crate::import::ImportError;

/// One XML part of an article-sized document is a few MB at most.
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;
/// All the parts read from one document.
pub const MAX_TOTAL_BYTES: u64 = 256 * 1024 * 1024;
/// Text XML compresses 5–20×; 100× past 1 MB is a bomb.
pub const MAX_RATIO: u64 = 100;
const RATIO_APPLIES_FROM: u64 = 1024 * 1024;
/// Far more entries than any document has (an EPUB of a long book has a few hundred).
pub const MAX_ENTRIES: usize = 20_000;

/// An opened archive and how much has been inflated from it so far.
pub struct Archive<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    read_so_far: u64,
    format: &'static str,
}

impl<'a> Archive<'a> {
    /// Opens `bytes` as a ZIP archive; `format` names the document in messages ("Word").
    pub fn open(bytes: &'a [u8], format: &'static str) -> Result<Self, ImportError> {
        let zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| ImportError::Damaged {
            path: None,
            format,
            detail: e.to_string(),
        })?;
        if zip.len() > MAX_ENTRIES {
            return Err(ImportError::TooBig {
                path: None,
                format,
                detail: t!("import-zip-too-many-files", files = zip.len().to_string()),
            });
        }
        Ok(Self {
            zip,
            read_so_far: 0,
            format,
        })
    }

    /// Whether a part with this exact name exists.
    pub fn has(&self, name: &str) -> bool {
        self.zip.index_for_name(name).is_some()
    }

    /// The part's bytes, or `Ok(None)` when there is no such part.
    pub fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, ImportError> {
        let Some(index) = self.zip.index_for_name(name) else {
            return Ok(None);
        };
        let format = self.format;
        let damaged = |e: &dyn std::fmt::Display| ImportError::Damaged {
            path: None,
            format,
            detail: format!("{name}: {e}"),
        };
        let mut part = self.zip.by_index(index).map_err(|e| damaged(&e))?;
        let declared = part.size();
        let compressed = part.compressed_size().max(1);
        let budget = MAX_PART_BYTES.min(MAX_TOTAL_BYTES.saturating_sub(self.read_so_far));
        let too_big = |size: u64| ImportError::TooBig {
            path: None,
            format,
            detail: t!(
                "import-zip-bomb",
                part = name,
                size = format!("{:.0}", size as f64 / 1_048_576.0)
            ),
        };
        if declared > budget {
            return Err(too_big(declared));
        }
        if declared > RATIO_APPLIES_FROM && declared / compressed > MAX_RATIO {
            return Err(too_big(declared));
        }
        let mut out = Vec::with_capacity(usize::try_from(declared.min(budget)).unwrap_or(0));
        // The declared size may lie: never inflate more than the budget allows.
        (&mut part)
            .take(budget + 1)
            .read_to_end(&mut out)
            .map_err(|e| damaged(&e))?;
        let got = out.len() as u64;
        if got > budget || (got > RATIO_APPLIES_FROM && got / compressed > MAX_RATIO) {
            return Err(too_big(got));
        }
        self.read_so_far += got;
        Ok(Some(out))
    }

    /// A part the format cannot do without; `what`, if not empty, says what it holds
    /// ("the part that holds the text"), for the message.
    pub fn require_text(&mut self, name: &str, what: &str) -> Result<String, ImportError> {
        let detail = if what.is_empty() {
            t!("import-zip-part-missing", part = name)
        } else {
            t!("import-zip-part-missing-what", part = name, what = what)
        };
        self.read_text(name)?.ok_or(ImportError::Damaged {
            path: None,
            format: self.format,
            detail,
        })
    }

    /// The part as UTF-8 text (XML parts of these formats are UTF-8).
    pub fn read_text(&mut self, name: &str) -> Result<Option<String>, ImportError> {
        Ok(self
            .read(name)?
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned()))
    }
}
