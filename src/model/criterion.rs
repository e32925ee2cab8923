//! The criteria every language is scored on: the axes of the radar chart.
//!
//! Four of them are the dimensions the brief asks teams to score (hiring, runtime
//! cost, team comfort, operational fit); they carry more weight by default. The ids
//! are part of the session format and never change.

use std::fmt;

/// One axis of the comparison. Every language gets a 0–100 score on each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Criterion {
    Hiring,
    TeamFit,
    DeliverySpeed,
    RuntimeCost,
    Concurrency,
    DataAi,
    OpsSimplicity,
    Maintainability,
}

/// Number of criteria.
pub const CRITERION_COUNT: usize = 8;

impl Criterion {
    /// Every criterion, in the fixed order used by all per-criterion arrays and the radar.
    pub const ALL: [Criterion; CRITERION_COUNT] = [
        Criterion::Hiring,
        Criterion::TeamFit,
        Criterion::DeliverySpeed,
        Criterion::RuntimeCost,
        Criterion::Concurrency,
        Criterion::DataAi,
        Criterion::OpsSimplicity,
        Criterion::Maintainability,
    ];

    /// Stable id used in stored sessions.
    pub const fn id(self) -> &'static str {
        match self {
            Criterion::Hiring => "hiring",
            Criterion::TeamFit => "team_fit",
            Criterion::DeliverySpeed => "delivery_speed",
            Criterion::RuntimeCost => "runtime_cost",
            Criterion::Concurrency => "concurrency",
            Criterion::DataAi => "data_ai",
            Criterion::OpsSimplicity => "ops_simplicity",
            Criterion::Maintainability => "maintainability",
        }
    }

    /// Short name for axes, sliders and tables.
    pub const fn name(self) -> &'static str {
        match self {
            Criterion::Hiring => "Hiring",
            Criterion::TeamFit => "Team fit",
            Criterion::DeliverySpeed => "Delivery speed",
            Criterion::RuntimeCost => "Runtime cost & performance",
            Criterion::Concurrency => "Concurrency & real-time",
            Criterion::DataAi => "Data & AI ecosystem",
            Criterion::OpsSimplicity => "Operational simplicity",
            Criterion::Maintainability => "Long-term maintainability",
        }
    }

    /// Lower-case phrase for running text ("its lead comes from …").
    pub const fn phrase(self) -> &'static str {
        match self {
            Criterion::Hiring => "hiring",
            Criterion::TeamFit => "team fit",
            Criterion::DeliverySpeed => "delivery speed",
            Criterion::RuntimeCost => "runtime cost and performance",
            Criterion::Concurrency => "concurrency and real-time",
            Criterion::DataAi => "the data and AI ecosystem",
            Criterion::OpsSimplicity => "operational simplicity",
            Criterion::Maintainability => "long-term maintainability",
        }
    }

    /// One sentence saying what a high score on this axis means.
    pub const fn description(self) -> &'static str {
        match self {
            Criterion::Hiring => {
                "How easily you can hire people in your own market who can run this language in production."
            }
            Criterion::TeamFit => {
                "How well the people you have now can build and look after it without stress."
            }
            Criterion::DeliverySpeed => {
                "How quickly features get from idea to production while the product keeps changing."
            }
            Criterion::RuntimeCost => {
                "Memory, idle overhead, startup time and speed for your traffic: what shows up on the cloud bill."
            }
            Criterion::Concurrency => {
                "How comfortably it handles many simultaneous connections and real-time features."
            }
            Criterion::DataAi => {
                "How much ready-made help there is for data work, analytics and ML/AI features."
            }
            Criterion::OpsSimplicity => {
                "How calm deploys, debugging, monitoring and on-call are for a small team."
            }
            Criterion::Maintainability => {
                "How readable and safe to change the code stays a year or two from now."
            }
        }
    }

    /// True for the four dimensions the brief asks every team to score; they weigh
    /// more by default.
    pub const fn is_core_dimension(self) -> bool {
        matches!(
            self,
            Criterion::Hiring
                | Criterion::TeamFit
                | Criterion::RuntimeCost
                | Criterion::OpsSimplicity
        )
    }

    /// Position in [`Criterion::ALL`]; used to index per-criterion arrays.
    pub const fn index(self) -> usize {
        match self {
            Criterion::Hiring => 0,
            Criterion::TeamFit => 1,
            Criterion::DeliverySpeed => 2,
            Criterion::RuntimeCost => 3,
            Criterion::Concurrency => 4,
            Criterion::DataAi => 5,
            Criterion::OpsSimplicity => 6,
            Criterion::Maintainability => 7,
        }
    }

    /// Looks a criterion up by its stable id.
    pub fn from_id(id: &str) -> Option<Criterion> {
        Criterion::ALL.into_iter().find(|c| c.id() == id)
    }
}

impl fmt::Display for Criterion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_indices_match_order() {
        for (i, c) in Criterion::ALL.into_iter().enumerate() {
            assert_eq!(Criterion::from_id(c.id()), Some(c));
            assert_eq!(c.index(), i);
        }
        assert_eq!(
            Criterion::ALL
                .iter()
                .filter(|c| c.is_core_dimension())
                .count(),
            4
        );
    }
}
