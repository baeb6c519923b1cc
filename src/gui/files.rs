//! Native file dialogs behind a trait, so tests never open one.

use std::path::{Path, PathBuf};

pub trait FilePicker {
    /// A project (.ron) or an article to open.
    fn open(&mut self) -> Option<PathBuf>;
    /// An article to import into the open project.
    fn import(&mut self) -> Option<PathBuf>;
    /// Where to save, suggesting `name` in `dir`.
    fn save(&mut self, dir: Option<&Path>, name: &str) -> Option<PathBuf>;
    /// A folder (of submissions to grade, or to export into).
    fn folder(&mut self) -> Option<PathBuf>;
}

/// The real dialogs (rfd: xdg portal on Linux, native elsewhere).
pub struct NativePicker;

impl FilePicker for NativePicker {
    fn open(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open a project or an article")
            .add_filter(
                "Projects and articles",
                &["ron", "txt", "md", "html", "htm"],
            )
            .add_filter("Marginalia projects", &["ron"])
            .add_filter("All files", &["*"])
            .pick_file()
    }

    fn import(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Import an article")
            .add_filter("Articles", &["txt", "md", "markdown", "html", "htm"])
            .add_filter("All files", &["*"])
            .pick_file()
    }

    fn save(&mut self, dir: Option<&Path>, name: &str) -> Option<PathBuf> {
        let mut dialog = rfd::FileDialog::new()
            .set_title("Save the project")
            .set_file_name(name)
            .add_filter("Marginalia projects", &["ron"]);
        if let Some(dir) = dir {
            dialog = dialog.set_directory(dir);
        }
        dialog.save_file()
    }

    fn folder(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Choose a folder")
            .pick_folder()
    }
}

/// What save dialogs suggested: (folder, file name), shared with the test.
pub type SuggestedNames = std::rc::Rc<std::cell::RefCell<Vec<(Option<PathBuf>, String)>>>;

/// Answers from a script; for tests.
#[derive(Default)]
pub struct ScriptedPicker {
    pub open: Vec<PathBuf>,
    pub import: Vec<PathBuf>,
    pub save: Vec<PathBuf>,
    pub folder: Vec<PathBuf>,
    /// The (folder, file name) each save dialog suggested, in order; shared so a test can
    /// read it after handing the picker to the app.
    pub suggested: SuggestedNames,
}

impl FilePicker for ScriptedPicker {
    fn open(&mut self) -> Option<PathBuf> {
        self.open.pop()
    }

    fn import(&mut self) -> Option<PathBuf> {
        self.import.pop()
    }

    fn save(&mut self, dir: Option<&Path>, name: &str) -> Option<PathBuf> {
        self.suggested
            .borrow_mut()
            .push((dir.map(Path::to_path_buf), name.to_owned()));
        self.save.pop()
    }

    fn folder(&mut self) -> Option<PathBuf> {
        self.folder.pop()
    }
}
