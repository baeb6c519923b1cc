//! One student's work beside the key: the text with their highlights coloured by
//! outcome and the key's passages underlined, a list of every passage with its verdict
//! in words, and the teacher's comment.

use egui::{Color32, RichText, Ui};

use super::GradingView;
use super::marked_text::{self, Mark};
use crate::grade::review::Verdict;
use crate::grade::{ClassGrade, KeyOutcome, StudentOutcome};
use crate::gui::palette;
use crate::t;
use crate::text::CharRange;

/// An outcome's colour, tinted into the panel so text stays readable, and a symbol, so
/// colour is never the only cue. `outcome` is a [`Verdict::key`] or "missed" (code
/// names, never shown).
fn outcome_style(ui: &Ui, outcome: &str) -> (Color32, &'static str) {
    let symbol = match outcome {
        "found" => "✓",
        "partly" => "◐",
        "wrong tag" => "✗", // i18n-ok: a code name (Verdict::key), never shown
        "extra" => "+",
        _ => "–",
    };
    let strength = if ui.visuals().dark_mode { 0.45 } else { 0.35 };
    let color = palette::tint(ui.visuals().panel_fill, palette::outcome(outcome), strength);
    (color, symbol)
}

fn quote(report: &ClassGrade, a: usize, range: CharRange) -> String {
    report
        .key
        .articles()
        .get(a)
        .and_then(|article| article.quote(range))
        .map(|q| crate::text::shorten(q, 90))
        .unwrap_or_default()
}

impl GradingView {
    pub(super) fn review_tab(&mut self, ui: &mut Ui) {
        let Some(report) = &self.report else { return };
        let names: Vec<String> = if self.projector {
            report.pseudonyms()
        } else {
            report.students.iter().map(|s| s.student.clone()).collect()
        };
        let mut chosen = self.student;
        ui.horizontal(|ui| {
            ui.label(t!("grading-review-student-label"));
            egui::ComboBox::from_id_salt("review-student")
                .selected_text(
                    chosen
                        .and_then(|i| names.get(i))
                        .cloned()
                        .unwrap_or_else(|| t!("grading-choose")),
                )
                .show_ui(ui, |ui| {
                    for (i, name) in names.iter().enumerate() {
                        ui.selectable_value(&mut chosen, Some(i), name);
                    }
                });
        });
        if chosen != self.student {
            self.student = chosen;
        }
        let Some(index) = self.student else {
            ui.label(t!("grading-review-choose-student"));
            return;
        };
        self.article_picker(ui);
        let Some(report) = &self.report else { return };
        let Some(student) = report.students.get(index) else {
            return;
        };
        let shown_name = names.get(index).cloned().unwrap_or_default();
        ui.horizontal_wrapped(|ui| {
            ui.heading(&shown_name);
            let decimal = crate::i18n::number::decimal;
            ui.label(t!(
                "grading-review-totals",
                score = student.score.map_or("—".to_owned(), |s| decimal(s, 1)),
                found = student.total.found,
                partly = student.total.partial,
                wrong = student.total.wrong_tag,
                missed = student.total.missed,
                extra = student.total.extra,
                kappa = student.kappa.map_or("—".to_owned(), |k| decimal(k, 2))
            ));
        });
        // Problems name files: not on the projector.
        for problem in student.problems.iter().filter(|_| !self.projector) {
            ui.label(RichText::new(format!("⚠ {problem}")).small());
        }
        egui::CollapsingHeader::new(t!("grading-confusion-heading"))
            .id_salt("confusion")
            .show(ui, |ui| {
                let tags: Vec<String> = report.key.tags().iter().map(|t| t.name.clone()).collect();
                let (rows, columns) = crate::grade::score::confusion_labels(&tags);
                egui::Grid::new("confusion-grid")
                    .striped(true)
                    .show(ui, |ui| {
                        ui.label(t!("grading-confusion-corner"));
                        for name in &columns {
                            ui.strong(name);
                        }
                        ui.end_row();
                        for (row, name) in student.tally.confusion.iter().zip(&rows) {
                            ui.strong(name);
                            for n in row {
                                ui.label(n.to_string());
                            }
                            ui.end_row();
                        }
                    });
            });
        // The teacher's comment for this student (not on the projector).
        let file = student.file.clone();
        if self.projector {
            ui.separator();
            return self.review_body(ui, index);
        }
        let mut comment = self.feedback.comment(&file).to_owned();
        let label = ui.label(
            RichText::new(t!(
                "grading-comment-for",
                student = student.student.as_str()
            ))
            .strong(),
        );
        let edit = ui
            .add(
                egui::TextEdit::multiline(&mut comment)
                    .desired_rows(3)
                    .desired_width(f32::INFINITY)
                    .hint_text(t!("grading-comment-hint")),
            )
            .labelled_by(label.id);
        if edit.changed() {
            self.feedback.set_comment(&file, comment);
            self.feedback_dirty = true;
        }
        let override_lost_focus = self.score_override_row(ui, &file, student.score);
        let save_clicked = ui
            .horizontal(|ui| {
                let clicked = ui
                    .add_enabled(
                        self.feedback_dirty,
                        egui::Button::new(t!("grading-save-comments")),
                    )
                    .clicked();
                ui.weak(if self.feedback_dirty {
                    t!("grading-comments-unsaved")
                } else {
                    t!("grading-comments-saved-beside")
                });
                clicked
            })
            .inner;
        if save_clicked || edit.lost_focus() || override_lost_focus {
            self.save_feedback();
        }
        ui.separator();
        self.review_body(ui, index);
    }

    /// The student's article beside the key: passages, extras, the marked text.
    fn review_body(&mut self, ui: &mut Ui, index: usize) {
        let Some(report) = &self.report else { return };
        let Some(student) = report.students.get(index) else {
            return;
        };
        let a = self.article;
        let (Some(article), Some(key_article)) =
            (report.key.articles().get(a), report.key_articles.get(a))
        else {
            return;
        };
        let Some(Some(mine)) = student.articles.get(a) else {
            ui.label(t!("grading-review-article-absent"));
            return;
        };
        let tags = report.key.tags();
        let tag_name = |t: Option<usize>, fallback: &str| {
            t.and_then(|t| tags.as_slice().get(t))
                .map_or(fallback.to_owned(), |t| t.name.clone())
        };
        let mut accept: Option<super::AcceptReading> = None;
        ui.columns(2, |columns| {
            let ui = &mut columns[0];
            ui.label(RichText::new(t!("grading-review-passages")).strong());
            egui::ScrollArea::vertical()
                .id_salt("review-list")
                .show(ui, |ui| {
                    for (k, span) in key_article.spans.iter().enumerate() {
                        let overlap = |iou: f64| t!("grading-overlap", percent = 100.0 * iou);
                        let (verdict, detail) = match mine.matching.key.get(k) {
                            Some(KeyOutcome::Found { iou, .. }) => {
                                (Some(Verdict::Found), overlap(*iou))
                            }
                            Some(KeyOutcome::Partial { iou, .. }) => {
                                (Some(Verdict::Partly), overlap(*iou))
                            }
                            Some(KeyOutcome::WrongTag { student: s, .. }) => (
                                Some(Verdict::WrongTag),
                                t!(
                                    "grading-tagged-as",
                                    tag = mine
                                        .members(*s)
                                        .next()
                                        .map_or(String::new(), |p| tag_name(p.span.tag, &p.tag_id))
                                ),
                            ),
                            _ if key_article.passages.get(k).is_some_and(|p| p.optional) => {
                                (None, t!("grading-optional-no-penalty"))
                            }
                            _ => (None, String::new()),
                        };
                        // `None`: missed.
                        let (style, verdict) = match verdict {
                            Some(v) => (v.key(), v.label()),
                            None => ("missed", t!("grading-verdict-missed")),
                        };
                        let terms = key_article
                            .passages
                            .get(k)
                            .map(crate::grade::matching::Passage::terms)
                            .unwrap_or_default();
                        let (color, symbol) = outcome_style(ui, style);
                        // Their reading of a passage they partly found (same tag, other
                        // extent): the teacher may accept it into the key. (An
                        // alternative reading keeps the passage's tag, so accepting a
                        // wrong-tag reading would change nothing for them.)
                        let theirs = match mine.matching.key.get(k) {
                            Some(KeyOutcome::Partial { student: j, .. }) => {
                                mine.joined.get(*j).map(|g| g.span.range)
                            }
                            _ => None,
                        };
                        ui.horizontal_wrapped(|ui| {
                            ui.label(
                                RichText::new(format!("{symbol} {verdict}"))
                                    .background_color(color)
                                    .strong(),
                            );
                            ui.label(RichText::new(tag_name(span.tag, "?")).italics());
                            if !terms.is_empty() {
                                ui.weak(format!("({terms})"));
                            }
                            ui.weak(detail);
                            let tag = span
                                .tag
                                .and_then(|t| report.key.tags().as_slice().get(t))
                                .map(|t| t.id.clone());
                            if let (Some(range), Some(tag), Some(&passage)) =
                                (theirs, tag, key_article.annotations.get(k))
                                && ui
                                    .small_button(t!("grading-accept-reading"))
                                    .on_hover_text(t!("grading-accept-reading-tooltip"))
                                    .clicked()
                            {
                                accept = Some(super::AcceptReading {
                                    article: article.id().clone(),
                                    range,
                                    tag,
                                    alternative_of: Some(passage),
                                });
                            }
                        });
                        crate::gui::bidi_label::label(
                            ui,
                            t!("grade-quoted", quote = quote(report, a, span.range)),
                        );
                        ui.add_space(4.0);
                    }
                    for (i, placed) in mine.spans.iter().enumerate() {
                        if mine.outcome_of(i) != Some(StudentOutcome::Extra) {
                            continue;
                        }
                        let (color, symbol) = outcome_style(ui, Verdict::Extra.key());
                        ui.horizontal_wrapped(|ui| {
                            ui.label(
                                RichText::new(format!("{symbol} {}", Verdict::Extra.label()))
                                    .background_color(color)
                                    .strong(),
                            );
                            ui.label(
                                RichText::new(tag_name(placed.span.tag, &placed.tag_id)).italics(),
                            );
                            // A tag the key has: the highlight can become a passage.
                            let graded = mine
                                .joined
                                .iter()
                                .find(|g| g.members.contains(&i))
                                .map(|g| g.span.range);
                            if let (Some(range), Some(_)) = (graded, placed.span.tag)
                                && ui
                                    .small_button(t!("grading-add-to-key"))
                                    .on_hover_text(t!("grading-add-highlight-tooltip"))
                                    .clicked()
                            {
                                accept = Some(super::AcceptReading {
                                    article: article.id().clone(),
                                    range,
                                    tag: crate::model::TagId(placed.tag_id.clone()),
                                    alternative_of: None,
                                });
                            }
                        });
                        crate::gui::bidi_label::label(
                            ui,
                            t!("grade-quoted", quote = quote(report, a, placed.span.range)),
                        );
                        if !placed.note.is_empty() {
                            ui.weak(t!("grading-note", note = placed.note.as_str()));
                        }
                        ui.add_space(4.0);
                    }
                });
            let ui = &mut columns[1];
            ui.horizontal_wrapped(|ui| {
                ui.label(t!("grading-legend-in-the-text"));
                for v in [
                    Verdict::Found,
                    Verdict::Partly,
                    Verdict::WrongTag,
                    Verdict::Extra,
                ] {
                    let (color, symbol) = outcome_style(ui, v.key());
                    ui.label(
                        RichText::new(format!("{symbol} {}", v.label())).background_color(color),
                    );
                }
                ui.label(RichText::new(t!("grading-legend-key")).underline());
            });
            // Marks: the student's spans by outcome, the key's passages underlined.
            let marks: Vec<(CharRange, Mark)> = crate::grade::review::stretches(key_article, mine)
                .into_iter()
                .map(|stretch| {
                    let key_tag = stretch.key.flatten().and_then(|t| tags.as_slice().get(t));
                    let mark = Mark {
                        background: stretch
                            .student
                            .map_or(Color32::TRANSPARENT, |v| outcome_style(ui, v.key()).0),
                        underline: key_tag.map(|t| palette::tag_color(t.color)),
                        strong: false,
                    };
                    (stretch.range, mark)
                })
                .collect();
            egui::ScrollArea::vertical()
                .id_salt("review-text")
                .show(ui, |ui| {
                    marked_text::show(ui, article, &marks);
                });
        });
        if let Some(reading) = accept {
            self.asked = Some(super::GradingAction::Accept(reading));
        }
    }
}

impl super::GradingView {
    /// "Set the score by hand": the teacher's score and the reason, saved with the
    /// comments. Returns whether a field lost focus (time to save).
    fn score_override_row(
        &mut self,
        ui: &mut egui::Ui,
        file: &std::path::Path,
        graded: Option<f64>,
    ) -> bool {
        let current = self.feedback.override_for(file).cloned();
        let mut on = current.is_some();
        let mut lost_focus = false;
        ui.horizontal_wrapped(|ui| {
            let toggled = ui
                .checkbox(&mut on, t!("grading-override"))
                .on_hover_text(t!("grading-override-tooltip"))
                .changed();
            if toggled {
                let set = on.then(|| crate::grade::ScoreOverride {
                    score: graded.unwrap_or(0.0).round(),
                    reason: String::new(),
                });
                self.feedback.set_override(file, set);
                self.feedback_dirty = true;
            }
            if let Some(mut set) = self.feedback.override_for(file).cloned() {
                let score = ui.add(
                    egui::DragValue::new(&mut set.score)
                        .range(0.0..=100.0)
                        .speed(0.5)
                        .suffix(" / 100"),
                );
                let because = ui.label(t!("grading-override-because"));
                let reason = ui
                    .add(
                        egui::TextEdit::singleline(&mut set.reason)
                            .desired_width(260.0)
                            .hint_text(t!("grading-override-hint")),
                    )
                    .labelled_by(because.id);
                if score.changed() || reason.changed() {
                    self.feedback.set_override(file, Some(set));
                    self.feedback_dirty = true;
                }
                lost_focus = score.lost_focus() || reason.lost_focus() || score.drag_stopped();
            }
        });
        lost_focus || (on != current.is_some())
    }
}
