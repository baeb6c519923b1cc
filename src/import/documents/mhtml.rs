//! Pages saved as "Webpage, Single File" (.mhtml / .mht): a MIME message whose first
//! HTML part is the page. The part is decoded (quoted-printable or base64, any charset)
//! and then read like any saved web page, reader view included. The page's address is
//! in the message's `Snapshot-Content-Location` (Chrome) or the part's
//! `Content-Location`.

use crate::t;
use mail_parser::MessageParser;

use crate::import::ImportError;

/// The decoded HTML of the page, and its address when the file states it.
pub struct SavedPage {
    pub html: String,
    pub url: Option<String>,
}

pub fn read(bytes: &[u8]) -> Result<SavedPage, ImportError> {
    let damaged = |detail: &str| ImportError::Damaged {
        path: None,
        format: "a saved web page (MHTML)",
        detail: detail.to_owned(),
    };
    let message = MessageParser::default()
        .parse(bytes)
        .ok_or_else(|| damaged(&t!("import-mhtml-not-mime")))?;
    let html = message
        .body_html(0)
        .ok_or_else(|| damaged(&t!("import-mhtml-no-html")))?
        .into_owned();
    let url = message
        .header_raw("Snapshot-Content-Location")
        .map(|v| v.trim().to_owned())
        .filter(|v| v.starts_with("http"));
    Ok(SavedPage { html, url })
}

/// Whether `bytes` look like a MIME message holding a web page: headers first, and a
/// `multipart/related` type among them.
pub fn looks_like(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(bytes.get(..4096).unwrap_or(bytes)).to_ascii_lowercase();
    let header_like = head
        .lines()
        .next()
        .is_some_and(|l| l.contains(':') && !l.trim_start().starts_with('<'));
    header_like && head.contains("multipart/related")
}
