//! Command-line interface: typed arguments (clap) and the headless commands.
//!
//! Commands: `validate`, `import`, `grade`, `export`, `paths`.
//!
//! Exit codes follow ripgrep: 0 success, 1 "not passing" (a file is invalid, or some
//! submissions could not be graded), 2 error. A command returns `Ok(code)` for 0 and 1 and
//! `Err` for an error, which `main` prints once (with its context) and turns into 2.

mod export_cmd;
mod grade_cmd;
pub mod help;
mod import_cmd;
pub mod language;
mod lms_out;
mod paths_cmd;
pub mod stress_cmd;
mod validate_cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::model::Role;

pub use export_cmd::ExportFormat;

#[derive(Debug, Parser)]
#[command(
    name = "marginalia",
    version = crate::BUILD_VERSION,
    // i18n-ok: the English source of cli-about; help.rs puts the message in its place.
    about = "Annotate news articles: tag claims, rebuttals, framing and boilerplate.", // i18n-ok: as above
    long_about = "Annotate news articles: tag claims, rebuttals, framing and boilerplate.\n\n\
                  With no command, opens the window: on FILE (a project .ron, or an article \
                  to import) or, with no FILE, on the bundled sample exercise."
)]
pub struct Args {
    /// A project (.ron) to open, or an article (.txt, .md, .html) to start a project from.
    pub file: Option<PathBuf>,
    /// Open the window on the grading screen: FILE is the answer key, FOLDER holds the
    /// submissions (graded at once).
    #[arg(long, value_name = "FOLDER", requires = "file")]
    pub grade: Option<PathBuf>,
    /// The language of messages, help and the window: en (English) or fr (French); by
    /// default the system's (or MARGINALIA_LANG).
    #[arg(long, global = true, value_name = "CODE")]
    pub lang: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check project files; prints every problem with line and column.
    /// Exits 0 if all are valid, 1 if any has errors, 2 if a file cannot be read.
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Also fail (exit 1) on warnings, e.g. annotations that had to be re-anchored.
        #[arg(long)]
        strict: bool,
    },
    /// Import articles (.txt, .md, .html, .mhtml, .docx, .odt, .epub, or - for standard
    /// input) into a project file.
    /// Adds to PROJECT if it exists, otherwise creates it.
    Import {
        #[arg(required = true)]
        articles: Vec<PathBuf>,
        /// The project file to write.
        #[arg(long, short)]
        out: PathBuf,
        /// Title of a new project (default: the first article's title).
        #[arg(long)]
        title: Option<String>,
        /// What the new project is.
        #[arg(long, value_enum, default_value_t = RoleArg::Assignment)]
        role: RoleArg,
        /// Instructions shown to students.
        #[arg(long)]
        instructions: Option<String>,
        /// Author (teacher or student name).
        #[arg(long)]
        author: Option<String>,
        /// Keep everything a reader of a web page sees (menus, footers, related links),
        /// for exercises about spotting page furniture. By default only the article is
        /// kept.
        #[arg(long)]
        whole_page: bool,
    },
    /// Grade submissions against an answer key: prints a table, writes the gradebook CSV,
    /// every annotation as CSV, a class summary page and a feedback page per student.
    /// Exits 0 if every file was graded, 1 if some could not be read, 2 on an error.
    Grade {
        /// The answer key (.ron).
        #[arg(long)]
        key: PathBuf,
        /// Submission files, or folders of them (every .ron inside, not the key).
        #[arg(required = true)]
        submissions: Vec<PathBuf>,
        /// Folder for the gradebook and pages.
        #[arg(long, short, default_value = "grades")]
        out: PathBuf,
        /// Share of overlap (intersection over union, 0–1) a highlight needs to count
        /// as found.
        #[arg(long, default_value_t = 0.5)]
        threshold: f64,
        /// Give no credit for overlaps below the threshold (by default they earn their
        /// overlap as partial credit).
        #[arg(long)]
        no_partial_credit: bool,
        /// The teacher's comments (default: marginalia-feedback.ron in the submissions
        /// folder, when one folder is given).
        #[arg(long)]
        feedback: Option<PathBuf>,
        /// Write the class summary and annotations.csv with "Student 1", "Student 2"…
        /// instead of names (to project or share), and no gradebook, feedback pages or
        /// LMS file (those are about named students).
        #[arg(long, conflicts_with = "roster")]
        anonymous: bool,
        /// A gradebook exported from Canvas, Moodle, Brightspace or Google Classroom
        /// (CSV): also write the file to import the scores back (docs/lms.md).
        #[arg(long)]
        roster: Option<PathBuf>,
        /// The roster's grade column to fill (by name); a new column of that name if it
        /// has none. Default: its only column, else a new one named after the exercise.
        #[arg(long, requires = "roster")]
        item: Option<String>,
        /// Points possible for the item, where the roster does not say (Moodle never
        /// does). Scores 0–100 are scaled to it. Default 100.
        #[arg(long, requires = "roster")]
        points: Option<f64>,
        /// Pair a submission with a roster student by hand: FILE=ID (the file's name and
        /// the student's id in the roster). Remembered beside the submissions.
        #[arg(long = "pair", requires = "roster", value_name = "FILE=ID")]
        pairs: Vec<String>,
    },
    /// (For crash tests.) Save versions of TEMPLATE to OUT in a loop until killed,
    /// printing each version number once it is saved.
    #[command(hide = true)]
    StressSave {
        template: PathBuf,
        out: PathBuf,
        /// Write autosave copies into the folder OUT instead of saving to the file OUT.
        #[arg(long)]
        autosave: bool,
        #[arg(long)]
        max: Option<u64>,
    },
    /// Export one project's highlights as CSV and as a readable HTML page.
    Export {
        project: PathBuf,
        /// Folder to write into (default: the project's folder).
        #[arg(long, short)]
        out: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = ExportFormat::All)]
        format: ExportFormat,
    },
    /// Show where settings and recovery copies are kept, and whether portable mode is on
    /// (a file named marginalia-portable beside the program keeps everything in a folder
    /// marginalia-data there).
    Paths,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum RoleArg {
    Assignment,
    Key,
    Submission,
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Self {
        match role {
            RoleArg::Assignment => Role::Assignment,
            RoleArg::Key => Role::Key,
            RoleArg::Submission => Role::Submission,
        }
    }
}

/// A core error as the message of the error the command returns. Core errors are whole
/// sentences for a teacher that already say their cause (in plain words: "the disk is
/// full"), so their source chain is dropped here; printed with `{:#}` it would repeat the
/// cause in the system's words. Context added with `anyhow::Context` at the edge is kept.
pub(crate) fn message(error: impl std::fmt::Display) -> anyhow::Error {
    anyhow::Error::msg(error.to_string())
}

/// Runs a headless command. Messages go to stdout (results) and stderr (problems); an
/// error is returned for the caller to print, not printed here.
pub fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Validate { files, strict } => validate_cmd::run(&files, strict),
        Command::Import {
            articles,
            out,
            title,
            role,
            instructions,
            author,
            whole_page,
        } => import_cmd::run(import_cmd::ImportArgs {
            articles,
            out,
            title,
            role,
            instructions,
            author,
            page: if whole_page {
                crate::import::PageMode::WholePage
            } else {
                crate::import::PageMode::Article
            },
        }),
        Command::Grade {
            key,
            submissions,
            out,
            threshold,
            no_partial_credit,
            feedback,
            anonymous,
            roster,
            item,
            points,
            pairs,
        } => grade_cmd::run(grade_cmd::GradeArgs {
            anonymous,
            key,
            submissions,
            out,
            threshold,
            partial_credit: !no_partial_credit,
            feedback,
            lms: roster.map(|roster| lms_out::LmsArgs {
                roster,
                item,
                points,
                pairs,
            }),
        }),
        Command::Export {
            project,
            out,
            format,
        } => export_cmd::run(&project, out.as_deref(), format),
        Command::StressSave {
            template,
            out,
            autosave,
            max,
        } => stress_cmd::run(&template, &out, autosave, max),
        Command::Paths => paths_cmd::run(),
    }
}
