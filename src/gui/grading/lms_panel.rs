//! Scores for the LMS, from the grading screen: the roster the teacher exported from
//! Canvas, Moodle, Brightspace or Google Classroom, who is paired with whom (with a
//! choice for each submission no name fits, remembered beside the submissions), the
//! grade column and its points, and the import file written where the teacher says.
//! The same core as `marginalia grade --roster` (`crate::lms`).

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::GradingView;
use crate::grade::files::file_name;
use crate::gui::files::{FilePicker, PickRequest};
use crate::lms::{ItemChoice, Roster, choose_item, class_results, import_file};
use crate::t;

/// The roster open on the grading screen.
pub struct LmsPanel {
    pub path: PathBuf,
    pub roster: Roster,
    pub item: ItemChoice,
    /// Points possible where the roster does not say.
    pub points: f64,
}

impl GradingView {
    /// Reads the roster at `path` into the panel.
    pub(super) fn open_roster(&mut self, path: PathBuf) {
        match Roster::read(&path) {
            Ok(roster) => {
                let exercise = self
                    .report
                    .as_ref()
                    .map_or(String::new(), |r| r.key.title().to_owned());
                let item = choose_item(&roster, None, &exercise);
                self.lms = Some(LmsPanel {
                    path,
                    roster,
                    item,
                    points: 100.0,
                });
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// The panel under the class table: pairing, column, points, write.
    pub(super) fn lms_panel(&mut self, ui: &mut Ui, picker: &mut dyn FilePicker) {
        let (Some(report), Some(panel)) = (&self.report, &mut self.lms) else {
            return;
        };
        let (pairing, results) = class_results(report, &self.feedback, &panel.roster);
        let mut pair: Option<(String, String)> = None;
        let mut write = false;
        let mut close = false;
        egui::CollapsingHeader::new(
            RichText::new(t!(
                "grading-lms-heading",
                lms = panel.roster.lms.name(),
                file = file_name(&panel.path),
                paired = results.len(),
                students = panel.roster.students.len()
            ))
            .strong(),
        )
        .id_salt("lms-panel")
        .default_open(true)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                let label = ui.label(t!("grading-lms-column"));
                let shown = match &panel.item {
                    ItemChoice::Existing(i) => panel
                        .roster
                        .items
                        .get(*i)
                        .map_or(String::new(), |i| i.name.clone()),
                    ItemChoice::New { name } => t!("grading-lms-new-column", name = name.as_str()),
                };
                let exercise = report.key.title().to_owned();
                egui::ComboBox::from_id_salt("lms-item")
                    .selected_text(shown)
                    .show_ui(ui, |ui| {
                        for (i, item) in panel.roster.items.iter().enumerate() {
                            ui.selectable_value(
                                &mut panel.item,
                                ItemChoice::Existing(i),
                                &item.name,
                            );
                        }
                        ui.selectable_value(
                            &mut panel.item,
                            ItemChoice::New {
                                name: exercise.clone(),
                            },
                            t!("grading-lms-new-column", name = exercise.as_str()),
                        );
                    })
                    .response
                    .labelled_by(label.id);
                let file_points = match &panel.item {
                    ItemChoice::Existing(i) => panel.roster.items.get(*i).and_then(|i| i.points),
                    ItemChoice::New { .. } => None,
                };
                match file_points {
                    Some(p) => {
                        ui.label(t!("grading-lms-points-from-roster", points = p));
                    }
                    None => {
                        let label = ui.label(t!("grading-lms-out-of"));
                        ui.add(
                            egui::DragValue::new(&mut panel.points)
                                .range(1.0..=1000.0)
                                .suffix(t!("grading-lms-points-suffix")),
                        )
                        .labelled_by(label.id);
                    }
                }
            });
            // Submissions no roster name fits: the teacher says who they are.
            let free: Vec<usize> = pairing.without_submission.clone();
            for &s in &pairing.unmatched_submissions {
                let Some(student) = report.students.get(s) else {
                    continue;
                };
                let file = file_name(&student.file);
                ui.horizontal_wrapped(|ui| {
                    let label = ui.label(t!(
                        "grading-lms-unmatched",
                        student = student.student.as_str(),
                        file = file.as_str()
                    ));
                    egui::ComboBox::from_id_salt(("lms-pair", s))
                        .selected_text(t!("grading-choose"))
                        .show_ui(ui, |ui| {
                            for &r in &free {
                                if let Some(st) = panel.roster.students.get(r)
                                    && ui
                                        .selectable_label(false, format!("{} ({})", st.name, st.id))
                                        .clicked()
                                {
                                    pair = Some((file.clone(), st.id.clone()));
                                }
                            }
                        })
                        .response
                        .labelled_by(label.id);
                });
            }
            if !pairing.without_submission.is_empty() {
                let names: Vec<String> = pairing
                    .without_submission
                    .iter()
                    .filter_map(|&r| panel.roster.students.get(r))
                    .map(|s| s.name.clone())
                    .collect();
                ui.weak(t!(
                    "grading-lms-without-submission",
                    names = names.join(&t!("grade-list-separator"))
                ));
            }
            ui.horizontal(|ui| {
                write = ui.button(t!("grading-lms-write")).clicked();
                close = ui.button(t!("grading-lms-close")).clicked();
            });
        });
        if let Some((file, id)) = pair {
            self.feedback.roster_pairs.insert(file, id);
            self.feedback_dirty = true;
            self.save_feedback();
        }
        if close {
            self.lms = None;
        } else if write && let Some(panel) = &self.lms {
            let name = format!("{}-import.csv", panel.roster.lms.slug());
            let request = PickRequest::save(
                &t!("grading-lms-pick-import"),
                self.folder.as_deref(),
                &name,
            );
            self.choose(picker, request, super::GradingFile::LmsImportTo);
        }
    }

    /// Writes the import file to `path` and says what went in.
    pub(super) fn write_lms_file(&mut self, path: &std::path::Path) {
        let (Some(report), Some(panel)) = (&self.report, &self.lms) else {
            return;
        };
        let (_, results) = class_results(report, &self.feedback, &panel.roster);
        let bytes = match import_file(&panel.roster, &panel.item, &results, Some(panel.points)) {
            Ok(bytes) => bytes,
            Err(e) => {
                self.error = Some(e.to_string());
                return;
            }
        };
        match crate::export::write_file(path, &bytes) {
            Ok(()) => {
                self.notice = Some(t!(
                    "grading-lms-written",
                    path = path.display().to_string(),
                    lms = panel.roster.lms.name(),
                    count = results.len()
                ));
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }
}
