//! Assembles readable text from markup events: collapses white space inside paragraphs,
//! separates blocks with one blank line, and never leaves trailing spaces.

#[derive(Default)]
pub(super) struct TextBuilder {
    out: String,
    /// A space is owed before the next inline text.
    pending_space: bool,
}

impl TextBuilder {
    /// Inline text; runs of white space collapse to one space.
    pub fn inline(&mut self, text: &str) {
        for word_or_space in split_keep_space(text) {
            match word_or_space {
                Piece::Space => self.pending_space = true,
                Piece::Word(w) => {
                    if self.pending_space && !self.at_line_start() {
                        self.out.push(' ');
                    }
                    self.pending_space = false;
                    self.out.push_str(w);
                }
            }
        }
    }

    /// Text whose white space matters (`<pre>`, code blocks), kept as it is.
    pub fn verbatim(&mut self, text: &str) {
        if self.pending_space && !self.at_line_start() {
            self.out.push(' ');
        }
        self.pending_space = false;
        self.out.push_str(text);
    }

    /// Starts a new line (e.g. `<br>`, a list item).
    pub fn line_break(&mut self) {
        self.trim_trailing_spaces();
        self.pending_space = false;
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    /// Starts a new paragraph: exactly one blank line between blocks.
    pub fn paragraph_break(&mut self) {
        self.trim_trailing_spaces();
        self.pending_space = false;
        if self.out.is_empty() || self.out.ends_with("\n\n") {
            return;
        }
        if self.out.ends_with('\n') {
            self.out.push('\n');
        } else {
            self.out.push_str("\n\n");
        }
    }

    pub fn finish(mut self) -> String {
        self.trim_trailing_spaces();
        let trimmed = self.out.trim_end_matches('\n').len();
        self.out.truncate(trimmed);
        self.out
    }

    fn at_line_start(&self) -> bool {
        self.out.is_empty() || self.out.ends_with('\n')
    }

    fn trim_trailing_spaces(&mut self) {
        let kept = self.out.trim_end_matches([' ', '\t']).len();
        self.out.truncate(kept);
    }
}

enum Piece<'a> {
    Word(&'a str),
    Space,
}

/// HTML's white space (ASCII only): a no-break space is text and is kept.
fn is_markup_space(c: char) -> bool {
    c.is_ascii_whitespace()
}

fn split_keep_space(text: &str) -> impl Iterator<Item = Piece<'_>> {
    text.split_inclusive(is_markup_space).flat_map(|chunk| {
        let word = chunk.trim_end_matches(is_markup_space);
        let has_space = word.len() < chunk.len();
        let word = (!word.is_empty()).then_some(Piece::Word(word));
        word.into_iter().chain(has_space.then_some(Piece::Space))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_and_separates() {
        let mut b = TextBuilder::default();
        b.inline("  Hello \n  world ");
        b.paragraph_break();
        b.paragraph_break();
        b.inline("Next");
        b.line_break();
        b.inline("• item");
        assert_eq!(b.finish(), "Hello world\n\nNext\n• item");
    }
}
