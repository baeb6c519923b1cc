//! Finds the interface languages: every `locales/<code>.ftl` file is one language, so
//! adding a language is adding one file (README, "Adding a language"). The list is
//! written to `$OUT_DIR/languages.rs` and included by `src/i18n/catalog.rs`.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new("locales");
    println!("cargo::rerun-if-changed=locales");
    let mut codes: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| {
                    let name = e.file_name().into_string().ok()?;
                    name.strip_suffix(".ftl").map(str::to_owned)
                })
                .collect()
        })
        .unwrap_or_default();
    // English first: it is the fallback and the default where the system's is unknown.
    codes.sort_by_key(|c| (c != "en", c.clone()));
    let mut out =
        String::from("/// Every `locales/*.ftl` file: (code, Fluent source), English first.\n");
    out.push_str("pub(super) static LANGUAGES: &[(&str, &str)] = &[\n");
    for code in &codes {
        println!("cargo::rerun-if-changed=locales/{code}.ftl");
        // Relative to the crate, not an absolute path, so a build of one checkout never
        // reads another checkout's messages.
        let _ = writeln!(
            out,
            "    ({code:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/locales/{code}.ftl\"))),"
        );
    }
    out.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    std::fs::write(Path::new(&out_dir).join("languages.rs"), out)
        .unwrap_or_else(|e| panic!("writing languages.rs: {e}"));
}
