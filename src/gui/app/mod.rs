//! The application: holds the open session and view state, draws the panels, and is the
//! one place where commands are applied.

mod chrome;
mod dialogs;
mod file_ops;
mod keys;
mod teacher;

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};
use jiff::Timestamp;

use super::article_view::ArticleView;
use super::command::Command;
use super::files::{FilePicker, NativePicker};
use super::find_bar::FindBar;
use super::panels::{self, AnnotationListState};
use crate::edit::build;
use crate::model::{ArticleId, Project};
use crate::recovery::{RecoveryCopy, RecoveryStore};
use crate::session::Session;

/// Seconds between autosaves while there are unsaved changes.
pub const AUTOSAVE_SECONDS: f64 = 30.0;
/// Recent files remembered in the File menu.
const MAX_RECENT: usize = 8;

/// What to do once the user has answered "save changes?".
#[derive(Clone, Debug, PartialEq, Eq)]
enum AfterSavePrompt {
    Quit,
    Open(PathBuf),
}

pub struct MarginaliaApp {
    pub session: Session,
    pub current_article: Option<ArticleId>,
    pub view: ArticleView,
    pub list: AnnotationListState,
    /// Messages for the user (load problems, errors), newest last, with severity.
    pub messages: Vec<(bool, String)>,
    pub picker: Box<dyn FilePicker>,
    /// The name written as author of new annotations.
    pub author: String,
    pub find: FindBar,
    /// Where autosave copies go; `None` turns autosave off (tests).
    pub recovery: Option<RecoveryStore>,
    /// Copies found at start-up, offered for restoring.
    pub recovery_offer: Vec<RecoveryCopy>,
    last_autosave: Option<(f64, u64)>,
    /// Seconds between autosaves ([`AUTOSAVE_SECONDS`]; tests shorten it).
    pub autosave_every: f64,
    pub recent: Vec<PathBuf>,
    pending: Option<AfterSavePrompt>,
    allowed_to_close: bool,
    /// For smoke tests: close after this many frames.
    pub exit_after_frames: Option<u64>,
    frames: u64,
    /// The grading screen, while open (it replaces the workspace).
    pub grading: Option<super::grading::GradingView>,
    /// The teacher said so on an assignment: no "your name" banner.
    pub teacher_mode: bool,
    /// The name typed in the assignment banner.
    pub name_draft: String,
    /// The student's name, remembered between runs so it is asked once.
    pub student_name: String,
    /// The assignment a submission was started from (its folder is where Save suggests).
    pub submission_from: Option<PathBuf>,
    tag_editor: Option<teacher::TagEditor>,
    details_draft: Option<crate::model::ProjectDetails>,
    /// The lock on the open project's file (released when another file is opened).
    lock: Option<crate::lock::ProjectLock>,
    /// Someone else has the project open: ask before going on.
    lock_conflict: Option<crate::lock::LockOwner>,
    /// Save found the file changed on disk: ask before overwriting it.
    overwrite_prompt: Option<PathBuf>,
}

impl MarginaliaApp {
    /// Opens `file` (a project, or an article to import), or the sample exercise.
    pub fn open(file: Option<PathBuf>) -> Self {
        let mut app = Self {
            session: Session::default(),
            current_article: None,
            view: ArticleView::new(),
            list: AnnotationListState::default(),
            messages: Vec::new(),
            picker: Box::new(NativePicker),
            author: std::env::var("USER").unwrap_or_default(),
            find: FindBar::default(),
            recovery: None,
            recovery_offer: Vec::new(),
            last_autosave: None,
            autosave_every: AUTOSAVE_SECONDS,
            recent: Vec::new(),
            pending: None,
            allowed_to_close: false,
            exit_after_frames: None,
            frames: 0,
            grading: None,
            teacher_mode: false,
            name_draft: String::new(),
            student_name: String::new(),
            submission_from: None,
            tag_editor: None,
            details_draft: None,
            lock: None,
            lock_conflict: None,
            overwrite_prompt: None,
        };
        let path = file.unwrap_or_else(crate::sample::sample_exercise);
        app.load(&path);
        app
    }

    /// Turns on autosave into `store` and offers copies left by a crash.
    pub fn with_recovery(mut self, store: RecoveryStore) -> Self {
        self.recovery_offer = store.list();
        self.recovery = Some(store);
        self
    }

    /// Replaces the session with `path`; on failure keeps the current one and says why.
    fn load(&mut self, path: &Path) {
        match file_ops::load_any(path) {
            Ok((session, notes)) => {
                if let Some(saved) = session.path() {
                    self.remember_recent(saved.to_path_buf());
                }
                self.replace_session(session, notes);
            }
            Err(message) => self.messages.push((true, message)),
        }
    }

    /// Shows `session` from its first article, with fresh view state.
    fn replace_session(&mut self, session: Session, messages: Vec<(bool, String)>) {
        self.session = session;
        self.messages = messages;
        self.last_autosave = None;
        self.teacher_mode = false;
        self.submission_from = None;
        self.tag_editor = None;
        self.details_draft = None;
        self.overwrite_prompt = None;
        self.lock = None;
        self.lock_conflict = None;
        if let Some(path) = self.session.path() {
            match crate::lock::ProjectLock::acquire(path) {
                Ok(lock) => self.lock = lock,
                Err(owner) => self.lock_conflict = Some(owner),
            }
        }
        self.current_article = self
            .session
            .project()
            .articles()
            .first()
            .map(|a| a.id().clone());
        self.view.reset();
    }

    fn project(&self) -> &Project {
        self.session.project()
    }

    /// The one place commands are applied.
    pub fn run(&mut self, ctx: &egui::Context, command: Command) {
        let now = Timestamp::now();
        let result: Result<(), String> = match command.clone() {
            Command::Open => {
                if let Some(path) = self.picker.open() {
                    if self.session.is_dirty() {
                        self.pending = Some(AfterSavePrompt::Open(path));
                    } else {
                        self.load(&path);
                    }
                }
                Ok(())
            }
            Command::Save => self.save(false),
            Command::SaveAs => self.save(true),
            Command::ImportArticle => self.import_article(),
            Command::Undo => self
                .session
                .undo()
                .map(|_| self.after_history_change())
                .map_err(|e| e.to_string()),
            Command::Redo => self
                .session
                .redo()
                .map(|_| self.after_history_change())
                .map_err(|e| e.to_string()),
            Command::Tag(tag) => self.tag(&tag, now),
            Command::DeleteAnnotation => match self.view.selected_annotation {
                Some(id) => build::remove_annotation(self.project(), id)
                    .and_then(|e| self.session.apply(e))
                    .map(|()| self.view.selected_annotation = None)
                    .map_err(|e| e.to_string()),
                None => Ok(()),
            },
            Command::SelectAnnotation(id) => {
                self.view.selected_annotation = Some(id);
                self.view.selection = None;
                Ok(())
            }
            Command::JumpToAnnotation(id) => {
                if let Some(a) = self.session.project().annotation(id) {
                    let (article, start) = (a.article.clone(), a.range.start);
                    if self.current_article.as_ref() != Some(&article) {
                        self.current_article = Some(article);
                        self.view.reset();
                    }
                    self.view.scroll_to = Some(start);
                    self.view.flash_since = Some(ctx.input(|i| i.time));
                }
                self.view.selected_annotation = Some(id);
                self.view.selection = None;
                Ok(())
            }
            Command::ShowArticle(id) => {
                self.current_article = Some(id);
                self.view.reset();
                Ok(())
            }
            Command::SetNote(id, note) => build::set_note(self.project(), id, &note, now)
                .and_then(|e| self.session.apply(e))
                .map_err(|e| e.to_string()),
            Command::Find => {
                self.find.open();
                Ok(())
            }
            Command::FindNext | Command::FindPrevious => {
                if let Some(m) = self.find.step(command == Command::FindNext) {
                    self.view.scroll_to = Some(m.start);
                }
                Ok(())
            }
            Command::OpenRecent(path) => {
                if self.session.is_dirty() {
                    self.pending = Some(AfterSavePrompt::Open(path));
                } else {
                    self.load(&path);
                }
                Ok(())
            }
            Command::SetTheme(theme) => {
                ctx.set_theme(theme);
                Ok(())
            }
            Command::ZoomIn => {
                self.view.zoom = (self.view.zoom + 0.1).min(2.0);
                Ok(())
            }
            Command::ZoomOut => {
                self.view.zoom = (self.view.zoom - 0.1).max(0.75);
                Ok(())
            }
            Command::ZoomReset => {
                self.view.zoom = 1.0;
                Ok(())
            }
            Command::Quit => {
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                Ok(())
            }
            Command::GradeSubmissions
            | Command::ExportAssignment
            | Command::EditTags
            | Command::EditDetails
            | Command::SetStudentName(_) => self.teacher_command(&command),
        };
        if let Err(message) = result {
            self.messages.push((true, message));
        }
    }

    fn after_history_change(&mut self) {
        if let Some(id) = self.view.selected_annotation
            && self.project().annotation(id).is_none()
        {
            self.view.selected_annotation = None;
        }
        if let Some(article) = &self.current_article
            && self.project().article(article).is_none()
        {
            self.current_article = self.project().articles().first().map(|a| a.id().clone());
            self.view.reset();
        }
    }

    fn tag(&mut self, tag: &crate::model::TagId, now: Timestamp) -> Result<(), String> {
        let Some(article) = self.current_article.clone() else {
            return Ok(());
        };
        if let Some(selection) = self.view.selection.filter(|s| s.anchor != s.head) {
            let edit = build::add_annotation(
                self.project(),
                &article,
                selection.range(),
                tag,
                &self.author,
                now,
            )
            .map_err(|e| e.to_string())?;
            let id = self.project().next_annotation_id();
            self.session.apply(edit).map_err(|e| e.to_string())?;
            self.view.selection = None;
            self.view.selected_annotation = Some(id);
            return Ok(());
        }
        if let Some(id) = self.view.selected_annotation {
            let edit = build::retag(self.project(), id, tag, now).map_err(|e| e.to_string())?;
            self.session.apply(edit).map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    fn title(&self) -> String {
        let name = self
            .session
            .path()
            .and_then(|p| p.file_name())
            .map_or("unsaved project".to_owned(), |n| {
                n.to_string_lossy().into_owned()
            });
        let dirty = if self.session.is_dirty() { "● " } else { "" };
        format!("{dirty}{name} — Marginalia")
    }

    /// Draws everything; called by eframe and by tests.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.frames += 1;
        if self.exit_after_frames.is_some_and(|n| self.frames >= n) {
            self.allowed_to_close = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if ctx.input(|i| i.viewport().close_requested())
            && self.session.is_dirty()
            && !self.allowed_to_close
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.pending = Some(AfterSavePrompt::Quit);
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Title(self.title()));

        let mut commands = self.keyboard(&ctx);
        egui::Panel::top("menu").show(ui, |ui| {
            commands.extend(self.menu_bar(ui));
        });
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        if self.grading.is_some() {
            egui::CentralPanel::default().show(ui, |ui| {
                self.grading_screen(ui);
            });
            for command in commands {
                self.run(&ctx, command);
            }
            self.save_prompt(&ctx);
            self.autosave(&ctx);
            return;
        }
        egui::Panel::left("articles")
            .resizable(true)
            .default_size(250.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().id_salt("left").show(ui, |ui| {
                    let project = self.session.project();
                    if !project.details().instructions.is_empty() {
                        egui::CollapsingHeader::new("Instructions")
                            .default_open(true)
                            .show(ui, |ui| ui.label(&project.details().instructions));
                        ui.separator();
                    }
                    commands.extend(panels::article_list(
                        ui,
                        project,
                        self.current_article.as_ref(),
                    ));
                    self.problems(ui);
                });
            });
        egui::Panel::right("annotations")
            .resizable(true)
            .default_size(320.0)
            .show(ui, |ui| {
                let can_tag = self.view.selection.is_some_and(|s| s.anchor != s.head)
                    || self.view.selected_annotation.is_some();
                commands.extend(panels::tag_palette(ui, self.session.project(), can_tag));
                ui.separator();
                if let Some(article) = self.current_article.clone() {
                    commands.extend(panels::annotation_list(
                        ui,
                        &mut self.list,
                        self.session.project(),
                        &article,
                        self.view.selected_annotation,
                    ));
                }
                if let Some(id) = self.view.selected_annotation {
                    commands.extend(panels::selected_annotation(
                        ui,
                        &mut self.list,
                        self.session.project(),
                        id,
                    ));
                }
            });
        let mut banner_commands = Vec::new();
        egui::CentralPanel::default().show(ui, |ui| {
            if self.current_article.is_some() {
                banner_commands = self.assignment_banner(ui);
            }
            let project = self.session.project();
            match self
                .current_article
                .as_ref()
                .and_then(|id| project.article(id))
            {
                Some(article) => {
                    ui.vertical_centered(|ui| {
                        ui.label(RichText::new(article.title()).heading().strong());
                    });
                    if let Some(m) = self.find.ui(ui, article) {
                        self.view.scroll_to = Some(m.start);
                    }
                    self.view.find_matches.clone_from(&self.find.matches);
                    self.view.current_match = self.find.current_match();
                    ui.separator();
                    if !ctx.egui_wants_keyboard_input() {
                        self.view.handle_keys(ui, article.text());
                    }
                    commands.extend(self.view.ui(ui, project, article));
                    self.hover_tooltip(ui);
                }
                None => {
                    ui.centered_and_justified(|ui| {
                        ui.label("No article open. Use File > Open or File > Import article.");
                    });
                }
            }
        });
        commands.extend(banner_commands);
        commands.extend(self.dropped_files(&ctx));
        self.teacher_windows(&ctx);
        for command in commands {
            self.run(&ctx, command);
        }
        self.save_prompt(&ctx);
        self.lock_prompt(&ctx);
        self.overwrite_prompt(&ctx);
        self.recovery_prompt(&ctx);
        self.autosave(&ctx);
    }

    fn remember_recent(&mut self, path: PathBuf) {
        let path = std::path::absolute(&path).unwrap_or(path);
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

/// Keys of what eframe remembers between runs (window size is remembered by eframe).
const RECENT_KEY: &str = "recent-files";
const ZOOM_KEY: &str = "zoom";
const STUDENT_NAME_KEY: &str = "student-name";

impl MarginaliaApp {
    /// Restores recent files and zoom remembered by eframe.
    pub fn restore_settings(&mut self, storage: &dyn eframe::Storage) {
        if let Some(recent) = eframe::get_value::<Vec<PathBuf>>(storage, RECENT_KEY) {
            for p in recent.into_iter().rev() {
                self.remember_recent(p);
            }
        }
        if let Some(zoom) = eframe::get_value::<f32>(storage, ZOOM_KEY) {
            self.view.zoom = zoom.clamp(0.75, 2.0);
        }
        if let Some(name) = eframe::get_value::<String>(storage, STUDENT_NAME_KEY) {
            self.name_draft.clone_from(&name);
            self.student_name = name;
        }
    }
}

impl eframe::App for MarginaliaApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, RECENT_KEY, &self.recent);
        eframe::set_value(storage, ZOOM_KEY, &self.view.zoom);
        eframe::set_value(storage, STUDENT_NAME_KEY, &self.student_name);
    }

    fn on_exit(&mut self) {
        // Closing with everything saved (or after "Don't save") needs no recovery copy.
        if let Some(store) = &self.recovery
            && (!self.session.is_dirty() || self.allowed_to_close)
        {
            store.discard(self.session.path());
        }
    }
}
