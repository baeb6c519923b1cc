//! The teacher's grading screen: choose the key and a folder, grade on a worker thread,
//! then a sortable class table with charts, a heat map of each article, and a review of
//! each student with feedback comments. All numbers come from [`crate::grade`].

mod class_table;
mod heat;
mod job;
mod lms_panel;
mod marked_text;
mod review;
pub mod sort;

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::grade::{ClassGrade, Feedback, MatchSettings};
use crate::gui::file_dialog::{self, PendingChoice};
use crate::gui::files::{FilePicker, PickRequest};
use crate::gui::palette;
use crate::t;
use job::GradingJob;
use sort::Column;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Class,
    HeatMap,
    Review,
}

/// What a file chosen on the grading screen is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum GradingFile {
    Key,
    Folder,
    ExportTo,
    Roster,
    LmsImportTo,
}

/// What the grading screen asks of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GradingAction {
    /// Back to the annotation workspace.
    Close,
    /// Add a student's reading to the answer key, then save the key and grade again.
    Accept(AcceptReading),
    /// Take the last accepted reading out of the key again (save, grade again).
    UndoAccept,
}

/// A student's reading the teacher accepts into the key: as another reading of one of
/// its passages (a partly found or wrong-tag passage), or as a new optional passage (a
/// highlight the key lacks: no one is penalised for missing it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AcceptReading {
    /// The key's article.
    pub article: crate::model::ArticleId,
    /// In code points on the key's text: the student's graded span.
    pub range: crate::text::CharRange,
    pub tag: crate::model::TagId,
    /// The key's passage it is another reading of; `None`: a new optional passage.
    pub alternative_of: Option<crate::model::AnnotationId>,
}

pub struct GradingView {
    pub key: Option<PathBuf>,
    pub folder: Option<PathBuf>,
    pub settings: MatchSettings,
    job: Option<GradingJob>,
    pub report: Option<ClassGrade>,
    pub error: Option<String>,
    pub tab: Tab,
    pub sort: (Column, bool),
    /// The table's row order for `sort`, computed when the sort or the report changes
    /// rather than every frame.
    row_order: Option<((Column, bool), Vec<usize>)>,
    /// Index into `report.students`.
    pub student: Option<usize>,
    /// Index into the key's articles, for the heat map and the review.
    pub article: usize,
    pub feedback: Feedback,
    pub feedback_dirty: bool,
    /// Last message shown under the controls (exports, saved comments).
    pub notice: Option<String>,
    /// A file being chosen in the in-window dialog (no native dialog could open).
    choosing: PendingChoice<GradingFile>,
    /// Asked for by the review this frame, for the window to carry out.
    pub(super) asked: Option<GradingAction>,
    /// Readings accepted into the key here, last last: what "Undo" takes back.
    pub accepted: Vec<crate::model::AnnotationId>,
    /// For the class projector: students are "Student 1"…, comments and file problems
    /// are hidden.
    pub projector: bool,
    /// The LMS roster open on the class tab, if any.
    pub lms: Option<lms_panel::LmsPanel>,
    /// What the report says about the key, for the heat map: worked out once per report.
    prompts: crate::grade::discussion::Prompts,
}

impl GradingView {
    pub fn new(key: Option<PathBuf>) -> Self {
        Self {
            key,
            folder: None,
            settings: MatchSettings::default(),
            job: None,
            report: None,
            error: None,
            tab: Tab::Class,
            sort: (Column::Student, true),
            row_order: None,
            student: None,
            article: 0,
            feedback: Feedback::default(),
            feedback_dirty: false,
            notice: None,
            choosing: None,
            asked: None,
            accepted: Vec::new(),
            projector: false,
            lms: None,
            prompts: Default::default(),
        }
    }

    pub fn is_running(&self) -> bool {
        self.job.is_some()
    }

    fn feedback_path(&self) -> Option<PathBuf> {
        self.folder.as_deref().map(Feedback::path_in)
    }

    /// Writes the teacher's comments, if changed.
    pub fn save_feedback(&mut self) {
        if !self.feedback_dirty {
            return;
        }
        let Some(path) = self.feedback_path() else {
            return;
        };
        match self.feedback.save(&path) {
            Ok(()) => {
                self.feedback_dirty = false;
                self.notice = Some(t!(
                    "grading-comments-saved",
                    path = path.display().to_string()
                ));
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    pub fn start(&mut self, ctx: &egui::Context) {
        let (Some(key), Some(folder)) = (self.key.clone(), self.folder.clone()) else {
            return;
        };
        self.save_feedback();
        self.error = None;
        self.notice = None;
        self.feedback = match Feedback::load(&Feedback::path_in(&folder)) {
            Ok(f) => f,
            Err(e) => {
                self.error = Some(e.to_string());
                Feedback::default()
            }
        };
        self.job = Some(GradingJob::start(key, folder, self.settings, ctx.clone()));
    }

    fn poll(&mut self) {
        let Some(result) = self.job.as_ref().and_then(GradingJob::take_result) else {
            return;
        };
        self.job = None;
        match result {
            Ok(report) => {
                // Graded again (a reading accepted into the key): the teacher stays on
                // the tab, the student and the article they were on.
                let reviewing = self
                    .student
                    .and_then(|i| self.report.as_ref()?.students.get(i))
                    .map(|s| s.file.clone());
                let again =
                    reviewing.and_then(|file| report.students.iter().position(|s| s.file == file));
                let regrade = self.report.is_some();
                self.student = again;
                if !regrade {
                    self.article = 0;
                    self.tab = Tab::Class;
                } else if self.tab == Tab::Review && self.student.is_none() {
                    self.tab = Tab::Class;
                }
                if self.article >= report.key.articles().len() {
                    self.article = 0;
                }
                self.row_order = None;
                self.prompts = crate::grade::discussion::prompts(&report);
                self.report = Some(report);
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    pub fn ui(&mut self, ui: &mut Ui, picker: &mut dyn FilePicker) -> Option<GradingAction> {
        self.poll();
        if let Some((task, path)) = file_dialog::poll_choice(ui.ctx(), &mut self.choosing) {
            self.chosen(task, path);
        }
        let mut action = None;
        ui.horizontal(|ui| {
            ui.heading(t!("grading-heading"));
            ui.add_space(16.0);
            if ui.button(t!("grading-back")).clicked() {
                self.save_feedback();
                action = Some(GradingAction::Close);
            }
        });
        ui.separator();
        if self.report.is_some() && !self.is_running() {
            // Once graded, the settings fold away to leave room for the results.
            let folder = self
                .folder
                .as_ref()
                .map_or(String::new(), |f| f.display().to_string());
            let threshold = 100.0 * self.settings.threshold;
            let summary = if self.settings.partial_credit {
                t!(
                    "grading-settings-summary-partial-credit",
                    folder = folder,
                    threshold = threshold
                )
            } else {
                t!(
                    "grading-settings-summary",
                    folder = folder,
                    threshold = threshold
                )
            };
            egui::CollapsingHeader::new(summary)
                .id_salt("grading-settings")
                .default_open(false)
                .show(ui, |ui| self.controls(ui, picker));
        } else {
            self.controls(ui, picker);
        }
        if let Some(error) = &self.error {
            ui.label(RichText::new(error).color(palette::error_text(ui.visuals().dark_mode)));
        }
        let mut undo = false;
        let can_undo = !self.accepted.is_empty() && !self.is_running();
        if self.notice.is_some() || can_undo {
            ui.horizontal_wrapped(|ui| {
                if let Some(notice) = &self.notice {
                    ui.label(notice);
                }
                if can_undo {
                    undo = ui
                        .button(t!("grading-undo-accept"))
                        .on_hover_text(t!("grading-undo-accept-tooltip"))
                        .clicked();
                }
            });
        }
        if undo {
            action = Some(GradingAction::UndoAccept);
        }
        if self.report.is_none() {
            return action;
        }
        ui.separator();
        ui.horizontal(|ui| {
            ui.selectable_value(&mut self.tab, Tab::Class, t!("grading-tab-class"));
            ui.selectable_value(&mut self.tab, Tab::HeatMap, t!("grading-tab-heat-map"));
            ui.selectable_value(&mut self.tab, Tab::Review, t!("grading-tab-review"));
            ui.add_space(16.0);
            if ui.button(t!("grading-export")).clicked() {
                self.export(picker);
            }
            if ui
                .button(t!("grading-lms"))
                .on_hover_text(t!("grading-lms-tooltip"))
                .clicked()
            {
                self.save_feedback();
                let request = PickRequest::open(
                    &t!("grading-pick-roster"),
                    self.folder.as_deref(),
                    &["csv", "txt", "tsv"],
                );
                self.choose(picker, request, GradingFile::Roster);
            }
            ui.add_space(16.0);
            ui.checkbox(&mut self.projector, t!("grading-projector"))
                .on_hover_text(t!("grading-projector-tooltip"));
        });
        ui.separator();
        if self.tab == Tab::Class {
            self.lms_panel(ui, picker);
        }
        match self.tab {
            Tab::Class => self.class_tab(ui),
            Tab::HeatMap => self.heat_tab(ui),
            Tab::Review => self.review_tab(ui),
        }
        self.asked.take().or(action)
    }

    fn controls(&mut self, ui: &mut Ui, picker: &mut dyn FilePicker) {
        let shown = |p: &Option<PathBuf>| {
            p.as_ref()
                .map_or_else(|| t!("grading-none-chosen"), |p| p.display().to_string())
        };
        egui::Grid::new("grading-controls")
            .num_columns(3)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                ui.label(t!("grading-key-label"));
                ui.label(shown(&self.key));
                if ui.button(t!("grading-choose-key")).clicked() {
                    let dir = self.key.as_deref().and_then(std::path::Path::parent);
                    let request = PickRequest::open(&t!("grading-pick-key"), dir, &["ron"]);
                    self.choose(picker, request, GradingFile::Key);
                }
                ui.end_row();
                ui.label(t!("grading-folder-label"));
                ui.label(shown(&self.folder));
                if ui.button(t!("grading-choose-folder")).clicked() {
                    let dir = self
                        .folder
                        .as_deref()
                        .or(self.key.as_deref().and_then(std::path::Path::parent));
                    let request = PickRequest::folder(&t!("grading-pick-folder"), dir);
                    self.choose(picker, request, GradingFile::Folder);
                }
                ui.end_row();
                ui.label(t!("grading-threshold-label"));
                ui.add(
                    egui::Slider::new(&mut self.settings.threshold, 0.1..=1.0)
                        .custom_formatter(|v, _| t!("grading-percent", percent = v * 100.0))
                        .custom_parser(|s| {
                            // "62%", "62 %" or "62,5 %": whichever way the language writes it.
                            s.trim_end_matches('%')
                                .trim()
                                .replace(',', ".")
                                .parse::<f64>()
                                .ok()
                                .map(|v| v / 100.0)
                        }),
                )
                .on_hover_text(t!("grading-threshold-tooltip"));
                ui.checkbox(
                    &mut self.settings.partial_credit,
                    t!("grading-partial-credit"),
                );
                ui.end_row();
            });
        ui.horizontal(|ui| {
            let ready = self.key.is_some() && self.folder.is_some() && !self.is_running();
            if ui
                .add_enabled(ready, egui::Button::new(t!("grading-grade")))
                .clicked()
            {
                self.start(ui.ctx());
            }
            if let Some(job) = &self.job {
                let (done, total) = job.progress();
                let fraction = if total == 0 {
                    0.0
                } else {
                    done as f32 / total as f32
                };
                ui.add(
                    egui::ProgressBar::new(fraction)
                        .desired_width(240.0)
                        .text(t!("grading-progress", done = done, total = total)),
                );
            }
        });
    }

    fn choose(&mut self, picker: &mut dyn FilePicker, request: PickRequest, task: GradingFile) {
        if let Some((task, path)) = file_dialog::choose(picker, request, task, &mut self.choosing) {
            self.chosen(task, path);
        }
    }

    fn chosen(&mut self, task: GradingFile, path: PathBuf) {
        match task {
            GradingFile::Key => self.key = Some(path),
            GradingFile::Folder => {
                self.save_feedback();
                self.folder = Some(path);
            }
            GradingFile::ExportTo => self.export_to(&path),
            GradingFile::Roster => self.open_roster(path),
            GradingFile::LmsImportTo => self.write_lms_file(&path),
        }
    }

    fn export(&mut self, picker: &mut dyn FilePicker) {
        self.save_feedback();
        let request = PickRequest::folder(&t!("grading-pick-export"), self.folder.as_deref());
        self.choose(picker, request, GradingFile::ExportTo);
    }

    fn export_to(&mut self, folder: &std::path::Path) {
        let Some(report) = &self.report else { return };
        match crate::export::write_class(report, &self.feedback, folder) {
            Ok(files) => {
                self.notice = Some(t!(
                    "grading-exported",
                    gradebook = files.gradebook.display().to_string(),
                    annotations = files.annotations.display().to_string(),
                    summary = files.summary.display().to_string(),
                    count = files.feedback_pages.len()
                ));
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// Opens the review of student `index`.
    pub fn review(&mut self, index: usize) {
        self.student = Some(index);
        self.tab = Tab::Review;
    }
}
