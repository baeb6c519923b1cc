//! Any bytes as a OpenDocument text (.odt): importing must not panic, must stay within its memory
//! limits (libFuzzer's -rss_limit_mb), and an imported article's text and offsets must
//! agree. Seeded with the real documents in tests/fixtures/documents/.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use marginalia::import::import_bytes;

fuzz_target!(|data: &[u8]| {
    let Ok(imported) = import_bytes(data, Path::new("fuzz.odt"), "fuzz", None) else {
        return;
    };
    let text = imported.article.text();
    assert!(!text.trim().is_empty());
    assert!(!text.contains('\r'), "line endings are normalised");
    assert_eq!(imported.article.offsets().char_len(), text.chars().count());
});
