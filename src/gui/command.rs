//! One list of commands feeds the menus, the keyboard and the help, so they never disagree.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::model::{AnnotationId, ArticleId, TagId};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Open,
    Save,
    SaveAs,
    ImportArticle,
    Undo,
    Redo,
    /// Tag the current selection, or retag the selected annotation.
    Tag(TagId),
    DeleteAnnotation,
    /// Select an annotation clicked in the text (no scrolling).
    SelectAnnotation(AnnotationId),
    /// Select an annotation from the list: show its article, scroll to it, flash it.
    JumpToAnnotation(AnnotationId),
    ShowArticle(ArticleId),
    SetNote(AnnotationId, String),
    Find,
    FindNext,
    FindPrevious,
    OpenRecent(std::path::PathBuf),
    SetTheme(egui::ThemePreference),
    ZoomIn,
    ZoomOut,
    ZoomReset,
    /// Open the grading screen (key + folder of submissions).
    GradeSubmissions,
    /// Save the open key as an assignment to hand out (no highlights).
    ExportAssignment,
    /// Open the tag-set editor.
    EditTags,
    /// Open the exercise details (title, instructions, role).
    EditDetails,
    /// Set the student's name (asked once) and make the project their submission.
    SetStudentName(String),
    Quit,
}

impl Command {
    /// The fixed commands, in menu order, with their shortcuts.
    pub const FIXED: [Command; 15] = [
        Command::Open,
        Command::Save,
        Command::SaveAs,
        Command::ImportArticle,
        Command::Undo,
        Command::Redo,
        Command::DeleteAnnotation,
        Command::Find,
        Command::FindNext,
        Command::FindPrevious,
        Command::ZoomIn,
        Command::ZoomOut,
        Command::ZoomReset,
        Command::GradeSubmissions,
        Command::Quit,
    ];

    pub fn label(&self) -> &'static str {
        match self {
            Command::Open => "Open…",
            Command::Save => "Save",
            Command::SaveAs => "Save As…",
            Command::ImportArticle => "Import article…",
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::Tag(_) => "Tag selection",
            Command::DeleteAnnotation => "Delete annotation",
            Command::SelectAnnotation(_) => "Select annotation",
            Command::JumpToAnnotation(_) => "Go to annotation",
            Command::ShowArticle(_) => "Show article",
            Command::SetNote(..) => "Edit note",
            Command::Find => "Find…",
            Command::FindNext => "Find next",
            Command::FindPrevious => "Find previous",
            Command::OpenRecent(_) => "Open recent",
            Command::SetTheme(_) => "Theme",
            Command::ZoomIn => "Zoom in",
            Command::ZoomOut => "Zoom out",
            Command::ZoomReset => "Actual size",
            Command::GradeSubmissions => "Grade submissions…",
            Command::ExportAssignment => "Export assignment…",
            Command::EditTags => "Edit tags…",
            Command::EditDetails => "Title and instructions…",
            Command::SetStudentName(_) => "Your name…",
            Command::Quit => "Quit",
        }
    }

    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let shortcut = match self {
            Command::Open => KeyboardShortcut::new(cmd, Key::O),
            Command::Save => KeyboardShortcut::new(cmd, Key::S),
            Command::SaveAs => KeyboardShortcut::new(cmd | Modifiers::SHIFT, Key::S),
            Command::ImportArticle => KeyboardShortcut::new(cmd, Key::I),
            Command::Undo => KeyboardShortcut::new(cmd, Key::Z),
            Command::Redo => KeyboardShortcut::new(cmd | Modifiers::SHIFT, Key::Z),
            Command::DeleteAnnotation => KeyboardShortcut::new(Modifiers::NONE, Key::Delete),
            Command::Find => KeyboardShortcut::new(cmd, Key::F),
            Command::FindNext => KeyboardShortcut::new(Modifiers::NONE, Key::F3),
            Command::FindPrevious => KeyboardShortcut::new(Modifiers::SHIFT, Key::F3),
            Command::ZoomIn => KeyboardShortcut::new(cmd, Key::Plus),
            Command::ZoomOut => KeyboardShortcut::new(cmd, Key::Minus),
            Command::ZoomReset => KeyboardShortcut::new(cmd, Key::Num0),
            Command::Quit => KeyboardShortcut::new(cmd, Key::Q),
            Command::GradeSubmissions => KeyboardShortcut::new(cmd, Key::G),
            _ => return None,
        };
        Some(shortcut)
    }

    /// Extra shortcuts that do the same (Ctrl+Y redoes, Ctrl+= zooms in).
    pub fn alternative_shortcuts(&self) -> Vec<KeyboardShortcut> {
        match self {
            Command::Redo => vec![KeyboardShortcut::new(Modifiers::COMMAND, Key::Y)],
            Command::ZoomIn => vec![KeyboardShortcut::new(Modifiers::COMMAND, Key::Equals)],
            Command::DeleteAnnotation => {
                vec![KeyboardShortcut::new(Modifiers::NONE, Key::Backspace)]
            }
            _ => Vec::new(),
        }
    }
}
