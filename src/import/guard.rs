//! Running third-party readers (rs-trafilatura, pdf-extract) on files from anywhere.
//!
//! Both crates panic on some inputs (fuzzing found pdf-extract's `expect`s on missing
//! objects within a minute). A panic there must not take the window or the CLI down, nor
//! print a backtrace at a teacher: the reader runs in [`contained`], which catches the
//! panic, and the panic hook that `main` installs ([`install_quiet_panic_hook`]) stays
//! silent for panics raised inside it. Everywhere else panics are reported as usual.

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind};

thread_local! {
    static CONTAINED: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`; `None` if it panicked.
pub fn contained<T>(f: impl FnOnce() -> T) -> Option<T> {
    let outer = CONTAINED.with(|c| c.replace(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    CONTAINED.with(|c| c.set(outer));
    result.ok()
}

/// Keeps the default panic report for every panic but those inside [`contained`].
pub fn install_quiet_panic_hook() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !CONTAINED.with(Cell::get) {
            report(info);
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_contained_panic_is_caught_and_the_flag_restored() {
        assert_eq!(contained(|| 7), Some(7));
        let caught: Option<()> = contained(|| panic!("a reader's bug"));
        assert!(caught.is_none());
        assert!(!CONTAINED.with(Cell::get));
    }
}
