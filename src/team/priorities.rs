//! Combining the team's priorities, and how far apart the team is on each criterion.
//!
//! **The rule** (the group practice of multi-criteria tools, adapted to 0–10
//! sliders): per criterion, the combined weight is the geometric mean of everyone's
//! weights, each counted as at least [`WEIGHT_FLOOR`], rounded to the nearest whole
//! number (halves up). Only when every participant puts a criterion at 0 is the
//! combined weight 0. The floor is what stops one person's 0 from vetoing a
//! criterion the others care about: a plain geometric mean would be 0 as soon as
//! one factor is. The geometric mean still lets a low weight pull harder than in
//! an arithmetic mean, so a strong objection counts: 0, 10 and 10 combine to 5
//! (floored: ∛(1·10·10) ≈ 4.6), where the arithmetic mean would say 7.
//!
//! With one participant the combined weights are that participant's weights, and
//! the order of the participants never matters (the values are sorted first).

use crate::model::criterion::{CRITERION_COUNT, Criterion};
use crate::model::weights::{MAX_WEIGHT, Weights};

/// The combination rules as shown on the "How scoring works" page.
pub const RULE: &str = "Priorities combine per criterion by the geometric mean of everyone's \
weights, each counted as at least 1, rounded to a whole number: a criterion is 0 only when \
everyone puts it at 0, so one person's 0 cannot veto it, while a low weight still pulls \
harder than in an ordinary average (0, 10 and 10 give 5). For answers the majority's \
answer is proposed; where answers differ the question stays in dispute until the lead \
settles it.";

/// Every weight counts as at least this much in the geometric mean (unless every
/// weight on the criterion is 0).
pub const WEIGHT_FLOOR: u8 = 1;

/// A range of weights (highest − lowest) up to this counts as agreement.
pub const AGREED_RANGE: u8 = 2;
/// A range of weights from this up counts as far apart.
pub const FAR_APART_RANGE: u8 = 6;

/// The combined weight of one criterion, before rounding (see the module's rule).
/// `None` when nobody gave a weight.
pub fn combined_weight_exact(values: &[u8]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    if values.iter().all(|&v| v == 0) {
        return Some(0.0);
    }
    let mut sorted: Vec<u8> = values.iter().map(|&v| v.min(MAX_WEIGHT)).collect();
    crate::small_sort::sort(&mut sorted);
    let n = sorted.len() as f64;
    let log_sum: f64 = sorted
        .iter()
        .map(|&v| f64::from(v.max(WEIGHT_FLOOR)).ln())
        .sum();
    Some((log_sum / n).exp())
}

/// Rounds a combined weight to a slider value (halves up, within 0..=10). A tiny
/// tolerance absorbs floating-point noise (`exp(ln 7)` may be 6.999…).
fn to_slider(exact: f64) -> u8 {
    let rounded = (exact + 1e-9).round().clamp(0.0, f64::from(MAX_WEIGHT));
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let value = rounded as u8;
    value
}

/// The team's combined priorities; the default weights when nobody takes part.
pub fn combine_weights(all: &[Weights]) -> Weights {
    if all.is_empty() {
        return Weights::default();
    }
    let mut combined = [0u8; CRITERION_COUNT];
    for c in Criterion::ALL {
        let values: Vec<u8> = all.iter().map(|w| w.get(c)).collect();
        if let Some(slot) = combined.get_mut(c.index()) {
            *slot = combined_weight_exact(&values).map_or(0, to_slider);
        }
    }
    Weights::from_array(combined)
}

/// How far apart the team is on one criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpreadLevel {
    /// Highest and lowest weight at most [`AGREED_RANGE`] apart.
    Agreed,
    /// Between agreed and far apart.
    Apart,
    /// At least [`FAR_APART_RANGE`] apart.
    FarApart,
}

impl SpreadLevel {
    /// Words shown in the team table.
    pub const fn label(self) -> &'static str {
        match self {
            SpreadLevel::Agreed => "agreed",
            SpreadLevel::Apart => "apart",
            SpreadLevel::FarApart => "far apart",
        }
    }
}

/// The spread of the team's weights on one criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CriterionSpread {
    /// The criterion.
    pub criterion: Criterion,
    /// Lowest weight anyone gave.
    pub lowest: u8,
    /// Highest weight anyone gave.
    pub highest: u8,
    /// The combined weight.
    pub combined: u8,
}

impl CriterionSpread {
    /// Highest − lowest.
    pub fn range(&self) -> u8 {
        self.highest.saturating_sub(self.lowest)
    }

    /// Agreed, apart or far apart.
    pub fn level(&self) -> SpreadLevel {
        match self.range() {
            r if r <= AGREED_RANGE => SpreadLevel::Agreed,
            r if r >= FAR_APART_RANGE => SpreadLevel::FarApart,
            _ => SpreadLevel::Apart,
        }
    }
}

/// One spread per criterion, in [`Criterion::ALL`] order; empty when nobody takes part.
pub fn spreads(all: &[Weights]) -> Vec<CriterionSpread> {
    if all.is_empty() {
        return Vec::new();
    }
    let combined = combine_weights(all);
    Criterion::ALL
        .into_iter()
        .map(|c| {
            let values = all.iter().map(|w| w.get(c));
            CriterionSpread {
                criterion: c,
                lowest: values.clone().min().unwrap_or(0),
                highest: values.max().unwrap_or(0),
                combined: combined.get(c),
            }
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn one_zero_cannot_veto_a_criterion() {
        assert_eq!(combined_weight_exact(&[0, 10, 10]).map(to_slider), Some(5));
        assert_eq!(combined_weight_exact(&[0, 0, 0]), Some(0.0));
        assert_eq!(combined_weight_exact(&[]), None);
        // Everyone agreeing gives exactly their value.
        for v in 0..=MAX_WEIGHT {
            assert_eq!(combined_weight_exact(&[v, v, v]).map(to_slider), Some(v));
        }
        // A geometric mean: 2 and 8 give 4, not 5.
        assert_eq!(combined_weight_exact(&[2, 8]).map(to_slider), Some(4));
    }

    #[test]
    fn spread_levels_follow_the_range() {
        let a = Weights::uniform(5)
            .with(Criterion::Hiring, 10)
            .with(Criterion::DataAi, 0);
        let b = Weights::uniform(5)
            .with(Criterion::Hiring, 2)
            .with(Criterion::TeamFit, 8);
        let s = spreads(&[a, b]);
        assert_eq!(s.len(), CRITERION_COUNT);
        let hiring = s[Criterion::Hiring.index()];
        assert_eq!((hiring.lowest, hiring.highest, hiring.range()), (2, 10, 8));
        assert_eq!(hiring.level(), SpreadLevel::FarApart);
        assert_eq!(s[Criterion::TeamFit.index()].level(), SpreadLevel::Apart);
        assert_eq!(
            s[Criterion::Concurrency.index()].level(),
            SpreadLevel::Agreed
        );
        assert_eq!(s[Criterion::DataAi.index()].combined, 2);
        assert!(spreads(&[]).is_empty());
        assert_eq!(combine_weights(&[]), Weights::default());
    }
}
