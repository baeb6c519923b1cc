//! One list of commands feeds the menus, the keyboard, the Help window and the palette
//! hints, so they never disagree.
//!
//! [`UiCommand`] holds the fixed commands; the list [`UiCommand::ALL`] is generated from
//! the enum itself, and every property (label, tooltip, shortcuts, menu) is an exhaustive
//! match, so a new command must decide each of them. [`Command`] is everything a view can
//! ask of the app, including intents that carry data (tag this, jump there, apply an edit).

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock, PoisonError};

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::edit::Edit;
use crate::i18n::Lang;
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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

    /// The menu's name in the current language.
    pub fn label(self) -> &'static str {
        interned(match self {
            Menu::File => "menu-file",
            Menu::Edit => "menu-edit",
            Menu::View => "menu-view",
            Menu::Teacher => "menu-teacher",
            Menu::Help => "menu-help",
        })
    }
}

/// The message `id` in the current language, as a `&'static str` so that labels keep
/// the type menus, buttons and tests pass around. Each (language, id) is formatted once
/// and kept: the messages are compiled in, so that is a few dozen short strings per
/// language, however often the window redraws.
fn interned(id: &'static str) -> &'static str {
    type Cache = HashMap<(Lang, &'static str), &'static str>;
    static CACHE: OnceLock<Mutex<Cache>> = OnceLock::new();
    let lang = crate::i18n::current();
    let mut cache = CACHE
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    cache
        .entry((lang, id))
        .or_insert_with(|| Box::leak(crate::i18n::message_in(lang, id, None).into_boxed_str()))
}

fn key(modifiers: Modifiers, key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(modifiers, key)
}

impl UiCommand {
    /// The label in menus, buttons and Help, in the current language.
    pub fn label(self) -> &'static str {
        interned(self.label_id())
    }

    /// What it does, in a sentence (tooltips and Help), in the current language.
    pub fn tooltip(self) -> &'static str {
        interned(self.tooltip_id())
    }

    fn label_id(self) -> &'static str {
        match self {
            UiCommand::New => "cmd-new",
            UiCommand::NewFromClipboard => "cmd-new-from-clipboard",
            UiCommand::Open => "cmd-open",
            UiCommand::ImportArticle => "cmd-import-article",
            UiCommand::Save => "cmd-save",
            UiCommand::SaveAs => "cmd-save-as",
            UiCommand::Quit => "cmd-quit",
            UiCommand::Undo => "cmd-undo",
            UiCommand::Redo => "cmd-redo",
            UiCommand::DeleteAnnotation => "cmd-delete-annotation",
            UiCommand::EditNote => "cmd-edit-note",
            UiCommand::NextAnnotation => "cmd-next-annotation",
            UiCommand::PreviousAnnotation => "cmd-previous-annotation",
            UiCommand::FocusArticle => "cmd-focus-article",
            UiCommand::Find => "cmd-find",
            UiCommand::FindNext => "cmd-find-next",
            UiCommand::FindPrevious => "cmd-find-previous",
            UiCommand::ZoomIn => "cmd-zoom-in",
            UiCommand::ZoomOut => "cmd-zoom-out",
            UiCommand::ZoomReset => "cmd-zoom-reset",
            UiCommand::GradeSubmissions => "cmd-grade-submissions",
            UiCommand::EditDetails => "cmd-edit-details",
            UiCommand::EditArticleSource => "cmd-edit-article-source",
            UiCommand::EditTags => "cmd-edit-tags",
            UiCommand::ExportAssignment => "cmd-export-assignment",
            UiCommand::BecomeTeacher => "cmd-become-teacher",
            UiCommand::Help => "cmd-help",
            UiCommand::About => "cmd-about",
        }
    }

    fn tooltip_id(self) -> &'static str {
        match self {
            UiCommand::New => "cmd-new-tooltip",
            UiCommand::NewFromClipboard => "cmd-new-from-clipboard-tooltip",
            UiCommand::Open => "cmd-open-tooltip",
            UiCommand::ImportArticle => "cmd-import-article-tooltip",
            UiCommand::Save => "cmd-save-tooltip",
            UiCommand::SaveAs => "cmd-save-as-tooltip",
            UiCommand::Quit => "cmd-quit-tooltip",
            UiCommand::Undo => "cmd-undo-tooltip",
            UiCommand::Redo => "cmd-redo-tooltip",
            UiCommand::DeleteAnnotation => "cmd-delete-annotation-tooltip",
            UiCommand::EditNote => "cmd-edit-note-tooltip",
            UiCommand::NextAnnotation => "cmd-next-annotation-tooltip",
            UiCommand::PreviousAnnotation => "cmd-previous-annotation-tooltip",
            UiCommand::FocusArticle => "cmd-focus-article-tooltip",
            UiCommand::Find => "cmd-find-tooltip",
            UiCommand::FindNext => "cmd-find-next-tooltip",
            UiCommand::FindPrevious => "cmd-find-previous-tooltip",
            UiCommand::ZoomIn => "cmd-zoom-in-tooltip",
            UiCommand::ZoomOut => "cmd-zoom-out-tooltip",
            UiCommand::ZoomReset => "cmd-zoom-reset-tooltip",
            UiCommand::GradeSubmissions => "cmd-grade-submissions-tooltip",
            UiCommand::EditDetails => "cmd-edit-details-tooltip",
            UiCommand::EditArticleSource => "cmd-edit-article-source-tooltip",
            UiCommand::EditTags => "cmd-edit-tags-tooltip",
            UiCommand::ExportAssignment => "cmd-export-assignment-tooltip",
            UiCommand::BecomeTeacher => "cmd-become-teacher-tooltip",
            UiCommand::Help => "cmd-help-tooltip",
            UiCommand::About => "cmd-about-tooltip",
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
    /// View > Language: the window's words in this language from the next frame on.
    SetLanguage(crate::i18n::Lang),
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

    #[test]
    fn every_command_and_menu_is_worded_in_every_language() {
        for lang in crate::i18n::Lang::all() {
            crate::i18n::with(lang, || {
                for &command in UiCommand::ALL {
                    assert_ne!(command.label(), command.label_id(), "{}", lang.code());
                    assert_ne!(command.tooltip(), command.tooltip_id(), "{}", lang.code());
                }
                for menu in Menu::ALL {
                    assert!(
                        !menu.label().starts_with("menu-"),
                        "{menu:?} in {}",
                        lang.code()
                    );
                }
            });
        }
        let french = crate::i18n::with(crate::i18n::Lang::french(), || Menu::File.label());
        assert_eq!(french, "Fichier");
        let english = crate::i18n::with(crate::i18n::Lang::ENGLISH, || Menu::File.label());
        assert_eq!(english, "File");
    }
}
