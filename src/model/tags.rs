//! Tag sets are data: a teacher can rename, recolour, re-key and reorder them.
//!
//! The default set is the media-literacy four. Colours come from the Okabe–Ito palette,
//! chosen to stay distinguishable for the common forms of colour blindness; views add a
//! non-colour cue (badge letter, underline style) on top.

use super::Rgb;

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TagId(pub String);

impl std::fmt::Display for TagId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tag {
    /// Stable identifier written in annotations; never shown to students.
    pub id: TagId,
    /// Display name, e.g. "Claim".
    pub name: String,
    /// The definition shown to students.
    pub description: String,
    pub color: Rgb,
    /// The key that applies this tag in the workspace, e.g. '1'.
    pub key: Option<char>,
}

impl Tag {
    pub fn new(id: &str, name: &str, description: &str, color: Rgb, key: Option<char>) -> Self {
        Self {
            id: TagId(id.to_owned()),
            name: name.to_owned(),
            description: description.to_owned(),
            color,
            key,
        }
    }
}

/// An ordered list of tags with unique ids and unique keys.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct TagSet {
    tags: Vec<Tag>,
}

impl TagSet {
    /// Builds a tag set without checking it; `Project::check_invariants` and the file
    /// loader report duplicates.
    pub fn from_tags(tags: Vec<Tag>) -> Self {
        Self { tags }
    }

    /// Claim, rebuttal, framing and boilerplate, on keys 1–4, named and defined in the
    /// current interface language.
    pub fn media_literacy() -> Self {
        Self::media_literacy_in(crate::i18n::current())
    }

    /// The media-literacy tags named and defined in `lang` (a French assignment gets
    /// Affirmation, Réfutation, Cadrage, Remplissage). Ids and colours are the same in
    /// every language, so a French key grades an English submission.
    pub fn media_literacy_in(lang: crate::i18n::Lang) -> Self {
        const TAGS: [(&str, Rgb, char); 4] = [
            ("claim", Rgb(0x00, 0x72, 0xB2), '1'),
            ("rebuttal", Rgb(0xD5, 0x5E, 0x00), '2'),
            ("framing", Rgb(0xCC, 0x79, 0xA7), '3'),
            ("boilerplate", Rgb(0x8C, 0x8C, 0x8C), '4'),
        ];
        Self::from_tags(
            TAGS.iter()
                .map(|&(id, colour, key)| {
                    let name = crate::i18n::message_in(lang, &format!("tag-{id}-name"), None);
                    let definition =
                        crate::i18n::message_in(lang, &format!("tag-{id}-definition"), None);
                    Tag::new(id, &name, &definition, colour, Some(key))
                })
                .collect(),
        )
    }

    pub fn iter(&self) -> impl Iterator<Item = &Tag> {
        self.tags.iter()
    }

    pub fn as_slice(&self) -> &[Tag] {
        &self.tags
    }

    pub fn len(&self) -> usize {
        self.tags.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tags.is_empty()
    }

    pub fn get(&self, id: &TagId) -> Option<&Tag> {
        self.tags.iter().find(|t| &t.id == id)
    }

    pub fn position(&self, id: &TagId) -> Option<usize> {
        self.tags.iter().position(|t| &t.id == id)
    }

    pub fn by_key(&self, key: char) -> Option<&Tag> {
        self.tags.iter().find(|t| t.key == Some(key))
    }

    pub(crate) fn insert(&mut self, index: usize, tag: Tag) {
        let index = index.min(self.tags.len());
        self.tags.insert(index, tag);
    }

    pub(crate) fn remove(&mut self, index: usize) -> Option<Tag> {
        (index < self.tags.len()).then(|| self.tags.remove(index))
    }

    pub(crate) fn replace(&mut self, index: usize, tag: Tag) {
        if let Some(slot) = self.tags.get_mut(index) {
            *slot = tag;
        }
    }

    pub(crate) fn move_tag(&mut self, from: usize, to: usize) {
        if from < self.tags.len() && to < self.tags.len() {
            let tag = self.tags.remove(from);
            self.tags.insert(to, tag);
        }
    }
}
