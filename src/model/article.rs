//! An article: text frozen at import, with its hash and an offset map.

use sha2::{Digest, Sha256};

use super::Provenance;
use crate::text::{ByteRange, CharRange, OffsetMap, normalize_newlines};

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleId(pub String);

impl std::fmt::Display for ArticleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An article's text never changes after construction, so spans into it never need
/// remapping; fields are private to keep it that way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    id: ArticleId,
    title: String,
    source: Option<String>,
    provenance: Provenance,
    encoding: String,
    text: String,
    sha256: String,
    offsets: OffsetMap,
}

impl Article {
    /// `text` is normalised (BOM, CR/CRLF → LF) here; normalisation is idempotent, so
    /// text that was normalised at import comes through unchanged.
    pub fn new(
        id: ArticleId,
        title: String,
        source: Option<String>,
        encoding: String,
        text: &str,
    ) -> Self {
        let text = normalize_newlines(text);
        let sha256 = content_hash(&text);
        let offsets = OffsetMap::new(&text);
        Self {
            id,
            title,
            source,
            provenance: Provenance::default(),
            encoding,
            text,
            sha256,
            offsets,
        }
    }

    pub fn id(&self) -> &ArticleId {
        &self.id
    }

    pub fn title(&self) -> &str {
        &self.title
    }

    /// The file the article was imported from (its name only), if any.
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }

    /// Where the article came from (outlet, authors, date, address, language).
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }

    /// The same article with its source stated; the text, and so every span, is unchanged.
    pub fn with_provenance(mut self, provenance: Provenance) -> Self {
        self.provenance = provenance.tidied();
        self
    }

    /// The encoding the text was decoded from at import, e.g. "windows-1251".
    pub fn encoding(&self) -> &str {
        &self.encoding
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// SHA-256 of the normalised text, lower-case hex. Matches articles across files.
    pub fn sha256(&self) -> &str {
        &self.sha256
    }

    pub fn offsets(&self) -> &OffsetMap {
        &self.offsets
    }

    /// The text of `range`, or `None` if it is out of range or off a char boundary.
    pub fn slice(&self, range: ByteRange) -> Option<&str> {
        self.text.get(range.as_std())
    }

    /// The text of a code-point range (as spans are stored in files and graded).
    pub fn quote(&self, range: CharRange) -> Option<&str> {
        self.to_bytes(range).and_then(|r| self.slice(r))
    }

    pub fn to_chars(&self, range: ByteRange) -> Option<CharRange> {
        self.offsets.range_to_chars(&self.text, range)
    }

    pub fn to_bytes(&self, range: CharRange) -> Option<ByteRange> {
        self.offsets.range_to_bytes(&self.text, range)
    }

    /// Returns a copy with another id (used when an imported article's id is taken).
    pub fn with_id(mut self, id: ArticleId) -> Self {
        self.id = id;
        self
    }

    pub fn with_title(mut self, title: String) -> Self {
        self.title = title;
        self
    }
}

/// Lower-case hex SHA-256 of `text`'s UTF-8 bytes.
pub fn content_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}
