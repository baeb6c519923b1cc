//! What the window tells the person: typed messages with a severity, newest last.
//!
//! Errors stay on screen in a banner until dismissed (they are the ones a student must
//! read); information goes to the status bar. Views never push strings of their own:
//! they return commands, and the app adds the message.

/// How much a message matters, which decides where and how it is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Done as asked ("Saved …").
    Info,
    /// Done, but look ("guessed the encoding", "re-anchored 2 highlights").
    Warning,
    /// Not done ("could not save: the disk is full").
    Error,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub severity: Severity,
    pub text: String,
}

impl Message {
    pub fn info(text: impl Into<String>) -> Self {
        Self {
            severity: Severity::Info,
            text: text.into(),
        }
    }

    pub fn warning(text: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            text: text.into(),
        }
    }

    pub fn error(text: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            text: text.into(),
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The messages of the open project; errors not yet dismissed are shown in a banner.
#[derive(Debug, Default)]
pub struct Messages {
    list: Vec<Message>,
    /// Errors before this index were dismissed by the person.
    dismissed_before: usize,
}

/// Messages kept; older ones are dropped (the banner shows the newest few anyway).
const KEEP: usize = 200;

impl Messages {
    pub fn push(&mut self, message: Message) {
        self.list.push(message);
        if self.list.len() > KEEP {
            let cut = self.list.len() - KEEP;
            self.list.drain(..cut);
            self.dismissed_before = self.dismissed_before.saturating_sub(cut);
        }
    }

    /// Replaces every message (another project was opened).
    pub fn replace(&mut self, messages: Vec<Message>) {
        self.list = messages;
        self.dismissed_before = 0;
    }

    pub fn last(&self) -> Option<&Message> {
        self.list.last()
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Message> {
        self.list.iter()
    }

    /// Problems (errors and warnings) the person has not dismissed, oldest first.
    pub fn open_problems(&self) -> impl Iterator<Item = &Message> {
        self.list
            .iter()
            .skip(self.dismissed_before)
            .filter(|m| m.severity != Severity::Info)
    }

    pub fn dismiss_problems(&mut self) {
        self.dismissed_before = self.list.len();
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}
