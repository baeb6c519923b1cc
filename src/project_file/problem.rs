//! A problem found in a project file, located and explained.

use std::fmt;

use crate::t;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Repaired on load (e.g. a moved quote re-anchored); nothing was lost.
    Warning,
    /// The part named was left out of the loaded project; saving would drop it.
    Error,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// Line and column (from 1) in the file, where known.
    pub position: Option<(usize, usize)>,
    /// What is wrong and what to do, as sentences.
    pub message: String,
}

impl Problem {
    pub fn error(position: Option<(usize, usize)>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            position,
            message: message.into(),
        }
    }

    pub fn warning(position: Option<(usize, usize)>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            position,
            message: message.into(),
        }
    }

    /// `path:line:column: error: message`, the form editors and terminals link up.
    pub fn display_with<'a>(&'a self, path: &'a str) -> impl fmt::Display + 'a {
        struct Shown<'a>(&'a Problem, &'a str);
        impl fmt::Display for Shown<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                let Shown(p, path) = self;
                write!(f, "{path}")?;
                if let Some((line, col)) = p.position {
                    write!(f, ":{line}:{col}")?;
                }
                write!(f, ": {p}")
            }
        }
        Shown(self, path)
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = match self.severity {
            Severity::Warning => t!("file-problem-warning", message = self.message.as_str()),
            Severity::Error => t!("file-problem-error", message = self.message.as_str()),
        };
        f.write_str(&shown)
    }
}
