//! What every import fuzz target checks: importing any bytes under a file name must not
//! panic (and stays within libFuzzer's -rss_limit_mb), and an article that imports has
//! text, normalised line endings, and offsets that agree with its text.
//!
//! Panics inside the third-party readers (pdf-extract, rs-trafilatura) are contained by
//! `marginalia::import::guard`, as in the app: the hook installed here, as `main`
//! installs it, lets those be caught, so what the fuzzer reports is a panic that would
//! reach a user.

use std::path::Path;
use std::sync::Once;

static HOOK: Once = Once::new();

pub fn import_any(data: &[u8], name: &str) {
    // After libfuzzer-sys's own hook (which aborts), so it wraps that one.
    HOOK.call_once(marginalia::import::guard::install_quiet_panic_hook);
    let Ok(imported) = marginalia::import::import_bytes(data, Path::new(name), "fuzz", None)
    else {
        return;
    };
    let text = imported.article.text();
    assert!(!text.trim().is_empty());
    assert!(!text.contains('\r'), "line endings are normalised");
    assert_eq!(imported.article.offsets().char_len(), text.chars().count());
}
