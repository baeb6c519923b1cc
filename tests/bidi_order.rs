//! The right-to-left layout's core over arbitrary text (proptest): each visual line is a
//! permutation of its stored characters, a grapheme's characters stay together in their
//! own order, left-to-right text is never moved, and what is drawn has one character per
//! stored character (so offsets never shift).

#![allow(clippy::unwrap_used)] // test code

use marginalia::text::bidi::{Paragraph, display_chars, has_right_to_left};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

/// Text mixing Hebrew, Arabic (with harakat), Latin, digits, brackets, spaces, combining
/// accents and emoji, plus anything else Unicode has.
fn mixed_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("שלום".to_owned()),
        Just("בּ".to_owned()),
        Just("مرحبا".to_owned()),
        Just("بَ".to_owned()),
        Just("لا".to_owned()),
        Just("Ottawa".to_owned()),
        Just("2026".to_owned()),
        Just("٣٥٠".to_owned()),
        Just(" ".to_owned()),
        Just("(".to_owned()),
        Just(")".to_owned()),
        Just("«".to_owned()),
        Just("e\u{301}".to_owned()),
        Just("👩‍👩‍👧".to_owned()),
        any::<char>()
            .prop_filter("no line breaks", |c| *c != '\n' && *c != '\r')
            .prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_line_is_a_permutation_keeping_graphemes_whole(
        text in mixed_text(),
        cuts in proptest::collection::vec(any::<prop::sample::Index>(), 0..4),
    ) {
        let p = Paragraph::new(&text);
        let n = p.char_count();
        prop_assert_eq!(n, text.chars().count());
        // Lines break only between graphemes, as egui breaks them.
        let starts: Vec<usize> = text
            .grapheme_indices(true)
            .map(|(b, _)| p.char_of_byte(b))
            .collect();
        let mut bounds: Vec<usize> = cuts
            .iter()
            .filter(|_| !starts.is_empty())
            .map(|i| starts[i.index(starts.len())])
            .collect();
        bounds.push(0);
        bounds.push(n);
        bounds.sort_unstable();
        bounds.dedup();
        let chars: Vec<char> = text.chars().collect();
        for line in bounds.windows(2) {
            let order = p.visual_order(line[0]..line[1]);
            let mut seen: Vec<usize> = order.iter().map(|&(i, _)| i).collect();
            seen.sort_unstable();
            prop_assert_eq!(seen, (line[0]..line[1]).collect::<Vec<_>>());
            // A grapheme's characters are drawn together, in stored order.
            for (k, &(i, _)) in order.iter().enumerate() {
                if !p.starts_grapheme(i) && i > line[0] {
                    prop_assert!(k > 0 && order[k - 1].0 == i - 1,
                        "mark {:?} at stored {} not right after its letter", chars[i], i);
                }
            }
        }
        let shown = display_chars(&text, |i| p.is_rtl_char(i));
        prop_assert_eq!(shown.len(), n);
    }

    #[test]
    fn left_to_right_text_is_never_moved(text in "[a-zA-Z0-9 ,.()é\u{301}-]{0,60}") {
        prop_assert!(!has_right_to_left(&text));
        let p = Paragraph::new(&text);
        let order: Vec<usize> = p.visual_order(0..p.char_count()).iter().map(|&(i, _)| i).collect();
        prop_assert_eq!(order, (0..p.char_count()).collect::<Vec<_>>());
    }

    #[test]
    fn byte_and_char_positions_agree(text in mixed_text()) {
        let p = Paragraph::new(&text);
        for (i, (b, _)) in text.char_indices().enumerate() {
            prop_assert_eq!(p.byte_of_char(i), b);
            prop_assert_eq!(p.char_of_byte(b), i);
        }
        prop_assert_eq!(p.byte_of_char(p.char_count()), text.len());
    }
}
