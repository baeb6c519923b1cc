//! Teacher > Edit tags: drafts of each tag's fields, each row applied as an undoable
//! edit. Returns commands; never changes the project itself.

use egui::RichText;
use jiff::Timestamp;

use crate::edit::build;
use crate::gui::command::Command;
use crate::gui::{palette, panels};
use crate::model::{Project, Rgb, Tag, TagId};
use crate::t;

/// Tags being edited: drafts of each tag's fields, applied with "Apply".
pub(super) struct TagEditor {
    drafts: Vec<TagDraft>,
    /// A tag whose deletion needs a decision about its highlights.
    confirm_delete: Option<(TagId, usize)>,
}

#[derive(Clone, Debug)]
struct TagDraft {
    id: TagId,
    name: String,
    description: String,
    color: [u8; 3],
    key: String,
}

impl TagDraft {
    fn of(tag: &Tag) -> Self {
        Self {
            id: tag.id.clone(),
            name: tag.name.clone(),
            description: tag.description.clone(),
            color: [tag.color.0, tag.color.1, tag.color.2],
            key: tag.key.map(String::from).unwrap_or_default(),
        }
    }

    fn to_tag(&self) -> Tag {
        Tag {
            id: self.id.clone(),
            name: self.name.trim().to_owned(),
            description: self.description.trim().to_owned(),
            color: Rgb(self.color[0], self.color[1], self.color[2]),
            key: self.key.trim().chars().next(),
        }
    }
}

/// A command from a prepared edit, or the reason it could not be prepared.
fn apply(edit: Result<crate::edit::Edit, crate::edit::EditError>) -> Command {
    match edit {
        Ok(edit) => Command::Apply(Box::new(edit)),
        Err(e) => Command::Failed(e.to_string()),
    }
}

impl TagEditor {
    pub(super) fn new(project: &Project) -> Self {
        Self {
            drafts: project.tags().iter().map(TagDraft::of).collect(),
            confirm_delete: None,
        }
    }

    /// Rows follow the project's tags (after an apply, an undo, a move); a row keeps
    /// what was typed in it but not applied.
    fn follow(&mut self, project: &Project) {
        let same = self.drafts.len() == project.tags().len()
            && self
                .drafts
                .iter()
                .zip(project.tags().iter())
                .all(|(d, t)| d.id == t.id);
        if same {
            return;
        }
        let old = std::mem::take(&mut self.drafts);
        self.drafts = project
            .tags()
            .iter()
            .map(|t| {
                old.iter()
                    .find(|d| d.id == t.id)
                    .cloned()
                    .unwrap_or_else(|| TagDraft::of(t))
            })
            .collect();
    }

    /// Draws the window; returns the commands and whether it stays open.
    pub(super) fn show(&mut self, ctx: &egui::Context, project: &Project) -> (Vec<Command>, bool) {
        self.follow(project);
        let mut open = true;
        let mut commands = Vec::new();
        let now = Timestamp::now();
        egui::Window::new(t!("dlg-tags-title"))
            // The same window in every language (its place and size are kept by id).
            .id(egui::Id::unique("tag-editor"))
            .open(&mut open)
            .default_width(560.0)
            .vscroll(true)
            .show(ctx, |ui| {
                ui.label(t!("dlg-tags-intro"));
                let count = self.drafts.len();
                for (i, draft) in self.drafts.iter_mut().enumerate() {
                    ui.separator();
                    let current = project.tags().get(&draft.id).cloned();
                    ui.horizontal_wrapped(|ui| {
                        ui.color_edit_button_srgb(&mut draft.color);
                        ui.add(
                            egui::TextEdit::singleline(&mut draft.name)
                                .desired_width(140.0)
                                .hint_text(t!("dlg-tags-name-hint")),
                        );
                        let label = ui.label(t!("dlg-tags-key"));
                        ui.add(
                            egui::TextEdit::singleline(&mut draft.key)
                                .desired_width(24.0)
                                .char_limit(1),
                        )
                        .labelled_by(label.id);
                        if ui
                            .add_enabled(i > 0, egui::Button::new("↑"))
                            .on_hover_text(t!("dlg-tags-move-up"))
                            .clicked()
                        {
                            commands.push(apply(build::move_tag(project, &draft.id, i - 1)));
                        }
                        if ui
                            .add_enabled(i + 1 < count, egui::Button::new("↓"))
                            .on_hover_text(t!("dlg-tags-move-down"))
                            .clicked()
                        {
                            commands.push(apply(build::move_tag(project, &draft.id, i + 1)));
                        }
                        if ui.button(t!("dlg-tags-delete")).clicked() {
                            let used = project
                                .annotations()
                                .iter()
                                .filter(|a| a.tag == draft.id)
                                .count();
                            if used == 0 {
                                commands.push(apply(build::remove_tag(
                                    project,
                                    &draft.id,
                                    build::OrphanPolicy::Refuse,
                                    now,
                                )));
                            } else {
                                self.confirm_delete = Some((draft.id.clone(), used));
                            }
                        }
                        let changed = current.as_ref() != Some(&draft.to_tag());
                        if ui
                            .add_enabled(changed, egui::Button::new(t!("dlg-apply")))
                            .clicked()
                        {
                            commands.push(apply(build::update_tag(project, draft.to_tag())));
                        }
                    });
                    ui.add(
                        egui::TextEdit::multiline(&mut draft.description)
                            .desired_rows(2)
                            .desired_width(f32::INFINITY)
                            .hint_text(t!("dlg-tags-definition-hint")),
                    );
                    if let Some(tag) = &current {
                        panels::tag_badge(ui, tag, &t!("dlg-tags-as-saved", name = &tag.name));
                    }
                }
                ui.separator();
                if ui.button(t!("dlg-tags-add")).clicked() {
                    let n = project.tags().len() + 1;
                    let id = (n..)
                        .map(|k| format!("tag-{k}"))
                        .find(|id| project.tags().get(&TagId(id.clone())).is_none())
                        .unwrap_or_default();
                    let key = ('1'..='9').find(|k| project.tags().by_key(*k).is_none());
                    commands.push(Command::Apply(Box::new(build::add_tag(
                        project,
                        Tag::new(
                            &id,
                            &t!("dlg-tags-new-name", number = n),
                            "",
                            palette::new_tag(),
                            key,
                        ),
                    ))));
                }
                if let Some((id, used)) = self.confirm_delete.clone() {
                    ui.separator();
                    ui.label(
                        RichText::new(t!("dlg-tags-in-use", tag = id.to_string(), count = used))
                            .strong(),
                    );
                    ui.horizontal(|ui| {
                        if ui.button(t!("dlg-tags-delete-with-highlights")).clicked() {
                            commands.push(apply(build::remove_tag(
                                project,
                                &id,
                                build::OrphanPolicy::Delete,
                                now,
                            )));
                            self.confirm_delete = None;
                        }
                        if ui.button(t!("dlg-tags-keep")).clicked() {
                            self.confirm_delete = None;
                        }
                    });
                }
            });
        (commands, open)
    }
}
