//! Grading runs on a worker thread so the window stays responsive; the view polls it.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use crate::grade::{ClassGrade, MatchSettings, grade_files, load_key, submission_files};

/// A grading run in progress.
pub struct GradingJob {
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    result: Arc<Mutex<Option<Result<ClassGrade, String>>>>,
}

impl GradingJob {
    /// Starts grading every submission in `folder` against the key at `key`.
    pub fn start(
        key: PathBuf,
        folder: PathBuf,
        settings: MatchSettings,
        ctx: egui::Context,
    ) -> Self {
        let job = Self {
            done: Arc::default(),
            total: Arc::default(),
            result: Arc::default(),
        };
        let (done, total, result) = (job.done.clone(), job.total.clone(), job.result.clone());
        // The worker writes its messages (errors, problems) in the window's language.
        let lang = crate::i18n::current();
        std::thread::spawn(move || {
            crate::i18n::set_thread(lang);
            let outcome = run(&key, &folder, settings, &|d, t| {
                done.store(d, Ordering::Relaxed);
                total.store(t, Ordering::Relaxed);
                ctx.request_repaint();
            });
            if let Ok(mut slot) = result.lock() {
                *slot = Some(outcome);
            }
            ctx.request_repaint();
        });
        job
    }

    /// (done, total) so far.
    pub fn progress(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    /// The result, once the worker has finished.
    pub fn take_result(&self) -> Option<Result<ClassGrade, String>> {
        self.result.lock().ok().and_then(|mut slot| slot.take())
    }
}

fn run(
    key_path: &std::path::Path,
    folder: &std::path::Path,
    settings: MatchSettings,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<ClassGrade, String> {
    let key = load_key(key_path).map_err(|e| e.to_string())?;
    let files = submission_files(&[folder.to_path_buf()], key_path).map_err(|e| e.to_string())?;
    if files.is_empty() {
        return Err(crate::t!(
            "grading-no-submissions",
            folder = folder.display().to_string()
        ));
    }
    Ok(grade_files(&key, &files, settings, progress))
}
