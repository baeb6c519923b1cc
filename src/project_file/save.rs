//! Saving without ever losing work: the new file is written beside the old one, flushed to
//! disk, then renamed over it in one step; the previous version is kept as `NAME.bak`.
//! A crash at any moment leaves either the old file or the new one, never a mix.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::atomic::{Backup, WriteFn, write_atomically};
use super::format::{
    AnnotationV1, ArticleV2, OFFSET_UNIT, ProjectFile, ProjectFileV2, QuoteV1, TagV1,
};
use super::{CURRENT_VERSION, FORMAT_NAME};
use crate::anchor::TextQuote;
use crate::model::Project;
use crate::t;

#[derive(Debug)]
pub enum SaveError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    WouldDowngrade {
        path: PathBuf,
        found: u32,
    },
    NoPath,
    ChangedOnDisk {
        path: PathBuf,
    },
    Serialize(String),
    BadSpan {
        annotation: u64,
        article: String,
    },
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let message = match self {
            SaveError::Io { path, source } => t!(
                "save-io",
                path = path.display().to_string(),
                reason = describe_io(source),
                advice = advice(source)
            ),
            SaveError::WouldDowngrade { path, found } => t!(
                "save-would-downgrade",
                path = path.display().to_string(),
                found = found.to_string()
            ),
            SaveError::NoPath => t!("save-no-path"),
            SaveError::ChangedOnDisk { path } => {
                t!("save-changed-on-disk", path = path.display().to_string())
            }
            SaveError::Serialize(reason) => t!("save-serialize", reason = reason.as_str()),
            SaveError::BadSpan {
                annotation,
                article,
            } => t!(
                "save-bad-span",
                annotation = annotation.to_string(),
                article = article.as_str()
            ),
        };
        f.write_str(&message)
    }
}

impl std::error::Error for SaveError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SaveError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// The system's words for an I/O error, with the common ones in plain language.
fn describe_io(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::StorageFull => t!("save-reason-disk-full"),
        K::PermissionDenied => t!("save-reason-permission-denied"),
        K::ReadOnlyFilesystem => t!("save-reason-read-only"),
        K::NotFound => t!("save-reason-no-folder"),
        _ => e.to_string(),
    }
}

fn advice(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::StorageFull => t!("save-advice-disk-full"),
        _ => t!("save-advice-other-folder"),
    }
}

const FILE_COMMENT: &str = "\
// Marginalia project file (RON). Safe to read, diff and hand-edit.
// Spans: `start`..`end` count Unicode scalar values (code points) from 0, end exclusive;
// `quote` repeats the text so a changed article can be detected and re-anchored.
";

/// The project as the text of a project file.
pub fn to_ron_string(project: &Project) -> Result<String, SaveError> {
    let file = to_file(project)?;
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

fn to_file(project: &Project) -> Result<ProjectFileV2, SaveError> {
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
            // No silent 0..0: a span that cannot be converted stops the save.
            let chars = article
                .to_chars(a.range)
                .ok_or_else(|| SaveError::BadSpan {
                    annotation: a.id.0,
                    article: a.article.0.clone(),
                })?;
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
                optional: a.key.optional,
                points: a.key.points,
                alternative_of: a.key.alternative_of.map(|id| id.0),
            });
        }
    }
    let articles = project
        .articles()
        .iter()
        .map(|a| ArticleV2 {
            id: a.id().0.clone(),
            title: a.title().to_owned(),
            source: a.source().map(str::to_owned),
            outlet: a.provenance().outlet.clone(),
            authors: a.provenance().authors.clone(),
            published: a.provenance().published.clone(),
            url: a.provenance().url.clone(),
            language: a.provenance().language.clone(),
            encoding: a.encoding().to_owned(),
            sha256: a.sha256().to_owned(),
            text: a.text().to_owned(),
        })
        .collect();
    Ok(ProjectFile {
        format: FORMAT_NAME.to_owned(),
        version: CURRENT_VERSION,
        offsets: OFFSET_UNIT.to_owned(),
        title: details.title.clone(),
        role: details.role.into(),
        author: details.author.clone(),
        instructions: details.instructions.clone(),
        language: details.language.clone(),
        tags,
        annotations,
        articles,
    })
}

/// Saves `project` to `path` atomically, keeping the previous file as `path.bak`.
pub fn save(project: &Project, path: &Path) -> Result<(), SaveError> {
    save_with(project, path, &mut |file, bytes| file.write_all(bytes))
}
pub(crate) fn save_with(
    project: &Project,
    path: &Path,
    write: &mut WriteFn<'_>,
) -> Result<(), SaveError> {
    let text = to_ron_string(project)?;
    refuse_downgrade(path)?;
    write_atomically(path, path, text.as_bytes(), Backup::Keep, write).map_err(|source| {
        SaveError::Io {
            path: path.to_path_buf(),
            source,
        }
    })
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
    use super::super::atomic::tests::names_in;
    use super::*;

    #[test]
    fn a_span_off_character_boundaries_stops_the_save_instead_of_writing_0_0() {
        use crate::model::{Annotation, AnnotationId, Article, ArticleId, ProjectDetails, TagSet};
        let article = Article::new(
            ArticleId("a".into()),
            "A".into(),
            None,
            "UTF-8".into(),
            "café au lait",
        );
        let bad = Annotation {
            id: AnnotationId(7),
            article: ArticleId("a".into()),
            // Byte 4 is inside "é".
            range: crate::text::ByteRange::new(0, 4),
            tag: crate::model::TagId("claim".into()),
            note: String::new(),
            author: String::new(),
            created: jiff::Timestamp::UNIX_EPOCH,
            modified: jiff::Timestamp::UNIX_EPOCH,
            key: Default::default(),
        };
        let project = Project::from_parts(
            ProjectDetails::default(),
            TagSet::media_literacy(),
            vec![article],
            vec![bad],
        );
        let err = to_ron_string(&project).unwrap_err();
        assert!(
            matches!(err, SaveError::BadSpan { annotation: 7, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("Nothing was written"));
    }
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
        assert_eq!(
            names_in(dir.path()),
            ["work.ron"],
            "no temporary file, no backup of a failed save"
        );
    }
}
