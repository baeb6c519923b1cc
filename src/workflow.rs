//! The teacher's and the student's steps between files: a key becomes an assignment, an
//! assignment becomes a student's submission with a predictable file name.

use std::path::{Path, PathBuf};

use crate::edit::Edit;
use crate::export::safe::file_stem;
use crate::model::{Project, ProjectDetails, Role};

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
/// Both parts go through [`file_stem`], so names like `../x` or `CON` are harmless.
pub fn submission_path(assignment: Option<&Path>, title: &str, student: &str) -> PathBuf {
    let assignment_stem = assignment
        .and_then(Path::file_stem)
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| title.to_owned());
    let name = format!(
        "{}-{}.ron",
        file_stem(&assignment_stem, "assignment"),
        file_stem(student, "student")
    );
    match assignment.and_then(Path::parent) {
        Some(folder) => folder.join(name),
        None => PathBuf::from(name),
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

    #[test]
    fn starting_a_submission_sets_role_and_name() {
        let mut p = Project::new(ProjectDetails::default(), TagSet::media_literacy());
        start_submission(&p, "  Ana ").apply(&mut p).unwrap();
        assert_eq!(p.role(), Role::Submission);
        assert_eq!(p.details().author, "Ana");
    }
}
