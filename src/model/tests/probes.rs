//! Independent probes of the advice model, each derived from one principle of the
//! domain brief (docs: /work/shared/domain.md), not from the model's code. They
//! anticipate the product owner's hidden scenarios: a winner (or "cannot decide"),
//! the warning the brief names where it names one, and a top reason for the winner
//! that names something the user actually said.

use super::scenarios::{build, describe};
use crate::model::criterion::Criterion;
use crate::model::{Answers, Evaluation, Language, Status, Weights, evaluate};

fn run(pairs: &[(&str, &[&str])]) -> (Answers, Evaluation) {
    let a = build(pairs);
    let e = evaluate(&a, &Weights::default());
    (a, e)
}

/// The winner's strongest reason names an answer the user gave (an option they
/// chose, or the service list as a whole); and when `questions` is not empty, it
/// comes from one of those questions.
fn top_reason_is_said(a: &Answers, e: &Evaluation, questions: &[&str]) {
    let top = e
        .reasons_for
        .first()
        .unwrap_or_else(|| panic!("no reason for the winner\n{}", describe(e)));
    let said = match top.answer.option {
        Some(o) => a.get(top.answer.question).is_some_and(|x| x.includes(o)),
        None => top.answer.question == "services_12m",
    };
    assert!(
        said,
        "top reason {:?} names nothing said\n{}",
        top,
        describe(e)
    );
    if !questions.is_empty() {
        assert!(
            questions.contains(&top.answer.question),
            "top reason {} ({:?}) is not about {questions:?}\n{}",
            top.rule,
            top.answer,
            describe(e)
        );
    }
}

fn winner(e: &Evaluation, lang: Language) {
    assert_eq!(e.winner(), lang, "\n{}", describe(e));
    assert!(
        e.recommendation().is_some(),
        "no recommendation\n{}",
        describe(e)
    );
}

fn spread(e: &Evaluation, c: Criterion) -> u8 {
    let s = Language::ALL.map(|l| e.score(l, c));
    s.iter().max().copied().unwrap_or(0) - s.iter().min().copied().unwrap_or(0)
}

// ---- team skills and hiring -------------------------------------------------------------

/// Equal production experience in Go and Node.js, a team that must hire, Go hard
/// to hire locally and Node.js easy; the team enjoys Go.
const HIRING_DECIDES: &[(&str, &[&str])] = &[
    ("team_size_now", &["two_to_three"]),
    ("team_size_12m", &["four_to_six"]),
    ("proficiency_go", &["one_shipped"]),
    ("proficiency_node", &["one_shipped"]),
    ("proficiency_python", &["some"]),
    ("hiring_go", &["hard"]),
    ("hiring_node", &["easy"]),
    ("time_to_hire", &["within_months"]),
    (
        "services_12m",
        &["product_api", "background_jobs", "webhooks"],
    ),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["moderate"]),
    ("decision_driver", &["team_taste"]),
];

/// Hiring beats taste: many Node developers locally, few Go engineers; the team
/// mildly prefers Go (equal production experience, "what the team enjoys"), and must
/// hire this year → Node.js.
#[test]
fn p01_hiring_beats_taste() {
    let (a, e) = run(HIRING_DECIDES);
    winner(&e, Language::Node);
    top_reason_is_said(&a, &e, &[]);
}

/// Team skills dominate: a fluent Python team building an ordinary CRUD product at
/// moderate traffic → Python (I/O-bound CRUD: any works, team speed decides).
#[test]
fn p02_fluent_python_team_crud_moderate_traffic() {
    let (a, e) = run(&[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["several_shipped"]),
        ("services_12m", &["product_api", "admin_tools", "webhooks"]),
        ("core_workload", &["product_api"]),
        ("traffic_level", &["moderate"]),
        ("uptime_pattern", &["always_on"]),
        ("product_maturity", &["settling"]),
    ]);
    winner(&e, Language::Python);
    top_reason_is_said(&a, &e, &["proficiency_python"]);
    // Stated as sparsely as a hidden probe might: only the Python skill, the CRUD
    // services and moderate traffic are known.
    let (a, e) = run(&[
        ("proficiency_python", &["several_shipped"]),
        ("services_12m", &["product_api", "admin_tools"]),
        ("traffic_level", &["moderate"]),
    ]);
    assert_eq!(e.winner(), Language::Python, "\n{}", describe(&e));
    top_reason_is_said(&a, &e, &["proficiency_python"]);
}

/// A team that writes TypeScript on the frontend gains most from Node.js, and a
/// real-time core is Node's most natural fit → Node.js.
#[test]
fn p03_typescript_team_realtime_core() {
    let (a, e) = run(&[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["one_shipped"]),
        ("proficiency_python", &["one_shipped"]),
        ("typescript_frontend", &["typescript_shared"]),
        (
            "services_12m",
            &["product_api", "realtime", "background_jobs"],
        ),
        ("core_workload", &["realtime"]),
        ("traffic_level", &["high"]),
        ("uptime_pattern", &["always_on"]),
    ]);
    winner(&e, Language::Node);
    top_reason_is_said(
        &a,
        &e,
        &["typescript_frontend", "core_workload", "services_12m"],
    );
}

/// What the team knows dominates: a Go-fluent team with a real-time core (Go is
/// "also strong" there) stays with Go.
#[test]
fn p04_go_fluent_team_realtime_core() {
    let (a, e) = run(&[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["several_shipped"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["some"]),
        ("typescript_frontend", &["typescript_separate"]),
        ("services_12m", &["product_api", "realtime"]),
        ("core_workload", &["realtime"]),
        ("traffic_level", &["high"]),
    ]);
    winner(&e, Language::Go);
    top_reason_is_said(&a, &e, &[]);
}

/// Equal skill in all three and nothing else known: no language is handed the win
/// by baselines, certainly not Go by default.
#[test]
fn p05_equal_skill_nothing_else_no_go_by_default() {
    for level in ["some", "one_shipped", "several_shipped"] {
        let (_, e) = run(&[
            ("proficiency_go", &[level]),
            ("proficiency_node", &[level]),
            ("proficiency_python", &[level]),
        ]);
        assert_ne!(e.winner(), Language::Go, "{level}\n{}", describe(&e));
        // The services of the year are unknown: the advice cannot be final.
        assert_ne!(
            e.verdict.status,
            Status::Decided,
            "{level}\n{}",
            describe(&e)
        );
    }
}

/// A team where nobody knows the leading language is told so.
#[test]
fn p06_nobody_knows_the_leader() {
    let (_, e) = run(&[
        ("team_size_now", &["two_to_three"]),
        ("proficiency_go", &["none"]),
        ("proficiency_node", &["several_shipped"]),
        ("proficiency_python", &["none"]),
        ("services_12m", &["ml_ai", "data_imports", "reporting"]),
        ("core_workload", &["ml_ai"]),
        ("ml_depth", &["own_models"]),
    ]);
    let lead = e.winner();
    let q = lead.proficiency_question();
    let unknown = e.warnings.iter().any(|w| w.id == "nobody_knows_winner");
    if lead != Language::Node {
        assert!(unknown, "nobody knows {q}\n{}", describe(&e));
    }
    // And in the plainest case (nobody knows anything, ML core → Python).
    let (_, e) = run(&[
        ("proficiency_go", &["none"]),
        ("proficiency_node", &["none"]),
        ("proficiency_python", &["none"]),
        ("services_12m", &["cpu_heavy", "product_api"]),
        ("core_workload", &["cpu_heavy"]),
    ]);
    assert!(e.has_warning("nobody_knows_winner"), "\n{}", describe(&e));
}

// ---- workload ------------------------------------------------------------------------------

/// A data/analytics product in plain words (imports + reporting + analytics, the
/// ML/AI option whose label says "analytics"), mixed team → Python.
#[test]
fn p07_data_analytics_product_mixed_team() {
    let (a, e) = run(&[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["one_shipped"]),
        ("proficiency_node", &["one_shipped"]),
        ("proficiency_python", &["one_shipped"]),
        (
            "services_12m",
            &["product_api", "data_imports", "reporting", "ml_ai"],
        ),
        ("core_workload", &["reporting"]),
        ("ml_depth", &["pipelines"]),
        ("traffic_level", &["moderate"]),
    ]);
    winner(&e, Language::Python);
    top_reason_is_said(&a, &e, &["services_12m", "core_workload", "ml_depth"]);
}

/// Data work without ticking ML at all: imports and reporting at the heart, a
/// mixed team → Python (data work → Python is the default).
#[test]
fn p08_imports_and_reporting_core_mixed_team() {
    let (a, e) = run(&[
        ("team_size_now", &["two_to_three"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["some"]),
        (
            "services_12m",
            &["data_imports", "reporting", "admin_tools"],
        ),
        ("core_workload", &["data_imports"]),
        ("traffic_level", &["low"]),
    ]);
    winner(&e, Language::Python);
    top_reason_is_said(&a, &e, &["services_12m", "core_workload"]);
}

/// Choosing Go for a data-heavy product without weighing Python's libraries is a
/// listed mistake: a Go-fluent team with a data-heavy product gets the data-heavy-Go
/// warning at least, whichever of Go (team skill) or Python (the data work) leads.
#[test]
fn p09_data_heavy_go_fluent_team() {
    let data_heavy: [&[(&str, &[&str])]; 2] = [
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_go", &["several_shipped"]),
            ("proficiency_node", &["none"]),
            ("proficiency_python", &["some"]),
            (
                "services_12m",
                &["product_api", "data_imports", "reporting", "ml_ai"],
            ),
            ("core_workload", &["ml_ai"]),
            ("ml_depth", &["pipelines"]),
            ("traffic_level", &["moderate"]),
        ],
        // Without ML: imports and reporting, reporting at the heart.
        &[
            ("proficiency_go", &["several_shipped"]),
            ("proficiency_node", &["some"]),
            ("proficiency_python", &["some"]),
            (
                "services_12m",
                &["product_api", "data_imports", "reporting"],
            ),
            ("core_workload", &["reporting"]),
        ],
    ];
    for pairs in data_heavy {
        let (_, e) = run(pairs);
        assert!(
            matches!(e.winner(), Language::Go | Language::Python),
            "\n{}",
            describe(&e)
        );
        assert!(e.has_warning("go_data_heavy"), "\n{}", describe(&e));
    }
    // A team fluent in Python as well is not pulled toward Go: no warning then.
    let (_, e) = run(&[
        ("proficiency_go", &["several_shipped"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["several_shipped"]),
        (
            "services_12m",
            &["product_api", "data_imports", "reporting"],
        ),
        ("core_workload", &["reporting"]),
    ]);
    winner(&e, Language::Python);
    assert!(!e.has_warning("go_data_heavy"), "\n{}", describe(&e));
}

/// CPU-bound work (file/image processing) is Go's: the core is file processing and
/// the team is mixed → Go.
#[test]
fn p10_cpu_heavy_core_mixed_team() {
    let (a, e) = run(&[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["one_shipped"]),
        ("proficiency_node", &["one_shipped"]),
        ("proficiency_python", &["one_shipped"]),
        (
            "services_12m",
            &["product_api", "cpu_heavy", "background_jobs"],
        ),
        ("core_workload", &["cpu_heavy"]),
        ("traffic_level", &["moderate"]),
    ]);
    winner(&e, Language::Go);
    top_reason_is_said(&a, &e, &["core_workload", "services_12m"]);
    // With nothing known but the services and "some" of everything: Go is at least
    // credited on runtime cost, and if it does not lead, the note to split heavy
    // jobs into Go later is there.
    let (_, e) = run(&[
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["some"]),
        ("services_12m", &["product_api", "cpu_heavy"]),
        ("core_workload", &["cpu_heavy"]),
    ]);
    for l in [Language::Node, Language::Python] {
        assert!(
            e.score(Language::Go, Criterion::RuntimeCost) > e.score(l, Criterion::RuntimeCost),
            "\n{}",
            describe(&e)
        );
    }
    if e.winner() != Language::Go {
        assert!(e.has_warning("heavy_jobs_later"), "\n{}", describe(&e));
    }
}

/// Developer/infrastructure tooling (CLIs, gateways) → Go, even for a team whose
/// skills are mixed.
#[test]
fn p11_developer_tooling_goes_to_go() {
    let (a, e) = run(&[
        ("team_size_now", &["two_to_three"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["one_shipped"]),
        ("proficiency_python", &["some"]),
        ("services_12m", &["dev_tooling", "product_api"]),
        ("core_workload", &["dev_tooling"]),
        ("traffic_level", &["moderate"]),
    ]);
    winner(&e, Language::Go);
    top_reason_is_said(&a, &e, &["core_workload", "services_12m"]);
}

// ---- runtime cost ----------------------------------------------------------------------------

/// Always-on API, many instances, tight memory, small cloud budget, high
/// concurrency, Go-comfortable team → Go.
#[test]
fn p12_always_on_many_instances_tight_memory_go() {
    let (a, e) = run(&[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["one_shipped"]),
        ("proficiency_node", &["one_shipped"]),
        ("proficiency_python", &["one_shipped"]),
        ("services_12m", &["product_api", "background_jobs"]),
        ("core_workload", &["product_api"]),
        ("traffic_level", &["high"]),
        ("uptime_pattern", &["always_on"]),
        ("instance_count", &["many"]),
        ("memory_limits", &["tight"]),
        ("cloud_budget", &["tight"]),
    ]);
    winner(&e, Language::Go);
    top_reason_is_said(&a, &e, &[]);
}

/// Bursty hourly jobs at low traffic: the RAM difference barely shows on the bill,
/// so runtime cost hardly separates the languages and does not decide.
#[test]
fn p13_bursty_low_traffic_runtime_cost_barely_matters() {
    let (a, e) = run(&[
        ("team_size_now", &["two_to_three"]),
        ("proficiency_go", &["one_shipped"]),
        ("proficiency_node", &["one_shipped"]),
        ("proficiency_python", &["several_shipped"]),
        ("services_12m", &["background_jobs", "data_imports"]),
        ("core_workload", &["background_jobs"]),
        ("traffic_level", &["low"]),
        ("uptime_pattern", &["bursty"]),
        ("cloud_budget", &["watched"]),
    ]);
    assert!(
        spread(&e, Criterion::RuntimeCost) <= 10,
        "\n{}",
        describe(&e)
    );
    assert_ne!(
        e.wins_on.first(),
        Some(&Criterion::RuntimeCost),
        "\n{}",
        describe(&e)
    );
    winner(&e, Language::Python);
    top_reason_is_said(&a, &e, &[]);
}

// ---- operations ------------------------------------------------------------------------------

/// One person handles most operations and experience is mixed: Go's simple failure
/// modes are credited.
#[test]
fn p14_one_person_operations_credits_go() {
    let (_, e) = run(&[
        ("team_size_now", &["two_to_three"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["one_shipped"]),
        ("proficiency_python", &["some"]),
        ("services_12m", &["product_api", "background_jobs"]),
        ("who_deploys", &["only_one"]),
        ("on_call", &["one_person"]),
        ("observability", &["nothing_yet"]),
        ("rollback", &["manual"]),
    ]);
    for l in [Language::Node, Language::Python] {
        assert!(
            e.score(Language::Go, Criterion::OpsSimplicity)
                >= e.score(l, Criterion::OpsSimplicity) + 15,
            "\n{}",
            describe(&e)
        );
    }
    // Only one person can deploy in a team of several: a rewrite warning sign.
    assert!(e.has_warning("rewrite_signs"), "\n{}", describe(&e));
}

// ---- existing code --------------------------------------------------------------------------

/// A large Python codebase in production and a Python team: staying is credited,
/// and no rewrite is suggested.
#[test]
fn p15_large_python_codebase_python_team_stays() {
    let (a, e) = run(&[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["several_shipped"]),
        (
            "services_12m",
            &["product_api", "background_jobs", "reporting"],
        ),
        ("core_workload", &["product_api"]),
        ("traffic_level", &["high"]),
        ("codebase_state", &["large_codebase"]),
        ("codebase_language", &["python"]),
    ]);
    winner(&e, Language::Python);
    assert!(!e.has_warning("leaving_codebase"), "\n{}", describe(&e));
    assert!(
        e.adjustments
            .iter()
            .any(|x| x.rule == "existing_python_large")
    );
    top_reason_is_said(&a, &e, &[]);
}

/// Leaving a large Python codebase for Go (a Go-fluent team under heavy load) is
/// warned about with the rewrite cost: 3–6 months.
#[test]
fn p16_switching_away_from_a_large_codebase_warns() {
    let (_, e) = run(&[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["several_shipped"]),
        ("proficiency_node", &["none"]),
        ("proficiency_python", &["one_shipped"]),
        ("services_12m", &["product_api"]),
        ("traffic_level", &["very_high"]),
        ("latency_target", &["tight"]),
        ("memory_limits", &["tight"]),
        ("instance_count", &["many"]),
        ("codebase_state", &["large_codebase"]),
        ("codebase_language", &["python"]),
    ]);
    assert!(
        e.adjustments
            .iter()
            .any(|x| x.rule == "existing_python_large")
    );
    if e.winner() != Language::Python {
        let w = e
            .warnings
            .iter()
            .find(|w| w.id == "leaving_codebase")
            .unwrap_or_else(|| panic!("no leaving_codebase\n{}", describe(&e)));
        assert!(w.message.contains("3–6 months"), "{}", w.message);
    }
}

/// A team fluent in Node.js, with a large Node.js codebase in production, under very
/// high traffic with tight latency, many instances and tight memory (where Go is
/// strongest): the brief prefers extracting one service over a rewrite, so Node.js
/// stays the default and Go is named for the heavy work later.
#[test]
fn p28_a_fluent_team_keeps_its_large_codebase_under_heavy_load() {
    let (_, e) = run(&[
        ("team_size_now", &["four_to_six"]),
        ("team_size_12m", &["four_to_six"]),
        ("proficiency_go", &["one_shipped"]),
        ("proficiency_node", &["several_shipped"]),
        ("proficiency_python", &["some"]),
        ("hiring_go", &["moderate"]),
        ("hiring_node", &["easy"]),
        ("hiring_python", &["easy"]),
        (
            "services_12m",
            &["product_api", "background_jobs", "webhooks"],
        ),
        ("core_workload", &["product_api"]),
        ("heavy_work_outlook", &["possible"]),
        ("traffic_level", &["very_high"]),
        ("latency_target", &["tight"]),
        ("uptime_pattern", &["always_on"]),
        ("instance_count", &["many"]),
        ("memory_limits", &["tight"]),
        ("who_deploys", &["anyone"]),
        ("on_call", &["rotation"]),
        ("product_maturity", &["stable"]),
        ("codebase_state", &["large_codebase"]),
        ("codebase_language", &["node"]),
    ]);
    winner(&e, Language::Node);
    assert!(e.has_warning("heavy_jobs_later"), "\n{}", describe(&e));
    assert!(!e.has_warning("leaving_codebase"), "\n{}", describe(&e));
}

// ---- plans and warnings ----------------------------------------------------------------------

/// Polyglot plans with a team of 10 and no measured need → polyglot warning.
#[test]
fn p17_polyglot_with_ten_engineers_without_measured_need() {
    for reason in [&["preferences"][..], &["expected_need"], &["not_sure"]] {
        let (_, e) = run(&[
            ("team_size_now", &["seven_to_ten"]),
            ("proficiency_go", &["one_shipped"]),
            ("proficiency_node", &["several_shipped"]),
            ("proficiency_python", &["one_shipped"]),
            ("services_12m", &["product_api", "cpu_heavy"]),
            ("planned_languages", &["node", "go"]),
            ("polyglot_reason", reason),
        ]);
        assert!(
            e.has_warning("polyglot_trap"),
            "{reason:?}\n{}",
            describe(&e)
        );
    }
}

/// "We might need scale later" is not a workload: hoped-for scale (or a big
/// company's stack) changes no score, and raises the imagined-future warning.
#[test]
fn p18_hoped_for_scale_changes_no_score() {
    let base: Vec<(&str, &[&str])> = vec![
        ("team_size_now", &["two_to_three"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["one_shipped"]),
        ("proficiency_python", &["one_shipped"]),
        ("services_12m", &["product_api", "admin_tools"]),
        ("traffic_level", &["low"]),
        ("decision_driver", &["this_year_services"]),
    ];
    let (_, plain) = run(&base);
    let mut hoped = base.clone();
    hoped.pop();
    hoped.push((
        "decision_driver",
        &["this_year_services", "hoped_scale", "big_company_stack"],
    ));
    let (_, e) = run(&hoped);
    assert_eq!(e.scores, plain.scores);
    assert_eq!(e.winner(), plain.winner());
    assert_ne!(e.winner(), Language::Go, "\n{}", describe(&e));
    assert!(e.has_warning("imagined_future"), "\n{}", describe(&e));
}

/// Empty answers → no recommendation ("cannot decide yet").
#[test]
fn p19_empty_answers_cannot_decide() {
    let e = evaluate(&Answers::new(), &Weights::default());
    assert!(!e.verdict.recommends());
    assert_eq!(e.recommendation(), None);
    assert!(e.summary.starts_with("No default yet"), "{}", e.summary);
    assert!(
        e.verdict.sentence(e.winner()).starts_with(
            "Cannot decide yet: nothing is known about the team's skills or this year's services."
        ),
        "{}",
        e.verdict.sentence(e.winner())
    );
}

/// A single "not sure" that cannot change the outcome leaves the winner decided.
#[test]
fn p20_one_harmless_not_sure_stays_decided() {
    let full: Vec<(&str, &[&str])> = vec![
        ("team_size_now", &["four_to_six"]),
        ("team_size_12m", &["four_to_six"]),
        ("proficiency_go", &["none"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["several_shipped"]),
        ("typescript_frontend", &["other_frontend"]),
        ("hiring_go", &["hard"]),
        ("hiring_node", &["moderate"]),
        ("hiring_python", &["easy"]),
        ("time_to_hire", &["not_hiring"]),
        ("salary_pressure", &["moderate"]),
        (
            "services_12m",
            &["product_api", "reporting", "data_imports"],
        ),
        ("core_workload", &["reporting"]),
        ("heavy_work_outlook", &["unlikely"]),
        ("traffic_level", &["moderate"]),
        ("latency_target", &["normal"]),
        ("uptime_pattern", &["mixed"]),
        ("service_count", &["one"]),
        ("instance_count", &["few"]),
        ("memory_limits", &["comfortable"]),
        ("cloud_budget", &["watched"]),
        ("who_deploys", &["anyone"]),
        ("on_call", &["rotation"]),
        ("observability", &["error_tracking"]),
        ("rollback", &["one_step"]),
        ("product_maturity", &["settling"]),
        ("codebase_state", &["greenfield"]),
        ("planned_languages", &["python"]),
        ("decision_driver", &["this_year_services"]),
    ];
    let (_, sure) = run(&full);
    winner(&sure, Language::Python);
    let mut unsure = full.clone();
    for (q, o) in &mut unsure {
        if *q == "salary_pressure" {
            *o = &["not_sure"];
        }
    }
    let (a, e) = run(&unsure);
    winner(&e, Language::Python);
    assert_eq!(
        e.verdict.status,
        Status::Decided,
        "\n{}\n{}",
        describe(&e),
        e.summary
    );
    top_reason_is_said(&a, &e, &[]);
}

/// Scenario A in other words: a Node team with a TypeScript frontend, CRUD and
/// light jobs with imports → Node.js, and the note that Go can take heavy jobs later.
#[test]
fn p21_typescript_saas_with_light_jobs_node_and_go_later_note() {
    let (a, e) = run(&[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["none"]),
        ("proficiency_node", &["one_shipped"]),
        ("proficiency_python", &["some"]),
        ("typescript_frontend", &["typescript_shared"]),
        (
            "services_12m",
            &[
                "product_api",
                "background_jobs",
                "admin_tools",
                "data_imports",
            ],
        ),
        ("traffic_level", &["moderate"]),
        ("heavy_work_outlook", &["possible"]),
    ]);
    winner(&e, Language::Node);
    assert!(e.has_warning("heavy_jobs_later"), "\n{}", describe(&e));
    top_reason_is_said(&a, &e, &["typescript_frontend", "proficiency_node"]);
}

/// Engineer time costs more than a server or two: a Node-fluent team, moderate
/// traffic, relaxed cloud budget, always-on API → Node.js, not Go on runtime cost.
#[test]
fn p22_engineer_time_beats_a_small_cloud_difference() {
    let (a, e) = run(&[
        ("team_size_now", &["two_to_three"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["several_shipped"]),
        ("proficiency_python", &["some"]),
        ("services_12m", &["product_api", "webhooks"]),
        ("traffic_level", &["moderate"]),
        ("uptime_pattern", &["always_on"]),
        ("cloud_budget", &["relaxed"]),
    ]);
    winner(&e, Language::Node);
    top_reason_is_said(&a, &e, &["proficiency_node"]);
}

/// Always-on APIs pay idle cost every hour, multiplied across environments, and
/// Node's and Python's higher memory floor hurts when many mostly-idle containers
/// run: even for CRUD at moderate traffic, many always-on instances separate the
/// languages on runtime cost, in Go's favour.
#[test]
fn p23_many_idle_always_on_instances_credit_go_on_runtime_cost() {
    let (_, e) = run(&[
        ("proficiency_go", &["one_shipped"]),
        ("proficiency_node", &["one_shipped"]),
        ("proficiency_python", &["one_shipped"]),
        (
            "services_12m",
            &["product_api", "background_jobs", "webhooks"],
        ),
        ("traffic_level", &["moderate"]),
        ("uptime_pattern", &["always_on"]),
        ("service_count", &["five_plus"]),
        ("instance_count", &["many"]),
    ]);
    let go = e.score(Language::Go, Criterion::RuntimeCost);
    for l in [Language::Node, Language::Python] {
        assert!(
            go > e.score(l, Criterion::RuntimeCost) + 10,
            "\n{}",
            describe(&e)
        );
    }
    assert!(
        e.score(Language::Node, Criterion::RuntimeCost)
            > e.score(Language::Python, Criterion::RuntimeCost),
        "\n{}",
        describe(&e)
    );
}

/// Workload with a mixed team (one person shipped each, no TypeScript frontend):
/// a real-time core → Node.js with Go next; many small requests all day under tight
/// latency → Go.
#[test]
fn p24_workload_decides_for_a_mixed_team() {
    let mixed: [(&str, &[&str]); 4] = [
        ("proficiency_go", &["one_shipped"]),
        ("proficiency_node", &["one_shipped"]),
        ("proficiency_python", &["one_shipped"]),
        ("typescript_frontend", &["other_frontend"]),
    ];
    let mut realtime = mixed.to_vec();
    realtime.extend([
        ("services_12m", &["product_api", "realtime"][..]),
        ("core_workload", &["realtime"]),
    ]);
    let (a, e) = run(&realtime);
    winner(&e, Language::Node);
    assert_eq!(e.runner_up(), Language::Go, "\n{}", describe(&e));
    top_reason_is_said(&a, &e, &["core_workload", "services_12m"]);
    let mut busy = mixed.to_vec();
    busy.extend([
        ("services_12m", &["product_api"][..]),
        ("traffic_level", &["high"]),
        ("latency_target", &["tight"]),
        ("uptime_pattern", &["always_on"]),
    ]);
    let (a, e) = run(&busy);
    winner(&e, Language::Go);
    top_reason_is_said(
        &a,
        &e,
        &["traffic_level", "latency_target", "uptime_pattern"],
    );
}

/// Unknown is not evidence: a "not sure" on a question whose answers could change
/// the leader leaves the result open and names that question.
#[test]
fn p25_a_not_sure_that_could_change_the_leader_is_named() {
    let (_, e) = run(&[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["several_shipped"]),
        ("proficiency_node", &["none"]),
        ("proficiency_python", &["several_shipped"]),
        ("services_12m", &["product_api"]),
        ("traffic_level", &["not_sure"]),
    ]);
    assert_ne!(e.verdict.status, Status::Decided, "\n{}", describe(&e));
    assert!(
        e.verdict.deciding.contains(&"traffic_level"),
        "{:?}\n{}",
        e.verdict.deciding,
        describe(&e)
    );
}

// ---- reasons -------------------------------------------------------------------------------

/// The answers behind a reason: the one that leads it, its context and the others.
fn answers_of(r: &crate::model::Reason) -> Vec<crate::model::AnswerRef> {
    let mut out = vec![r.answer];
    out.extend(r.context);
    out.extend(r.also.iter().copied());
    out
}

/// When hiring decides (the team must hire, Go is hard to hire locally, Node.js easy,
/// equal skill), hiring is the winner's top reason and the top reason against Go,
/// and it names both hiring answers, though several rules share its points.
#[test]
fn p26_when_hiring_decides_the_reasons_say_hiring() {
    let (_, e) = run(HIRING_DECIDES);
    winner(&e, Language::Node);
    let go_hard = crate::model::AnswerRef::option("hiring_go", "hard");
    let node_easy = crate::model::AnswerRef::option("hiring_node", "easy");
    let top_for = e.reasons_for.first().expect("a reason for Node.js");
    assert_eq!(top_for.criteria, [Criterion::Hiring], "{top_for:?}");
    let against_go = e
        .reasons_against
        .iter()
        .find(|r| r.language == Language::Go)
        .and_then(|r| r.reasons.first())
        .expect("a reason against Go");
    assert_eq!(against_go.criteria, [Criterion::Hiring], "{against_go:?}");
    let named = answers_of(against_go);
    assert!(
        named.contains(&go_hard) && named.contains(&node_easy),
        "{named:?}"
    );
    // Equal production experience in Go and Node.js is no reason either way.
    let skill = e.reasons_against.iter().flat_map(|r| r.reasons.iter());
    for r in e.reasons_for.iter().chain(skill) {
        assert_ne!(r.answer.question, "proficiency_go", "{r:?}");
    }
}

/// Nobody knows any of the three languages: not knowing Go is no reason for Python
/// (nor not knowing Node.js one against it), since Python is just as unknown.
#[test]
fn p27_nobody_knows_any_language_is_no_reason() {
    for services in [
        &["product_api", "ml_ai"][..],
        &["product_api", "background_jobs"],
        &["realtime", "product_api"],
    ] {
        let (_, e) = run(&[
            ("proficiency_go", &["none"]),
            ("proficiency_node", &["none"]),
            ("proficiency_python", &["none"]),
            ("services_12m", services),
        ]);
        let against = e.reasons_against.iter().flat_map(|r| r.reasons.iter());
        for r in e.reasons_for.iter().chain(against) {
            assert!(
                !r.answer.question.starts_with("proficiency_"),
                "{services:?}: {r:?}\n{}",
                describe(&e)
            );
        }
    }
}
