//! Independent probes of partial answer sets (1–5 answers), the way a hurried user
//! answers: only a workload, only a team, a team plus one hiring fact, a workload
//! plus traffic, a "not sure" here and there. Expectations come from the domain
//! brief (/work/shared/domain.md) alone; the scoring code and ratings were not read.
//!
//! Every probe also checks that the result's words agree with each other: the
//! headline, the verdict sentence, the summary, the confidence message and the
//! warnings must not contradict each other or claim more certainty than the
//! answers allow.

use super::scenarios::{build, describe};
use crate::model::confidence::ConfidenceLevel;
use crate::model::{Evaluation, Language, Status, Weights, evaluate};

type Pairs<'a> = &'a [(&'a str, &'a [&'a str])];

const SKILL_QUESTIONS: [&str; 4] = [
    "proficiency_go",
    "proficiency_node",
    "proficiency_python",
    "typescript_frontend",
];

/// Whether the pairs give a real (not "not sure") answer to `q`.
fn answered(pairs: Pairs<'_>, q: &str) -> bool {
    pairs
        .iter()
        .any(|(id, opts)| *id == q && *opts != ["not_sure"])
}

fn run(name: &str, pairs: Pairs<'_>) -> Evaluation {
    let e = evaluate(&build(pairs), &Weights::default());
    let warnings: Vec<String> = e
        .warnings
        .iter()
        .map(|w| format!("  [{}] {}: {}", w.id, w.title, w.message))
        .collect();
    println!(
        "=== {name}: answers {pairs:?}\n winner {} (runner-up {}), margin {:.2}, status {:?}, rec {:?}, too_close {}\n headline: {}\n verdict: {}\n confidence: {:?} ({}) {}\n summary: {}\n warnings:\n{}\n{}",
        e.winner().name(),
        e.runner_up().name(),
        e.margin(),
        e.verdict.status,
        e.recommendation().map(|l| l.name()),
        e.ranking.too_close_to_call(),
        e.headline(),
        e.verdict.sentence(e.winner()),
        e.confidence.level,
        e.confidence.score,
        e.confidence.message,
        e.summary,
        warnings.join("\n"),
        describe(&e)
    );
    e
}

/// Problems with the words of a result, whatever the expected winner.
fn word_problems(e: &Evaluation, pairs: Pairs<'_>) -> Vec<String> {
    let mut p = Vec::new();
    let headline = e.headline();
    let sentence = e.verdict.sentence(e.winner());
    let skills_known = SKILL_QUESTIONS.iter().any(|q| answered(pairs, q));
    let services_known = answered(pairs, "services_12m");
    let level = e.confidence.level;

    // Status vs headline.
    match e.verdict.status {
        Status::CannotDecide(_) => {
            if headline != "Cannot decide yet" {
                p.push(format!("cannot decide, but headline {headline:?}"));
            }
            if level == ConfidenceLevel::High {
                p.push("cannot decide, but High confidence".into());
            }
        }
        _ => {
            if headline == "Cannot decide yet" {
                p.push("recommends, but headline says cannot decide".into());
            }
        }
    }
    // Overstated certainty with half the foundation open.
    if !(skills_known && services_known) {
        if e.verdict.status == Status::Decided {
            p.push(format!(
                "status Decided with skills known={skills_known}, services known={services_known}"
            ));
        }
        if sentence.starts_with("Decided") {
            p.push(format!("verdict sentence overstates: {sentence:?}"));
        }
        if level == ConfidenceLevel::High {
            p.push(format!(
                "High confidence with skills known={skills_known}, services known={services_known}"
            ));
        }
        if e.confidence
            .message
            .to_lowercase()
            .contains("high confidence")
        {
            p.push(format!(
                "confidence message overstates: {:?}",
                e.confidence.message
            ));
        }
    }
    if e.verdict.status == Status::Decided && level == ConfidenceLevel::Low {
        p.push("Decided beside Low confidence".into());
    }
    // Headline vs summary.
    if headline.starts_with("Too close to call") && !e.summary.to_lowercase().contains("trial") {
        p.push(format!(
            "too close to call, but the summary does not hand it to the trial: {:?}",
            e.summary
        ));
    }
    if headline.starts_with("Recommended default") && !e.summary.contains(e.winner().name()) {
        p.push(format!(
            "headline {headline:?} but the summary does not name {}",
            e.winner().name()
        ));
    }
    if !e.verdict.recommends() {
        for phrase in [
            "fits best",
            "recommended default",
            "we recommend",
            "is the safer pick",
        ] {
            if e.summary.to_lowercase().contains(phrase) {
                p.push(format!(
                    "cannot decide, but the summary says {phrase:?}: {:?}",
                    e.summary
                ));
            }
        }
    }
    if e.verdict.status != Status::Decided
        && (e.summary.contains("Decided") || e.confidence.message.contains("Decided"))
    {
        p.push("not decided, but summary or confidence says Decided".into());
    }
    // With no recommendation, no warning picks a default or speaks of "the leader".
    if !e.verdict.recommends() {
        for w in &e.warnings {
            if w.message.contains("Start with") && w.message.contains("as the default") {
                p.push(format!(
                    "headline says cannot decide, but warning {} names defaults: {:?}",
                    w.id, w.message
                ));
            }
            if w.title.contains("leader") {
                p.push(format!(
                    "headline says cannot decide, but warning {} speaks of the leader: {:?}",
                    w.id, w.title
                ));
            }
        }
    }
    // Provisional recommendations name the open answers.
    if e.verdict.status == Status::Open
        && e.verdict.could_change.is_empty()
        && e.verdict.deciding.is_empty()
    {
        p.push(format!("open, but names no open answer: {sentence:?}"));
    }
    // Warnings that assume what the user did not say.
    let assumed: &[(&str, &[&str])] = &[
        ("polyglot_trap", &["planned_languages"]),
        ("imagined_future", &["decision_driver", "polyglot_reason"]),
        ("leaving_codebase", &["codebase_state", "codebase_language"]),
        ("rewrite_signs", &["rewrite_signs"]),
        (
            "go_too_early",
            &["services_12m", "core_workload", "product_maturity"],
        ),
        (
            "python_async_sprawl",
            &["services_12m", "async_owner", "uptime_pattern"],
        ),
        ("node_drift", &["service_count", "shared_conventions"]),
        (
            "nobody_knows_winner",
            &[
                "proficiency_go",
                "proficiency_node",
                "proficiency_python",
                "typescript_frontend",
            ],
        ),
    ];
    for (id, needs) in assumed {
        if e.has_warning(id) && !needs.iter().any(|q| answered(pairs, q)) {
            p.push(format!(
                "warning {id} raised though none of {needs:?} was answered"
            ));
        }
    }
    p
}

#[derive(Clone, Copy, Debug)]
enum Expect {
    /// A clear leader, recommended (provisionally if part of the foundation is open).
    Leader(Language),
    /// The brief gives no winner: "Cannot decide yet" or "Too close to call".
    NoWinner,
    /// Nothing is known about skills or services: "Cannot decide yet".
    CannotDecide,
    /// Whatever is said, this language is not picked or put forward as a co-pick.
    Not(Language),
    /// Only the words are checked.
    WordsOnly,
}

fn probe(name: &str, pairs: Pairs<'_>, expect: Expect) -> Evaluation {
    let e = run(name, pairs);
    let mut p = word_problems(&e, pairs);
    let headline = e.headline();
    let skills_known = SKILL_QUESTIONS.iter().any(|q| answered(pairs, q));
    let services_known = answered(pairs, "services_12m");
    match expect {
        Expect::Leader(lang) => {
            if e.winner() != lang {
                p.push(format!("expected {} to lead", lang.name()));
            }
            if headline != format!("Recommended default: {}", lang.name()) {
                p.push(format!(
                    "expected headline \"Recommended default: {}\"",
                    lang.name()
                ));
            }
            if !(skills_known && services_known) && e.confidence.level != ConfidenceLevel::Low {
                p.push(format!(
                    "provisional (half the foundation open) but confidence {:?}",
                    e.confidence.level
                ));
            }
        }
        Expect::NoWinner => {
            if headline.starts_with("Recommended default") {
                p.push("expected no winner (cannot decide / too close)".into());
            }
        }
        Expect::CannotDecide => {
            if e.verdict.recommends() {
                p.push("expected Cannot decide yet".into());
            }
        }
        Expect::Not(lang) => {
            if e.recommendation() == Some(lang) {
                p.push(format!("{} is recommended", lang.name()));
            }
            if headline.starts_with("Too close to call") && e.runner_up() == lang {
                p.push(format!("{} named as co-pick in {headline:?}", lang.name()));
            }
        }
        Expect::WordsOnly => {}
    }
    assert!(p.is_empty(), "{name}: {p:#?}\n{}", describe(&e));
    e
}

// ---- only a workload ----------------------------------------------------------------

/// "Developer/infrastructure tooling (CLIs, API gateways, Kubernetes operators) → Go."
#[test]
fn pa01_only_dev_tooling() {
    probe(
        "pa01",
        &[("services_12m", &["dev_tooling"])],
        Expect::Leader(Language::Go),
    );
}

/// "AI/ML, data work, analytics … → Python is the default."
#[test]
fn pa02_only_ml_core() {
    probe(
        "pa02",
        &[
            ("services_12m", &["product_api", "ml_ai"]),
            ("core_workload", &["ml_ai"]),
        ],
        Expect::Leader(Language::Python),
    );
}

/// "I/O-bound CRUD APIs, admin screens, webhooks → any of the three works; team speed
/// decides." Team unknown → no winner.
#[test]
fn pa03_only_plain_crud() {
    probe(
        "pa03",
        &[("services_12m", &["product_api", "admin_tools", "webhooks"])],
        Expect::NoWinner,
    );
}

/// "Real-time core … → Node.js is the most natural fit; Go is also strong."
#[test]
fn pa04_only_realtime_core() {
    probe(
        "pa04",
        &[
            ("services_12m", &["product_api", "realtime"]),
            ("core_workload", &["realtime"]),
        ],
        Expect::Leader(Language::Node),
    );
}

/// "CPU-bound work (large transforms, image/file processing …) → Go."
#[test]
fn pa05_only_cpu_heavy_core() {
    probe(
        "pa05",
        &[
            ("services_12m", &["product_api", "cpu_heavy"]),
            ("core_workload", &["cpu_heavy"]),
        ],
        Expect::Leader(Language::Go),
    );
}

/// CRUD with webhooks and an admin tool, but only one answer: the product API as core.
/// "any of the three works; team speed decides."
#[test]
fn pa06_crud_core_product_api() {
    probe(
        "pa06",
        &[
            ("services_12m", &["product_api", "webhooks"]),
            ("core_workload", &["product_api"]),
        ],
        Expect::NoWinner,
    );
}

// ---- a workload plus traffic ----------------------------------------------------------

/// "High concurrency / tight latency / many small requests all day → Go."
#[test]
fn pa07_api_very_high_traffic_tight_latency() {
    probe(
        "pa07",
        &[
            ("services_12m", &["product_api"]),
            ("traffic_level", &["very_high"]),
            ("latency_target", &["tight"]),
        ],
        Expect::Leader(Language::Go),
    );
}

/// CRUD with moderate traffic: "FastAPI handles … enough for most SaaS"; "any of the
/// three works; team speed decides."
#[test]
fn pa08_crud_moderate_traffic() {
    probe(
        "pa08",
        &[
            (
                "services_12m",
                &["product_api", "admin_tools", "background_jobs"],
            ),
            ("traffic_level", &["moderate"]),
        ],
        Expect::NoWinner,
    );
}

/// "Choosing Go too early for a product that still lives in CRUD and constant change
/// slows the team."
#[test]
fn pa09_crud_exploring_not_go() {
    probe(
        "pa09",
        &[
            ("services_12m", &["product_api", "admin_tools", "webhooks"]),
            ("product_maturity", &["exploring"]),
        ],
        Expect::Not(Language::Go),
    );
}

/// High traffic, many small requests all day, always on, many instances, tight
/// memory: "High concurrency … many small requests all day → Go"; "Go: lowest memory
/// and idle overhead".
#[test]
fn pa10_always_on_many_instances_tight_memory() {
    probe(
        "pa10",
        &[
            ("services_12m", &["product_api"]),
            ("traffic_level", &["high"]),
            ("uptime_pattern", &["always_on"]),
            ("instance_count", &["many"]),
            ("memory_limits", &["tight"]),
        ],
        Expect::Leader(Language::Go),
    );
}

/// ML with low traffic: "Products under about $5M ARR are rarely limited by backend
/// language speed"; "AI/ML … → Python is the default."
#[test]
fn pa11_ml_low_traffic() {
    probe(
        "pa11",
        &[
            ("services_12m", &["ml_ai", "data_imports"]),
            ("ml_depth", &["pipelines"]),
            ("traffic_level", &["low"]),
        ],
        Expect::Leader(Language::Python),
    );
}

// ---- only a team ----------------------------------------------------------------------

/// "What the team already knows best dominates."
#[test]
fn pa12_only_node_team() {
    probe(
        "pa12",
        &[("proficiency_node", &["several_shipped"])],
        Expect::Leader(Language::Node),
    );
}

#[test]
fn pa13_only_python_team() {
    probe(
        "pa13",
        &[("proficiency_python", &["several_shipped"])],
        Expect::Leader(Language::Python),
    );
}

#[test]
fn pa14_only_go_team() {
    probe(
        "pa14",
        &[("proficiency_go", &["several_shipped"])],
        Expect::Leader(Language::Go),
    );
}

/// "A team that already writes TypeScript on the frontend gains a lot from Node.js."
#[test]
fn pa15_only_shared_typescript() {
    probe(
        "pa15",
        &[("typescript_frontend", &["typescript_shared"])],
        Expect::Leader(Language::Node),
    );
}

/// Team size alone says nothing about skills or services: cannot decide.
#[test]
fn pa16_only_team_size() {
    probe(
        "pa16",
        &[
            ("team_size_now", &["four_to_six"]),
            ("team_size_12m", &["seven_to_ten"]),
        ],
        Expect::CannotDecide,
    );
}

/// A Python team, small and not hiring: "What the team already knows best dominates."
#[test]
fn pa17_python_team_not_hiring() {
    probe(
        "pa17",
        &[
            ("team_size_now", &["two_to_three"]),
            ("proficiency_python", &["several_shipped"]),
            ("proficiency_go", &["none"]),
            ("time_to_hire", &["not_hiring"]),
        ],
        Expect::Leader(Language::Python),
    );
}

/// Node fluent and the TypeScript frontend shared, Go unknown to the team.
#[test]
fn pa18_node_team_with_shared_frontend() {
    probe(
        "pa18",
        &[
            ("proficiency_node", &["several_shipped"]),
            ("typescript_frontend", &["typescript_shared"]),
            ("proficiency_go", &["none"]),
        ],
        Expect::Leader(Language::Node),
    );
}

// ---- a team plus one hiring fact -----------------------------------------------------

/// Equal light skills; Node easy to hire, Go hard, hiring within weeks. "Hiring beats
/// taste: if the market has many Node developers and few Go engineers, Node is the
/// safer pick."
#[test]
fn pa19_even_team_node_market() {
    probe(
        "pa19",
        &[
            ("proficiency_go", &["some"]),
            ("proficiency_node", &["some"]),
            ("hiring_go", &["hard"]),
            ("hiring_node", &["easy"]),
            ("time_to_hire", &["within_weeks"]),
        ],
        Expect::Not(Language::Go),
    );
}

/// Go team, Go hard to hire, hiring now: the brief weighs team skills against hiring
/// ("Hiring beats taste"); no overstated certainty either way.
#[test]
fn pa20_go_team_go_hard_to_hire() {
    let e = probe(
        "pa20",
        &[
            ("proficiency_go", &["several_shipped"]),
            ("hiring_go", &["hard"]),
            ("time_to_hire", &["within_weeks"]),
        ],
        Expect::WordsOnly,
    );
    assert_ne!(e.confidence.level, ConfidenceLevel::High);
}

/// Python team with Python easy to hire. "Node.js and Python have the deepest pools."
#[test]
fn pa21_python_team_python_market() {
    probe(
        "pa21",
        &[
            ("proficiency_python", &["several_shipped"]),
            ("hiring_python", &["easy"]),
        ],
        Expect::Leader(Language::Python),
    );
}

/// Only hiring facts (no skills, no services): words must not overstate.
#[test]
fn pa22_only_hiring_facts() {
    probe(
        "pa22",
        &[
            ("hiring_node", &["easy"]),
            ("hiring_go", &["hard"]),
            ("time_to_hire", &["within_weeks"]),
        ],
        Expect::WordsOnly,
    );
}

// ---- "not sure" answers --------------------------------------------------------------

/// Nothing known: services "not sure" only.
#[test]
fn pa23_services_not_sure_only() {
    probe(
        "pa23",
        &[("services_12m", &["not_sure"])],
        Expect::CannotDecide,
    );
}

/// Services "not sure", Python team: "What the team already knows best dominates."
#[test]
fn pa24_services_not_sure_python_team() {
    probe(
        "pa24",
        &[
            ("services_12m", &["not_sure"]),
            ("proficiency_python", &["several_shipped"]),
        ],
        Expect::Leader(Language::Python),
    );
}

/// All three hiring markets "not sure", dev tooling: "Developer/infrastructure
/// tooling → Go." (The skill questions do not offer "not sure".)
#[test]
fn pa25_markets_not_sure_dev_tooling() {
    probe(
        "pa25",
        &[
            ("hiring_go", &["not_sure"]),
            ("hiring_node", &["not_sure"]),
            ("hiring_python", &["not_sure"]),
            ("services_12m", &["dev_tooling"]),
        ],
        Expect::Leader(Language::Go),
    );
}

/// ML among the services, core "not sure": "AI/ML … → Python is the default."
#[test]
fn pa26_ml_services_core_not_sure() {
    probe(
        "pa26",
        &[
            ("services_12m", &["ml_ai", "reporting"]),
            ("core_workload", &["not_sure"]),
        ],
        Expect::Leader(Language::Python),
    );
}

/// CRUD services with traffic "not sure": still "team speed decides".
#[test]
fn pa27_crud_traffic_not_sure() {
    probe(
        "pa27",
        &[
            ("services_12m", &["product_api", "webhooks", "admin_tools"]),
            ("traffic_level", &["not_sure"]),
        ],
        Expect::NoWinner,
    );
}

/// Team size plus growth and core workload "not sure": nothing known about skills
/// or services.
#[test]
fn pa28_size_and_not_sures() {
    probe(
        "pa28",
        &[
            ("team_size_now", &["two_to_three"]),
            ("team_size_12m", &["not_sure"]),
            ("services_12m", &["not_sure"]),
            ("traffic_level", &["not_sure"]),
        ],
        Expect::CannotDecide,
    );
}

// ---- small conflicts the brief settles ------------------------------------------------

/// Python team, ML core: both the team and the workload say Python.
#[test]
fn pa29_python_team_ml_core() {
    probe(
        "pa29",
        &[
            ("proficiency_python", &["several_shipped"]),
            ("services_12m", &["product_api", "ml_ai"]),
            ("core_workload", &["ml_ai"]),
        ],
        Expect::Leader(Language::Python),
    );
}

/// Node team, CRUD: "I/O-bound CRUD … team speed decides" → Node.
#[test]
fn pa30_node_team_crud() {
    probe(
        "pa30",
        &[
            ("proficiency_node", &["several_shipped"]),
            ("services_12m", &["product_api", "admin_tools", "webhooks"]),
        ],
        Expect::Leader(Language::Node),
    );
}

/// Python team, CRUD that changes every week: team speed decides, and Go too early.
#[test]
fn pa31_python_team_exploring_crud() {
    probe(
        "pa31",
        &[
            ("proficiency_python", &["several_shipped"]),
            ("services_12m", &["product_api", "admin_tools"]),
            ("product_maturity", &["exploring"]),
        ],
        Expect::Leader(Language::Python),
    );
}

/// Shared TypeScript team with a realtime core: both point to Node.
#[test]
fn pa32_ts_team_realtime() {
    probe(
        "pa32",
        &[
            ("typescript_frontend", &["typescript_shared"]),
            ("services_12m", &["product_api", "realtime"]),
            ("core_workload", &["realtime"]),
        ],
        Expect::Leader(Language::Node),
    );
}

/// Data work for a fresh team: "Choosing Go for a data-heavy product without weighing
/// this is a listed mistake." Go must not be picked.
#[test]
fn pa33_data_imports_reporting_analytics_not_go() {
    probe(
        "pa33",
        &[
            ("services_12m", &["data_imports", "reporting", "ml_ai"]),
            ("core_workload", &["ml_ai"]),
            ("ml_depth", &["pipelines"]),
        ],
        Expect::Not(Language::Go),
    );
}

/// Four engineers whose backend people also write the TypeScript frontend, nothing
/// else: "A team that already writes TypeScript on the frontend gains a lot from
/// Node.js" (scenario A's team).
#[test]
fn pa34_ts_shared_team_of_four() {
    probe(
        "pa34",
        &[
            ("team_size_now", &["four_to_six"]),
            ("typescript_frontend", &["typescript_shared"]),
        ],
        Expect::Leader(Language::Node),
    );
}

/// Nobody knows any of the three, nothing else: the words must not overstate.
#[test]
fn pa35_nobody_knows_any() {
    probe(
        "pa35",
        &[
            ("proficiency_go", &["none"]),
            ("proficiency_node", &["none"]),
            ("proficiency_python", &["none"]),
        ],
        Expect::WordsOnly,
    );
}

/// Realtime and CPU-heavy work, core "not sure": "Real-time core → Node.js is the
/// most natural fit; Go is also strong"; "CPU-bound work → Go; … Python's GIL needs
/// multiprocessing". Python fits neither: it must not be the pick or a co-pick,
/// in the headline or in a warning's advice.
#[test]
fn pa36_realtime_and_cpu_core_not_sure() {
    let e = probe(
        "pa36",
        &[
            ("services_12m", &["realtime", "cpu_heavy"]),
            ("core_workload", &["not_sure"]),
        ],
        Expect::Not(Language::Python),
    );
    for w in &e.warnings {
        assert!(
            !(w.message.contains("Start with") && w.message.contains("Python")),
            "warning {} advises starting with Python: {:?}\n{}",
            w.id,
            w.message,
            describe(&e)
        );
    }
}
