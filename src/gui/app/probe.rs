//! For the end-to-end tests of the real window: with `MARGINALIA_PROBE=FILE` set, the
//! app writes where the visible words are on screen (in window pixels) and what is open,
//! so a script driving the mouse with xdotool knows where to drag. Off otherwise; it
//! writes only when what it would write changes, and never touches the project.

use std::fmt::Write as _;
use std::path::PathBuf;

use super::MarginaliaApp;

#[derive(Default)]
pub(super) struct Probe {
    file: Option<PathBuf>,
    last: String,
}

/// Where the buttons of the open question are, for the probe.
fn buttons_id() -> egui::Id {
    egui::Id::unique("marginalia-probe-buttons")
}

/// Remembers where a question's button is drawn this frame (kept only while the frame
/// lasts; costs nothing that matters).
pub(super) fn note_button(ctx: &egui::Context, label: &str, rect: egui::Rect) {
    ctx.data_mut(|d| {
        let list: &mut Vec<(String, egui::Rect)> = d.get_temp_mut_or_default(buttons_id());
        list.push((label.to_owned(), rect));
    });
}

/// Words reported at most (the visible part of the article).
const MAX_WORDS: usize = 600;

impl Probe {
    pub(super) fn from_env() -> Self {
        Self {
            file: std::env::var_os("MARGINALIA_PROBE").map(PathBuf::from),
            last: String::new(),
        }
    }

    pub(super) fn write(&mut self, ctx: &egui::Context, app: &MarginaliaApp) {
        // Taken every frame, so nothing piles up when the probe is off.
        let buttons: Vec<(String, egui::Rect)> = ctx.data_mut(|d| {
            d.remove_temp::<Vec<(String, egui::Rect)>>(buttons_id())
                .unwrap_or_default()
        });
        let Some(file) = &self.file else { return };
        let report = report(ctx, app, buttons);
        if report == self.last {
            return;
        }
        let tmp = file.with_extension("tmp");
        // Best effort: a probe that cannot write must not disturb the app.
        if std::fs::write(&tmp, &report).is_ok() && std::fs::rename(&tmp, file).is_ok() {
            self.last = report;
        }
    }
}

/// Plain lines: `key value…`, one `word BYTE X Y W H TEXT` line per visible word.
fn report(ctx: &egui::Context, app: &MarginaliaApp, buttons: Vec<(String, egui::Rect)>) -> String {
    let ppp = ctx.pixels_per_point();
    let mut out = String::new();
    let _ = writeln!(out, "dirty {}", app.session.is_dirty());
    let _ = writeln!(out, "asking {}", app.asking_what().unwrap_or("nothing"));
    let project = app.session.project();
    for a in project.annotations() {
        let quote = project
            .article(&a.article)
            .and_then(|t| t.text().get(a.range.as_std()))
            .unwrap_or_default();
        let _ = writeln!(out, "highlight {} {}", a.tag, quote.replace('\n', " "));
    }
    if let Some((_, draft)) = &app.list.note_draft {
        // i18n-ok: a line of the probe file, read by the end-to-end tests.
        let _ = writeln!(out, "note-box {}", draft.replace('\n', " "));
    }
    let _ = writeln!(
        out,
        "path {}",
        app.session
            .path()
            .map_or(String::new(), |p| p.display().to_string())
    );
    let _ = writeln!(
        out,
        "annotations {}",
        app.session.project().annotations().len()
    );
    for (label, r) in buttons {
        let _ = writeln!(
            out,
            "button {:.0} {:.0} {:.0} {:.0} {label}",
            r.min.x * ppp,
            r.min.y * ppp,
            r.width() * ppp,
            r.height() * ppp
        );
    }
    let mut words = 0;
    let article_text = app
        .current_article
        .as_ref()
        .and_then(|id| project.article(id))
        .map_or("", |a| a.text());
    for block in &app.view.visible {
        // Words in stored order (a right-to-left block's galley is in visual order),
        // placed where the caret would stand at each end.
        let text = article_text.get(block.range.as_std()).unwrap_or_default();
        for (start, word) in word_starts(text) {
            if words >= MAX_WORDS {
                break;
            }
            let from = crate::text::ByteOffset(block.range.start.0 + start);
            let to = crate::text::ByteOffset(from.0 + word.len());
            let a = block.galley.pos_from_cursor(block.cursor_at(from));
            let b = block.galley.pos_from_cursor(block.cursor_at(to));
            if (a.min.y - b.min.y).abs() > 1.0 {
                continue; // wrapped across rows
            }
            let left = a.min.x.min(b.min.x);
            let x = (block.origin.x + left) * ppp;
            let y = (block.origin.y + a.min.y) * ppp;
            let w = (a.min.x - b.min.x).abs() * ppp;
            let h = (a.max.y - a.min.y) * ppp;
            let _ = writeln!(out, "word {} {x:.0} {y:.0} {w:.0} {h:.0} {word}", from.0);
            words += 1;
        }
    }
    out
}

/// Byte offset and text of each run of letters and digits in `text`.
fn word_starts(text: &str) -> Vec<(usize, &str)> {
    use unicode_segmentation::UnicodeSegmentation;
    text.unicode_word_indices().collect()
}
