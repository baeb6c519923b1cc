//! Ctrl+F: find in the current article, mark every match, step through them.

use egui::{Key, Modifiers, Ui};

use crate::find::find_all;
use crate::gui::command::{Command, UiCommand};
use crate::model::Article;
use crate::t;
use crate::text::ByteRange;

#[derive(Default)]
pub struct FindBar {
    pub open: bool,
    pub query: String,
    pub matches: Vec<ByteRange>,
    pub current: usize,
    /// (article hash, query) the matches were computed for.
    searched: Option<(String, String)>,
    focus: bool,
}

impl FindBar {
    /// Opens the bar and puts the cursor in it.
    pub fn open(&mut self) {
        self.open = true;
        self.focus = true;
    }

    pub fn current_match(&self) -> Option<ByteRange> {
        self.matches.get(self.current).copied()
    }

    /// Moves to the next (or previous) match; returns it to scroll to.
    pub fn step(&mut self, forward: bool) -> Option<ByteRange> {
        if self.matches.is_empty() {
            return None;
        }
        let n = self.matches.len();
        self.current = if forward {
            (self.current + 1) % n
        } else {
            (self.current + n - 1) % n
        };
        self.current_match()
    }

    fn refresh(&mut self, article: &Article) {
        let key = (article.sha256().to_owned(), self.query.clone());
        if self.searched.as_ref() != Some(&key) {
            self.matches = find_all(article.text(), &self.query);
            self.current = 0;
            self.searched = Some(key);
        }
    }

    /// Draws the bar; returns a match to scroll to when the query changed, and the
    /// commands its buttons and keys ask for (Next and Previous go through the same
    /// [`UiCommand`]s as F3 and the menu).
    pub fn ui(&mut self, ui: &mut Ui, article: &Article) -> (Option<ByteRange>, Vec<Command>) {
        let mut commands = Vec::new();
        if !self.open {
            return (None, commands);
        }
        let mut go_to = None;
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t!("ws-find"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.query).desired_width(220.0))
                .labelled_by(label.id);
            if std::mem::take(&mut self.focus) {
                field.request_focus();
            }
            let before = self.searched.clone();
            self.refresh(article);
            if before != self.searched {
                go_to = self.current_match();
            }
            if field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                let back = ui.input(|i| i.modifiers.matches_exact(Modifiers::SHIFT));
                commands.push(if back {
                    UiCommand::FindPrevious.into()
                } else {
                    UiCommand::FindNext.into()
                });
                field.request_focus();
            }
            let status = match (self.query.trim().is_empty(), self.matches.len()) {
                (true, _) => String::new(),
                (false, 0) => t!("ws-no-matches"),
                (false, n) if n >= crate::find::MAX_MATCHES => {
                    t!(
                        "ws-match-position-many",
                        current = self.current + 1,
                        total = n
                    )
                }
                (false, n) => t!("ws-match-position", current = self.current + 1, total = n),
            };
            ui.label(status);
            for (command, label) in [
                (UiCommand::FindPrevious, "ws-find-previous"),
                (UiCommand::FindNext, "ws-find-next"),
            ] {
                if ui
                    .button(t!(label))
                    .on_hover_text(command.tooltip())
                    .clicked()
                {
                    commands.push(command.into());
                }
            }
            if ui.button(t!("ws-find-close")).clicked() || ui.input(|i| i.key_pressed(Key::Escape))
            {
                self.open = false;
                self.matches.clear();
                self.searched = None;
            }
        });
        (go_to, commands)
    }
}
