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
use crate::t;

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
            bail!(t!(
                "cli-import-project-has-errors",
                file = args.out.display().to_string()
            ));
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
                eprintln!("{}", t!("cli-error", message = format!("{err:#}")));
                failed = true;
            }
            Ok(imported) => {
                for warning in &imported.warnings {
                    eprintln!(
                        "{}",
                        t!(
                            "cli-warning-in-file",
                            path = path.display().to_string(),
                            message = warning.as_str()
                        )
                    );
                }
                describe(path, &imported);
                let edit = build::add_article(&project, imported.article);
                if let Err(err) = history.apply(&mut project, edit) {
                    eprintln!(
                        "{}",
                        t!(
                            "cli-error-in-file",
                            path = path.display().to_string(),
                            message = err.to_string()
                        )
                    );
                    failed = true;
                }
            }
        }
    }
    if failed {
        bail!(t!("cli-import-nothing-written"));
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
        "{}",
        t!(
            "cli-import-wrote",
            path = args.out.display().to_string(),
            articles = project.articles().len()
        )
    );
    Ok(ExitCode::SUCCESS)
}

fn read_stdin() -> anyhow::Result<Imported> {
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(import::MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .with_context(|| t!("cli-cannot-read-stdin"))?;
    if bytes.len() as u64 > import::MAX_ARTICLE_BYTES {
        bail!(t!(
            "cli-stdin-too-large",
            megabytes = import::MAX_ARTICLE_BYTES / 1_048_576
        ));
    }
    import::import_bytes(&bytes, Path::new("pasted.txt"), "pasted", None).map_err(message)
}

/// What was read, said as the window says it: the format and, for a web page, how much
/// furniture was left out (and how to keep it); then where the article came from.
fn describe(path: &Path, imported: &Imported) {
    println!(
        "{}",
        t!(
            "cli-imported",
            path = path.display().to_string(),
            title = imported.article.title(),
            id = imported.article.id().to_string(),
            description = imported.description.as_str(),
            encoding = imported.encoding,
            characters = imported.article.offsets().char_len()
        )
    );
    if let Some(page) = imported.page
        && page.kept == import::PageMode::Article
        && page.left_out_words() > 0
    {
        println!("  {}", t!("cli-imported-keep-whole-page"));
    }
    let source = imported.article.provenance();
    if let Some(byline) = source.byline() {
        println!("  {}", t!("cli-imported-source", byline = byline));
    }
    if let Some(url) = &source.url {
        println!("  {}", t!("cli-imported-address", url = url.as_str()));
    }
}
