//! Cutting an article into blocks laid out one galley each: paragraphs, and long
//! paragraphs in chunks, so no galley is ever huge.

use crate::text::ByteRange;

/// Longest run laid out as one galley; longer paragraphs are cut at a space near it.
pub(super) const MAX_CHUNK_BYTES: usize = 2_000;

/// A piece of the article laid out as one galley.
#[derive(Clone, Copy, Debug)]
pub(super) struct Block {
    pub range: ByteRange,
    /// The last chunk of a paragraph gets space below it.
    pub ends_paragraph: bool,
}

/// Cuts text into paragraphs at line breaks, and long paragraphs into chunks at spaces.
pub(super) fn cut_into_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let end = start + line.len();
        let mut chunk_start = start;
        while end - chunk_start > MAX_CHUNK_BYTES {
            let limit = chunk_start + MAX_CHUNK_BYTES;
            let window = text.get(chunk_start..limit).unwrap_or_default();
            let cut = window
                .rfind(' ')
                .map(|i| chunk_start + i + 1)
                .filter(|&c| c > chunk_start)
                .unwrap_or_else(|| {
                    let mut c = limit;
                    while !text.is_char_boundary(c) {
                        c -= 1;
                    }
                    c
                });
            blocks.push(Block {
                range: ByteRange::new(chunk_start, cut),
                ends_paragraph: false,
            });
            chunk_start = cut;
        }
        if !line.is_empty() {
            blocks.push(Block {
                range: ByteRange::new(chunk_start, end),
                ends_paragraph: true,
            });
        }
        start = end + 1;
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_cover_paragraphs_and_chunk_long_runs() {
        let text = format!("Title\n\n{}\nlast", "word ".repeat(1000));
        let blocks = cut_into_blocks(&text);
        assert_eq!(text.get(blocks[0].range.as_std()), Some("Title"));
        assert!(blocks.len() >= 5);
        for b in &blocks {
            assert!(b.range.len() <= MAX_CHUNK_BYTES);
        }
        let rejoined: String = blocks[1..blocks.len() - 1]
            .iter()
            .map(|b| text.get(b.range.as_std()).unwrap())
            .collect();
        assert_eq!(rejoined, "word ".repeat(1000));
        assert_eq!(
            text.get(blocks.last().unwrap().range.as_std()),
            Some("last")
        );
    }
}
