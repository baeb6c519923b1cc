//! What every import fuzz target checks: importing any bytes under a file name must not
//! panic (and stays within libFuzzer's -rss_limit_mb), and an article that imports has
//! text, normalised line endings, and offsets that agree with its text.

use std::path::Path;

pub fn import_any(data: &[u8], name: &str) {
    let Ok(imported) = marginalia::import::import_bytes(data, Path::new(name), "fuzz", None)
    else {
        return;
    };
    let text = imported.article.text();
    assert!(!text.trim().is_empty());
    assert!(!text.contains('\r'), "line endings are normalised");
    assert_eq!(imported.article.offsets().char_len(), text.chars().count());
}
