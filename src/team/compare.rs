//! Comparing two or more decisions side by side: each one's ranking and margin,
//! its priorities, and the questions they answered differently (who answered
//! what). Unlike a team, decisions compared may share a name, and nothing is
//! combined or settled. The same comparison sets participants against their
//! team's combined decision ([`against_team`]).

use crate::model::answers::Answers;
use crate::model::evaluation::{Evaluation, evaluate};

use super::agreement::{QuestionAgreement, agreements};
use super::participant::Participant;
use super::{Team, TeamResult};

/// The name the team's combined decision is shown under.
pub const COMBINED_NAME: &str = "Team (combined)";

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

/// What "compare with the team" sets side by side: the chosen participants (by
/// index, in participant order, each once; an index with nobody is skipped), then
/// the team's combined answers and priorities under [`COMBINED_NAME`]. `result` is
/// `team`'s [`Team::combine`].
pub fn against_team(team: &Team, result: &TeamResult, chosen: &[usize]) -> Vec<Participant> {
    let mut side_by_side: Vec<Participant> = team
        .participants
        .iter()
        .enumerate()
        .filter(|(i, _)| chosen.contains(i))
        .map(|(_, p)| p.clone())
        .collect();
    side_by_side.push(Participant::new(
        COMBINED_NAME,
        result.answers.clone(),
        result.weights,
    ));
    side_by_side
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::model::tests::scenarios::{scenario_a, scenario_c};
    use crate::model::tests::strategies::arb_answers;
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

    fn team_of(members: &[(&str, Answers)]) -> Team {
        let mut team = Team::default();
        for (name, answers) in members {
            team.add(Participant::new(name, answers.clone(), Weights::uniform(5)))
                .unwrap();
        }
        team
    }

    #[test]
    fn participants_come_in_their_order_then_the_team() {
        let team = team_of(&[
            ("Ana", scenario_a()),
            ("Bo", scenario_c()),
            ("Cy", scenario_a()),
        ]);
        let result = team.combine();
        let names = |chosen: &[usize]| -> Vec<String> {
            against_team(&team, &result, chosen)
                .into_iter()
                .map(|p| p.name)
                .collect()
        };
        assert_eq!(names(&[2, 0, 2, 9]), ["Ana", "Cy", COMBINED_NAME]);
        assert_eq!(names(&[]), [COMBINED_NAME]);
        let side = against_team(&team, &result, &[1]);
        assert_eq!(side[1].answers, result.answers);
        assert_eq!(side[1].weights, result.weights);
        let cmp = compare(&side);
        assert_eq!(
            cmp.evaluations,
            [result.own[1].clone(), result.evaluation.clone()]
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// Compared with the team, a participant differs exactly where they answered
        /// and the team's answer is another one.
        #[test]
        fn a_participant_differs_from_the_team_where_their_answer_is_not_the_teams(
            a in arb_answers(),
            b in arb_answers(),
            pick in 0usize..2,
        ) {
            let team = team_of(&[("Ana", a), ("Bo", b)]);
            let result = team.combine();
            let cmp = compare(&against_team(&team, &result, &[pick]));
            let differing: Vec<&str> = cmp.differences.iter().map(|d| d.question.id).collect();
            let own = &team.participants[pick].answers;
            let expected: Vec<&str> = crate::model::QUESTIONS
                .iter()
                .map(|q| q.id)
                .filter(|id| match (own.get(id), result.answers.get(id)) {
                    (Some(mine), Some(teams)) => mine != teams,
                    _ => false,
                })
                .collect();
            proptest::prop_assert_eq!(differing, expected);
        }
    }
}
