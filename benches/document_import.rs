//! Import time of documents in release, beside the library doing the raw work alone in
//! the same run: a 50-page PDF printed by Chromium (tests/fixtures/documents/
//! long-50-pages.pdf) against pdf-extract's own plain-text output, and the Word,
//! OpenDocument and EPUB fixtures. Median of 7 runs each.
//!
//! `cargo bench --bench document_import`

use std::path::Path;
use std::time::{Duration, Instant};

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time(mut f: impl FnMut()) -> Duration {
    f(); // warm up (page cache, lazy statics)
    median(
        (0..7)
            .map(|_| {
                let start = Instant::now();
                f();
                start.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/documents");
    let pdf = dir.join("long-50-pages.pdf");
    let Ok(bytes) = std::fs::read(&pdf) else {
        println!("document_import: skipped, {} not found", pdf.display());
        return;
    };
    let mut words = 0;
    let ours = time(|| {
        let imported = marginalia::import::import_bytes(&bytes, &pdf, "long", None)
            .expect("the fixture imports");
        words = imported.article.text().split_whitespace().count();
    });
    let raw = time(|| {
        let _ = pdf_extract::extract_text_from_mem(&bytes);
    });
    println!("| file | Marginalia import | baseline | ratio |");
    println!("|---|---:|---:|---:|");
    println!(
        "| 50-page PDF ({words} words) | {:.0} ms | pdf-extract plain text {:.0} ms | {:.2}× |",
        ours.as_secs_f64() * 1000.0,
        raw.as_secs_f64() * 1000.0,
        ours.as_secs_f64() / raw.as_secs_f64()
    );
    for file in [
        "article.docx",
        "article.odt",
        "article.epub",
        "article.mhtml",
    ] {
        let path = dir.join(file);
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let t = time(|| {
            let _ = marginalia::import::import_bytes(&bytes, &path, "x", None);
        });
        println!("| {file} | {:.1} ms | | |", t.as_secs_f64() * 1000.0);
    }
}
