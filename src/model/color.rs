//! Colours as data (`#RRGGBB` in files), so tag sets stay GUI-free.

use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }
}

impl FromStr for Rgb {
    type Err = String;

    /// Parses `#RRGGBB` (the `#` is optional, case does not matter).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let hex = s.trim().trim_start_matches('#');
        let bad = || format!("\"{s}\" is not a colour; write it as \"#RRGGBB\", e.g. \"#0072B2\"");
        if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(bad());
        }
        let byte = |i: usize| {
            hex.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(bad)
        };
        Ok(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let c: Rgb = "#0072b2".parse().unwrap();
        assert_eq!(c, Rgb(0, 0x72, 0xB2));
        assert_eq!(c.to_string(), "#0072B2");
        assert!("#12345".parse::<Rgb>().is_err());
        assert!("#12345é".parse::<Rgb>().is_err());
    }
}
