//! The team's consensus figure: one percentage saying how close the team already
//! is, shown with its definition on the "How scoring works" page.
//!
//! **Definition.** Consensus is the mean of two agreements, as a whole percentage:
//! - *answers*: over the questions at least two participants answered, the average
//!   share of those participants who gave the most common answer (100 % when no
//!   question was answered by two people);
//! - *priorities*: 100 % minus the average, over the criteria, of the range of the
//!   team's weights (highest − lowest) as a share of the 0–10 scale.
//!
//! One participant is always at 100 %. Everyone answering everything differently
//! with weights 0 and 10 everywhere comes close to 0 %. Settling a question does
//! not change the figure: it measures how far apart the people are, not how far
//! the lead has decided.

use crate::model::weights::MAX_WEIGHT;

use super::agreement::QuestionAgreement;
use super::priorities::CriterionSpread;

/// The definition shown to people, next to the figure.
pub const CONSENSUS_DEFINITION: &str = "Consensus is the mean of two agreements. Answers: \
over the questions at least two people answered, the average share of them who gave the \
most common answer. Priorities: 100 % minus the average gap between the highest and the \
lowest weight on each criterion, as a share of the 0–10 scale. One person alone is at \
100 %; settling a question does not change it.";

/// The consensus figure and its two parts, each 0.0..=1.0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Consensus {
    /// Agreement on answers.
    pub answers: f64,
    /// Agreement on priorities.
    pub priorities: f64,
}

impl Consensus {
    /// The figure as a whole percentage, 0..=100.
    pub fn percent(&self) -> u8 {
        let value = ((self.answers + self.priorities) / 2.0 * 100.0)
            .round()
            .clamp(0.0, 100.0);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let percent = value as u8;
        percent
    }
}

/// Works the figure out from the team's answer groups and priority spreads.
pub fn consensus(agreements: &[QuestionAgreement], spreads: &[CriterionSpread]) -> Consensus {
    let shared: Vec<f64> = agreements
        .iter()
        .filter(|a| a.answered() >= 2)
        .map(|a| {
            let largest = a.groups.first().map_or(0, |g| g.participants.len());
            largest as f64 / a.answered() as f64
        })
        .collect();
    let answers = if shared.is_empty() {
        1.0
    } else {
        shared.iter().sum::<f64>() / shared.len() as f64
    };
    let priorities = if spreads.is_empty() {
        1.0
    } else {
        let gaps: f64 = spreads
            .iter()
            .map(|s| f64::from(s.range()) / f64::from(MAX_WEIGHT))
            .sum();
        1.0 - gaps / spreads.len() as f64
    };
    Consensus {
        answers,
        priorities,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::model::answers::Answers;
    use crate::model::weights::Weights;
    use crate::team::{Participant, agreement, priorities};

    #[test]
    fn the_figure_follows_its_definition() {
        let mut a = Answers::new();
        a.set_single("team_size_now", "solo").unwrap();
        a.set_single("hiring_go", "hard").unwrap();
        let mut b = Answers::new();
        b.set_single("team_size_now", "over_ten").unwrap();
        b.set_single("hiring_go", "hard").unwrap();
        let team = [
            Participant::new("Ana", a, Weights::uniform(0)),
            Participant::new("Bo", b, Weights::uniform(10)),
        ];
        let agreements = agreement::agreements(&team, &Answers::new());
        let weights: Vec<Weights> = team.iter().map(|p| p.weights).collect();
        let c = consensus(&agreements, &priorities::spreads(&weights));
        // Answers: one question split 1/2, one agreed 2/2 → 0.75. Priorities: 0.
        assert!((c.answers - 0.75).abs() < 1e-9);
        assert!(c.priorities.abs() < 1e-9);
        assert_eq!(c.percent(), 38);
    }
}
