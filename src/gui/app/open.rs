//! Bringing work in: opening a project or an article, importing, dropped files, pasted
//! text, File > New, and restoring a recovery copy.

use std::path::{Path, PathBuf};

use super::MarginaliaApp;
use crate::edit::build;
use crate::gui::command::Command;
use crate::gui::messages::Message;
use crate::model::{Project, ProjectDetails, Role, TagSet};
use crate::project_file::{self, Severity};
use crate::session::Session;
use crate::t;

impl MarginaliaApp {
    /// Files dropped on the window: projects open, articles are imported (as commands,
    /// applied with the rest).
    pub(super) fn dropped_files(&self, ctx: &egui::Context) -> Vec<Command> {
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
            if is_project_file(&path) {
                commands.push(Command::OpenRecent(path));
            } else {
                commands.push(Command::ImportFile(path));
            }
        }
        commands
    }

    /// Restores a recovery copy as an unsaved session at its original path.
    pub(super) fn restore(&mut self, copy: &crate::recovery::RecoveryCopy) {
        match project_file::load(&copy.file) {
            Ok(loaded) => {
                let session = Session::restored(loaded.project, copy.original.clone());
                let note = Message::info(t!("dlg-open-restored"));
                self.replace_session(session, vec![note]);
            }
            Err(e) => self.say(Message::error(t!(
                "dlg-open-could-not-restore",
                error = e.to_string()
            ))),
        }
    }

    /// Reads the article in `path` and shows what was found, for the teacher to add.
    pub(super) fn prepare_import(&mut self, path: &Path) -> Result<(), String> {
        let imported = crate::import::import_file(path).map_err(|e| e.to_string())?;
        self.overlays.import_preview = Some(super::import_preview::ImportPreview::new(
            path.to_path_buf(),
            imported,
        ));
        Ok(())
    }

    /// Adds an article the import preview showed.
    pub(super) fn add_imported(
        &mut self,
        imported: crate::import::Imported,
        path: &Path,
    ) -> Result<(), String> {
        let edit = build::add_article(self.project(), imported.article);
        let crate::edit::Edit::AddArticle { article, .. } = &edit else {
            return Ok(());
        };
        let id = article.id().clone();
        self.session.apply(edit).map_err(|e| e.to_string())?;
        self.after_change();
        self.say(Message::info(imported_notice(
            path,
            &imported.description,
            imported.encoding,
        )));
        for warning in imported.warnings {
            self.say(Message::warning(warning));
        }
        self.current_article = Some(id);
        self.view.reset();
        if self.work_folder.is_none() {
            self.work_folder = path.parent().map(Path::to_path_buf);
        }
        Ok(())
    }

    /// Adds pasted text as an article of the open project.
    pub(super) fn add_pasted_article(&mut self, text: &str) -> Result<(), String> {
        let n = self.project().articles().len() + 1;
        let imported = crate::import::import_pasted(text, &format!("pasted-{n}"))
            .map_err(|e| e.to_string())?;
        let edit = build::add_article(self.project(), imported.article);
        self.session.apply(edit).map_err(|e| e.to_string())?;
        self.after_change();
        self.current_article = self.project().articles().last().map(|a| a.id().clone());
        self.view.reset();
        self.say(Message::info(t!("dlg-open-pasted")));
        Ok(())
    }

    /// File > New (and New from clipboard, with its text as the first article).
    pub(super) fn new_project(&mut self, text: Option<&str>) {
        // Made here: the maker's own work, saved in place (a teacher marks it as a key
        // or exports an assignment from it).
        let project = made_here(t!("dlg-open-new-project-title"));
        self.replace_session(Session::new(project, None), Vec::new());
        self.teacher_mode = true;
        if let Some(text) = text
            && let Err(e) = self.add_pasted_article(text)
        {
            self.say(Message::error(e));
        }
    }
}

/// A new project made in this window, titled `title`: the maker's own work, in the
/// interface's language (its default tags, and later its feedback pages, agree).
fn made_here(title: String) -> Project {
    Project::new(
        ProjectDetails {
            title,
            role: Role::Submission,
            language: crate::i18n::current().code().to_owned(),
            instructions: ProjectDetails::instructions_template(crate::i18n::current()),
            ..Default::default()
        },
        TagSet::media_literacy(),
    )
}

/// "Imported <file> (<what it was>, encoding <encoding>)."
fn imported_notice(path: &Path, description: &str, encoding: &str) -> String {
    t!(
        "dlg-open-imported",
        path = path.display().to_string(),
        what = description,
        encoding = encoding
    )
}

pub(super) fn is_project_file(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
}

/// Loads a project file, or imports an article into a new project.
pub(super) fn load_any(path: &Path) -> Result<(Session, Vec<Message>), String> {
    if is_project_file(path) {
        let loaded = project_file::load(path).map_err(|e| e.to_string())?;
        let shown = path.display().to_string();
        let notes = loaded
            .problems
            .iter()
            .map(|p| {
                let text = p.display_with(&shown).to_string();
                if p.severity == Severity::Error {
                    Message::error(text)
                } else {
                    Message::warning(text)
                }
            })
            .collect();
        Ok((
            Session::new(loaded.project, Some(path.to_path_buf())),
            notes,
        ))
    } else {
        let imported = crate::import::import_file(path).map_err(|e| e.to_string())?;
        let mut project = made_here(imported.article.title().to_owned());
        let mut notes = vec![Message::info(imported_notice(
            path,
            &imported.description,
            imported.encoding,
        ))];
        notes.extend(imported.warnings.iter().cloned().map(Message::warning));
        build::add_article(&project, imported.article)
            .apply(&mut project)
            .map_err(|e| e.to_string())?;
        Ok((Session::new(project, None), notes))
    }
}
