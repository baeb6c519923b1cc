//! Teacher > Title and instructions: a draft of the exercise's details, applied as one
//! undoable edit. Returns commands; never changes the project itself.
//!
//! The exercise's language is chosen here too. Changing it while the tags are still the
//! default set of the old language also gives the tags in the new one (Claim becomes
//! Affirmation), in the same edit, so one undo takes both back.

use crate::edit::{Edit, build};
use crate::gui::command::Command;
use crate::i18n::Lang;
use crate::model::{Project, ProjectDetails, Role, TagSet};
use crate::t;

pub(super) struct DetailsEditor {
    draft: ProjectDetails,
}

impl DetailsEditor {
    pub(super) fn new(project: &Project) -> Self {
        Self {
            draft: project.details().clone(),
        }
    }

    /// Draws the window; returns the commands and whether it stays open.
    pub(super) fn show(&mut self, ctx: &egui::Context, project: &Project) -> (Vec<Command>, bool) {
        let mut open = true;
        let mut commands = Vec::new();
        let mut applied = false;
        egui::Window::new(t!("dlg-details-title"))
            // The same window in every language (its place and size are kept by id).
            .id(egui::Id::unique("details-editor"))
            .open(&mut open)
            .default_width(480.0)
            .show(ctx, |ui| {
                let draft = &mut self.draft;
                let label = ui.label(t!("dlg-details-title-label"));
                ui.text_edit_singleline(&mut draft.title)
                    .labelled_by(label.id);
                let label = ui.label(t!("dlg-details-instructions"));
                ui.add(
                    egui::TextEdit::multiline(&mut draft.instructions)
                        .desired_rows(6)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
                ui.horizontal(|ui| {
                    ui.label(t!("dlg-details-role"));
                    for role in [Role::Assignment, Role::Key, Role::Submission] {
                        ui.radio_value(&mut draft.role, role, role_label(role));
                    }
                });
                ui.horizontal(|ui| {
                    let label = ui.label(t!("dlg-details-author"));
                    ui.text_edit_singleline(&mut draft.author)
                        .labelled_by(label.id);
                });
                language_choice(ui, &mut draft.language);
                if !tags_in_new_language(project, draft).is_empty() {
                    ui.weak(t!("dlg-details-language-retags"));
                }
                let changed = project.details() != &*draft;
                if ui
                    .add_enabled(changed, egui::Button::new(t!("dlg-apply")))
                    .clicked()
                {
                    commands.push(Command::Apply(Box::new(details_edit(
                        project,
                        draft.clone(),
                    ))));
                    applied = true;
                }
            });
        (commands, open && !applied)
    }
}

/// The role's name in the interface's language.
fn role_label(role: Role) -> String {
    match role {
        Role::Assignment => t!("dlg-details-role-assignment"),
        Role::Key => t!("dlg-details-role-key"),
        Role::Submission => t!("dlg-details-role-submission"),
    }
}

/// "Language of the exercise": every language Marginalia speaks, by its own name.
fn language_choice(ui: &mut egui::Ui, language: &mut String) {
    ui.horizontal(|ui| {
        let label = ui.label(t!("dlg-details-language"));
        let shown = match Lang::from_code(language) {
            Some(lang) => lang.native_name(),
            None if language.trim().is_empty() => t!("dlg-details-language-unset"),
            // A code the file stated that Marginalia has no messages for: shown as is.
            None => language.clone(),
        };
        egui::ComboBox::from_id_salt("details-language")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for lang in Lang::all() {
                    ui.selectable_value(language, lang.code().to_owned(), lang.native_name());
                }
            })
            .response
            .labelled_by(label.id);
    });
}

/// What Apply does: the new details, with the default tags renamed into the new language
/// where that applies, as one edit.
fn details_edit(project: &Project, mut after: ProjectDetails) -> Edit {
    let retags = tags_in_new_language(project, &after);
    if let Some(instructions) = instructions_in_new_language(project.details(), &after) {
        after.instructions = instructions;
    }
    let details = Edit::SetDetails {
        before: project.details().clone(),
        after,
    };
    if retags.is_empty() {
        return details;
    }
    Edit::Batch {
        label: details.label(),
        edits: std::iter::once(details).chain(retags).collect(),
    }
}

/// The instructions template in the new language, where the language changes and the
/// instructions are still the old language's template (untouched in the draft too).
fn instructions_in_new_language(before: &ProjectDetails, after: &ProjectDetails) -> Option<String> {
    if before.language == after.language || after.instructions != before.instructions {
        return None;
    }
    let template_of = |lang| ProjectDetails::instructions_template(lang);
    let still_template = match Lang::from_code(&before.language) {
        Some(old) => template_of(old) == before.instructions,
        None => Lang::all().any(|lang| template_of(lang) == before.instructions),
    };
    still_template.then(|| template_of(after.lang()))
}

/// The tag changes that go with changing the exercise's language to `after.language`:
/// none unless the language changes and the tags are still exactly the default set of
/// the old language (of any language, when the old one was not set), so a teacher's own
/// tags are never overwritten. Same ids, colours and keys; names and definitions in the
/// new language.
fn tags_in_new_language(project: &Project, after: &ProjectDetails) -> Vec<Edit> {
    let before = project.details();
    if before.language == after.language {
        return Vec::new();
    }
    let tags = project.tags();
    let still_default = match Lang::from_code(&before.language) {
        Some(old) => TagSet::media_literacy_in(old) == *tags,
        None => Lang::all().any(|lang| TagSet::media_literacy_in(lang) == *tags),
    };
    if !still_default {
        return Vec::new();
    }
    TagSet::media_literacy_in(after.lang())
        .iter()
        .filter(|tag| tags.get(&tag.id) != Some(*tag))
        .map(|tag| build::update_tag(project, tag.clone()))
        .collect::<Result<Vec<_>, _>>()
        // Cannot fail for a set with the same ids; if it did, the details still apply.
        .unwrap_or_default()
}
