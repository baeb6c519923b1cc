//! Numbers the reader's way: `62.8` and `1,234` in English, `62,8` and `1 234` (narrow
//! no-break space, as the OQLF recommends) in French.
//!
//! Fluent's own formatting ignores the language, so the bundles are given
//! [`format_value`]; messages write `{ NUMBER($score, maximumFractionDigits: 1) }` or
//! just `{ $count }`, and code passes numbers, never pre-formatted strings.

use fluent_bundle::FluentValue;
use fluent_bundle::types::FluentNumber;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

/// How a language writes numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberStyle {
    pub decimal: char,
    pub group: char,
}

impl NumberStyle {
    /// The style of a language code. Languages that write a decimal comma group with a
    /// narrow no-break space (the SI and OQLF way); the others write `1,234.5`.
    pub fn of(code: &str) -> NumberStyle {
        const DECIMAL_COMMA: &[&str] = &[
            "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "cs", "sv", "nb", "da", "fi",
            "tr", "ro", "el", "bg", "hr", "sr", "sk", "sl", "hu", "vi", "id",
        ];
        if DECIMAL_COMMA.contains(&code) {
            NumberStyle {
                decimal: ',',
                group: '\u{202F}',
            }
        } else {
            NumberStyle {
                decimal: '.',
                group: ',',
            }
        }
    }

    /// `value` with between `min` and `max` digits after the decimal mark.
    pub fn format(self, value: f64, min: usize, max: usize) -> String {
        if !value.is_finite() {
            return value.to_string();
        }
        let max = max.max(min);
        let fixed = format!("{:.*}", max, value.abs());
        let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
        let mut frac = frac.to_owned();
        while frac.len() > min && frac.ends_with('0') {
            frac.pop();
        }
        let mut out = String::new();
        // "-0" for a value that rounds to zero would read as a negative score.
        if value < 0.0 && (int.bytes().any(|b| b != b'0') || frac.bytes().any(|b| b != b'0')) {
            out.push('-');
        }
        // Four-digit numbers stay whole (2026, 1366), as both languages' style guides allow.
        let group = int.len() > 4;
        for (i, digit) in int.chars().enumerate() {
            if group && i > 0 && (int.len() - i) % 3 == 0 {
                out.push(self.group);
            }
            out.push(digit);
        }
        if !frac.is_empty() {
            out.push(self.decimal);
            out.push_str(&frac);
        }
        out
    }
}

/// The style of the language a bundle's memoizer was made for.
struct BundleNumbers(NumberStyle);

impl Memoizable for BundleNumbers {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(BundleNumbers(NumberStyle::of(lang.language.as_str())))
    }
}

/// The bundles' formatter: numbers in their language's style, everything else as Fluent
/// would write it.
pub(super) fn format_value(value: &FluentValue<'_>, intls: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let style = intls
        .with_try_get::<BundleNumbers, _, _>((), |b| b.0)
        .unwrap_or(NumberStyle::of("en"));
    Some(format_number(style, number))
}

fn format_number(style: NumberStyle, number: &FluentNumber) -> String {
    let min = number.options.minimum_fraction_digits.unwrap_or(0);
    // Without a maximum, a whole number stays whole and a fraction keeps what it has
    // (up to 3 digits, as Intl.NumberFormat does).
    let max = number.options.maximum_fraction_digits.unwrap_or(3);
    style.format(number.value, min, max)
}

/// `value` written the current language's way with `digits` after the decimal mark
/// (tables and plots that show a number without a sentence around it).
pub fn decimal(value: f64, digits: usize) -> String {
    NumberStyle::of(super::current().code()).format(value, digits, digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_and_french_numbers() {
        let en = NumberStyle::of("en");
        let fr = NumberStyle::of("fr");
        assert_eq!(en.format(62.8, 1, 1), "62.8");
        assert_eq!(fr.format(62.8, 1, 1), "62,8");
        assert_eq!(fr.format(62.0, 0, 1), "62");
        assert_eq!(fr.format(1234567.25, 2, 2), "1\u{202F}234\u{202F}567,25");
        assert_eq!(en.format(12345.0, 0, 0), "12,345");
        assert_eq!(en.format(2026.0, 0, 0), "2026");
        assert_eq!(en.format(-0.01, 1, 1), "0.0");
        assert_eq!(en.format(-3.5, 1, 1), "-3.5");
        assert_eq!(en.format(f64::NAN, 1, 1), "NaN");
    }
}
