//! A result that never contradicts itself: a near tie is not called a pick and no
//! note names one default while the summary leaves it to the trial; a decided
//! verdict does not sit beside low confidence; warnings say what applies to this
//! team and nothing it already did. Found by the fourth independent probe round.

use super::scenarios::{build, describe};
use crate::model::confidence::{CLOSE_MARGIN, ConfidenceLevel};
use crate::model::{Answers, Evaluation, Language, Status, Weights, evaluate};
use crate::record::decision_record;
use crate::session::Session;

/// Four to six engineers who have each shipped all three once, an ordinary
/// product API with jobs and an admin tool, moderate traffic: any of the three
/// works and nothing separates them much.
const EVEN_CRUD: &[(&str, &[&str])] = &[
    ("team_size_now", &["four_to_six"]),
    ("team_size_12m", &["four_to_six"]),
    ("proficiency_go", &["one_shipped"]),
    ("proficiency_node", &["one_shipped"]),
    ("proficiency_python", &["one_shipped"]),
    ("typescript_frontend", &["other_frontend"]),
    (
        "services_12m",
        &["product_api", "background_jobs", "admin_tools"],
    ),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["moderate"]),
    ("product_maturity", &["settling"]),
    ("codebase_state", &["greenfield"]),
];

fn with(
    base: &[(&'static str, &'static [&'static str])],
    extra: &[(&'static str, &'static [&'static str])],
) -> Answers {
    let mut pairs: Vec<(&str, &[&str])> = base
        .iter()
        .filter(|(q, _)| !extra.iter().any(|(x, _)| x == q))
        .copied()
        .collect();
    pairs.extend_from_slice(extra);
    build(&pairs)
}

fn warning<'e>(e: &'e Evaluation, id: &str) -> &'e str {
    e.warnings
        .iter()
        .find(|w| w.id == id)
        .map(|w| w.message.as_str())
        .unwrap_or_else(|| panic!("no {id}\n{}", describe(e)))
}

#[test]
fn a_near_tie_is_not_called_a_pick() {
    let e = evaluate(&build(EVEN_CRUD), &Weights::default());
    let (w, r) = (e.winner(), e.runner_up());
    assert!(
        e.margin() < CLOSE_MARGIN && !e.ranking.level_at_top(),
        "not a near tie any more: pick another situation\n{}",
        describe(&e)
    );
    assert!(!e.summary.contains("fits best"), "{}", e.summary);
    assert!(
        e.summary
            .contains(&format!("{} and {} are nearly tied", w.name(), r.name())),
        "{}",
        e.summary
    );
    assert!(
        e.summary.contains("let the one-sprint trial decide"),
        "{}",
        e.summary
    );
    assert_eq!(
        e.headline(),
        format!("Too close to call: {} or {}", w.name(), r.name())
    );
    let clear = evaluate(
        &with(EVEN_CRUD, &[("proficiency_node", &["several_shipped"])]),
        &Weights::default(),
    );
    assert_eq!(clear.headline(), "Recommended default: Node.js");
    assert_eq!(
        evaluate(&Answers::new(), &Weights::default()).headline(),
        "Cannot decide yet"
    );
    // The record does not present it as settled either.
    let mut s = Session::new("t", "Even", 0);
    s.answers = build(EVEN_CRUD);
    let record = decision_record(&s, &e);
    assert!(record.contains("Provisionally, we will use"), "{record}");
}

#[test]
fn no_note_names_one_default_while_the_trial_decides() {
    let e = evaluate(&build(EVEN_CRUD), &Weights::default());
    assert!(e.ranking.too_close_to_call(), "\n{}", describe(&e));
    let (w, r) = (e.winner(), e.runner_up());
    assert_ne!(Language::Go, w, "\n{}", describe(&e));
    if r == Language::Go {
        // Go may win the trial: no note about moving heavy jobs to Go later.
        assert!(!e.has_warning("heavy_jobs_later"), "\n{}", describe(&e));
    } else {
        let note = warning(&e, "heavy_jobs_later");
        assert!(
            note.contains(&format!("Start with {} or {}", w.name(), r.name())),
            "{note}"
        );
    }
    // A clear lead keeps the one default.
    let clear = evaluate(
        &with(EVEN_CRUD, &[("proficiency_node", &["several_shipped"])]),
        &Weights::default(),
    );
    assert!(!clear.ranking.too_close_to_call(), "\n{}", describe(&clear));
    assert!(
        warning(&clear, "heavy_jobs_later").starts_with("Start with Node.js as the default."),
        "\n{}",
        describe(&clear)
    );
}

#[test]
fn a_decided_pick_is_never_low_confidence() {
    let mut ops_first = [3; crate::model::criterion::CRITERION_COUNT];
    ops_first[crate::model::Criterion::OpsSimplicity.index()] = 10;
    let e = evaluate(
        &with(
            EVEN_CRUD,
            &[
                ("who_deploys", &["a_few"]),
                ("on_call", &["one_person"]),
                ("rollback", &["manual"]),
                ("observability", &["cloud_logs"]),
                ("product_maturity", &["stable"]),
            ],
        ),
        &Weights::from_array(ops_first),
    );
    assert_eq!(e.verdict.status, Status::Decided, "\n{}", describe(&e));
    assert!(!e.confidence.unanswered.is_empty());
    assert_ne!(
        e.confidence.level,
        ConfidenceLevel::Low,
        "{}",
        e.confidence.message
    );
    assert!(
        e.confidence
            .message
            .contains("no answer to them would put another language first"),
        "{}",
        e.confidence.message
    );
}

#[test]
fn every_priority_at_zero_is_not_called_what_you_weighted() {
    let e = evaluate(&build(EVEN_CRUD), &Weights::uniform(0));
    assert!(!e.summary.contains("what you weighted"), "{}", e.summary);
    assert!(
        e.summary.starts_with("Every priority is at zero"),
        "{}",
        e.summary
    );
    // Equal weights by another name: the same order and scores as all at 5.
    let equal = evaluate(&build(EVEN_CRUD), &Weights::uniform(5));
    assert_eq!(e.ranking.order, equal.ranking.order);
    assert_eq!(e.ranking.level_at_top(), equal.ranking.level_at_top());
}

#[test]
fn a_big_team_is_not_told_to_wait_for_ten_engineers() {
    let polyglot = |size: &'static [&'static str]| {
        evaluate(
            &with(
                EVEN_CRUD,
                &[
                    ("team_size_now", size),
                    ("team_size_12m", size),
                    ("planned_languages", &["node", "go"]),
                    ("polyglot_reason", &["preferences"]),
                ],
            ),
            &Weights::default(),
        )
    };
    let big = polyglot(&["over_ten"]);
    let message = warning(&big, "polyglot_trap");
    assert!(
        !message.contains("until you have about 10 engineers"),
        "{message}"
    );
    assert!(message.contains("measured"), "{message}");
    let small = polyglot(&["four_to_six"]);
    assert!(
        warning(&small, "polyglot_trap").contains("until you have about 10 engineers"),
        "\n{}",
        describe(&small)
    );
}

#[test]
fn a_framework_per_service_is_node_drift() {
    let base: &[(&str, &[&str])] = &[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["several_shipped"]),
        ("proficiency_python", &["some"]),
        ("typescript_frontend", &["typescript_shared"]),
        (
            "services_12m",
            &["product_api", "webhooks", "background_jobs"],
        ),
        ("core_workload", &["product_api"]),
        ("codebase_state", &["small_codebase"]),
        ("codebase_language", &["node"]),
        ("rewrite_signs", &["framework_per_service"]),
    ];
    // Several services are implied: the service count need not be answered.
    let e = evaluate(&build(base), &Weights::default());
    assert_eq!(e.winner(), Language::Node, "\n{}", describe(&e));
    assert!(e.has_warning("node_drift"), "\n{}", describe(&e));
    // Unless the team runs one application.
    let one = evaluate(
        &with(base, &[("service_count", &["one"])]),
        &Weights::default(),
    );
    assert!(!one.has_warning("node_drift"), "\n{}", describe(&one));
}

#[test]
fn the_staffing_trap_says_which_risk_applies() {
    let base: &[(&str, &[&str])] = &[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["none"]),
        ("proficiency_node", &["one_shipped"]),
        ("proficiency_python", &["none"]),
        ("typescript_frontend", &["typescript_shared"]),
        ("services_12m", &["product_api", "realtime"]),
        ("core_workload", &["realtime"]),
    ];
    let one_person = evaluate(&build(base), &Weights::default());
    assert_eq!(
        one_person.winner(),
        Language::Node,
        "\n{}",
        describe(&one_person)
    );
    let m = warning(&one_person, "staffing_trap");
    assert!(
        m.starts_with("Only one person has run Node.js in production."),
        "{m}"
    );
    assert!(!m.contains("hard to hire"), "{m}");
    let both = evaluate(
        &with(base, &[("hiring_node", &["hard"])]),
        &Weights::default(),
    );
    let m = warning(&both, "staffing_trap");
    assert!(m.contains("and Node.js engineers are hard to hire"), "{m}");
    assert!(!m.contains(", or "), "{m}");
}

/// Without a recommendation no warning speaks of a default or of "the leader":
/// plain CRUD with nothing known about the team cannot decide, and the heavy-jobs
/// note does not tell the team to start with two languages it has not chosen.
#[test]
fn cannot_decide_names_no_default() {
    let e = evaluate(
        &build(&[
            (
                "services_12m",
                &["product_api", "admin_tools", "background_jobs"],
            ),
            ("traffic_level", &["moderate"]),
        ]),
        &Weights::default(),
    );
    assert!(!e.verdict.recommends(), "\n{}", describe(&e));
    assert_eq!(e.headline(), "Cannot decide yet");
    // The work is known: the verdict says what is missing, the team's skills.
    let sentence = e.verdict.sentence(e.winner());
    assert!(
        sentence.starts_with(
            "Cannot decide yet: the top two are too close to call while answers about the \
             team's skills are still open."
        ),
        "{sentence}"
    );
    assert!(
        e.summary
            .contains("the answers still open could put either first"),
        "{}",
        e.summary
    );
    assert!(!e.has_warning("heavy_jobs_later"), "\n{}", describe(&e));
    // Planned languages still draw the polyglot trap, without naming a default.
    let planned = evaluate(
        &build(&[
            ("team_size_now", &["two_to_three"]),
            (
                "services_12m",
                &["product_api", "admin_tools", "background_jobs"],
            ),
            ("planned_languages", &["go", "python"]),
        ]),
        &Weights::default(),
    );
    assert_eq!(planned.recommendation(), None, "\n{}", describe(&planned));
    let m = warning(&planned, "polyglot_trap");
    assert!(m.contains("Make one language the one default"), "{m}");
    for w in &planned.warnings {
        assert!(
            !w.message.contains("as the default"),
            "{}: {}",
            w.id,
            w.message
        );
    }
}

/// The worst case over the open answers is never better than the lead shown now: a
/// question whose every plausible answer helps the leader (here the heart of the
/// product, open, with only Go workloads ticked) may also stay open. Found by the
/// random "one story" property in CI; this is its shrunk input.
#[test]
fn the_worst_case_lead_never_exceeds_the_lead_now() {
    let e = evaluate(
        &build(&[
            ("async_owner", &["undecided"]),
            ("codebase_language", &["go"]),
            ("codebase_state", &["small_codebase"]),
            (
                "decision_driver",
                &[
                    "big_company_stack",
                    "hiring_market",
                    "hoped_scale",
                    "this_year_services",
                ],
            ),
            ("instance_count", &["not_sure"]),
            ("latency_target", &["relaxed"]),
            ("memory_limits", &["comfortable"]),
            ("observability", &["not_sure"]),
            ("on_call", &["business_hours"]),
            ("planned_languages", &["other"]),
            ("polyglot_reason", &["measured_need"]),
            ("product_maturity", &["exploring"]),
            ("proficiency_go", &["one_shipped"]),
            (
                "rewrite_signs",
                &["framework_per_service", "slow_local_setup"],
            ),
            ("rollback", &["manual"]),
            ("service_count", &["two_to_four"]),
            ("services_12m", &["cpu_heavy", "dev_tooling"]),
            ("shared_conventions", &["each_own"]),
            ("who_deploys", &["only_one"]),
        ]),
        &Weights::from_array([0, 0, 5, 8, 3, 6, 3, 6]),
    );
    assert!(
        e.verdict.worst_lead <= e.margin() + 1e-9,
        "worst {} > now {}\n{}",
        e.verdict.worst_lead,
        e.margin(),
        describe(&e)
    );
}
