//! Disagreements on answers, ranked by how much they matter to the result.
//!
//! A disagreement is a question the participants answered differently. For each
//! alternative answer (one that is not the team's answer), the combined decision is
//! evaluated again with only that answer changed. The *swing* of an alternative is
//! how many overall-score points the team's winner would lose against its closest
//! rival (its lead over the best other language, now minus then); the swing of a
//! disagreement is its largest. Disagreements are sorted: those where an
//! alternative changes the winner first, then by swing, then in questionnaire
//! order.

use crate::model::answers::Answers;
use crate::model::evaluation::{Evaluation, evaluate};
use crate::model::language::Language;
use crate::model::weights::Weights;

use super::agreement::{AnswerGroup, QuestionAgreement, Standing};
use super::participant::Participant;

/// One alternative answer and what it would do to the result.
#[derive(Clone, Debug, PartialEq)]
pub struct Alternative {
    /// The answer and who gave it.
    pub group: AnswerGroup,
    /// The winner with this answer instead of the team's.
    pub winner: Language,
    /// Overall-score points the team's winner would lose against its closest rival.
    pub swing: f64,
}

/// A question the team answered differently.
#[derive(Clone, Debug, PartialEq)]
pub struct Disagreement {
    /// The question, its answer groups and its settlement.
    pub agreement: QuestionAgreement,
    /// The answers that are not the team's, in the agreement's group order.
    pub alternatives: Vec<Alternative>,
    /// The team's winner with the team's answers.
    pub team_winner: Language,
}

impl Disagreement {
    /// Whether one of the alternatives would change the winner.
    pub fn changes_winner(&self) -> bool {
        self.alternatives
            .iter()
            .any(|a| a.winner != self.team_winner)
    }

    /// The largest swing of any alternative (0 when none weakens the winner).
    pub fn swing(&self) -> f64 {
        self.alternatives
            .iter()
            .map(|a| a.swing)
            .fold(0.0, f64::max)
    }

    /// Agreed, in dispute or settled.
    pub fn standing(&self) -> Standing {
        self.agreement.standing()
    }

    /// "With Ana's answer, Python would win." for every alternative that changes
    /// the winner, in order.
    pub fn sentences(&self, participants: &[Participant]) -> Vec<String> {
        self.alternatives
            .iter()
            .filter(|a| a.winner != self.team_winner)
            .map(|a| {
                format!(
                    "With {}, {} would win.",
                    whose_answer(&a.group.participants, participants),
                    a.winner.name()
                )
            })
            .collect()
    }
}

/// "Ana's answer", "the answer Ana and Bo gave", "the answer Ana, Bo and Cy gave".
pub fn whose_answer(indices: &[usize], participants: &[Participant]) -> String {
    let names: Vec<&str> = indices
        .iter()
        .filter_map(|&i| participants.get(i))
        .map(|p| p.name.as_str())
        .collect();
    match names.as_slice() {
        [] => "another answer".to_owned(),
        [one] => format!("{one}'s answer"),
        [init @ .., last] => format!("the answer {} and {last} gave", init.join(", ")),
    }
}

/// The winner's lead over its best rival, in overall-score points.
fn lead(evaluation: &Evaluation, winner: Language) -> f64 {
    let mine = evaluation.overall(winner);
    let best_other = Language::ALL
        .into_iter()
        .filter(|&l| l != winner)
        .map(|l| evaluation.overall(l))
        .fold(f64::NEG_INFINITY, f64::max);
    mine - best_other
}

/// Every question answered differently, with what each alternative would do,
/// sorted by how much it matters (see the module doc).
pub fn disagreements(
    agreements: &[QuestionAgreement],
    combined: &Answers,
    weights: &Weights,
    team: &Evaluation,
) -> Vec<Disagreement> {
    let team_winner = team.winner();
    let team_lead = lead(team, team_winner);
    let mut found: Vec<Disagreement> = agreements
        .iter()
        .filter(|a| a.differs())
        .map(|a| {
            let alternatives = a
                .alternatives()
                .map(|group| {
                    let mut changed = combined.clone();
                    changed.insert_checked(a.question, group.answer.clone());
                    let e = evaluate(&changed, weights);
                    Alternative {
                        group: group.clone(),
                        winner: e.winner(),
                        swing: team_lead - lead(&e, team_winner),
                    }
                })
                .collect();
            Disagreement {
                agreement: a.clone(),
                alternatives,
                team_winner,
            }
        })
        .collect();
    // Stable: equal keys keep questionnaire order.
    crate::small_sort::sort_by(&mut found, |a, b| {
        b.changes_winner()
            .cmp(&a.changes_winner())
            .then_with(|| b.swing().total_cmp(&a.swing()))
    });
    found
}
