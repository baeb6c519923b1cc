//! `marginalia import ARTICLE… --out PROJECT.ron`

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::RoleArg;
use crate::edit::{History, build};
use crate::import::{self, Imported, SourceKind};
use crate::model::{Project, ProjectDetails, TagSet};
use crate::project_file;

pub struct ImportArgs {
    pub articles: Vec<PathBuf>,
    pub out: PathBuf,
    pub title: Option<String>,
    pub role: RoleArg,
    pub instructions: Option<String>,
    pub author: Option<String>,
}

pub fn run(args: ImportArgs) -> ExitCode {
    let mut project = if args.out.exists() {
        match project_file::load(&args.out) {
            Ok(loaded) if !loaded.has_errors() => loaded.project,
            Ok(loaded) => {
                for p in &loaded.problems {
                    eprintln!("{}", p.display_with(&args.out.display().to_string()));
                }
                eprintln!(
                    "{} has errors; fix them (see `marginalia validate`) before adding articles to it",
                    args.out.display()
                );
                return ExitCode::from(2);
            }
            Err(err) => {
                eprintln!("{err}");
                return ExitCode::from(2);
            }
        }
    } else {
        Project::new(
            ProjectDetails {
                title: args.title.clone().unwrap_or_default(),
                instructions: args.instructions.clone().unwrap_or_default(),
                role: args.role.into(),
                author: args.author.clone().unwrap_or_default(),
            },
            TagSet::media_literacy(),
        )
    };

    let mut history = History::new();
    let mut failed = false;
    for path in &args.articles {
        let imported = if path == Path::new("-") {
            read_stdin()
        } else {
            import::import_file(path).map_err(|e| e.to_string())
        };
        match imported {
            Err(message) => {
                eprintln!("error: {message}");
                failed = true;
            }
            Ok(imported) => {
                for warning in &imported.warnings {
                    eprintln!("warning: {}: {warning}", path.display());
                }
                describe(path, &imported);
                let edit = build::add_article(&project, imported.article);
                if let Err(err) = history.apply(&mut project, edit) {
                    eprintln!("error: {}: {err}", path.display());
                    failed = true;
                }
            }
        }
    }
    if failed {
        eprintln!("nothing was written; fix the files above and run the command again");
        return ExitCode::from(2);
    }
    if project.title().is_empty()
        && let Some(first) = project.articles().first()
    {
        let mut details = project.details().clone();
        details.title = first.title().to_owned();
        let edit = crate::edit::Edit::SetDetails {
            before: project.details().clone(),
            after: details,
        };
        if let Err(err) = history.apply(&mut project, edit) {
            eprintln!("error: {err}");
            return ExitCode::from(2);
        }
    }
    match project_file::save(&project, &args.out) {
        Ok(()) => {
            println!(
                "wrote {} ({} article(s))",
                args.out.display(),
                project.articles().len()
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}

fn read_stdin() -> Result<Imported, String> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(import::MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read standard input: {e}"))?;
    if bytes.len() as u64 > import::MAX_ARTICLE_BYTES {
        return Err("standard input is larger than the 20 MB article limit".into());
    }
    import::import_bytes(&bytes, Path::new("pasted.txt"), "pasted", None).map_err(|e| e.to_string())
}

fn describe(path: &Path, imported: &Imported) {
    let kind = match imported.kind {
        SourceKind::PlainText => "plain text",
        SourceKind::Markdown => "Markdown",
        SourceKind::Html => "HTML",
    };
    println!(
        "imported {} as \"{}\" (id {}, {kind}, encoding {}, {} characters)",
        path.display(),
        imported.article.title(),
        imported.article.id(),
        imported.encoding,
        imported.article.offsets().char_len()
    );
}
