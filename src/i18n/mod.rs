//! The interface in the reader's language: every word the window, the CLI, the error
//! messages and the exported pages show comes from a Project Fluent file in `locales/`.
//!
//! * [`Lang`] is one of the `locales/<code>.ftl` files found at build time (`build.rs`),
//!   so a language is added by adding one file; English is the fallback for a message a
//!   file lacks (the completeness test in `tests/messages.rs` keeps that from happening).
//! * [`t!`](crate::t) looks a message up in the current language: `t!("menu-file")`,
//!   `t!("annotation-count", count = 3)`. Numbers go in as numbers, so Fluent chooses the
//!   plural (1 annotation / 2 annotations; French counts 0 and 1 as singular) and
//!   [`number`] writes them the reader's way (62.8 / 62,8).
//! * The current language is per thread, starting from the process's ([`set_process`],
//!   decided once in `main` from `--lang`, the saved choice or the system locale). An
//!   export in the project's own language runs inside [`with`]. Tests set their own
//!   thread's language and so never disturb each other.

mod catalog;
pub mod locale;
pub mod number;

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

pub use fluent_bundle::{FluentArgs, FluentValue};

/// An interface language: one of the `locales/*.ftl` files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Lang(usize);

impl Lang {
    /// English: the fallback, and the language of messages no file has.
    pub const ENGLISH: Lang = Lang(0);

    /// Every language there is a file for, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..catalog::count()).map(Lang)
    }

    /// The file's code: `en`, `fr`, …
    pub fn code(self) -> &'static str {
        catalog::code(self.0)
    }

    /// The language's name in itself ("English", "Français"): message `language-name`.
    pub fn native_name(self) -> String {
        catalog::format(self.0, "language-name", None)
    }

    /// The language for a code such as `fr`, `fr-CA`, `fr_CA.UTF-8` or `FR`: the file
    /// whose code is the tag's first part. `None` where there is no such file.
    pub fn from_code(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::all().find(|l| l.code() == primary)
    }

    /// French: the other language every release ships, named for code and tests.
    pub fn french() -> Lang {
        Lang::from_code("fr").unwrap_or(Lang::ENGLISH)
    }
}

impl Default for Lang {
    fn default() -> Self {
        Lang::ENGLISH
    }
}

static PROCESS: AtomicUsize = AtomicUsize::new(0);
static FROM_COMMAND_LINE: AtomicBool = AtomicBool::new(false);

thread_local! {
    static THREAD: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the language of the whole process (new threads start with it) and of this thread.
pub fn set_process(lang: Lang) {
    PROCESS.store(lang.0, Ordering::Relaxed);
    set_thread(lang);
}

/// Sets the process's language from `--lang`: the window then keeps it rather than the
/// choice saved in its settings.
pub fn set_from_command_line(lang: Lang) {
    FROM_COMMAND_LINE.store(true, Ordering::Relaxed);
    set_process(lang);
}

/// Whether `--lang` chose the language (so a saved choice must not override it).
pub fn chosen_on_command_line() -> bool {
    FROM_COMMAND_LINE.load(Ordering::Relaxed)
}

/// Sets this thread's language only (the window's thread; a test).
pub fn set_thread(lang: Lang) {
    THREAD.with(|t| t.set(Some(lang)));
}

/// The language messages are written in on this thread.
pub fn current() -> Lang {
    THREAD
        .with(Cell::get)
        .unwrap_or(Lang(PROCESS.load(Ordering::Relaxed)))
}

/// Runs `f` with this thread's language set to `lang` (an export in the project's own
/// language), then puts the previous one back.
pub fn with<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    let before = THREAD.with(Cell::get);
    set_thread(lang);
    let result = f();
    THREAD.with(|t| t.set(before));
    result
}

/// The message `id` in the current language, with its arguments.
///
/// A message missing from the language falls back to English; one missing from English
/// too is shown as its id, so it is visible, and never panics.
pub fn message(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    catalog::format(current().0, id, args)
}

/// The message `id` in `lang`.
pub fn message_in(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    catalog::format(lang.0, id, args)
}

/// Whether the current language has the message `id` (for optional messages such as a
/// command's tooltip).
pub fn has(id: &str) -> bool {
    catalog::has(current().0, id)
}

/// Every message id of a language's file, for the completeness test.
pub fn message_ids(lang: Lang) -> Vec<String> {
    catalog::ids(lang.0)
}

/// The errors Fluent found in a language's file (syntax), for the completeness test.
pub fn file_errors(lang: Lang) -> Vec<String> {
    catalog::errors(lang.0)
}

/// What went wrong with a file, in the current language: the common cases (no such file,
/// permission denied, disk full…) as messages, anything else in the system's own words.
pub fn io_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let id = match e.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::AlreadyExists => "io-already-exists",
        K::IsADirectory => "io-is-a-directory",
        K::NotADirectory => "io-not-a-directory",
        K::StorageFull => "io-storage-full",
        K::ReadOnlyFilesystem => "io-read-only",
        K::InvalidData => "io-invalid-data",
        _ => return e.to_string(),
    };
    message(id, None)
}

/// A message of the current language: `t!("id")` or `t!("id", name = value, …)`.
///
/// Values may be strings or numbers; numbers choose plurals and are written the
/// language's way.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::i18n::message($id, None)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::FluentValue::from($value)); )+
        $crate::i18n::message($id, Some(&args))
    }};
}
