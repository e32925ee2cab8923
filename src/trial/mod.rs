//! After the choice: the one-sprint trial and the post-release review, as plain
//! data the session saves (format version 2, see `docs/session-format.md`).
//!
//! * [`Trial`]: a [`Scorecard`] per trialled language (what building one ordinary
//!   endpoint, one background job and one deploy pipeline showed) and the runtime-
//!   cost calculator's assumptions (instances, price of memory, engineer cost).
//! * [`Review`]: what the first one or two real releases showed, and the outcome.
//!
//! Everything is optional and typed; [`readings`] parses what the user types with
//! clear messages. The fields themselves are data in [`fields`].
//!
//! What it means: [`assess`] compares the trial with the recommendation (rules
//! with reasons and sources in [`knowledge`]), [`cost`] is the runtime-cost
//! calculator, [`review`] reads the post-release review.

pub mod assess;
pub mod cost;
pub mod fields;
pub mod knowledge;
pub mod readings;
pub mod review;

#[cfg(test)]
mod probes;
#[cfg(test)]
mod rules_tests;
#[cfg(test)]
pub(crate) mod strategies;
#[cfg(test)]
mod tests;

use crate::model::language::Language;
use fields::{ASSUMPTION_FIELDS, Field, REVIEW_FIELDS, SCORECARD_FIELDS};
pub use readings::{InputError, Reading, Readings};

/// What the trial measured for one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scorecard {
    /// The language trialled.
    pub language: Language,
    /// Values and notes against [`SCORECARD_FIELDS`].
    pub readings: Readings,
}

impl Scorecard {
    /// An empty scorecard for a language.
    pub fn new(language: Language) -> Scorecard {
        Scorecard {
            language,
            readings: Readings::new(),
        }
    }

    /// Engineer hours the trial took (endpoint + job + pipeline), in tenths of an
    /// hour; `None` unless all three were measured.
    pub fn build_tenths(&self) -> Option<u64> {
        let mut total = 0u64;
        for id in ["endpoint_hours", "job_hours", "pipeline_hours"] {
            total = total.saturating_add(self.readings.number(scorecard_field(id)?)?);
        }
        Some(total)
    }
}

/// The one-sprint trial: scorecards (at most one per language, in
/// [`Language::ALL`] order) and the cost calculator's assumptions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trial {
    scorecards: Vec<Scorecard>,
    /// Values against [`ASSUMPTION_FIELDS`]; every field always has a value.
    assumptions: Readings,
}

impl Default for Trial {
    fn default() -> Trial {
        let mut assumptions = Readings::new();
        for (field, default) in &ASSUMPTION_FIELDS {
            // Defaults are within their limits (a test checks it); were one not, the
            // calculator would read it as zero rather than fail.
            let _ = assumptions.set_number(field, Some(*default));
        }
        Trial {
            scorecards: Vec::new(),
            assumptions,
        }
    }
}

impl Trial {
    /// The scorecards, in language order.
    pub fn scorecards(&self) -> &[Scorecard] {
        &self.scorecards
    }

    /// The scorecard of a language, if it was trialled.
    pub fn scorecard(&self, language: Language) -> Option<&Scorecard> {
        self.scorecards.iter().find(|s| s.language == language)
    }

    /// The scorecard of a language, added (empty) if it was not there.
    pub fn scorecard_mut(&mut self, language: Language) -> &mut Scorecard {
        let at = match self.scorecards.iter().position(|s| s.language >= language) {
            Some(i) if self.scorecards[i].language == language => i,
            Some(i) => {
                self.scorecards.insert(i, Scorecard::new(language));
                i
            }
            None => {
                self.scorecards.push(Scorecard::new(language));
                self.scorecards.len() - 1
            }
        };
        &mut self.scorecards[at]
    }

    /// Removes a language's scorecard; whether there was one.
    pub fn remove(&mut self, language: Language) -> bool {
        let before = self.scorecards.len();
        self.scorecards.retain(|s| s.language != language);
        self.scorecards.len() != before
    }

    /// The calculator's assumptions.
    pub fn assumptions(&self) -> &Readings {
        &self.assumptions
    }

    /// An assumption in stored units (its default if somehow unset).
    pub fn assumption(&self, id: &str) -> u64 {
        fields::find_assumption(id)
            .and_then(|f| self.assumptions.number(f))
            .or_else(|| fields::assumption_default(id))
            .unwrap_or(0)
    }

    /// Changes an assumption from typed text; blank restores its default. On an
    /// error nothing changes.
    pub fn set_assumption(&mut self, field: &'static Field, text: &str) -> Result<(), InputError> {
        match field.quantity() {
            Some(q) => {
                let stored = readings::parse_number(field, q, text)?;
                self.set_assumption_number(field, stored)
            }
            None => self.assumptions.set_text(field, text),
        }
    }

    /// Changes an assumption to a number in stored units (`None` restores its
    /// default). On an error nothing changes.
    pub fn set_assumption_number(
        &mut self,
        field: &'static Field,
        stored: Option<u64>,
    ) -> Result<(), InputError> {
        let value = stored.or_else(|| fields::assumption_default(field.id));
        self.assumptions.set_number(field, value)
    }

    /// Whether nothing was trialled and every assumption is at its default.
    pub fn is_default(&self) -> bool {
        *self == Trial::default()
    }
}

/// The post-release review.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Review {
    /// Values and notes against [`REVIEW_FIELDS`].
    pub readings: Readings,
}

impl Review {
    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.readings.is_empty()
    }
}

/// A scorecard field by id.
pub fn scorecard_field(id: &str) -> Option<&'static Field> {
    fields::find(&SCORECARD_FIELDS, id)
}

/// A review field by id.
pub fn review_field(id: &str) -> Option<&'static Field> {
    fields::find(&REVIEW_FIELDS, id)
}
