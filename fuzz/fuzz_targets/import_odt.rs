//! Any bytes as an OpenDocument text (see import_check.rs for what is checked).
#![no_main]

#[path = "import_check.rs"]
mod import_check;

libfuzzer_sys::fuzz_target!(|data: &[u8]| import_check::import_any(data, "fuzz.odt"));
