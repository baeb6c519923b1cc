//! The class heat map of one article: each passage shaded by how many students tagged
//! it (in the colour of the tag most of them chose), the key's passages underlined in
//! their tag's colour; hovering shows the counts per tag.

use egui::{Color32, RichText, Ui};

use super::GradingView;
use super::marked_text::{self, Mark};
use crate::grade::labels::{Segments, UNTAGGED};
use crate::gui::{palette, panels};
use crate::t;

impl GradingView {
    pub(super) fn article_picker(&mut self, ui: &mut Ui) {
        let Some(report) = &self.report else { return };
        ui.horizontal_wrapped(|ui| {
            ui.label(t!("grading-article-label"));
            for (i, article) in report.key.articles().iter().enumerate() {
                ui.selectable_value(&mut self.article, i, article.title());
            }
        });
    }

    pub(super) fn heat_tab(&mut self, ui: &mut Ui) {
        self.article_picker(ui);
        let Some(report) = &self.report else { return };
        let a = self.article;
        let (Some(article), Some(heat), Some(key_article)) = (
            report.key.articles().get(a),
            report.heat.get(a),
            report.key_articles.get(a),
        ) else {
            return;
        };
        let tags = report.key.tags();
        ui.horizontal_wrapped(|ui| {
            ui.label(t!(
                "grading-heat-legend",
                students = heat.students,
                alpha = report
                    .alpha_per_article
                    .get(a)
                    .copied()
                    .flatten()
                    .map_or("—".to_owned(), |v| crate::i18n::number::decimal(v, 2))
            ));
            for tag in tags.iter() {
                panels::tag_badge(ui, tag, &tag.name);
            }
        });
        ui.separator();
        // The key's category per heat segment (its spans' ends are among the cuts).
        let key_segments = Segments::new(key_article.char_len, &key_article.spans);
        let key_labels = key_segments.labels(&key_article.spans, tags.len() + 1);
        let key_tag_at = |offset: usize| {
            key_segments
                .segment_at(offset)
                .and_then(|s| key_labels.get(s).copied())
                .filter(|&l| l != UNTAGGED && l <= tags.len())
                .map(|l| l - 1)
        };
        let students = heat.students.max(1) as f32;
        let panel = ui.visuals().panel_fill;
        let mut marks = Vec::new();
        for s in 0..heat.segments.len() {
            let range = heat.segments.range(s);
            let best = (0..heat.tags).max_by_key(|&t| (heat.count(s, t), std::cmp::Reverse(t)));
            let count = best.map_or(0, |t| heat.count(s, t));
            let key_tag = key_tag_at(range.start.0);
            if count == 0 && key_tag.is_none() {
                continue;
            }
            let background = match best.and_then(|t| tags.as_slice().get(t)) {
                Some(tag) if count > 0 => {
                    // 15 % for one student up to 65 % when the whole class agrees.
                    let share = count as f32 / students;
                    palette::tint(panel, palette::tag_color(tag.color), 0.15 + 0.5 * share)
                }
                _ => Color32::TRANSPARENT,
            };
            marks.push((
                range,
                Mark {
                    background,
                    underline: key_tag
                        .and_then(|t| tags.as_slice().get(t))
                        .map(|t| palette::tag_color(t.color)),
                    strong: true,
                },
            ));
        }
        let mut hovered = None;
        let mut accept: Option<super::AcceptReading> = None;
        ui.columns(2, |columns| {
            egui::ScrollArea::vertical()
                .id_salt("heat-text")
                .show(&mut columns[0], |ui| {
                    hovered = marked_text::show(ui, article, &marks);
                });
            let ui = &mut columns[1];
            let mut rows = report.passage_outcomes(a);
            rows.sort_by_key(|o| (o.found, o.passage));
            egui::ScrollArea::vertical()
                .id_salt("heat-passages")
                .show(ui, |ui| {
                    // Readings the key may have missed, in this article: one click
                    // adds one (optional) and grades again.
                    let uncharted: Vec<_> = self
                        .prompts
                        .uncharted
                        .iter()
                        .filter(|u| u.article == a)
                        .collect();
                    if !uncharted.is_empty() {
                        ui.label(RichText::new(t!("grading-uncharted-heading")).strong());
                        for u in &uncharted {
                            let quote = article
                                .quote(u.range)
                                .map(|q| crate::text::shorten(&crate::text::collapse_spaces(q), 80))
                                .unwrap_or_default();
                            ui.horizontal_wrapped(|ui| {
                                if let Some(tag) = tags.as_slice().get(u.tag) {
                                    panels::tag_badge(ui, tag, &tag.name);
                                    ui.label(t!(
                                        "grading-uncharted-by",
                                        students = u.students,
                                        of = u.of
                                    ));
                                    if ui
                                        .small_button(t!("grading-add-to-key"))
                                        .on_hover_text(t!("grading-add-reading-tooltip"))
                                        .clicked()
                                    {
                                        accept = Some(super::AcceptReading {
                                            article: article.id().clone(),
                                            range: u.range,
                                            tag: tag.id.clone(),
                                            alternative_of: None,
                                        });
                                    }
                                }
                            });
                            crate::gui::bidi_label::weak(ui, t!("grade-quoted", quote = quote));
                            ui.add_space(4.0);
                        }
                        ui.separator();
                    }
                    ui.label(RichText::new(t!("grading-key-passages-heading")).strong());
                    for o in rows {
                        let Some(span) = key_article.spans.get(o.passage) else {
                            continue;
                        };
                        let quote = article
                            .quote(span.range)
                            .map(|q| crate::text::shorten(q, 80))
                            .unwrap_or_default();
                        ui.horizontal_wrapped(|ui| {
                            if let Some(tag) = span.tag.and_then(|t| tags.as_slice().get(t)) {
                                panels::tag_badge(ui, tag, &tag.name);
                            }
                            ui.label(t!(
                                "grading-passage-outcomes",
                                found = o.found,
                                of = report.students.len(),
                                partly = o.partial,
                                wrong = o.wrong_tag
                            ));
                        });
                        crate::gui::bidi_label::weak(ui, t!("grade-quoted", quote = quote));
                        ui.add_space(4.0);
                    }
                });
        });
        if let Some(reading) = accept.take() {
            self.asked = Some(super::GradingAction::Accept(reading));
        }
        if let Some(offset) = hovered
            && let Some(s) = heat.segments.segment_at(offset)
        {
            let key_tag = key_tag_at(offset);
            egui::Tooltip::always_open(
                ui.ctx().clone(),
                ui.layer_id(),
                egui::Id::unique("heat-tooltip"),
                egui::PopupAnchor::Pointer,
            )
            .show(|ui| {
                for (t, tag) in tags.iter().enumerate() {
                    let n = heat.count(s, t);
                    if n > 0 {
                        ui.horizontal(|ui| {
                            panels::tag_badge(ui, tag, &tag.name);
                            ui.label(t!(
                                "grading-heat-count",
                                count = n,
                                students = heat.students
                            ));
                        });
                    }
                }
                let key = key_tag.and_then(|t| tags.as_slice().get(t)).map_or_else(
                    || t!("grading-heat-not-in-key"),
                    |tag| t!("grading-heat-key-tag", tag = tag.name.as_str()),
                );
                ui.label(RichText::new(key).italics());
            });
        }
    }
}
