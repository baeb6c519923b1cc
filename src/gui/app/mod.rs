//! The application: holds the open session and view state, lays out the window, and is
//! the one place where commands are applied ([`MarginaliaApp::run`], in `run.rs`).
//!
//! Views draw from the model and return [`Command`]s; nothing a view draws changes the
//! project. After every command the view state that mirrors the model (the note being
//! edited, the selection) is made to agree with it again, so the screen always shows
//! what the file will hold.

mod chrome;
mod details_editor;
mod dialogs;
mod file_ops;
mod hand_in;
mod help;
mod import_preview;
mod keys;
mod open;
mod overlays;
mod probe;
mod run;
mod settings;
mod source_editor;
mod tag_editor;
mod teacher;
mod workspace;

use std::path::{Path, PathBuf};

use egui::Ui;

use super::article_view::ArticleView;
use super::command::Command;
use super::files::{FilePicker, NativePicker};
use super::find_bar::FindBar;
use super::messages::{Message, Messages};
use super::panels::AnnotationListState;
use crate::model::{ArticleId, Project};
use crate::recovery::{RecoveryCopy, RecoveryStore};
use crate::session::Session;
use crate::t;

pub use file_ops::FileTask;
use overlays::{Overlays, TeacherAsk};
pub use settings::{ZOOM_MAX, ZOOM_MIN};

/// Seconds between autosaves while there are unsaved changes.
pub const AUTOSAVE_SECONDS: f64 = 30.0;

/// What to do once the open work is saved (or the person chose not to save it).
#[derive(Clone, Debug, PartialEq, Eq)]
enum AfterSave {
    Quit,
    Open(PathBuf),
    New,
    NewFromText(String),
}

pub struct MarginaliaApp {
    pub session: Session,
    pub current_article: Option<ArticleId>,
    pub view: ArticleView,
    pub list: AnnotationListState,
    pub messages: Messages,
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
    /// The whole window's zoom (egui's zoom factor), 75–200 %.
    pub zoom: f32,
    allowed_to_close: bool,
    /// Close the window at the end of this frame (the person chose to quit).
    quit_now: bool,
    /// For smoke tests: close after this many frames.
    pub exit_after_frames: Option<u64>,
    frames: u64,
    /// The grading screen, while open (it replaces the workspace).
    pub grading: Option<super::grading::GradingView>,
    /// The person confirmed they are the teacher of this assignment or key.
    pub teacher_mode: bool,
    /// The name typed in the assignment banner.
    pub name_draft: String,
    /// The student's name, remembered between runs (and confirmed before it is used).
    pub student_name: String,
    /// The code of the language chosen in View > Language (remembered between runs);
    /// `None` until someone chooses one, so the system's language keeps deciding.
    pub language_choice: Option<String>,
    /// The assignment a submission was started from (its folder is where Save writes).
    pub submission_from: Option<PathBuf>,
    /// The folder of the article a new project was made from: dialogs start there.
    work_folder: Option<PathBuf>,
    /// The file and role of an assignment or key as it was opened: Save never writes
    /// there without the teacher's say-so, whatever the project's role became since
    /// (a student could change it in Title and instructions).
    protected: Option<(PathBuf, crate::model::Role)>,
    /// The lock on the open project's file (released when another file is opened).
    lock: Option<crate::lock::ProjectLock>,
    overlays: Overlays,
    /// The window title last sent, so it is sent only when it changes (each one sent
    /// wakes another frame).
    last_title: String,
    /// When File > New from clipboard asked for the clipboard (egui time); the text
    /// arrives as a paste event.
    paste_wanted: Option<f64>,
    /// "Saved to <full path>", shown above the article until the next change.
    pub saved_notice: Option<String>,
    probe: probe::Probe,
    /// The window was fitted to the screen (see `fit_small_screen`).
    fitted: bool,
    /// Give the keyboard to this part on the next frame (Tab from the article).
    focus_next: Option<super::command::FocusTarget>,
    /// `MARGINALIA_REDRAW_ALWAYS=1`: redraw every frame (the idle benchmark's baseline).
    redraw_always: bool,
}

impl MarginaliaApp {
    /// Opens `file` (a project, or an article to import), or the sample exercise.
    pub fn open(file: Option<PathBuf>) -> Self {
        let mut app = Self {
            session: Session::default(),
            current_article: None,
            view: ArticleView::new(),
            list: AnnotationListState::default(),
            messages: Messages::default(),
            picker: Box::new(NativePicker::new()),
            author: std::env::var("USER").unwrap_or_default(),
            find: FindBar::default(),
            recovery: None,
            recovery_offer: Vec::new(),
            last_autosave: None,
            autosave_every: AUTOSAVE_SECONDS,
            recent: Vec::new(),
            zoom: 1.0,
            allowed_to_close: false,
            quit_now: false,
            exit_after_frames: None,
            frames: 0,
            grading: None,
            teacher_mode: false,
            name_draft: String::new(),
            student_name: String::new(),
            language_choice: None,
            submission_from: None,
            work_folder: None,
            protected: None,
            lock: None,
            overlays: Overlays::default(),
            last_title: String::new(),
            paste_wanted: None,
            saved_notice: None,
            probe: probe::Probe::from_env(),
            focus_next: None,
            fitted: false,
            redraw_always: std::env::var("MARGINALIA_REDRAW_ALWAYS").is_ok_and(|v| v == "1"),
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

    fn project(&self) -> &Project {
        self.session.project()
    }

    fn say(&mut self, message: Message) {
        self.messages.push(message);
    }

    /// Replaces the session with `path`; on failure keeps the current one and says why.
    fn load(&mut self, path: &Path) {
        match open::load_any(path) {
            Ok((session, notes)) => {
                if let Some(saved) = session.path() {
                    self.remember_recent(saved.to_path_buf());
                }
                // An article opened on its own makes a new project: whoever made it is
                // its teacher (it is not someone else's assignment).
                let made_here = session.path().is_none();
                self.replace_session(session, notes);
                self.teacher_mode = made_here;
                if made_here {
                    self.work_folder = path.parent().map(Path::to_path_buf);
                }
            }
            Err(message) => self.say(Message::error(message)),
        }
    }

    /// Shows `session` from its first article, with fresh view state.
    fn replace_session(&mut self, session: Session, messages: Vec<Message>) {
        self.session = session;
        self.messages.replace(messages);
        self.last_autosave = None;
        self.teacher_mode = false;
        self.submission_from = None;
        self.work_folder = None;
        let keep = std::mem::take(&mut self.overlays);
        self.overlays = Overlays {
            help: keep.help,
            about: keep.about,
            after_save: keep.after_save,
            ..Overlays::default()
        };
        self.lock = None;
        let role = self.session.project().role();
        self.protected = self
            .session
            .path()
            .filter(|_| {
                matches!(
                    role,
                    crate::model::Role::Assignment | crate::model::Role::Key
                )
            })
            .map(|p| (p.to_path_buf(), role));
        // A whole class opens the same assignment (a shared folder): nobody saves into
        // it, so it is not locked. Keys and students' own files are.
        if let Some(path) = self.session.path()
            && role != crate::model::Role::Assignment
        {
            match crate::lock::ProjectLock::acquire(path) {
                Ok(lock) => self.lock = lock,
                Err(owner) => self.overlays.lock_conflict = Some(owner),
            }
        }
        self.name_draft.clone_from(&self.student_name);
        self.current_article = self
            .session
            .project()
            .articles()
            .first()
            .map(|a| a.id().clone());
        self.view.reset();
        self.list.note_draft = None;
    }

    fn title(&self) -> String {
        let name = self
            .session
            .path()
            .and_then(|p| p.file_name())
            .map_or(t!("ws-unsaved-project"), |n| {
                n.to_string_lossy().into_owned()
            });
        let dirty = if self.session.is_dirty() { "● " } else { "" };
        format!("{dirty}{}", t!("ws-window-title", name = name))
    }

    /// Draws everything; called by eframe and by tests.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.frames += 1;
        if let Some(n) = self.exit_after_frames {
            if self.frames >= n {
                self.allowed_to_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            } else {
                // The smoke test counts frames; an idle window draws none by itself.
                ctx.request_repaint();
            }
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allowed_to_close {
            self.close_requested(&ctx);
        }
        self.fit_small_screen(&ctx);
        let title = self.title();
        if title != self.last_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.last_title = title;
        }
        settings::apply_zoom(&ctx, self.zoom);

        let mut commands = self.keyboard(&ctx);
        egui::Panel::top("menu").show(ui, |ui| {
            commands.extend(self.menu_bar(ui));
        });
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));
        if self.grading.is_some() {
            egui::CentralPanel::default().show(ui, |ui| {
                self.grading_screen(ui);
            });
        } else {
            commands.extend(self.workspace(ui));
            commands.extend(self.dropped_files(&ctx));
        }
        commands.extend(self.windows(&ctx));
        for command in commands {
            self.run(&ctx, command);
        }
        self.questions(&ctx);
        if std::mem::take(&mut self.quit_now) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
        self.autosave(&ctx);
        if self.redraw_always {
            // Only for the idle benchmark's baseline: what a window that never rests costs.
            ctx.request_repaint();
        }
        let mut probe = std::mem::take(&mut self.probe);
        probe.write(&ctx, self);
        self.probe = probe;
    }

    /// On a screen not much bigger than the window (a 1366×768 or 1024×600 school
    /// laptop), maximise once at start, so nothing is off screen or under the taskbar.
    fn fit_small_screen(&mut self, ctx: &egui::Context) {
        if self.fitted {
            return;
        }
        let Some(monitor) = ctx.input(|i| i.viewport().monitor_size) else {
            return;
        };
        self.fitted = true;
        if monitor.x < 1400.0 || monitor.y < 850.0 {
            ctx.send_viewport_cmd(egui::ViewportCommand::Maximized(true));
        }
    }

    /// The window's close button or Ctrl+Q: ask first if something is not saved.
    fn close_requested(&mut self, ctx: &egui::Context) {
        if self.session.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.overlays.save_prompt = Some(AfterSave::Quit);
        }
    }

    /// Editor windows, Help and About; they return commands like any view.
    fn windows(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        if let Some(editor) = &mut self.overlays.details {
            let (more, open) = editor.show(ctx, self.session.project());
            commands.extend(more);
            if !open {
                self.overlays.details = None;
            }
        }
        if let Some(editor) = &mut self.overlays.source_editor {
            let (more, open) = editor.show(ctx, self.session.project());
            commands.extend(more);
            if !open {
                self.overlays.source_editor = None;
            }
        }
        if let Some(preview) = &mut self.overlays.import_preview {
            let (more, open) = preview.show(ctx);
            commands.extend(more);
            if !open {
                self.overlays.import_preview = None;
            }
        }
        if let Some(editor) = &mut self.overlays.tag_editor {
            let (more, open) = editor.show(ctx, self.session.project());
            commands.extend(more);
            if !open {
                self.overlays.tag_editor = None;
            }
        }
        if self.overlays.help {
            commands.extend(help::help_window(
                ctx,
                self.session.project(),
                &mut self.overlays.help,
            ));
        }
        if self.overlays.about {
            help::about_window(ctx, &mut self.overlays.about);
        }
        commands
    }

    fn remember_recent(&mut self, path: PathBuf) {
        let path = std::path::absolute(&path).unwrap_or(path);
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(settings::MAX_RECENT);
    }
}

impl eframe::App for MarginaliaApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.save_settings(storage);
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
