//! From glyphs placed on pages to paragraphs in reading order.
//!
//! A PDF holds no paragraphs, only glyphs at positions. This rebuilds what a reader sees:
//! - glyphs on one baseline form a line; a gap wider than [`COLUMN_GAP_EM`] splits it
//!   (two columns share baselines);
//! - a page whose lines start at two distinct left edges, the second past 40 % of the
//!   width, has two columns, read one after the other, between any lines spanning both;
//! - lines in the top or bottom margin that repeat on most pages (digits aside), and
//!   lone page numbers ("3", "Page 3", "3/12", "3 of 12"), are running headers and
//!   footers and are dropped;
//! - a larger vertical gap than usual, a first-line indent or a change of size starts a
//!   paragraph; a paragraph carries on across a page break when it did not end a
//!   sentence;
//! - a word hyphenated at a line end ("hyphen-" / "ation") is joined again.
//!
//! Everything here is plain geometry on [`Glyph`]s, so it is tested without PDFs.

/// A glyph as drawn: top-down page coordinates in points.
#[derive(Clone, Debug, PartialEq)]
pub struct Glyph {
    pub x: f64,
    /// The baseline, from the top of the page.
    pub y: f64,
    /// The advance: where the next glyph would start.
    pub width: f64,
    /// The font size as drawn.
    pub size: f64,
    pub text: String,
}

/// One page's glyphs in drawing order, and its size.
#[derive(Clone, Debug, Default)]
pub struct Page {
    pub width: f64,
    pub height: f64,
    pub glyphs: Vec<Glyph>,
}

/// A gap wider than this many ems between glyphs on one baseline separates columns.
pub const COLUMN_GAP_EM: f64 = 1.5;
/// A gap wider than this many ems is a space between words.
const WORD_GAP_EM: f64 = 0.15;
/// How far back the pen may jump within one line (see `lines_of`).
const BACK_JUMP_EM: f64 = 40.0;
/// The share of the page height at the top and bottom where running heads live.
const MARGIN_SHARE: f64 = 0.09;

/// A run of glyphs on one baseline, within one column.
#[derive(Clone, Debug)]
struct Line {
    left: f64,
    right: f64,
    y: f64,
    size: f64,
    text: String,
}

impl Line {
    /// Takes `other`, a piece of the same row to the right, into this line.
    fn absorb(&mut self, other: Line, spaced: bool) {
        if spaced {
            self.text.push(' ');
        }
        self.text.push_str(&other.text);
        self.right = self.right.max(other.right);
        self.size = self.size.max(other.size);
    }
}

/// What the pages say, read.
#[derive(Clone, Debug, PartialEq)]
pub struct Laid {
    /// Paragraphs separated by blank lines.
    pub text: String,
    /// How many columns the page with the most had.
    pub columns: usize,
    /// The page address a browser printed in the running footer.
    pub printed_from: Option<String>,
}

pub fn lay_out(pages: &[Page]) -> Laid {
    let mut page_lines: Vec<Vec<Line>> = pages.iter().map(lines_of).collect();
    let printed_from = drop_running_heads(pages, &mut page_lines);
    let mut columns_seen = 1;
    let mut out: Vec<String> = Vec::new();
    let mut open: Option<String> = None;
    for (page, lines) in pages.iter().zip(page_lines) {
        let (ordered, columns) = reading_order(page, lines);
        columns_seen = columns_seen.max(columns);
        let mut previous: Option<&Line> = None;
        let spacing = usual_spacing(&ordered);
        for line in &ordered {
            let starts_paragraph = match previous {
                None => open.as_deref().is_none_or(ends_sentence),
                Some(prev) => new_paragraph(prev, line, spacing),
            };
            if starts_paragraph {
                if let Some(done) = open.take() {
                    out.push(done);
                }
                open = Some(line.text.clone());
            } else if let Some(text) = open.as_mut() {
                join_line(text, &line.text);
            } else {
                open = Some(line.text.clone());
            }
            previous = Some(line);
        }
    }
    if let Some(done) = open {
        out.push(done);
    }
    let text = out
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    Laid {
        text: resolve_line_end_hyphens(&text),
        columns: columns_seen,
        printed_from,
    }
}

/// Glyphs into lines. Glyphs are taken in drawing order, which is the order of the
/// text within a line in every PDF we met (sorting by x instead scrambled kerned words:
/// pdf-extract 0.12 places some glyphs after a large kerning value up to two ems too far
/// left, so "Twitter" sorted by x came out "w Titter"). A line ends where the baseline
/// moves by more than a third of the size, or the pen jumps back more than
/// [`BACK_JUMP_EM`] or forward past a column gap.
///
/// Spaces: a space glyph counts unless the next glyph starts exactly where it does
/// (Chromium draws a soft hyphen that did not break the line as a space with no width:
/// "pers onal"); without space glyphs, a gap wider than [`WORD_GAP_EM`] is a space.
/// Positions after a space are not trusted either: the same misplacement puts the next
/// word to the left of the space before it in justified text.
fn lines_of(page: &Page) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    let mut current: Option<Line> = None;
    // Where the pen is after the last glyph, and a space glyph waiting to be confirmed.
    let mut pen = 0.0;
    let mut space_at: Option<(f64, f64)> = None;
    for glyph in page
        .glyphs
        .iter()
        .filter(|g| g.size > 0.0 && g.x.is_finite() && g.y.is_finite())
    {
        let em = glyph.size;
        let is_space = glyph.text.chars().all(char::is_whitespace);
        let continues = current.as_ref().is_some_and(|line| {
            let gap = glyph.x - pen;
            (glyph.y - line.y).abs() <= line.size.max(em) * 0.35
                && gap > -em * BACK_JUMP_EM
                && gap < em * COLUMN_GAP_EM
        });
        if is_space {
            if continues {
                space_at = Some((glyph.x, glyph.width.max(em * 0.2)));
                pen = glyph.x + glyph.width;
            }
            continue;
        }
        let text = plain_letters(&glyph.text);
        if continues && let Some(line) = current.as_mut() {
            let spaced = match space_at.take() {
                // A space the next glyph sits exactly on is no space (see above).
                Some((x, width)) => (glyph.x - x).abs() >= width * 0.1,
                None => glyph.x - pen > em * WORD_GAP_EM,
            };
            if spaced && !line.text.ends_with(' ') {
                line.text.push(' ');
            }
            line.text.push_str(&text);
            line.right = line.right.max(glyph.x + glyph.width);
            line.size = line.size.max(em);
        } else {
            space_at = None;
            lines.extend(current.take());
            current = Some(Line {
                left: glyph.x,
                right: glyph.x + glyph.width,
                y: glyph.y,
                size: em,
                text,
            });
        }
        pen = glyph.x + glyph.width;
    }
    lines.extend(current);
    for line in &mut lines {
        line.text = crate::text::collapse_spaces(&line.text);
    }
    lines.retain(|l| !l.text.is_empty());
    merge_same_baseline(lines)
}

/// Pieces of one visual line drawn apart (a bold word drawn after the line, a link)
/// joined again: same baseline, touching or a word apart.
fn merge_same_baseline(mut lines: Vec<Line>) -> Vec<Line> {
    lines.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.left.total_cmp(&b.left)));
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        if let Some(last) = out.last_mut() {
            let gap = line.left - last.right;
            let same_row = (line.y - last.y).abs() <= last.size.max(line.size) * 0.35;
            if same_row && gap > -last.size && gap < last.size.max(line.size) * COLUMN_GAP_EM {
                let spaced = gap > line.size * WORD_GAP_EM;
                last.absorb(line, spaced);
                continue;
            }
        }
        out.push(line);
    }
    out
}

/// Typographic ligatures (ﬁ, ﬂ, ﬀ…) as the letters they stand for, so "ﬁnd" is found.
fn plain_letters(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    if text.chars().any(|c| ('\u{FB00}'..='\u{FB06}').contains(&c)) {
        text.nfkc().collect()
    } else {
        text.to_owned()
    }
}

/// Lines in reading order, and the number of columns found on the page.
fn reading_order(page: &Page, lines: Vec<Line>) -> (Vec<Line>, usize) {
    let mut lines = lines;
    lines.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.left.total_cmp(&b.left)));
    let Some(split) = column_split(page, &lines) else {
        return (join_rows(lines), 1);
    };
    // Bands of two-column text between lines that span the split (a headline above the
    // columns, a picture caption across them).
    let mut ordered = Vec::with_capacity(lines.len());
    let mut left_column: Vec<Line> = Vec::new();
    let mut right_column: Vec<Line> = Vec::new();
    for line in lines {
        let spans = line.left < split && line.right > split + 1.0;
        if spans {
            ordered.extend(join_rows(std::mem::take(&mut left_column)));
            ordered.extend(join_rows(std::mem::take(&mut right_column)));
            ordered.push(line);
        } else if line.left >= split {
            right_column.push(line);
        } else {
            left_column.push(line);
        }
    }
    ordered.extend(join_rows(left_column));
    ordered.extend(join_rows(right_column));
    (ordered, 2)
}

/// Pieces of one row within a column joined into one line: justified text spreads its
/// words wider than a column gap ("coverage      for      stories").
fn join_rows(lines: Vec<Line>) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    for line in lines {
        if let Some(last) = out.last_mut()
            && (line.y - last.y).abs() <= last.size.max(line.size) * 0.35
            && line.left >= last.right - last.size
        {
            last.absorb(line, true);
            continue;
        }
        out.push(line);
    }
    out
}

/// The x where a second column starts, if the page has two.
fn column_split(page: &Page, lines: &[Line]) -> Option<f64> {
    if lines.len() < 8 || page.width <= 0.0 {
        return None;
    }
    let middle = page.width * 0.4;
    let right: Vec<&Line> = lines.iter().filter(|l| l.left >= middle).collect();
    let left: Vec<&Line> = lines
        .iter()
        .filter(|l| l.right <= middle + page.width * 0.2 && l.left < middle)
        .collect();
    if right.len() < 4 || left.len() < 4 {
        return None;
    }
    // The edge most right-half lines start at: the column's left margin. (Not the
    // leftmost start there: a word of justified text drawn apart may start anywhere.)
    let mut starts: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
    for line in &right {
        *starts.entry(line.left.round() as i64).or_insert(0) += 1;
    }
    let (edge, count) = starts.into_iter().max_by_key(|&(edge, n)| (n, -edge))?;
    if count < 4 {
        return None;
    }
    let split = edge as f64 - 0.5;
    // Left-column lines must end before the right column starts: a real gutter.
    let crossing = lines
        .iter()
        .filter(|l| l.left < split && l.right > split + 1.0)
        .count();
    (crossing * 4 < lines.len()).then_some(split)
}

/// Running headers and footers: lines in the page margins that repeat on most pages once
/// digits are ignored, and lone page numbers.
///
/// Returns the address a browser printed in the running footer ("Print to PDF" puts the
/// page's URL there), if one was dropped and is whole (not cut short with "…").
fn drop_running_heads(pages: &[Page], lines: &mut [Vec<Line>]) -> Option<String> {
    let in_margin = |page: &Page, line: &Line| {
        line.y < page.height * MARGIN_SHARE || line.y > page.height * (1.0 - MARGIN_SHARE)
    };
    let shape = |text: &str| -> String {
        text.chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect::<String>()
    };
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (page, page_lines) in pages.iter().zip(lines.iter()) {
        let mut seen = std::collections::HashSet::new();
        for line in page_lines.iter().filter(|l| in_margin(page, l)) {
            if seen.insert(shape(&line.text)) {
                *counts.entry(shape(&line.text)).or_insert(0) += 1;
            }
        }
    }
    let pages_count = pages.len();
    let mut address = None;
    for (page, page_lines) in pages.iter().zip(lines.iter_mut()) {
        page_lines.retain(|line| {
            if !in_margin(page, line) {
                return true;
            }
            let repeated = pages_count >= 2
                && counts.get(&shape(&line.text)).copied().unwrap_or(0) * 2 > pages_count;
            let text = line.text.trim();
            if repeated
                && address.is_none()
                && (text.starts_with("https://") || text.starts_with("http://"))
                && !text.contains(['…', ' '])
            {
                address = Some(text.to_owned());
            }
            !(repeated || is_page_number(&line.text))
        });
    }
    address
}

/// "3", "- 3 -", "Page 3", "3/12", "3 of 12", "page 3 of 12".
fn is_page_number(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    let stripped = lower
        .trim_start_matches("page")
        .trim_start_matches("p.")
        .trim()
        .trim_matches(|c| c == '-' || c == '–' || c == ' ');
    let words: Vec<&str> = stripped
        .split([' ', '/'])
        .filter(|w| !w.is_empty())
        .collect();
    match words.as_slice() {
        [n] => n.chars().all(|c| c.is_ascii_digit()),
        [a, b] => a.chars().all(|c| c.is_ascii_digit()) && b.chars().all(|c| c.is_ascii_digit()),
        [a, "of", b] => {
            a.chars().all(|c| c.is_ascii_digit()) && b.chars().all(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// The usual distance between consecutive baselines on the page.
fn usual_spacing(lines: &[Line]) -> f64 {
    let mut gaps: Vec<f64> = lines
        .windows(2)
        .map(|w| w[1].y - w[0].y)
        .filter(|g| *g > 0.0)
        .collect();
    if gaps.is_empty() {
        return 0.0;
    }
    gaps.sort_by(f64::total_cmp);
    gaps[gaps.len() / 2]
}

fn new_paragraph(prev: &Line, line: &Line, spacing: f64) -> bool {
    let gap = line.y - prev.y;
    let size_changed = (line.size - prev.size).abs() > prev.size.max(line.size) * 0.15;
    let indented = line.left - prev.left > line.size * 1.5 && line.left > prev.left;
    // Back to the top: a new column or a spanning line after the columns.
    let moved_up = gap < 0.0;
    if moved_up {
        return ends_sentence(&prev.text);
    }
    size_changed || indented || (spacing > 0.0 && gap > spacing * 1.4)
}

/// Whether a line ends a sentence (so a following line on the next page or column is a
/// new paragraph).
fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', '!', '?', '…', ':', '"', '”', '»', '’', ')', '。'])
}

/// Marks a hyphen at a line end until it is known whether it splits a word ("state-"
/// "ment") or belongs to it ("anti-" "racist").
const LINE_END_HYPHEN: char = '\u{E000}';

/// Prefixes that are nearly always written with a hyphen ("anti-racist", "self-defence")
/// and rarely begin a plain word at a hyphenation point.
const HYPHENATED_PREFIXES: &[&str] = &[
    "anti", "self", "non", "well", "semi", "multi", "counter", "ultra", "quasi", "pseudo",
];

/// A word split at a line end is joined ("state-" "ment"), unless the text itself says
/// otherwise: it writes the word with a hyphen elsewhere, or writes other compounds with
/// the same first part ("pro-human" elsewhere keeps "pro-" "feminist"), or the first part
/// is a prefix nearly always hyphenated. The text's own spelling of the whole word wins.
fn resolve_line_end_hyphens(text: &str) -> String {
    if !text.contains(LINE_END_HYPHEN) {
        return text.to_owned();
    }
    let lower = text.to_lowercase();
    let word_before = |at: usize| -> &str {
        let head = text.get(..at).unwrap_or_default();
        let start = head
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(0, |(i, c)| i + c.len_utf8());
        head.get(start..).unwrap_or_default()
    };
    let word_after = |at: usize| -> &str {
        let tail = text.get(at..).unwrap_or_default();
        let end = tail
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(tail.len(), |(i, _)| i);
        tail.get(..end).unwrap_or_default()
    };
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if c != LINE_END_HYPHEN {
            out.push(c);
            continue;
        }
        let before = word_before(i);
        let after = word_after(i + c.len_utf8());
        let hyphened = format!("{}-{}", before, after).to_lowercase();
        let joined = format!("{}{}", before, after).to_lowercase();
        let prefix = before.to_lowercase();
        let keep = if lower.contains(&hyphened) {
            true
        } else if contains_word(&lower, &joined) {
            false
        } else {
            HYPHENATED_PREFIXES.contains(&prefix.as_str())
                || (prefix.chars().count() >= 2 && starts_compound(&lower, &prefix))
        };
        if keep {
            out.push('-');
        }
    }
    out
}

/// Whether `prefix-` starts a word somewhere in `text` (a hyphen typed, not one at a
/// line end, which is still marked).
fn starts_compound(text: &str, prefix: &str) -> bool {
    let pattern = format!("{prefix}-");
    text.match_indices(&pattern).any(|(i, _)| {
        !text
            .get(..i)
            .unwrap_or_default()
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && text
                .get(i + pattern.len()..)
                .unwrap_or_default()
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
    })
}

fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text.get(..i).unwrap_or_default().chars().next_back();
        let after = text
            .get(i + word.len()..)
            .unwrap_or_default()
            .chars()
            .next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Appends a line to its paragraph: a word hyphenated at the line end is joined again.
fn join_line(paragraph: &mut String, line: &str) {
    let next_starts_lower = line.chars().next().is_some_and(char::is_lowercase);
    if paragraph.ends_with('\u{AD}') {
        paragraph.pop();
        paragraph.push_str(line);
        return;
    }
    let hyphenated = paragraph.ends_with('-')
        && paragraph
            .chars()
            .rev()
            .nth(1)
            .is_some_and(char::is_alphabetic);
    if hyphenated && next_starts_lower {
        // Decided once the whole text is known (see `resolve_line_end_hyphens`).
        paragraph.pop();
        paragraph.push(LINE_END_HYPHEN);
        paragraph.push_str(line);
    } else {
        paragraph.push(' ');
        paragraph.push_str(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line of text set at `x`, `y` in 10 pt glyphs 5 pt wide, words 5 pt apart.
    fn set(page: &mut Page, x: f64, y: f64, text: &str) {
        let mut at = x;
        for c in text.chars() {
            if c == ' ' {
                at += 5.0;
                continue;
            }
            page.glyphs.push(Glyph {
                x: at,
                y,
                width: 5.0,
                size: 10.0,
                text: c.to_string(),
            });
            at += 5.0;
        }
    }

    fn page() -> Page {
        Page {
            width: 600.0,
            height: 800.0,
            glyphs: Vec::new(),
        }
    }

    #[test]
    fn lines_join_into_paragraphs_and_hyphens_are_undone() {
        let mut p = page();
        set(&mut p, 50.0, 100.0, "The embassy posted a state-");
        set(&mut p, 50.0, 112.0, "ment on Mon-");
        set(&mut p, 50.0, 124.0, "day.");
        set(&mut p, 50.0, 150.0, "Another paragraph.");
        let Laid { text, columns, .. } = lay_out(&[p]);
        assert_eq!(
            text,
            "The embassy posted a statement on Monday.\n\nAnother paragraph."
        );
        assert_eq!(columns, 1);
    }

    #[test]
    fn a_hyphen_that_belongs_to_the_word_stays() {
        let mut p = page();
        set(&mut p, 50.0, 100.0, "An anti-");
        set(&mut p, 50.0, 112.0, "racist, pro-human and pro-");
        set(&mut p, 50.0, 124.0, "feminist march, a pro-");
        set(&mut p, 50.0, 136.0, "cess. The long-");
        set(&mut p, 50.0, 148.0, "standing long-standing feud.");
        let text = lay_out(&[p]).text;
        // Known limit: "pro-" "cess" keeps its hyphen here, as the text writes "pro-"
        // compounds; without a dictionary the text's own habits are the best guide.
        assert_eq!(
            text,
            "An anti-racist, pro-human and pro-feminist march, a pro-cess. The long-standing long-standing feud."
        );
    }

    #[test]
    fn two_columns_are_read_one_after_the_other() {
        let mut p = page();
        set(
            &mut p,
            50.0,
            60.0,
            "A HEADLINE ACROSS BOTH COLUMNS OF THE PAGE HERE AND MORE",
        );
        for i in 0..6 {
            let y = 100.0 + 12.0 * i as f64;
            set(&mut p, 50.0, y, &format!("left {i}"));
            set(&mut p, 320.0, y, &format!("right {i}"));
        }
        let Laid { text, columns, .. } = lay_out(&[p]);
        assert_eq!(columns, 2);
        assert_eq!(
            text,
            "A HEADLINE ACROSS BOTH COLUMNS OF THE PAGE HERE AND MORE\n\n\
             left 0 left 1 left 2 left 3 left 4 left 5 right 0 right 1 right 2 right 3 right 4 right 5"
        );
    }

    #[test]
    fn running_heads_and_page_numbers_go_paragraphs_carry_over() {
        let mut pages = Vec::new();
        for n in 1..=3 {
            let mut p = page();
            set(&mut p, 50.0, 30.0, "12/1/26, 9:00 AM   The Daily Example");
            set(&mut p, 50.0, 100.0, "The sentence goes on and");
            set(&mut p, 50.0, 112.0, "on until the end of the page");
            set(&mut p, 50.0, 780.0, "https://example.org/news/embassy");
            set(&mut p, 500.0, 780.0, &format!("{n}/3"));
            pages.push(p);
        }
        let laid = lay_out(&pages);
        let text = laid.text;
        assert_eq!(
            laid.printed_from.as_deref(),
            Some("https://example.org/news/embassy")
        );
        assert!(!text.contains("example.org"), "{text}");
        assert!(!text.contains("Daily Example"), "{text}");
        assert!(!text.contains("/3"), "{text}");
        // No sentence end at the foot of a page: one paragraph across pages.
        assert_eq!(text.matches("\n\n").count(), 0, "{text}");
    }

    #[test]
    fn page_numbers_are_recognised() {
        for yes in ["3", "Page 3", "3/12", "3 of 12", "- 3 -", "page 3 of 12"] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in ["3 apples", "In 2022", "Chapter 3: Ottawa"] {
            assert!(!is_page_number(no), "{no}");
        }
    }
}
