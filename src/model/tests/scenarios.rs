//! The brief's public scenarios A–E, and further scenarios built from its principles.
//! Each one answers the questionnaire the way a real team in that situation would,
//! with default weights unless the situation states a priority.

use crate::model::{Answers, Evaluation, Language, QuestionKind, Weights, evaluate, question};

/// Builds answers from `(question, options)` pairs; `"not_sure"` means "not sure".
pub(crate) fn build(pairs: &[(&str, &[&str])]) -> Answers {
    let mut a = Answers::new();
    for (q, opts) in pairs {
        let kind = question(q)
            .unwrap_or_else(|| panic!("no question {q}"))
            .kind;
        if *opts == ["not_sure"] {
            a.set_not_sure(q).unwrap();
        } else if kind == QuestionKind::Single {
            assert_eq!(opts.len(), 1, "{q} is single-choice");
            a.set_single(q, opts[0]).unwrap();
        } else {
            a.set_multi(q, opts.iter().copied()).unwrap();
        }
    }
    a
}

pub(crate) fn describe(e: &Evaluation) -> String {
    let mut s = String::new();
    for r in e.results() {
        s.push_str(&format!(
            "{:>8} {:5.1} {:?}\n",
            r.language.name(),
            r.overall,
            r.scores
        ));
    }
    let ids: Vec<&str> = e.warnings.iter().map(|w| w.id).collect();
    s.push_str(&format!("warnings: {ids:?}\n{}\n", e.summary));
    s
}

fn warning_ids(e: &Evaluation) -> Vec<&'static str> {
    e.warnings.iter().map(|w| w.id).collect()
}

fn expect(e: &Evaluation, winner: Language, warnings: &[&str]) {
    assert_eq!(e.winner(), winner, "\n{}", describe(e));
    assert_eq!(warning_ids(e), warnings, "\n{}", describe(e));
}

/// A: four-person SaaS team, two engineers write TypeScript on the frontend every
/// week; public API, light background workers (emails, imports), an admin tool;
/// steady moderate traffic. → Node.js, with the "heavy jobs later" note.
pub(crate) fn scenario_a() -> Answers {
    // Shared with the end-to-end tests, which answer it through the UI.
    build(include!("../../../tests/fixtures/scenario_a.rs"))
}

/// B: a lot of concurrency, tight memory limits, small ops budget, always-on API on
/// many instances, team comfortable with Go. → Go.
pub(crate) fn scenario_b() -> Answers {
    build(&[
        ("team_size_now", &["four_to_six"]),
        ("team_size_12m", &["four_to_six"]),
        ("proficiency_go", &["several_shipped"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["some"]),
        ("typescript_frontend", &["typescript_separate"]),
        ("hiring_go", &["moderate"]),
        ("hiring_node", &["not_sure"]),
        ("hiring_python", &["not_sure"]),
        ("time_to_hire", &["within_months"]),
        ("salary_pressure", &["moderate"]),
        (
            "services_12m",
            &["product_api", "background_jobs", "webhooks"],
        ),
        ("core_workload", &["product_api"]),
        ("heavy_work_outlook", &["possible"]),
        ("traffic_level", &["very_high"]),
        ("latency_target", &["tight"]),
        ("uptime_pattern", &["always_on"]),
        ("service_count", &["two_to_four"]),
        ("instance_count", &["many"]),
        ("memory_limits", &["tight"]),
        ("cloud_budget", &["tight"]),
        ("who_deploys", &["a_few"]),
        ("on_call", &["rotation"]),
        ("observability", &["prometheus_grafana"]),
        ("rollback", &["one_step"]),
        ("async_owner", &["owner"]),
        ("shared_conventions", &["shared_template"]),
        ("product_maturity", &["stable"]),
        ("codebase_state", &["greenfield"]),
        ("planned_languages", &["go"]),
        ("decision_driver", &["this_year_services"]),
    ])
}

/// C: the product's core is AI/ML inference and analytics; a mixed team. → Python.
/// (In this mixed team only one person has shipped Python, so the staffing trap is
/// named too.)
pub(crate) fn scenario_c() -> Answers {
    build(&[
        ("team_size_now", &["four_to_six"]),
        ("team_size_12m", &["seven_to_ten"]),
        ("proficiency_go", &["one_shipped"]),
        ("proficiency_node", &["one_shipped"]),
        ("proficiency_python", &["one_shipped"]),
        ("typescript_frontend", &["typescript_separate"]),
        ("hiring_go", &["not_sure"]),
        ("hiring_node", &["not_sure"]),
        ("hiring_python", &["not_sure"]),
        ("time_to_hire", &["within_months"]),
        ("salary_pressure", &["not_sure"]),
        (
            "services_12m",
            &["product_api", "background_jobs", "ml_ai", "reporting"],
        ),
        ("core_workload", &["ml_ai"]),
        ("ml_depth", &["own_models"]),
        ("heavy_work_outlook", &["not_sure"]),
        ("traffic_level", &["moderate"]),
        ("latency_target", &["normal"]),
        ("uptime_pattern", &["mixed"]),
        ("service_count", &["two_to_four"]),
        ("instance_count", &["several"]),
        ("memory_limits", &["not_sure"]),
        ("cloud_budget", &["watched"]),
        ("who_deploys", &["a_few"]),
        ("on_call", &["rotation"]),
        ("observability", &["error_tracking"]),
        ("rollback", &["manual"]),
        ("async_owner", &["owner"]),
        ("shared_conventions", &["partly"]),
        ("product_maturity", &["settling"]),
        ("codebase_state", &["greenfield"]),
        ("planned_languages", &["none_yet"]),
        ("decision_driver", &["this_year_services"]),
    ])
}

/// D: developer infrastructure: a CLI and an API gateway. → Go.
pub(crate) fn scenario_d() -> Answers {
    build(&[
        ("team_size_now", &["two_to_three"]),
        ("team_size_12m", &["four_to_six"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["some"]),
        ("typescript_frontend", &["no_frontend"]),
        ("hiring_go", &["not_sure"]),
        ("hiring_node", &["not_sure"]),
        ("hiring_python", &["not_sure"]),
        ("time_to_hire", &["within_months"]),
        ("salary_pressure", &["moderate"]),
        ("services_12m", &["dev_tooling"]),
        ("heavy_work_outlook", &["unlikely"]),
        ("traffic_level", &["high"]),
        ("latency_target", &["tight"]),
        ("uptime_pattern", &["always_on"]),
        ("service_count", &["two_to_four"]),
        ("instance_count", &["several"]),
        ("memory_limits", &["not_sure"]),
        ("cloud_budget", &["watched"]),
        ("who_deploys", &["a_few"]),
        ("on_call", &["rotation"]),
        ("observability", &["prometheus_grafana"]),
        ("rollback", &["one_step"]),
        ("shared_conventions", &["shared_template"]),
        ("product_maturity", &["settling"]),
        ("codebase_state", &["greenfield"]),
        ("planned_languages", &["none_yet"]),
        ("decision_driver", &["this_year_services"]),
    ])
}

/// E: a team of four plans a Python API, Go workers and Node.js webhooks.
/// → whatever wins, the polyglot-trap warning.
pub(crate) fn scenario_e() -> Answers {
    build(&[
        ("team_size_now", &["four_to_six"]),
        ("team_size_12m", &["four_to_six"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["one_shipped"]),
        ("proficiency_python", &["one_shipped"]),
        ("typescript_frontend", &["typescript_separate"]),
        (
            "services_12m",
            &["product_api", "background_jobs", "webhooks"],
        ),
        ("core_workload", &["product_api"]),
        ("traffic_level", &["moderate"]),
        ("uptime_pattern", &["always_on"]),
        ("service_count", &["two_to_four"]),
        ("product_maturity", &["settling"]),
        ("codebase_state", &["small_codebase"]),
        ("rewrite_signs", &["none_of_these"]),
        ("planned_languages", &["go", "node", "python"]),
        ("polyglot_reason", &["preferences"]),
    ])
}

#[test]
fn scenario_a_node_with_heavy_jobs_note() {
    let e = evaluate(&scenario_a(), &Weights::default());
    expect(&e, Language::Node, &["heavy_jobs_later"]);
}

#[test]
fn scenario_b_go() {
    let e = evaluate(&scenario_b(), &Weights::default());
    expect(&e, Language::Go, &[]);
}

#[test]
fn scenario_c_python() {
    let e = evaluate(&scenario_c(), &Weights::default());
    expect(&e, Language::Python, &["staffing_trap", "heavy_jobs_later"]);
}

#[test]
fn scenario_d_go() {
    let e = evaluate(&scenario_d(), &Weights::default());
    expect(&e, Language::Go, &[]);
}

#[test]
fn scenario_e_polyglot_whatever_wins() {
    let e = evaluate(&scenario_e(), &Weights::default());
    assert!(e.has_warning("polyglot_trap"), "\n{}", describe(&e));
    // Whatever wins under any priorities, the warning stays.
    for w in [
        Weights::uniform(0),
        Weights::uniform(10),
        Weights::from_array([10, 0, 0, 10, 0, 0, 0, 0]),
    ] {
        assert!(evaluate(&scenario_e(), &w).has_warning("polyglot_trap"));
    }
}

#[test]
fn print_public_scenarios() {
    for (name, a) in [
        ("A", scenario_a()),
        ("B", scenario_b()),
        ("C", scenario_c()),
        ("D", scenario_d()),
        ("E", scenario_e()),
    ] {
        let e = evaluate(&a, &Weights::default());
        println!("== {name}\n{}", describe(&e));
    }
}

// ---- further scenarios built from the brief's principles ------------------------------

/// A Python data team adding real-time features, with async work nobody owns:
/// the data core keeps Python first, and the async sprawl warning fires.
#[test]
fn python_data_team_with_realtime_and_unowned_async() {
    let a = build(&[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["none"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["several_shipped"]),
        (
            "services_12m",
            &["product_api", "background_jobs", "realtime", "ml_ai"],
        ),
        ("core_workload", &["ml_ai"]),
        ("ml_depth", &["pipelines"]),
        ("traffic_level", &["moderate"]),
        ("async_owner", &["nobody"]),
        ("product_maturity", &["settling"]),
        ("planned_languages", &["python"]),
    ]);
    let e = evaluate(&a, &Weights::default());
    expect(
        &e,
        Language::Python,
        &["python_async_sprawl", "heavy_jobs_later"],
    );
}

/// A fluent Go team building CRUD services for a product that still changes
/// weekly, with `core` as its answer about the core workload.
fn fluent_go_team_exploring(core: &'static [&'static str]) -> Answers {
    build(&[
        ("team_size_now", &["two_to_three"]),
        ("proficiency_go", &["several_shipped"]),
        ("proficiency_node", &["none"]),
        ("proficiency_python", &["some"]),
        ("typescript_frontend", &["other_frontend"]),
        ("services_12m", &["product_api", "admin_tools", "webhooks"]),
        ("core_workload", core),
        ("traffic_level", &["low"]),
        ("product_maturity", &["exploring"]),
        ("codebase_state", &["greenfield"]),
        ("planned_languages", &["go"]),
    ])
}

/// A fluent Go team building a CRUD product that still changes weekly: the team
/// fit keeps Go first, but the "Go too early" warning fires.
#[test]
fn fluent_go_team_doing_crud_while_exploring() {
    let e = evaluate(
        &fluent_go_team_exploring(&["product_api"]),
        &Weights::default(),
    );
    expect(&e, Language::Go, &["go_too_early"]);
}

/// The same team, unsure which service is its core: every service it plans is
/// CRUD, so whichever it names the core is CRUD, and the scoring rule `core_crud`
/// and the warning agree on that. With a service that is not CRUD on the list, an
/// unsure core says nothing, and the warning stays quiet.
#[test]
fn go_too_early_needs_the_core_the_scoring_calls_crud() {
    let fired = |a: &Answers, id: &str| {
        crate::model::scoring::applies(id, &crate::model::questionnaire::VisibleAnswers::new(a))
    };
    let unsure_answers = fluent_go_team_exploring(&["not_sure"]);
    let unsure = evaluate(&unsure_answers, &Weights::default());
    assert!(fired(&unsure_answers, "core_crud"));
    expect(&unsure, Language::Go, &["go_too_early"]);
    let crud_answers = fluent_go_team_exploring(&["admin_tools"]);
    let crud = evaluate(&crud_answers, &Weights::default());
    assert!(fired(&crud_answers, "core_crud"));
    expect(&crud, Language::Go, &["go_too_early"]);
    let mut mixed = fluent_go_team_exploring(&["product_api"]);
    mixed
        .set_multi("services_12m", ["product_api", "webhooks", "cpu_heavy"])
        .unwrap();
    mixed.set_not_sure("core_workload").unwrap();
    let e = evaluate(&mixed, &Weights::default());
    assert!(!fired(&mixed, "core_crud"));
    assert!(!e.has_warning("go_too_early"), "\n{}", describe(&e));
}

/// Only one person knows Go, but the work is a busy gateway-like API under tight
/// memory: Go leads, with the staffing trap named.
#[test]
fn only_one_person_knows_go() {
    let a = build(&[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["one_shipped"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["some"]),
        ("services_12m", &["product_api", "dev_tooling"]),
        ("core_workload", &["dev_tooling"]),
        ("traffic_level", &["very_high"]),
        ("latency_target", &["tight"]),
        ("uptime_pattern", &["always_on"]),
        ("memory_limits", &["tight"]),
        ("product_maturity", &["stable"]),
    ]);
    let e = evaluate(&a, &Weights::default());
    expect(&e, Language::Go, &["staffing_trap"]);
    let w = &e.warnings[0];
    assert!(w.triggers.contains(&crate::model::AnswerRef::option(
        "proficiency_go",
        "one_shipped"
    )));
}

/// A chat product whose team writes TypeScript every day: Node.js.
#[test]
fn realtime_chat_with_a_typescript_team() {
    let a = build(&[
        ("team_size_now", &["two_to_three"]),
        ("proficiency_go", &["none"]),
        ("proficiency_node", &["several_shipped"]),
        ("proficiency_python", &["some"]),
        ("typescript_frontend", &["typescript_shared"]),
        ("services_12m", &["product_api", "realtime", "webhooks"]),
        ("core_workload", &["realtime"]),
        ("traffic_level", &["high"]),
        ("uptime_pattern", &["always_on"]),
        ("product_maturity", &["exploring"]),
    ]);
    let e = evaluate(&a, &Weights::default());
    expect(&e, Language::Node, &[]);
}

/// Image and file processing is the product, always on, watched budget, mixed
/// team: Go.
#[test]
fn cpu_heavy_core_goes_to_go() {
    let a = build(&[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["some"]),
        (
            "services_12m",
            &["product_api", "cpu_heavy", "background_jobs"],
        ),
        ("core_workload", &["cpu_heavy"]),
        ("traffic_level", &["high"]),
        ("uptime_pattern", &["always_on"]),
        ("instance_count", &["many"]),
        ("cloud_budget", &["tight"]),
    ]);
    let e = evaluate(&a, &Weights::default());
    expect(&e, Language::Go, &[]);
}

/// Hiring beats taste: the team likes Go but nobody has shipped it, Go engineers
/// are hard to find locally while Node.js developers are plentiful, and they must
/// grow fast. Node.js is the safer pick.
#[test]
fn hiring_beats_taste() {
    let a = build(&[
        ("team_size_now", &["two_to_three"]),
        ("team_size_12m", &["seven_to_ten"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["none"]),
        ("hiring_go", &["hard"]),
        ("hiring_node", &["easy"]),
        ("hiring_python", &["moderate"]),
        ("time_to_hire", &["within_weeks"]),
        (
            "services_12m",
            &["product_api", "background_jobs", "webhooks"],
        ),
        ("core_workload", &["product_api"]),
        ("traffic_level", &["moderate"]),
        ("heavy_work_outlook", &["unlikely"]),
        ("decision_driver", &["team_taste"]),
    ]);
    let e = evaluate(&a, &Weights::default());
    expect(&e, Language::Node, &[]);
}

/// A small Python team drawn to Go by hoped-for scale and a famous company's
/// stack, for a CRUD product that is still exploring: Python wins, and both the
/// imagined-future and Go-too-early warnings fire (Go is planned).
#[test]
fn imagined_future_pulls_toward_go() {
    let a = build(&[
        ("team_size_now", &["two_to_three"]),
        ("proficiency_go", &["none"]),
        ("proficiency_node", &["none"]),
        ("proficiency_python", &["several_shipped"]),
        ("services_12m", &["product_api", "admin_tools"]),
        ("core_workload", &["product_api"]),
        ("traffic_level", &["low"]),
        ("product_maturity", &["exploring"]),
        ("planned_languages", &["go"]),
        ("decision_driver", &["hoped_scale", "big_company_stack"]),
    ]);
    let e = evaluate(&a, &Weights::default());
    expect(&e, Language::Python, &["imagined_future", "go_too_early"]);
}

/// Five Node.js services, each with its own packages and deploy steps: Node.js
/// still fits the team, and the drift warning fires.
#[test]
fn node_services_drifting_apart() {
    let a = build(&[
        ("team_size_now", &["seven_to_ten"]),
        ("proficiency_go", &["none"]),
        ("proficiency_node", &["several_shipped"]),
        ("proficiency_python", &["some"]),
        ("typescript_frontend", &["typescript_shared"]),
        ("services_12m", &["product_api", "webhooks", "admin_tools"]),
        ("core_workload", &["product_api"]),
        ("service_count", &["five_plus"]),
        ("shared_conventions", &["each_own"]),
        ("codebase_state", &["large_codebase"]),
        (
            "rewrite_signs",
            &["framework_per_service", "slow_local_setup"],
        ),
        ("planned_languages", &["node"]),
    ]);
    let e = evaluate(&a, &Weights::default());
    expect(&e, Language::Node, &["node_drift", "rewrite_signs"]);
}

/// A solo founder fluent in Python, CRUD plus calls to a hosted LLM API, low
/// traffic: Python, no staffing trap for a one-person team.
#[test]
fn solo_python_founder_calling_hosted_models() {
    let a = build(&[
        ("team_size_now", &["solo"]),
        ("proficiency_go", &["none"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["one_shipped"]),
        ("services_12m", &["product_api", "ml_ai", "admin_tools"]),
        ("core_workload", &["product_api"]),
        ("ml_depth", &["hosted_apis"]),
        ("traffic_level", &["low"]),
        ("cloud_budget", &["relaxed"]),
        ("who_deploys", &["only_one"]),
        ("product_maturity", &["exploring"]),
    ]);
    let e = evaluate(&a, &Weights::default());
    expect(&e, Language::Python, &[]);
}

/// Go leads for a data-heavy product when the team only knows Go: the
/// "Go for a data-heavy product" warning asks them to weigh the data work.
#[test]
fn go_team_with_a_data_heavy_product_is_warned() {
    let a = build(&[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["several_shipped"]),
        ("proficiency_node", &["none"]),
        ("proficiency_python", &["none"]),
        ("services_12m", &["product_api", "ml_ai", "cpu_heavy"]),
        ("core_workload", &["product_api"]),
        ("ml_depth", &["pipelines"]),
        ("traffic_level", &["high"]),
        ("uptime_pattern", &["always_on"]),
        ("who_deploys", &["a_few"]),
        ("on_call", &["rotation"]),
    ]);
    let e = evaluate(&a, &Weights::default());
    expect(&e, Language::Go, &["go_data_heavy"]);
}

/// A four-person team with ten-plus engineers in a year still gets the polyglot
/// warning now; a team of over ten with a measured need does not.
#[test]
fn polyglot_depends_on_size_and_measured_need() {
    let mut a = build(&[
        ("team_size_now", &["over_ten"]),
        ("planned_languages", &["python", "go"]),
        ("polyglot_reason", &["measured_need"]),
    ]);
    assert!(!evaluate(&a, &Weights::default()).has_warning("polyglot_trap"));
    a.set_single("polyglot_reason", "expected_need").unwrap();
    assert!(evaluate(&a, &Weights::default()).has_warning("polyglot_trap"));
    a.set_single("team_size_now", "four_to_six").unwrap();
    a.set_single("polyglot_reason", "measured_need").unwrap();
    assert!(evaluate(&a, &Weights::default()).has_warning("polyglot_trap"));
}

/// The public scenarios answered as sparsely as possible: only the facts the brief
/// states, everything else left open. The verdicts must not depend on the extra
/// detail a thorough user would give.
#[test]
fn public_scenarios_hold_with_only_the_stated_facts() {
    let a = build(&[
        ("team_size_now", &["four_to_six"]),
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
    ]);
    let e = evaluate(&a, &Weights::default());
    assert_eq!(e.winner(), Language::Node, "A\n{}", describe(&e));
    assert!(e.has_warning("heavy_jobs_later"));

    let b = build(&[
        ("proficiency_go", &["several_shipped"]),
        ("traffic_level", &["very_high"]),
        ("memory_limits", &["tight"]),
        ("cloud_budget", &["tight"]),
        ("uptime_pattern", &["always_on"]),
        ("instance_count", &["many"]),
    ]);
    let e = evaluate(&b, &Weights::default());
    assert_eq!(e.winner(), Language::Go, "B\n{}", describe(&e));

    let c = build(&[
        ("services_12m", &["product_api", "ml_ai", "reporting"]),
        ("core_workload", &["ml_ai"]),
    ]);
    let e = evaluate(&c, &Weights::default());
    assert_eq!(e.winner(), Language::Python, "C\n{}", describe(&e));

    let d = build(&[("services_12m", &["dev_tooling"])]);
    let e = evaluate(&d, &Weights::default());
    assert_eq!(e.winner(), Language::Go, "D\n{}", describe(&e));

    let e_answers = build(&[
        ("team_size_now", &["four_to_six"]),
        ("planned_languages", &["python", "go", "node"]),
    ]);
    let e = evaluate(&e_answers, &Weights::default());
    assert!(e.has_warning("polyglot_trap"), "E\n{}", describe(&e));
}

/// With nothing known but the workload, each kind of core work goes where the
/// brief sends it: real-time → Node.js (Go close behind), ML → Python, heavy
/// processing and infrastructure tooling → Go.
#[test]
fn workload_alone_points_where_the_brief_says() {
    let cases: [(&[&str], Language); 4] = [
        (&["realtime"], Language::Node),
        (&["ml_ai"], Language::Python),
        (&["cpu_heavy"], Language::Go),
        (&["dev_tooling"], Language::Go),
    ];
    for (services, winner) in cases {
        let e = evaluate(&build(&[("services_12m", services)]), &Weights::default());
        assert_eq!(e.winner(), winner, "{services:?}\n{}", describe(&e));
    }
    let e = evaluate(
        &build(&[("services_12m", &["realtime"])]),
        &Weights::default(),
    );
    assert_eq!(e.runner_up(), Language::Go);
}

/// A team with a little of everything, building CRUD that changes weekly: team
/// speed decides, and Go's up-front cost keeps it off the top.
#[test]
fn mixed_team_exploring_crud_does_not_pick_go() {
    let a = build(&[
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["some"]),
        ("services_12m", &["product_api", "admin_tools", "webhooks"]),
        ("product_maturity", &["exploring"]),
    ]);
    let e = evaluate(&a, &Weights::default());
    assert_ne!(e.winner(), Language::Go, "\n{}", describe(&e));
}

/// A team fluent in Python building an ordinary CRUD SaaS: Python.
#[test]
fn python_team_building_crud_stays_with_python() {
    let a = build(&[
        ("proficiency_go", &["none"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["several_shipped"]),
        (
            "services_12m",
            &["product_api", "admin_tools", "background_jobs"],
        ),
        ("traffic_level", &["moderate"]),
    ]);
    let e = evaluate(&a, &Weights::default());
    assert_eq!(e.winner(), Language::Python, "\n{}", describe(&e));
}

/// docs/scoring.md's baseline table is the one in the code.
#[test]
fn scoring_doc_matches_the_baseline() {
    let doc = include_str!("../../../docs/scoring.md");
    for row in crate::model::knowledge::BASELINE.iter() {
        let cells: Vec<String> = row
            .ratings
            .iter()
            .map(|r| format!("{} ({})", r.score, r.source.name()))
            .collect();
        let line = format!("| {} | {} |", row.criterion.name(), cells.join(" | "));
        assert!(doc.contains(&line), "docs/scoring.md lacks: {line}");
    }
    for id in crate::model::warnings::ids() {
        assert!(
            doc.contains(&format!("`{id}`")),
            "docs/scoring.md lacks warning {id}"
        );
    }
}
