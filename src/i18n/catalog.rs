//! The parsed message files: one Fluent bundle per `locales/*.ftl`, built once.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

struct Catalog {
    bundles: Vec<FluentBundle<FluentResource>>,
    /// Fluent's complaints about each file (syntax errors, duplicate ids).
    errors: Vec<Vec<String>>,
    ids: Vec<Vec<String>>,
}

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let mut bundles = Vec::new();
        let mut errors = Vec::new();
        let mut ids = Vec::new();
        for (code, source) in LANGUAGES {
            let mut complaints = Vec::new();
            // A file with a syntax error still gives every message Fluent could read.
            let resource =
                FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(partial, errs)| {
                    complaints.extend(errs.iter().map(|e| format!("{e:?}")));
                    partial
                });
            let mut file_ids: Vec<String> = resource
                .entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect();
            file_ids.sort();
            let langid: LanguageIdentifier = code.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // No invisible isolation marks around arguments: a terminal shows them as
            // junk, and file names and numbers are never right-to-left text here.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(super::number::format_value));
            // NUMBER() and DATETIME() for the messages.
            if let Err(e) = bundle.add_builtins() {
                complaints.push(format!("{e:?}"));
            }
            if let Err(errs) = bundle.add_resource(resource) {
                complaints.extend(errs.iter().map(|e| format!("{e:?}")));
            }
            bundles.push(bundle);
            errors.push(complaints);
            ids.push(file_ids);
        }
        Catalog {
            bundles,
            errors,
            ids,
        }
    })
}

pub(super) fn count() -> usize {
    LANGUAGES.len().max(1)
}

pub(super) fn code(lang: usize) -> &'static str {
    LANGUAGES.get(lang).map_or("en", |(code, _)| code)
}

pub(super) fn has(lang: usize, id: &str) -> bool {
    catalog()
        .bundles
        .get(lang)
        .is_some_and(|b| b.get_message(id).and_then(|m| m.value()).is_some())
}

pub(super) fn ids(lang: usize) -> Vec<String> {
    catalog().ids.get(lang).cloned().unwrap_or_default()
}

pub(super) fn errors(lang: usize) -> Vec<String> {
    catalog().errors.get(lang).cloned().unwrap_or_default()
}

/// The message in `lang`, else in English, else its id.
pub(super) fn format(lang: usize, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let catalog = catalog();
    for bundle in [catalog.bundles.get(lang), catalog.bundles.first()]
        .into_iter()
        .flatten()
    {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errs = Vec::new();
            return bundle.format_pattern(pattern, args, &mut errs).into_owned();
        }
    }
    id.to_owned()
}
