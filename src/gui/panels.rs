//! The side panels: article list, tag palette, annotation list, selected annotation.
//! Each returns commands; none changes the project itself.

use egui::{RichText, Ui};

use super::command::{Command, UiCommand};
use super::palette;
use crate::model::{Annotation, AnnotationId, ArticleId, Project, Tag, TagId};
use crate::t;

/// Articles with their title and annotation count per tag.
pub fn article_list(ui: &mut Ui, project: &Project, current: Option<&ArticleId>) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.heading(t!("ws-articles"));
    for article in project.articles() {
        let is_current = current == Some(article.id());
        let response = ui
            .selectable_label(is_current, RichText::new(article.title()).strong())
            .on_hover_text(article.source().unwrap_or_default());
        if response.clicked() && !is_current {
            commands.push(Command::ShowArticle(article.id().clone()));
        }
        let annotations = project.annotations_in(article.id());
        ui.horizontal_wrapped(|ui| {
            ui.spacing_mut().item_spacing.x = 4.0;
            for tag in project.tags().iter() {
                let n = annotations.iter().filter(|a| a.tag == tag.id).count();
                if n > 0 {
                    tag_badge(ui, tag, &format!("{} {n}", tag.name));
                }
            }
            if annotations.is_empty() {
                ui.weak(t!("ws-no-annotations-yet"));
            }
        });
        ui.add_space(6.0);
    }
    commands
}

/// A solid badge in the tag's colour with a readable label: the non-colour cue.
pub fn tag_badge(ui: &mut Ui, tag: &Tag, text: &str) -> egui::Response {
    let label = RichText::new(text)
        .small()
        .color(palette::on_tag(tag.color))
        .background_color(palette::tag_color(tag.color));
    ui.label(label)
}

/// Each tag as a button with its key, then what each one means; clicking tags the
/// selection (or retags the selected highlight).
pub fn tag_palette(ui: &mut Ui, project: &Project, can_tag: bool, focus: bool) -> Vec<Command> {
    let mut commands = Vec::new();
    ui.heading(t!("ws-tags"));
    if !can_tag {
        ui.label(RichText::new(t!("ws-tags-hint")).weak());
    }
    let mut focus = focus;
    ui.horizontal_wrapped(|ui| {
        for tag in project.tags().iter() {
            let key = tag.key.map(|k| format!("[{k}] ")).unwrap_or_default();
            let button = egui::Button::new(
                RichText::new(format!("{key}{}", tag.name))
                    .strong()
                    .color(palette::on_tag(tag.color)),
            )
            .fill(palette::tag_color(tag.color));
            let response = ui
                .add_enabled(can_tag, button)
                .on_hover_text(&tag.description)
                .on_disabled_hover_text(&tag.description);
            if std::mem::take(&mut focus) {
                response.request_focus();
            }
            if response.clicked() {
                commands.push(Command::Tag(tag.id.clone()));
            }
        }
    });
    egui::CollapsingHeader::new(t!("ws-what-tags-mean"))
        .id_salt("what-the-tags-mean")
        .default_open(true)
        .show(ui, |ui| {
            for tag in project.tags().iter() {
                ui.label(
                    RichText::new(&tag.name)
                        .strong()
                        .color(palette::tag_text(tag.color, ui.visuals().dark_mode)),
                );
                ui.label(&tag.description);
                ui.add_space(4.0);
            }
        });
    commands
}

/// Filter of the annotation list, and the note being typed.
#[derive(Default)]
pub struct AnnotationListState {
    pub filter: Option<TagId>,
    /// The note box's text; `None` re-reads it from the model (after every change).
    pub note_draft: Option<(AnnotationId, String)>,
    /// Put the cursor in the note box on the next frame (F2).
    pub focus_note: bool,
    /// The note box's widget id, last drawn.
    pub note_id: Option<egui::Id>,
}

/// Every annotation of the article with its quote, tag and note.
pub fn annotation_list(
    ui: &mut Ui,
    state: &mut AnnotationListState,
    project: &Project,
    article: &ArticleId,
    selected: Option<AnnotationId>,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let annotations = project.annotations_in(article);
    ui.horizontal_wrapped(|ui| {
        ui.heading(t!("ws-annotations"));
        let shown = state
            .filter
            .as_ref()
            .and_then(|id| project.tags().get(id))
            .map_or(t!("ws-all-tags"), |t| t.name.clone());
        egui::ComboBox::new("annotation-filter", t!("ws-show"))
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.filter, None, t!("ws-all-tags"));
                for tag in project.tags().iter() {
                    ui.selectable_value(&mut state.filter, Some(tag.id.clone()), &tag.name);
                }
            });
    });
    let text = project
        .article(article)
        .map(|a| a.text())
        .unwrap_or_default();
    let visible: Vec<&&Annotation> = annotations
        .iter()
        .filter(|a| state.filter.as_ref().is_none_or(|f| &a.tag == f))
        .collect();
    if visible.is_empty() {
        ui.weak(t!("ws-none-yet"));
    }
    for a in visible {
        let Some(tag) = project.tags().get(&a.tag) else {
            continue;
        };
        let quote = text.get(a.range.as_std()).unwrap_or_default();
        let is_selected = selected == Some(a.id);
        let frame = egui::Frame::group(ui.style()).stroke(if is_selected {
            egui::Stroke::new(2.0, palette::selected_outline(ui.visuals().dark_mode))
        } else {
            ui.visuals().widgets.noninteractive.bg_stroke
        });
        let response = frame
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    tag_badge(ui, tag, &tag.name);
                    if !a.note.is_empty() {
                        ui.weak(t!("ws-has-a-note"));
                    }
                });
                super::bidi_label::label(
                    ui,
                    t!("ws-quote", quote = crate::text::shorten(quote, 140)),
                );
                if !a.note.is_empty() {
                    if crate::text::bidi::has_right_to_left(&a.note) {
                        super::bidi_label::label(ui, a.note.clone());
                    } else {
                        ui.label(RichText::new(&a.note).italics());
                    }
                }
            })
            .response;
        // Clickable but not a Tab stop: a key has dozens of highlights, and
        // Alt+Down/Up steps through them from the keyboard.
        let response = ui.interact(
            response.rect,
            ui.scope_id().with(("annotation", a.id.0)),
            egui::Sense::CLICK,
        );
        response.widget_info(|| {
            let label = t!(
                "ws-annotation-label",
                tag = tag.name.as_str(),
                quote = crate::text::shorten(quote, 140)
            );
            egui::WidgetInfo::labeled(egui::accesskit::Role::Button, true, label)
        });
        if response.clicked() {
            commands.push(Command::JumpToAnnotation(a.id));
        }
    }
    commands
}

/// The selected annotation: its tag, its note, delete it (the palette above retags).
pub fn selected_annotation(
    ui: &mut Ui,
    state: &mut AnnotationListState,
    project: &Project,
    id: AnnotationId,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let Some(a) = project.annotation(id) else {
        return commands;
    };
    ui.separator();
    ui.heading(t!("ws-selected-highlight"));
    if let Some(tag) = project.tags().get(&a.tag) {
        ui.horizontal_wrapped(|ui| {
            tag_badge(ui, tag, &tag.name);
            ui.weak(t!("ws-retag-hint"));
        });
    }
    if state.note_draft.as_ref().is_none_or(|(d, _)| *d != id) {
        state.note_draft = Some((id, a.note.clone()));
    }
    if let Some((_, draft)) = &mut state.note_draft {
        let label = ui.label(t!("ws-note"));
        let response = ui.add(
            egui::TextEdit::multiline(draft)
                .desired_rows(3)
                .hint_text(t!("ws-note-hint"))
                .desired_width(f32::INFINITY),
        );
        let response = response.labelled_by(label.id);
        state.note_id = Some(response.id);
        if std::mem::take(&mut state.focus_note) {
            response.request_focus();
        }
        // Every change goes to the model at once (typing undoes as one step), so what
        // the box shows is what Save writes.
        if response.changed() && *draft != a.note {
            commands.push(Command::SetNote(id, draft.clone()));
        }
    }
    if project.role() == crate::model::Role::Key {
        commands.extend(key_passage_options(ui, project, a));
    }
    if ui
        .button(UiCommand::DeleteAnnotation.label())
        .on_hover_text(UiCommand::DeleteAnnotation.tooltip())
        .clicked()
    {
        commands.push(UiCommand::DeleteAnnotation.into());
    }
    commands
}

/// In an answer key: how the selected passage counts in grading (docs/grading.md,
/// "Flexible keys"). Each change is one undoable edit.
fn key_passage_options(
    ui: &mut Ui,
    project: &Project,
    a: &crate::model::Annotation,
) -> Vec<Command> {
    let mut commands = Vec::new();
    let mut key = a.key;
    ui.label(RichText::new(t!("ws-in-grading")).strong());
    if key.alternative_of.is_none() {
        ui.checkbox(&mut key.optional, t!("ws-optional"))
            .on_hover_text(t!("ws-optional-tooltip"));
        ui.horizontal(|ui| {
            let label = ui.label(t!("ws-worth"));
            let mut points = key.points.unwrap_or(1);
            ui.add(
                egui::DragValue::new(&mut points)
                    .range(1..=10)
                    .suffix(t!("ws-points-suffix")),
            )
            .labelled_by(label.id);
            key.points = (points != 1).then_some(points);
        });
    }
    // Another reading of a passage of the same article, for passages without their own.
    let has_alternatives = project
        .annotations()
        .iter()
        .any(|x| x.key.alternative_of == Some(a.id));
    if !has_alternatives {
        let candidates: Vec<&crate::model::Annotation> = project
            .annotations_in(&a.article)
            .into_iter()
            .filter(|x| x.id != a.id && x.key.alternative_of.is_none())
            .collect();
        let name = |x: &crate::model::Annotation| {
            let quote = project
                .article(&x.article)
                .and_then(|art| art.slice(x.range))
                .unwrap_or_default();
            crate::text::shorten(quote, 40)
        };
        let shown = key
            .alternative_of
            .and_then(|of| candidates.iter().find(|x| x.id == of))
            .map_or(t!("ws-own-passage"), |x| name(x));
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t!("ws-another-reading"));
            egui::ComboBox::from_id_salt("alternative-of")
                .selected_text(shown)
                .width(220.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut key.alternative_of, None, t!("ws-own-passage"));
                    for x in &candidates {
                        ui.selectable_value(&mut key.alternative_of, Some(x.id), name(x));
                    }
                })
                .response
                .labelled_by(label.id);
        });
    }
    if key != a.key {
        commands.push(Command::SetKeyPassage(a.id, key));
    }
    commands
}
