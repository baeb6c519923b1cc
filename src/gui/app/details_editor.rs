//! Teacher > Title and instructions: a draft of the exercise's details, applied as one
//! undoable edit. Returns commands; never changes the project itself.

use crate::edit::Edit;
use crate::gui::command::Command;
use crate::model::{Project, ProjectDetails, Role};

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
        egui::Window::new("Title and instructions")
            .open(&mut open)
            .default_width(480.0)
            .show(ctx, |ui| {
                let draft = &mut self.draft;
                let label = ui.label("Title");
                ui.text_edit_singleline(&mut draft.title)
                    .labelled_by(label.id);
                let label = ui.label("Instructions (shown to students)");
                ui.add(
                    egui::TextEdit::multiline(&mut draft.instructions)
                        .desired_rows(6)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(label.id);
                ui.horizontal(|ui| {
                    ui.label("This file is:");
                    for role in [Role::Assignment, Role::Key, Role::Submission] {
                        ui.radio_value(&mut draft.role, role, role.label());
                    }
                });
                ui.horizontal(|ui| {
                    let label = ui.label("Author:");
                    ui.text_edit_singleline(&mut draft.author)
                        .labelled_by(label.id);
                });
                let changed = project.details() != &*draft;
                if ui
                    .add_enabled(changed, egui::Button::new("Apply"))
                    .clicked()
                {
                    commands.push(Command::Apply(Box::new(Edit::SetDetails {
                        before: project.details().clone(),
                        after: draft.clone(),
                    })));
                    applied = true;
                }
            });
        (commands, open && !applied)
    }
}
