//! File dialogs behind a trait, so tests never open one, and so "no dialog could open"
//! is never mistaken for "the person cancelled".
//!
//! The native dialogs (rfd) go through the desktop portal on Linux. Where none runs (a
//! bare system, many school images) rfd returns at once with nothing, the same value as
//! Cancel. [`NativePicker`] tells the two apart by how fast the answer came and says
//! [`Pick::Unavailable`]; the app then opens its own dialog ([`super::file_dialog`]).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What a file dialog gave back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pick {
    Chosen(PathBuf),
    /// The person closed the dialog without choosing.
    Cancelled,
    /// No dialog could open here: use the in-window one.
    Unavailable,
}

/// What the dialog is for: its title, starting folder, suggested name and filters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PickRequest {
    pub kind: PickKind,
    pub title: String,
    /// The folder to start in.
    pub dir: Option<PathBuf>,
    /// The suggested file name (for saving).
    pub name: String,
    /// Extensions (without the dot) to show; empty: every file.
    pub extensions: Vec<&'static str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickKind {
    OpenFile,
    SaveFile,
    Folder,
}

/// Files Marginalia opens as projects or articles.
pub const OPENABLE: &[&str] = &["ron", "txt", "text", "md", "markdown", "html", "htm"];
/// Articles it imports.
pub const ARTICLES: &[&str] = &[
    "txt", "text", "md", "markdown", "html", "htm", "xhtml", "mhtml", "mht", "pdf", "docx", "odt",
    "epub",
];

impl PickRequest {
    pub fn open(title: &str, dir: Option<&Path>, extensions: &[&'static str]) -> Self {
        Self {
            kind: PickKind::OpenFile,
            title: title.to_owned(),
            dir: dir.map(Path::to_path_buf),
            name: String::new(),
            extensions: extensions.to_vec(),
        }
    }

    pub fn save(title: &str, dir: Option<&Path>, name: &str) -> Self {
        Self {
            kind: PickKind::SaveFile,
            title: title.to_owned(),
            dir: dir.map(Path::to_path_buf),
            name: name.to_owned(),
            extensions: vec!["ron"],
        }
    }

    pub fn folder(title: &str, dir: Option<&Path>) -> Self {
        Self {
            kind: PickKind::Folder,
            title: title.to_owned(),
            dir: dir.map(Path::to_path_buf),
            name: String::new(),
            extensions: Vec::new(),
        }
    }
}

pub trait FilePicker {
    fn pick(&mut self, request: &PickRequest) -> Pick;
}

/// An answer faster than this, with nothing chosen, means no dialog was shown: nobody
/// reads a folder and cancels in a fifth of a second.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(200);

/// The real dialogs (rfd: xdg portal on Linux, native elsewhere).
#[derive(Default)]
pub struct NativePicker {
    /// A native dialog failed to open once: don't try again this session.
    failed: bool,
}

impl NativePicker {
    /// `MARGINALIA_FILE_DIALOG=builtin` always uses the in-window dialog.
    pub fn new() -> Self {
        let builtin = std::env::var("MARGINALIA_FILE_DIALOG").is_ok_and(|v| v == "builtin");
        Self { failed: builtin }
    }
}

impl FilePicker for NativePicker {
    fn pick(&mut self, request: &PickRequest) -> Pick {
        if self.failed {
            return Pick::Unavailable;
        }
        let mut dialog = rfd::FileDialog::new().set_title(&request.title);
        if let Some(dir) = &request.dir {
            dialog = dialog.set_directory(dir);
        }
        if !request.extensions.is_empty() {
            dialog = dialog
                .add_filter(crate::t!("ws-filter-marginalia-files"), &request.extensions)
                .add_filter(crate::t!("ws-filter-all-files"), &["*"]);
        }
        let started = Instant::now();
        let chosen = match request.kind {
            PickKind::OpenFile => dialog.pick_file(),
            PickKind::SaveFile => dialog.set_file_name(&request.name).save_file(),
            PickKind::Folder => dialog.pick_folder(),
        };
        match chosen {
            Some(path) => Pick::Chosen(path),
            None if started.elapsed() < NO_DIALOG_WITHIN => {
                self.failed = true;
                Pick::Unavailable
            }
            None => Pick::Cancelled,
        }
    }
}

/// What dialogs were asked for, shared with the test that handed the picker to the app.
pub type Requests = std::rc::Rc<std::cell::RefCell<Vec<PickRequest>>>;

/// Answers from a script; for tests. Each kind pops its own list; an empty list answers
/// Cancel, or Unavailable when `unavailable` is set (a machine with no portal).
#[derive(Default)]
pub struct ScriptedPicker {
    pub open: Vec<PathBuf>,
    pub save: Vec<PathBuf>,
    pub folder: Vec<PathBuf>,
    pub unavailable: bool,
    /// Every request, in order.
    pub requests: Requests,
}

impl ScriptedPicker {
    /// A picker whose one Save dialog answers `path`.
    pub fn saving_to(path: PathBuf) -> Self {
        Self {
            save: vec![path],
            ..Self::default()
        }
    }
}

impl FilePicker for ScriptedPicker {
    fn pick(&mut self, request: &PickRequest) -> Pick {
        self.requests.borrow_mut().push(request.clone());
        let list = match request.kind {
            PickKind::OpenFile => &mut self.open,
            PickKind::SaveFile => &mut self.save,
            PickKind::Folder => &mut self.folder,
        };
        match list.pop() {
            Some(path) => Pick::Chosen(path),
            None if self.unavailable => Pick::Unavailable,
            None => Pick::Cancelled,
        }
    }
}
