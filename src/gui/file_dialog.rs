//! Marginalia's own file dialog, for machines where no native one can open.
//!
//! A modal window over the app: the folder it is in (editable), Up and Home, the folders
//! and matching files in it, a file name for saving, and Save/Open/Cancel. It starts
//! where the native dialog would (beside the assignment) with the suggested name, and
//! asks before replacing a file. Keyboard: type a name, Enter confirms, Escape cancels.

use std::path::{Path, PathBuf};

use egui::{Key, RichText, Ui};

use super::files::{FilePicker, Pick, PickKind, PickRequest};
use crate::t;

/// A file being chosen for `T` (what the file is for) in the in-window dialog.
pub type PendingChoice<T> = Option<(T, FileDialog)>;

/// Asks `picker` for a file for `task`. Returns it at once when a native dialog answered;
/// when none could open, starts the in-window dialog in `pending` (see [`poll_choice`]).
pub fn choose<T>(
    picker: &mut dyn FilePicker,
    request: PickRequest,
    task: T,
    pending: &mut PendingChoice<T>,
) -> Option<(T, PathBuf)> {
    match picker.pick(&request) {
        Pick::Chosen(path) => Some((task, path)),
        Pick::Cancelled => None,
        Pick::Unavailable => {
            *pending = Some((task, FileDialog::new(request)));
            None
        }
    }
}

/// Shows the in-window dialog in `pending`, if any; returns the choice once made.
pub fn poll_choice<T>(ctx: &egui::Context, pending: &mut PendingChoice<T>) -> Option<(T, PathBuf)> {
    let (_, dialog) = pending.as_mut()?;
    let outcome = dialog.show(ctx)?;
    let (task, _) = pending.take()?;
    match outcome {
        DialogOutcome::Chosen(path) => Some((task, path)),
        DialogOutcome::Cancelled => None,
    }
}

/// How the dialog ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DialogOutcome {
    Chosen(PathBuf),
    Cancelled,
}

#[derive(Clone, Debug)]
struct Entry {
    name: String,
    is_dir: bool,
}

pub struct FileDialog {
    request: PickRequest,
    dir: PathBuf,
    /// The folder as typed in the path field.
    dir_text: String,
    name: String,
    entries: Vec<Entry>,
    /// Why the folder could not be listed, or why the choice was refused.
    problem: Option<String>,
    /// Saving would replace this file: asked first.
    confirm_replace: Option<PathBuf>,
    focus_name: bool,
}

impl FileDialog {
    pub fn new(request: PickRequest) -> Self {
        let dir = request
            .dir
            .clone()
            .filter(|d| d.is_dir())
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("."));
        let dir = std::path::absolute(&dir).unwrap_or(dir);
        let mut dialog = Self {
            name: request.name.clone(),
            request,
            dir_text: String::new(),
            dir: dir.clone(),
            entries: Vec::new(),
            problem: None,
            confirm_replace: None,
            focus_name: true,
        };
        dialog.go_to(dir);
        dialog
    }

    pub fn title(&self) -> &str {
        &self.request.title
    }

    /// The folder shown now.
    pub fn folder(&self) -> &Path {
        &self.dir
    }

    fn go_to(&mut self, dir: PathBuf) {
        match list_folder(&dir, &self.request.extensions, self.request.kind) {
            Ok(entries) => {
                self.entries = entries;
                self.dir_text = dir.display().to_string();
                self.dir = dir;
                self.problem = None;
            }
            Err(e) => {
                self.problem = Some(t!(
                    "dlg-file-cannot-open-folder",
                    path = dir.display().to_string(),
                    error = e.to_string()
                ));
                self.dir_text = self.dir.display().to_string();
            }
        }
    }

    /// The path the current choice stands for, with `.ron` added when saving.
    fn chosen_path(&self) -> Option<PathBuf> {
        match self.request.kind {
            PickKind::Folder => Some(self.dir.clone()),
            PickKind::OpenFile | PickKind::SaveFile => {
                let name = self.name.trim();
                if name.is_empty() {
                    return None;
                }
                let mut path = self.dir.join(name);
                if self.request.kind == PickKind::SaveFile && path.extension().is_none() {
                    path.set_extension("ron");
                }
                Some(path)
            }
        }
    }

    fn confirm(&mut self) -> Option<DialogOutcome> {
        let path = self.chosen_path()?;
        match self.request.kind {
            PickKind::OpenFile if path.is_dir() => {
                self.name.clear();
                self.go_to(path);
                None
            }
            PickKind::OpenFile if !path.is_file() => {
                self.problem = Some(t!(
                    "dlg-file-no-such-file",
                    path = path.display().to_string()
                ));
                None
            }
            PickKind::SaveFile if path.is_dir() => {
                self.name.clear();
                self.go_to(path);
                None
            }
            PickKind::SaveFile if path.exists() && self.confirm_replace.as_ref() != Some(&path) => {
                self.confirm_replace = Some(path);
                None
            }
            _ => Some(DialogOutcome::Chosen(path)),
        }
    }

    /// Draws the dialog; returns how it ended, once it has.
    pub fn show(&mut self, ctx: &egui::Context) -> Option<DialogOutcome> {
        let mut outcome = None;
        let screen = ctx.content_rect();
        let modal = egui::Modal::new(egui::Id::unique("marginalia-file-dialog")).show(ctx, |ui| {
            ui.set_width((screen.width() * 0.7).clamp(320.0, 760.0));
            ui.heading(&self.request.title);
            outcome = self.body(ui, screen.height());
        });
        if modal.should_close() && outcome.is_none() {
            outcome = Some(DialogOutcome::Cancelled);
        }
        outcome
    }

    fn body(&mut self, ui: &mut Ui, screen_height: f32) -> Option<DialogOutcome> {
        let mut outcome = None;
        ui.horizontal(|ui| {
            if ui
                .button(t!("dlg-file-up"))
                .on_hover_text(t!("dlg-file-up-tooltip"))
                .clicked()
                && let Some(parent) = self.dir.parent().map(Path::to_path_buf)
            {
                self.go_to(parent);
            }
            if let Some(home) = std::env::home_dir()
                && ui.button(t!("dlg-file-home")).clicked()
            {
                self.go_to(home);
            }
            let label = ui.label(t!("dlg-file-folder"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.dir_text).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                self.go_to(PathBuf::from(self.dir_text.trim()));
            }
        });
        ui.separator();
        let list_height = (screen_height * 0.45).clamp(120.0, 420.0);
        let mut go_into = None;
        let mut chosen_now = false;
        egui::ScrollArea::vertical()
            .id_salt("file-dialog-list")
            .max_height(list_height)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                if self.entries.is_empty() {
                    ui.weak(t!("dlg-file-empty-folder"));
                }
                for entry in &self.entries {
                    let text = if entry.is_dir {
                        RichText::new(format!("📁 {}", entry.name)).strong()
                    } else {
                        RichText::new(format!("    {}", entry.name))
                    };
                    let selected = !entry.is_dir && self.name == entry.name;
                    let response = ui.selectable_label(selected, text);
                    if response.clicked() {
                        if entry.is_dir {
                            go_into = Some(self.dir.join(&entry.name));
                        } else {
                            self.name.clone_from(&entry.name);
                            self.confirm_replace = None;
                        }
                    }
                    // Only a double-click on a file already selected chooses it (the
                    // second click after entering a folder lands on another row).
                    if response.double_clicked() && !entry.is_dir && selected {
                        chosen_now = true;
                    }
                }
            });
        if let Some(dir) = go_into {
            self.go_to(dir);
        }
        ui.separator();
        if self.request.kind != PickKind::Folder {
            ui.horizontal(|ui| {
                let label = ui.label(t!("dlg-file-name"));
                let field = ui
                    .add(egui::TextEdit::singleline(&mut self.name).desired_width(f32::INFINITY))
                    .labelled_by(label.id);
                if std::mem::take(&mut self.focus_name) {
                    field.request_focus();
                }
                if field.changed() {
                    self.confirm_replace = None;
                }
                if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                    chosen_now = true;
                }
            });
        }
        if let Some(problem) = &self.problem {
            ui.colored_label(super::palette::error_text(ui.visuals().dark_mode), problem);
        }
        if let Some(path) = &self.confirm_replace {
            ui.label(
                RichText::new(t!(
                    "dlg-file-replace-confirm",
                    path = path.display().to_string()
                ))
                .strong(),
            );
        }
        ui.horizontal(|ui| {
            let action = match (self.request.kind, &self.confirm_replace) {
                (PickKind::SaveFile, Some(_)) => t!("dlg-file-replace"),
                (PickKind::SaveFile, None) => t!("dlg-save"),
                (PickKind::OpenFile, _) => t!("dlg-file-open"),
                (PickKind::Folder, _) => t!("dlg-file-choose-folder"),
            };
            let can = self.request.kind == PickKind::Folder || !self.name.trim().is_empty();
            if ui.add_enabled(can, egui::Button::new(action)).clicked() {
                chosen_now = true;
            }
            if ui.button(t!("dlg-cancel")).clicked() {
                outcome = Some(DialogOutcome::Cancelled);
            }
            if let Some(path) = self.chosen_path()
                && self.request.kind != PickKind::Folder
            {
                ui.weak(path.display().to_string());
            }
        });
        if chosen_now && outcome.is_none() {
            outcome = self.confirm();
        }
        outcome
    }
}

/// Folders first, then files with one of `extensions` (all files if none), by name.
/// Hidden entries (starting with a dot) are left out.
fn list_folder(dir: &Path, extensions: &[&str], kind: PickKind) -> std::io::Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for item in std::fs::read_dir(dir)? {
        let Ok(item) = item else { continue };
        let name = item.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let is_dir = item.path().is_dir();
        let wanted = is_dir
            || (kind != PickKind::Folder
                && (extensions.is_empty()
                    || Path::new(&name)
                        .extension()
                        .and_then(|e| e.to_str())
                        .is_some_and(|e| extensions.iter().any(|x| x.eq_ignore_ascii_case(e)))));
        if wanted {
            entries.push(Entry { name, is_dir });
        }
    }
    entries.sort_by(|a, b| {
        b.is_dir
            .cmp(&a.is_dir)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_folders_first_and_matching_files() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("class")).unwrap();
        std::fs::write(dir.path().join("b.ron"), "").unwrap();
        std::fs::write(dir.path().join("A.RON"), "").unwrap();
        std::fs::write(dir.path().join("notes.pdf"), "").unwrap();
        std::fs::write(dir.path().join(".hidden.ron"), "").unwrap();
        let names: Vec<String> = list_folder(dir.path(), &["ron"], PickKind::SaveFile)
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(names, ["class", "A.RON", "b.ron"]);
    }

    #[test]
    fn saving_adds_ron_and_asks_before_replacing() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("mine.ron"), "old").unwrap();
        let mut dialog = FileDialog::new(PickRequest::save("Save", Some(dir.path()), "new"));
        assert_eq!(
            dialog.confirm(),
            Some(DialogOutcome::Chosen(dir.path().join("new.ron")))
        );
        dialog.name = "mine.ron".into();
        assert_eq!(dialog.confirm(), None, "asks first");
        assert_eq!(
            dialog.confirm(),
            Some(DialogOutcome::Chosen(dir.path().join("mine.ron")))
        );
    }
}
