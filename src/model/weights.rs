//! The user's priorities: one integer weight per criterion, 0..=10 (slider units).
//!
//! Weights are set directly with sliders, never derived from answers. The defaults
//! follow the brief: the four dimensions it asks every team to score (hiring,
//! runtime cost, team comfort, operational fit) weigh more than the rest.

use std::fmt;

use super::criterion::{CRITERION_COUNT, Criterion};

/// Highest slider value.
pub const MAX_WEIGHT: u8 = 10;
/// Default weight of the brief's four core dimensions.
pub const DEFAULT_CORE_WEIGHT: u8 = 8;
/// Default weight of every other criterion.
pub const DEFAULT_OTHER_WEIGHT: u8 = 5;

/// A weight outside 0..=10 was offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeightError {
    /// The criterion being set.
    pub criterion: Criterion,
    /// The refused value.
    pub value: i64,
}

impl fmt::Display for WeightError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "weight for `{}` must be between 0 and {MAX_WEIGHT}, got {}",
            self.criterion.id(),
            self.value
        )
    }
}

impl std::error::Error for WeightError {}

/// One weight per criterion, each in 0..=10.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Weights {
    values: [u8; CRITERION_COUNT],
}

impl Default for Weights {
    fn default() -> Weights {
        let mut values = [DEFAULT_OTHER_WEIGHT; CRITERION_COUNT];
        for (slot, c) in values.iter_mut().zip(Criterion::ALL) {
            if c.is_core_dimension() {
                *slot = DEFAULT_CORE_WEIGHT;
            }
        }
        Weights { values }
    }
}

impl Weights {
    /// The same weight on every criterion (clamped to 0..=10).
    pub fn uniform(value: u8) -> Weights {
        Weights {
            values: [value.min(MAX_WEIGHT); CRITERION_COUNT],
        }
    }

    /// Builds weights from an array in [`Criterion::ALL`] order, clamping each to 0..=10.
    pub fn from_array(values: [u8; CRITERION_COUNT]) -> Weights {
        Weights {
            values: values.map(|v| v.min(MAX_WEIGHT)),
        }
    }

    /// The weights in [`Criterion::ALL`] order.
    pub fn as_array(&self) -> [u8; CRITERION_COUNT] {
        self.values
    }

    /// The weight of one criterion.
    pub fn get(&self, criterion: Criterion) -> u8 {
        self.values
            .get(criterion.index())
            .copied()
            .unwrap_or(DEFAULT_OTHER_WEIGHT)
    }

    /// Sets one weight; values above 10 are refused.
    pub fn set(&mut self, criterion: Criterion, value: u8) -> Result<(), WeightError> {
        if value > MAX_WEIGHT {
            return Err(WeightError {
                criterion,
                value: i64::from(value),
            });
        }
        if let Some(slot) = self.values.get_mut(criterion.index()) {
            *slot = value;
        }
        Ok(())
    }

    /// Returns a copy with one weight changed (clamped to 0..=10).
    pub fn with(mut self, criterion: Criterion, value: u8) -> Weights {
        if let Some(slot) = self.values.get_mut(criterion.index()) {
            *slot = value.min(MAX_WEIGHT);
        }
        self
    }

    /// Sum of all weights.
    pub fn total(&self) -> u32 {
        self.values.iter().map(|&v| u32::from(v)).sum()
    }

    /// Whether these are the default weights.
    pub fn is_default(&self) -> bool {
        *self == Weights::default()
    }

    /// `(criterion, weight)` pairs in criterion order.
    pub fn iter(&self) -> impl Iterator<Item = (Criterion, u8)> + '_ {
        Criterion::ALL.into_iter().zip(self.values)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn defaults_favour_the_four_core_dimensions() {
        let w = Weights::default();
        for (c, v) in w.iter() {
            if c.is_core_dimension() {
                assert_eq!(v, DEFAULT_CORE_WEIGHT);
            } else {
                assert_eq!(v, DEFAULT_OTHER_WEIGHT);
            }
        }
    }

    #[test]
    fn set_refuses_out_of_range() {
        let mut w = Weights::default();
        let err = w.set(Criterion::Hiring, 11).unwrap_err();
        assert_eq!(
            err.to_string(),
            "weight for `hiring` must be between 0 and 10, got 11"
        );
        w.set(Criterion::Hiring, 0).unwrap();
        assert_eq!(w.get(Criterion::Hiring), 0);
        assert_eq!(w.with(Criterion::DataAi, 200).get(Criterion::DataAi), 10);
    }
}
