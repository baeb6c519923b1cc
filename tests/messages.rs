//! The message files are complete, and no view writes words of its own.
//!
//! * Every message id of one language exists in every other (English is compared with
//!   French and any language added later), with the same arguments.
//! * French follows OQLF typography: a narrow no-break space (or no-break space) before
//!   `; ! ?` and `:`, and inside « ».
//! * The window (`src/gui/`), the CLI (`src/cli/`) and the exports (`src/export/`) pass
//!   message ids, never literal sentences: a string literal that reads as prose (a
//!   space between words, or a capitalised word) is reported with its file and line.
//!   A literal that is not shown to anyone (a font's name, an egui id) carries the
//!   comment `// i18n-ok: why` on its line or the line above.

#![allow(clippy::string_slice)] // test code over ASCII-delimited message files

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use marginalia::i18n::{self, Lang};

#[test]
fn there_are_english_and_french() {
    let codes: Vec<&str> = Lang::all().map(Lang::code).collect();
    assert!(codes.contains(&"en") && codes.contains(&"fr"), "{codes:?}");
    assert_eq!(Lang::french().native_name(), "Français");
    assert_eq!(Lang::ENGLISH.native_name(), "English");
}

#[test]
fn message_files_parse_cleanly() {
    for lang in Lang::all() {
        let errors = i18n::file_errors(lang);
        assert!(
            errors.is_empty(),
            "locales/{}.ftl has errors:\n{}",
            lang.code(),
            errors.join("\n")
        );
    }
}

#[test]
fn every_message_exists_in_every_language() {
    let all: Vec<(Lang, BTreeSet<String>)> = Lang::all()
        .map(|l| (l, i18n::message_ids(l).into_iter().collect()))
        .collect();
    let mut problems = Vec::new();
    for (a, ids_a) in &all {
        for (b, ids_b) in &all {
            for missing in ids_a.difference(ids_b) {
                problems.push(format!(
                    "`{missing}` is in locales/{}.ftl but not in locales/{}.ftl",
                    a.code(),
                    b.code()
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The `$names` a message uses, from the raw file (attributes and variants included).
fn arguments_per_message(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some((id, _)) = line.split_once(" =")
            && !line.starts_with(' ')
            && !id.is_empty()
        {
            current = Some(id.trim().to_owned());
        }
        let Some(id) = &current else { continue };
        let entry = out.entry(id.clone()).or_default();
        let mut rest = line;
        while let Some(pos) = rest.find('$') {
            rest = &rest[pos + 1..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !name.is_empty() {
                entry.insert(name);
            }
        }
    }
    out
}

fn locale_source(code: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{code}.ftl"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn translations_use_the_same_arguments() {
    let en = arguments_per_message(&locale_source("en"));
    let mut problems = Vec::new();
    for lang in Lang::all().filter(|l| *l != Lang::ENGLISH) {
        let other = arguments_per_message(&locale_source(lang.code()));
        for (id, args) in &en {
            if let Some(theirs) = other.get(id)
                && theirs != args
            {
                problems.push(format!(
                    "`{id}`: English uses {args:?}, {} uses {theirs:?}",
                    lang.code()
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn french_follows_oqlf_typography() {
    let source = locale_source("fr");
    let mut problems = Vec::new();
    for (n, line) in source.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        // Only the message text: after "id =" or on a continuation line.
        let text = match line.split_once(" = ") {
            Some((id, value)) if !line.starts_with(' ') && !id.contains(' ') => value,
            _ if line.starts_with(' ') => line.trim_start(),
            _ => continue,
        };
        // Placeables ({ $count }, { NUMBER(...) }) are not prose.
        let prose = strip_placeables(text);
        let chars: Vec<char> = prose.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let before = if i == 0 { None } else { Some(chars[i - 1]) };
            let after = chars.get(i + 1).copied();
            let spaced = |b: Option<char>| matches!(b, Some('\u{202F}' | '\u{A0}'));
            let bad = match c {
                // "?" and "!" and ";" end a sentence: narrow no-break space before.
                '?' | '!' | ';' => before.is_some_and(|b| b != '?' && b != '!') && !spaced(before),
                // ":" before a space or at the end is punctuation (not 10:30, not C:\).
                ':' => after.is_none_or(char::is_whitespace) && !spaced(before) && before.is_some(),
                '«' => after.is_some() && !spaced(after),
                '»' => before.is_some() && !spaced(before),
                _ => false,
            };
            if bad {
                problems.push(format!("locales/fr.ftl:{}: {c:?} in {line:?}", n + 1));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn strip_placeables(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn plurals_and_numbers_follow_the_language() {
    let fr = Lang::french();
    let count = |lang: Lang, n: i64| {
        let mut args = i18n::FluentArgs::new();
        args.set("count", n);
        i18n::message_in(lang, "general-annotation-count", Some(&args))
    };
    assert_eq!(count(Lang::ENGLISH, 1), "1 annotation");
    assert_eq!(count(Lang::ENGLISH, 2), "2 annotations");
    assert_eq!(count(Lang::ENGLISH, 0), "0 annotations");
    assert_eq!(count(fr, 0), "0 annotation");
    assert_eq!(count(fr, 1), "1 annotation");
    assert_eq!(count(fr, 2), "2 annotations");
    let score = |lang: Lang| {
        let mut args = i18n::FluentArgs::new();
        args.set("score", 62.8);
        i18n::message_in(lang, "general-score", Some(&args))
    };
    assert_eq!(score(Lang::ENGLISH), "62.8");
    assert_eq!(score(fr), "62,8");
}

#[test]
fn the_thread_language_is_the_one_messages_use() {
    i18n::set_thread(Lang::french());
    assert_eq!(marginalia::t!("language-name"), "Français");
    let english = i18n::with(Lang::ENGLISH, || marginalia::t!("language-name"));
    assert_eq!(english, "English");
    assert_eq!(marginalia::t!("language-name"), "Français");
    // A missing id shows itself and does not panic.
    assert_eq!(marginalia::t!("no-such-message"), "no-such-message");
}

// ---------------------------------------------------------------------------------------
// No literal prose in the views

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of `source` (before its `#[cfg(test)]` module), with their line.
fn string_literals(source: &str) -> Vec<(usize, String)> {
    let code = source.split("\n#[cfg(test)]").next().unwrap_or(source);
    let bytes: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut line = 1;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            '\n' => line += 1,
            '/' if bytes.get(i + 1) == Some(&'/') => {
                while i < bytes.len() && bytes[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '\'' => {
                // A char literal ('"', '\'') or a lifetime: skip the char literal only.
                if bytes.get(i + 2) == Some(&'\'') {
                    i += 3;
                    continue;
                }
                if bytes.get(i + 1) == Some(&'\\')
                    && let Some(end) = (i + 2..bytes.len().min(i + 12)).find(|&j| bytes[j] == '\'')
                {
                    i = end + 1;
                    continue;
                }
            }
            'r' if bytes.get(i + 1) == Some(&'#') || bytes.get(i + 1) == Some(&'"') => {
                let prev_ident = i > 0 && (bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_');
                if !prev_ident {
                    let mut j = i + 1;
                    let mut hashes = 0;
                    while bytes.get(j) == Some(&'#') {
                        hashes += 1;
                        j += 1;
                    }
                    if bytes.get(j) == Some(&'"') {
                        let start_line = line;
                        let mut text = String::new();
                        j += 1;
                        while let Some(&ch) = bytes.get(j) {
                            if ch == '"' && (0..hashes).all(|h| bytes.get(j + 1 + h) == Some(&'#'))
                            {
                                j += 1 + hashes;
                                break;
                            }
                            if ch == '\n' {
                                line += 1;
                            }
                            text.push(ch);
                            j += 1;
                        }
                        out.push((start_line, text));
                        i = j;
                        continue;
                    }
                }
            }
            '"' => {
                let start_line = line;
                let mut text = String::new();
                let mut j = i + 1;
                while let Some(&ch) = bytes.get(j) {
                    if ch == '\\' {
                        // Skip the escape and a line continuation's newline.
                        if bytes.get(j + 1) == Some(&'\n') {
                            line += 1;
                        }
                        j += 2;
                        continue;
                    }
                    if ch == '"' {
                        break;
                    }
                    if ch == '\n' {
                        line += 1;
                    }
                    text.push(ch);
                    j += 1;
                }
                out.push((start_line, text));
                i = j + 1;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Whether a literal reads as words for a person: two words with a space, or a
/// capitalised word. Placeholders (`{name}`) and escapes are not words.
fn reads_as_prose(literal: &str) -> bool {
    let text = strip_placeables(literal);
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect();
    if words.is_empty() {
        return false;
    }
    let spaced = words.len() >= 2 && text.contains(' ');
    let capitalised = words.iter().any(|w| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
    });
    spaced || capitalised
}

#[test]
fn views_cli_and_exports_pass_message_ids_not_sentences() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src/gui", "src/cli", "src/export"] {
        rust_files(&root.join(dir), &mut files);
    }
    files.sort();
    let mut problems = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap_or_default();
        let lines: Vec<&str> = source.lines().collect();
        for (line, literal) in string_literals(&source) {
            if !reads_as_prose(&literal) {
                continue;
            }
            let here = lines.get(line - 1).copied().unwrap_or_default();
            let above = if line >= 2 { lines[line - 2] } else { "" };
            let allowed = here.contains("i18n-ok") || above.contains("i18n-ok");
            // Doc comments and attributes are for us, not for the user.
            let code_line = here.trim_start();
            let meta = code_line.starts_with("///")
                || code_line.starts_with("//!")
                || code_line.starts_with("#[");
            if !allowed && !meta {
                problems.push(format!(
                    "{}:{line}: {literal:?}",
                    file.strip_prefix(root).unwrap_or(file).display()
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} literal sentences shown to people; pass a message id (t!(\"…\")) or mark the \
         line `// i18n-ok: why`:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
