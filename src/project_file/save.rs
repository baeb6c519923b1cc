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
        "could not save to {}: {}. Your work is still open and the old file is unchanged; {}",
        path.display(), describe_io(source), advice(source)
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
    #[error(
        "{} was changed by another program or Marginalia window since you opened it; saving now would overwrite those changes. Use Save As to keep both, or choose to overwrite.",
        path.display()
    )]
    ChangedOnDisk { path: PathBuf },
    #[error("could not write the project as RON: {0}")]
    Serialize(String),
}

/// The system's words for an I/O error, with the common ones in plain language.
fn describe_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::StorageFull => "the disk is full".to_owned(),
        K::PermissionDenied => "you are not allowed to write there".to_owned(),
        K::ReadOnlyFilesystem => "that disk is read-only".to_owned(),
        K::NotFound => "the folder does not exist (any more)".to_owned(),
        _ => e.to_string(),
    }
}

fn advice(e: &std::io::Error) -> &'static str {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::StorageFull => "free some space, or use Save As to save on another disk (a USB stick).",
        _ => "use Save As to save in another folder (your Documents, a USB stick).",
    }
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
    save_with(project, path, &mut |file, bytes| file.write_all(bytes))
}

/// How the bytes reach the temporary file; tests pass a writer that fails half-way
/// (a full disk) to prove the old file survives.
pub(crate) type WriteFn<'a> = dyn FnMut(&mut std::fs::File, &[u8]) -> std::io::Result<()> + 'a;

pub(crate) fn save_with(
    project: &Project,
    path: &Path,
    write: &mut WriteFn<'_>,
) -> Result<(), SaveError> {
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
    remove_stale_temporaries(&dir, &file_name);

    // If anything below fails, `temp` is deleted when dropped: no litter, old file intact.
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{file_name}."))
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(io)?;
    write(temp.as_file_mut(), text.as_bytes()).map_err(io)?;
    temp.as_file().sync_all().map_err(io)?;
    copy_permissions(path, temp.as_file());

    if path.exists() {
        keep_backup(path, &dir, &file_name).map_err(io)?;
    }
    temp.persist(path).map_err(|e| io(e.error))?;
    sync_dir(&dir);
    Ok(())
}

/// Writes any small file atomically (temporary file in the same folder, flushed, renamed):
/// readers see the old content or the new, never a part.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".marginalia.")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    copy_permissions(path, temp.as_file());
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// Temporary files are 0600; the saved file keeps the old file's permissions, or gets the
/// usual 0644 when it is new, so a teacher can read files students copied over.
fn copy_permissions(path: &Path, temp: &std::fs::File) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map_or(0o644, |m| m.permissions().mode() & 0o777);
        let _ = temp.set_permissions(std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    {
        let _ = (path, temp);
    }
}

/// A save killed half-way (power cut, SIGKILL) leaves its temporary file behind; the next
/// save of the same file removes those older than a minute (younger ones may belong to
/// another window saving right now).
fn remove_stale_temporaries(dir: &Path, file_name: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let prefixes = [format!(".{file_name}."), format!(".{file_name}.bak.")];
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = name.ends_with(".tmp") && prefixes.iter().any(|p| name.starts_with(p.as_str()));
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() >= 60);
        if ours && old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProjectDetails, TagSet};

    fn project(title: &str) -> Project {
        Project::new(
            ProjectDetails {
                title: title.into(),
                ..Default::default()
            },
            TagSet::media_literacy(),
        )
    }

    /// A disk that fills up half-way through the new file: the error says so, the old
    /// file is untouched, no backup is overwritten and no temporary file is left.
    #[test]
    fn full_disk_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("work.ron");
        save(&project("old"), &path).unwrap();
        let before = std::fs::read(&path).unwrap();
        let mut full_disk = |file: &mut std::fs::File, bytes: &[u8]| {
            file.write_all(&bytes[..bytes.len() / 2])?;
            Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
        };
        let err = save_with(&project("new"), &path, &mut full_disk).unwrap_err();
        let message = err.to_string();
        assert!(message.contains("the disk is full"), "{message}");
        assert!(message.contains("old file is unchanged"), "{message}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            vec!["work.ron"],
            "no temporary file, no backup of a failed save"
        );
    }

    #[cfg(unix)]
    #[test]
    fn saved_files_are_readable_by_others_and_keep_their_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("work.ron");
        save(&project("a"), &path).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o644);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        save(&project("b"), &path).unwrap();
        assert_eq!(mode(&path), 0o640);
    }

    #[test]
    fn stale_temporaries_are_cleaned_up() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("work.ron");
        let stale = dir.path().join(".work.ron.abc123.tmp");
        let fresh = dir.path().join(".work.ron.def456.tmp");
        let other = dir.path().join(".notes.ron.abc123.tmp");
        for p in [&stale, &fresh, &other] {
            std::fs::write(p, "partial").unwrap();
        }
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        for p in [&stale, &other] {
            std::fs::File::options()
                .write(true)
                .open(p)
                .unwrap()
                .set_modified(old)
                .unwrap();
        }
        save(&project("a"), &path).unwrap();
        assert!(!stale.exists());
        assert!(fresh.exists(), "may belong to a save in progress");
        assert!(other.exists(), "belongs to another file");
    }
}
