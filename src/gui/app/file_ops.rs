//! Opening, importing and saving files, autosave and recovery.

use std::path::{Path, PathBuf};

use super::MarginaliaApp;
use crate::edit::build;
use crate::gui::command::Command;
use crate::model::{Project, ProjectDetails, Role, TagSet};
use crate::project_file::{self, Severity};
use crate::session::Session;

impl MarginaliaApp {
    pub(super) fn save(&mut self, choose_path: bool) -> Result<(), String> {
        let before = self.session.path().map(Path::to_path_buf);
        let result = match self.session.path() {
            Some(_) if !choose_path => self.session.save(),
            current => {
                let dir = current
                    .or(self.submission_from.as_deref())
                    .and_then(Path::parent)
                    .map(Path::to_path_buf);
                let name = suggested_name(self.project(), self.submission_from.as_deref());
                match self.picker.save(dir.as_deref(), &name) {
                    Some(p) => self.session.save_as(&p),
                    None => return Ok(()),
                }
            }
        };
        let saved = match result {
            Ok(saved) => saved,
            Err(crate::project_file::SaveError::ChangedOnDisk { path }) => {
                self.overwrite_prompt = Some(path);
                return Ok(());
            }
            Err(e) => return Err(e.to_string()),
        };
        self.after_save(before, saved);
        Ok(())
    }

    /// Saves over a file that changed on disk, because the person chose to.
    pub(super) fn save_overwriting(&mut self) -> Result<(), String> {
        let before = self.session.path().map(Path::to_path_buf);
        let saved = self.session.save_overwriting().map_err(|e| e.to_string())?;
        self.after_save(before, saved);
        Ok(())
    }

    fn after_save(&mut self, before: Option<PathBuf>, saved: PathBuf) {
        if let Some(store) = &self.recovery {
            store.discard(before.as_deref());
            store.discard(Some(&saved));
        }
        if before.as_deref() != Some(saved.as_path()) {
            self.lock = crate::lock::ProjectLock::force(&saved);
        }
        self.remember_recent(saved.clone());
        self.messages
            .push((false, format!("Saved {}", saved.display())));
    }

    /// Every `autosave_every` seconds while there are unsaved changes, writes a recovery copy.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let Some(store) = &self.recovery else { return };
        if !self.session.is_dirty() {
            return;
        }
        let now = ctx.input(|i| i.time);
        let version = self.session.history().version();
        match self.last_autosave {
            None => self.last_autosave = Some((now, u64::MAX)),
            Some((at, saved_version))
                if now - at >= self.autosave_every && saved_version != version =>
            {
                match store.write(self.session.project(), self.session.path()) {
                    Ok(_) => self.last_autosave = Some((now, version)),
                    Err(e) => {
                        self.messages.push((true, format!("Autosave failed: {e}")));
                        self.last_autosave = Some((now, saved_version));
                    }
                }
            }
            Some(_) => {}
        }
        ctx.request_repaint_after(std::time::Duration::from_secs_f64(
            self.autosave_every.max(0.05),
        ));
    }

    /// Files dropped on the window: projects open, articles are imported.
    pub(super) fn dropped_files(&mut self, ctx: &egui::Context) -> Vec<Command> {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        let mut commands = Vec::new();
        for path in dropped {
            let is_project = path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
            if is_project {
                commands.push(Command::OpenRecent(path));
            } else if let Err(e) = self.import_path(&path) {
                self.messages.push((true, e));
            }
        }
        commands
    }

    /// Restores a recovery copy as an unsaved session at its original path.
    pub(super) fn restore(&mut self, copy: &crate::recovery::RecoveryCopy) {
        match project_file::load(&copy.file) {
            Ok(loaded) => {
                let session = Session::restored(loaded.project, copy.original.clone());
                let note = "Restored your unsaved work. Save it to keep it.".to_owned();
                self.replace_session(session, vec![(false, note)]);
            }
            Err(e) => self
                .messages
                .push((true, format!("Could not restore: {e}"))),
        }
    }

    pub(super) fn import_article(&mut self) -> Result<(), String> {
        let Some(path) = self.picker.import() else {
            return Ok(());
        };
        self.import_path(&path)
    }

    fn import_path(&mut self, path: &Path) -> Result<(), String> {
        let imported = crate::import::import_file(path).map_err(|e| e.to_string())?;
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
}

/// `<title>-<author>.ron` for submissions, `<title>.ron` otherwise.
/// A student's submission: `<assignment>-<student>.ron`; otherwise the title.
fn suggested_name(project: &Project, assignment: Option<&Path>) -> String {
    match project.role() {
        Role::Submission if !project.details().author.is_empty() => {
            let path = crate::workflow::submission_path(
                assignment,
                project.title(),
                &project.details().author,
            );
            path.file_name().map_or_else(
                || "submission.ron".to_owned(),
                |n| n.to_string_lossy().into_owned(),
            )
        }
        _ => format!("{}.ron", crate::import::slug(project.title())),
    }
}

/// Loads a project file, or imports an article into a new project.
pub(super) fn load_any(path: &Path) -> Result<(Session, Vec<(bool, String)>), String> {
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
