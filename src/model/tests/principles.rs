//! Property tests of the advice principles (issue 13): unknown is not evidence,
//! "not sure" lowers confidence and never picks, more skill or easier hiring
//! never hurts a language, the ranking treats the languages alike, no winner's
//! top reason is a need the user does not have, and an answer that says a
//! difference matters less never reverses it.

use proptest::prelude::*;

use super::strategies::{arb_answers, arb_weights};
use crate::model::answers::{Answer, Answers};
use crate::model::criterion::{CRITERION_COUNT, Criterion};
use crate::model::evaluate;
use crate::model::knowledge::{SPREAD_CAPS, Trigger};
use crate::model::language::{LANGUAGE_COUNT, Language};
use crate::model::questionnaire::{QuestionKind, VisibleAnswers, is_offered, visible_questions};
use crate::model::scoring::{Scores, rank};

/// Answers every visible question with a real option (picked by `seeds`), repeating
/// until the questions that answers reveal are answered too.
fn complete(seeds: &[u32]) -> Answers {
    let mut a = Answers::new();
    for _ in 0..4 {
        for (i, q) in visible_questions(&a).into_iter().enumerate() {
            if a.get(q.id).is_some() {
                continue;
            }
            let seed = seeds.get(i % seeds.len()).copied().unwrap_or(0) as usize;
            // Only options the question offers now: a heart of the product must
            // name a ticked service, or the model ignores it as unanswered.
            let offered: Vec<&str> = q
                .options
                .iter()
                .map(|o| o.id)
                .filter(|o| is_offered(&a, q.id, o))
                .collect();
            if offered.is_empty() {
                continue;
            }
            let option = offered[seed % offered.len()];
            let _ = match q.kind {
                QuestionKind::Single => a.set_single(q.id, option),
                QuestionKind::Multi => a.set_multi(q.id, [option]),
            };
            if q.id == "services_12m" && offered.len() > 1 {
                // A second, different service, so the heart-of-the-product
                // question shows too (toggling the same one would untick it).
                let step = 1 + (seed / 7) % (offered.len() - 1);
                let other = offered[(seed % offered.len() + step) % offered.len()];
                let _ = a.toggle(q.id, other);
            }
        }
    }
    a
}

fn arb_complete() -> impl Strategy<Value = Answers> {
    proptest::collection::vec(any::<u32>(), 40).prop_map(|s| complete(&s))
}

/// The visible questions of `a` that have a real answer the model counts (not one
/// it ignores, like a heart of the product naming an unticked service) and offer
/// "not sure".
fn unsure_candidates(a: &Answers) -> Vec<&'static str> {
    let view = VisibleAnswers::new(a);
    view.visibility()
        .iter()
        .filter(|(q, shown)| *shown && q.allows_not_sure)
        .filter(|(q, _)| matches!(view.get(q.id), Some(Answer::Single(_) | Answer::Multi(_))))
        .map(|(q, _)| q.id)
        .collect()
}

const LEVELS: [&str; 4] = ["none", "some", "one_shipped", "several_shipped"];
const EASE: [&str; 3] = ["hard", "moderate", "easy"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn an_empty_session_recommends_nothing(w in arb_weights()) {
        let e = evaluate(&Answers::new(), &w);
        prop_assert_eq!(e.recommendation(), None);
        prop_assert!(!e.verdict.deciding.is_empty());
    }

    #[test]
    fn more_skill_or_easier_hiring_never_lowers_a_language(
        a in arb_answers(),
        w in arb_weights(),
        li in 0usize..LANGUAGE_COUNT,
        hiring in any::<bool>(),
    ) {
        let lang = Language::ALL[li];
        let (question, ladder): (&str, &[&str]) = if hiring {
            (lang.hiring_question(), &EASE)
        } else {
            (lang.proficiency_question(), &LEVELS)
        };
        let mut previous: Option<(f64, usize)> = None;
        for step in ladder {
            let mut b = a.clone();
            b.set_single(question, step).unwrap();
            let e = evaluate(&b, &w);
            let now = (e.overall(lang), e.ranking.rank_of(lang));
            if let Some((overall, rank)) = previous {
                prop_assert!(now.0 >= overall - 1e-9, "{question}={step}: {} < {overall}", now.0);
                prop_assert!(now.1 <= rank, "{question}={step}: rank {} after {rank}", now.1);
            }
            previous = Some(now);
        }
    }

    #[test]
    fn swapping_two_languages_scores_swaps_their_results(
        rows in proptest::array::uniform3(proptest::array::uniform8(0u8..=100)),
        w in arb_weights(),
        pair in 0usize..3,
    ) {
        let (i, j) = [(0, 1), (0, 2), (1, 2)][pair];
        let mut swapped: [[u8; CRITERION_COUNT]; LANGUAGE_COUNT] = rows;
        swapped.swap(i, j);
        let before = rank(&Scores::from_array(rows), &w);
        let after = rank(&Scores::from_array(swapped), &w);
        let (li, lj) = (Language::ALL[i], Language::ALL[j]);
        prop_assert!((before.overall(li) - after.overall(lj)).abs() < 1e-9);
        prop_assert!((before.overall(lj) - after.overall(li)).abs() < 1e-9);
        if before.weighted_loss[i] != before.weighted_loss[j] {
            prop_assert_eq!(before.rank_of(li), after.rank_of(lj));
        }
    }

    #[test]
    fn not_sure_never_raises_confidence(a in arb_complete(), w in arb_weights(), pick in any::<usize>()) {
        let candidates = unsure_candidates(&a);
        prop_assume!(!candidates.is_empty());
        let q = candidates[pick % candidates.len()];
        let mut b = a.clone();
        b.set_not_sure(q).unwrap();
        let (sure, unsure) = (evaluate(&a, &w), evaluate(&b, &w));
        // Exact only when this "not sure" is the one open question: with several,
        // the worst case adds their effects up as an estimate (see model::verdict).
        // So the answers must be complete; assuming it instead once rejected most
        // cases and aborted the run.
        prop_assert!(
            sure.confidence.unanswered.is_empty() && sure.confidence.not_sure.is_empty(),
            "not complete: {:?} {:?}", sure.confidence.unanswered, sure.confidence.not_sure
        );
        prop_assert!(unsure.confidence.score <= sure.confidence.score, "{q}");
        prop_assert!(unsure.confidence.level <= sure.confidence.level, "{q}");
    }

    #[test]
    fn a_not_sure_never_changes_the_winner_silently(
        a in arb_complete(),
        w in arb_weights(),
        pick in any::<usize>(),
    ) {
        let candidates = unsure_candidates(&a);
        prop_assume!(!candidates.is_empty());
        let q = candidates[pick % candidates.len()];
        let winner = evaluate(&a, &w).winner();
        let mut b = a.clone();
        b.set_not_sure(q).unwrap();
        let unsure = evaluate(&b, &w);
        // Unknown moves no score, so "not sure" can land where no answer does (when
        // every answer to it favours the same language); then the unsure result must
        // say that this question's answer could change it.
        let named = unsure.verdict.could_change.iter().any(|s| s.answer.question == q)
            || unsure.verdict.deciding.contains(&q);
        if unsure.winner() != winner && !named {
            let question = crate::model::question(q).unwrap();
            let some_answer_does = question.options.iter().any(|o| {
                let mut c = a.clone();
                let _ = match question.kind {
                    QuestionKind::Single => c.set_single(q, o.id),
                    QuestionKind::Multi => c.set_multi(q, [o.id]),
                };
                evaluate(&c, &w).winner() != winner
            });
            prop_assert!(
                some_answer_does,
                "{q}: not sure changed the winner, no answer does, and the result does not name it"
            );
        }
    }

    /// A reason claims an edge the result shows: every criterion a reason for the
    /// winner names is one where the winner ends ahead of each other language, and
    /// every criterion a reason against a language names is one where
    /// the winner ends ahead of it.
    #[test]
    fn reasons_name_only_criteria_the_winner_leads(a in arb_answers(), w in arb_weights()) {
        let e = evaluate(&a, &w);
        let winner = e.winner();
        let score = |l: Language, c: Criterion| i32::from(e.score(l, c));
        for r in &e.reasons_for {
            for &c in &r.criteria {
                for other in Language::ALL.into_iter().filter(|&l| l != winner) {
                    prop_assert!(
                        score(winner, c) > score(other, c),
                        "{} on {c:?} over {other:?}",
                        r.rule
                    );
                }
            }
        }
        for against in &e.reasons_against {
            for r in &against.reasons {
                for &c in &r.criteria {
                    prop_assert!(
                        score(winner, c) > score(against.language, c),
                        "{} against {:?} on {c:?}",
                        r.rule,
                        against.language
                    );
                }
            }
        }
    }

    #[test]
    fn no_winners_top_reason_is_an_absent_need(a in arb_answers(), w in arb_weights()) {
        let e = evaluate(&a, &w);
        if let Some(top) = e.reasons_for.first() {
            let named = match top.answer.option {
                Some(option) => a.get(top.answer.question).is_some_and(|x| x.includes(option)),
                // Only the list of services taken as a whole, when every service
                // ticked is ordinary work (the CRUD core), is named without an option.
                None => top.answer.question == "services_12m",
            };
            prop_assert!(named, "{:?}", top);
        }
    }
    /// The least-need answers ("not hiring", "a relaxed cloud budget", "tracing in
    /// place", ...) are spread caps: they narrow a gap other answers opened and
    /// credit nobody, so the language weaker on a criterion without them is never
    /// the stronger one with them.
    #[test]
    fn an_answer_that_says_a_difference_matters_less_never_reverses_it(
        a in arb_complete(),
        w in arb_weights(),
    ) {
        for cap in SPREAD_CAPS {
            // A cap on one answer, with or without answers that keep it off.
            let (Trigger::Chosen { question, option }
            | Trigger::Unless { trigger: &Trigger::Chosen { question, option }, .. }) = cap.when
            else {
                continue;
            };
            let mut open = a.clone();
            open.clear(question);
            let mut narrowed = open.clone();
            if narrowed.set_single(question, option).is_err()
                || visible_questions(&open) != visible_questions(&narrowed)
            {
                continue;
            }
            let (before, after) = (evaluate(&open, &w), evaluate(&narrowed, &w));
            for c in Criterion::ALL {
                for x in Language::ALL {
                    for y in Language::ALL {
                        if before.score(x, c) > before.score(y, c) {
                            prop_assert!(
                                after.score(x, c) >= after.score(y, c),
                                "{question}={option} put {} ahead of {} on {}",
                                y.name(), x.name(), c.name()
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn equal_skill_in_every_language_explains_nothing(
        a in arb_answers(),
        w in arb_weights(),
        level in 0usize..4,
    ) {
        // The same proficiency in all three languages gives no language an edge,
        // so no reason, for the winner or against another, is led by it.
        let mut a = a;
        let option = crate::model::question("proficiency_go").unwrap().options[level].id;
        for q in ["proficiency_go", "proficiency_node", "proficiency_python"] {
            a.set_single(q, option).unwrap();
        }
        let e = evaluate(&a, &w);
        let against = e.reasons_against.iter().flat_map(|r| r.reasons.iter());
        for r in e.reasons_for.iter().chain(against) {
            prop_assert!(!r.answer.question.starts_with("proficiency_"), "{:?}", r);
        }
    }
}
