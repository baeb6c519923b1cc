//! The teacher's and the student's steps between files: a key becomes an assignment, an
//! assignment becomes a student's submission with a predictable file name.

use std::path::{Path, PathBuf};

use crate::edit::Edit;
use crate::model::{Project, ProjectDetails, Role};
use crate::platform::file_names::{file_name, file_stem};

/// The assignment to hand out from an answer key: the same articles, tags, title and
/// instructions, without the key's highlights (and their notes).
pub fn assignment_from_key(key: &Project) -> Project {
    let details = ProjectDetails {
        role: Role::Assignment,
        ..key.details().clone()
    };
    Project::from_parts(
        details,
        key.tags().clone(),
        key.articles().to_vec(),
        Vec::new(),
    )
}

/// The edit that turns an opened assignment into `student`'s submission.
pub fn start_submission(project: &Project, student: &str) -> Edit {
    Edit::SetDetails {
        before: project.details().clone(),
        after: ProjectDetails {
            role: Role::Submission,
            author: student.trim().to_owned(),
            ..project.details().clone()
        },
    }
}

/// `<assignment>-<student>.ron`, next to the assignment file when there is one.
/// Both parts go through [`file_stem`], so names like `../x` or `CON` are harmless, and
/// the whole name through [`file_name`], so it fits every system's length limit.
pub fn submission_path(assignment: Option<&Path>, title: &str, student: &str) -> PathBuf {
    let assignment_stem = assignment
        .and_then(Path::file_stem)
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| title.to_owned());
    let stem = format!(
        "{}-{}",
        file_stem(&assignment_stem, "assignment"),
        file_stem(student, "student")
    );
    let name = file_name(&stem, "ron");
    match assignment.and_then(Path::parent) {
        Some(folder) => folder.join(name),
        None => PathBuf::from(name),
    }
}

/// Where Save may write, decided from what the open file is. A student's Save never
/// writes over an assignment or an answer key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveTarget {
    /// The project's own file: save over it.
    InPlace(PathBuf),
    /// A student's work on an assignment: ask (or confirm) the name, then write
    /// `<assignment>-<name>.ron` beside `assignment`.
    HandIn { assignment: Option<PathBuf> },
    /// The file is an assignment or a key and nobody said they are the teacher: ask.
    Protected { path: PathBuf, role: Role },
    /// Not saved anywhere yet: ask where.
    ChooseFile,
}

/// What Save does for a project of `role` opened from `path`; `submission_from` is the
/// assignment a submission was started from, `teacher` whether the person confirmed
/// they are the teacher of this file.
pub fn save_target(
    role: Role,
    path: Option<&Path>,
    submission_from: Option<&Path>,
    teacher: bool,
) -> SaveTarget {
    match (role, path) {
        (Role::Assignment, Some(path)) if !teacher => SaveTarget::HandIn {
            assignment: Some(path.to_path_buf()),
        },
        (Role::Key, Some(path)) if !teacher => SaveTarget::Protected {
            path: path.to_path_buf(),
            role,
        },
        (Role::Submission, None) if submission_from.is_some() => SaveTarget::HandIn {
            assignment: submission_from.map(Path::to_path_buf),
        },
        (_, Some(path)) => SaveTarget::InPlace(path.to_path_buf()),
        (_, None) => SaveTarget::ChooseFile,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TagSet;

    #[test]
    fn submission_names() {
        assert_eq!(
            submission_path(Some(Path::new("/class/exercise.ron")), "T", "Ana López"),
            PathBuf::from("/class/exercise-Ana-López.ron")
        );
        assert_eq!(
            submission_path(None, "Media literacy: who?", "../../x"),
            PathBuf::from("Media-literacy-who-x.ron")
        );
    }

    /// Submission names follow Windows', macOS' and Linux' rules whatever the names.
    #[test]
    fn submission_names_are_valid_on_every_system() {
        let long_chinese = "汉".repeat(100);
        for (title, student) in [
            ("CON", "NUL"),
            ("exercise", "lpt1"),
            ("Who? <b>*", "a:b|c\\d\"e"),
            ("trailing. ", "dots..."),
            (long_chinese.as_str(), long_chinese.as_str()),
            ("\u{1}\u{7f}", " "),
        ] {
            let path = submission_path(None, title, student);
            let name = path.to_string_lossy();
            assert!(
                crate::platform::file_names::follows_every_systems_rules(&name),
                "{title:?} / {student:?} → {name:?}"
            );
            assert!(name.ends_with(".ron"), "{name}");
        }
        assert_eq!(
            submission_path(None, "x", "CON"),
            PathBuf::from("x-CON.ron"),
            "CON is reserved alone, not inside a name"
        );
    }

    #[test]
    fn save_never_targets_an_assignment_or_key_without_the_teacher() {
        let a = Path::new("/class/exercise.ron");
        assert_eq!(
            save_target(Role::Assignment, Some(a), None, false),
            SaveTarget::HandIn {
                assignment: Some(a.to_path_buf())
            }
        );
        assert_eq!(
            save_target(Role::Submission, None, Some(a), false),
            SaveTarget::HandIn {
                assignment: Some(a.to_path_buf())
            }
        );
        assert_eq!(
            save_target(Role::Key, Some(a), None, false),
            SaveTarget::Protected {
                path: a.to_path_buf(),
                role: Role::Key
            }
        );
        assert_eq!(
            save_target(Role::Assignment, Some(a), None, true),
            SaveTarget::InPlace(a.to_path_buf())
        );
        let mine = Path::new("/class/exercise-Ana.ron");
        assert_eq!(
            save_target(Role::Submission, Some(mine), Some(a), false),
            SaveTarget::InPlace(mine.to_path_buf())
        );
        assert_eq!(
            save_target(Role::Submission, None, None, false),
            SaveTarget::ChooseFile
        );
    }

    #[test]
    fn starting_a_submission_sets_role_and_name() {
        let mut p = Project::new(ProjectDetails::default(), TagSet::media_literacy());
        start_submission(&p, "  Ana ").apply(&mut p).unwrap();
        assert_eq!(p.role(), Role::Submission);
        assert_eq!(p.details().author, "Ana");
    }
}
