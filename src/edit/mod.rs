//! Every change to a project is an invertible [`Edit`] value.
//!
//! Views and the CLI build edits with the constructors in [`build`] (which snap and check
//! what a person asked for), [`Edit::apply`] applies one atomically, and [`History`] keeps
//! them for undo and redo. Selection, scrolling and hover are view state and never enter
//! the history.

pub mod build;
mod error;
mod history;
mod value;

pub use error::EditError;
pub use history::History;
pub use value::Edit;
