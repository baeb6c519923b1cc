//! One list of commands feeds the menus, the keyboard, the Help window and the palette
//! hints, so they never disagree.
//!
//! [`UiCommand`] holds the fixed commands; the list [`UiCommand::ALL`] is generated from
//! the enum itself, and every property (label, tooltip, shortcuts, menu) is an exhaustive
//! match, so a new command must decide each of them. [`Command`] is everything a view can
//! ask of the app, including intents that carry data (tag this, jump there, apply an edit).

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::edit::Edit;
use crate::model::{AnnotationId, ArticleId, TagId};

/// Declares [`UiCommand`] and its list in one go, so the list cannot miss a variant.
macro_rules! ui_commands {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
        /// A fixed command: it has a label, a tooltip, shortcuts and a menu.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum UiCommand {
            $($(#[$doc])* $name),*
        }

        impl UiCommand {
            /// Every fixed command, in menu order.
            pub const ALL: &'static [UiCommand] = &[$(UiCommand::$name),*];
        }
    };
}

ui_commands! {
    New,
    /// A new project whose article is the text on the clipboard.
    NewFromClipboard,
    Open,
    ImportArticle,
    Save,
    SaveAs,
    Quit,
    Undo,
    Redo,
    DeleteAnnotation,
    /// Put the cursor in the selected annotation's note.
    EditNote,
    NextAnnotation,
    PreviousAnnotation,
    /// Give the keyboard to the article (caret, arrows, tag keys).
    FocusArticle,
    Find,
    FindNext,
    FindPrevious,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    /// Open the grading screen (key + folder of submissions).
    GradeSubmissions,
    /// Open the exercise details (title, instructions, role).
    EditDetails,
    /// Open the tag-set editor.
    EditTags,
    /// Open the editor of the shown article's source (outlet, authors, date, address).
    EditArticleSource,
    /// Save the open key as an assignment to hand out (no highlights).
    ExportAssignment,
    /// Work on an assignment or key file itself (asks first).
    BecomeTeacher,
    Help,
    About,
}

/// The menus of the menu bar, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    File,
    Edit,
    View,
    Teacher,
    Help,
}

impl Menu {
    pub const ALL: [Menu; 5] = [
        Menu::File,
        Menu::Edit,
        Menu::View,
        Menu::Teacher,
        Menu::Help,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Menu::File => "File",
            Menu::Edit => "Edit",
            Menu::View => "View",
            Menu::Teacher => "Teacher",
            Menu::Help => "Help",
        }
    }
}

fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

impl UiCommand {
    pub fn label(self) -> &'static str {
        match self {
            UiCommand::New => "New project",
            UiCommand::NewFromClipboard => "New from clipboard",
            UiCommand::Open => "Open…",
            UiCommand::ImportArticle => "Import article…",
            UiCommand::Save => "Save",
            UiCommand::SaveAs => "Save As…",
            UiCommand::Quit => "Quit",
            UiCommand::Undo => "Undo",
            UiCommand::Redo => "Redo",
            UiCommand::DeleteAnnotation => "Delete annotation",
            UiCommand::EditNote => "Edit note",
            UiCommand::NextAnnotation => "Next annotation",
            UiCommand::PreviousAnnotation => "Previous annotation",
            UiCommand::FocusArticle => "Go to the article",
            UiCommand::Find => "Find…",
            UiCommand::FindNext => "Find next",
            UiCommand::FindPrevious => "Find previous",
            UiCommand::ZoomIn => "Zoom in",
            UiCommand::ZoomOut => "Zoom out",
            UiCommand::ZoomReset => "Actual size",
            UiCommand::GradeSubmissions => "Grade submissions…",
            UiCommand::EditDetails => "Title and instructions…",
            UiCommand::EditArticleSource => "Article source…",
            UiCommand::EditTags => "Edit tags…",
            UiCommand::ExportAssignment => "Export assignment…",
            UiCommand::BecomeTeacher => "Edit this file as the teacher…",
            UiCommand::Help => "Help",
            UiCommand::About => "About Marginalia",
        }
    }

    pub fn tooltip(self) -> &'static str {
        match self {
            UiCommand::New => "Start an empty project; then import or paste an article.",
            UiCommand::NewFromClipboard => {
                "Start a project whose article is the text you copied (paragraphs are kept)."
            }
            UiCommand::Open => "Open a project (.ron) or an article to read and annotate.",
            UiCommand::ImportArticle => {
                "Add an article (web page, PDF, Word, OpenDocument, EPUB, text or Markdown) to this project."
            }
            UiCommand::Save => {
                "Save your work. On an assignment this makes your own file beside it; the assignment is never changed."
            }
            UiCommand::SaveAs => "Save your work under another name or in another folder.",
            UiCommand::Quit => "Close Marginalia (it asks first if something is not saved).",
            UiCommand::Undo => "Take back the last change (a highlight, tag, note or deletion).",
            UiCommand::Redo => "Do again what Undo took back.",
            UiCommand::DeleteAnnotation => "Remove the selected highlight (Undo brings it back).",
            UiCommand::EditNote => "Write or change the note of the selected highlight.",
            UiCommand::NextAnnotation => "Select the next highlight in the article.",
            UiCommand::PreviousAnnotation => "Select the previous highlight in the article.",
            UiCommand::FocusArticle => {
                "Move the keyboard to the article: arrows move the caret, Shift+arrows select, tag keys tag."
            }
            UiCommand::Find => "Search the article for a word (ignores case and accents).",
            UiCommand::FindNext => "Go to the next match.",
            UiCommand::FindPrevious => "Go to the previous match.",
            UiCommand::ZoomIn => "Make everything bigger (up to 200 %).",
            UiCommand::ZoomOut => "Make everything smaller (down to 75 %).",
            UiCommand::ZoomReset => "Back to 100 %.",
            UiCommand::GradeSubmissions => {
                "Grade a folder of students' files against an answer key."
            }
            UiCommand::EditDetails => {
                "Change the title, the instructions and what kind of file this is."
            }
            UiCommand::EditTags => "Change tag names, colours, keys and definitions.",
            UiCommand::EditArticleSource => {
                "Say who published the article shown, when, and where it can be found."
            }
            UiCommand::ExportAssignment => {
                "Write the copy to hand out: the same articles and tags, without your highlights."
            }
            UiCommand::BecomeTeacher => {
                "Change the assignment or answer key itself instead of making a student's copy."
            }
            UiCommand::Help => "How to select, tag, write notes and save, and every shortcut.",
            UiCommand::About => "Version, licence and the fonts Marginalia uses.",
        }
    }

    /// The shortcuts, the one shown in menus first. Tag keys are data (see the tag set).
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        let cmd = Modifiers::COMMAND;
        let none = Modifiers::NONE;
        match self {
            UiCommand::New => vec![key(cmd, Key::N)],
            UiCommand::NewFromClipboard => Vec::new(),
            UiCommand::Open => vec![key(cmd, Key::O)],
            UiCommand::ImportArticle => vec![key(cmd, Key::I)],
            UiCommand::Save => vec![key(cmd, Key::S)],
            UiCommand::SaveAs => vec![key(cmd | Modifiers::SHIFT, Key::S)],
            UiCommand::Quit => vec![key(cmd, Key::Q)],
            UiCommand::Undo => vec![key(cmd, Key::Z)],
            UiCommand::Redo => vec![key(cmd | Modifiers::SHIFT, Key::Z), key(cmd, Key::Y)],
            UiCommand::DeleteAnnotation => vec![key(none, Key::Delete), key(none, Key::Backspace)],
            UiCommand::EditNote => vec![key(none, Key::F2)],
            UiCommand::NextAnnotation => vec![key(Modifiers::ALT, Key::ArrowDown)],
            UiCommand::PreviousAnnotation => vec![key(Modifiers::ALT, Key::ArrowUp)],
            UiCommand::FocusArticle => vec![key(none, Key::F6)],
            UiCommand::Find => vec![key(cmd, Key::F)],
            UiCommand::FindNext => vec![key(none, Key::F3)],
            UiCommand::FindPrevious => vec![key(Modifiers::SHIFT, Key::F3)],
            UiCommand::ZoomIn => vec![key(cmd, Key::Plus), key(cmd, Key::Equals)],
            UiCommand::ZoomOut => vec![key(cmd, Key::Minus)],
            UiCommand::ZoomReset => vec![key(cmd, Key::Num0)],
            UiCommand::GradeSubmissions => vec![key(cmd, Key::G)],
            UiCommand::EditDetails => Vec::new(),
            UiCommand::EditArticleSource => Vec::new(),
            UiCommand::EditTags => Vec::new(),
            UiCommand::ExportAssignment => Vec::new(),
            UiCommand::BecomeTeacher => Vec::new(),
            UiCommand::Help => vec![key(none, Key::F1)],
            UiCommand::About => Vec::new(),
        }
    }

    /// The menu it appears in, and its group there (a separator goes between groups).
    pub fn menu(self) -> (Menu, u8) {
        match self {
            UiCommand::New | UiCommand::NewFromClipboard | UiCommand::Open => (Menu::File, 0),
            UiCommand::ImportArticle => (Menu::File, 1),
            UiCommand::Save | UiCommand::SaveAs => (Menu::File, 2),
            UiCommand::Quit => (Menu::File, 3),
            UiCommand::Undo | UiCommand::Redo => (Menu::Edit, 0),
            UiCommand::DeleteAnnotation
            | UiCommand::EditNote
            | UiCommand::NextAnnotation
            | UiCommand::PreviousAnnotation
            | UiCommand::FocusArticle => (Menu::Edit, 1),
            UiCommand::Find | UiCommand::FindNext | UiCommand::FindPrevious => (Menu::Edit, 2),
            UiCommand::ZoomIn | UiCommand::ZoomOut | UiCommand::ZoomReset => (Menu::View, 0),
            UiCommand::GradeSubmissions => (Menu::Teacher, 0),
            UiCommand::EditDetails
            | UiCommand::EditTags
            | UiCommand::EditArticleSource
            | UiCommand::ExportAssignment => (Menu::Teacher, 1),
            UiCommand::BecomeTeacher => (Menu::Teacher, 2),
            UiCommand::Help | UiCommand::About => (Menu::Help, 0),
        }
    }

    /// Whether it may run while the grading screen hides the project: nothing that
    /// changes or saves the project unseen.
    pub fn works_on_the_grading_screen(self) -> bool {
        matches!(
            self,
            UiCommand::Quit
                | UiCommand::Help
                | UiCommand::About
                | UiCommand::ZoomIn
                | UiCommand::ZoomOut
                | UiCommand::ZoomReset
                | UiCommand::GradeSubmissions
        )
    }

    /// Whether the shortcut fires while the person types in a text field. Plain keys
    /// (Delete, F2) must not: typing in a note must not delete the annotation.
    pub fn works_while_typing(shortcut: &KeyboardShortcut) -> bool {
        !shortcut.modifiers.is_none() || matches!(shortcut.logical_key, Key::F1 | Key::F3 | Key::F6)
    }
}

/// Everything a view can ask of the app. Views return these; only the app applies them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Ui(UiCommand),
    /// Tag the current selection, or retag the selected annotation.
    Tag(TagId),
    /// Select an annotation clicked in the text (no scrolling).
    SelectAnnotation(AnnotationId),
    /// Select an annotation from the list: show its article, scroll to it, flash it.
    JumpToAnnotation(AnnotationId),
    ShowArticle(ArticleId),
    /// The note as typed so far (consecutive changes of one note undo as one step).
    SetNote(AnnotationId, String),
    /// How a passage of an answer key counts (optional, points, another reading).
    SetKeyPassage(AnnotationId, crate::model::KeyPassage),
    OpenRecent(std::path::PathBuf),
    /// Read the article in this file and show it before adding it (File > Import, a
    /// file dropped on the window).
    ImportFile(std::path::PathBuf),
    /// Add an article read from this file, as the import preview showed it.
    AddImported(Box<crate::import::Imported>, std::path::PathBuf),
    SetTheme(egui::ThemePreference),
    /// Set the student's name and make the project their submission.
    SetStudentName(String),
    /// An edit prepared by an editor window (tags, details).
    Apply(Box<Edit>),
    /// Text arrived from the clipboard.
    Pasted(String),
    /// Hide the error banner.
    DismissProblems,
    /// A view could not prepare what was asked; the app shows why.
    Failed(String),
    /// Tab or Shift+Tab from the article: the keyboard goes here next.
    FocusNext(FocusTarget),
}

/// Where Tab from the article sends the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusTarget {
    /// The first tag button (then the note and the list follow).
    Tags,
    /// The student's name field above the article (or the article again without one).
    Banner,
}

impl From<UiCommand> for Command {
    fn from(command: UiCommand) -> Self {
        Command::Ui(command)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen: Vec<(KeyboardShortcut, UiCommand)> = Vec::new();
        for &command in UiCommand::ALL {
            for shortcut in command.shortcuts() {
                if let Some((_, other)) = seen.iter().find(|(s, _)| *s == shortcut) {
                    panic!("{command:?} and {other:?} both use {shortcut:?}");
                }
                seen.push((shortcut, command));
            }
        }
    }

    #[test]
    fn default_tag_keys_are_no_shortcut() {
        for tag in crate::model::TagSet::media_literacy().iter() {
            let Some(k) = tag.key.and_then(|c| Key::from_name(&c.to_string())) else {
                continue;
            };
            for &command in UiCommand::ALL {
                assert!(
                    !command
                        .shortcuts()
                        .iter()
                        .any(|s| s.logical_key == k && s.modifiers.is_none()),
                    "{command:?} takes the tag key {k:?}"
                );
            }
        }
    }

    #[test]
    fn every_command_has_words_and_a_menu() {
        for &command in UiCommand::ALL {
            assert!(!command.label().is_empty());
            assert!(command.tooltip().len() > 10, "{command:?}");
            let _ = command.menu();
        }
        assert_eq!(UiCommand::ALL.len(), 28);
    }
}
