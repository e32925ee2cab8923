//! Unseen-scenario probes written by a product owner who read only the brief
//! (/work/shared/domain.md), never the scoring rules. Each scenario is one or two
//! sentences in the style of the brief's public table (A–E), built from its
//! principles but different from A–E, and is encoded twice:
//!
//! * **sparse**: only what the situation states or clearly implies (a hurried user);
//! * **full**: the same answers, plus scenario-specific details a realistic team
//!   would give (`*_MORE`, commented), plus [`NEUTRAL`] plausible, neutral answers
//!   for every question still open. The full form must leave no visible question
//!   unanswered.
//!
//! Expected outcomes: a language (sparse: that language or no recommendation at
//! all, never another language; full: that language recommended), "whatever wins,
//! warning X" (asserted on both forms), or "not a confident pick".

use super::scenarios::{build, describe};
use crate::model::{
    ConfidenceLevel, Criterion, Evaluation, Language, QUESTIONS, Weights, evaluate,
};

type Pair<'a> = (&'a str, &'a [&'a str]);
type Pairs = &'static [Pair<'static>];

/// The neutral answers a complete but unremarkable small team gives to whatever a
/// scenario leaves open. Chosen not to favour any language on their own.
const NEUTRAL: Pairs = &[
    // A typical small team that is not planning big growth.
    ("team_size_now", &["four_to_six"]),
    ("team_size_12m", &["four_to_six"]),
    // Nobody said anything about skills: a little of each, nothing shipped.
    ("proficiency_go", &["some"]),
    ("proficiency_node", &["some"]),
    ("proficiency_python", &["some"]),
    // A SaaS frontend in TypeScript built by other people (the common case).
    ("typescript_frontend", &["typescript_separate"]),
    // The same, average effort for every language; hiring within months.
    ("hiring_go", &["moderate"]),
    ("hiring_node", &["moderate"]),
    ("hiring_python", &["moderate"]),
    ("time_to_hire", &["within_months"]),
    ("salary_pressure", &["moderate"]),
    // An ordinary product API and some jobs, if the scenario names no services.
    ("services_12m", &["product_api", "background_jobs"]),
    ("core_workload", &["product_api"]),
    ("ml_depth", &["hosted_apis"]),
    ("heavy_work_outlook", &["possible"]),
    // Middle-of-the-road traffic and cost.
    ("traffic_level", &["moderate"]),
    ("latency_target", &["normal"]),
    ("uptime_pattern", &["mixed"]),
    ("service_count", &["two_to_four"]),
    ("instance_count", &["several"]),
    ("memory_limits", &["comfortable"]),
    ("cloud_budget", &["watched"]),
    // Healthy, ordinary operations.
    ("who_deploys", &["a_few"]),
    ("on_call", &["rotation"]),
    ("observability", &["error_tracking", "cloud_logs"]),
    ("rollback", &["one_step"]),
    ("async_owner", &["owner"]),
    ("shared_conventions", &["shared_template"]),
    // Settling product, fresh start, nothing decided, this year's services drive it.
    ("product_maturity", &["settling"]),
    ("codebase_state", &["greenfield"]),
    ("rewrite_signs", &["none_of_these"]),
    ("planned_languages", &["none_yet"]),
    ("decision_driver", &["this_year_services"]),
];

/// Full answers: `sparse`, then `more` (must not repeat a sparse question), then
/// [`NEUTRAL`] for the rest, in questionnaire order.
fn full_pairs(sparse: Pairs, more: Pairs) -> Vec<Pair<'static>> {
    for (q, _) in more {
        assert!(
            !sparse.iter().any(|(s, _)| s == q),
            "{q} is in both the sparse and the extra answers"
        );
    }
    QUESTIONS
        .iter()
        .filter_map(|q| {
            sparse
                .iter()
                .chain(more.iter())
                .chain(NEUTRAL.iter())
                .find(|(id, _)| *id == q.id)
                .copied()
        })
        .collect()
}

fn show(name: &str, e: &Evaluation) {
    println!(
        "=== {name}: winner {} (runner-up {}), margin {:.2}, status {:?}, confidence {:?}, rec {:?}, headline {:?}\n{}",
        e.winner().name(),
        e.runner_up().name(),
        e.margin(),
        e.verdict.status,
        e.confidence.level,
        e.recommendation().map(|l| l.name()),
        e.headline(),
        describe(e)
    );
}

fn sparse(name: &str, pairs: Pairs) -> Evaluation {
    sparse_with(name, pairs, &Weights::default())
}

fn sparse_with(name: &str, pairs: Pairs, weights: &Weights) -> Evaluation {
    let e = evaluate(&build(pairs), weights);
    show(&format!("{name} sparse"), &e);
    e
}

fn full(name: &str, pairs: Pairs, more: Pairs) -> Evaluation {
    full_with(name, pairs, more, &Weights::default())
}

fn full_with(name: &str, pairs: Pairs, more: Pairs, weights: &Weights) -> Evaluation {
    let e = evaluate(&build(&full_pairs(pairs, more)), weights);
    show(&format!("{name} full"), &e);
    assert!(
        e.confidence.unanswered.is_empty() && e.confidence.not_sure.is_empty(),
        "full form leaves {:?} unanswered, {:?} not sure",
        e.confidence.unanswered,
        e.confidence.not_sure
    );
    e
}

/// Sparse form of "expected `lang`": `lang` recommended, or nothing recommended;
/// never another language.
fn lang_or_undecided(e: &Evaluation, lang: Language) {
    if let Some(l) = e.recommendation() {
        assert_eq!(l, lang, "recommends another language\n{}", describe(e));
    }
}

/// Full form of "expected `lang`": `lang` is recommended.
fn recommends(e: &Evaluation, lang: Language) {
    assert_eq!(
        e.recommendation(),
        Some(lang),
        "headline {:?}\n{}",
        e.headline(),
        describe(e)
    );
}

fn warns(e: &Evaluation, id: &str) {
    assert!(e.has_warning(id), "missing warning {id}\n{}", describe(e));
}

fn silent(e: &Evaluation, id: &str) {
    assert!(
        !e.has_warning(id),
        "unexpected warning {id}\n{}",
        describe(e)
    );
}

/// "Not a confident pick": nothing recommended, too close to call, or low confidence.
fn not_confident(e: &Evaluation) {
    assert!(
        e.recommendation().is_none()
            || e.ranking.too_close_to_call()
            || e.confidence.level == ConfidenceLevel::Low,
        "confident pick {:?} ({:?} confidence, headline {:?})\n{}",
        e.recommendation(),
        e.confidence.level,
        e.headline(),
        describe(e)
    );
}

// ---- team skills and TypeScript frontend ----------------------------------------------

/// U01. Three engineers who have all shipped Go (nobody knows Node.js or Python)
/// extend a settled B2B API with webhooks and background jobs at moderate traffic.
/// → Go, and no "Go too early" (the product no longer changes weekly).
/// Brief: "What the team already knows best dominates." and "I/O-bound CRUD APIs,
/// admin screens, webhooks → any of the three works; team speed decides."
const U01: Pairs = &[
    ("team_size_now", &["two_to_three"]),
    ("proficiency_go", &["several_shipped"]),
    ("proficiency_node", &["none"]),
    ("proficiency_python", &["none"]),
    (
        "services_12m",
        &["product_api", "webhooks", "background_jobs"],
    ),
    ("traffic_level", &["moderate"]),
    ("product_maturity", &["stable"]),
];
/// Full U01: the API is the core; the team already runs Go in production.
const U01_MORE: Pairs = &[
    ("core_workload", &["product_api"]),
    ("codebase_state", &["large_codebase"]),
    ("codebase_language", &["go"]),
    ("planned_languages", &["go"]),
];

#[test]
fn u01_go_team_settled_b2b_api_sparse() {
    let e = sparse("u01", U01);
    lang_or_undecided(&e, Language::Go);
    silent(&e, "go_too_early");
}

#[test]
fn u01_go_team_settled_b2b_api_full() {
    let e = full("u01", U01, U01_MORE);
    recommends(&e, Language::Go);
    silent(&e, "go_too_early");
}

/// U02. Two full-stack engineers ship the TypeScript frontend every week and one of
/// them has shipped a Node.js backend; a third has shipped Python once; they build a
/// customer-portal API, an admin tool and integrations. → Node.js.
/// Brief: "A team that already writes TypeScript on the frontend gains a lot from
/// Node.js: shared types, shared validation, one hiring profile, people moving
/// between frontend and backend."
const U02: Pairs = &[
    ("team_size_now", &["two_to_three"]),
    ("proficiency_node", &["one_shipped"]),
    ("proficiency_python", &["one_shipped"]),
    ("typescript_frontend", &["typescript_shared"]),
    ("services_12m", &["product_api", "admin_tools", "webhooks"]),
];
/// Full U02: nobody knows Go; the portal API is the core.
const U02_MORE: Pairs = &[
    ("proficiency_go", &["none"]),
    ("core_workload", &["product_api"]),
];

#[test]
fn u02_fullstack_typescript_portal_sparse() {
    let e = sparse("u02", U02);
    lang_or_undecided(&e, Language::Node);
}

#[test]
fn u02_fullstack_typescript_portal_full() {
    let e = full("u02", U02, U02_MORE);
    recommends(&e, Language::Node);
}

/// U03. A team equally fluent in Node.js and Python (two shipped each), with a
/// mobile app in Kotlin/Swift rather than a TypeScript frontend, builds a CRUD API
/// with an admin screen and webhooks; nothing else tips it. → not a confident pick.
/// Brief: "I/O-bound CRUD APIs, admin screens, webhooks → any of the three works;
/// team speed decides." and step 5: "Run a one-sprint trial".
const U03: Pairs = &[
    ("proficiency_node", &["several_shipped"]),
    ("proficiency_python", &["several_shipped"]),
    ("typescript_frontend", &["other_frontend"]),
    ("services_12m", &["product_api", "admin_tools", "webhooks"]),
];
/// Full U03: nobody knows Go; the API is the core.
const U03_MORE: Pairs = &[
    ("proficiency_go", &["none"]),
    ("core_workload", &["product_api"]),
];

#[test]
fn u03_node_python_tie_crud_sparse() {
    let e = sparse("u03", U03);
    not_confident(&e);
}

#[test]
fn u03_node_python_tie_crud_full() {
    let e = full("u03", U03, U03_MORE);
    not_confident(&e);
}

// ---- hiring market --------------------------------------------------------------------

/// U04. Three people who have each dabbled in Go and Python (nothing shipped) must
/// grow to eight within weeks; Go engineers exist worldwide but are hard to find in
/// their time-zone band, Python ones easy; ordinary API and jobs. → Python.
/// Brief: "Judge the market you actually hire from: your city or time-zone band
/// (standups, reviews, on-call overlap), not global résumé counts." and "Onboarding
/// is usually fastest in Python".
const U04: Pairs = &[
    ("team_size_now", &["two_to_three"]),
    ("team_size_12m", &["seven_to_ten"]),
    ("proficiency_go", &["some"]),
    ("proficiency_python", &["some"]),
    ("hiring_go", &["hard"]),
    ("hiring_python", &["easy"]),
    ("time_to_hire", &["within_weeks"]),
];
/// Full U04: Node.js is as little known and moderately easy to hire; API + jobs
/// (neutral); they name the hiring market as what pulls them.
const U04_MORE: Pairs = &[
    ("proficiency_node", &["some"]),
    ("decision_driver", &["hiring_market"]),
];

#[test]
fn u04_time_zone_market_python_sparse() {
    let e = sparse("u04", U04);
    lang_or_undecided(&e, Language::Python);
}

#[test]
fn u04_time_zone_market_python_full() {
    let e = full("u04", U04, U04_MORE);
    recommends(&e, Language::Python);
}

/// U05. Four engineers who find Go cleaner (each dabbled in Go; one has shipped
/// Node.js) must hire three people within months; locally Node.js developers are
/// plentiful and Go engineers scarce. → Node.js.
/// Brief: "Hiring beats taste: if the market has many Node developers and few Go
/// engineers, Node is the safer pick even if the current team finds Go cleaner."
const U05: Pairs = &[
    ("team_size_now", &["four_to_six"]),
    ("team_size_12m", &["seven_to_ten"]),
    ("proficiency_go", &["some"]),
    ("proficiency_node", &["one_shipped"]),
    ("hiring_go", &["hard"]),
    ("hiring_node", &["easy"]),
    ("time_to_hire", &["within_months"]),
    ("decision_driver", &["team_taste"]),
];
/// Full U05: Python dabbled; a product API with webhooks and jobs.
const U05_MORE: Pairs = &[
    ("proficiency_python", &["some"]),
    (
        "services_12m",
        &["product_api", "webhooks", "background_jobs"],
    ),
];

#[test]
fn u05_hiring_beats_go_taste_sparse() {
    let e = sparse("u05", U05);
    lang_or_undecided(&e, Language::Node);
}

#[test]
fn u05_hiring_beats_go_taste_full() {
    let e = full("u05", U05, U05_MORE);
    recommends(&e, Language::Node);
}

/// U06. A two-person platform team where only the lead has ever shipped anything
/// (Go; the other knows none of the three) builds internal CLIs and a Kubernetes
/// operator; Go engineers are hard to hire locally. → Go, with the staffing trap.
/// Brief: "Developer/infrastructure tooling (CLIs, API gateways, Kubernetes
/// operators) → Go." and "A stack that only one future hire could maintain is a
/// staffing trap."
const U06: Pairs = &[
    ("team_size_now", &["two_to_three"]),
    ("proficiency_go", &["one_shipped"]),
    ("proficiency_node", &["none"]),
    ("proficiency_python", &["none"]),
    ("services_12m", &["dev_tooling"]),
    ("hiring_go", &["hard"]),
];
/// Full U06: internal tools, no frontend of their own, low traffic, few instances.
const U06_MORE: Pairs = &[
    ("typescript_frontend", &["no_frontend"]),
    ("traffic_level", &["low"]),
    ("instance_count", &["few"]),
];

#[test]
fn u06_lone_go_expert_platform_tooling_sparse() {
    let e = sparse("u06", U06);
    lang_or_undecided(&e, Language::Go);
    warns(&e, "staffing_trap");
}

#[test]
fn u06_lone_go_expert_platform_tooling_full() {
    let e = full("u06", U06, U06_MORE);
    recommends(&e, Language::Go);
    warns(&e, "staffing_trap");
}

/// U07. A five-person team where several people have shipped Python and only the
/// CTO has shipped Go wants Go for an ordinary API, although Go is hard to hire
/// locally and Python easy. → Python (and if Go ever wins, the staffing trap).
/// Brief: "What the team already knows best dominates." and "Hiring beats taste"
/// and "A stack that only one future hire could maintain is a staffing trap."
const U07: Pairs = &[
    ("team_size_now", &["four_to_six"]),
    ("proficiency_go", &["one_shipped"]),
    ("proficiency_python", &["several_shipped"]),
    ("hiring_go", &["hard"]),
    ("hiring_python", &["easy"]),
    ("services_12m", &["product_api", "background_jobs"]),
    ("decision_driver", &["team_taste"]),
];
/// Full U07: Node.js dabbled; they plan Go (the CTO's wish); API is the core.
const U07_MORE: Pairs = &[
    ("proficiency_node", &["some"]),
    ("core_workload", &["product_api"]),
    ("planned_languages", &["go"]),
];

fn u07_check(e: &Evaluation) {
    if e.winner() == Language::Go {
        warns(e, "staffing_trap");
    }
}

#[test]
fn u07_cto_wants_go_python_team_sparse() {
    let e = sparse("u07", U07);
    lang_or_undecided(&e, Language::Python);
    u07_check(&e);
}

#[test]
fn u07_cto_wants_go_python_team_full() {
    let e = full("u07", U07, U07_MORE);
    recommends(&e, Language::Python);
    u07_check(&e);
}

// ---- workload shape -------------------------------------------------------------------

/// U08. Three people (a little of each language) build data imports, scheduled
/// analytics reports and automation scripts they write themselves; low traffic,
/// jobs that wake up and exit. → Python.
/// Brief: "AI/ML, data work, analytics, automation, scripts → Python is the
/// default; its data/ML ecosystem (pandas, NumPy, …) has no real equivalent in Go or
/// Node."
const U08: Pairs = &[
    ("team_size_now", &["two_to_three"]),
    (
        "services_12m",
        &["data_imports", "reporting", "ml_ai", "background_jobs"],
    ),
    ("core_workload", &["ml_ai"]),
    ("ml_depth", &["pipelines"]),
    ("traffic_level", &["low"]),
    ("uptime_pattern", &["bursty"]),
];
/// Full U08: internal work, no frontend; few instances.
const U08_MORE: Pairs = &[
    ("typescript_frontend", &["no_frontend"]),
    ("instance_count", &["few"]),
];

#[test]
fn u08_data_automation_scripts_sparse() {
    let e = sparse("u08", U08);
    lang_or_undecided(&e, Language::Python);
}

#[test]
fn u08_data_automation_scripts_full() {
    let e = full("u08", U08, U08_MORE);
    recommends(&e, Language::Python);
}

/// U09. Four engineers who have dabbled in Go and Node.js sell an image resizing and
/// encoding API: many small requests all day, always on, small containers. → Go.
/// Brief: "CPU-bound work (large transforms, image/file processing, encoding, heavy
/// reporting) → Go; Node blocks its event loop and needs worker threads; Python's
/// GIL needs multiprocessing."
const U09: Pairs = &[
    ("team_size_now", &["four_to_six"]),
    ("proficiency_go", &["some"]),
    ("proficiency_node", &["some"]),
    ("services_12m", &["product_api", "cpu_heavy"]),
    ("core_workload", &["cpu_heavy"]),
    ("traffic_level", &["high"]),
    ("uptime_pattern", &["always_on"]),
    ("memory_limits", &["tight"]),
];
/// Full U09: Python dabbled too; an API product with no frontend of its own.
const U09_MORE: Pairs = &[
    ("proficiency_python", &["some"]),
    ("typescript_frontend", &["no_frontend"]),
];

#[test]
fn u09_image_encoding_api_sparse() {
    let e = sparse("u09", U09);
    lang_or_undecided(&e, Language::Go);
}

#[test]
fn u09_image_encoding_api_full() {
    let e = full("u09", U09, U09_MORE);
    recommends(&e, Language::Go);
}

/// U10. A team where one person has shipped Node.js and one has shipped Python
/// builds live sports scoreboards pushed over WebSockets to many browsers; high
/// traffic. → Node.js.
/// Brief: "Real-time core (chat, live dashboards, collaboration, WebSocket pub-sub)
/// → Node.js is the most natural fit; Go is also strong." and Python's
/// "async/background/websocket code piles up and needs an owner".
const U10: Pairs = &[
    ("proficiency_node", &["one_shipped"]),
    ("proficiency_python", &["one_shipped"]),
    ("services_12m", &["product_api", "realtime"]),
    ("core_workload", &["realtime"]),
    ("traffic_level", &["high"]),
];
/// Full U10: Go dabbled; always-on servers.
const U10_MORE: Pairs = &[("uptime_pattern", &["always_on"])];

#[test]
fn u10_live_scoreboards_sparse() {
    let e = sparse("u10", U10);
    lang_or_undecided(&e, Language::Node);
}

#[test]
fn u10_live_scoreboards_full() {
    let e = full("u10", U10, U10_MORE);
    recommends(&e, Language::Node);
}

/// U11. A three-person platform team (one has shipped Go, the others know some
/// Python) builds an internal API gateway, a deploy CLI and a small admin API.
/// → Go.
/// Brief: "Developer/infrastructure tooling (CLIs, API gateways, Kubernetes
/// operators) → Go."
const U11: Pairs = &[
    ("team_size_now", &["two_to_three"]),
    ("proficiency_go", &["one_shipped"]),
    ("proficiency_python", &["some"]),
    ("services_12m", &["dev_tooling", "admin_tools"]),
    ("core_workload", &["dev_tooling"]),
];
/// Full U11: Node.js dabbled; no product frontend; a gateway sees many small
/// requests, always on.
const U11_MORE: Pairs = &[
    ("typescript_frontend", &["no_frontend"]),
    ("traffic_level", &["high"]),
    ("uptime_pattern", &["always_on"]),
];

#[test]
fn u11_gateway_and_deploy_cli_sparse() {
    let e = sparse("u11", U11);
    lang_or_undecided(&e, Language::Go);
}

#[test]
fn u11_gateway_and_deploy_cli_full() {
    let e = full("u11", U11, U11_MORE);
    recommends(&e, Language::Go);
}

// ---- runtime cost ---------------------------------------------------------------------

/// U12. A Python-fluent team's year is hourly jobs that wake, import partner files,
/// build exports and exit; the company counts every instance. → Python: the tight
/// budget does not matter for bursty jobs.
/// Brief: "Bursty jobs (wake, work two minutes, exit; hourly) care about startup
/// time, and the RAM difference barely shows on the bill."
const U12: Pairs = &[
    ("proficiency_python", &["several_shipped"]),
    (
        "services_12m",
        &["data_imports", "reporting", "background_jobs"],
    ),
    ("uptime_pattern", &["bursty"]),
    ("cloud_budget", &["tight"]),
];
/// Full U12: imports are the core; low user traffic; few instances.
const U12_MORE: Pairs = &[
    ("core_workload", &["data_imports"]),
    ("traffic_level", &["low"]),
    ("instance_count", &["few"]),
];

#[test]
fn u12_bursty_jobs_tight_budget_python_sparse() {
    let e = sparse("u12", U12);
    lang_or_undecided(&e, Language::Python);
}

#[test]
fn u12_bursty_jobs_tight_budget_python_full() {
    let e = full("u12", U12, U12_MORE);
    recommends(&e, Language::Python);
}

/// U13. A Python-fluent team runs one always-on API for thousands of daily users on
/// three instances; people cost far more than servers. → Python: always-on alone
/// is no reason to move.
/// Brief: "Engineer time usually costs more than a server or two: if Python lets a
/// team ship twice as fast, a small cloud difference doesn't matter" and "Products
/// under about $5M ARR are rarely limited by backend language speed".
const U13: Pairs = &[
    ("proficiency_python", &["several_shipped"]),
    ("services_12m", &["product_api"]),
    ("traffic_level", &["moderate"]),
    ("uptime_pattern", &["always_on"]),
    ("service_count", &["one"]),
    ("instance_count", &["few"]),
    ("cloud_budget", &["relaxed"]),
];
const U13_MORE: Pairs = &[];

#[test]
fn u13_always_on_relaxed_budget_python_sparse() {
    let e = sparse("u13", U13);
    lang_or_undecided(&e, Language::Python);
}

#[test]
fn u13_always_on_relaxed_budget_python_full() {
    let e = full("u13", U13, U13_MORE);
    recommends(&e, Language::Python);
}

/// U14. A team that knows a little of each language runs eight mostly idle,
/// always-on internal services, each with staging and failover copies, under hard
/// memory caps; stable product. → Go.
/// Brief: "Go: lowest memory and idle overhead" and "Node.js: starts fast, but a
/// higher memory floor; hurts when ten mostly-idle containers run." and "Always-on
/// APIs pay idle cost every hour, multiplied across staging, production and
/// failover".
const U14: Pairs = &[
    ("proficiency_go", &["some"]),
    ("proficiency_node", &["some"]),
    ("proficiency_python", &["some"]),
    ("uptime_pattern", &["always_on"]),
    ("service_count", &["five_plus"]),
    ("instance_count", &["many"]),
    ("memory_limits", &["tight"]),
    ("product_maturity", &["stable"]),
];
/// Full U14: low traffic (mostly idle); API, webhooks and jobs; budget watched.
const U14_MORE: Pairs = &[
    (
        "services_12m",
        &["product_api", "webhooks", "background_jobs"],
    ),
    ("traffic_level", &["low"]),
];

#[test]
fn u14_idle_containers_memory_caps_sparse() {
    let e = sparse("u14", U14);
    lang_or_undecided(&e, Language::Go);
}

#[test]
fn u14_idle_containers_memory_caps_full() {
    let e = full("u14", U14, U14_MORE);
    recommends(&e, Language::Go);
}

/// U29. Two Python engineers who have shipped FastAPI services run a product API
/// with many small requests all day (tens of thousands of daily users), latency a
/// few hundred milliseconds. → Python: the traffic is within what Python handles.
/// Brief: "FastAPI handles roughly 10,000–50,000 requests/s on standard hardware,
/// enough for most SaaS up to hundreds of thousands of daily users" and "Products
/// under about $5M ARR are rarely limited by backend language speed".
const U29: Pairs = &[
    ("team_size_now", &["two_to_three"]),
    ("proficiency_python", &["several_shipped"]),
    ("services_12m", &["product_api"]),
    ("traffic_level", &["high"]),
    ("latency_target", &["normal"]),
];
/// Full U29: always-on API on several instances (neutral budget); nobody else knows
/// Go or Node.js beyond dabbling (neutral).
const U29_MORE: Pairs = &[("uptime_pattern", &["always_on"])];

#[test]
fn u29_python_team_busy_api_within_fastapi_range_sparse() {
    let e = sparse("u29", U29);
    lang_or_undecided(&e, Language::Python);
}

#[test]
fn u29_python_team_busy_api_within_fastapi_range_full() {
    let e = full("u29", U29, U29_MORE);
    recommends(&e, Language::Python);
}

/// U30. A team where one person has shipped Go and one Node.js runs an always-on
/// API on many instances; the founders move the runtime-cost slider to the top and
/// delivery speed down (the product is stable). → Go.
/// Brief: "Pick the language that loses the fewest points where it hurts your team
/// most … The user's priorities weight the dimensions." and "Go: lowest memory and
/// idle overhead, fast startup, one static binary."
const U30: Pairs = &[
    ("proficiency_go", &["one_shipped"]),
    ("proficiency_node", &["one_shipped"]),
    ("uptime_pattern", &["always_on"]),
    ("instance_count", &["many"]),
    ("product_maturity", &["stable"]),
];
/// Full U30: Python dabbled; API + jobs; moderate traffic (all neutral).
const U30_MORE: Pairs = &[];

fn u30_weights() -> Weights {
    Weights::default()
        .with(Criterion::RuntimeCost, 10)
        .with(Criterion::DeliverySpeed, 2)
}

#[test]
fn u30_runtime_cost_priority_sparse() {
    let e = sparse_with("u30", U30, &u30_weights());
    lang_or_undecided(&e, Language::Go);
}

#[test]
fn u30_runtime_cost_priority_full() {
    let e = full_with("u30", U30, U30_MORE, &u30_weights());
    recommends(&e, Language::Go);
}

// ---- operations -----------------------------------------------------------------------

/// U15. Experience is mixed (one person has shipped each language), one engineer
/// does every deploy and takes every night page, and there is no rollback plan, for
/// an always-on API of a stable product. → Go.
/// Brief: "If one person handles most operations and experience is mixed, Go's
/// simple failure modes help." and "Go: ship one binary, start it, read clear logs;
/// few moving parts; calm at 2 a.m."
const U15: Pairs = &[
    ("proficiency_go", &["one_shipped"]),
    ("proficiency_node", &["one_shipped"]),
    ("proficiency_python", &["one_shipped"]),
    ("who_deploys", &["only_one"]),
    ("on_call", &["one_person"]),
    ("rollback", &["none"]),
    ("uptime_pattern", &["always_on"]),
    ("product_maturity", &["stable"]),
];
/// Full U15: API and jobs (neutral); little observability beyond cloud logs.
const U15_MORE: Pairs = &[("observability", &["cloud_logs"])];

#[test]
fn u15_one_ops_person_no_rollback_sparse() {
    let e = sparse("u15", U15);
    lang_or_undecided(&e, Language::Go);
}

#[test]
fn u15_one_ops_person_no_rollback_full() {
    let e = full("u15", U15, U15_MORE);
    recommends(&e, Language::Go);
}

/// U16. A team equally fluent in Go and Node.js (two shipped each) with nothing for
/// observability yet, a manual and stressful rollback and the same person always on
/// call, runs an always-on API of a settling product. → Go.
/// Brief: "Node.js: easy to ship for a JS team, but async bugs and dependency churn
/// … cost hours in incidents." vs "Go: … few moving parts; calm at 2 a.m." and "can
/// one person ship, verify and roll back calmly, can the team trace a slow request
/// from API to database".
const U16: Pairs = &[
    ("proficiency_go", &["several_shipped"]),
    ("proficiency_node", &["several_shipped"]),
    ("observability", &["nothing_yet"]),
    ("rollback", &["manual"]),
    ("on_call", &["one_person"]),
    ("uptime_pattern", &["always_on"]),
    ("product_maturity", &["settling"]),
];
/// Full U16: two or three people can deploy; otherwise neutral (Python dabbled,
/// frontend built by others, API + jobs).
const U16_MORE: Pairs = &[("who_deploys", &["a_few"])];

#[test]
fn u16_go_node_team_weak_ops_sparse() {
    let e = sparse("u16", U16);
    lang_or_undecided(&e, Language::Go);
}

#[test]
fn u16_go_node_team_weak_ops_full() {
    let e = full("u16", U16, U16_MORE);
    recommends(&e, Language::Go);
}

// ---- maturity -------------------------------------------------------------------------

/// U17. A team equally fluent in Go and Node.js builds a CRUD product with an admin
/// tool and webhooks that still changes every week. → Node.js, not Go.
/// Brief: "Choosing Go too early for a product that still lives in CRUD and
/// constant change slows the team." and "Go: … slower while the product is still
/// taking shape".
const U17: Pairs = &[
    ("proficiency_go", &["several_shipped"]),
    ("proficiency_node", &["several_shipped"]),
    ("services_12m", &["product_api", "admin_tools", "webhooks"]),
    ("product_maturity", &["exploring"]),
];
/// Full U17: Python dabbled; API is the core; low traffic while exploring.
const U17_MORE: Pairs = &[
    ("core_workload", &["product_api"]),
    ("traffic_level", &["low"]),
];

#[test]
fn u17_go_node_team_exploring_crud_sparse() {
    let e = sparse("u17", U17);
    lang_or_undecided(&e, Language::Node);
}

#[test]
fn u17_go_node_team_exploring_crud_full() {
    let e = full("u17", U17, U17_MORE);
    recommends(&e, Language::Node);
}

/// U18. The same Go-and-Node.js team a year later: the product is stable and its
/// API takes many small requests all day, always on across many instances, with
/// tight latency. → Go.
/// Brief: "High concurrency / tight latency / many small requests all day → Go" and
/// Go "stays readable months later".
const U18: Pairs = &[
    ("proficiency_go", &["several_shipped"]),
    ("proficiency_node", &["several_shipped"]),
    ("services_12m", &["product_api", "admin_tools", "webhooks"]),
    ("product_maturity", &["stable"]),
    ("traffic_level", &["high"]),
    ("latency_target", &["tight"]),
    ("uptime_pattern", &["always_on"]),
    ("instance_count", &["many"]),
];
const U18_MORE: Pairs = &[("core_workload", &["product_api"])];

#[test]
fn u18_go_node_team_stable_busy_api_sparse() {
    let e = sparse("u18", U18);
    lang_or_undecided(&e, Language::Go);
}

#[test]
fn u18_go_node_team_stable_busy_api_full() {
    let e = full("u18", U18, U18_MORE);
    recommends(&e, Language::Go);
}

// ---- existing codebase ----------------------------------------------------------------

/// U19. Six Node.js engineers with a large Node.js codebase in production have
/// measured one slow PDF-report service and propose rewriting everything in Go.
/// → Node.js stays the default (extract the one service instead).
/// Brief: "Prefer extracting one new service in a second language behind a gateway
/// over a full rewrite." and "a Node.js→Go migration commonly costs $200k–$800k".
const U19: Pairs = &[
    ("team_size_now", &["four_to_six"]),
    ("proficiency_node", &["several_shipped"]),
    ("codebase_state", &["large_codebase"]),
    ("codebase_language", &["node"]),
    ("services_12m", &["product_api", "reporting", "cpu_heavy"]),
    ("planned_languages", &["node", "go"]),
    ("polyglot_reason", &["measured_need"]),
];
/// Full U19: Go dabbled by one or two; API is the core; moderate traffic (neutral).
const U19_MORE: Pairs = &[("core_workload", &["product_api"])];

#[test]
fn u19_node_codebase_extract_not_rewrite_sparse() {
    let e = sparse("u19", U19);
    lang_or_undecided(&e, Language::Node);
}

#[test]
fn u19_node_codebase_extract_not_rewrite_full() {
    let e = full("u19", U19, U19_MORE);
    recommends(&e, Language::Node);
}

/// U20. Four engineers who have all shipped Node.js and share the TypeScript
/// frontend inherited a small Python prototype that is easy to rewrite. → Node.js,
/// and no "leaving a large codebase" caution (it is small).
/// Brief: "What the team already knows best dominates. Switching a fluent team to
/// another language costs roughly 3–6 months" and the shared-TypeScript gain; the
/// rewrite costs in the brief concern rewrites "after scale".
const U20: Pairs = &[
    ("team_size_now", &["four_to_six"]),
    ("proficiency_node", &["several_shipped"]),
    ("typescript_frontend", &["typescript_shared"]),
    ("codebase_state", &["small_codebase"]),
    ("codebase_language", &["python"]),
];
/// Full U20: Python only dabbled (the prototype's author left); API + jobs; no
/// rewrite signs.
const U20_MORE: Pairs = &[];

#[test]
fn u20_small_python_prototype_node_team_sparse() {
    let e = sparse("u20", U20);
    lang_or_undecided(&e, Language::Node);
    silent(&e, "leaving_codebase");
}

#[test]
fn u20_small_python_prototype_node_team_full() {
    let e = full("u20", U20, U20_MORE);
    recommends(&e, Language::Node);
    silent(&e, "leaving_codebase");
}

// ---- warning rules --------------------------------------------------------------------

/// U21. Five engineers plan a Go product API and a Python service for hosted-LLM
/// features, "because we will need both later". → whatever wins, polyglot trap.
/// Brief: "Polyglot trap: keep one backend language until about 10+ engineers and a
/// specific, measured performance need."
const U21: Pairs = &[
    ("team_size_now", &["four_to_six"]),
    ("services_12m", &["product_api", "ml_ai"]),
    ("ml_depth", &["hosted_apis"]),
    ("planned_languages", &["go", "python"]),
    ("polyglot_reason", &["expected_need"]),
];
const U21_MORE: Pairs = &[("core_workload", &["product_api"])];

#[test]
fn u21_polyglot_expected_need_sparse() {
    let e = sparse("u21", U21);
    warns(&e, "polyglot_trap");
}

#[test]
fn u21_polyglot_expected_need_full() {
    let e = full("u21", U21, U21_MORE);
    warns(&e, "polyglot_trap");
}

/// U22. A three-person team keeps an inherited Python billing service next to its
/// Node.js main API. → whatever wins, polyglot trap (inherited code is no measured
/// need, and three people cannot carry two languages).
/// Brief: "Several languages in a small team mean duplicated shared code, everyone
/// needing all languages, and cross-language debugging."
const U22: Pairs = &[
    ("team_size_now", &["two_to_three"]),
    ("planned_languages", &["node", "python"]),
    ("polyglot_reason", &["inherited"]),
];
/// Full U22: one person has shipped each of Node.js and Python; a small codebase,
/// mostly Node.js.
const U22_MORE: Pairs = &[
    ("proficiency_node", &["one_shipped"]),
    ("proficiency_python", &["one_shipped"]),
    ("codebase_state", &["small_codebase"]),
    ("codebase_language", &["node"]),
];

#[test]
fn u22_polyglot_inherited_small_team_sparse() {
    let e = sparse("u22", U22);
    warns(&e, "polyglot_trap");
}

#[test]
fn u22_polyglot_inherited_small_team_full() {
    let e = full("u22", U22, U22_MORE);
    warns(&e, "polyglot_trap");
}

/// U23. A three-person team with a low-traffic internal tool wants "what a famous
/// ride-hailing company uses". → whatever wins, the imagined-future warning.
/// Brief: "Imagined future: picking for the company you hope to become, or copying
/// a much larger company's stack (they have platform teams you don't)."
const U23: Pairs = &[
    ("team_size_now", &["two_to_three"]),
    ("services_12m", &["admin_tools"]),
    ("traffic_level", &["low"]),
    ("decision_driver", &["big_company_stack"]),
];
/// Full U23: an internal tool on few instances; otherwise neutral.
const U23_MORE: Pairs = &[("instance_count", &["few"])];

#[test]
fn u23_copying_big_company_sparse() {
    let e = sparse("u23", U23);
    warns(&e, "imagined_future");
}

#[test]
fn u23_copying_big_company_full() {
    let e = full("u23", U23, U23_MORE);
    warns(&e, "imagined_future");
}

/// U24. A Go-fluent team has already decided on Go for an admin-and-webhooks CRUD
/// product that changes every week. → whatever wins, the "Go too early" warning.
/// Brief: "Go too early for CRUD/admin/webhook products still changing weekly."
const U24: Pairs = &[
    ("proficiency_go", &["several_shipped"]),
    ("services_12m", &["product_api", "admin_tools", "webhooks"]),
    ("product_maturity", &["exploring"]),
    ("planned_languages", &["go"]),
];
const U24_MORE: Pairs = &[("core_workload", &["product_api"])];

#[test]
fn u24_go_team_go_too_early_sparse() {
    let e = sparse("u24", U24);
    warns(&e, "go_too_early");
}

#[test]
fn u24_go_team_go_too_early_full() {
    let e = full("u24", U24, U24_MORE);
    warns(&e, "go_too_early");
}

/// U25. A Python team building analytics pipelines adds queue workers and a
/// WebSocket live-dashboard service, and everyone touches them while nobody owns
/// them. → Python, with the async-sprawl warning.
/// Brief: "Python async sprawl when background jobs, websockets and async services
/// pile up unowned." and "AI/ML, data work, analytics … → Python is the default".
const U25: Pairs = &[
    ("proficiency_python", &["several_shipped"]),
    (
        "services_12m",
        &["ml_ai", "background_jobs", "realtime", "product_api"],
    ),
    ("core_workload", &["ml_ai"]),
    ("ml_depth", &["pipelines"]),
    ("async_owner", &["nobody"]),
    ("planned_languages", &["python"]),
];
const U25_MORE: Pairs = &[];

#[test]
fn u25_python_analytics_async_unowned_sparse() {
    let e = sparse("u25", U25);
    lang_or_undecided(&e, Language::Python);
    warns(&e, "python_async_sprawl");
}

#[test]
fn u25_python_analytics_async_unowned_full() {
    let e = full("u25", U25, U25_MORE);
    recommends(&e, Language::Python);
    warns(&e, "python_async_sprawl");
}

/// U26. An eight-person Node.js team runs five or more services, each with its own
/// packages, test style and deploy process. → whatever wins, Node drift.
/// Brief: "Node drift when every service gets its own packages, test style and
/// deploy process."
const U26: Pairs = &[
    ("team_size_now", &["seven_to_ten"]),
    ("proficiency_node", &["several_shipped"]),
    ("service_count", &["five_plus"]),
    ("shared_conventions", &["each_own"]),
    ("planned_languages", &["node"]),
];
/// Full U26: shared TypeScript frontend; API, webhooks and jobs; many instances.
const U26_MORE: Pairs = &[
    ("typescript_frontend", &["typescript_shared"]),
    (
        "services_12m",
        &["product_api", "webhooks", "background_jobs"],
    ),
    ("instance_count", &["many"]),
];

#[test]
fn u26_node_drift_five_services_sparse() {
    let e = sparse("u26", U26);
    warns(&e, "node_drift");
}

#[test]
fn u26_node_drift_five_services_full() {
    let e = full("u26", U26, U26_MORE);
    warns(&e, "node_drift");
}

/// U27. A team with a large Go codebase: each new service uses a different
/// framework and the deploy automation is so clever only its author can read it.
/// → whatever wins, the rewrite-warning-signs warning (Go is no exception).
/// Brief: "Rewrite warning signs: … each new service uses a different framework; …
/// clever automation that only its author can read."
const U27: Pairs = &[
    ("proficiency_go", &["several_shipped"]),
    ("codebase_state", &["large_codebase"]),
    ("codebase_language", &["go"]),
    (
        "rewrite_signs",
        &["framework_per_service", "author_only_automation"],
    ),
];
/// Full U27: stable product, several services, Go planned.
const U27_MORE: Pairs = &[
    ("product_maturity", &["stable"]),
    ("planned_languages", &["go"]),
];

#[test]
fn u27_go_codebase_rewrite_signs_sparse() {
    let e = sparse("u27", U27);
    warns(&e, "rewrite_signs");
}

#[test]
fn u27_go_codebase_rewrite_signs_full() {
    let e = full("u27", U27, U27_MORE);
    warns(&e, "rewrite_signs");
}

// ---- too little to tell -----------------------------------------------------------------

/// U28. Three people who all know a little of each language build a CRUD API with
/// webhooks; nothing about hiring, traffic or plans. → not a confident pick.
/// Brief: "I/O-bound CRUD APIs, admin screens, webhooks → any of the three works;
/// team speed decides." (and here nobody is faster in any of them).
const U28: Pairs = &[
    ("team_size_now", &["two_to_three"]),
    ("proficiency_go", &["some"]),
    ("proficiency_node", &["some"]),
    ("proficiency_python", &["some"]),
    ("services_12m", &["product_api", "webhooks"]),
];
const U28_MORE: Pairs = &[("core_workload", &["product_api"])];

#[test]
fn u28_everyone_dabbles_crud_sparse() {
    let e = sparse("u28", U28);
    not_confident(&e);
}

#[test]
fn u28_everyone_dabbles_crud_full() {
    let e = full("u28", U28, U28_MORE);
    not_confident(&e);
}
