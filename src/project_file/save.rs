//! Saving without ever losing work: the new file is written beside the old one, flushed to
//! disk, then renamed over it in one step; the previous version is kept as `NAME.bak`.
//! A crash at any moment leaves either the old file or the new one, never a mix.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::format::{AnnotationV1, ArticleV1, OFFSET_UNIT, ProjectFileV1, QuoteV1, RoleV1, TagV1};
use super::{CURRENT_VERSION, FORMAT_NAME};
use crate::anchor::TextQuote;
use crate::model::{Project, Role};

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error(
        "could not save to {}: {source}. Your work is still open and the old file is unchanged; try Save As in another folder.",
        path.display()
    )]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{} was written by a newer Marginalia (format {found}); saving over it would lose what that version stored. Use Save As to choose another name.",
        path.display()
    )]
    WouldDowngrade { path: PathBuf, found: u32 },
    #[error("this project has not been saved yet; choose where to save it (Save As)")]
    NoPath,
    #[error("could not write the project as RON: {0}")]
    Serialize(String),
}

const FILE_COMMENT: &str = "\
// Marginalia project file (RON). Safe to read, diff and hand-edit.
// Spans: `start`..`end` count Unicode scalar values (code points) from 0, end exclusive;
// `quote` repeats the text so a changed article can be detected and re-anchored.
";

/// The project as the text of a project file.
pub fn to_ron_string(project: &Project) -> Result<String, SaveError> {
    let file = to_file(project);
    let config = ron::ser::PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .struct_names(false)
        .escape_strings(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let body = ron::ser::to_string_pretty(&file, config)
        .map_err(|e| SaveError::Serialize(e.to_string()))?;
    Ok(format!("{FILE_COMMENT}{body}\n"))
}

fn to_file(project: &Project) -> ProjectFileV1 {
    let details = project.details();
    let tags = project
        .tags()
        .iter()
        .map(|t| TagV1 {
            id: t.id.0.clone(),
            name: t.name.clone(),
            description: t.description.clone(),
            color: t.color.to_string(),
            key: t.key.map(String::from),
        })
        .collect();
    // Annotations in reading order (article, then position) so diffs read naturally.
    let mut annotations = Vec::with_capacity(project.annotations().len());
    for article in project.articles() {
        for a in project.annotations_in(article.id()) {
            let chars = article.to_chars(a.range).unwrap_or_default();
            let quote = TextQuote::of(article.text(), a.range);
            annotations.push(AnnotationV1 {
                id: a.id.0,
                article: a.article.0.clone(),
                start: chars.start.0 as u64,
                end: chars.end.0 as u64,
                tag: a.tag.0.clone(),
                quote: QuoteV1 {
                    exact: quote.exact,
                    prefix: quote.prefix,
                    suffix: quote.suffix,
                },
                note: (!a.note.is_empty()).then(|| a.note.clone()),
                author: a.author.clone(),
                created: Some(a.created.to_string()),
                modified: Some(a.modified.to_string()),
            });
        }
    }
    let articles = project
        .articles()
        .iter()
        .map(|a| ArticleV1 {
            id: a.id().0.clone(),
            title: a.title().to_owned(),
            source: a.source().map(str::to_owned),
            encoding: a.encoding().to_owned(),
            sha256: a.sha256().to_owned(),
            text: a.text().to_owned(),
        })
        .collect();
    ProjectFileV1 {
        format: FORMAT_NAME.to_owned(),
        version: CURRENT_VERSION,
        offsets: OFFSET_UNIT.to_owned(),
        title: details.title.clone(),
        role: match details.role {
            Role::Assignment => RoleV1::Assignment,
            Role::Key => RoleV1::Key,
            Role::Submission => RoleV1::Submission,
        },
        author: details.author.clone(),
        instructions: details.instructions.clone(),
        tags,
        annotations,
        articles,
    }
}

/// Saves `project` to `path` atomically, keeping the previous file as `path.bak`.
pub fn save(project: &Project, path: &Path) -> Result<(), SaveError> {
    let text = to_ron_string(project)?;
    refuse_downgrade(path)?;
    let io = |source| SaveError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "project.ron".into());

    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{file_name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(io)?;
    temp.write_all(text.as_bytes()).map_err(io)?;
    temp.as_file().sync_all().map_err(io)?;

    if path.exists() {
        keep_backup(path, &dir, &file_name).map_err(io)?;
    }
    temp.persist(path).map_err(|e| io(e.error))?;
    sync_dir(&dir);
    Ok(())
}

/// Copies the current file to `NAME.bak`, itself atomically (copy to a temp, rename).
fn keep_backup(path: &Path, dir: &Path, file_name: &str) -> std::io::Result<()> {
    let backup = path.with_file_name(format!("{file_name}.bak"));
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{file_name}.bak."))
        .suffix(".tmp")
        .tempfile_in(dir)?;
    let mut old = std::fs::File::open(path)?;
    std::io::copy(&mut old, temp.as_file_mut())?;
    temp.as_file().sync_all()?;
    temp.persist(&backup).map_err(|e| e.error)?;
    Ok(())
}

/// Makes the renames durable. Not every platform can open a folder; that is not an error.
fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

fn refuse_downgrade(path: &Path) -> Result<(), SaveError> {
    let Ok(existing) = std::fs::read_to_string(path) else {
        return Ok(());
    };
    let header: Result<super::format::Header, _> = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(&existing);
    match header {
        Ok(super::format::Header {
            version: Some(found),
            ..
        }) if found > CURRENT_VERSION => Err(SaveError::WouldDowngrade {
            path: path.to_path_buf(),
            found,
        }),
        _ => Ok(()),
    }
}
