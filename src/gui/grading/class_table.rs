//! The class tab: statistics, score histogram, per-tag bars, the sortable table, and the
//! files that could not be graded.

use egui::{RichText, Ui};
use egui_plot::{Bar, BarChart, Plot};

use super::GradingView;
use super::sort::{Column, sorted_rows};
use crate::grade::ClassGrade;
use crate::gui::palette;
use crate::i18n::number::decimal;
use crate::t;

/// A number in a cell, the language's way (62.8 / 62,8); "—" when undefined.
fn cell(value: Option<f64>, scale: f64, places: usize) -> String {
    value.map_or("—".to_owned(), |v| decimal(v * scale, places))
}

impl GradingView {
    pub(super) fn class_tab(&mut self, ui: &mut Ui) {
        let Some(report) = &self.report else { return };
        if self.row_order.as_ref().map(|(key, _)| *key) != Some(self.sort) {
            self.row_order = Some((self.sort, sorted_rows(report, self.sort.0, self.sort.1)));
        }
        let pseudonyms: Vec<String> = if self.projector {
            report.pseudonyms()
        } else {
            Vec::new()
        };
        // On the projector, sorting by name sorts by "Student N": the order of real
        // names would tell who is who.
        let by_pseudonym: Vec<usize>;
        let rows: &[usize] = if self.projector && self.sort.0 == Column::Student {
            let number = |i: usize| {
                pseudonyms
                    .get(i)
                    .and_then(|p| p.rsplit(' ').next())
                    .and_then(|n| n.parse::<usize>().ok())
                    .unwrap_or(usize::MAX)
            };
            let mut order: Vec<usize> = (0..report.students.len()).collect();
            order.sort_by_key(|&i| number(i));
            if !self.sort.1 {
                order.reverse();
            }
            by_pseudonym = order;
            &by_pseudonym
        } else {
            self.row_order.as_ref().map_or(&[], |(_, rows)| rows)
        };
        let scores: Vec<f64> = report.students.iter().filter_map(|s| s.score).collect();
        let mean = (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64);
        ui.label(t!(
            "grading-class-summary",
            graded = report.students.len(),
            failed = report.failures.len(),
            mean = cell(mean, 1.0, 1),
            alpha = cell(report.alpha, 1.0, 3)
        ));
        ui.horizontal(|ui| {
            let width = (ui.available_width() / 2.0 - 8.0).max(200.0);
            ui.vertical(|ui| {
                ui.set_width(width);
                ui.label(RichText::new(t!("grading-scores-chart")).strong());
                histogram(ui, &scores);
            });
            ui.vertical(|ui| {
                ui.set_width(width);
                ui.label(RichText::new(t!("grading-tag-chart")).strong());
                tag_bars(ui, report);
            });
        });
        ui.separator();
        let mut open_review = None;
        let mut sort = self.sort;
        egui::ScrollArea::both()
            .id_salt("class-table")
            .max_height(if report.failures.is_empty() {
                ui.available_height()
            } else {
                ui.available_height() - 90.0
            })
            .show(ui, |ui| {
                egui::Grid::new("class-grid")
                    .striped(true)
                    .spacing([14.0, 4.0])
                    .show(ui, |ui| {
                        let mut columns = vec![
                            (Column::Student, t!("grading-col-student")),
                            (Column::Score, t!("grading-col-score")),
                            (Column::Precision, t!("grading-col-precision")),
                            (Column::Recall, t!("grading-col-recall")),
                            (Column::F1, t!("grading-col-f1")),
                        ];
                        for (i, tag) in report.key.tags().iter().enumerate() {
                            columns.push((
                                Column::TagF1(i),
                                t!("grading-col-tag-f1", tag = tag.name.as_str()),
                            ));
                        }
                        columns.push((Column::Kappa, t!("grading-col-kappa")));
                        columns.push((Column::Problems, t!("grading-col-problems")));
                        for (column, title) in &columns {
                            let arrow = match sort {
                                (c, true) if c == *column => " ▲",
                                (c, false) if c == *column => " ▼",
                                _ => "",
                            };
                            let button = egui::Button::new(
                                RichText::new(format!("{title}{arrow}")).strong(),
                            )
                            .frame(false);
                            if ui
                                .add(button)
                                .on_hover_text(t!("grading-sort-tooltip"))
                                .clicked()
                            {
                                sort = if sort.0 == *column {
                                    (*column, !sort.1)
                                } else {
                                    (*column, *column == Column::Student)
                                };
                            }
                        }
                        ui.end_row();
                        for &i in rows {
                            let s = &report.students[i];
                            let (name, hover) = match pseudonyms.get(i) {
                                Some(p) => (p.clone(), t!("grading-open-review")),
                                None => (
                                    s.student.clone(),
                                    t!(
                                        "grading-open-review-of",
                                        file = s.file.display().to_string()
                                    ),
                                ),
                            };
                            if ui.link(name).on_hover_text(hover).clicked() {
                                open_review = Some(i);
                            }
                            match self.feedback.override_for(&s.file) {
                                Some(set) => {
                                    ui.label(format!("{}*", decimal(set.score, 1)))
                                        .on_hover_text(t!(
                                            "grading-score-set-tooltip",
                                            reason = set.reason.as_str(),
                                            graded = cell(s.score, 1.0, 1)
                                        ));
                                }
                                None => {
                                    ui.label(cell(s.score, 1.0, 1));
                                }
                            }
                            ui.label(cell(s.total.precision(), 100.0, 0));
                            ui.label(cell(s.total.recall(), 100.0, 0));
                            ui.label(cell(s.total.f1(), 100.0, 0));
                            for counts in &s.tally.per_tag {
                                ui.label(cell(counts.f1(), 100.0, 0));
                            }
                            ui.label(cell(s.kappa, 1.0, 2));
                            if s.problems.is_empty() || self.projector {
                                ui.label("");
                            } else {
                                ui.label(
                                    RichText::new(format!("⚠ {}", s.problems.len()))
                                        .color(palette::error_text(ui.visuals().dark_mode)),
                                )
                                .on_hover_text(s.problems.join("\n"));
                            }
                            ui.end_row();
                        }
                    });
            });
        if !report.failures.is_empty() {
            ui.separator();
            ui.label(RichText::new(t!("grading-failures")).strong());
            for f in &report.failures {
                ui.label(
                    RichText::new(&f.error).color(palette::error_text(ui.visuals().dark_mode)),
                );
            }
        }
        self.sort = sort;
        if let Some(i) = open_review {
            self.review(i);
        }
    }
}

/// Students per score band of 10 points.
fn histogram(ui: &mut Ui, scores: &[f64]) {
    let mut bins = [0u32; 10];
    for s in scores {
        bins[((s / 10.0).floor() as usize).min(9)] += 1;
    }
    let bars: Vec<Bar> = bins
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            Bar::new(i as f64 * 10.0 + 5.0, f64::from(n))
                .width(9.0)
                .fill(palette::chart_bars())
                .name(format!("{}–{}", i * 10, i * 10 + 10))
        })
        .collect();
    Plot::new("score-histogram")
        .height(150.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .include_y(0.0)
        .x_axis_label(t!("grading-axis-score"))
        .y_axis_label(t!("grading-axis-students"))
        .show(ui, |plot| {
            plot.bar_chart(
                BarChart::new(t!("grading-axis-students"), bars).color(palette::chart_bars()),
            );
        });
}

fn tag_bars(ui: &mut Ui, report: &ClassGrade) {
    let bars: Vec<Bar> = report
        .key
        .tags()
        .iter()
        .enumerate()
        .map(|(t, tag)| {
            let values: Vec<f64> = report
                .students
                .iter()
                .filter_map(|s| s.tally.per_tag.get(t).and_then(|c| c.f1()))
                .collect();
            let mean = if values.is_empty() {
                0.0
            } else {
                100.0 * values.iter().sum::<f64>() / values.len() as f64
            };
            Bar::new(t as f64, mean)
                .width(0.7)
                .name(&tag.name)
                .fill(palette::tag_color(tag.color))
        })
        .collect();
    let names: Vec<String> = report.key.tags().iter().map(|t| t.name.clone()).collect();
    Plot::new("tag-bars")
        .height(150.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .include_y(0.0)
        .include_y(100.0)
        .x_axis_formatter(move |mark, _| {
            let i = mark.value.round();
            if (mark.value - i).abs() < 1e-6 && i >= 0.0 {
                names.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(t!("grading-mean-f1"), bars));
        });
}
