//! Loading: size check, UTF-8, RON syntax, version, then every rule of the model, each
//! broken rule reported with its line and column and a sentence a teacher can act on.

use std::path::{Path, PathBuf};

use super::format::{Header, ProjectFileV1, ProjectFileV2};
use super::locate::Locator;
use super::validate;
use super::{CURRENT_VERSION, FORMAT_NAME, Problem, Severity};
use crate::model::Project;
use crate::text::line_col;

/// Project files over this size are refused before reading: 20 MB articles are the
/// import limit, and a class project is a small fraction of that.
pub const MAX_PROJECT_BYTES: u64 = 64 * 1024 * 1024;

/// Nesting deeper than this is refused by the parser (a project file needs about 5).
const RECURSION_LIMIT: usize = 64;

/// A file that could not be loaded at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{} is {:.0} MB, too large for a project file (the limit is {} MB); is it the right file?",
        path.display(), *size as f64 / 1_048_576.0, MAX_PROJECT_BYTES / 1_048_576
    )]
    TooLarge { path: PathBuf, size: u64 },
    #[error(
        "{}:{line}:{column}: this is not a text file (invalid UTF-8); a project file is plain RON text. Open the original, or the .bak file next to it.",
        path.display()
    )]
    NotText {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    #[error("{}:{line}:{column}: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{} is empty: it was probably cut off while saving or copying. Try the .bak file next to it.",
        path.display()
    )]
    Empty { path: PathBuf },
    #[error(
        "{} is not a Marginalia project (it has no `format: \"{FORMAT_NAME}\"` line). To annotate an article, import it instead.",
        path.display()
    )]
    NotAProject { path: PathBuf },
    #[error(
        "{} was made by a newer Marginalia (file format {found}, this version reads up to {CURRENT_VERSION}) — please update Marginalia to open it.",
        path.display()
    )]
    NewerVersion { path: PathBuf, found: u32 },
    #[error(
        "{} has format version {found}, which no Marginalia ever wrote; check the `version:` line (it should be {CURRENT_VERSION}).",
        path.display()
    )]
    UnknownVersion { path: PathBuf, found: u32 },
}

/// A loaded project and what was found wrong with the file.
#[derive(Debug)]
pub struct Loaded {
    pub project: Project,
    /// Sorted by line. Errors name parts that were left out of `project`.
    pub problems: Vec<Problem>,
}

impl Loaded {
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// Each error as `path:line:column: error: …`, for lists shown to people.
    pub fn error_lines(&self, path: &Path) -> Vec<String> {
        let shown = path.display().to_string();
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .map(|p| p.display_with(&shown).to_string())
            .collect()
    }
}

pub fn load(path: &Path) -> Result<Loaded, LoadError> {
    let io = |source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_PROJECT_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_path_buf(),
            size,
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let source = match std::str::from_utf8(&bytes) {
        Ok(s) => s,
        Err(e) => {
            let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
            let (line, column) = line_col(&String::from_utf8_lossy(valid), valid.len());
            return Err(LoadError::NotText {
                path: path.to_path_buf(),
                line,
                column,
            });
        }
    };
    load_str(source, path)
}

/// Loads from source text; `path` is only used in messages.
pub fn load_str(source: &str, path: &Path) -> Result<Loaded, LoadError> {
    let source = source.strip_prefix('\u{FEFF}').unwrap_or(source);
    if source.trim().is_empty() {
        return Err(LoadError::Empty {
            path: path.to_path_buf(),
        });
    }
    let header: Header = parse(source, path)?;
    if header.format.as_deref() != Some(FORMAT_NAME) {
        return Err(LoadError::NotAProject {
            path: path.to_path_buf(),
        });
    }
    let file: ProjectFileV2 = match header.version {
        Some(1) => ProjectFileV2::from(parse::<ProjectFileV1>(source, path)?),
        // Version 3 only adds optional fields to annotations: one set of types reads both.
        Some(2 | 3) => parse(source, path)?,
        Some(v) if v > CURRENT_VERSION => {
            return Err(LoadError::NewerVersion {
                path: path.to_path_buf(),
                found: v,
            });
        }
        Some(v) => {
            return Err(LoadError::UnknownVersion {
                path: path.to_path_buf(),
                found: v,
            });
        }
        None => {
            return Err(LoadError::Syntax {
                path: path.to_path_buf(),
                line: 1,
                column: 1,
                message:
                    "the file has no `version:` field; add `version: 3,` after the `format:` line"
                        .into(),
            });
        }
    };
    Ok(validate::from_file(file, &Locator::new(source)))
}

fn parse<'a, T: serde::Deserialize<'a>>(source: &'a str, path: &Path) -> Result<T, LoadError> {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(RECURSION_LIMIT)
        .from_str(source)
        .map_err(|e| LoadError::Syntax {
            path: path.to_path_buf(),
            line: e.span.start.line,
            column: e.span.start.col,
            message: explain_ron_error(&e.code),
        })
}

/// ron's messages, turned into advice for someone editing the file by hand. Messages that
/// would name Rust types or ron's options are replaced entirely.
fn explain_ron_error(code: &ron::Error) -> String {
    use ron::Error as E;
    let replaced = match code {
        E::ExceededRecursionLimit => Some(
            "values are nested far deeper than in any project file (more than 64 levels); the file is damaged, or is not a project"
                .to_owned(),
        ),
        E::IntegerOutOfBounds => Some(
            "this number is negative or far too large (offsets and ids are whole numbers from 0)"
                .to_owned(),
        ),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => Some(format!(
            "`{found}` is not allowed here; write one of: {}",
            expected.join(", ")
        )),
        E::ExpectedNamedStructLike(_) | E::ExpectedStructLike => Some(
            "expected `(` here: a project file is RON, starting with `(` (JSON and other formats cannot be opened)"
                .to_owned(),
        ),
        _ => None,
    };
    if let Some(message) = replaced {
        return message;
    }
    let hint = match code {
        E::ExpectedOption => {
            " (write the value itself, e.g. `note: \"text\"`, or leave the field out)"
        }
        E::Eof => {
            " (the file ends too early: it was probably cut off while saving or copying; try the .bak file next to it)"
        }
        E::MissingStructField { .. } => " (add the field, or restore the file from its .bak)",
        E::ExpectedString | E::ExpectedInteger | E::InvalidValueForType { .. } => {
            " (the value has the wrong type here)"
        }
        E::ExpectedArray => " (a list in square brackets is expected here)",
        E::ExpectedComma => {
            " (a comma is missing at the end of the previous value, or a quote `\"` was left open above)"
        }
        _ => "",
    };
    format!("{code}{hint}")
}
