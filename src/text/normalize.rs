//! Line-ending and BOM normalisation, applied once when text enters a project.

/// Removes leading byte-order marks and turns CRLF and lone CR into LF.
/// Idempotent, so applying it again on load never shifts offsets of normalised text.
pub fn normalize_newlines(text: &str) -> String {
    normalize_line_endings(text.trim_start_matches('\u{FEFF}'))
}

/// Turns CRLF and lone CR into LF, and nothing else (a U+FEFF inside a quote is text).
pub fn normalize_line_endings(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn strips_bom_and_crlf() {
        assert_eq!(normalize_newlines("\u{FEFF}a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(normalize_newlines("\r\r\n"), "\n\n");
    }

    proptest! {
        #[test]
        fn idempotent_and_cr_free(text in crate::text::strategies::unicode_text()) {
            let once = normalize_newlines(&text);
            prop_assert!(!once.contains('\r'));
            let bom = '\u{FEFF}';
            prop_assert!(!once.starts_with(bom));
            prop_assert_eq!(normalize_newlines(&once), once);
        }
    }
}
