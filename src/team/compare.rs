//! Comparing two or more decisions side by side: each one's ranking and margin,
//! its priorities, and the questions they answered differently (who answered
//! what). Unlike a team, decisions compared may share a name, and nothing is
//! combined or settled.

use crate::model::answers::Answers;
use crate::model::evaluation::{Evaluation, evaluate};

use super::agreement::{QuestionAgreement, agreements};
use super::participant::Participant;

/// Decisions side by side, in the order given.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Each decision's evaluation.
    pub evaluations: Vec<Evaluation>,
    /// The questions answered differently (a decision that left a question open
    /// takes no part in it), in questionnaire order.
    pub differences: Vec<QuestionAgreement>,
}

impl Comparison {
    /// Whether every decision recommends the same language.
    pub fn same_winner(&self) -> bool {
        let mut winners = self.evaluations.iter().map(Evaluation::winner);
        winners
            .next()
            .is_none_or(|first| winners.all(|w| w == first))
    }
}

/// Compares the decisions (each as a participant: name, answers, weights).
pub fn compare(decisions: &[Participant]) -> Comparison {
    Comparison {
        evaluations: decisions
            .iter()
            .map(|d| evaluate(&d.answers, &d.weights))
            .collect(),
        differences: agreements(decisions, &Answers::new())
            .into_iter()
            .filter(QuestionAgreement::differs)
            .collect(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::model::tests::scenarios::{scenario_a, scenario_c};
    use crate::model::weights::Weights;

    #[test]
    fn a_decision_compared_with_itself_differs_nowhere() {
        let a = Participant::new("A", scenario_a(), Weights::default());
        let c = compare(&[a.clone(), a.clone()]);
        assert!(c.differences.is_empty());
        assert!(c.same_winner());
        assert_eq!(c.evaluations.len(), 2);
    }

    #[test]
    fn different_decisions_show_who_answered_what_in_order() {
        let a = Participant::new("Same", scenario_a(), Weights::default());
        let c = Participant::new("Same", scenario_c(), Weights::uniform(3));
        let cmp = compare(&[a.clone(), c.clone()]);
        assert!(!cmp.differences.is_empty());
        assert_eq!(cmp.evaluations[0], evaluate(&a.answers, &a.weights));
        assert_eq!(cmp.evaluations[1], evaluate(&c.answers, &c.weights));
        for d in &cmp.differences {
            let answered: Vec<usize> = d
                .groups
                .iter()
                .flat_map(|g| g.participants.clone())
                .collect();
            assert!(
                answered.contains(&0) && answered.contains(&1),
                "{}",
                d.question.id
            );
            assert_eq!(d.settlement, None);
        }
        assert!(!cmp.same_winner(), "scenario A picks Node.js, C Python");
        assert!(compare(&[]).same_winner());
    }
}
