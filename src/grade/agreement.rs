//! Chance-corrected agreement: Cohen's κ (one student against the key) and Krippendorff's
//! α, nominal (the whole class, any number of coders, missing data allowed).
//!
//! Both work on *units* that carry one category per coder. For annotations the units are
//! characters (code points); runs of characters on which every coder's category is the
//! same are passed as one unit with a weight (its length), which gives exactly the same
//! result as passing each character and keeps a 3 MB article cheap.
//!
//! Categories are small integers: 0 means "untagged", `1 + i` the i-th tag of the key.

/// A square table of counts: `counts[a][b]` units that coder A put in `a` and B in `b`.
#[derive(Clone, Debug, PartialEq)]
pub struct Agreement {
    counts: Vec<Vec<f64>>,
}

impl Agreement {
    pub fn new(categories: usize) -> Self {
        Self {
            counts: vec![vec![0.0; categories]; categories],
        }
    }

    /// Adds `weight` units that A put in `a` and B in `b`. Out-of-range categories are
    /// ignored (they cannot occur when the caller maps labels through the key's tags).
    pub fn add(&mut self, a: usize, b: usize, weight: f64) {
        if let Some(cell) = self.counts.get_mut(a).and_then(|row| row.get_mut(b)) {
            *cell += weight;
        }
    }

    pub fn total(&self) -> f64 {
        self.counts.iter().flatten().sum()
    }

    /// Observed agreement: the share of units on the diagonal.
    pub fn observed(&self) -> Option<f64> {
        let total = self.total();
        (total > 0.0).then(|| {
            let diagonal: f64 = (0..self.counts.len()).map(|i| self.counts[i][i]).sum();
            diagonal / total
        })
    }

    /// Cohen's κ = (pₒ − pₑ) / (1 − pₑ), pₑ from each coder's own category shares.
    /// `None` when there are no units or chance agreement is already perfect (both coders
    /// used one and the same category everywhere), where κ is undefined.
    pub fn cohen_kappa(&self) -> Option<f64> {
        let total = self.total();
        let observed = self.observed()?;
        let n = self.counts.len();
        let expected: f64 = (0..n)
            .map(|c| {
                let row: f64 = self.counts[c].iter().sum();
                let column: f64 = self.counts.iter().map(|r| r[c]).sum();
                (row / total) * (column / total)
            })
            .sum();
        if (1.0 - expected).abs() < 1e-12 {
            return None;
        }
        Some((observed - expected) / (1.0 - expected))
    }
}

/// Krippendorff's α for nominal data, built up one unit at a time.
///
/// α = 1 − Dₒ/Dₑ = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k, where o is the coincidence
/// matrix (each unit with m values contributes every ordered pair of its values with
/// weight 1/(m − 1)), n_c its margins and n the number of pairable values. Units with fewer
/// than two values are not pairable and are skipped, as Krippendorff prescribes.
#[derive(Clone, Debug)]
pub struct KrippendorffAlpha {
    coincidences: Vec<Vec<f64>>,
    scratch: Vec<f64>,
}

impl KrippendorffAlpha {
    pub fn new(categories: usize) -> Self {
        Self {
            coincidences: vec![vec![0.0; categories]; categories],
            scratch: vec![0.0; categories],
        }
    }

    /// Adds a unit (`weight` identical units) with the values the coders gave it;
    /// `None` is a coder who did not code it.
    pub fn add_unit(&mut self, values: impl IntoIterator<Item = Option<usize>>, weight: f64) {
        self.scratch.iter_mut().for_each(|c| *c = 0.0);
        let mut m = 0.0;
        for value in values.into_iter().flatten() {
            if let Some(count) = self.scratch.get_mut(value) {
                *count += 1.0;
                m += 1.0;
            }
        }
        if m < 2.0 {
            return;
        }
        let scale = weight / (m - 1.0);
        for (c, &n_c) in self.scratch.iter().enumerate() {
            if n_c == 0.0 {
                continue;
            }
            for (k, &n_k) in self.scratch.iter().enumerate() {
                let pairs = if c == k { n_c * (n_c - 1.0) } else { n_c * n_k };
                self.coincidences[c][k] += pairs * scale;
            }
        }
    }

    /// `None` when there are no pairable values or only one category was ever used
    /// (no expected disagreement: α is undefined).
    pub fn alpha(&self) -> Option<f64> {
        let margins: Vec<f64> = self.coincidences.iter().map(|r| r.iter().sum()).collect();
        let n: f64 = margins.iter().sum();
        if n < 2.0 {
            return None;
        }
        let mut observed = 0.0;
        let mut expected = 0.0;
        for c in 0..margins.len() {
            for k in 0..margins.len() {
                if c != k {
                    observed += self.coincidences[c][k];
                    expected += margins[c] * margins[k];
                }
            }
        }
        if expected <= 0.0 {
            return None;
        }
        Some(1.0 - (n - 1.0) * observed / expected)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Option<f64>, b: f64) {
        let a = a.expect("defined");
        assert!((a - b).abs() < 5e-4, "{a} != {b}");
    }

    /// Wikipedia's "Cohen's kappa" worked example: 50 grant proposals, two readers,
    /// yes/yes 20, yes/no 5, no/yes 10, no/no 15 → pₒ = 0.7, pₑ = 0.5, κ = 0.4.
    #[test]
    fn cohen_kappa_worked_example() {
        let mut t = Agreement::new(2);
        t.add(0, 0, 20.0);
        t.add(0, 1, 5.0);
        t.add(1, 0, 10.0);
        t.add(1, 1, 15.0);
        close(t.observed(), 0.7);
        close(t.cohen_kappa(), 0.4);
    }

    /// Hand-computed: 10 characters, key tags 0..4 as claim (1), student 0..6 as claim.
    /// pₒ = 0.8; shares key (0.6 untagged, 0.4 claim), student (0.4, 0.6);
    /// pₑ = 0.24 + 0.24 = 0.48; κ = 0.32 / 0.52 = 0.6154.
    #[test]
    fn cohen_kappa_hand_computed_characters() {
        let mut t = Agreement::new(2);
        t.add(1, 1, 4.0);
        t.add(0, 1, 2.0);
        t.add(0, 0, 4.0);
        close(t.cohen_kappa(), 0.32 / 0.52);
    }

    #[test]
    fn kappa_perfect_and_undefined() {
        let mut t = Agreement::new(3);
        t.add(1, 1, 5.0);
        t.add(2, 2, 5.0);
        close(t.cohen_kappa(), 1.0);
        let mut same = Agreement::new(2);
        same.add(0, 0, 10.0);
        assert_eq!(same.cohen_kappa(), None);
        assert_eq!(Agreement::new(2).cohen_kappa(), None);
    }

    /// Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C:
    /// 4 observers, 12 units, missing data; nominal α = 0.743.
    #[test]
    fn krippendorff_published_example() {
        let data: [[Option<usize>; 12]; 4] = [
            [
                Some(1),
                Some(2),
                Some(3),
                Some(3),
                Some(2),
                Some(1),
                Some(4),
                Some(1),
                Some(2),
                None,
                None,
                None,
            ],
            [
                Some(1),
                Some(2),
                Some(3),
                Some(3),
                Some(2),
                Some(2),
                Some(4),
                Some(1),
                Some(2),
                Some(5),
                None,
                Some(3),
            ],
            [
                None,
                Some(3),
                Some(3),
                Some(3),
                Some(2),
                Some(3),
                Some(4),
                Some(2),
                Some(2),
                Some(5),
                Some(1),
                None,
            ],
            [
                Some(1),
                Some(2),
                Some(3),
                Some(3),
                Some(2),
                Some(4),
                Some(4),
                Some(1),
                Some(2),
                Some(5),
                Some(1),
                None,
            ],
        ];
        let mut alpha = KrippendorffAlpha::new(6);
        for unit in 0..12 {
            alpha.add_unit(data.iter().map(|coder| coder[unit]), 1.0);
        }
        close(alpha.alpha(), 0.743);
    }

    /// Krippendorff's binary example (same paper, section A): 2 observers, 10 units,
    /// α = 0.095.
    #[test]
    fn krippendorff_binary_two_coders() {
        let a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
        let b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
        let mut alpha = KrippendorffAlpha::new(2);
        for u in 0..10 {
            alpha.add_unit([Some(a[u]), Some(b[u])], 1.0);
        }
        close(alpha.alpha(), 0.095);
    }

    #[test]
    fn weighted_units_equal_repeated_units() {
        let mut once = KrippendorffAlpha::new(3);
        let mut repeated = KrippendorffAlpha::new(3);
        once.add_unit([Some(1), Some(1), Some(2)], 7.0);
        once.add_unit([Some(0), Some(0), Some(0)], 3.0);
        for _ in 0..7 {
            repeated.add_unit([Some(1), Some(1), Some(2)], 1.0);
        }
        for _ in 0..3 {
            repeated.add_unit([Some(0), Some(0), Some(0)], 1.0);
        }
        let (x, y) = (once.alpha().unwrap(), repeated.alpha().unwrap());
        assert!((x - y).abs() < 1e-12);
        let mut single = KrippendorffAlpha::new(2);
        single.add_unit([Some(1), None, None], 5.0);
        assert_eq!(single.alpha(), None, "no pairable values");
    }
}
