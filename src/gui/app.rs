//! The application shell: holds the open project and shows it.

use std::path::PathBuf;

use crate::edit::History;
use crate::model::{ArticleId, Project};
use crate::project_file;

pub struct MarginaliaApp {
    pub project: Project,
    pub history: History,
    pub path: Option<PathBuf>,
    pub current_article: Option<ArticleId>,
    /// Messages for the user (load problems, errors), newest last.
    pub messages: Vec<String>,
    /// For smoke tests: close after this many frames.
    pub exit_after_frames: Option<u64>,
    frames: u64,
}

impl MarginaliaApp {
    /// Opens `file` (a project, or an article to import), or the sample exercise.
    pub fn open(file: Option<PathBuf>) -> Self {
        let path = file.unwrap_or_else(crate::sample::sample_exercise);
        let mut messages = Vec::new();
        let (project, path) = match load_any(&path) {
            Ok((project, notes, saved_path)) => {
                messages.extend(notes);
                (project, saved_path)
            }
            Err(message) => {
                messages.push(message);
                (Project::default(), None)
            }
        };
        let current_article = project.articles().first().map(|a| a.id().clone());
        Self {
            project,
            history: History::new(),
            path,
            current_article,
            messages,
            exit_after_frames: None,
            frames: 0,
        }
    }
}

/// Loads a project file, or imports an article into a new project.
fn load_any(path: &std::path::Path) -> Result<(Project, Vec<String>, Option<PathBuf>), String> {
    let is_project = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
    if is_project {
        let loaded = project_file::load(path).map_err(|e| e.to_string())?;
        let shown = path.display().to_string();
        let notes = loaded
            .problems
            .iter()
            .map(|p| p.display_with(&shown).to_string())
            .collect();
        Ok((loaded.project, notes, Some(path.to_path_buf())))
    } else {
        let imported = crate::import::import_file(path).map_err(|e| e.to_string())?;
        let mut project = Project::new(
            crate::model::ProjectDetails {
                title: imported.article.title().to_owned(),
                ..Default::default()
            },
            crate::model::TagSet::media_literacy(),
        );
        let mut notes = vec![format!(
            "Imported {} (encoding {}).",
            path.display(),
            imported.encoding
        )];
        notes.extend(imported.warnings.iter().cloned());
        let edit = crate::edit::build::add_article(&project, imported.article);
        edit.apply(&mut project).map_err(|e| e.to_string())?;
        Ok((project, notes, None))
    }
}

impl eframe::App for MarginaliaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frames += 1;
        if self.exit_after_frames.is_some_and(|n| self.frames >= n) {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading(self.project.title());
            for m in &self.messages {
                ui.label(m);
            }
            if let Some(article) = self
                .current_article
                .as_ref()
                .and_then(|id| self.project.article(id))
            {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    ui.label(article.text());
                });
            }
        });
    }
}
