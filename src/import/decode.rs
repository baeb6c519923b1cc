//! Bytes to text in whatever encoding they came in, and refusing what is not text.
//!
//! Order: a BOM decides (UTF-8, UTF-16LE/BE); else valid UTF-8 is UTF-8; else chardetng
//! guesses among legacy encodings (Windows-1251 Cyrillic, Windows-1252, ISO-8859-x, …).
//! Binary files are caught first by their magic numbers and NUL/control bytes.

use encoding_rs::Encoding;

use super::ImportError;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// The encoding's name, e.g. "UTF-8", "UTF-16LE", "windows-1251".
    pub encoding: &'static str,
    pub had_bom: bool,
    /// Some bytes were invalid and became U+FFFD.
    pub had_errors: bool,
    /// No BOM and not UTF-8: the encoding was detected statistically.
    pub guessed: bool,
}

pub fn decode(bytes: &[u8]) -> Result<Decoded, ImportError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ImportError::Empty { path: None });
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        return finish(text.into_owned(), encoding, true, had_errors);
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        return finish(text.into_owned(), encoding, false, had_errors);
    }
    if let Some(what) = binary_kind(bytes) {
        return Err(ImportError::Binary { path: None, what });
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return finish(text.to_owned(), encoding_rs::UTF_8, false, false);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Allow);
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let mut decoded = finish(text.into_owned(), encoding, false, had_errors)?;
    decoded.guessed = true;
    Ok(decoded)
}

/// UTF-16 saved without a byte-order mark: text in Latin script then has a NUL in every
/// other byte (odd positions for little-endian, even for big-endian) and almost none in
/// the others.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = bytes.get(..8192).unwrap_or(bytes);
    if sample.len() < 8 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let pairs = sample.len() / 2;
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    if odd * 10 >= pairs * 7 && even * 50 <= pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even * 10 >= pairs * 7 && odd * 50 <= pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

fn finish(
    text: String,
    encoding: &'static Encoding,
    had_bom: bool,
    had_errors: bool,
) -> Result<Decoded, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty { path: None });
    }
    if text.contains('\0') {
        return Err(ImportError::Binary {
            path: None,
            what: "a binary file",
        });
    }
    Ok(Decoded {
        text,
        encoding: encoding.name(),
        had_bom,
        had_errors,
        guessed: false,
    })
}

/// Names common binary formats people try to open by mistake, or "a binary file" when
/// the bytes hold NULs or many control characters; `None` for plausible text.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF document"),
        (
            b"PK\x03\x04",
            "a ZIP archive (a .docx, .odt or .epub is one)",
        ),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"\xD0\xCF\x11\xE0", "an old Microsoft Office document"),
        (b"{\\rtf", "an RTF document"),
        (b"\x7FELF", "a program"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(what);
    }
    let sample = bytes.get(..8192).unwrap_or(bytes);
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    if sample.contains(&0) || control * 20 > sample.len() {
        return Some("a binary file");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_and_utf16() {
        let d = decode(b"\xEF\xBB\xBFhi").unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding, d.had_bom),
            ("hi", "UTF-8", true)
        );
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Привет".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let d = decode(&utf16).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Привет", "UTF-16LE"));
    }

    #[test]
    fn utf16_without_a_bom_is_recognised() {
        let le: Vec<u8> = "Plain text, no BOM."
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let d = decode(&le).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding),
            ("Plain text, no BOM.", "UTF-16LE")
        );
        let be: Vec<u8> = "Plain text, no BOM."
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(decode(&be).unwrap().encoding, "UTF-16BE");
        // Binary with NULs in both halves is still binary.
        assert!(decode(&[0u8, 0, 1, 0, 0, 7, 0, 0, 9, 0, 0, 0]).is_err());
    }

    #[test]
    fn cyrillic_in_windows_1251() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("Посол России обвинил Оттаву в кампании в социальных сетях.");
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "windows-1251");
        assert!(d.text.starts_with("Посол России"));
    }

    #[test]
    fn refuses_binary_and_empty() {
        assert!(matches!(
            decode(b"%PDF-1.7\n..."),
            Err(ImportError::Binary {
                what: "a PDF document",
                ..
            })
        ));
        assert!(matches!(
            decode(&[0u8, 1, 2, 3, 200, 100]),
            Err(ImportError::Binary { .. })
        ));
        assert!(matches!(decode(b" \n\t "), Err(ImportError::Empty { .. })));
        assert!(matches!(decode(b""), Err(ImportError::Empty { .. })));
    }
}
