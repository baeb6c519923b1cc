//! Which language to speak when nobody chose: `MARGINALIA_LANG`, then the system's
//! locale (`LC_ALL`, `LC_MESSAGES`, `LANG` on Linux; the user's language on Windows and
//! macOS, through sys-locale), then English.

use super::Lang;

/// The language the system asks for, if there is a file for it.
pub fn system_language() -> Option<Lang> {
    if let Some(lang) = std::env::var("MARGINALIA_LANG")
        .ok()
        .and_then(|v| Lang::from_code(&v))
    {
        return Some(lang);
    }
    // sys-locale reads LC_ALL, LC_MESSAGES and LANG in that order on Unix; "C" and
    // "POSIX" name no language and fall through to English.
    sys_locale::get_locales()
        .filter(|l| l != "C" && l != "POSIX")
        .find_map(|l| Lang::from_code(&l))
}

/// `--lang`, else the saved choice, else the system's language, else English.
pub fn choose(flag: Option<&str>, saved: Option<&str>) -> Lang {
    flag.and_then(Lang::from_code)
        .or_else(|| saved.and_then(Lang::from_code))
        .or_else(system_language)
        .unwrap_or(Lang::ENGLISH)
}
