//! A readable page of one project (`marginalia export`): details, and each article with
//! its highlights listed.

use std::fmt::Write as _;

use super::feedback::header_row;
use super::page::page;
use crate::export::safe::html;
use crate::model::{Project, Role};
use crate::t;

/// The project's role for people, in the current language.
fn role_name(role: Role) -> String {
    match role {
        Role::Assignment => t!("export-role-assignment"),
        Role::Key => t!("export-role-key"),
        Role::Submission => t!("export-role-submission"),
    }
}

/// A readable page of one project: details, and each article with its highlights listed.
pub fn project_page(project: &Project) -> String {
    let mut b = String::new();
    let role = html(&role_name(project.role()));
    let subtitle = if project.details().author.is_empty() {
        role
    } else {
        t!(
            "export-project-role-by",
            role = role,
            author = html(&project.details().author)
        )
    };
    let _ = writeln!(
        b,
        "<h1>{}</h1>\n<p class=sub>{subtitle}</p>", // i18n-ok: HTML markup
        html(project.title()),
    );
    if !project.details().instructions.trim().is_empty() {
        let _ = writeln!(
            b,
            "<div class=comment>{}</div>", // i18n-ok: HTML markup
            html(project.details().instructions.trim())
        );
    }
    for article in project.articles() {
        super::page::article_heading(&mut b, article);
        let annotations = project.annotations_in(article.id());
        if annotations.is_empty() {
            let _ = writeln!(b, "<p>{}</p>", t!("export-project-no-highlights"));
            continue;
        }
        let _ = writeln!(
            b,
            "<table>\n{}",
            header_row(&["export-col-highlight", "export-col-tag", "export-col-note"])
        );
        for annotation in annotations {
            let tag = project
                .tags()
                .get(&annotation.tag)
                .map_or(annotation.tag.0.as_str(), |t| t.name.as_str());
            let _ = writeln!(
                b,
                // i18n-ok: HTML markup
                "<tr><td>{}</td><td><span class=badge>{}</span></td><td>{}</td></tr>",
                t!(
                    "grade-quoted",
                    quote = html(article.slice(annotation.range).unwrap_or_default())
                ),
                html(tag),
                html(&annotation.note)
            );
        }
        b.push_str("</table>\n");
    }
    page(project.title(), &b)
}
