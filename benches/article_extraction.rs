//! How much of the article, and how little else, a web-page import keeps.
//!
//! On the 181 real news pages of the public article-extraction benchmark (scrapinghub,
//! kept in `../shared/data/article-extraction`, or `MARGINALIA_EXTRACTION_DATA`), this
//! scores in one run:
//! - Marginalia's import in article mode (what a student gets by default),
//! - the extraction library it uses (rs-trafilatura) called raw, as the baseline,
//! - article mode again with its first line (the page's headline) left out, since the
//!   benchmark's ground truth is the body alone,
//! - Marginalia's whole-page import (everything a reader of the page sees).
//!
//! Run with `cargo bench --bench article_extraction`. `--worst N` lists the N pages where
//! article mode loses most of the article.

#[path = "extraction/score.rs"]
mod score;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use marginalia::import::{ImportOptions, PageMode, import_bytes_with};
use score::{PageScore, mean_of_pages, overall, score_page};

struct Page {
    id: String,
    html: Vec<u8>,
    truth: String,
}

fn data_dir() -> PathBuf {
    std::env::var_os("MARGINALIA_EXTRACTION_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/article-extraction")
        })
}

fn load(dir: &Path) -> Result<Vec<Page>, String> {
    let truth_path = dir.join("ground-truth.json");
    let truth = std::fs::read_to_string(&truth_path)
        .map_err(|e| format!("{}: {e}", truth_path.display()))?;
    let truth: serde_json::Value =
        serde_json::from_str(&truth).map_err(|e| format!("{}: {e}", truth_path.display()))?;
    let entries = truth
        .as_object()
        .ok_or("ground-truth.json is not an object")?;
    let mut pages = Vec::new();
    for (id, entry) in entries {
        let body = entry
            .get("articleBody")
            .and_then(|b| b.as_str())
            .unwrap_or_default();
        let path = dir.join("html").join(format!("{id}.html.gz"));
        let file = std::fs::File::open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut html = Vec::new();
        flate2::read::GzDecoder::new(file)
            .read_to_end(&mut html)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        pages.push(Page {
            id: id.clone(),
            html,
            truth: body.to_owned(),
        });
    }
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(pages)
}

fn marginalia(page: &Page, mode: PageMode) -> String {
    let options = ImportOptions { page: mode };
    match import_bytes_with(&page.html, Path::new("page.html"), &page.id, None, &options) {
        Ok(imported) => imported.article.text().to_owned(),
        Err(_) => String::new(),
    }
}

/// Article mode with the headline line left out of the score: the benchmark's ground
/// truth has the body only, and Marginalia puts the page's headline on top of it.
fn marginalia_body(page: &Page) -> String {
    let options = ImportOptions {
        page: PageMode::Article,
    };
    match import_bytes_with(&page.html, Path::new("page.html"), &page.id, None, &options) {
        Ok(imported) => {
            let text = imported.article.text();
            match text.split_once("\n\n") {
                Some((first, rest)) if first.trim() == imported.article.title().trim() => {
                    rest.to_owned()
                }
                _ => text.to_owned(),
            }
        }
        Err(_) => String::new(),
    }
}

fn library_raw(page: &Page) -> String {
    let html = String::from_utf8_lossy(&page.html);
    rs_trafilatura::extract(&html)
        .map(|r| r.content_text)
        .unwrap_or_default()
}

struct Run {
    name: &'static str,
    scores: Vec<PageScore>,
    time: Duration,
}

fn run(name: &'static str, pages: &[Page], extract: impl Fn(&Page) -> String) -> Run {
    let start = Instant::now();
    let texts: Vec<String> = pages.iter().map(&extract).collect();
    let time = start.elapsed();
    let scores = pages
        .iter()
        .zip(&texts)
        .map(|(p, t)| score_page(&p.truth, t))
        .collect();
    Run { name, scores, time }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let worst = args
        .iter()
        .position(|a| a == "--worst")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0usize);
    let dir = data_dir();
    let pages = match load(&dir) {
        Ok(pages) => pages,
        Err(e) => {
            println!(
                "article_extraction: skipped, benchmark data not found ({e}). Set MARGINALIA_EXTRACTION_DATA to the folder with ground-truth.json and html/."
            );
            return;
        }
    };
    if let Some(id) = args
        .iter()
        .position(|a| a == "--dump")
        .and_then(|i| args.get(i + 1))
    {
        for page in pages.iter().filter(|p| p.id.starts_with(id.as_str())) {
            println!(
                "=== TRUTH\n{}\n=== ARTICLE MODE\n{}",
                page.truth,
                marginalia(page, PageMode::Article)
            );
        }
        return;
    }
    println!("{} real article pages from {}", pages.len(), dir.display());
    let runs = [
        run("Marginalia, article (default)", &pages, |p| {
            marginalia(p, PageMode::Article)
        }),
        run("rs-trafilatura 0.2.2, raw", &pages, library_raw),
        run(
            "Marginalia, article, headline line not scored",
            &pages,
            marginalia_body,
        ),
        run("Marginalia, whole page", &pages, |p| {
            marginalia(p, PageMode::WholePage)
        }),
    ];
    println!("\n| import | F1 | precision | recall | pages with recall < 0.9 | ms/page |");
    println!("|---|---:|---:|---:|---:|---:|");
    for r in &runs {
        let (p, rec, f1) = overall(&r.scores);
        let low = r.scores.iter().filter(|s| s.recall() < 0.9).count();
        println!(
            "| {} | {f1:.4} | {p:.4} | {rec:.4} | {low} | {:.1} |",
            r.name,
            r.time.as_secs_f64() * 1000.0 / pages.len() as f64
        );
    }
    println!("\nPer-page means (precision and recall averaged page by page):");
    for r in &runs {
        let (p, rec, f1) = mean_of_pages(&r.scores);
        println!("  {:<32} F1 {f1:.3}  P {p:.3}  R {rec:.3}", r.name);
    }
    if worst > 0 {
        let ours = &runs[0].scores;
        let raw = &runs[1].scores;
        let mut order: Vec<usize> = (0..pages.len()).collect();
        order.sort_by(|&a, &b| ours[a].recall().total_cmp(&ours[b].recall()));
        print_worst(
            "Lowest recall in article mode:",
            &order,
            worst,
            &pages,
            ours,
            raw,
        );
        order.sort_by(|&a, &b| ours[a].precision().total_cmp(&ours[b].precision()));
        print_worst(
            "Lowest precision in article mode:",
            &order,
            worst,
            &pages,
            ours,
            raw,
        );
    }
}

fn print_worst(
    heading: &str,
    order: &[usize],
    n: usize,
    pages: &[Page],
    ours: &[PageScore],
    raw: &[PageScore],
) {
    println!("\n{heading}");
    for &i in order.iter().take(n) {
        println!(
            "  {}  R {:.3} P {:.3}  (raw R {:.3} P {:.3})",
            pages[i].id,
            ours[i].recall(),
            ours[i].precision(),
            raw[i].recall(),
            raw[i].precision()
        );
    }
}
