//! File > Import (and a file dropped on the window): what was found in the file, and a
//! preview of the article, before it is added. For a web page the teacher chooses the
//! article alone (the reader view) or the whole page, for exercises about spotting page
//! furniture; the other reading is made only when asked for.

use std::path::PathBuf;

use egui::{RichText, ScrollArea};

use crate::gui::command::Command;
use crate::import::{ImportOptions, Imported, PageMode};
use crate::t;

/// How much of the article the preview shows (the rest is "…").
const PREVIEW_CHARS: usize = 2_500;

/// An import waiting for the teacher's "Add".
pub(in crate::gui) struct ImportPreview {
    pub(in crate::gui) path: PathBuf,
    article: Imported,
    whole_page: Option<Result<Imported, String>>,
    /// Which reading is chosen.
    mode: PageMode,
}

impl ImportPreview {
    pub(in crate::gui) fn new(path: PathBuf, imported: Imported) -> Self {
        let mode = imported.page.map_or(PageMode::Article, |p| p.kept);
        Self {
            path,
            article: imported,
            whole_page: None,
            mode,
        }
    }

    /// The reading chosen now.
    fn chosen(&self) -> Result<&Imported, &str> {
        match (self.mode, &self.whole_page) {
            (PageMode::WholePage, Some(Ok(whole))) => Ok(whole),
            (PageMode::WholePage, Some(Err(e))) => Err(e),
            _ => Ok(&self.article),
        }
    }

    /// Whether a choice between article and whole page exists for this file.
    fn offers_choice(&self) -> bool {
        self.article
            .page
            .is_some_and(|p| p.kept == PageMode::Article && p.left_out_words() > 0)
    }

    /// Draws the window; returns the commands and whether it stays open.
    pub(in crate::gui) fn show(&mut self, ctx: &egui::Context) -> (Vec<Command>, bool) {
        let mut commands = Vec::new();
        let mut done = false;
        let modal = egui::Modal::new(egui::Id::unique("import-preview")).show(ctx, |ui| {
            let width = (ctx.content_rect().width() * 0.8).clamp(320.0, 720.0);
            ui.set_width(width);
            ui.heading(t!("dlg-import-heading"));
            let name = self
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            ui.label(RichText::new(name).weak());
            if self.offers_choice() {
                ui.add_space(4.0);
                let before = self.mode;
                ui.radio_value(
                    &mut self.mode,
                    PageMode::Article,
                    t!("dlg-import-article-only"),
                );
                ui.radio_value(
                    &mut self.mode,
                    PageMode::WholePage,
                    t!("dlg-import-whole-page"),
                );
                if self.mode == PageMode::WholePage
                    && before != self.mode
                    && self.whole_page.is_none()
                {
                    let options = ImportOptions {
                        page: PageMode::WholePage,
                    };
                    self.whole_page = Some(
                        crate::import::import_file_with(&self.path, &options)
                            .map_err(|e| e.to_string()),
                    );
                }
            }
            ui.separator();
            match self.chosen() {
                Ok(imported) => describe(ui, imported, width),
                Err(e) => {
                    ui.colored_label(ui.visuals().error_fg_color, e);
                }
            }
            ui.separator();
            ui.horizontal(|ui| {
                let ready = self.chosen().is_ok();
                let add_label = t!("dlg-import-add");
                let add = ui.add_enabled(ready, egui::Button::new(add_label.as_str()));
                super::probe::note_button(ui.ctx(), &add_label, add.rect);
                if add.clicked() {
                    if let Ok(imported) = self.chosen() {
                        commands.push(Command::AddImported(
                            Box::new(imported.clone()),
                            self.path.clone(),
                        ));
                    }
                    done = true;
                }
                let cancel_label = t!("dlg-cancel");
                let cancel = ui.button(cancel_label.as_str());
                super::probe::note_button(ui.ctx(), &cancel_label, cancel.rect);
                if cancel.clicked() {
                    done = true;
                }
            });
        });
        if modal.should_close() {
            done = true;
        }
        (commands, !done)
    }
}

/// What was found: kind, size, source, warnings, and the start of the text.
fn describe(ui: &mut egui::Ui, imported: &Imported, width: f32) {
    let article = &imported.article;
    ui.label(RichText::new(article.title()).strong().size(17.0));
    ui.label(t!(
        "dlg-import-found",
        what = capitalised(&imported.description),
        chars = article.offsets().char_len(),
        encoding = imported.encoding
    ));
    let source = article.provenance();
    match source.byline() {
        Some(byline) => {
            ui.label(t!("dlg-import-source", byline = byline));
        }
        None => {
            ui.label(RichText::new(t!("dlg-import-no-source")).weak());
        }
    }
    if let Some(url) = &source.url {
        ui.label(RichText::new(url).weak());
    }
    for warning in &imported.warnings {
        ui.colored_label(ui.visuals().warn_fg_color, warning);
    }
    let text = article.text();
    let mut preview: String = text.chars().take(PREVIEW_CHARS).collect();
    if preview.len() < text.len() {
        preview.push_str(" …");
    }
    ui.add_space(4.0);
    ui.label(RichText::new(t!("dlg-import-how-it-starts")).strong());
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ScrollArea::vertical()
            .max_height((ui.ctx().content_rect().height() * 0.4).clamp(120.0, 320.0))
            .show(ui, |ui| {
                ui.set_width(width - 16.0);
                ui.label(preview);
            });
    });
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
