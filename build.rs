//! Two things the source cannot know by itself:
//!
//! * the interface languages: every `locales/<code>.ftl` file is one language, so adding
//!   a language is adding one file (README, "Adding a language"). The list is written to
//!   `$OUT_DIR/languages.rs` and included by `src/i18n/catalog.rs`;
//! * what `marginalia --version` says about the build: the commit (`git rev-parse`, or
//!   `MARGINALIA_COMMIT` for a build from a tarball) and the build date (UTC, or the date
//!   of `SOURCE_DATE_EPOCH` for reproducible builds), as `MARGINALIA_COMMIT` and
//!   `MARGINALIA_BUILD_DATE` for `env!`.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    languages();
    build_info();
}

fn build_info() {
    println!("cargo::rerun-if-env-changed=MARGINALIA_COMMIT");
    println!("cargo::rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
    };
    // A new commit or checkout changes HEAD or the branch it points to.
    if let Some(git_dir) = git(&["rev-parse", "--absolute-git-dir"]) {
        println!("cargo::rerun-if-changed={git_dir}/HEAD");
        println!("cargo::rerun-if-changed={git_dir}/packed-refs");
        if let Some(reference) = git(&["symbolic-ref", "-q", "HEAD"]) {
            let common = git(&["rev-parse", "--git-common-dir"]).unwrap_or(git_dir.clone());
            let common = if Path::new(&common).is_absolute() {
                common
            } else {
                format!(
                    "{}/{common}",
                    std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()
                )
            };
            println!("cargo::rerun-if-changed={common}/{reference}");
        }
    }
    let commit = std::env::var("MARGINALIA_COMMIT")
        .ok()
        .filter(|c| !c.is_empty())
        .or_else(|| git(&["rev-parse", "--short=12", "HEAD"]))
        .unwrap_or_else(|| "unknown".to_owned());
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    println!("cargo::rustc-env=MARGINALIA_COMMIT={commit}");
    println!(
        "cargo::rustc-env=MARGINALIA_BUILD_DATE={}",
        civil_date(seconds / 86_400)
    );
}

/// `YYYY-MM-DD` of a day counted from 1970-01-01 (Howard Hinnant's civil_from_days).
fn civil_date(days: u64) -> String {
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

fn languages() {
    let dir = Path::new("locales");
    println!("cargo::rerun-if-changed=locales");
    let mut codes: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| {
                    let name = e.file_name().into_string().ok()?;
                    name.strip_suffix(".ftl").map(str::to_owned)
                })
                .collect()
        })
        .unwrap_or_default();
    // English first: it is the fallback and the default where the system's is unknown.
    codes.sort_by_key(|c| (c != "en", c.clone()));
    let mut out =
        String::from("/// Every `locales/*.ftl` file: (code, Fluent source), English first.\n");
    out.push_str("pub(super) static LANGUAGES: &[(&str, &str)] = &[\n");
    for code in &codes {
        println!("cargo::rerun-if-changed=locales/{code}.ftl");
        // Relative to the crate, not an absolute path, so a build of one checkout never
        // reads another checkout's messages.
        let _ = writeln!(
            out,
            "    ({code:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/locales/{code}.ftl\"))),"
        );
    }
    out.push_str("];\n");
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    std::fs::write(Path::new(&out_dir).join("languages.rs"), out)
        .unwrap_or_else(|e| panic!("writing languages.rs: {e}"));
}
