//! Where an article came from: the first thing media literacy asks ("who is behind
//! this?", SIFT's *investigate the source*).
//!
//! Filled at import from what the document states (a web page's meta tags and JSON-LD, a
//! Word file's properties), shown to students above the article, and editable by the
//! teacher. Every field is optional: a pasted text states none of it. Values are kept as
//! the document states them (a date as written, `2019-11-20` when it is machine-readable).

/// The source of an article, as stated by the document or set by the teacher.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Provenance {
    /// The outlet or site, e.g. "CBC News", "rabble.ca".
    pub outlet: Option<String>,
    /// The people credited, in the document's order.
    pub authors: Vec<String>,
    /// When it was published, e.g. "2022-10-12".
    pub published: Option<String>,
    /// The page's canonical address.
    pub url: Option<String>,
    /// The language of the text, as a BCP 47 tag, e.g. "en", "fr-CA".
    pub language: Option<String>,
}

impl Provenance {
    pub fn is_empty(&self) -> bool {
        *self == Provenance::default()
    }

    /// One line for people: "rabble.ca · Jane Doe, John Roe · 2022-10-12".
    /// The address and language are left out (the address is shown as a link apart).
    pub fn byline(&self) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(outlet) = &self.outlet {
            parts.push(outlet.clone());
        }
        if !self.authors.is_empty() {
            parts.push(self.authors.join(", "));
        }
        if let Some(date) = &self.published {
            parts.push(date.clone());
        }
        (!parts.is_empty()).then(|| parts.join(" · "))
    }

    /// A list of names as a document writes it ("Ana López; Ben Okafor") split at any
    /// of `separators`, each trimmed, empty ones dropped.
    pub fn people(names: &str, separators: &[char]) -> Vec<String> {
        names
            .split(separators)
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// Trims every value and drops the empty ones, so a field cleared in a form or left
    /// blank in a hand-edited file means "not stated".
    pub fn tidied(self) -> Provenance {
        let clean = |value: Option<String>| {
            value
                .map(|v| crate::text::collapse_spaces(&v))
                .filter(|v| !v.is_empty())
        };
        Provenance {
            outlet: clean(self.outlet),
            authors: self
                .authors
                .into_iter()
                .filter_map(|a| clean(Some(a)))
                .collect(),
            published: clean(self.published),
            url: clean(self.url),
            language: clean(self.language),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_joins_what_is_stated() {
        let p = Provenance {
            outlet: Some("rabble.ca".into()),
            authors: vec!["Jane Doe".into(), "John Roe".into()],
            published: Some("2022-10-12".into()),
            url: Some("https://rabble.ca/x".into()),
            language: Some("en".into()),
        };
        assert_eq!(
            p.byline().as_deref(),
            Some("rabble.ca · Jane Doe, John Roe · 2022-10-12")
        );
        assert_eq!(Provenance::default().byline(), None);
    }

    #[test]
    fn tidied_drops_blank_values() {
        let p = Provenance {
            outlet: Some("  ".into()),
            authors: vec!["".into(), " Ana  López ".into()],
            ..Provenance::default()
        }
        .tidied();
        assert_eq!(p.outlet, None);
        assert_eq!(p.authors, vec!["Ana López".to_owned()]);
    }
}
