//! Where the library's two outputs disagree, its plain text decides where the article
//! starts and ends.

/// `laid_out` without the lines before the first and after the last that `reference`
/// also has.
///
/// The library's two outputs are filtered differently in 0.2.2: its plain text drops
/// link-dense lists ("Read next", related stories, tag clouds) and share-button lines
/// that its HTML keeps. Our layout comes from the HTML, the choice of where the article
/// starts and ends from the text. Only the edges are trimmed: inside the article, a line
/// the text lacks is more often the article's own (a price in a product review, a
/// headline list in a news round-up) than furniture, and a student must not lose it.
///
/// A line is found when its letters and digits appear in the reference in that order
/// (spacing and punctuation differ between the two renderings), or, where the library
/// changed a line a little, when most of its word pairs do.
pub(super) fn kept_by_text(laid_out: &str, reference: &str) -> String {
    let reference = letters(reference);
    let found = |line: &str| found_in(line, &reference);
    let blocks: Vec<Vec<&str>> = laid_out
        .split("\n\n")
        .map(|block| block.lines().collect())
        .collect();
    let flags: Vec<bool> = blocks.iter().flatten().map(|line| found(line)).collect();
    let (Some(first), Some(last)) = (
        flags.iter().position(|&f| f),
        flags.iter().rposition(|&f| f),
    ) else {
        return laid_out.to_owned();
    };
    // A sentence beyond the edges ("Twitter seemed confused by the campaign:" above the
    // tweets the library left out) is the article's, and so is what lies between.
    let lines: Vec<&str> = blocks.iter().flatten().copied().collect();
    let first = lines
        .iter()
        .position(|line| is_sentence(line))
        .map_or(first, |i| i.min(first));
    let last = lines
        .iter()
        .rposition(|line| is_sentence(line))
        .map_or(last, |i| i.max(last));
    let mut index = 0usize;
    let mut out: Vec<String> = Vec::new();
    for block in &blocks {
        let mut lines = Vec::new();
        for line in block {
            if (first..=last).contains(&index) {
                lines.push(*line);
            }
            index += 1;
        }
        if !lines.is_empty() {
            out.push(lines.join("\n"));
        }
    }
    out.join("\n\n")
}

/// How much of `part` (in letters and digits) is on lines that `whole` also has.
pub(super) fn found_letters(part: &str, whole: &str) -> usize {
    let whole = letters(whole);
    part.lines()
        .filter(|line| found_in(line, &whole))
        .map(|line| letters(line).len())
        .sum()
}

/// Whether `line` is in `reference` (already reduced to its letters), as described at
/// [`kept_by_text`].
fn found_in(line: &str, reference: &str) -> bool {
    let squashed = letters(line);
    if squashed.is_empty() {
        return false;
    }
    if reference.contains(&squashed) {
        return true;
    }
    let words: Vec<String> = line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(letters)
        .collect();
    let pairs = words.windows(2).count();
    let shared = words
        .windows(2)
        .filter(|pair| reference.contains(&pair.concat()))
        .count();
    pairs > 0 && shared * 2 > pairs
}

/// Whether `line` reads as a sentence of prose rather than a headline, a label or a
/// link: eight words or more, ending as sentences end.
fn is_sentence(line: &str) -> bool {
    const SENTENCE_WORDS: usize = 8;
    let line = line.trim();
    line.split_whitespace().count() >= SENTENCE_WORDS
        && line.ends_with(['.', ':', '!', '?', '"', '”', '»', '。', '！', '？'])
}

/// Only the letters and digits of `s`, lower-cased: what two renderings of the same text
/// share whatever their spacing, bullets and punctuation.
pub(super) fn letters(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAID_OUT: &str = "Most read\n\nThe council voted on Tuesday to close the bridge.\n\n\
        A price: $139.00\n\nRepairs will take two years, the mayor said.\n\n\
        Read next\n• Storm hits coast\n• Five things to know";

    #[test]
    fn trims_the_edges_the_reference_lacks_and_keeps_the_middle() {
        let reference = "The council voted on Tuesday to close the bridge. \
            Repairs will take two years, the mayor said.";
        assert_eq!(
            kept_by_text(LAID_OUT, reference),
            "The council voted on Tuesday to close the bridge.\n\nA price: $139.00\n\n\
             Repairs will take two years, the mayor said."
        );
    }

    #[test]
    fn a_sentence_past_the_edge_is_kept_with_what_lies_between() {
        let laid_out = "The council voted to close the bridge.\n\nRelated\n\n\
            Residents seemed a bit confused by the decision on Tuesday:\n\n• Storm hits coast";
        let reference = "The council voted to close the bridge.";
        assert_eq!(
            kept_by_text(laid_out, reference),
            "The council voted to close the bridge.\n\nRelated\n\n\
             Residents seemed a bit confused by the decision on Tuesday:"
        );
    }

    #[test]
    fn spacing_and_punctuation_do_not_matter_and_nothing_found_keeps_all() {
        // The library's text puts a space after every text node; CJK has none.
        let laid_out = "今回はそのKindleデスクトップアプリKindle for PCに関する話。";
        assert_eq!(
            kept_by_text(
                laid_out,
                "今回はそのKindleデスクトップアプリ Kindle for PC に関する話 。"
            ),
            laid_out
        );
        assert_eq!(kept_by_text(LAID_OUT, "nothing in common"), LAID_OUT);
    }
}
