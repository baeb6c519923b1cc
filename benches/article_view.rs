//! The article view on a 3 MB article with 10,000 annotations, against a naive single
//! `Label` in the same run. Run: `cargo bench --bench article_view`.
//!
//! Each variant runs in its own child process, so peak memory is its own. Reported:
//! open → first frame, one resize (re-wrap), CPU per frame of steady scrolling,
//! pointer → character lookup, and peak resident memory.

use std::process::Command;
use std::time::Instant;

use egui::{Event, Pos2, RawInput, Rect, vec2};
use marginalia::gui::article_view::ArticleView;
use marginalia::model::Project;

const TEXT_BYTES: usize = 3_000_000;
const ANNOTATIONS: usize = 10_000;
const SCROLL_FRAMES: usize = 200;
const LOOKUPS: usize = 2_000;

struct Figures {
    first_frame_ms: f64,
    resize_ms: f64,
    scroll_ms: f64,
    lookup_us: f64,
    peak_rss_mb: f64,
}

fn input(width: f32, events: Vec<Event>) -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(Pos2::ZERO, vec2(width, 768.0))),
        events,
        ..Default::default()
    }
}

fn wheel(pos: Pos2) -> Vec<Event> {
    vec![
        Event::PointerMoved(pos),
        Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: vec2(0.0, -60.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: egui::Modifiers::NONE,
        },
    ]
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// Our view: visible paragraphs only.
fn run_marginalia(project: &Project) -> Figures {
    let ctx = egui::Context::default();
    let article = &project.articles()[0];
    let mut view = ArticleView::new();
    let frame = |ctx: &egui::Context, view: &mut ArticleView, width: f32, events: Vec<Event>| {
        let t = Instant::now();
        let _ = ctx.run_ui(input(width, events), |ui| {
            let _ = view.ui(ui, project, article, true);
        });
        ms(t)
    };
    let first_frame_ms = frame(&ctx, &mut view, 1366.0, Vec::new());
    // Let the height index settle, then resize.
    for _ in 0..3 {
        frame(&ctx, &mut view, 1366.0, Vec::new());
    }
    let resize_ms = frame(&ctx, &mut view, 1100.0, Vec::new());
    frame(&ctx, &mut view, 1100.0, Vec::new());
    let t = Instant::now();
    for _ in 0..SCROLL_FRAMES {
        frame(&ctx, &mut view, 1100.0, wheel(Pos2::new(500.0, 400.0)));
    }
    let scroll_ms = ms(t) / SCROLL_FRAMES as f64;
    let t = Instant::now();
    let mut found = 0usize;
    for i in 0..LOOKUPS {
        let pos = Pos2::new(100.0 + (i % 500) as f32, 50.0 + (i % 600) as f32);
        found += view.offset_at(pos).map_or(0, |o| o.0 & 1);
    }
    let lookup_us = ms(t) * 1000.0 / LOOKUPS as f64;
    std::hint::black_box(found);
    Figures {
        first_frame_ms,
        resize_ms,
        scroll_ms,
        lookup_us,
        peak_rss_mb: peak_rss_mb(),
    }
}

/// The naive baseline: the whole article in one `Label` inside a `ScrollArea`.
fn run_naive(project: &Project) -> Figures {
    let ctx = egui::Context::default();
    let text = project.articles()[0].text().to_owned();
    let mut galley = None;
    let frame = |ctx: &egui::Context,
                 width: f32,
                 events: Vec<Event>,
                 galley: &mut Option<std::sync::Arc<egui::Galley>>| {
        let t = Instant::now();
        let _ = ctx.run_ui(input(width, events), |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                let job = egui::text::LayoutJob::simple(
                    text.clone(),
                    egui::FontId::proportional(17.0),
                    ui.visuals().text_color(),
                    ui.available_width(),
                );
                let g = ui.fonts_mut(|f| f.layout_job(job));
                *galley = Some(g.clone());
                ui.label(g);
            });
        });
        ms(t)
    };
    let first_frame_ms = frame(&ctx, 1366.0, Vec::new(), &mut galley);
    for _ in 0..3 {
        frame(&ctx, 1366.0, Vec::new(), &mut galley);
    }
    let resize_ms = frame(&ctx, 1100.0, Vec::new(), &mut galley);
    frame(&ctx, 1100.0, Vec::new(), &mut galley);
    let t = Instant::now();
    for _ in 0..SCROLL_FRAMES {
        frame(&ctx, 1100.0, wheel(Pos2::new(500.0, 400.0)), &mut galley);
    }
    let scroll_ms = ms(t) / SCROLL_FRAMES as f64;
    let lookups = LOOKUPS / 20; // it is slow; fewer samples
    let t = Instant::now();
    let mut found = 0usize;
    if let Some(g) = &galley {
        // Halfway down the article, where a student reading it would point.
        let middle = g.size().y / 2.0;
        for i in 0..lookups {
            let pos = vec2(100.0 + (i % 500) as f32, middle + (i % 600) as f32);
            found += g.cursor_from_pos(pos).index.0 & 1;
        }
    }
    let lookup_us = ms(t) * 1000.0 / lookups as f64;
    std::hint::black_box(found);
    Figures {
        first_frame_ms,
        resize_ms,
        scroll_ms,
        lookup_us,
        peak_rss_mb: peak_rss_mb(),
    }
}

fn child(mode: &str) {
    let project = match marginalia::sample::long_exercise(TEXT_BYTES, ANNOTATIONS) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let f = if mode == "naive" {
        run_naive(&project)
    } else {
        run_marginalia(&project)
    };
    println!(
        "{} {} {} {} {}",
        f.first_frame_ms, f.resize_ms, f.scroll_ms, f.lookup_us, f.peak_rss_mb
    );
}

fn measure(mode: &str) -> Option<Vec<f64>> {
    let exe = std::env::current_exe().ok()?;
    let out = Command::new(exe).args(["--child", mode]).output().ok()?;
    if !out.status.success() {
        eprintln!("{mode}: {}", String::from_utf8_lossy(&out.stderr));
        return None;
    }
    let line = String::from_utf8_lossy(&out.stdout).to_string();
    Some(
        line.split_whitespace()
            .filter_map(|v| v.parse().ok())
            .collect(),
    )
}

/// Loading the same project from its RON file (what "open" costs before the first frame).
fn load_file_ms() -> Option<(f64, usize)> {
    let project = marginalia::sample::long_exercise(TEXT_BYTES, ANNOTATIONS).ok()?;
    let source = marginalia::project_file::to_ron_string(&project).ok()?;
    let t = Instant::now();
    let loaded =
        marginalia::project_file::load_str(&source, std::path::Path::new("long.ron")).ok()?;
    let elapsed = ms(t);
    (loaded.project == project).then_some((elapsed, source.len()))
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--child") {
        child(args.get(i + 1).map_or("ours", String::as_str));
        return;
    }
    println!(
        "article view: {} MB of text, {} annotations, {} scroll frames (release build, {})",
        TEXT_BYTES / 1_000_000,
        ANNOTATIONS,
        SCROLL_FRAMES,
        std::env::consts::ARCH
    );
    let (Some(ours), Some(naive)) = (measure("ours"), measure("naive")) else {
        eprintln!("a measurement failed");
        std::process::exit(1);
    };
    let rows = [
        ("open → first frame (ms)", 30.0),
        ("resize re-wrap (ms)", 30.0),
        ("scroll, CPU per frame (ms)", 1.0),
        ("pointer → character (µs)", 100.0),
        ("peak memory (MB)", 150.0),
    ];
    println!(
        "{:<30} {:>12} {:>12} {:>10} {:>10}",
        "", "marginalia", "naive Label", "ratio", "target"
    );
    for (i, (name, target)) in rows.iter().enumerate() {
        let (a, b) = (ours[i], naive[i]);
        let verdict = if a <= *target { "ok" } else { "MISSED" };
        println!(
            "{name:<30} {a:>12.3} {b:>12.3} {:>9.1}× {:>7} {verdict}",
            b / a,
            target
        );
    }
    match load_file_ms() {
        Some((ms, bytes)) => println!(
            "load + validate the project file ({:.1} MB of RON): {ms:.1} ms",
            bytes as f64 / 1e6
        ),
        None => eprintln!("loading the project file failed"),
    }
}
