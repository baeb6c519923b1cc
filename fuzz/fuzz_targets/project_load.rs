//! Any bytes as a project file: loading must not panic, whatever loads must satisfy every
//! invariant, and saving it must load back to the same project.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use marginalia::project_file::{load_str, to_ron_string};

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("fuzz.ron");
    let Ok(loaded) = load_str(source, path) else {
        return;
    };
    assert!(
        loaded.project.check_invariants().is_empty(),
        "{:?}",
        loaded.project.check_invariants()
    );
    let saved = to_ron_string(&loaded.project).expect("a loaded project can be written");
    let again = load_str(&saved, path).expect("a saved project loads");
    assert!(again.problems.is_empty(), "{:?}", again.problems);
    assert_eq!(again.project, loaded.project);
});
