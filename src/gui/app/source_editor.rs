//! Teacher > Article source: where the shown article came from (outlet, authors, date,
//! address, language), as the file stated it or as the teacher corrects it. Applied as
//! one undoable edit; never changes the project itself.

use crate::edit::Edit;
use crate::gui::command::Command;
use crate::model::{ArticleId, Project, Provenance};
use crate::t;

pub(super) struct SourceEditor {
    article: ArticleId,
    outlet: String,
    /// One person per line.
    authors: String,
    published: String,
    url: String,
    language: String,
}

impl SourceEditor {
    pub(super) fn new(article: ArticleId, project: &Project) -> Self {
        let source = project
            .article(&article)
            .map(|a| a.provenance().clone())
            .unwrap_or_default();
        Self {
            article,
            outlet: source.outlet.unwrap_or_default(),
            authors: source.authors.join("\n"),
            published: source.published.unwrap_or_default(),
            url: source.url.unwrap_or_default(),
            language: source.language.unwrap_or_default(),
        }
    }

    fn draft(&self) -> Provenance {
        Provenance {
            outlet: Some(self.outlet.clone()),
            authors: self.authors.lines().map(str::to_owned).collect(),
            published: Some(self.published.clone()),
            url: Some(self.url.clone()),
            language: Some(self.language.clone()),
        }
        .tidied()
    }

    /// Draws the window; returns the commands and whether it stays open.
    pub(super) fn show(&mut self, ctx: &egui::Context, project: &Project) -> (Vec<Command>, bool) {
        let mut open = true;
        let mut commands = Vec::new();
        let mut applied = false;
        let Some(article) = project.article(&self.article) else {
            return (commands, false);
        };
        let current = article.provenance().clone();
        egui::Window::new(t!("dlg-source-title"))
            // The same window in every language (its place and size are kept by id).
            .id(egui::Id::unique("article-source-editor"))
            .open(&mut open)
            .default_width(460.0)
            .show(ctx, |ui| {
                ui.label(egui::RichText::new(article.title()).strong());
                ui.label(t!("dlg-source-intro"));
                egui::Grid::new("source-fields")
                    .num_columns(2)
                    .show(ui, |ui| {
                        let field =
                            |ui: &mut egui::Ui, name: String, value: &mut String, hint: String| {
                                let label = ui.label(name);
                                ui.add(egui::TextEdit::singleline(value).hint_text(hint))
                                    .labelled_by(label.id);
                                ui.end_row();
                            };
                        field(
                            ui,
                            t!("dlg-source-outlet"),
                            &mut self.outlet,
                            t!("dlg-source-outlet-hint"),
                        );
                        field(
                            ui,
                            t!("dlg-source-published"),
                            &mut self.published,
                            t!("dlg-source-published-hint"),
                        );
                        field(
                            ui,
                            t!("dlg-source-address"),
                            &mut self.url,
                            "https://…".to_owned(),
                        );
                        field(
                            ui,
                            t!("dlg-source-language"),
                            &mut self.language,
                            t!("dlg-source-language-hint"),
                        );
                        let label = ui.label(t!("dlg-source-authors"));
                        ui.add(egui::TextEdit::multiline(&mut self.authors).desired_rows(2))
                            .labelled_by(label.id);
                        ui.end_row();
                    });
                let draft = self.draft();
                if ui
                    .add_enabled(draft != current, egui::Button::new(t!("dlg-apply")))
                    .clicked()
                {
                    commands.push(Command::Apply(Box::new(Edit::SetArticleSource {
                        article: self.article.clone(),
                        before: current.clone(),
                        after: draft,
                    })));
                    applied = true;
                }
            });
        (commands, open && !applied)
    }
}
