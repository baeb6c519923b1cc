//! Loading: size check, UTF-8, RON syntax, version, then every rule of the model, each
//! broken rule reported with its line and column and a sentence a teacher can act on.

use std::path::{Path, PathBuf};

use super::format::{Header, ProjectFileV1, ProjectFileV2};
use super::locate::Locator;
use super::validate;
use super::{CURRENT_VERSION, FORMAT_NAME, Problem, Severity};
use crate::model::Project;
use crate::t;
use crate::text::line_col;

/// Project files over this size are refused before reading: 20 MB articles are the
/// import limit, and a class project is a small fraction of that.
pub const MAX_PROJECT_BYTES: u64 = 64 * 1024 * 1024;

/// Nesting deeper than this is refused by the parser (a project file needs about 5).
const RECURSION_LIMIT: usize = 64;

/// A file that could not be loaded at all.
#[derive(Debug)]
pub enum LoadError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    TooLarge {
        path: PathBuf,
        size: u64,
    },
    NotText {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    Empty {
        path: PathBuf,
    },
    NotAProject {
        path: PathBuf,
    },
    NewerVersion {
        path: PathBuf,
        found: u32,
    },
    UnknownVersion {
        path: PathBuf,
        found: u32,
    },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |path: &Path| path.display().to_string();
        // Positions and sizes are written as the file and the system write them.
        let message = match self {
            LoadError::Io { path, source } => t!(
                "file-cannot-read",
                path = shown(path),
                reason = crate::i18n::io_error(source)
            ),
            LoadError::TooLarge { path, size } => t!(
                "file-too-large",
                path = shown(path),
                size = format!("{:.0}", *size as f64 / 1_048_576.0),
                limit = (MAX_PROJECT_BYTES / 1_048_576).to_string()
            ),
            // `path:line:column:` as editors and terminals link it up.
            LoadError::NotText { path, line, column } => {
                format!(
                    "{}:{line}:{column}: {}",
                    path.display(),
                    t!("file-not-text")
                )
            }
            LoadError::Syntax {
                path,
                line,
                column,
                message,
            } => format!("{}:{line}:{column}: {message}", path.display()),
            LoadError::Empty { path } => t!("file-empty", path = shown(path)),
            LoadError::NotAProject { path } => t!(
                "file-not-a-project",
                path = shown(path),
                format = FORMAT_NAME
            ),
            LoadError::NewerVersion { path, found } => t!(
                "file-newer-version",
                path = shown(path),
                found = found.to_string(),
                current = CURRENT_VERSION.to_string()
            ),
            LoadError::UnknownVersion { path, found } => t!(
                "file-unknown-version",
                path = shown(path),
                found = found.to_string(),
                current = CURRENT_VERSION.to_string()
            ),
        };
        f.write_str(&message)
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
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
                message: t!("file-no-version", current = CURRENT_VERSION.to_string()),
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
        E::ExceededRecursionLimit => Some(t!(
            "file-syntax-too-deep",
            limit = RECURSION_LIMIT.to_string()
        )),
        E::IntegerOutOfBounds => Some(t!("file-syntax-number-out-of-bounds")),
        E::NoSuchEnumVariant {
            expected, found, ..
        } => Some(t!(
            "file-syntax-no-such-variant",
            found = found.as_str(),
            expected = expected.join(", ")
        )),
        E::ExpectedNamedStructLike(_) | E::ExpectedStructLike => {
            Some(t!("file-syntax-expected-struct"))
        }
        _ => None,
    };
    if let Some(message) = replaced {
        return message;
    }
    let hint = match code {
        E::ExpectedOption => "file-syntax-hint-option",
        E::Eof => "file-syntax-hint-eof",
        E::MissingStructField { .. } => "file-syntax-hint-missing-field",
        E::ExpectedString | E::ExpectedInteger | E::InvalidValueForType { .. } => {
            "file-syntax-hint-wrong-type"
        }
        E::ExpectedArray => "file-syntax-hint-array",
        E::ExpectedComma => "file-syntax-hint-comma",
        // ron's own words, which say enough.
        _ => return code.to_string(),
    };
    // ron's words (in English: they come from the parser) and what to do about them.
    t!(hint, error = code.to_string())
}
