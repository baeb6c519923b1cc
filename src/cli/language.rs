//! `--lang CODE`: found in the raw arguments before clap parses them, since `--help`
//! itself must be in that language.

use std::ffi::OsString;

use crate::i18n::{self, Lang};
use crate::t;

/// The value of the first `--lang CODE` or `--lang=CODE` (before a `--`), if any.
pub fn flag(args: impl IntoIterator<Item = OsString>) -> Option<String> {
    let mut args = args.into_iter().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy().into_owned();
        if arg == "--" {
            return None;
        }
        if arg == "--lang" {
            return Some(args.next()?.to_string_lossy().into_owned());
        }
        if let Some(code) = arg.strip_prefix("--lang=") {
            return Some(code.to_owned());
        }
    }
    None
}

/// Sets the process's language: `--lang`, else `MARGINALIA_LANG` or the system's. An
/// unknown `--lang` is an error that lists the languages there are (in the system's
/// language, since the one asked for is not there).
pub fn choose(args: impl IntoIterator<Item = OsString>) -> Result<(), String> {
    i18n::set_process(i18n::locale::choose(None, None));
    let Some(code) = flag(args) else {
        return Ok(());
    };
    match Lang::from_code(&code) {
        Some(lang) => {
            i18n::set_from_command_line(lang);
            Ok(())
        }
        None => {
            let available: Vec<String> = Lang::all()
                .map(|l| format!("{} ({})", l.code(), l.native_name()))
                .collect();
            Err(t!(
                "cli-unknown-language",
                code = code,
                available = available.join(", ")
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_is_found_anywhere_before_a_double_dash() {
        assert_eq!(
            flag(args(&["m", "--lang", "fr", "--help"])),
            Some("fr".into())
        );
        assert_eq!(
            flag(args(&["m", "validate", "--lang=en", "x"])),
            Some("en".into())
        );
        assert_eq!(flag(args(&["m", "validate", "x"])), None);
        assert_eq!(flag(args(&["m", "--", "--lang", "fr"])), None);
        assert_eq!(flag(args(&["m", "--lang"])), None);
    }
}
