//! The scoring of the public article-extraction benchmark (scrapinghub), re-implemented:
//! lower-cased `\w+` tokens, joined into overlapping 4-grams ("shingles") counted as
//! multisets; per page, true positives, false positives and false negatives are
//! normalised to sum to 1; precision and recall are taken over the pages.

use std::collections::HashMap;

/// One page's normalised (tp, fp, fn).
#[derive(Clone, Copy, Debug)]
pub struct PageScore {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

impl PageScore {
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ > 0.0 {
            self.tp / (self.tp + self.fn_)
        } else {
            1.0
        }
    }
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp > 0.0 {
            self.tp / (self.tp + self.fp)
        } else {
            1.0
        }
    }
}

/// Word tokens as Python's `re.findall(r'\w+')` with `re.UNICODE`, lower-cased.
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() || c == '_' || is_combining_mark(c) {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF)
}

fn shingles(text: &str) -> HashMap<Vec<String>, usize> {
    let tokens = tokens(text);
    let mut counts = HashMap::new();
    let n = 4;
    let last = tokens.len().saturating_sub(n) + 1;
    for i in 0..last.max(1) {
        let shingle: Vec<String> = tokens.iter().skip(i).take(n).cloned().collect();
        if !shingle.is_empty() {
            *counts.entry(shingle).or_insert(0) += 1;
        }
    }
    counts
}

/// Scores one extraction against the page's true article body.
pub fn score_page(truth: &str, predicted: &str) -> PageScore {
    let truth = shingles(truth);
    let predicted = shingles(predicted);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (key, &t) in &truth {
        let p = predicted.get(key).copied().unwrap_or(0);
        tp += t.min(p);
        fn_ += t.saturating_sub(p);
    }
    for (key, &p) in &predicted {
        let t = truth.get(key).copied().unwrap_or(0);
        fp += p.saturating_sub(t);
    }
    let sum = (tp + fp + fn_) as f64;
    if sum == 0.0 {
        return PageScore {
            tp: 1.0,
            fp: 0.0,
            fn_: 0.0,
        };
    }
    PageScore {
        tp: tp as f64 / sum,
        fp: fp as f64 / sum,
        fn_: fn_ as f64 / sum,
    }
}

/// Precision, recall and F1 over pages, as the benchmark reports them: the normalised
/// counts are summed over pages, so each page weighs the same.
pub fn overall(pages: &[PageScore]) -> (f64, f64, f64) {
    let tp: f64 = pages.iter().map(|p| p.tp).sum();
    let fp: f64 = pages.iter().map(|p| p.fp).sum();
    let fn_: f64 = pages.iter().map(|p| p.fn_).sum();
    let precision = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    let recall = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    (precision, recall, f1)
}

/// The same with precision and recall averaged page by page.
pub fn mean_of_pages(pages: &[PageScore]) -> (f64, f64, f64) {
    let n = pages.len().max(1) as f64;
    let precision = pages.iter().map(PageScore::precision).sum::<f64>() / n;
    let recall = pages.iter().map(PageScore::recall).sum::<f64>() / n;
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    (precision, recall, f1)
}
