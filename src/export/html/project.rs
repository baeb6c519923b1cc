//! A readable page of one project (`marginalia export`): details, and each article with
//! its highlights listed.

use std::fmt::Write as _;

use super::page::page;
use crate::export::safe::html;
use crate::model::Project;

/// A readable page of one project: details, and each article with its highlights listed.
pub fn project_page(project: &Project) -> String {
    let mut b = String::new();
    let _ = writeln!(
        b,
        "<h1>{}</h1>\n<p class=sub>{}{}</p>",
        html(project.title()),
        html(project.role().label()),
        if project.details().author.is_empty() {
            String::new()
        } else {
            format!(" by {}", html(&project.details().author))
        }
    );
    if !project.details().instructions.trim().is_empty() {
        let _ = writeln!(
            b,
            "<div class=comment>{}</div>",
            html(project.details().instructions.trim())
        );
    }
    for article in project.articles() {
        super::page::article_heading(&mut b, article);
        let annotations = project.annotations_in(article.id());
        if annotations.is_empty() {
            b.push_str("<p>No highlights.</p>\n");
            continue;
        }
        b.push_str("<table>\n<tr><th>Highlight</th><th>Tag</th><th>Note</th></tr>\n");
        for annotation in annotations {
            let tag = project
                .tags()
                .get(&annotation.tag)
                .map_or(annotation.tag.0.as_str(), |t| t.name.as_str());
            let _ = writeln!(
                b,
                "<tr><td>“{}”</td><td><span class=badge>{}</span></td><td>{}</td></tr>",
                html(article.slice(annotation.range).unwrap_or_default()),
                html(tag),
                html(&annotation.note)
            );
        }
        b.push_str("</table>\n");
    }
    page(project.title(), &b)
}
