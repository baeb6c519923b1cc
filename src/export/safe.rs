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
//!   named `../../etc/passwd` or `CON` still gets a file inside the output folder.

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

const RESERVED: [&str; 22] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// Longest file stem produced, in characters.
const MAX_STEM_CHARS: usize = 60;

/// A file stem (no extension) made from a person's name or a title, safe on Windows,
/// macOS and Linux and unable to leave the folder it is written into.
pub fn file_stem(name: &str, fallback: &str) -> String {
    let mut stem = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() || c == '-' || c == '_' {
            stem.push(c);
        } else if (c.is_whitespace() || c == '.') && !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
        if stem.chars().count() >= MAX_STEM_CHARS {
            break;
        }
    }
    let stem = stem.trim_matches(['-', '_']).to_owned();
    if stem.is_empty() {
        return fallback.to_owned();
    }
    let base = stem.split('.').next().unwrap_or_default();
    if RESERVED.iter().any(|r| r.eq_ignore_ascii_case(base)) {
        return format!("{stem}_");
    }
    stem
}

/// Unique stems: a second "Ana" becomes "Ana-2".
pub fn unique_stems<'a>(names: impl IntoIterator<Item = &'a str>, fallback: &str) -> Vec<String> {
    let mut taken = std::collections::HashSet::new();
    names
        .into_iter()
        .map(|name| {
            let base = file_stem(name, fallback);
            let mut candidate = base.clone();
            let mut n = 2;
            while !taken.insert(candidate.to_lowercase()) {
                candidate = format!("{base}-{n}");
                n += 1;
            }
            candidate
        })
        .collect()
}

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

    #[test]
    fn file_names_stay_in_the_folder() {
        assert_eq!(file_stem("../../etc/passwd", "s"), "etcpasswd");
        assert_eq!(file_stem("/abs/path", "s"), "abspath");
        assert_eq!(file_stem("C:\\Windows\\x", "s"), "CWindowsx");
        assert_eq!(file_stem("CON", "s"), "CON_");
        assert_eq!(file_stem("lpt1", "s"), "lpt1_");
        assert_eq!(file_stem("\u{0}\u{7}..", "student"), "student");
        assert_eq!(file_stem("...", "student"), "student");
        assert_eq!(file_stem("Ana María López", "s"), "Ana-María-López");
        assert_eq!(file_stem("Иван Петров", "s"), "Иван-Петров");
        assert_eq!(
            file_stem(&"x".repeat(500), "s").chars().count(),
            MAX_STEM_CHARS
        );
        assert_eq!(
            unique_stems(["Ana", "ana", "Ana", "CON"], "s"),
            vec!["Ana", "ana-2", "Ana-3", "CON_"]
        );
    }
}
