//! Where the bundled sample is: the seed articles and the two project files built from
//! them, in `sample-docs/`.

use std::path::PathBuf;

/// Folder with the sample articles and exercise: `sample-docs/` of the checkout the
/// binary was built from, else `sample-docs/` next to the executable (the tarball, a
/// portable copy), else where the package installs it (`/usr/share/marginalia/sample-docs`
/// for `/usr/bin/marginalia`), else in the current folder.
pub fn sample_dir() -> PathBuf {
    let exe_dir = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(PathBuf::from));
    let candidates = [
        Some(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("sample-docs")),
        exe_dir.as_ref().map(|d| d.join("sample-docs")),
        exe_dir
            .as_ref()
            .and_then(|d| d.parent())
            .map(|prefix| prefix.join("share").join("marginalia").join("sample-docs")),
        Some(PathBuf::from("sample-docs")),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|d| d.is_dir())
        .unwrap_or_else(|| PathBuf::from("sample-docs"))
}

/// The student's starting file of the demo exercise.
pub fn sample_exercise() -> PathBuf {
    sample_dir().join("exercise.ron")
}

/// The teacher's answer key of the demo exercise.
pub fn sample_key() -> PathBuf {
    sample_dir().join("exercise-key.ron")
}

/// The seed articles, their display titles and ids.
pub const SAMPLE_ARTICLES: [(&str, &str, &str); 3] = [
    (
        "000_0aa05fbc1d035030.txt",
        "embassy-twitter-megaphone",
        "Russia accuses Ottawa of demoralizing its soldiers on social media",
    ),
    (
        "001_ebea2a00771ec505.txt",
        "press-secretary-profile",
        "He’s no bot, but Russia's media guy in Canada manages to stir up controversy just the same",
    ),
    (
        "002_c28f14a490bc53b2.txt",
        "ministry-note-on-fakes",
        "Russia to send note to US over propagation of fakes by its internet companies — diplomat",
    ),
];
