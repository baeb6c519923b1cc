//! The one place for the rules of names of files Marginalia writes from a person's name or
//! a title (feedback pages, submissions, exports). Files travel: a class folder made on a
//! Linux laptop is opened on a Windows desktop or a Mac, so every name follows the rules
//! of all three, whatever system writes it.
//!
//! * **Windows**: no `< > : " / \ | ? *`, no control characters, no trailing dot or
//!   space (Explorer drops them, so the file cannot be opened by its name), and none of
//!   the device names `CON PRN AUX NUL COM1-9 LPT1-9` (also `COM¹²³`, `LPT¹²³`), with
//!   any extension (`con.html` is the console too); a name is at most 255 UTF-16 units.
//! * **macOS**: no `:` (Finder shows `/` for it) and no `/`; at most 255 bytes of UTF-8.
//! * **Linux**: no `/` and no NUL; at most 255 bytes.
//! * Everywhere: no leading dot (a hidden file), no `..`, so a student named
//!   `../../etc/passwd` still gets a file inside the output folder.
//!
//! [`file_stem`] keeps letters, digits, `-` and `_` only (any other character is dropped,
//! spaces and dots become `-`), which satisfies all of these by construction; reserved
//! names get a `_`. [`file_name`] adds the extension within the length limit.
//! [`follows_every_systems_rules`] states the rules as a check, for tests.

/// Device names Windows reserves, with any extension, in any case.
const WINDOWS_RESERVED: [&str; 28] = [
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "COM¹", "COM²", "COM³", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
    "LPT9", "LPT¹", "LPT²", "LPT³",
];

/// Characters Windows refuses in names (macOS refuses `:` and `/`, Linux `/`).
const FORBIDDEN: [char; 9] = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

/// Longest file stem [`file_stem`] produces, in characters (short enough to read in a
/// file list; 60 four-byte characters are 240 bytes, within every system's limit).
pub const MAX_STEM_CHARS: usize = 60;

/// Longest file name, in bytes of UTF-8: Linux's and macOS' limit; a name within it is
/// also within Windows' 255 UTF-16 units (a character never takes more units than bytes).
pub const MAX_NAME_BYTES: usize = 255;

/// Whether Windows takes `name` for a device: `CON`, `con.html`, `LPT1.tar.gz`.
pub fn is_reserved_on_windows(name: &str) -> bool {
    let base = name.split('.').next().unwrap_or_default();
    let base = base.trim_end_matches(' ');
    WINDOWS_RESERVED
        .iter()
        .any(|reserved| reserved.eq_ignore_ascii_case(base))
}

/// A file stem (no extension) made from a person's name or a title, safe on Windows,
/// macOS and Linux and unable to leave the folder it is written into; `fallback` when
/// nothing of `name` can be kept.
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
    finish_stem(&stem).unwrap_or_else(|| fallback.to_owned())
}

/// `stem` without `-` or `_` at its ends, with a `_` if Windows reserves it; `None` if
/// nothing is left.
fn finish_stem(stem: &str) -> Option<String> {
    let stem = stem.trim_matches(['-', '_']);
    if stem.is_empty() {
        None
    } else if is_reserved_on_windows(stem) {
        Some(format!("{stem}_"))
    } else {
        Some(stem.to_owned())
    }
}

/// `stem.extension`, the stem shortened (at a character) so the whole name stays within
/// [`MAX_NAME_BYTES`]. `stem` comes from [`file_stem`] (or several joined with `-`).
pub fn file_name(stem: &str, extension: &str) -> String {
    let room = MAX_NAME_BYTES.saturating_sub(extension.len() + 1);
    let mut end = stem.len().min(room);
    while !stem.is_char_boundary(end) {
        end -= 1;
    }
    let short = stem.get(..end).unwrap_or_default();
    let stem = finish_stem(short).unwrap_or_else(|| "file".to_owned());
    format!("{stem}.{extension}")
}

/// Unique stems: a second "Ana" becomes "Ana-2" (compared without case, as Windows and
/// macOS compare names).
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

/// Whether `name` (a whole file name) follows the rules of every system above.
pub fn follows_every_systems_rules(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && !name.ends_with(['.', ' '])
        && !name
            .chars()
            .any(|c| c.is_control() || FORBIDDEN.contains(&c))
        && !is_reserved_on_windows(name)
        && name.len() <= MAX_NAME_BYTES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_stay_in_the_folder() {
        assert_eq!(file_stem("../../etc/passwd", "s"), "etcpasswd");
        assert_eq!(file_stem("/abs/path", "s"), "abspath");
        assert_eq!(file_stem("C:\\Windows\\x", "s"), "CWindowsx");
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

    #[test]
    fn windows_device_names_with_any_extension_and_case() {
        for reserved in [
            "CON",
            "con",
            "Con.html",
            "nul.tar.gz",
            "AUX",
            "PRN.txt",
            "COM1",
            "com9.csv",
            "LPT1",
            "lpt9",
            "COM¹",
            "LPT³.ron",
            "CON .txt",
        ] {
            assert!(is_reserved_on_windows(reserved), "{reserved}");
            assert!(!follows_every_systems_rules(reserved), "{reserved}");
        }
        for fine in ["CONSOLE", "COM10", "LPT0", "icon", "Connor.html", "com"] {
            assert!(!is_reserved_on_windows(fine), "{fine}");
        }
        assert_eq!(file_stem("CON", "s"), "CON_");
        assert_eq!(file_stem("lpt1", "s"), "lpt1_");
        assert_eq!(file_stem("COM¹", "s"), "COM¹_");
        assert_eq!(file_stem("nul.", "s"), "nul_");
        assert_eq!(file_stem("Con.html", "s"), "Con-html");
    }

    #[test]
    fn forbidden_characters_trailing_dots_and_spaces() {
        for name in [
            "a<b", "a>b", "a:b", "a\"b", "a/b", "a\\b", "a|b", "a?b", "a*b", "a\u{1}b", "ab.",
            "ab ", ".hidden", "",
        ] {
            assert!(!follows_every_systems_rules(name), "{name:?}");
            let made = file_name(&file_stem(name, "student"), "html");
            assert!(follows_every_systems_rules(&made), "{name:?} → {made:?}");
        }
        assert_eq!(file_stem("Who: a \"test\"?", "s"), "Who-a-test");
        assert_eq!(file_stem("trailing dot. ", "s"), "trailing-dot");
    }

    #[test]
    fn names_fit_in_255_bytes() {
        // Three bytes a character: two 60-character stems are 360 bytes.
        let chinese = file_stem(&"汉".repeat(100), "s");
        let joined = format!("{chinese}-{chinese}");
        let name = file_name(&joined, "ron");
        assert!(name.len() <= MAX_NAME_BYTES, "{} bytes", name.len());
        assert!(name.ends_with("汉.ron"), "cut at a character: {name}");
        assert!(follows_every_systems_rules(&name));
        assert_eq!(file_name("Ana", "html"), "Ana.html");
        assert_eq!(file_name("", "html"), "file.html");
    }
}
