//! Finds where things are in a project file's source, so problems found after parsing
//! (an unknown tag, a span out of range) can name a line and column.
//!
//! RON keeps no positions for values, so this scans the source: the k-th numeric `id:`
//! belongs to the k-th annotation (tags and articles have string ids), and a string id is
//! found by its literal.

use crate::text::line_col;

pub(super) struct Locator<'a> {
    source: &'a str,
    /// Byte offsets of each `id: <number>`, in file order.
    numeric_ids: Vec<usize>,
}

impl<'a> Locator<'a> {
    pub fn new(source: &'a str) -> Self {
        let mut numeric_ids = Vec::new();
        for (at, _) in source.match_indices("id") {
            let before_ok = source
                .get(..at)
                .and_then(|s| s.chars().next_back())
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
            let rest = source.get(at + 2..).unwrap_or_default();
            let after_colon = rest.trim_start().strip_prefix(':').map(str::trim_start);
            if before_ok && after_colon.is_some_and(|s| s.starts_with(|c: char| c.is_ascii_digit()))
            {
                numeric_ids.push(at);
            }
        }
        Self {
            source,
            numeric_ids,
        }
    }

    /// Position of the `index`-th annotation (its `id:` field), if the scan agrees with
    /// the parsed count.
    pub fn annotation(&self, index: usize, count: usize) -> Option<(usize, usize)> {
        if self.numeric_ids.len() != count {
            return None;
        }
        self.numeric_ids
            .get(index)
            .map(|&at| line_col(self.source, at))
    }

    /// Position of the `nth` (from 0) `id: "<id>"` in the file.
    pub fn string_id(&self, id: &str, nth: usize) -> Option<(usize, usize)> {
        let literal = format!("\"{id}\"");
        self.source
            .match_indices(&literal)
            .filter(|(at, _)| {
                let before = self.source.get(..*at).unwrap_or_default().trim_end();
                before
                    .strip_suffix(':')
                    .is_some_and(|b| b.trim_end().ends_with("id"))
            })
            .nth(nth)
            .map(|(at, _)| line_col(self.source, at))
    }
}
