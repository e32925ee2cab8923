//! Property tests of the model's promises.

use proptest::prelude::*;

use super::strategies::{arb_answers, arb_weights};
use crate::model::answers::Answer;
use crate::model::criterion::Criterion;
use crate::model::knowledge;
use crate::model::language::Language;
use crate::model::questionnaire::{self, VisibleAnswers};
use crate::model::sensitivity::tests::check_against_brute_force;
use crate::model::trace::AnswerRef;
use crate::model::{Evaluation, Weights, evaluate};

const LEVELS: [&str; 4] = ["none", "some", "one_shipped", "several_shipped"];

fn assert_real(r: &AnswerRef, view: &VisibleAnswers<'_>, what: &str) {
    let q = questionnaire::question(r.question)
        .unwrap_or_else(|| panic!("{what}: unknown question {}", r.question));
    let a = view
        .get(r.question)
        .unwrap_or_else(|| panic!("{what}: {} not answered or hidden", r.question));
    assert!(
        !matches!(a, Answer::NotSure),
        "{what}: {} is not sure",
        r.question
    );
    if let Some(o) = r.option {
        assert!(
            q.option(o).is_some(),
            "{what}: unknown option {}.{o}",
            r.question
        );
        assert!(a.includes(o), "{what}: {}.{o} not selected", r.question);
    }
}

fn all_refs(e: &Evaluation) -> Vec<(AnswerRef, &'static str)> {
    let mut out = Vec::new();
    for w in &e.warnings {
        assert!(!w.triggers.is_empty(), "warning {} has no trigger", w.id);
        out.extend(w.triggers.iter().map(|t| (*t, "warning")));
    }
    let against = e.reasons_against.iter().flat_map(|r| r.reasons.iter());
    for r in e.reasons_for.iter().chain(against) {
        out.push((r.answer, "reason"));
        out.extend(r.context.map(|c| (c, "reason context")));
        out.extend(r.also.iter().map(|a| (*a, "reason's other answer")));
    }
    for adj in &e.adjustments {
        out.push((adj.answer, "adjustment"));
        out.extend(adj.context.map(|c| (c, "adjustment context")));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn scores_stay_in_range_and_every_point_is_traced(a in arb_answers(), w in arb_weights()) {
        let e = evaluate(&a, &w);
        for l in Language::ALL {
            let overall = e.overall(l);
            prop_assert!((0.0..=100.0).contains(&overall));
            for c in Criterion::ALL {
                let s = e.score(l, c);
                prop_assert!(s <= 100);
                let traced: i32 = i32::from(knowledge::baseline(l, c).score)
                    + e.trace(l, c).map(|adj| adj.amount).sum::<i32>()
                    + e.clamp(l, c).map_or(0, |cl| cl.amount());
                prop_assert_eq!(traced, i32::from(s));
            }
        }
    }

    #[test]
    fn go_too_early_fires_only_when_scoring_sees_a_crud_core(
        a in arb_answers(),
        w in arb_weights(),
    ) {
        let e = evaluate(&a, &w);
        if e.warnings.iter().any(|warning| warning.id == "go_too_early") {
            prop_assert!(
                crate::model::scoring::core_among(
                    &VisibleAnswers::new(&a),
                    knowledge::CRUD_KINDS,
                    knowledge::ORDINARY_KINDS,
                )
                .is_some(),
                "the warning calls the core CRUD but scoring's core test does not"
            );
        }
    }

    /// The result view shows the summary and, right under it, the verdict's
    /// sentence: the summary never says the verdict again, and never speaks of a
    /// default the verdict does not recommend.
    #[test]
    fn the_summary_never_repeats_the_verdict(a in arb_answers(), w in arb_weights()) {
        let e = evaluate(&a, &w);
        let sentence = e.verdict.sentence(e.winner());
        prop_assert!(!e.summary.contains(&sentence), "{}", e.summary);
        for phrase in ["Could change if", "Cannot decide yet", "Decided:"] {
            prop_assert!(!e.summary.contains(phrase), "{:?} in {}", phrase, e.summary);
        }
        if !e.verdict.recommends() {
            prop_assert!(!e.summary.contains("fits best"), "{}", e.summary);
        }
    }

    #[test]
    fn scoring_is_deterministic(a in arb_answers(), w in arb_weights()) {
        prop_assert_eq!(evaluate(&a, &w), evaluate(&a.clone(), &w));
    }

    #[test]
    fn more_proficiency_never_lowers_team_fit(a in arb_answers(), li in 0usize..3) {
        let lang = Language::ALL[li];
        let q = lang.proficiency_question();
        let mut previous = None;
        for level in LEVELS {
            let mut b = a.clone();
            b.set_single(q, level).unwrap();
            let fit = evaluate(&b, &Weights::default()).score(lang, Criterion::TeamFit);
            if let Some(p) = previous {
                prop_assert!(fit >= p, "{q}={level}: {fit} < {p}");
            }
            previous = Some(fit);
        }
    }

    #[test]
    fn raising_a_weight_never_hurts_that_criterions_leader(
        a in arb_answers(),
        w in arb_weights(),
        ci in 0usize..8,
        bump in 1u8..=10,
    ) {
        let c = Criterion::ALL[ci];
        let before = evaluate(&a, &w);
        let raised = w.with(c, w.get(c).saturating_add(bump));
        let after = evaluate(&a, &raised);
        let best = Language::ALL.iter().map(|&l| before.score(l, c)).max().unwrap();
        for l in Language::ALL.into_iter().filter(|&l| before.score(l, c) == best) {
            prop_assert!(
                after.ranking.rank_of(l) <= before.ranking.rank_of(l),
                "{l} leads {c} but fell from {} to {}",
                before.ranking.rank_of(l),
                after.ranking.rank_of(l)
            );
        }
    }

    #[test]
    fn warnings_reasons_and_traces_refer_to_real_answers(a in arb_answers(), w in arb_weights()) {
        let e = evaluate(&a, &w);
        let view = VisibleAnswers::new(&a);
        for (r, what) in all_refs(&e) {
            assert_real(&r, &view, what);
        }
        for r in e.reasons_for.iter() {
            prop_assert!(r.weighted_points > 0);
        }
    }

    #[test]
    fn sensitivity_matches_brute_force(a in arb_answers(), w in arb_weights()) {
        let e = evaluate(&a, &w);
        check_against_brute_force(&e.scores, &w);
    }

    #[test]
    fn hidden_answers_are_kept_but_ignored(a in arb_answers(), w in arb_weights()) {
        // Dropping every hidden answer changes nothing in the evaluation.
        let mut visible_only = a.clone();
        let vis = questionnaire::Visibility::of(&a);
        for (q, _) in a.iter() {
            if !vis.is_visible(q) {
                visible_only.clear(q);
            }
        }
        let full = evaluate(&a, &w);
        let trimmed = evaluate(&visible_only, &w);
        prop_assert_eq!(full.scores, trimmed.scores);
        prop_assert_eq!(full.warnings, trimmed.warnings);
        prop_assert_eq!(full.ranking, trimmed.ranking);
    }
}

/// The answers one plausible answer to `q` can be (each option offered, alone).
fn plausible_options(
    a: &crate::model::Answers,
    q: &'static questionnaire::Question,
) -> Vec<&'static str> {
    q.options
        .iter()
        .filter(|o| questionnaire::is_offered(a, q.id, o.id))
        .map(|o| o.id)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// "Decided" promises that no plausible answers to the open questions, alone
    /// or together, put another language first: with two questions left open, no
    /// pair of their answers does.
    #[test]
    fn decided_survives_any_pair_of_open_answers(
        seeds in prop::collection::vec(any::<u32>(), questionnaire::QUESTION_COUNT),
        w in arb_weights(),
        i in 0usize..questionnaire::QUESTION_COUNT,
        j in 0usize..questionnaire::QUESTION_COUNT,
    ) {
        prop_assume!(i != j);
        // Every question answered with an option, then two left open.
        let seeds: Vec<u32> = seeds.iter().map(|s| (s & !7) | (3 + s % 5)).collect();
        let mut a = super::strategies::answers_from_seeds(&seeds);
        let (qi, qj) = (&questionnaire::QUESTIONS[i], &questionnaire::QUESTIONS[j]);
        a.clear(qi.id);
        a.clear(qj.id);
        let e = evaluate(&a, &w);
        if e.verdict.status != crate::model::Status::Decided {
            return Ok(());
        }
        for oi in plausible_options(&a, qi) {
            let mut b = a.clone();
            match qi.kind {
                questionnaire::QuestionKind::Single => b.set_single(qi.id, oi).unwrap(),
                questionnaire::QuestionKind::Multi => b.set_multi(qi.id, [oi]).unwrap(),
            }
            for oj in plausible_options(&b, qj) {
                let mut c = b.clone();
                match qj.kind {
                    questionnaire::QuestionKind::Single => c.set_single(qj.id, oj).unwrap(),
                    questionnaire::QuestionKind::Multi => c.set_multi(qj.id, [oj]).unwrap(),
                }
                let f = evaluate(&c, &w);
                prop_assert_eq!(
                    f.winner(),
                    e.winner(),
                    "{}={} and {}={} put {} first over the decided {}",
                    qi.id, oi, qj.id, oj, f.winner().name(), e.winner().name()
                );
            }
        }
    }
}
