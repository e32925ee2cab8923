#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! What the trial and the review say: the contradiction rules against the real
//! model (scenario A recommends Node.js), the calculator's arithmetic, the review.

use proptest::prelude::*;

use super::assess::{Stance, assess};
use super::cost::{Running, estimate, money};
use super::knowledge::{BAD_FIT_SIGNS, LATE_CHANGE_COST, TRIAL_RULES};
use super::review::{Outcome, verdict};
use super::*;
use crate::model::tests::scenarios::scenario_a;
use crate::model::weights::Weights;
use crate::model::{Answers, evaluate};

fn set(trial: &mut Trial, language: Language, values: &[(&str, &str)]) {
    let card = trial.scorecard_mut(language);
    for (id, text) in values {
        card.readings
            .set_text(scorecard_field(id).unwrap(), text)
            .unwrap();
    }
}

fn build(trial: &mut Trial, language: Language, hours: [&str; 3]) {
    set(
        trial,
        language,
        &[
            ("endpoint_hours", hours[0]),
            ("job_hours", hours[1]),
            ("pipeline_hours", hours[2]),
        ],
    );
}

fn node_recommended() -> (Answers, Language) {
    let answers = scenario_a();
    let winner = evaluate(&answers, &Weights::default()).winner();
    assert_eq!(winner, Language::Node);
    (answers, winner)
}

#[test]
fn a_slower_go_trial_for_a_node_team_supports_the_recommendation() {
    let (answers, rec) = node_recommended();
    let mut t = Trial::default();
    build(&mut t, Language::Node, ["5", "4", "3"]);
    build(&mut t, Language::Go, ["16", "12", "8"]);
    let a = assess(&t, &answers, rec);
    assert!(!a.contradicts());
    assert_eq!(a.findings.len(), 1);
    let f = &a.findings[0];
    assert_eq!(
        (f.rule.id, f.language, f.stance),
        ("slow_build", Language::Go, Stance::Supports)
    );
    assert_eq!(
        f.evidence,
        "Go took 36 h to build the endpoint, job and pipeline; Node.js took 12 h (3×)."
    );
    assert_eq!(
        a.headline(),
        "The trial supports the recommendation (Node.js)."
    );
    assert!(a.revisit.is_empty());
}

#[test]
fn a_trial_against_the_recommendation_says_so_and_what_to_revisit() {
    let (answers, rec) = node_recommended();
    let mut t = Trial::default();
    build(&mut t, Language::Node, ["20", "12", "8"]);
    build(&mut t, Language::Go, ["6", "5", "4"]);
    set(
        &mut t,
        Language::Node,
        &[("dread", "yes"), ("idle_memory_mb", "420")],
    );
    let a = assess(&t, &answers, rec);
    assert!(a.contradicts());
    let ids: Vec<&str> = a.findings.iter().map(|f| f.rule.id).collect();
    assert_eq!(ids, ["slow_build", "idle_memory_always_on", "dread"]);
    assert!(a.findings.iter().all(|f| f.stance == Stance::Contradicts));
    assert_eq!(
        a.headline(),
        "The trial contradicts the recommendation (Node.js): 3 findings against it. \
         Revisit the answers below before committing."
    );
    assert_eq!(
        a.revisit,
        [
            "proficiency_node",
            "typescript_frontend",
            "uptime_pattern",
            "instance_count",
            "cloud_budget",
            "shared_conventions",
            "product_maturity",
        ]
    );
    assert!(assess::revisit_prompt("proficiency_node").contains("Node"));
}

#[test]
fn context_rules_need_their_answers() {
    let (mut answers, rec) = node_recommended();
    let mut t = Trial::default();
    set(
        &mut t,
        Language::Python,
        &[("idle_memory_mb", "400"), ("startup_ms", "5000")],
    );
    // Always on: the idle memory counts against Python (supporting Node.js).
    let a = assess(&t, &answers, rec);
    let ids: Vec<&str> = a.findings.iter().map(|f| f.rule.id).collect();
    assert_eq!(ids, ["idle_memory_always_on"]);
    assert_eq!(
        a.headline(),
        "The trial did not include Node.js, the recommendation, so it cannot confirm it."
    );
    // Bursty, few instances, moderate traffic: startup counts, idle memory does not.
    answers.set_single("uptime_pattern", "bursty").unwrap();
    answers.set_single("instance_count", "few").unwrap();
    let a = assess(&t, &answers, rec);
    let ids: Vec<&str> = a.findings.iter().map(|f| f.rule.id).collect();
    assert_eq!(ids, ["slow_startup_bursty"]);
    // A tight latency target makes latency count.
    answers.set_single("latency_target", "tight").unwrap();
    set(&mut t, Language::Node, &[("latency_ms", "90")]);
    set(&mut t, Language::Go, &[("latency_ms", "30")]);
    let a = assess(&t, &answers, rec);
    let f = a
        .findings
        .iter()
        .find(|f| f.rule.id == "slow_latency_tight_target")
        .unwrap();
    assert_eq!(f.stance, Stance::Contradicts);
    assert_eq!(
        f.evidence,
        "Node.js answered in 90 ms under normal load; Go in 30 ms (3×)."
    );
    assert_eq!(a.revisit, ["traffic_level", "latency_target"]);
    // An answer in under a millisecond is recorded as 0 and still compared.
    set(&mut t, Language::Go, &[("latency_ms", "0")]);
    let a = assess(&t, &answers, rec);
    let f = a
        .findings
        .iter()
        .find(|f| f.rule.id == "slow_latency_tight_target")
        .unwrap();
    assert_eq!(
        f.evidence,
        "Node.js answered in 90 ms under normal load; Go in under 1 ms (at least 90×)."
    );
}

#[test]
fn nothing_notable_and_nothing_trialled_are_said_plainly() {
    let (answers, rec) = node_recommended();
    let mut t = Trial::default();
    assert_eq!(
        assess(&t, &answers, rec).headline(),
        "No trial recorded yet."
    );
    set(
        &mut t,
        Language::Node,
        &[("dread", "no"), ("deploy_friction", "some")],
    );
    assert_eq!(
        assess(&t, &answers, rec).headline(),
        "Nothing in the trial contradicts the recommendation (Node.js)."
    );
}

#[test]
fn choice_evidence_quotes_the_note() {
    let (answers, rec) = node_recommended();
    let mut t = Trial::default();
    set(&mut t, Language::Node, &[("deploy_friction", "a_lot")]);
    let field = scorecard_field("deploy_friction").unwrap();
    t.scorecard_mut(Language::Node)
        .readings
        .set_note(field, "three lock files");
    let a = assess(&t, &answers, rec);
    assert_eq!(a.findings[0].evidence, "Node.js: Deploy friction — a lot.");
    assert_eq!(a.findings[0].note.as_deref(), Some("three lock files"));
    assert_eq!(a.revisit, ["who_deploys", "observability", "rollback"]);
}

#[test]
fn trial_rules_are_well_formed() {
    let mut ids: Vec<&str> = TRIAL_RULES.iter().map(|r| r.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), TRIAL_RULES.len());
    for rule in &TRIAL_RULES {
        assert!(
            !rule.reason.is_empty() && !rule.revisit.is_empty(),
            "{}",
            rule.id
        );
        for w in rule.when_any {
            let q = crate::model::questionnaire::question(w.question).unwrap();
            assert!(
                w.options.iter().all(|o| q.option(o).is_some()),
                "{}",
                rule.id
            );
        }
        for r in rule.revisit {
            if let knowledge::Revisit::Question(id) = r {
                assert!(crate::model::questionnaire::question(id).is_some(), "{id}");
            }
        }
        if let knowledge::Signal::Choice(field, options) = rule.signal {
            let f = scorecard_field(field).unwrap();
            assert!(options.iter().all(|o| f.choice(o).is_some()), "{}", rule.id);
        }
    }
    for sign in &BAD_FIT_SIGNS {
        assert!(review_field(sign.field).is_some(), "{}", sign.field);
    }
}

#[test]
fn the_calculator_multiplies_what_it_says() {
    let mut t = Trial::default();
    // 1 + 3 + 1 instances, 5.00 per GB-month, 80 per hour.
    for (id, text) in [
        ("production_instances", "3"),
        ("price_per_gb_month", "5"),
        ("hourly_rate", "80"),
    ] {
        t.set_assumption(fields::find_assumption(id).unwrap(), text)
            .unwrap();
    }
    set(&mut t, Language::Python, &[("idle_memory_mb", "400")]);
    build(&mut t, Language::Python, ["5", "4", "3"]);
    set(&mut t, Language::Go, &[("idle_memory_mb", "20")]);
    build(&mut t, Language::Go, ["10", "8", "6"]);
    let e = estimate(&t);
    assert_eq!(e.instances, 5);
    // 400 MB × 5 / 1024 × 5.00 = 9.77; 20 MB × 5 / 1024 × 5.00 = 0.49.
    let lines: Vec<(Language, Option<u64>, Option<u64>)> = e
        .lines
        .iter()
        .map(|l| (l.language, l.monthly, l.engineer))
        .collect();
    assert_eq!(
        lines,
        [
            (Language::Go, Some(49), Some(192_000)),
            (Language::Python, Some(977), Some(96_000))
        ]
    );
    let run = e.monthly_gap.unwrap();
    assert_eq!(
        (run.cheaper, run.dearer, run.amount),
        (Language::Go, Language::Python, 928)
    );
    let build_gap = e.engineer_gap.unwrap();
    assert_eq!(
        (build_gap.cheaper, build_gap.amount),
        (Language::Python, 96_000)
    );
    // 960.00 of extra engineer time against 9.28 a month: 104 months to even out.
    assert_eq!(e.months_to_even(), Some(104));
    assert!(
        e.assumptions
            .iter()
            .any(|a| a.contains("5.00 per GB-month"))
    );
    assert!(e.assumptions.iter().any(|a| a.contains("80.00 per hour")));
    // Editing an assumption changes the figures.
    t.set_assumption(fields::find_assumption("failover_instances").unwrap(), "6")
        .unwrap();
    // 400 MB × 10 / 1024 × 5.00 = 19.53; 20 MB: 0.98.
    assert_eq!(estimate(&t).monthly_gap.unwrap().amount, 1_855);
}

/// The payback sentence weighs the brief's two sides: "engineer time usually costs
/// more than a server or two" when the saving takes years to pay back, but "if Go
/// runs a busy API on half the servers, it does" when it pays back within the year.
#[test]
fn the_cost_summary_says_when_the_server_bill_matters() {
    let mut t = Trial::default();
    set(&mut t, Language::Python, &[("idle_memory_mb", "400")]);
    build(&mut t, Language::Python, ["5", "4", "3"]);
    set(&mut t, Language::Go, &[("idle_memory_mb", "20")]);
    build(&mut t, Language::Go, ["10", "8", "6"]);
    // 104 months to pay back: engineer time wins.
    let slow = estimate(&t).summary(Running::default());
    let payback = slow.payback.unwrap();
    assert!(payback.contains("about 152 months"), "{payback}");
    assert!(
        payback.contains("Engineer time usually costs more"),
        "{payback}"
    );
    assert_eq!(slow.bursty, None);
    // Many instances: it pays back within the year, and the bill matters.
    t.set_assumption(
        fields::find_assumption("production_instances").unwrap(),
        "600",
    )
    .unwrap();
    let busy = estimate(&t).summary(Running::default()).payback.unwrap();
    assert!(busy.contains("the server bill does matter"), "{busy}");
    assert!(!busy.contains("Engineer time usually costs more"), "{busy}");
    // No always-on instance: idle memory costs nothing, whatever was measured.
    for id in [
        "staging_instances",
        "production_instances",
        "failover_instances",
    ] {
        t.set_assumption(fields::find_assumption(id).unwrap(), "0")
            .unwrap();
    }
    let none = estimate(&t).summary(Running {
        bursty: true,
        instances: None,
    });
    assert!(
        none.monthly.contains("no always-on instances"),
        "{}",
        none.monthly
    );
    assert!(!none.monthly.contains("no difference"), "{}", none.monthly);
    assert!(none.bursty.unwrap().contains("barely shows on the bill"));
}

#[test]
fn the_calculator_needs_two_languages_to_compare() {
    let mut t = Trial::default();
    set(&mut t, Language::Node, &[("idle_memory_mb", "110")]);
    let e = estimate(&t);
    assert_eq!(e.lines.len(), 1);
    assert_eq!(e.monthly_gap, None);
    assert_eq!(e.months_to_even(), None);
}

#[test]
fn money_is_grouped_with_two_decimals() {
    assert_eq!(money(0), "0.00");
    assert_eq!(money(5), "0.05");
    assert_eq!(money(123_456), "1,234.56");
    assert_eq!(money(100_000_000), "1,000,000.00");
}

fn review(values: &[(&str, &str)]) -> Review {
    let mut r = Review::default();
    for (id, text) in values {
        r.readings
            .set_text(review_field(id).unwrap(), text)
            .unwrap();
    }
    r
}

#[test]
fn a_review_with_signs_of_bad_fit_suggests_changing_early_with_the_costs() {
    let v = verdict(&review(&[
        ("cloud_bill", "over_budget"),
        ("tooling_hours_per_week", "6"),
        ("delivery_speed", "as_expected"),
    ]));
    assert_eq!(v.signs.len(), 2);
    assert_eq!((v.chosen, v.suggested), (None, Outcome::ChangeEarly));
    assert_eq!(v.change_costs.len(), 3);
    // What a change now costs first, then why waiting costs more.
    assert!(v.change_costs[0].text.contains("3–6 months"));
    assert_eq!(v.change_costs.last(), Some(&LATE_CHANGE_COST));
    assert!(LATE_CHANGE_COST.text.contains("$200k–$800k"));
    assert!(
        v.extract
            .unwrap()
            .text
            .contains("extracting one new service")
    );
    assert_eq!(
        v.headline(),
        "2 signs of a bad fit: the cloud bill is over the budget in the record; tooling costs \
         the team half a day a week or more. The signs suggest: change early."
    );
}

#[test]
fn a_kept_language_with_good_signs_needs_no_rewrite_advice() {
    let v = verdict(&review(&[
        ("outcome", "keep"),
        ("tooling_hours_per_week", "3.5"),
    ]));
    assert!(v.signs.is_empty());
    assert_eq!(v.chosen, Some(Outcome::Keep));
    assert!(v.change_costs.is_empty() && v.extract.is_none());
    assert_eq!(
        v.headline(),
        "No sign of a bad fit. Outcome: keep the language."
    );
    let v = verdict(&review(&[("tooling_hours_per_week", "1")]));
    assert_eq!(
        v.headline(),
        "No sign of a bad fit. Nothing suggests changing: keep the language."
    );
    let v = verdict(&review(&[("delivery_speed", "worse")]));
    assert_eq!(
        v.headline(),
        "One sign of a bad fit: features ship slower than expected. One sign alone does not \
         suggest changing: keep the language and watch it at the next review."
    );
    let v = verdict(&review(&[
        ("outcome", "keep"),
        ("hiring_response", "worse"),
        ("incident_load", "worse"),
    ]));
    assert!(
        v.headline()
            .contains("although the signs suggest changing early")
    );
    let v = verdict(&review(&[("outcome", "change_early")]));
    assert!(v.extract.is_some());
    assert!(
        v.headline()
            .contains("although no sign of a bad fit was recorded")
    );
    let v = verdict(&review(&[
        ("outcome", "change_early"),
        ("cloud_bill", "over_budget"),
    ]));
    assert!(
        v.headline()
            .contains("although only one sign points that way")
    );
}

#[test]
fn a_review_before_any_release_is_an_early_impression() {
    let signs = [("delivery_speed", "worse"), ("incident_load", "worse")];
    let before = verdict(&review(&[&signs[..], &[("releases", "0")]].concat()));
    assert_eq!(before.suggested, Outcome::ChangeEarly);
    assert!(
        before.headline().ends_with(
            "No real release has shipped yet, so this is an early impression: review again \
             after the first one or two."
        ),
        "{}",
        before.headline()
    );
    for after in [&[("releases", "2")][..], &[]] {
        let v = verdict(&review(&[&signs[..], after].concat()));
        assert!(
            !v.headline().contains("early impression"),
            "{}",
            v.headline()
        );
    }
}

proptest! {
    #[test]
    fn contradictions_are_only_about_the_recommendation(
        trial in strategies::arb_trial(),
        rec in prop::sample::select(Language::ALL.to_vec()),
    ) {
        let a = assess(&trial, &scenario_a(), rec);
        for f in &a.findings {
            prop_assert_eq!(f.stance == Stance::Contradicts, f.language == rec);
        }
        prop_assert_eq!(a.contradicts(), !a.revisit.is_empty());
        let _ = estimate(&trial);
    }
}

/// The calculator counts 4 instances until told otherwise: when the answers gave
/// another number of running instances, the summary says so, and not for bursty
/// work (which counts only what stays up) or a count within the answer.
#[test]
fn the_cost_summary_says_when_the_instances_differ_from_the_answer() {
    let t = Trial::default();
    let mut answers = Answers::new();
    answers.set_single("instance_count", "many").unwrap();
    let note = estimate(&t)
        .summary(Running::from_answers(&answers))
        .instances
        .unwrap();
    assert!(
        note.contains(
            "You answered more than 10 running instances in total; these figures count 4"
        ),
        "{note}"
    );
    answers.set_single("instance_count", "several").unwrap();
    assert_eq!(
        estimate(&t)
            .summary(Running::from_answers(&answers))
            .instances,
        None
    );
    answers.set_single("instance_count", "few").unwrap();
    assert!(
        estimate(&t)
            .summary(Running::from_answers(&answers))
            .instances
            .is_some()
    );
    answers.set_single("uptime_pattern", "bursty").unwrap();
    let bursty = estimate(&t).summary(Running::from_answers(&answers));
    assert_eq!(bursty.instances, None);
    assert!(bursty.bursty.is_some());
}
