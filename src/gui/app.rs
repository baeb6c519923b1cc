//! The application: holds the open session and view state, draws the panels, and is the
//! one place where commands are applied.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};
use jiff::Timestamp;

use super::article_view::ArticleView;
use super::command::Command;
use super::files::{FilePicker, NativePicker};
use super::palette;
use super::panels::{self, AnnotationListState};
use crate::edit::build;
use crate::model::{ArticleId, Project, ProjectDetails, Role, TagSet};
use crate::project_file::{self, Severity};
use crate::session::Session;

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
    pending: Option<AfterSavePrompt>,
    allowed_to_close: bool,
    /// For smoke tests: close after this many frames.
    pub exit_after_frames: Option<u64>,
    frames: u64,
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
            pending: None,
            allowed_to_close: false,
            exit_after_frames: None,
            frames: 0,
        };
        let path = file.unwrap_or_else(crate::sample::sample_exercise);
        app.load(&path);
        app
    }

    /// Replaces the session with `path`; on failure keeps the current one and says why.
    fn load(&mut self, path: &Path) {
        match load_any(path) {
            Ok((session, notes)) => {
                self.session = session;
                self.messages = notes;
                self.current_article = self
                    .session
                    .project()
                    .articles()
                    .first()
                    .map(|a| a.id().clone());
                self.view.reset();
            }
            Err(message) => self.messages.push((true, message)),
        }
    }

    fn project(&self) -> &Project {
        self.session.project()
    }

    /// The one place commands are applied.
    pub fn run(&mut self, ctx: &egui::Context, command: Command) {
        let now = Timestamp::now();
        let result: Result<(), String> = match command {
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
                if let Some(a) = self.session.project().annotation(id) {
                    let (article, start) = (a.article.clone(), a.range.start);
                    if self.current_article.as_ref() != Some(&article) {
                        self.current_article = Some(article);
                        self.view.reset();
                    }
                    self.view.scroll_to = Some(start);
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

    fn save(&mut self, choose_path: bool) -> Result<(), String> {
        let path = match self.session.path() {
            Some(p) if !choose_path => p.to_path_buf(),
            current => {
                let dir = current.and_then(Path::parent).map(Path::to_path_buf);
                let name = suggested_name(self.project());
                match self.picker.save(dir.as_deref(), &name) {
                    Some(p) => p,
                    None => return Ok(()),
                }
            }
        };
        let saved = self.session.save_as(&path).map_err(|e| e.to_string())?;
        self.messages
            .push((false, format!("Saved {}", saved.display())));
        Ok(())
    }

    fn import_article(&mut self) -> Result<(), String> {
        let Some(path) = self.picker.import() else {
            return Ok(());
        };
        let imported = crate::import::import_file(&path).map_err(|e| e.to_string())?;
        let edit = build::add_article(self.project(), imported.article);
        let crate::edit::Edit::AddArticle { article, .. } = &edit else {
            return Ok(());
        };
        let id = article.id().clone();
        self.session.apply(edit).map_err(|e| e.to_string())?;
        self.messages.push((
            false,
            format!(
                "Imported {} (encoding {}).",
                path.display(),
                imported.encoding
            ),
        ));
        self.current_article = Some(id);
        self.view.reset();
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

    fn keyboard(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        // egui matches Ctrl+Z when Ctrl+Shift+Z is pressed, so try the shortcuts with
        // more modifiers first.
        let mut shortcuts: Vec<(egui::KeyboardShortcut, Command)> = Command::FIXED
            .into_iter()
            .flat_map(|c| {
                let all = c.shortcut().into_iter().chain(c.alternative_shortcuts());
                all.map(move |s| (s, c.clone())).collect::<Vec<_>>()
            })
            .collect();
        let weight = |m: egui::Modifiers| u8::from(m.shift) + u8::from(m.alt) + u8::from(m.command);
        shortcuts.sort_by_key(|(s, _)| std::cmp::Reverse(weight(s.modifiers)));
        for (shortcut, command) in shortcuts {
            // Typing in a note must not delete the annotation.
            if shortcut.modifiers.is_none() && ctx.egui_wants_keyboard_input() {
                continue;
            }
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                commands.push(command);
            }
        }
        if !ctx.egui_wants_keyboard_input() {
            // Tag keys are data (a tag set may use any key), so match the key's symbol.
            let pressed: Vec<egui::Key> = ctx.input(|i| {
                i.events
                    .iter()
                    .filter_map(|e| match e {
                        egui::Event::Key {
                            key,
                            pressed: true,
                            modifiers,
                            ..
                        } if !modifiers.command && !modifiers.ctrl && !modifiers.alt => Some(*key),
                        _ => None,
                    })
                    .collect()
            });
            for key in pressed {
                let mut symbol = key.symbol_or_name().chars();
                let (Some(c), None) = (symbol.next(), symbol.next()) else {
                    continue;
                };
                let tag = self
                    .project()
                    .tags()
                    .iter()
                    .find(|t| t.key.is_some_and(|k| k.to_lowercase().eq(c.to_lowercase())));
                if let Some(tag) = tag {
                    commands.push(Command::Tag(tag.id.clone()));
                }
            }
        }
        commands
    }

    fn menu_bar(&mut self, ui: &mut Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let mut item = |ui: &mut Ui, command: Command, enabled: bool| {
            let mut button = egui::Button::new(command.label());
            if let Some(s) = command.shortcut() {
                button = button.shortcut_text(ui.ctx().format_shortcut(&s));
            }
            if ui.add_enabled(enabled, button).clicked() {
                commands.push(command);
            }
        };
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                item(ui, Command::Open, true);
                item(ui, Command::ImportArticle, true);
                ui.separator();
                item(ui, Command::Save, true);
                item(ui, Command::SaveAs, true);
                ui.separator();
                item(ui, Command::Quit, true);
            });
            ui.menu_button("Edit", |ui| {
                item(ui, Command::Undo, self.session.history().can_undo());
                item(ui, Command::Redo, self.session.history().can_redo());
                ui.separator();
                item(
                    ui,
                    Command::DeleteAnnotation,
                    self.view.selected_annotation.is_some(),
                );
            });
            ui.menu_button("View", |ui| {
                item(ui, Command::ZoomIn, true);
                item(ui, Command::ZoomOut, true);
                item(ui, Command::ZoomReset, true);
            });
            ui.menu_button("Help", |ui| {
                ui.label("Select text with the mouse, or Shift+arrows (Ctrl for words).");
                for tag in self.session.project().tags().iter() {
                    if let Some(k) = tag.key {
                        ui.label(format!("{k}: {} — {}", tag.name, tag.description));
                    }
                }
                ui.label("Click a highlight to select it; Delete removes it.");
            });
        });
        commands
    }

    fn status_bar(&self, ui: &mut Ui) {
        ui.horizontal(|ui| {
            if self.session.is_dirty() {
                ui.label(RichText::new("Unsaved changes").strong());
            } else {
                ui.label("Saved");
            }
            ui.separator();
            let p = self.project();
            ui.label(format!(
                "{} ({}) · {} article(s) · {} annotation(s)",
                p.title(),
                p.role().label(),
                p.articles().len(),
                p.annotations().len()
            ));
            if let Some(article) = self.current_article.as_ref().and_then(|id| p.article(id)) {
                ui.separator();
                ui.label(format!("encoding {}", article.encoding()));
            }
            if let Some((is_error, last)) = self.messages.last() {
                ui.separator();
                let color = if *is_error {
                    palette::error_text(ui.visuals().dark_mode)
                } else {
                    ui.visuals().text_color()
                };
                ui.label(RichText::new(last).color(color));
            }
        });
    }

    fn save_prompt(&mut self, ctx: &egui::Context) {
        let Some(after) = self.pending.clone() else {
            return;
        };
        let mut choice = None;
        egui::Modal::new(egui::Id::unique("save-changes")).show(ctx, |ui| {
            ui.heading("Save your changes?");
            ui.label("Your annotations have changes that are not saved yet.");
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    choice = Some(0);
                }
                if ui.button("Don't save").clicked() {
                    choice = Some(1);
                }
                if ui.button("Cancel").clicked() {
                    choice = Some(2);
                }
            });
        });
        let proceed = match choice {
            Some(0) => {
                let saved = self.save(false);
                if let Err(e) = &saved {
                    self.messages.push((true, e.clone()));
                }
                saved.is_ok() && !self.session.is_dirty()
            }
            Some(1) => true,
            Some(_) => {
                self.pending = None;
                false
            }
            None => false,
        };
        if proceed {
            self.pending = None;
            match after {
                AfterSavePrompt::Quit => {
                    self.allowed_to_close = true;
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
                AfterSavePrompt::Open(path) => self.load(&path),
            }
        }
    }

    /// What the window's close button does; tests have no window manager to press it.
    pub fn request_close_for_test(&mut self) {
        if self.session.is_dirty() {
            self.pending = Some(AfterSavePrompt::Quit);
        }
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
        egui::CentralPanel::default().show(ui, |ui| {
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
        for command in commands {
            self.run(&ctx, command);
        }
        self.save_prompt(&ctx);
    }

    fn hover_tooltip(&self, ui: &Ui) {
        let hovered = self.view.hovered();
        if hovered.is_empty() {
            return;
        }
        let project = self.project();
        egui::Tooltip::always_open(
            ui.ctx().clone(),
            ui.layer_id(),
            egui::Id::unique("highlight-tooltip"),
            egui::PopupAnchor::Pointer,
        )
        .show(|ui| {
            for id in hovered {
                let Some(a) = project.annotation(*id) else {
                    continue;
                };
                let Some(tag) = project.tags().get(&a.tag) else {
                    continue;
                };
                ui.horizontal(|ui| {
                    panels::tag_badge(ui, tag, &tag.name);
                    if !a.author.is_empty() {
                        ui.weak(format!("by {}", a.author));
                    }
                });
                if !a.note.is_empty() {
                    ui.label(&a.note);
                }
            }
        });
    }

    fn problems(&self, ui: &mut Ui) {
        let errors: Vec<&(bool, String)> = self.messages.iter().filter(|(e, _)| *e).collect();
        if errors.is_empty() {
            return;
        }
        ui.separator();
        ui.label(RichText::new("Problems").strong());
        for (_, m) in errors.iter().rev().take(8) {
            ui.label(
                RichText::new(m)
                    .color(palette::error_text(ui.visuals().dark_mode))
                    .small(),
            );
        }
    }
}

/// `<title>-<author>.ron` for submissions, `<title>.ron` otherwise.
fn suggested_name(project: &Project) -> String {
    let title = crate::import::slug(project.title());
    match project.role() {
        Role::Submission if !project.details().author.is_empty() => {
            format!(
                "{title}-{}.ron",
                crate::import::slug(&project.details().author)
            )
        }
        _ => format!("{title}.ron"),
    }
}

/// Loads a project file, or imports an article into a new project.
fn load_any(path: &Path) -> Result<(Session, Vec<(bool, String)>), String> {
    let is_project = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
    if is_project {
        let loaded = project_file::load(path).map_err(|e| e.to_string())?;
        let shown = path.display().to_string();
        let notes = loaded
            .problems
            .iter()
            .map(|p| {
                (
                    p.severity == Severity::Error,
                    p.display_with(&shown).to_string(),
                )
            })
            .collect();
        Ok((
            Session::new(loaded.project, Some(path.to_path_buf())),
            notes,
        ))
    } else {
        let imported = crate::import::import_file(path).map_err(|e| e.to_string())?;
        let mut project = Project::new(
            ProjectDetails {
                title: imported.article.title().to_owned(),
                ..Default::default()
            },
            TagSet::media_literacy(),
        );
        let mut notes = vec![(
            false,
            format!(
                "Imported {} (encoding {}).",
                path.display(),
                imported.encoding
            ),
        )];
        notes.extend(imported.warnings.iter().map(|w| (true, w.clone())));
        build::add_article(&project, imported.article)
            .apply(&mut project)
            .map_err(|e| e.to_string())?;
        Ok((Session::new(project, None), notes))
    }
}

impl eframe::App for MarginaliaApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }
}
