#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Independent probes: realistic trial / review / cost situations with the outcome the
//! domain brief implies. Each probe names the brief sentence it rests on.

use super::assess::{Stance, assess};
use super::cost::{estimate, money};
use super::review::{Outcome, verdict};
use super::*;
use crate::model::tests::scenarios::{scenario_a, scenario_b};
use crate::model::weights::Weights;
use crate::model::{Answers, evaluate};

fn set(trial: &mut Trial, language: Language, values: &[(&str, &str)]) {
    let card = trial.scorecard_mut(language);
    for (id, text) in values {
        let f = scorecard_field(id).unwrap();
        match f.kind {
            fields::FieldKind::Choice(_) => card.readings.set_choice(f, Some(text)).unwrap(),
            fields::FieldKind::Number(_) => card.readings.set_text(f, text).unwrap(),
        }
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

fn assume(trial: &mut Trial, id: &str, text: &str) {
    trial
        .set_assumption(fields::find_assumption(id).unwrap(), text)
        .unwrap();
}

fn node_recommended() -> (Answers, Language) {
    let answers = scenario_a();
    let e = evaluate(&answers, &Weights::default());
    assert_eq!(e.winner(), Language::Node);
    (answers, e.winner())
}

fn show(a: &assess::Assessment) {
    println!("HEADLINE: {}", a.headline());
    for f in &a.findings {
        println!(
            "  {:?} {} {:?}: {} [{}]",
            f.stance,
            f.rule.id,
            f.language,
            f.evidence,
            f.rule.source.name()
        );
    }
    println!("  revisit: {:?}", a.revisit);
}

fn review(values: &[(&str, &str)]) -> Review {
    let mut r = Review::default();
    for (id, text) in values {
        let f = review_field(id).unwrap();
        match f.kind {
            fields::FieldKind::Choice(_) => r.readings.set_choice(f, Some(text)).unwrap(),
            fields::FieldKind::Number(_) => r.readings.set_text(f, text).unwrap(),
        }
    }
    r
}

// Brief: "Run a one-sprint trial ... Watch shipping speed, test friction, memory use,
// deploy friction, and whether anyone dreads touching the code."
// The recommended language (Node.js) shipped 2.5× slower, had a lot of deploy friction
// and people dread its code; the runner-up (Go) did well on everything.
#[test]
fn probe_trial_bad_for_winner_good_for_runner_up_contradicts() {
    let (answers, rec) = node_recommended();
    let mut t = Trial::default();
    build(&mut t, Language::Node, ["14", "10", "6"]);
    build(&mut t, Language::Go, ["6", "4", "2"]);
    set(
        &mut t,
        Language::Node,
        &[
            ("deploy_friction", "a_lot"),
            ("dread", "yes"),
            ("test_friction", "some"),
        ],
    );
    set(
        &mut t,
        Language::Go,
        &[
            ("deploy_friction", "none"),
            ("dread", "no"),
            ("test_friction", "none"),
        ],
    );
    let a = assess(&t, &answers, rec);
    show(&a);
    assert!(a.contradicts());
    assert!(a.headline().contains("contradicts"));
    let against: Vec<&str> = a
        .findings
        .iter()
        .filter(|f| f.stance == Stance::Contradicts)
        .map(|f| f.rule.id)
        .collect();
    assert!(against.contains(&"slow_build"), "{against:?}");
    assert!(against.contains(&"deploy_friction"), "{against:?}");
    assert!(against.contains(&"dread"), "{against:?}");
    assert!(!a.revisit.is_empty());
}

// Brief: step 5, the trial is a cheap check. One good and one bad reading for the
// recommendation must not yield a confident "supports".
#[test]
fn probe_mixed_trial_is_not_a_confident_support() {
    let (answers, rec) = node_recommended();
    let mut t = Trial::default();
    // Good: Node built everything 3× faster than Go.
    build(&mut t, Language::Node, ["4", "3", "2"]);
    build(&mut t, Language::Go, ["12", "9", "6"]);
    // Bad: somebody dreads touching the Node code.
    set(&mut t, Language::Node, &[("dread", "yes")]);
    let a = assess(&t, &answers, rec);
    show(&a);
    assert!(
        !a.headline().starts_with("The trial supports"),
        "{}",
        a.headline()
    );
}

// Same idea, with the bad reading being memory on an always-on API (scenario A is
// always-on): Node idles at 450 MB while Go idles at 25 MB; Node built faster.
// Brief: "Always-on APIs pay idle cost every hour ... (an extra 200 MB per instance adds up)."
#[test]
fn probe_mixed_trial_memory_vs_speed_is_not_a_confident_support() {
    let (answers, rec) = node_recommended();
    let mut t = Trial::default();
    build(&mut t, Language::Node, ["4", "3", "2"]);
    build(&mut t, Language::Go, ["12", "9", "6"]);
    set(&mut t, Language::Node, &[("idle_memory_mb", "450")]);
    set(&mut t, Language::Go, &[("idle_memory_mb", "25")]);
    let a = assess(&t, &answers, rec);
    show(&a);
    assert!(
        !a.headline().starts_with("The trial supports"),
        "{}",
        a.headline()
    );
    assert!(
        a.findings
            .iter()
            .any(|f| f.language == Language::Node && f.stance == Stance::Contradicts),
        "the 425 MB extra idle memory on an always-on API should count against Node.js"
    );
}

// Results entered only for the winner, all good: there is nothing to compare with,
// so the app must not claim the trial "supports" the recommendation over the others.
#[test]
fn probe_only_winner_trialled_all_good() {
    let (answers, rec) = node_recommended();
    let mut t = Trial::default();
    build(&mut t, Language::Node, ["5", "4", "3"]);
    set(
        &mut t,
        Language::Node,
        &[
            ("dread", "no"),
            ("deploy_friction", "none"),
            ("test_friction", "none"),
            ("idle_memory_mb", "90"),
            ("startup_ms", "300"),
            ("latency_ms", "40"),
        ],
    );
    let a = assess(&t, &answers, rec);
    show(&a);
    assert!(!a.contradicts());
    assert!(!a.headline().starts_with("The trial supports"));
    assert_eq!(a.trialled, [Language::Node]);
}

// Results entered only for the winner, bad: dread and a lot of test friction on Node.
// Brief: "whether anyone dreads touching the code" is a thing to watch; one language
// alone is enough to flag it.
#[test]
fn probe_only_winner_trialled_all_bad_contradicts() {
    let (answers, rec) = node_recommended();
    let mut t = Trial::default();
    set(
        &mut t,
        Language::Node,
        &[
            ("dread", "yes"),
            ("test_friction", "a_lot"),
            ("deploy_friction", "a_lot"),
        ],
    );
    let a = assess(&t, &answers, rec);
    show(&a);
    assert!(a.contradicts());
}

// Results only for the runner-up: the trial cannot confirm the recommendation.
#[test]
fn probe_only_runner_up_trialled_cannot_confirm() {
    let (answers, rec) = node_recommended();
    let mut t = Trial::default();
    build(&mut t, Language::Go, ["6", "5", "4"]);
    set(&mut t, Language::Go, &[("dread", "no")]);
    let a = assess(&t, &answers, rec);
    show(&a);
    assert!(!a.contradicts());
    assert!(a.headline().contains("cannot confirm"), "{}", a.headline());
}

// Absurd values: 0 hours for a whole endpoint, job and pipeline. Should not panic,
// and must not produce a comparison built on a zero (no "∞×", no division by zero);
// ideally refused or flagged with a clear message.
#[test]
fn probe_zero_build_hours_are_handled() {
    let (answers, rec) = node_recommended();
    let mut t = Trial::default();
    // Control: Node.js 45 h against Go 3 h is a contradiction.
    build(&mut t, Language::Node, ["20", "15", "10"]);
    build(&mut t, Language::Go, ["1", "1", "1"]);
    assert!(assess(&t, &answers, rec).contradicts(), "control");
    let zero = scorecard_field("endpoint_hours").unwrap();
    let r = t.scorecard_mut(Language::Go).readings.set_text(zero, "0");
    println!("0 hours accepted? {r:?}");
    build(&mut t, Language::Node, ["20", "15", "10"]);
    let _ = t
        .scorecard_mut(Language::Go)
        .readings
        .set_text(scorecard_field("job_hours").unwrap(), "0");
    let _ = t
        .scorecard_mut(Language::Go)
        .readings
        .set_text(scorecard_field("pipeline_hours").unwrap(), "0");
    let a = assess(&t, &answers, rec);
    show(&a);
    for f in &a.findings {
        assert!(!f.evidence.contains("inf") && !f.evidence.contains("NaN"));
    }
    let e = estimate(&t);
    println!("estimate lines: {:?}", e.lines);
    // If a zero is accepted, a 45-hour Node build against a 0-hour Go build should
    // not silently say nothing: either refuse the 0 or say it cannot compare.
    if r.is_ok() && t.scorecard(Language::Go).unwrap().build_tenths() == Some(0) {
        assert!(
            a.findings.iter().any(|f| f.rule.id == "slow_build"),
            "Go recorded as 0 h, Node.js 45 h: the zero was accepted without a message \
             and the build comparison silently vanished"
        );
    }
}

// Negative and huge values are refused with clear messages naming the field.
#[test]
fn probe_negative_and_huge_values_are_refused_clearly() {
    let mut t = Trial::default();
    let hours = scorecard_field("job_hours").unwrap();
    let card = t.scorecard_mut(Language::Python);
    let neg = card.readings.set_text(hours, "-5").unwrap_err().to_string();
    let huge = card
        .readings
        .set_text(hours, "99999999999999999999999")
        .unwrap_err()
        .to_string();
    println!("{neg}\n{huge}");
    assert!(neg.contains("Building the background job") && neg.contains("negative"));
    assert!(huge.contains("Building the background job") && huge.contains("at most"));
    let inst = fields::find_assumption("production_instances").unwrap();
    let e = t.set_assumption(inst, "-2").unwrap_err().to_string();
    println!("{e}");
    assert!(e.contains("negative"));
    assert_eq!(t.assumption("production_instances"), 2);
    let price = fields::find_assumption("price_per_gb_month").unwrap();
    let e = t.set_assumption(price, "1e12").unwrap_err().to_string();
    println!("{e}");
    assert!(e.contains("Price of memory"));
}

// Huge but accepted values everywhere: no panic, no overflow, readable money.
#[test]
fn probe_max_values_do_not_overflow() {
    let (answers, rec) = node_recommended();
    let mut t = Trial::default();
    for id in [
        "staging_instances",
        "production_instances",
        "failover_instances",
    ] {
        assume(&mut t, id, "10000");
    }
    assume(&mut t, "price_per_gb_month", "100000");
    assume(&mut t, "hourly_rate", "100000");
    for l in Language::ALL {
        build(&mut t, l, ["2000", "2000", "2000"]);
        set(
            &mut t,
            l,
            &[
                ("idle_memory_mb", "1000000"),
                ("startup_ms", "3600000"),
                ("latency_ms", "3600000"),
            ],
        );
    }
    set(&mut t, Language::Go, &[("idle_memory_mb", "1")]);
    let e = estimate(&t);
    for l in &e.lines {
        println!("{:?} monthly {:?}", l.language, l.monthly.map(money));
    }
    let _ = e.months_to_even();
    let a = assess(&t, &answers, rec);
    show(&a);
    assert_eq!(e.instances, 30_000);
    assert!(e.lines.iter().all(|l| l.monthly.is_some()));
}

// Brief: "Always-on APIs pay idle cost every hour, multiplied across staging, production
// and failover" and "Go: lowest memory ... Node.js ... higher memory floor ... Python:
// often the most runtime cost". Measured Go 25, Node 110, Python 380 MB on many instances.
#[test]
fn probe_calculator_always_on_many_instances_ranks_go_node_python() {
    let mut t = Trial::default();
    assume(&mut t, "staging_instances", "3");
    assume(&mut t, "production_instances", "20");
    assume(&mut t, "failover_instances", "5");
    set(&mut t, Language::Go, &[("idle_memory_mb", "25")]);
    set(&mut t, Language::Node, &[("idle_memory_mb", "110")]);
    set(&mut t, Language::Python, &[("idle_memory_mb", "380")]);
    let e = estimate(&t);
    let m = |l: Language| {
        e.lines
            .iter()
            .find(|x| x.language == l)
            .unwrap()
            .monthly
            .unwrap()
    };
    println!(
        "Go {} Node {} Python {}",
        money(m(Language::Go)),
        money(m(Language::Node)),
        money(m(Language::Python))
    );
    for s in &e.assumptions {
        println!("  {s}");
    }
    assert!(m(Language::Go) < m(Language::Node) && m(Language::Node) < m(Language::Python));
    let gap = e.monthly_gap.unwrap();
    assert_eq!((gap.cheaper, gap.dearer), (Language::Go, Language::Python));
    // 355 MB × 28 / 1024 × 4.00 = 38.83
    assert_eq!(gap.amount, 3_883);
    assert_eq!(e.instances, 28);
}

// Brief: "Bursty jobs (wake, work two minutes, exit; hourly) care about startup time,
// and the RAM difference barely shows on the bill." A bursty team with no always-on
// instance: no idle memory cost, nothing to even out, and no division by zero.
#[test]
fn probe_calculator_bursty_no_always_on_instances() {
    let mut t = Trial::default();
    for id in [
        "staging_instances",
        "production_instances",
        "failover_instances",
    ] {
        assume(&mut t, id, "0");
    }
    set(&mut t, Language::Go, &[("idle_memory_mb", "20")]);
    set(&mut t, Language::Python, &[("idle_memory_mb", "400")]);
    build(&mut t, Language::Go, ["10", "8", "6"]);
    build(&mut t, Language::Python, ["5", "4", "3"]);
    let e = estimate(&t);
    for s in &e.assumptions {
        println!("  {s}");
    }
    println!("gap {:?} even {:?}", e.monthly_gap, e.months_to_even());
    assert_eq!(e.monthly_gap.map(|g| g.amount), Some(0));
    assert_eq!(e.months_to_even(), None);
}

// Bursty workloads in the assessment: a Python job starting in 6 s counts, its idle
// memory does not.  Brief: "Bursty jobs ... care about startup time".
#[test]
fn probe_bursty_startup_counts_memory_does_not() {
    let (mut answers, _) = node_recommended();
    answers.set_single("uptime_pattern", "bursty").unwrap();
    answers.set_single("instance_count", "few").unwrap();
    let rec = evaluate(&answers, &Weights::default()).winner();
    let mut t = Trial::default();
    set(
        &mut t,
        rec,
        &[("idle_memory_mb", "450"), ("startup_ms", "6000")],
    );
    let a = assess(&t, &answers, rec);
    show(&a);
    let ids: Vec<&str> = a.findings.iter().map(|f| f.rule.id).collect();
    assert!(ids.iter().any(|id| id.contains("startup")), "{ids:?}");
    assert!(!ids.iter().any(|id| id.contains("memory")), "{ids:?}");
}

// Brief: "Engineer time usually costs more than a server or two: if Python lets a team
// ship twice as fast, a small cloud difference doesn't matter". Python built in 12 h,
// Go in 24 h; Go saves ~355 MB × 4 instances. It takes years to even out.
#[test]
fn probe_engineer_time_outweighs_small_cloud_difference() {
    let mut t = Trial::default();
    build(&mut t, Language::Python, ["6", "4", "2"]);
    build(&mut t, Language::Go, ["12", "8", "4"]);
    set(&mut t, Language::Python, &[("idle_memory_mb", "380")]);
    set(&mut t, Language::Go, &[("idle_memory_mb", "25")]);
    let e = estimate(&t);
    let months = e.months_to_even().unwrap();
    println!(
        "run gap {} build gap {} months {months}",
        money(e.monthly_gap.unwrap().amount),
        money(e.engineer_gap.unwrap().amount)
    );
    assert!(months > 24, "{months}");
    // When Go is both cheaper to run and faster to build, there is nothing to trade.
    build(&mut t, Language::Go, ["3", "2", "1"]);
    assert_eq!(estimate(&t).months_to_even(), None);
}

// Brief: figures "may be quoted as figures, with their source named in the app".
// The always-on memory finding quotes its source; the change-cost figures too.
#[test]
fn probe_figures_carry_their_sources() {
    let answers = scenario_b();
    let rec = evaluate(&answers, &Weights::default()).winner();
    assert_eq!(rec, Language::Go);
    let mut t = Trial::default();
    set(&mut t, Language::Go, &[("idle_memory_mb", "30")]);
    set(&mut t, Language::Python, &[("idle_memory_mb", "420")]);
    let a = assess(&t, &answers, rec);
    show(&a);
    let f = a
        .findings
        .iter()
        .find(|f| f.language == Language::Python)
        .expect("Python's 420 MB on an always-on, many-instance API counts");
    assert_eq!(f.stance, Stance::Supports);
    assert!(!f.rule.source.name().is_empty());
    assert!(f.rule.reason.contains("200 MB"));
    let v = verdict(&review(&[("outcome", "change_early")]));
    for c in &v.change_costs {
        println!("  {} ({})", c.text, c.source.name());
        if c.text.contains('$') {
            assert!(c.source.name().contains("agency"));
        }
    }
}

// Brief: "Review after the first one or two real releases with evidence: hiring
// response, delivery speed, incident load, cloud bill, time lost to tooling. Change
// early if it fits badly."
#[test]
fn probe_review_bad_evidence_suggests_change_early() {
    let v = verdict(&review(&[
        ("releases", "2"),
        ("incident_load", "worse"),
        ("cloud_bill", "over_budget"),
        ("hiring_response", "worse"),
        ("delivery_speed", "as_expected"),
    ]));
    println!("{}", v.headline());
    assert_eq!(v.suggested, Outcome::ChangeEarly);
    assert_eq!(v.signs.len(), 3);
    assert!(!v.change_costs.is_empty() && v.extract.is_some());
    assert!(v.headline().contains("change early"));
}

// Good evidence: keep, no rewrite advice.
#[test]
fn probe_review_good_evidence_keeps() {
    let v = verdict(&review(&[
        ("releases", "2"),
        ("incident_load", "better"),
        ("cloud_bill", "within_budget"),
        ("hiring_response", "as_expected"),
        ("delivery_speed", "better"),
        ("tooling_hours_per_week", "1"),
    ]));
    println!("{}", v.headline());
    assert_eq!(v.suggested, Outcome::Keep);
    assert!(v.signs.is_empty() && v.change_costs.is_empty());
}

// Brief: "Review after the first one or two real releases with evidence". A review
// recorded with 0 releases has no release evidence yet; the app should not
// confidently suggest changing language, or should at least say it is too early.
#[test]
fn probe_review_with_zero_releases_is_not_confident() {
    let v = verdict(&review(&[
        ("releases", "0"),
        ("incident_load", "worse"),
        ("delivery_speed", "worse"),
    ]));
    let h = v.headline();
    println!("{h}");
    assert!(
        v.suggested != Outcome::ChangeEarly
            || h.to_lowercase().contains("release")
            || h.to_lowercase().contains("early to"),
        "0 releases, yet: {h}"
    );
}

// Review values out of range and a keep decision with headline wording.
#[test]
fn probe_review_limits_and_wording() {
    let mut r = Review::default();
    let tooling = review_field("tooling_hours_per_week").unwrap();
    let e = r.readings.set_text(tooling, "200").unwrap_err().to_string();
    println!("{e}");
    assert!(e.contains("Time lost to tooling"));
    let v = verdict(&review(&[("delivery_speed", "worse")]));
    println!("{}", v.headline());
    let v = verdict(&review(&[("outcome", "change_early")]));
    let h = v.headline();
    println!("{h}");
    // With no sign at all, "few signs point that way" is inaccurate.
    assert!(!h.contains("few signs"), "{h}");
}

// A 0 ms latency for the runner-up under a tight latency target: no panic, no
// "inf", and the zero should not silently drop the comparison.
#[test]
fn probe_zero_latency_is_handled() {
    let (mut answers, rec) = node_recommended();
    answers.set_single("latency_target", "tight").unwrap();
    let rec2 = evaluate(&answers, &Weights::default()).winner();
    println!("rec with tight latency: {rec2:?} (was {rec:?})");
    let mut t = Trial::default();
    set(&mut t, rec2, &[("latency_ms", "400")]);
    let other = if rec2 == Language::Go {
        Language::Node
    } else {
        Language::Go
    };
    // Control: 400 ms against 100 ms is a contradiction.
    set(&mut t, other, &[("latency_ms", "100")]);
    assert!(assess(&t, &answers, rec2).contradicts(), "control");
    set(&mut t, other, &[("latency_ms", "0")]);
    let a = assess(&t, &answers, rec2);
    show(&a);
    for f in &a.findings {
        assert!(!f.evidence.contains("inf"));
    }
    assert!(
        a.contradicts(),
        "400 ms vs a recorded 0 ms under a tight target: the zero was accepted and the \
         comparison vanished: {}",
        a.headline()
    );
}
