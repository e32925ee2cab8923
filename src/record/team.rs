//! The record's "Who decided" section, for a decision taken as a team: who took
//! part, the consensus figure, and each disagreement that changed or could change
//! the result with how it was settled (or that it is still open). Nothing for a
//! decision taken alone.

use crate::model::Evaluation;
use crate::session::Session;
use crate::team::agreement::answer_label;
use crate::team::{Standing, participant_name};

use super::text::{inline, join_and};

/// Heading of the team section.
pub const HEADING_TEAM: &str = "Who decided";

/// Most disagreements listed (the most important ones; the team view has all).
const MAX_LISTED: usize = 3;

/// Longest name in the record (participant names are already capped at 20).
const NAME_CHARS: usize = 20;

/// The section, or an empty string when nobody else took part. `compact` leaves
/// out the "with X's answer" sentences.
pub(super) fn section(session: &Session, evaluation: &Evaluation, compact: bool) -> String {
    let team = &session.team;
    if team.is_empty() {
        return String::new();
    }
    let result = team.combine();
    let names: Vec<String> = team
        .participants
        .iter()
        .map(|p| inline(&participant_name(&p.name).unwrap_or_default(), NAME_CHARS))
        .collect();
    let mut out = format!("## {HEADING_TEAM}\n\n");
    out.push_str(&format!(
        "- **Took part:** {} (consensus {} %: how close their answers and priorities were).\n",
        join_and(&names),
        result.consensus.percent()
    ));
    if session.answers != result.answers || session.weights != result.weights {
        out.push_str(&format!(
            "- **Note:** this record scores the decision's own answers ({} wins); the team's combined answers pick {}.\n",
            evaluation.winner(),
            result.evaluation.winner()
        ));
    }
    let mattering: Vec<_> = result
        .disagreements
        .iter()
        .filter(|d| d.changes_winner() || d.standing() == Standing::InDispute)
        .take(MAX_LISTED)
        .collect();
    for d in &mattering {
        let q = d.agreement.question;
        let chosen = d
            .agreement
            .chosen()
            .map(|a| inline(&answer_label(q, a), 80))
            .unwrap_or_default();
        let how = match d.standing() {
            Standing::Settled => format!("settled on “{chosen}”"),
            _ => format!("still in dispute; the majority's “{chosen}” is used"),
        };
        out.push_str(&format!("- **{}** {how}.", inline(q.prompt, 120)));
        if !compact {
            for s in d.sentences(&team.participants) {
                out.push_str(&format!(" {}", inline(&s, 120)));
            }
        }
        out.push('\n');
    }
    let more = result.disagreements.len().saturating_sub(mattering.len());
    if mattering.is_empty() && result.disagreements.is_empty() {
        out.push_str("- **Answers:** everyone who answered gave the same answers.\n");
    } else if more > 0 {
        out.push_str(&format!(
            "- **Other differences:** {more} more, none of which changes the winner (see the team view).\n"
        ));
    }
    out.push('\n');
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::model::evaluate;
    use crate::model::tests::scenarios::{scenario_a, scenario_c};
    use crate::model::weights::Weights;
    use crate::team::Participant;

    #[test]
    fn a_team_record_names_everyone_and_how_disagreements_were_settled() {
        let mut session = Session::new("t", "Team pick", 0);
        assert_eq!(
            section(
                &session,
                &evaluate(&session.answers, &session.weights),
                false
            ),
            ""
        );
        for (name, answers) in [
            ("Ana", scenario_a()),
            ("B*o_", scenario_a()),
            ("Cy", scenario_c()),
        ] {
            session
                .team
                .add(Participant::new(name, answers, Weights::default()))
                .unwrap();
        }
        let result = session.team.combine();
        session.answers = result.answers.clone();
        session.weights = result.weights;
        let e = evaluate(&session.answers, &session.weights);
        let text = section(&session, &e, false);
        assert!(
            text.starts_with("## Who decided\n\n- **Took part:** Ana, B\\*o\\_ and Cy (consensus "),
            "{text}"
        );
        assert!(text.contains("still in dispute"), "{text}");
        assert!(text.contains("With Cy's answer, "), "{text}");
        assert!(!text.contains("**Note:**"), "{text}");

        let deciding = result
            .disagreements
            .iter()
            .find(|d| d.changes_winner())
            .unwrap();
        let cy = deciding
            .alternatives
            .iter()
            .find(|a| a.winner != e.winner())
            .unwrap();
        session
            .team
            .settle(deciding.agreement.question.id, &cy.group.answer)
            .unwrap();
        let text = section(&session, &e, true);
        assert!(text.contains("settled on “"), "{text}");
        assert!(
            text.contains("**Note:**"),
            "the decision's answers are not the team's now: {text}"
        );
        assert!(
            !text.contains("With "),
            "compact leaves the sentences out: {text}"
        );
    }
}
