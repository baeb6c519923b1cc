//! Making strings from files safe to put into a spreadsheet, a web page or a file name.
//!
//! Every string that came from a project file (names, titles, quotes, notes, comments)
//! was typed by someone else, possibly to attack the teacher's machine:
//!
//! * **CSV**: a cell starting with `=`, `+`, `-`, `@`, tab or carriage return is run as a
//!   formula by spreadsheet programs. As OWASP recommends, such cells get a leading `'`
//!   (shown as text, not run). Numbers Marginalia computes are written as numbers.
//! * **HTML**: `&`, `<`, `>`, `"` and `'` are escaped everywhere, in text and attributes.
//! * **File names**: only letters, digits, spaces, `-`, `_` and `.` are kept; no leading
//!   dot, no path separators, no reserved Windows names, a length limit; so a student
//!   named `../../etc/passwd` or `CON` still gets a file inside the output folder. The
//!   rules live in [`crate::platform::file_names`] (re-exported here).

/// A CSV cell that spreadsheet programs show as text, never run as a formula.
pub fn csv_text(value: &str) -> String {
    match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '\n') => format!("'{value}"),
        _ => value.to_owned(),
    }
}

/// `value` escaped for HTML text and attribute values.
pub fn html(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + value.len() / 8);
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

pub use crate::platform::file_names::{file_stem, unique_stems};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_formulas_become_text() {
        for bad in [
            "=1+1",
            "+SUM(A1)",
            "-2+3",
            "@cmd",
            "\tx",
            "\rx",
            "=HYPERLINK(\"http://x\")",
        ] {
            assert!(csv_text(bad).starts_with('\''), "{bad}");
        }
        assert_eq!(csv_text("Ana"), "Ana");
        assert_eq!(csv_text(""), "");
    }

    #[test]
    fn html_is_inert() {
        assert_eq!(
            html(r#""><img src=x onerror=alert(1)>"#),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(
            html("<script>alert('x')</script>"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
        );
    }
}
