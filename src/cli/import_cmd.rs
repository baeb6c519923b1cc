//! `marginalia import ARTICLE… --out PROJECT.ron`

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};

use super::{RoleArg, message};
use crate::edit::{History, build};
use crate::import::{self, Imported};
use crate::model::{Project, ProjectDetails, TagSet};
use crate::project_file;

pub struct ImportArgs {
    pub articles: Vec<PathBuf>,
    pub out: PathBuf,
    pub title: Option<String>,
    pub role: RoleArg,
    pub instructions: Option<String>,
    pub author: Option<String>,
    /// How much of a web page becomes the article.
    pub page: import::PageMode,
}

/// Imports every article, then writes the project; an error (exit 2), with nothing
/// written, if any article or the existing project cannot be read.
pub fn run(args: ImportArgs) -> anyhow::Result<ExitCode> {
    let mut project = if args.out.exists() {
        let loaded = project_file::load(&args.out).map_err(message)?;
        if loaded.has_errors() {
            for p in &loaded.problems {
                eprintln!("{}", p.display_with(&args.out.display().to_string()));
            }
            bail!(
                "{} has errors; fix them (see `marginalia validate`) before adding articles to it",
                args.out.display()
            );
        }
        loaded.project
    } else {
        Project::new(
            ProjectDetails {
                title: args.title.clone().unwrap_or_default(),
                instructions: args.instructions.clone().unwrap_or_default(),
                role: args.role.into(),
                author: args.author.clone().unwrap_or_default(),
                language: String::new(),
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
            import::import_file_with(path, &import::ImportOptions { page: args.page })
                .map_err(message)
        };
        // Each article's problem is reported here and the others still tried, so one run
        // lists every file to fix; nothing is written if any failed.
        match imported {
            Err(err) => {
                eprintln!("error: {err:#}");
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
        bail!("nothing was written; fix the files above and run the command again");
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
        history.apply(&mut project, edit).map_err(message)?;
    }
    project_file::save(&project, &args.out).map_err(message)?;
    println!(
        "wrote {} ({} article(s))",
        args.out.display(),
        project.articles().len()
    );
    Ok(ExitCode::SUCCESS)
}

fn read_stdin() -> anyhow::Result<Imported> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(import::MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .context("cannot read standard input")?;
    if bytes.len() as u64 > import::MAX_ARTICLE_BYTES {
        bail!("standard input is larger than the 20 MB article limit");
    }
    import::import_bytes(&bytes, Path::new("pasted.txt"), "pasted", None).map_err(message)
}

/// What was read, said as the window says it: the format and, for a web page, how much
/// furniture was left out (and how to keep it); then where the article came from.
fn describe(path: &Path, imported: &Imported) {
    println!(
        "imported {} as \"{}\" (id {}, {}, encoding {}, {} characters)",
        path.display(),
        imported.article.title(),
        imported.article.id(),
        imported.description,
        imported.encoding,
        imported.article.offsets().char_len()
    );
    if let Some(page) = imported.page
        && page.kept == import::PageMode::Article
        && page.left_out_words() > 0
    {
        println!("  to keep the whole page instead, import it again with --whole-page");
    }
    let source = imported.article.provenance();
    if let Some(byline) = source.byline() {
        println!("  source: {byline}");
    }
    if let Some(url) = &source.url {
        println!("  address: {url}");
    }
}
