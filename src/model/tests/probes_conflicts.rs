//! Conflicting-factor probes, written by an independent reviewer from the domain
//! brief (/work/shared/domain.md) only, without reading the scoring rules.
//!
//! Each probe describes a team where two strong signals pull different ways (team
//! skills against workload, hiring against fluency, runtime cost against comfort,
//! existing code against a new workload, the user's priorities against the answers)
//! and checks how the brief resolves them: the factor the brief ranks higher wins,
//! a warning the brief requires is raised, the answer is not a confident one when
//! the brief gives no order, or one language gains on another when a factor
//! strengthens. Numbers are never asserted, only outcomes and directions.

use super::probe_kit::{Pair, gains, pair, provisional, run, run_with, silent, twist, warns, wins};
use super::scenarios::describe;
use crate::model::{Evaluation, Language, Weights};

/// Neutral answers for every question a probe leaves open, so that a confident
/// recommendation is possible and "not confident" checks are not vacuous.
const FILLER: &[Pair<'static>] = &[
    ("team_size_now", &["four_to_six"]),
    ("team_size_12m", &["four_to_six"]),
    ("typescript_frontend", &["typescript_separate"]),
    ("hiring_go", &["moderate"]),
    ("hiring_node", &["moderate"]),
    ("hiring_python", &["moderate"]),
    ("time_to_hire", &["within_months"]),
    ("salary_pressure", &["moderate"]),
    ("heavy_work_outlook", &["possible"]),
    ("traffic_level", &["moderate"]),
    ("latency_target", &["normal"]),
    ("uptime_pattern", &["mixed"]),
    ("service_count", &["two_to_four"]),
    ("instance_count", &["several"]),
    ("memory_limits", &["comfortable"]),
    ("cloud_budget", &["watched"]),
    ("who_deploys", &["a_few"]),
    ("on_call", &["rotation"]),
    ("observability", &["error_tracking", "cloud_logs"]),
    ("rollback", &["one_step"]),
    ("async_owner", &["owner"]),
    ("shared_conventions", &["shared_template"]),
    ("product_maturity", &["settling"]),
    ("codebase_state", &["greenfield"]),
    ("rewrite_signs", &["none_of_these"]),
    ("planned_languages", &["none_yet"]),
    ("decision_driver", &["this_year_services"]),
];

/// `pairs` completed with [`FILLER`] for every question they leave open.
fn full<'a>(pairs: &[Pair<'a>]) -> Vec<Pair<'a>> {
    twist(FILLER, pairs)
}

/// If `lang` leads, warning `id` is raised.
fn warns_if_leads(e: &Evaluation, lang: Language, id: &str) {
    if e.winner() == lang {
        warns(e, id);
    }
}

/// `lang` is not recommended confidently (it may lead, but only provisionally).
fn not_confident(e: &Evaluation, lang: Language) {
    assert!(
        e.winner() != lang || provisional(e),
        "{} recommended confidently (headline {:?}, status {:?}, confidence {:?})\n{}",
        lang.name(),
        e.headline(),
        e.verdict.status,
        e.confidence.level,
        describe(e)
    );
}

fn winner_among(e: &Evaluation, langs: &[Language]) {
    assert!(
        langs.contains(&e.winner()),
        "winner {} not among {:?}\n{}",
        e.winner().name(),
        langs.iter().map(|l| l.name()).collect::<Vec<_>>(),
        describe(e)
    );
}

/// The default weights with one criterion (index in `Criterion::ALL` order: hiring,
/// team fit, delivery speed, runtime cost, concurrency, data/AI, ops simplicity,
/// maintainability) set to `value`.
fn weights_with(index: usize, value: u8) -> Weights {
    let mut w = Weights::default().as_array();
    w[index] = value;
    Weights::from_array(w)
}

// ---- team skills against workload shape ----------------------------------------------

const TS_NODE_TEAM: &[Pair<'static>] = &[
    ("team_size_now", &["four_to_six"]),
    ("team_size_12m", &["four_to_six"]),
    ("proficiency_go", &["none"]),
    ("proficiency_node", &["several_shipped"]),
    ("proficiency_python", &["some"]),
    ("typescript_frontend", &["typescript_shared"]),
    ("services_12m", &["product_api", "background_jobs"]),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["moderate"]),
    ("product_maturity", &["settling"]),
    ("codebase_state", &["greenfield"]),
];

const CPU_CORE: &[Pair<'static>] = &[
    ("services_12m", &["product_api", "cpu_heavy"]),
    ("core_workload", &["cpu_heavy"]),
];

/// C01. A TypeScript-sharing Node.js team (nobody knows Go) whose product core
/// becomes CPU-heavy file/image processing. Brief: "CPU-bound work (large transforms,
/// image/file processing, encoding, heavy reporting) → Go; Node blocks its event
/// loop" against "Team skills (the strongest factor at startup stage) … What the
/// team already knows best dominates. Switching a fluent team to another language
/// costs roughly 3–6 months". → Go gains on Node, but Go is not a confident pick
/// for a team that does not know it, and Python is not the answer.
#[test]
fn c01_ts_node_team_cpu_heavy_core() {
    let (b, t) = pair("c01", &full(TS_NODE_TEAM), CPU_CORE);
    wins(&b, Language::Node);
    gains(&b, &t, Language::Go, Language::Node);
    not_confident(&t, Language::Go);
    winner_among(&t, &[Language::Node, Language::Go]);
}

/// C02. The same TypeScript-sharing team, but the user says team comfort matters
/// most and runtime cost/concurrency hardly at all. Brief: "Pick the language that
/// loses the fewest points where it hurts your team most … The user's priorities
/// weight the dimensions." → Node.js.
#[test]
fn c02_ts_node_team_cpu_core_team_fit_priority() {
    let answers = twist(TS_NODE_TEAM, CPU_CORE);
    let w = Weights::from_array([8, 10, 5, 2, 2, 5, 8, 5]);
    let e = run_with("c02", &answers, &w);
    wins(&e, Language::Node);
}

const GO_TEAM: &[Pair<'static>] = &[
    ("team_size_now", &["four_to_six"]),
    ("team_size_12m", &["four_to_six"]),
    ("proficiency_go", &["several_shipped"]),
    ("proficiency_node", &["some"]),
    ("proficiency_python", &["some"]),
    ("typescript_frontend", &["typescript_separate"]),
    ("services_12m", &["product_api", "ml_ai"]),
    ("core_workload", &["product_api"]),
    ("ml_depth", &["hosted_apis"]),
    ("traffic_level", &["moderate"]),
    ("product_maturity", &["settling"]),
    ("codebase_state", &["greenfield"]),
];

/// C03. A Go-fluent team whose core becomes serving its own ML models. Brief:
/// "AI/ML, data work, analytics … → Python is the default; its data/ML ecosystem …
/// has no real equivalent in Go or Node. Choosing Go for a data-heavy product
/// without weighing this is a listed mistake." → Python gains on Go; if Go still
/// leads, the data-heavy warning is raised; Node is not the answer.
#[test]
fn c03_go_team_ml_inference_core() {
    let (b, t) = pair(
        "c03",
        GO_TEAM,
        &[("core_workload", &["ml_ai"]), ("ml_depth", &["own_models"])],
    );
    gains(&b, &t, Language::Python, Language::Go);
    warns_if_leads(&t, Language::Go, "go_data_heavy");
    winner_among(&t, &[Language::Go, Language::Python]);
}

/// C04. The same Go team with an ML core: putting the data/AI ecosystem first in
/// the priorities moves it further toward Python. Brief: "The user's priorities
/// weight the dimensions" and "AI/ML … → Python is the default".
#[test]
fn c04_go_team_ml_core_data_priority() {
    let answers = twist(
        GO_TEAM,
        &[("core_workload", &["ml_ai"]), ("ml_depth", &["own_models"])],
    );
    let b = run_with("c04 default", &answers, &Weights::default());
    let t = run_with("c04 data first", &answers, &weights_with(5, 10));
    gains(&b, &t, Language::Python, Language::Go);
}

/// C05. A TypeScript-sharing Node.js team whose core becomes ML pipelines and
/// analytics they build themselves. Brief: "AI/ML, data work, analytics … → Python
/// is the default … no real equivalent in Go or Node" against "A team that already
/// writes TypeScript on the frontend gains a lot from Node.js". → Python gains on
/// Node; if Node still leads, the Node data-heavy warning is raised.
#[test]
fn c05_ts_node_team_ml_pipelines_core() {
    let base = twist(
        TS_NODE_TEAM,
        &[
            ("services_12m", &["product_api", "ml_ai", "reporting"]),
            ("ml_depth", &["hosted_apis"]),
        ],
    );
    let (b, t) = pair(
        "c05",
        &base,
        &[("core_workload", &["ml_ai"]), ("ml_depth", &["pipelines"])],
    );
    gains(&b, &t, Language::Python, Language::Node);
    warns_if_leads(&t, Language::Node, "node_data_heavy");
}

const PY_TEAM: &[Pair<'static>] = &[
    ("team_size_now", &["four_to_six"]),
    ("team_size_12m", &["four_to_six"]),
    ("proficiency_go", &["some"]),
    ("proficiency_node", &["some"]),
    ("proficiency_python", &["several_shipped"]),
    ("typescript_frontend", &["other_frontend"]),
    (
        "services_12m",
        &["product_api", "background_jobs", "realtime"],
    ),
    ("core_workload", &["product_api"]),
    ("async_owner", &["nobody"]),
    ("traffic_level", &["moderate"]),
    ("product_maturity", &["settling"]),
    ("codebase_state", &["greenfield"]),
];

/// C06. A Python-fluent team whose core becomes real-time (chat, live dashboards),
/// with workers and websockets owned by nobody. Brief: "Real-time core (chat, live
/// dashboards, collaboration, WebSocket pub-sub) → Node.js is the most natural fit;
/// Go is also strong" and "Python async sprawl when background jobs, websockets and
/// async services pile up unowned." → Node gains on Python; if Python leads, the
/// async-sprawl warning is raised.
#[test]
fn c06_python_team_realtime_core_unowned() {
    let (b, t) = pair("c06", PY_TEAM, &[("core_workload", &["realtime"])]);
    gains(&b, &t, Language::Node, Language::Python);
    warns_if_leads(&t, Language::Python, "python_async_sprawl");
}

/// C07. A Node.js team (nobody knows Go) whose year is developer tooling: a CLI and
/// an API gateway. Brief: "Developer/infrastructure tooling (CLIs, API gateways,
/// Kubernetes operators) → Go" against "What the team already knows best dominates.
/// Switching a fluent team to another language costs roughly 3–6 months". → Go gains
/// on Node, but is not a confident pick for a team that does not know it.
#[test]
fn c07_node_team_dev_tooling() {
    let base = twist(
        TS_NODE_TEAM,
        &[
            ("typescript_frontend", &["no_frontend"]),
            ("services_12m", &["product_api", "webhooks"]),
        ],
    );
    let (b, t) = pair(
        "c07",
        &full(&base),
        &[
            ("services_12m", &["dev_tooling", "product_api"]),
            ("core_workload", &["dev_tooling"]),
        ],
    );
    gains(&b, &t, Language::Go, Language::Node);
    not_confident(&t, Language::Go);
}

/// C08. A TypeScript-sharing Node.js team (nobody knows Go) whose API must take
/// 10,000+ simultaneous users at tens of milliseconds on many always-on instances.
/// Brief: "High concurrency / tight latency / many small requests all day → Go"
/// against "What the team already knows best dominates." → Go gains on Node but is
/// not a confident pick.
#[test]
fn c08_node_team_very_high_concurrency() {
    let (b, t) = pair(
        "c08",
        &full(TS_NODE_TEAM),
        &[
            ("traffic_level", &["very_high"]),
            ("latency_target", &["tight"]),
            ("uptime_pattern", &["always_on"]),
            ("instance_count", &["many"]),
        ],
    );
    gains(&b, &t, Language::Go, Language::Node);
    not_confident(&t, Language::Go);
}

/// C09. A team equally fluent in Go and Node.js whose core is real-time
/// collaboration at moderate traffic. Brief: "Real-time core … → Node.js is the
/// most natural fit; Go is also strong." → Go is not a confident pick over Node;
/// Python is not the answer.
#[test]
fn c09_equal_go_node_realtime_core() {
    let e = run(
        "c09",
        &full(&[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_go", &["several_shipped"]),
            ("proficiency_node", &["several_shipped"]),
            ("proficiency_python", &["none"]),
            ("typescript_frontend", &["typescript_separate"]),
            ("services_12m", &["product_api", "realtime"]),
            ("core_workload", &["realtime"]),
            ("traffic_level", &["moderate"]),
            ("product_maturity", &["settling"]),
        ]),
    );
    winner_among(&e, &[Language::Node, Language::Go]);
    not_confident(&e, Language::Go);
}

// ---- "Go too early" -------------------------------------------------------------------

const GO_CRUD: &[Pair<'static>] = &[
    ("team_size_now", &["two_to_three"]),
    ("proficiency_go", &["several_shipped"]),
    ("proficiency_node", &["some"]),
    ("proficiency_python", &["some"]),
    ("typescript_frontend", &["other_frontend"]),
    ("services_12m", &["product_api", "admin_tools", "webhooks"]),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["moderate"]),
    ("product_maturity", &["stable"]),
    ("codebase_state", &["greenfield"]),
];

/// C10. A team that likes and knows Go, building a CRUD product that still changes
/// every week. Brief: "Go too early for CRUD/admin/webhook products still changing
/// weekly" and "Choosing Go too early for a product that still lives in CRUD and
/// constant change slows the team." → Python gains on Go when the product goes from
/// stable to weekly change; if Go leads, the Go-too-early warning is raised.
#[test]
fn c10_go_team_exploring_crud() {
    let (b, t) = pair("c10", GO_CRUD, &[("product_maturity", &["exploring"])]);
    gains(&b, &t, Language::Python, Language::Go);
    silent(&b, "go_too_early");
    warns_if_leads(&t, Language::Go, "go_too_early");
}

/// C11. A team equally fluent in Go and Node.js building a CRUD product that
/// changes weekly. Brief: "I/O-bound CRUD APIs, admin screens, webhooks → any of the
/// three works; team speed decides. Choosing Go too early for a product that still
/// lives in CRUD and constant change slows the team" and "Go: … slower while the
/// product is still taking shape"; "Node.js: fast shipping". → Node.js.
#[test]
fn c11_go_and_node_fluent_exploring_crud() {
    let e = run(
        "c11",
        &twist(
            GO_CRUD,
            &[
                ("proficiency_node", &["several_shipped"]),
                ("proficiency_python", &["none"]),
                ("typescript_frontend", &["typescript_separate"]),
                ("product_maturity", &["exploring"]),
            ],
        ),
    );
    wins(&e, Language::Node);
}

/// C12. A mixed-experience team where one person does every deploy and every night
/// page, building a CRUD product that changes weekly. Brief: "If one person handles
/// most operations and experience is mixed, Go's simple failure modes help" against
/// "Go too early for CRUD/admin/webhook products still changing weekly." → if Go
/// leads, the Go-too-early warning is raised.
#[test]
fn c12_one_ops_person_vs_exploring_crud() {
    let e = run(
        "c12",
        &twist(
            GO_CRUD,
            &[
                ("team_size_now", &["four_to_six"]),
                ("proficiency_go", &["some"]),
                ("who_deploys", &["only_one"]),
                ("on_call", &["one_person"]),
                ("product_maturity", &["exploring"]),
            ],
        ),
    );
    warns_if_leads(&e, Language::Go, "go_too_early");
}

/// C13. A team equally fluent in Go and Python, CRUD changing weekly, but very high
/// concurrency with tight latency. Brief: "High concurrency / tight latency … → Go"
/// against "Go too early for CRUD/admin/webhook products still changing weekly." →
/// if Go leads, the Go-too-early warning is still raised.
#[test]
fn c13_exploring_crud_with_very_high_traffic() {
    let e = run(
        "c13",
        &full(&twist(
            GO_CRUD,
            &[
                ("proficiency_python", &["several_shipped"]),
                ("product_maturity", &["exploring"]),
                ("traffic_level", &["very_high"]),
                ("latency_target", &["tight"]),
            ],
        )),
    );
    warns_if_leads(&e, Language::Go, "go_too_early");
}

/// C14. A mixed-experience team with one person on every deploy and night page:
/// the Go pull only holds while experience is mixed. Brief: "If one person handles
/// most operations and experience is mixed, Go's simple failure modes help." Here
/// two or more people have shipped Python (experience is not mixed), settled API. →
/// Python (what the team knows best dominates).
#[test]
fn c14_one_ops_person_python_fluent_team() {
    let e = run(
        "c14",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_go", &["some"]),
            ("proficiency_node", &["some"]),
            ("proficiency_python", &["several_shipped"]),
            ("services_12m", &["product_api", "background_jobs"]),
            ("core_workload", &["product_api"]),
            ("async_owner", &["owner"]),
            ("uptime_pattern", &["always_on"]),
            ("who_deploys", &["only_one"]),
            ("on_call", &["one_person"]),
            ("product_maturity", &["stable"]),
        ],
    );
    wins(&e, Language::Python);
}

// ---- hiring against fluency and taste -------------------------------------------------

const GROWING: &[Pair<'static>] = &[
    ("team_size_now", &["two_to_three"]),
    ("team_size_12m", &["seven_to_ten"]),
    ("proficiency_go", &["some"]),
    ("proficiency_node", &["some"]),
    ("proficiency_python", &["some"]),
    ("typescript_frontend", &["other_frontend"]),
    ("hiring_go", &["hard"]),
    ("hiring_node", &["easy"]),
    ("hiring_python", &["hard"]),
    ("time_to_hire", &["within_weeks"]),
    ("services_12m", &["product_api", "admin_tools"]),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["moderate"]),
    ("product_maturity", &["settling"]),
    ("decision_driver", &["team_taste"]),
];

/// C15. A team that enjoys Python (some experience, nobody has shipped it) must
/// triple within weeks; locally Node.js developers are plentiful, Python and Go
/// scarce. Brief: "Hiring beats taste: if the market has many Node developers and
/// few Go engineers, Node is the safer pick even if the current team finds Go
/// cleaner" and "Judge the market you actually hire from". → Node.js.
#[test]
fn c15_python_taste_loses_to_node_market() {
    let e = run("c15", GROWING);
    wins(&e, Language::Node);
}

/// C16. A Python-fluent pair must grow to 7–10 within weeks; then Python turns out
/// scarce locally while Node.js is plentiful. Brief: "Count candidates with 2–4
/// years of production backend work in the language … who could support the service
/// if the lead left" and "Hiring beats taste". → Node gains on Python; Go (scarce
/// too) is not the answer.
#[test]
fn c16_fluent_python_team_scarce_python_market() {
    let base = twist(
        GROWING,
        &[
            ("proficiency_python", &["several_shipped"]),
            ("hiring_python", &["easy"]),
            ("decision_driver", &["this_year_services"]),
        ],
    );
    let (b, t) = pair("c16", &base, &[("hiring_python", &["hard"])]);
    wins(&b, Language::Python);
    gains(&b, &t, Language::Node, Language::Python);
    winner_among(&t, &[Language::Python, Language::Node]);
}

/// C17. The same scarce-Python case, with hiring put first in the priorities. Brief:
/// "The user's priorities weight the dimensions" and "Hiring beats taste". → Node
/// gains further on Python.
#[test]
fn c17_scarce_python_hiring_priority() {
    let answers = twist(
        GROWING,
        &[
            ("proficiency_python", &["several_shipped"]),
            ("decision_driver", &["this_year_services"]),
        ],
    );
    let b = run_with("c17 default", &answers, &Weights::default());
    let t = run_with("c17 hiring first", &answers, &weights_with(0, 10));
    gains(&b, &t, Language::Node, Language::Python);
}

/// C18. A Go-fluent pair who must grow to 7–10 within weeks on tight salaries; Go
/// turns out scarce locally while Node.js and Python are plentiful. Brief: "Go pools
/// are smaller, Go engineers cost more and take longer to hire" and "Hiring beats
/// taste". → Node and Python both gain on Go.
#[test]
fn c18_go_pair_must_grow_go_scarce() {
    let base = twist(
        GROWING,
        &[
            ("proficiency_go", &["several_shipped"]),
            ("hiring_go", &["easy"]),
            ("hiring_node", &["easy"]),
            ("hiring_python", &["easy"]),
            ("salary_pressure", &["tight"]),
            ("product_maturity", &["stable"]),
            ("decision_driver", &["this_year_services"]),
        ],
    );
    let (b, t) = pair("c18", &base, &[("hiring_go", &["hard"])]);
    gains(&b, &t, Language::Node, Language::Go);
    gains(&b, &t, Language::Python, Language::Go);
}

/// C19. Developer tooling (Go's ground) where only one person has shipped Go and Go
/// is hard to hire while the team must grow. Brief: "Developer/infrastructure
/// tooling … → Go" against "A stack that only one future hire could maintain is a
/// staffing trap." → if Go leads, the staffing-trap warning is raised.
#[test]
fn c19_dev_tooling_one_go_person_go_scarce() {
    let e = run(
        "c19",
        &[
            ("team_size_now", &["four_to_six"]),
            ("team_size_12m", &["seven_to_ten"]),
            ("proficiency_go", &["one_shipped"]),
            ("proficiency_node", &["some"]),
            ("proficiency_python", &["some"]),
            ("typescript_frontend", &["no_frontend"]),
            ("hiring_go", &["hard"]),
            ("time_to_hire", &["within_months"]),
            ("services_12m", &["dev_tooling"]),
        ],
    );
    warns_if_leads(&e, Language::Go, "staffing_trap");
}

// ---- runtime cost against comfort -----------------------------------------------------

const PY_API: &[Pair<'static>] = &[
    ("team_size_now", &["four_to_six"]),
    ("proficiency_go", &["none"]),
    ("proficiency_node", &["none"]),
    ("proficiency_python", &["several_shipped"]),
    ("services_12m", &["product_api", "background_jobs"]),
    ("core_workload", &["product_api"]),
    ("async_owner", &["owner"]),
    ("traffic_level", &["moderate"]),
    ("uptime_pattern", &["always_on"]),
    ("instance_count", &["few"]),
    ("memory_limits", &["comfortable"]),
    ("cloud_budget", &["watched"]),
    ("product_maturity", &["settling"]),
    ("codebase_state", &["greenfield"]),
];

/// C20. A team that only knows Python, then tight memory caps, ten-plus always-on
/// instances, a high steady load and a bill where every instance counts. Brief: "if
/// Go runs a busy API on half the servers, it does [matter]" and "Always-on APIs pay
/// idle cost every hour, multiplied across staging, production and failover" against
/// "What the team already knows best dominates. Switching … costs roughly 3–6
/// months". → Go gains on Python, but is not a confident pick for a team with
/// nobody who knows it.
#[test]
fn c20_python_only_team_tight_memory_many_instances() {
    let (b, t) = pair(
        "c20",
        &full(PY_API),
        &[
            ("traffic_level", &["high"]),
            ("instance_count", &["many"]),
            ("service_count", &["five_plus"]),
            ("shared_conventions", &["shared_template"]),
            ("memory_limits", &["tight"]),
            ("cloud_budget", &["tight"]),
        ],
    );
    wins(&b, Language::Python);
    gains(&b, &t, Language::Go, Language::Python);
    not_confident(&t, Language::Go);
}

/// C21. A Python-fluent team (one person dabbled in Go) whose always-on API runs on
/// a few instances with comfortable memory, product changing weekly. Brief:
/// "Engineer time usually costs more than a server or two: if Python lets a team
/// ship twice as fast, a small cloud difference doesn't matter." → Python.
#[test]
fn c21_small_cloud_difference_keeps_python() {
    let e = run(
        "c21",
        &twist(
            PY_API,
            &[
                ("proficiency_go", &["some"]),
                ("product_maturity", &["exploring"]),
            ],
        ),
    );
    wins(&e, Language::Python);
}

/// C22. A TypeScript-sharing Node.js team (nobody knows Go) running ten mostly-idle
/// always-on services under hard memory caps on a tight bill. Brief: "Node.js:
/// starts fast, but a higher memory floor; hurts when ten mostly-idle containers
/// run" against "What the team already knows best dominates." → Go gains on Node,
/// but is not a confident pick.
#[test]
fn c22_node_team_many_idle_containers() {
    let (b, t) = pair(
        "c22",
        &full(TS_NODE_TEAM),
        &[
            ("traffic_level", &["low"]),
            ("uptime_pattern", &["always_on"]),
            ("service_count", &["five_plus"]),
            ("shared_conventions", &["shared_template"]),
            ("instance_count", &["many"]),
            ("memory_limits", &["tight"]),
            ("cloud_budget", &["tight"]),
        ],
    );
    gains(&b, &t, Language::Go, Language::Node);
    not_confident(&t, Language::Go);
}

const BURSTY: &[Pair<'static>] = &[
    ("team_size_now", &["two_to_three"]),
    ("proficiency_go", &["several_shipped"]),
    ("proficiency_node", &["some"]),
    ("proficiency_python", &["some"]),
    ("typescript_frontend", &["no_frontend"]),
    (
        "services_12m",
        &["background_jobs", "webhooks", "product_api"],
    ),
    ("core_workload", &["background_jobs"]),
    ("async_owner", &["owner"]),
    ("traffic_level", &["low"]),
    ("uptime_pattern", &["bursty"]),
    ("cloud_budget", &["relaxed"]),
    ("product_maturity", &["settling"]),
];

/// C23. Hourly jobs that wake, work two minutes and exit, for a Go-fluent team.
/// Brief: "Bursty jobs (wake, work two minutes, exit; hourly) care about startup
/// time, and the RAM difference barely shows on the bill" and "What the team
/// already knows best dominates." → Go.
#[test]
fn c23_bursty_jobs_go_team() {
    let e = run("c23", BURSTY);
    wins(&e, Language::Go);
}

/// C24. The same hourly jobs for a Python-fluent team. Brief: "the RAM difference
/// barely shows on the bill" and "What the team already knows best dominates." →
/// Python (the fluency flips the pick; runtime cost does not hold it on Go).
#[test]
fn c24_bursty_jobs_python_team() {
    let e = run(
        "c24",
        &twist(
            BURSTY,
            &[
                ("proficiency_go", &["some"]),
                ("proficiency_python", &["several_shipped"]),
            ],
        ),
    );
    wins(&e, Language::Python);
}

/// C25. A Python-fluent team whose hourly jobs become large file transforms. Brief:
/// "CPU-bound work (large transforms, image/file processing …) → Go; … Python's GIL
/// needs multiprocessing." → Go gains on Python.
#[test]
fn c25_python_team_bursty_cpu_heavy_jobs() {
    let base = twist(
        BURSTY,
        &[
            ("proficiency_go", &["some"]),
            ("proficiency_python", &["several_shipped"]),
            (
                "services_12m",
                &["background_jobs", "cpu_heavy", "product_api"],
            ),
        ],
    );
    let (b, t) = pair("c25", &base, &[("core_workload", &["cpu_heavy"])]);
    gains(&b, &t, Language::Go, Language::Python);
}

/// C26. A Python-fluent team on an always-on CRUD API: putting runtime cost first in
/// the priorities moves it toward Go. Brief: "The user's priorities weight the
/// dimensions" and "Go: lowest memory and idle overhead, fast startup"; "Python:
/// often the most runtime cost for the same job". → Go gains on Python.
#[test]
fn c26_runtime_cost_priority_python_team() {
    let answers = twist(PY_API, &[("proficiency_go", &["some"])]);
    let b = run_with("c26 default", &answers, &Weights::default());
    let t = run_with("c26 runtime first", &answers, &weights_with(3, 10));
    gains(&b, &t, Language::Go, Language::Python);
}

// ---- existing code against a new workload ---------------------------------------------

/// C27. A Node.js team with a large Node.js codebase in production whose core
/// becomes CPU-heavy file processing. Brief: "Prefer extracting one new service in a
/// second language behind a gateway over a full rewrite", "startup rewrites typically
/// take 3–6 months and ship no new features" and "split out a Go service later only
/// when a heavy workload … actually appears." → Node.js stays the default.
#[test]
fn c27_node_codebase_cpu_core_extract_not_rewrite() {
    let e = run(
        "c27",
        &twist(
            TS_NODE_TEAM,
            &[
                ("proficiency_go", &["some"]),
                (
                    "services_12m",
                    &["product_api", "background_jobs", "cpu_heavy"],
                ),
                ("core_workload", &["cpu_heavy"]),
                ("codebase_state", &["large_codebase"]),
                ("codebase_language", &["node"]),
            ],
        ),
    );
    wins(&e, Language::Node);
    silent(&e, "leaving_codebase");
}

/// C28. A Python team with a large Python codebase whose API now takes 10,000+
/// simultaneous users at tight latency on many instances; one person has shipped
/// Go. Brief: "a Python→Go migration of high-throughput pipelines $80k–$400k;
/// startup rewrites typically take 3–6 months … Prefer extracting one new service in
/// a second language behind a gateway over a full rewrite." → if Go leads, the
/// leaving-a-codebase warning is raised.
#[test]
fn c28_python_codebase_high_concurrency() {
    let e = run(
        "c28",
        &twist(
            PY_API,
            &[
                ("proficiency_go", &["one_shipped"]),
                ("traffic_level", &["very_high"]),
                ("latency_target", &["tight"]),
                ("instance_count", &["many"]),
                ("product_maturity", &["stable"]),
                ("codebase_state", &["large_codebase"]),
                ("codebase_language", &["python"]),
            ],
        ),
    );
    warns_if_leads(&e, Language::Go, "leaving_codebase");
}

/// C29. A Python team with a large codebase showing rewrite signs wants Go "for the
/// scale we hope to reach", adding Go beside Python. Brief: rewrite signs ("each new
/// service uses a different framework"), "Imagined future: picking for the company
/// you hope to become", "Polyglot trap: keep one backend language until about 10+
/// engineers and a specific, measured performance need" and "Prefer extracting …
/// over a full rewrite." → Python, with rewrite-signs, imagined-future and polyglot
/// warnings.
#[test]
fn c29_python_codebase_rewrite_signs_hoped_scale() {
    let e = run(
        "c29",
        &twist(
            PY_API,
            &[
                ("proficiency_go", &["some"]),
                ("codebase_state", &["large_codebase"]),
                ("codebase_language", &["python"]),
                ("rewrite_signs", &["framework_per_service"]),
                ("planned_languages", &["python", "go"]),
                ("polyglot_reason", &["expected_need"]),
                ("decision_driver", &["hoped_scale"]),
            ],
        ),
    );
    wins(&e, Language::Python);
    warns(&e, "rewrite_signs");
    warns(&e, "imagined_future");
    warns(&e, "polyglot_trap");
}

// ---- plans against the rules ------------------------------------------------------------

/// C30. Three engineers running inherited Go, Node.js and Python services. Brief:
/// "Polyglot trap: keep one backend language until about 10+ engineers and a
/// specific, measured performance need. Several languages in a small team mean
/// duplicated shared code, everyone needing all languages, and cross-language
/// debugging." → polyglot-trap warning.
#[test]
fn c30_small_team_three_inherited_languages() {
    let e = run(
        "c30",
        &[
            ("team_size_now", &["two_to_three"]),
            ("proficiency_go", &["one_shipped"]),
            ("proficiency_node", &["one_shipped"]),
            ("proficiency_python", &["one_shipped"]),
            (
                "services_12m",
                &["product_api", "background_jobs", "webhooks"],
            ),
            ("codebase_state", &["small_codebase"]),
            ("codebase_language", &["other"]),
            ("planned_languages", &["go", "node", "python"]),
            ("polyglot_reason", &["inherited"]),
        ],
    );
    warns(&e, "polyglot_trap");
}

/// C31. A five-person Node.js team with a large codebase adds a Go service for a
/// measured CPU bottleneck (the endorsed extraction). Brief: polyglot needs "about
/// 10+ engineers and a specific, measured performance need" (both), while "Prefer
/// extracting one new service in a second language behind a gateway over a full
/// rewrite." → Node.js stays the default, and the polyglot trap is still named for
/// a team of five.
#[test]
fn c31_five_person_measured_need_still_polyglot() {
    let e = run(
        "c31",
        &twist(
            TS_NODE_TEAM,
            &[
                ("proficiency_go", &["one_shipped"]),
                (
                    "services_12m",
                    &["product_api", "background_jobs", "cpu_heavy"],
                ),
                ("codebase_state", &["large_codebase"]),
                ("codebase_language", &["node"]),
                ("planned_languages", &["node", "go"]),
                ("polyglot_reason", &["measured_need"]),
            ],
        ),
    );
    wins(&e, Language::Node);
    warns(&e, "polyglot_trap");
}

/// C32. A Go-fluent team whose real workload is a CLI and gateway, but whose stated
/// pull is "what a well-known, much bigger company uses". Brief: "Developer/
/// infrastructure tooling … → Go" and "Imagined future: … copying a much larger
/// company's stack (they have platform teams you don't)." → Go wins on the real
/// work, and the imagined-future warning is still raised.
#[test]
fn c32_real_tooling_but_big_company_envy() {
    let e = run(
        "c32",
        &[
            ("team_size_now", &["two_to_three"]),
            ("proficiency_go", &["several_shipped"]),
            ("typescript_frontend", &["no_frontend"]),
            ("services_12m", &["dev_tooling", "product_api"]),
            ("core_workload", &["dev_tooling"]),
            ("product_maturity", &["settling"]),
            ("decision_driver", &["big_company_stack"]),
        ],
    );
    wins(&e, Language::Go);
    warns(&e, "imagined_future");
}
