//! Independent probes in the style of the brief's public acceptance scenarios (A–E):
//! one or two sentences each, answered only with what the situation says or clearly
//! implies (so most questions stay open, the public scenarios' own sparseness), and
//! the outcome the brief (/work/shared/domain.md) implies. Written by a reviewer who
//! did not read the scoring code.

use super::scenarios::{build, describe};
use crate::model::{Evaluation, Language, Weights, evaluate};

type Pairs<'a> = &'a [(&'a str, &'a [&'a str])];

fn run(name: &str, pairs: Pairs<'_>) -> Evaluation {
    let e = evaluate(&build(pairs), &Weights::default());
    println!(
        "=== {name}: winner {} (runner-up {}), margin {:.2}, status {:?}, rec {:?}\n{}",
        e.winner().name(),
        e.runner_up().name(),
        e.margin(),
        e.verdict.status,
        e.recommendation().map(|l| l.name()),
        describe(&e)
    );
    e
}

/// The winner is `lang`, a recommendation is made, every `must` warning is raised
/// and no `must_not` warning is.
fn wins(e: &Evaluation, lang: Language, must: &[&str], must_not: &[&str]) {
    assert_eq!(e.winner(), lang, "winner\n{}", describe(e));
    for w in must {
        assert!(e.has_warning(w), "missing warning {w}\n{}", describe(e));
    }
    for w in must_not {
        assert!(!e.has_warning(w), "unexpected warning {w}\n{}", describe(e));
    }
    assert!(
        e.recommendation().is_some(),
        "no recommendation\n{}",
        describe(e)
    );
}

fn no_recommendation(e: &Evaluation) {
    assert!(
        e.recommendation().is_none(),
        "recommends {:?}\n{}",
        e.recommendation(),
        describe(e)
    );
}

// ---- workload shape -----------------------------------------------------------------

/// H01. Three engineers who have all shipped Python build analytics dashboards,
/// data imports and reporting for customers; steady moderate traffic. → Python.
#[test]
fn h01_python_team_analytics_product() {
    let e = run(
        "h01",
        &[
            ("team_size_now", &["two_to_three"]),
            ("proficiency_python", &["several_shipped"]),
            (
                "services_12m",
                &["product_api", "data_imports", "reporting", "ml_ai"],
            ),
            ("core_workload", &["ml_ai"]),
            ("ml_depth", &["pipelines"]),
            ("traffic_level", &["moderate"]),
        ],
    );
    wins(&e, Language::Python, &[], &["polyglot_trap"]);
}

/// H02. Five engineers fluent in TypeScript (they also work on the TypeScript
/// frontend) build a live collaboration product: real-time editing over
/// WebSockets plus a product API. → Node.js.
#[test]
fn h02_typescript_team_realtime_collaboration() {
    let e = run(
        "h02",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_node", &["several_shipped"]),
            ("typescript_frontend", &["typescript_shared"]),
            ("services_12m", &["product_api", "realtime"]),
            ("core_workload", &["realtime"]),
            ("traffic_level", &["high"]),
        ],
    );
    wins(&e, Language::Node, &[], &[]);
}

/// H03. A two-person platform team that has shipped Go builds a CLI and a
/// Kubernetes operator for their company's developers. → Go.
#[test]
fn h03_go_team_builds_cli_and_operator() {
    let e = run(
        "h03",
        &[
            ("team_size_now", &["two_to_three"]),
            ("proficiency_go", &["several_shipped"]),
            ("services_12m", &["dev_tooling"]),
            ("typescript_frontend", &["no_frontend"]),
        ],
    );
    wins(&e, Language::Go, &[], &["go_too_early", "go_data_heavy"]);
}

/// H04. A new four-person team with no strong language background; the product is
/// large image and file transformation running all day on a tight cloud budget. → Go.
#[test]
fn h04_cpu_heavy_core_fresh_team() {
    let e = run(
        "h04",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_go", &["some"]),
            ("proficiency_node", &["some"]),
            ("proficiency_python", &["some"]),
            ("services_12m", &["product_api", "cpu_heavy"]),
            ("core_workload", &["cpu_heavy"]),
            ("uptime_pattern", &["always_on"]),
            ("cloud_budget", &["tight"]),
        ],
    );
    wins(&e, Language::Go, &[], &[]);
}

/// H05. Team equally fluent in Go and Node.js; a public API expecting 10,000+
/// simultaneous users, tens-of-milliseconds latency, always on across many
/// instances. → Go.
#[test]
fn h05_equal_go_node_team_high_concurrency() {
    let e = run(
        "h05",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_go", &["several_shipped"]),
            ("proficiency_node", &["several_shipped"]),
            ("services_12m", &["product_api"]),
            ("traffic_level", &["very_high"]),
            ("latency_target", &["tight"]),
            ("uptime_pattern", &["always_on"]),
            ("instance_count", &["many"]),
        ],
    );
    wins(&e, Language::Go, &[], &[]);
}

/// H06. A Python-fluent team's work is hourly jobs that import data and build
/// reports, then exit; people cost far more than servers. → Python.
#[test]
fn h06_python_team_bursty_batch_jobs() {
    let e = run(
        "h06",
        &[
            ("proficiency_python", &["several_shipped"]),
            (
                "services_12m",
                &["data_imports", "reporting", "background_jobs"],
            ),
            ("uptime_pattern", &["bursty"]),
            ("cloud_budget", &["relaxed"]),
        ],
    );
    wins(&e, Language::Python, &[], &[]);
}

/// H07. A team equally fluent in Go and Python builds a CRUD SaaS with an admin
/// tool and webhooks; the product still changes every week. → Python (not Go).
#[test]
fn h07_go_and_python_team_exploring_crud() {
    let e = run(
        "h07",
        &[
            ("team_size_now", &["two_to_three"]),
            ("proficiency_go", &["several_shipped"]),
            ("proficiency_python", &["several_shipped"]),
            ("services_12m", &["product_api", "admin_tools", "webhooks"]),
            ("product_maturity", &["exploring"]),
        ],
    );
    wins(&e, Language::Python, &[], &[]);
}

/// H08. A team fluent in Go, whose product is a stable CRUD API with webhooks and
/// moderate traffic. → Go, and no "Go too early" warning (nothing changes weekly).
#[test]
fn h08_go_team_stable_crud() {
    let e = run(
        "h08",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_go", &["several_shipped"]),
            ("services_12m", &["product_api", "webhooks"]),
            ("traffic_level", &["moderate"]),
            ("product_maturity", &["stable"]),
            ("planned_languages", &["go"]),
        ],
    );
    wins(&e, Language::Go, &[], &["go_too_early", "polyglot_trap"]);
}

/// H09. A team that has shipped Go, building live dashboards that push updates to
/// many connected browsers. → Go (Go is also strong for real-time; team knows it).
#[test]
fn h09_go_team_live_dashboards() {
    let e = run(
        "h09",
        &[
            ("proficiency_go", &["several_shipped"]),
            ("proficiency_node", &["none"]),
            ("services_12m", &["product_api", "realtime"]),
            ("core_workload", &["realtime"]),
            ("traffic_level", &["high"]),
        ],
    );
    wins(&e, Language::Go, &[], &[]);
}

/// H10. A Node.js team (several shipped Node, Go only dabbled) built a WebSocket
/// pub-sub chat that must take spikes of 10,000+ connections. → Node.js.
#[test]
fn h10_node_team_websocket_chat_spikes() {
    let e = run(
        "h10",
        &[
            ("proficiency_go", &["some"]),
            ("proficiency_node", &["several_shipped"]),
            ("services_12m", &["product_api", "realtime"]),
            ("core_workload", &["realtime"]),
            ("traffic_level", &["very_high"]),
        ],
    );
    wins(&e, Language::Node, &[], &[]);
}

/// H11. Sparse: "our core is heavy reporting and big file transforms, plus data
/// imports". → Go.
#[test]
fn h11_sparse_cpu_heavy_reporting() {
    let e = run(
        "h11",
        &[
            ("services_12m", &["cpu_heavy", "reporting", "data_imports"]),
            ("core_workload", &["cpu_heavy"]),
        ],
    );
    wins(&e, Language::Go, &[], &[]);
}

// ---- team skills and hiring ---------------------------------------------------------

/// H12. Sparse: the only thing said is that the team's backend people also write
/// the TypeScript frontend, and they build a CRUD API with an admin tool. → Node.js.
#[test]
fn h12_sparse_shared_typescript_crud() {
    let e = run(
        "h12",
        &[
            ("typescript_frontend", &["typescript_shared"]),
            ("services_12m", &["product_api", "admin_tools"]),
        ],
    );
    wins(&e, Language::Node, &[], &[]);
}

/// H13. Three people who all know some of each language, growing to 7–10 within
/// months; locally Python engineers are easy to hire, Go and Node.js hard; an
/// ordinary API with an admin tool. → Python.
#[test]
fn h13_python_hiring_market_decides() {
    let e = run(
        "h13",
        &[
            ("team_size_now", &["two_to_three"]),
            ("team_size_12m", &["seven_to_ten"]),
            ("proficiency_go", &["some"]),
            ("proficiency_node", &["some"]),
            ("proficiency_python", &["some"]),
            ("hiring_go", &["hard"]),
            ("hiring_node", &["hard"]),
            ("hiring_python", &["easy"]),
            ("time_to_hire", &["within_months"]),
            ("services_12m", &["product_api", "admin_tools"]),
        ],
    );
    wins(&e, Language::Python, &[], &[]);
}

/// H14. The team finds Go cleaner and one person has shipped it, one person has
/// shipped Node.js; they must double in a few months on a tight salary budget,
/// and locally Node.js developers are plentiful while Go engineers are scarce. → Node.js.
#[test]
fn h14_hiring_beats_taste_tight_salaries() {
    let e = run(
        "h14",
        &[
            ("team_size_now", &["two_to_three"]),
            ("team_size_12m", &["four_to_six"]),
            ("proficiency_go", &["one_shipped"]),
            ("proficiency_node", &["one_shipped"]),
            ("hiring_go", &["hard"]),
            ("hiring_node", &["easy"]),
            ("time_to_hire", &["within_months"]),
            ("salary_pressure", &["tight"]),
            ("services_12m", &["product_api", "background_jobs"]),
            ("decision_driver", &["team_taste"]),
        ],
    );
    wins(&e, Language::Node, &[], &[]);
}

/// H15. Sparse: two engineers who have both shipped Python and nobody knows Go or
/// Node.js; nothing else said. → Python (what the team knows best dominates).
#[test]
fn h15_sparse_python_only_team() {
    let e = run(
        "h15",
        &[
            ("proficiency_go", &["none"]),
            ("proficiency_node", &["none"]),
            ("proficiency_python", &["several_shipped"]),
        ],
    );
    wins(&e, Language::Python, &[], &[]);
}

/// H16. A six-person team where only one engineer has ever shipped Node.js (the
/// rest dabbled), building a real-time chat product with a separately built
/// TypeScript frontend. → Node.js, with the staffing trap named.
#[test]
fn h16_realtime_node_only_one_knows_it() {
    let e = run(
        "h16",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_go", &["some"]),
            ("proficiency_node", &["one_shipped"]),
            ("proficiency_python", &["some"]),
            ("typescript_frontend", &["typescript_separate"]),
            ("services_12m", &["product_api", "realtime"]),
            ("core_workload", &["realtime"]),
        ],
    );
    wins(&e, Language::Node, &["staffing_trap"], &[]);
}

/// H17. A two-person team that likes Go (some experience) must grow to 7–10 within
/// weeks on a tight budget; Go is hard to hire locally and Python easy; the product
/// API is fed by data pipelines they build themselves. → Python.
#[test]
fn h17_growth_and_data_point_to_python() {
    let e = run(
        "h17",
        &[
            ("team_size_now", &["two_to_three"]),
            ("team_size_12m", &["seven_to_ten"]),
            ("proficiency_go", &["some"]),
            ("proficiency_python", &["some"]),
            ("hiring_go", &["hard"]),
            ("hiring_python", &["easy"]),
            ("time_to_hire", &["within_weeks"]),
            ("salary_pressure", &["tight"]),
            ("services_12m", &["product_api", "ml_ai"]),
            ("ml_depth", &["pipelines"]),
            ("decision_driver", &["team_taste"]),
        ],
    );
    wins(&e, Language::Python, &[], &[]);
}

// ---- runtime cost and operations ------------------------------------------------------

/// H18. Ten mostly-idle always-on services under hard memory caps, every instance
/// counted on the bill; one person has shipped Go and one Node.js; stable product. → Go.
#[test]
fn h18_many_idle_containers_tight_memory() {
    let e = run(
        "h18",
        &[
            ("proficiency_go", &["one_shipped"]),
            ("proficiency_node", &["one_shipped"]),
            (
                "services_12m",
                &["product_api", "webhooks", "background_jobs"],
            ),
            ("traffic_level", &["low"]),
            ("uptime_pattern", &["always_on"]),
            ("service_count", &["five_plus"]),
            ("instance_count", &["many"]),
            ("memory_limits", &["tight"]),
            ("cloud_budget", &["tight"]),
            ("product_maturity", &["stable"]),
        ],
    );
    wins(&e, Language::Go, &[], &[]);
}

/// H19. Mixed experience (everyone knows a little of each), one person does all
/// deploys and gets every night page, for an always-on API of a settled product. → Go.
#[test]
fn h19_one_ops_person_mixed_experience() {
    let e = run(
        "h19",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_go", &["some"]),
            ("proficiency_node", &["some"]),
            ("proficiency_python", &["some"]),
            ("services_12m", &["product_api", "background_jobs"]),
            ("uptime_pattern", &["always_on"]),
            ("who_deploys", &["only_one"]),
            ("on_call", &["one_person"]),
            ("product_maturity", &["stable"]),
        ],
    );
    wins(&e, Language::Go, &[], &[]);
}

/// H20. A Python team adds background workers, a WebSocket notification service
/// and async services, and nobody owns them. → Python, with the async-sprawl warning.
#[test]
fn h20_python_async_sprawl_unowned() {
    let e = run(
        "h20",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_python", &["several_shipped"]),
            (
                "services_12m",
                &["product_api", "background_jobs", "realtime"],
            ),
            ("core_workload", &["product_api"]),
            ("async_owner", &["nobody"]),
        ],
    );
    wins(&e, Language::Python, &["python_async_sprawl"], &[]);
}

/// H21. The same kind of Python team, but a named pair owns workers and websockets.
/// → Python, no async-sprawl warning.
#[test]
fn h21_python_async_owned() {
    let e = run(
        "h21",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_python", &["several_shipped"]),
            (
                "services_12m",
                &["product_api", "background_jobs", "realtime"],
            ),
            ("core_workload", &["product_api"]),
            ("async_owner", &["owner"]),
        ],
    );
    wins(&e, Language::Python, &[], &["python_async_sprawl"]);
}

/// H22. An eight-person Node.js team runs five services on one shared template for
/// packages, tests and deploys. → Node.js, no drift warning.
#[test]
fn h22_node_services_share_a_template() {
    let e = run(
        "h22",
        &[
            ("team_size_now", &["seven_to_ten"]),
            ("proficiency_node", &["several_shipped"]),
            ("typescript_frontend", &["typescript_shared"]),
            (
                "services_12m",
                &["product_api", "webhooks", "background_jobs"],
            ),
            ("service_count", &["five_plus"]),
            ("shared_conventions", &["shared_template"]),
            ("planned_languages", &["node"]),
        ],
    );
    wins(&e, Language::Node, &[], &["node_drift", "polyglot_trap"]);
}

/// H23. A Node.js team with four services where each picks its own packages, test
/// style and deploy process. → Node.js, with the drift warning.
#[test]
fn h23_node_services_each_their_own() {
    let e = run(
        "h23",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_node", &["several_shipped"]),
            (
                "services_12m",
                &["product_api", "webhooks", "background_jobs"],
            ),
            ("service_count", &["two_to_four"]),
            ("shared_conventions", &["each_own"]),
        ],
    );
    wins(&e, Language::Node, &["node_drift"], &[]);
}

// ---- existing code, plans and warnings ------------------------------------------------

/// H24. Six Node.js engineers with a large Node.js codebase in production and
/// moderate traffic; someone wants to move to Go "for the scale we'll need one
/// day", adding Go alongside. → Node.js, with imagined-future and polyglot warnings.
#[test]
fn h24_node_codebase_hoped_scale_go() {
    let e = run(
        "h24",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_node", &["several_shipped"]),
            ("proficiency_go", &["some"]),
            ("services_12m", &["product_api", "admin_tools"]),
            ("traffic_level", &["moderate"]),
            ("codebase_state", &["large_codebase"]),
            ("codebase_language", &["node"]),
            ("planned_languages", &["node", "go"]),
            ("polyglot_reason", &["expected_need"]),
            ("decision_driver", &["hoped_scale"]),
        ],
    );
    wins(
        &e,
        Language::Node,
        &["imagined_future", "polyglot_trap"],
        &[],
    );
}

/// H25. A Python team with a large Python codebase is tempted by the stack of a
/// famous, much bigger company. → Python, with the imagined-future warning.
#[test]
fn h25_python_codebase_big_company_envy() {
    let e = run(
        "h25",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_python", &["several_shipped"]),
            ("services_12m", &["product_api", "background_jobs"]),
            ("codebase_state", &["large_codebase"]),
            ("codebase_language", &["python"]),
            ("decision_driver", &["big_company_stack"]),
        ],
    );
    wins(&e, Language::Python, &["imagined_future"], &[]);
}

/// H26. A three-person team plans a Node.js API and a Python ML service because
/// people prefer different languages. → whatever wins, the polyglot trap.
#[test]
fn h26_three_people_two_languages() {
    let e = run(
        "h26",
        &[
            ("team_size_now", &["two_to_three"]),
            ("services_12m", &["product_api", "ml_ai"]),
            ("planned_languages", &["node", "python"]),
            ("polyglot_reason", &["preferences"]),
        ],
    );
    assert!(e.has_warning("polyglot_trap"), "\n{}", describe(&e));
}

/// H27. A 14-person team with a measured bottleneck in one pipeline adds a Go
/// service next to its Python code. → no polyglot-trap warning.
#[test]
fn h27_big_team_measured_need_no_polyglot_trap() {
    let e = run(
        "h27",
        &[
            ("team_size_now", &["over_ten"]),
            ("proficiency_python", &["several_shipped"]),
            ("proficiency_go", &["one_shipped"]),
            ("codebase_state", &["large_codebase"]),
            ("codebase_language", &["python"]),
            ("planned_languages", &["python", "go"]),
            ("polyglot_reason", &["measured_need"]),
        ],
    );
    assert!(!e.has_warning("polyglot_trap"), "\n{}", describe(&e));
}

/// H28. A five-person Python team with a large codebase: only one person can
/// deploy, local setup takes half a day, and nobody touches the oldest cron job.
/// → Python, with the rewrite-warning-signs warning.
#[test]
fn h28_python_rewrite_signs() {
    let e = run(
        "h28",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_python", &["several_shipped"]),
            ("services_12m", &["product_api", "background_jobs"]),
            ("who_deploys", &["only_one"]),
            ("codebase_state", &["large_codebase"]),
            ("codebase_language", &["python"]),
            ("rewrite_signs", &["slow_local_setup", "untouchable_job"]),
        ],
    );
    wins(&e, Language::Python, &["rewrite_signs"], &[]);
}

/// H29. A Node.js team with a production codebase where only one person can deploy
/// (no other symptom ticked). → rewrite-warning-signs warning (the brief lists
/// "only one person can deploy" as a sign).
#[test]
fn h29_only_one_deployer_is_a_rewrite_sign() {
    let e = run(
        "h29",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_node", &["several_shipped"]),
            ("services_12m", &["product_api", "webhooks"]),
            ("who_deploys", &["only_one"]),
            ("codebase_state", &["large_codebase"]),
            ("codebase_language", &["node"]),
        ],
    );
    wins(&e, Language::Node, &["rewrite_signs"], &[]);
}

/// H30. A small Node.js team with a TypeScript frontend and a CRUD product that
/// changes weekly wants Go "because we might need scale later". → Node.js, with
/// imagined-future (and Go-too-early, since Go is planned) warnings.
#[test]
fn h30_node_team_might_need_scale_later() {
    let e = run(
        "h30",
        &[
            ("team_size_now", &["two_to_three"]),
            ("proficiency_node", &["several_shipped"]),
            ("typescript_frontend", &["typescript_shared"]),
            ("services_12m", &["product_api", "admin_tools"]),
            ("traffic_level", &["low"]),
            ("product_maturity", &["exploring"]),
            ("planned_languages", &["go"]),
            ("decision_driver", &["hoped_scale"]),
        ],
    );
    wins(
        &e,
        Language::Node,
        &["imagined_future", "go_too_early"],
        &[],
    );
}

/// H31. A Python team of four builds an API, background jobs and data imports; large
/// file processing is likely within a year or two. → Python, with the note that Go
/// can take over heavy jobs later.
#[test]
fn h31_python_team_heavy_work_likely_later() {
    let e = run(
        "h31",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_python", &["several_shipped"]),
            (
                "services_12m",
                &["product_api", "background_jobs", "data_imports"],
            ),
            ("heavy_work_outlook", &["likely"]),
        ],
    );
    wins(&e, Language::Python, &["heavy_jobs_later"], &[]);
}

/// H32. A Go-only team whose core is serving its own ML models. → if Go leads, the
/// "Go for a data-heavy product" warning must be raised; otherwise Python.
#[test]
fn h32_go_team_own_models() {
    let e = run(
        "h32",
        &[
            ("proficiency_go", &["several_shipped"]),
            ("proficiency_python", &["none"]),
            ("services_12m", &["product_api", "ml_ai"]),
            ("core_workload", &["ml_ai"]),
            ("ml_depth", &["own_models"]),
        ],
    );
    match e.winner() {
        Language::Go => assert!(e.has_warning("go_data_heavy"), "\n{}", describe(&e)),
        l => assert_eq!(l, Language::Python, "\n{}", describe(&e)),
    }
}

/// H33. A Node.js team whose core is data pipelines and analytics they build
/// themselves. → if Node.js is recommended, the data-heavy warning; otherwise
/// Python, or no recommendation yet (the two principles pull level).
#[test]
fn h33_node_team_data_pipelines() {
    let e = run(
        "h33",
        &[
            ("proficiency_node", &["several_shipped"]),
            ("proficiency_python", &["none"]),
            ("services_12m", &["product_api", "ml_ai", "reporting"]),
            ("core_workload", &["ml_ai"]),
            ("ml_depth", &["pipelines"]),
        ],
    );
    match e.recommendation() {
        Some(Language::Node) => assert!(e.has_warning("node_data_heavy"), "\n{}", describe(&e)),
        Some(l) => assert_eq!(l, Language::Python, "\n{}", describe(&e)),
        None => assert!(e.ranking.too_close_to_call(), "\n{}", describe(&e)),
    }
}

// ---- too little to decide -------------------------------------------------------------

/// H34. Nothing answered but the team size. → no recommendation.
#[test]
fn h34_only_team_size_cannot_decide() {
    let e = run("h34", &[("team_size_now", &["four_to_six"])]);
    no_recommendation(&e);
}

/// H35. Sparse: "we build a CRUD API with webhooks" and nothing else (no skills, no
/// market). Any of the three works and team speed decides, which is unknown.
/// → no recommendation.
#[test]
fn h35_sparse_crud_only_cannot_decide() {
    let e = run("h35", &[("services_12m", &["product_api", "webhooks"])]);
    no_recommendation(&e);
}

// ---- follow-ups -----------------------------------------------------------------------

/// H11b. Sparse: "our core is large image and file processing, behind a product
/// API". → Go.
#[test]
fn h11b_sparse_cpu_heavy_core_with_api() {
    let e = run(
        "h11b",
        &[
            ("services_12m", &["product_api", "cpu_heavy"]),
            ("core_workload", &["cpu_heavy"]),
        ],
    );
    wins(&e, Language::Go, &[], &[]);
}

/// H11c. Sparse: big file transforms are the core, plus data imports. → Go.
#[test]
fn h11c_sparse_cpu_heavy_core_with_imports() {
    let e = run(
        "h11c",
        &[
            ("services_12m", &["cpu_heavy", "data_imports"]),
            ("core_workload", &["cpu_heavy"]),
        ],
    );
    wins(&e, Language::Go, &[], &[]);
}

/// H36. A Node.js team (nobody knows Go or Python) with a shared TypeScript
/// frontend builds a CRUD product that calls a hosted LLM API. → Node.js.
#[test]
fn h36_node_team_hosted_llm_calls() {
    let e = run(
        "h36",
        &[
            ("proficiency_go", &["none"]),
            ("proficiency_node", &["several_shipped"]),
            ("proficiency_python", &["none"]),
            ("typescript_frontend", &["typescript_shared"]),
            ("services_12m", &["product_api", "admin_tools", "ml_ai"]),
            ("core_workload", &["product_api"]),
            ("ml_depth", &["hosted_apis"]),
        ],
    );
    wins(&e, Language::Node, &[], &[]);
}

/// H00. The public scenarios B and D answered with only their stated facts: is a
/// language actually recommended (not "cannot decide yet")?
#[test]
fn h00_public_sparse_b_and_d_recommend() {
    let b = run(
        "h00-B",
        &[
            ("proficiency_go", &["several_shipped"]),
            ("traffic_level", &["very_high"]),
            ("memory_limits", &["tight"]),
            ("cloud_budget", &["tight"]),
            ("uptime_pattern", &["always_on"]),
            ("instance_count", &["many"]),
        ],
    );
    let d = run("h00-D", &[("services_12m", &["dev_tooling"])]);
    let a = run(
        "h00-A",
        &[
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
        ],
    );
    wins(&a, Language::Node, &["heavy_jobs_later"], &[]);
    wins(&b, Language::Go, &[], &[]);
    wins(&d, Language::Go, &[], &[]);
}
