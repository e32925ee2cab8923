#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Tests of the whole team combination: one participant is themselves, order never
//! matters, and a disagreement said to change the winner really does.

use proptest::prelude::*;

use super::*;
use crate::model::Language;
use crate::model::tests::scenarios::{scenario_a, scenario_b, scenario_c};
use crate::model::tests::strategies::{arb_answers, arb_weights};

fn team_of(members: Vec<(&str, Answers, Weights)>) -> Team {
    let mut team = Team::default();
    for (name, answers, weights) in members {
        team.add(Participant::new(name, answers, weights)).unwrap();
    }
    team
}

/// What must not depend on the participants' order: the combined decision, and
/// per disagreement the question, the alternatives and who gave them (by name).
fn order_free(team: &Team) -> impl PartialEq + std::fmt::Debug {
    let r = team.combine();
    let mut disagreements: Vec<_> = r
        .disagreements
        .iter()
        .map(|d| {
            let alternatives: Vec<_> = d
                .alternatives
                .iter()
                .map(|a| {
                    let mut names: Vec<&str> = a
                        .group
                        .participants
                        .iter()
                        .map(|&i| team.participants[i].name.as_str())
                        .collect();
                    names.sort_unstable();
                    (format!("{:?}", a.group.answer), names, a.winner)
                })
                .collect();
            (d.agreement.question.id, alternatives, d.changes_winner())
        })
        .collect();
    disagreements.sort_by_key(|d| d.0);
    (
        r.answers,
        r.weights,
        r.evaluation.ranking,
        disagreements,
        r.spreads,
        r.consensus.percent(),
    )
}

/// A colleague who sent back no answers has no pick of their own: not a dissent.
#[test]
fn a_blank_reply_backs_nobody_and_dissents_from_nobody() {
    let team = team_of(vec![
        ("Ana", scenario_a(), Weights::default()),
        ("Bo", scenario_a(), Weights::default()),
        ("Cy", scenario_a(), Weights::default()),
        ("Dee", Answers::new(), Weights::default()),
    ]);
    let r = team.combine();
    assert_eq!(r.evaluation.winner(), Language::Node);
    assert_eq!((r.backing(), r.undecided()), (3, 1));
    assert_eq!(
        r.backing_sentence(),
        "3 of 3 people's own answers pick Node.js, the team's choice; 1 person answered \
         too little to pick one."
    );
}

#[test]
fn a_settled_disagreement_that_decides_the_winner_is_reported() {
    // Ana and Bo describe team A (Node.js wins); Cy describes team C (Python).
    let mut team = team_of(vec![
        ("Ana", scenario_a(), Weights::default()),
        ("Bo", scenario_a(), Weights::default()),
        ("Cy", scenario_c(), Weights::default()),
    ]);
    let r = team.combine();
    assert_eq!(r.evaluation.winner(), Language::Node);
    assert_eq!(r.backing(), 2);
    assert!(r.consensus.percent() < 100);
    let first = r.disagreements.first().unwrap();
    assert_eq!(first.standing(), Standing::InDispute);
    // Sorted: every winner-changing disagreement before any other, swings descending.
    let flags: Vec<bool> = r
        .disagreements
        .iter()
        .map(Disagreement::changes_winner)
        .collect();
    assert!(flags.windows(2).all(|w| w[0] >= w[1]), "{flags:?}");
    {
        let d = r
            .disagreements
            .iter()
            .find(|d| d.changes_winner())
            .expect("a deciding question");
        let sentences = d.sentences(&team.participants);
        assert!(
            sentences
                .iter()
                .any(|s| s.starts_with("With Cy's answer, ")),
            "{sentences:?}"
        );
        // Settling that question with Cy's answer and combining again makes it settled.
        let cy = d
            .alternatives
            .iter()
            .find(|a| a.winner != r.evaluation.winner())
            .unwrap();
        let (qid, answer, winner) = (d.agreement.question.id, cy.group.answer.clone(), cy.winner);
        team.settle(qid, &answer).unwrap();
        let settled = team.combine();
        assert_eq!(settled.evaluation.winner(), winner);
        let again = settled
            .disagreements
            .iter()
            .find(|d| d.agreement.question.id == qid)
            .unwrap();
        assert_eq!(again.standing(), Standing::Settled);
        assert_eq!(settled.in_dispute().count(), r.in_dispute().count() - 1);
    }
}

#[test]
fn the_same_person_cannot_join_twice_but_can_be_replaced() {
    let mut team = team_of(vec![("Ana", scenario_a(), Weights::default())]);
    let err = team
        .add(Participant::new(" ANA ", scenario_b(), Weights::default()))
        .unwrap_err();
    assert_eq!(
        err,
        TeamError::SamePerson {
            index: 0,
            name: "Ana".into()
        }
    );
    assert_eq!(err.to_string(), "Ana already takes part in this decision");
    team.replace(0, Participant::new("Ana", scenario_b(), Weights::default()))
        .unwrap();
    assert_eq!(team.participants[0].answers, scenario_b());
    assert_eq!(
        team.replace(3, Participant::new("X", Answers::new(), Weights::default())),
        Err(TeamError::NoSuchParticipant(3))
    );
    for i in 1..MAX_PARTICIPANTS {
        team.add(Participant::new(
            &format!("P{i}"),
            Answers::new(),
            Weights::default(),
        ))
        .unwrap();
    }
    assert_eq!(
        team.add(Participant::new("Late", Answers::new(), Weights::default())),
        Err(TeamError::Full)
    );
    assert!(team.remove(0).is_ok());
    assert_eq!(team.remove(99), Err(TeamError::NoSuchParticipant(99)));
}

#[test]
fn an_empty_team_combines_to_an_empty_decision() {
    let r = Team::default().combine();
    assert!(r.answers.is_empty());
    assert_eq!(r.weights, Weights::default());
    assert!(r.disagreements.is_empty());
    assert_eq!(r.consensus.percent(), 100);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn one_participant_is_their_own_result(answers in arb_answers(), weights in arb_weights()) {
        let team = team_of(vec![("Ana", answers.clone(), weights)]);
        let r = team.combine();
        prop_assert_eq!(&r.answers, &answers);
        prop_assert_eq!(r.weights, weights);
        prop_assert_eq!(&r.evaluation, &evaluate(&answers, &weights));
        prop_assert!(r.disagreements.is_empty());
        prop_assert_eq!(r.consensus.percent(), 100);
        prop_assert_eq!(r.backing() + r.undecided(), 1);
    }

    #[test]
    fn participant_order_never_changes_the_combined_result(
        a in arb_answers(), b in arb_answers(), c in arb_answers(),
        wa in arb_weights(), wb in arb_weights(), wc in arb_weights(),
    ) {
        let forward = team_of(vec![("Ana", a.clone(), wa), ("Bo", b.clone(), wb), ("Cy", c.clone(), wc)]);
        let backward = team_of(vec![("Cy", c.clone(), wc), ("Ana", a.clone(), wa), ("Bo", b.clone(), wb)]);
        let shuffled = team_of(vec![("Bo", b, wb), ("Cy", c, wc), ("Ana", a, wa)]);
        prop_assert_eq!(order_free(&forward), order_free(&backward));
        prop_assert_eq!(order_free(&forward), order_free(&shuffled));
    }

    #[test]
    fn a_disagreement_marked_as_changing_the_winner_really_does(
        a in arb_answers(), b in arb_answers(), wa in arb_weights(), wb in arb_weights(),
    ) {
        let team = team_of(vec![("Ana", a, wa), ("Bo", b, wb)]);
        let r = team.combine();
        for d in &r.disagreements {
            for alt in &d.alternatives {
                let mut changed = r.answers.clone();
                match &alt.group.answer {
                    Answer::Single(o) => changed.set_single(d.agreement.question.id, o).unwrap(),
                    Answer::Multi(set) => changed
                        .set_multi(d.agreement.question.id, set.iter().copied())
                        .unwrap(),
                    Answer::NotSure => changed.set_not_sure(d.agreement.question.id).unwrap(),
                }
                let winner = evaluate(&changed, &r.weights).winner();
                prop_assert_eq!(winner, alt.winner);
                let names: Vec<&str> = alt.group.participants.iter().map(|&i| team.participants[i].name.as_str()).collect();
                let said = d.sentences(&team.participants).iter().any(|s| names.iter().any(|n| s.contains(n)) && s.contains(winner.name()));
                prop_assert_eq!(said, winner != r.evaluation.winner());
            }
            prop_assert!(d.alternatives.iter().all(|x| x.group.answer != *d.agreement.chosen().unwrap()));
        }
    }
}
