//! "One factor changed" probes, written by an independent reviewer from the domain
//! brief (/work/shared/domain.md) only, without reading the scoring rules.
//!
//! Each probe answers a realistic base team, then changes exactly one factor the
//! brief talks about (one question, or the few answers that together describe one
//! factor, such as the local hiring market) and checks what the brief implies: the
//! winner flips, the winner does NOT flip, a named warning appears or disappears,
//! the answer becomes provisional, or one language's standing moves the way the
//! brief says. Numbers are never asserted, only directions and outcomes.

use super::probe_kit::{
    Pair, gains, lead, pair, provisional, run, run_with, silent, twist, warns, wins,
};
use super::scenarios::describe;
use crate::model::{Criterion, Language, Status, Weights};

// ---- team skills --------------------------------------------------------------------

const CRUD_TEAM: &[Pair<'static>] = &[
    ("team_size_now", &["four_to_six"]),
    ("team_size_12m", &["four_to_six"]),
    ("proficiency_go", &["some"]),
    ("proficiency_node", &["some"]),
    ("proficiency_python", &["several_shipped"]),
    ("typescript_frontend", &["other_frontend"]),
    ("services_12m", &["product_api", "admin_tools", "webhooks"]),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["moderate"]),
    ("product_maturity", &["settling"]),
    ("codebase_state", &["greenfield"]),
];

/// T01. Who is fluent flips the pick for an ordinary CRUD product. Brief: "What the
/// team already knows best dominates" and "I/O-bound CRUD APIs, admin screens,
/// webhooks → any of the three works; team speed decides."
/// Base: Python-fluent team → Python. Twist: the fluency is in Node.js instead → Node.js.
#[test]
fn t01_fluency_decides_crud() {
    let (b, t) = pair(
        "t01",
        CRUD_TEAM,
        &[
            ("proficiency_python", &["some"]),
            ("proficiency_node", &["several_shipped"]),
        ],
    );
    wins(&b, Language::Python);
    wins(&t, Language::Node);
}

/// T02. Fluency in Go also flips a CRUD product on a settled codebase. Brief: "What
/// the team already knows best dominates. Switching a fluent team to another
/// language costs roughly 3–6 months of learning curve."
/// Twist of T01's base: the fluent people know Go, not Python (product settling,
/// not changing weekly) → Go.
#[test]
fn t02_go_fluency_decides_settling_crud() {
    let (_, t) = pair(
        "t02",
        CRUD_TEAM,
        &[
            ("proficiency_python", &["some"]),
            ("proficiency_go", &["several_shipped"]),
        ],
    );
    wins(&t, Language::Go);
}

const SPLIT_TEAM: &[Pair<'static>] = &[
    ("team_size_now", &["two_to_three"]),
    ("proficiency_go", &["none"]),
    ("proficiency_node", &["one_shipped"]),
    ("proficiency_python", &["one_shipped"]),
    ("typescript_frontend", &["other_frontend"]),
    ("services_12m", &["product_api", "admin_tools"]),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["moderate"]),
    ("product_maturity", &["exploring"]),
];

/// T03. A TypeScript frontend the backend people work on tips a Node/Python tie to
/// Node.js. Brief: "A team that already writes TypeScript on the frontend gains a lot
/// from Node.js: shared types, shared validation, one hiring profile, people moving
/// between frontend and backend."
/// Twist: the frontend becomes TypeScript shared with the backend engineers → Node.js,
/// and Node's standing against Python improves.
#[test]
fn t03_shared_typescript_frontend_tips_to_node() {
    let (b, t) = pair(
        "t03",
        SPLIT_TEAM,
        &[("typescript_frontend", &["typescript_shared"])],
    );
    gains(&b, &t, Language::Node, Language::Python);
    wins(&t, Language::Node);
}

const NODE_SAAS: &[Pair<'static>] = &[
    ("team_size_now", &["four_to_six"]),
    ("team_size_12m", &["four_to_six"]),
    ("proficiency_go", &["none"]),
    ("proficiency_node", &["several_shipped"]),
    ("proficiency_python", &["some"]),
    ("typescript_frontend", &["typescript_shared"]),
    (
        "services_12m",
        &["product_api", "background_jobs", "admin_tools"],
    ),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["moderate"]),
    ("uptime_pattern", &["always_on"]),
    ("instance_count", &["few"]),
    ("cloud_budget", &["watched"]),
    ("product_maturity", &["settling"]),
    ("codebase_state", &["greenfield"]),
];

/// T04. A tighter cloud budget must not overturn a strong team fit at moderate
/// traffic on a few instances. Brief: "Engineer time usually costs more than a server
/// or two" and "Products under about $5M ARR are rarely limited by backend language
/// speed." Twist: cloud budget "every instance counts" → still Node.js.
#[test]
fn t04_tight_budget_does_not_overturn_node_team() {
    let (b, t) = pair("t04", NODE_SAAS, &[("cloud_budget", &["tight"])]);
    wins(&b, Language::Node);
    wins(&t, Language::Node);
}

/// T05. The team's taste for what it enjoys writing is a minor preference: declaring
/// it must not turn a Node.js team away from Node. Brief: "Hiring beats taste" and
/// "What the team already knows best dominates." Twist: decision driver "what the team
/// enjoys writing" → still Node.js.
#[test]
fn t05_team_taste_driver_does_not_flip() {
    let (_, t) = pair("t05", NODE_SAAS, &[("decision_driver", &["team_taste"])]);
    wins(&t, Language::Node);
}

/// T06. Latency target "tens of milliseconds" is a real need but not a reason to move
/// a fluent Node.js team doing moderate CRUD traffic off Node when nobody knows Go.
/// Brief: "Switching a fluent team to another language costs roughly 3–6 months" and
/// products at this stage are "rarely limited by backend language speed; database
/// queries, caching and architecture matter more." Twist: tight latency → still not Go.
#[test]
fn t06_tight_latency_alone_does_not_move_node_team_to_go() {
    let (_, t) = pair("t06", NODE_SAAS, &[("latency_target", &["tight"])]);
    wins(&t, Language::Node);
}

// ---- hiring -------------------------------------------------------------------------

const GROWING_MIXED: &[Pair<'static>] = &[
    ("team_size_now", &["two_to_three"]),
    ("team_size_12m", &["seven_to_ten"]),
    ("proficiency_go", &["some"]),
    ("proficiency_node", &["some"]),
    ("proficiency_python", &["some"]),
    ("typescript_frontend", &["other_frontend"]),
    ("hiring_go", &["hard"]),
    ("hiring_node", &["hard"]),
    ("hiring_python", &["easy"]),
    ("time_to_hire", &["within_months"]),
    ("services_12m", &["product_api", "background_jobs"]),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["moderate"]),
    ("product_maturity", &["stable"]),
];

/// T07. The local market, not global pool sizes, decides for a team without a
/// fluent language that must grow. Brief: "Judge the market you actually hire from:
/// your city or time-zone band … not global résumé counts" and "Hiring beats taste".
/// Base: Python easy to hire, Go and Node hard → Python. Twist: in this city Go is
/// the easy one and Python hard → Go.
#[test]
fn t07_local_market_flips_python_to_go() {
    let (b, t) = pair(
        "t07",
        GROWING_MIXED,
        &[("hiring_go", &["easy"]), ("hiring_python", &["hard"])],
    );
    wins(&b, Language::Python);
    wins(&t, Language::Go);
}

const TASTE_GO: &[Pair<'static>] = &[
    ("team_size_now", &["two_to_three"]),
    ("team_size_12m", &["seven_to_ten"]),
    ("proficiency_go", &["one_shipped"]),
    ("proficiency_node", &["one_shipped"]),
    ("proficiency_python", &["none"]),
    ("typescript_frontend", &["typescript_separate"]),
    ("hiring_go", &["easy"]),
    ("hiring_node", &["easy"]),
    ("time_to_hire", &["within_months"]),
    ("services_12m", &["product_api", "background_jobs"]),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["high"]),
    ("uptime_pattern", &["always_on"]),
    ("product_maturity", &["stable"]),
    ("decision_driver", &["team_taste"]),
];

/// T08. Hiring beats taste. Brief: "if the market has many Node developers and few Go
/// engineers, Node is the safer pick even if the current team finds Go cleaner."
/// Base: a team that likes Go, one person each has shipped Go and Node, both easy to
/// hire. Twist: Go becomes hard to hire locally (team must more than double) → Node.js.
#[test]
fn t08_scarce_go_market_beats_taste() {
    let (b, t) = pair("t08", TASTE_GO, &[("hiring_go", &["hard"])]);
    gains(&b, &t, Language::Node, Language::Go);
    wins(&t, Language::Node);
}

const GO_SHOP: &[Pair<'static>] = &[
    ("team_size_now", &["four_to_six"]),
    ("team_size_12m", &["four_to_six"]),
    ("proficiency_go", &["several_shipped"]),
    ("proficiency_node", &["some"]),
    ("proficiency_python", &["some"]),
    ("typescript_frontend", &["typescript_separate"]),
    ("hiring_go", &["moderate"]),
    ("time_to_hire", &["not_hiring"]),
    (
        "services_12m",
        &["product_api", "background_jobs", "webhooks"],
    ),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["high"]),
    ("uptime_pattern", &["always_on"]),
    ("product_maturity", &["stable"]),
    ("codebase_state", &["large_codebase"]),
    ("codebase_language", &["go"]),
];

/// T09. A Go-fluent team with a large Go codebase that is not hiring this year keeps
/// Go when Go turns out hard to hire locally. Brief: "What the team already knows
/// best dominates" and "startup rewrites typically take 3–6 months and ship no new
/// features." Twist: Go hard to hire → still Go.
#[test]
fn t09_hard_go_market_does_not_flip_non_hiring_go_team() {
    let (b, t) = pair("t09", GO_SHOP, &[("hiring_go", &["hard"])]);
    wins(&b, Language::Go);
    wins(&t, Language::Go);
    silent(&t, "go_too_early");
}

/// T10. Growth favours the approachable language for a mixed team. Brief:
/// "Onboarding is usually fastest in Python (approachable syntax); Go's strict typing
/// and explicit error handling slow onboarding at first" and "Node.js and Python have
/// the deepest pools; Go pools are smaller". Twist: a team of 2–3 expecting to stay
/// that size now expects 7–10 in a year → Python's standing against Go improves.
#[test]
fn t10_growth_favours_python_over_go() {
    let base: &[Pair<'_>] = &[
        ("team_size_now", &["two_to_three"]),
        ("team_size_12m", &["two_to_three"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["some"]),
        ("services_12m", &["product_api", "background_jobs"]),
        ("core_workload", &["product_api"]),
        ("traffic_level", &["moderate"]),
    ];
    let (b, t) = pair("t10", base, &[("team_size_12m", &["seven_to_ten"])]);
    gains(&b, &t, Language::Python, Language::Go);
}

// ---- workload shape -----------------------------------------------------------------

const MIXED_TEAM: &[Pair<'static>] = &[
    ("team_size_now", &["four_to_six"]),
    ("proficiency_go", &["some"]),
    ("proficiency_node", &["some"]),
    ("proficiency_python", &["some"]),
    ("typescript_frontend", &["other_frontend"]),
    ("services_12m", &["product_api", "admin_tools", "webhooks"]),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["moderate"]),
    ("product_maturity", &["settling"]),
];

/// T11. An ML/analytics core moves a mixed team to Python. Brief: "AI/ML, data work,
/// analytics, automation, scripts → Python is the default; its data/ML ecosystem …
/// has no real equivalent in Go or Node." (Public scenario C.) Twist: the heart of the
/// product becomes ML/AI with pipelines built in-house → Python.
#[test]
fn t11_ml_core_moves_mixed_team_to_python() {
    let (_, t) = pair(
        "t11",
        MIXED_TEAM,
        &[
            ("services_12m", &["product_api", "admin_tools", "ml_ai"]),
            ("core_workload", &["ml_ai"]),
            ("ml_depth", &["pipelines"]),
        ],
    );
    wins(&t, Language::Python);
}

/// T12. Developer tooling moves a mixed team to Go. Brief: "Developer/infrastructure
/// tooling (CLIs, API gateways, Kubernetes operators) → Go." (Public scenario D.)
/// Twist: the year's work is a CLI and an API gateway instead of a CRUD product → Go.
#[test]
fn t12_dev_tooling_moves_mixed_team_to_go() {
    let (_, t) = pair(
        "t12",
        MIXED_TEAM,
        &[("services_12m", &["dev_tooling"]), ("core_workload", &[])],
    );
    wins(&t, Language::Go);
    silent(&t, "go_too_early");
}

/// T13. A real-time core must not leave a mixed team on Python. Brief: "Real-time
/// core (chat, live dashboards, collaboration, WebSocket pub-sub) → Node.js is the
/// most natural fit; Go is also strong." Twist: real-time collaboration becomes the
/// heart of the product → Node.js or Go, and Node gains on Python.
#[test]
fn t13_realtime_core_leaves_python() {
    let (b, t) = pair(
        "t13",
        MIXED_TEAM,
        &[
            ("services_12m", &["product_api", "admin_tools", "realtime"]),
            ("core_workload", &["realtime"]),
        ],
    );
    gains(&b, &t, Language::Node, Language::Python);
    assert_ne!(t.winner(), Language::Python, "\n{}", describe(&t));
}

/// T14. A CPU-heavy core moves a mixed team to Go. Brief: "CPU-bound work (large
/// transforms, image/file processing, encoding, heavy reporting) → Go; Node blocks its
/// event loop and needs worker threads; Python's GIL needs multiprocessing."
/// Twist: large image and file processing becomes the heart of the product → Go.
#[test]
fn t14_cpu_heavy_core_moves_mixed_team_to_go() {
    let (_, t) = pair(
        "t14",
        MIXED_TEAM,
        &[
            ("services_12m", &["product_api", "admin_tools", "cpu_heavy"]),
            ("core_workload", &["cpu_heavy"]),
        ],
    );
    wins(&t, Language::Go);
}

/// T15. Very high concurrency tips a team equally fluent in Go and Node.js to Go.
/// Brief: "High concurrency / tight latency / many small requests all day → Go
/// (goroutines start with about 4 KB of stack …)". Twist: traffic from moderate to
/// 10,000+ simultaneous users → Go.
#[test]
fn t15_very_high_concurrency_tips_equal_team_to_go() {
    let base: &[Pair<'_>] = &[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["several_shipped"]),
        ("proficiency_node", &["several_shipped"]),
        ("proficiency_python", &["none"]),
        ("typescript_frontend", &["typescript_separate"]),
        ("services_12m", &["product_api", "background_jobs"]),
        ("core_workload", &["product_api"]),
        ("traffic_level", &["moderate"]),
        ("uptime_pattern", &["always_on"]),
        ("product_maturity", &["stable"]),
    ];
    let (b, t) = pair("t15", base, &[("traffic_level", &["very_high"])]);
    gains(&b, &t, Language::Go, Language::Node);
    wins(&t, Language::Go);
}

const PY_TEAM: &[Pair<'static>] = &[
    ("team_size_now", &["four_to_six"]),
    ("proficiency_go", &["none"]),
    ("proficiency_node", &["some"]),
    ("proficiency_python", &["several_shipped"]),
    ("typescript_frontend", &["other_frontend"]),
    (
        "services_12m",
        &["product_api", "background_jobs", "data_imports"],
    ),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["moderate"]),
    ("uptime_pattern", &["always_on"]),
    ("product_maturity", &["settling"]),
    ("async_owner", &["owner"]),
    ("heavy_work_outlook", &["unlikely"]),
];

/// T16. Busier traffic alone must not pull a Python-fluent team to Go when nobody
/// knows Go. Brief: "FastAPI handles roughly 10,000–50,000 requests/s on standard
/// hardware, enough for most SaaS up to hundreds of thousands of daily users" and
/// "rarely limited by backend language speed". Twist: traffic moderate → high (many
/// small requests all day) → still Python.
#[test]
fn t16_higher_traffic_keeps_python_team() {
    let (b, t) = pair("t16", PY_TEAM, &[("traffic_level", &["high"])]);
    wins(&b, Language::Python);
    wins(&t, Language::Python);
}

/// T17. Heavy work that may come later does not change today's pick, but earns the
/// "Go later" note. Brief: "start with the easiest default, split out a Go service
/// later only when a heavy workload … actually appears" (and scenario A: "note that Go
/// can take over heavy jobs later"). Twist: heavy processing likely within a year or
/// two → still Python, with heavy_jobs_later.
#[test]
fn t17_heavy_work_later_keeps_python_adds_note() {
    let (b, t) = pair("t17", PY_TEAM, &[("heavy_work_outlook", &["likely"])]);
    silent(&b, "heavy_jobs_later");
    wins(&t, Language::Python);
    warns(&t, "heavy_jobs_later");
}

/// T18. Deeper data work on a Go team: either Python takes over, or the listed
/// mistake is named. Brief: "Choosing Go for a data-heavy product without weighing
/// this is a listed mistake." Twist: from calling hosted model APIs to building data
/// pipelines and analytics in-house (as the heart of the product) → Python wins, or
/// Go wins with go_data_heavy; and Python gains on Go.
#[test]
fn t18_go_team_deeper_data_work() {
    let base: &[Pair<'_>] = &[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["several_shipped"]),
        ("proficiency_node", &["none"]),
        ("proficiency_python", &["some"]),
        ("services_12m", &["product_api", "ml_ai"]),
        ("core_workload", &["ml_ai"]),
        ("ml_depth", &["hosted_apis"]),
        ("product_maturity", &["stable"]),
    ];
    let (b, t) = pair("t18", base, &[("ml_depth", &["pipelines"])]);
    gains(&b, &t, Language::Python, Language::Go);
    match t.winner() {
        Language::Go => warns(&t, "go_data_heavy"),
        l => assert_eq!(l, Language::Python, "\n{}", describe(&t)),
    }
}

/// T19. The same for a Node.js team training its own models. Brief: Python's
/// "data/ML ecosystem (pandas, NumPy, scikit-learn, PyTorch, TensorFlow …) has no real
/// equivalent in Go or Node." Twist: hosted APIs → own models → Python wins, or Node
/// wins with node_data_heavy.
#[test]
fn t19_node_team_own_models() {
    let base: &[Pair<'_>] = &[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["none"]),
        ("proficiency_node", &["several_shipped"]),
        ("proficiency_python", &["some"]),
        ("typescript_frontend", &["typescript_shared"]),
        ("services_12m", &["product_api", "ml_ai"]),
        ("core_workload", &["ml_ai"]),
        ("ml_depth", &["hosted_apis"]),
    ];
    let (b, t) = pair("t19", base, &[("ml_depth", &["own_models"])]);
    gains(&b, &t, Language::Python, Language::Node);
    match t.winner() {
        Language::Node => warns(&t, "node_data_heavy"),
        l => assert_eq!(l, Language::Python, "\n{}", describe(&t)),
    }
}

// ---- runtime cost -------------------------------------------------------------------

const GO_PY_JOBS: &[Pair<'static>] = &[
    ("team_size_now", &["two_to_three"]),
    ("proficiency_go", &["one_shipped"]),
    ("proficiency_node", &["none"]),
    ("proficiency_python", &["one_shipped"]),
    (
        "services_12m",
        &["product_api", "background_jobs", "data_imports"],
    ),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["moderate"]),
    ("uptime_pattern", &["bursty"]),
    ("instance_count", &["several"]),
    ("cloud_budget", &["watched"]),
    ("product_maturity", &["stable"]),
];

/// T20. Always-on services favour Go's low idle cost more than bursty jobs do. Brief:
/// "Always-on APIs pay idle cost every hour … Bursty jobs (wake, work two minutes,
/// exit; hourly) care about startup time, and the RAM difference barely shows on the
/// bill." Twist: bursty → always-on → Go gains on Python.
#[test]
fn t20_always_on_favours_go_over_python() {
    let (b, t) = pair("t20", GO_PY_JOBS, &[("uptime_pattern", &["always_on"])]);
    gains(&b, &t, Language::Go, Language::Python);
}

/// T21. A tight cloud budget matters little for bursty jobs of a Python-fluent team.
/// Brief: bursty jobs: "the RAM difference barely shows on the bill", and "if Python
/// lets a team ship twice as fast, a small cloud difference doesn't matter".
/// Twist on a Python team running hourly import/report jobs: cloud budget relaxed →
/// tight → still Python.
#[test]
fn t21_tight_budget_bursty_jobs_keep_python() {
    let base: &[Pair<'_>] = &[
        ("team_size_now", &["two_to_three"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["none"]),
        ("proficiency_python", &["several_shipped"]),
        (
            "services_12m",
            &["data_imports", "reporting", "background_jobs"],
        ),
        ("core_workload", &["data_imports"]),
        ("uptime_pattern", &["bursty"]),
        ("instance_count", &["few"]),
        ("cloud_budget", &["relaxed"]),
        ("async_owner", &["owner"]),
    ];
    let (b, t) = pair("t21", base, &[("cloud_budget", &["tight"])]);
    wins(&b, Language::Python);
    wins(&t, Language::Python);
}

const GO_NODE_IDLE: &[Pair<'static>] = &[
    ("team_size_now", &["four_to_six"]),
    ("proficiency_go", &["one_shipped"]),
    ("proficiency_node", &["one_shipped"]),
    ("proficiency_python", &["none"]),
    ("typescript_frontend", &["typescript_separate"]),
    (
        "services_12m",
        &["product_api", "webhooks", "background_jobs"],
    ),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["low"]),
    ("uptime_pattern", &["always_on"]),
    ("service_count", &["five_plus"]),
    ("shared_conventions", &["shared_template"]),
    ("instance_count", &["few"]),
    ("memory_limits", &["tight"]),
    ("cloud_budget", &["tight"]),
    ("product_maturity", &["stable"]),
];

/// T22. More instances of mostly-idle services favour Go over Node.js. Brief:
/// "Node.js: starts fast, but a higher memory floor; hurts when ten mostly-idle
/// containers run" and "an extra 200 MB per instance adds up". Twist: instances
/// 1–3 → more than 10 → Go gains on Node.js, and Go wins.
#[test]
fn t22_many_idle_instances_favour_go_over_node() {
    let (b, t) = pair("t22", GO_NODE_IDLE, &[("instance_count", &["many"])]);
    gains(&b, &t, Language::Go, Language::Node);
    wins(&t, Language::Go);
}

/// T23. A busy API where every instance counts, for a team equally fluent in Go and
/// Python: the cloud bill becomes decisive. Brief: "if Go runs a busy API on half the
/// servers, it does [matter]." (Public scenario B's "small ops budget".) Twist: cloud
/// budget relaxed → every instance counts → Go, and Go gains on Python.
#[test]
fn t23_busy_api_tight_budget_tips_to_go() {
    let base: &[Pair<'_>] = &[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["several_shipped"]),
        ("proficiency_node", &["none"]),
        ("proficiency_python", &["several_shipped"]),
        ("services_12m", &["product_api", "background_jobs"]),
        ("core_workload", &["product_api"]),
        ("traffic_level", &["very_high"]),
        ("uptime_pattern", &["always_on"]),
        ("instance_count", &["many"]),
        ("cloud_budget", &["relaxed"]),
        ("product_maturity", &["stable"]),
        ("async_owner", &["owner"]),
    ];
    let (b, t) = pair("t23", base, &[("cloud_budget", &["tight"])]);
    gains(&b, &t, Language::Go, Language::Python);
    wins(&t, Language::Go);
}

// ---- operations ---------------------------------------------------------------------

/// T24. One person doing all operations with mixed experience favours Go. Brief: "If
/// one person handles most operations and experience is mixed, Go's simple failure
/// modes help." Twist (one factor, the support model): from a shared pipeline and
/// on-call rotation to one person who deploys and is always the one paged → Go gains
/// on both others.
#[test]
fn t24_one_ops_person_favours_go() {
    let base: &[Pair<'_>] = &[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["some"]),
        ("services_12m", &["product_api", "background_jobs"]),
        ("core_workload", &["product_api"]),
        ("uptime_pattern", &["always_on"]),
        ("product_maturity", &["stable"]),
        ("who_deploys", &["anyone"]),
        ("on_call", &["rotation"]),
    ];
    let (b, t) = pair(
        "t24",
        base,
        &[("who_deploys", &["only_one"]), ("on_call", &["one_person"])],
    );
    gains(&b, &t, Language::Go, Language::Python);
    gains(&b, &t, Language::Go, Language::Node);
}

// ---- maturity and Go too early --------------------------------------------------------

const GO_CRUD: &[Pair<'static>] = &[
    ("team_size_now", &["two_to_three"]),
    ("proficiency_go", &["several_shipped"]),
    ("proficiency_node", &["some"]),
    ("proficiency_python", &["some"]),
    ("services_12m", &["product_api", "admin_tools", "webhooks"]),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["moderate"]),
    ("product_maturity", &["stable"]),
];

/// T25. A CRUD product that still changes weekly raises "Go too early" whenever Go
/// is picked. Brief: warnings: "Go too early for CRUD/admin/webhook products still
/// changing weekly." Twist: product stable → exploring: if Go still wins, the warning
/// fires; Go does not gain on Python.
#[test]
fn t25_exploring_crud_go_too_early() {
    let (b, t) = pair("t25", GO_CRUD, &[("product_maturity", &["exploring"])]);
    wins(&b, Language::Go);
    silent(&b, "go_too_early");
    if t.winner() == Language::Go {
        warns(&t, "go_too_early");
    }
    assert!(
        lead(&t, Language::Go, Language::Python) <= lead(&b, Language::Go, Language::Python),
        "Go gained while the product became weekly-changing\n{}",
        describe(&t)
    );
}

/// T26. Go too early applies to a team about to adopt Go, not just a Go team: a
/// Python team whose CRUD product changes weekly, planning its backend in Go.
/// Brief: "Go too early for CRUD/admin/webhook products still changing weekly" and
/// "Choosing Go too early for a product that still lives in CRUD and constant change
/// slows the team." Twist: product stable → exploring with Go planned → the warning
/// fires (whatever wins) and Go does not win.
#[test]
fn t26_python_team_planning_go_for_weekly_crud() {
    let base: &[Pair<'_>] = &[
        ("team_size_now", &["two_to_three"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["none"]),
        ("proficiency_python", &["several_shipped"]),
        ("services_12m", &["product_api", "admin_tools", "webhooks"]),
        ("core_workload", &["product_api"]),
        ("traffic_level", &["low"]),
        ("product_maturity", &["stable"]),
        ("planned_languages", &["go"]),
    ];
    let (_, t) = pair("t26", base, &[("product_maturity", &["exploring"])]);
    warns(&t, "go_too_early");
    assert_ne!(t.winner(), Language::Go, "\n{}", describe(&t));
}

// ---- warnings ------------------------------------------------------------------------

const PY_FOUR: &[Pair<'static>] = &[
    ("team_size_now", &["four_to_six"]),
    ("proficiency_go", &["some"]),
    ("proficiency_node", &["none"]),
    ("proficiency_python", &["several_shipped"]),
    (
        "services_12m",
        &["product_api", "background_jobs", "webhooks"],
    ),
    ("core_workload", &["product_api"]),
    ("traffic_level", &["moderate"]),
    ("async_owner", &["owner"]),
    ("planned_languages", &["python"]),
];

/// T27. Adding a second backend language in a four-person team raises the polyglot
/// trap, and does not change the default. Brief: "Polyglot trap: keep one backend
/// language until about 10+ engineers and a specific, measured performance need."
/// (Public scenario E.) Twist: planned languages Python → Python and Go "because
/// people prefer different languages" → polyglot_trap; still Python.
#[test]
fn t27_second_language_small_team_polyglot_trap() {
    let (b, t) = pair(
        "t27",
        PY_FOUR,
        &[
            ("planned_languages", &["python", "go"]),
            ("polyglot_reason", &["preferences"]),
        ],
    );
    silent(&b, "polyglot_trap");
    wins(&t, Language::Python);
    warns(&t, "polyglot_trap");
}

const BIG_TWO_LANG: &[Pair<'static>] = &[
    ("team_size_now", &["over_ten"]),
    ("proficiency_go", &["one_shipped"]),
    ("proficiency_node", &["none"]),
    ("proficiency_python", &["several_shipped"]),
    (
        "services_12m",
        &["product_api", "data_imports", "cpu_heavy"],
    ),
    ("core_workload", &["product_api"]),
    ("codebase_state", &["large_codebase"]),
    ("codebase_language", &["python"]),
    ("planned_languages", &["python", "go"]),
    ("polyglot_reason", &["measured_need"]),
];

/// T28. Team size alone turns a justified second language into the trap. Brief:
/// "keep one backend language until about 10+ engineers and a specific, measured
/// performance need." Base: more than 10 engineers with a measured bottleneck → no
/// warning. Twist: 4–6 engineers → polyglot_trap.
#[test]
fn t28_small_team_measured_need_still_polyglot_trap() {
    let (b, t) = pair("t28", BIG_TWO_LANG, &[("team_size_now", &["four_to_six"])]);
    silent(&b, "polyglot_trap");
    warns(&t, "polyglot_trap");
}

/// T29. The reason alone turns a large team's second language into the trap. Brief:
/// the second language needs "a specific, measured performance need". Twist: the
/// reason becomes people's preferences → polyglot_trap.
#[test]
fn t29_big_team_preference_polyglot_trap() {
    let (_, t) = pair(
        "t29",
        BIG_TWO_LANG,
        &[("polyglot_reason", &["preferences"])],
    );
    warns(&t, "polyglot_trap");
}

/// T30. Unowned async work raises Python async sprawl without changing the pick.
/// Brief: "Python async sprawl when background jobs, websockets and async services
/// pile up unowned." Twist: the owner of workers and queues goes from a named pair
/// to nobody → python_async_sprawl; still Python.
#[test]
fn t30_unowned_async_python_sprawl() {
    let (b, t) = pair("t30", PY_FOUR, &[("async_owner", &["nobody"])]);
    silent(&b, "python_async_sprawl");
    wins(&t, Language::Python);
    warns(&t, "python_async_sprawl");
}

const NODE_SERVICES: &[Pair<'static>] = &[
    ("team_size_now", &["four_to_six"]),
    ("proficiency_go", &["none"]),
    ("proficiency_node", &["several_shipped"]),
    ("proficiency_python", &["some"]),
    ("typescript_frontend", &["typescript_shared"]),
    (
        "services_12m",
        &["product_api", "webhooks", "background_jobs"],
    ),
    ("core_workload", &["product_api"]),
    ("service_count", &["two_to_four"]),
    ("shared_conventions", &["shared_template"]),
    ("async_owner", &["owner"]),
    ("codebase_state", &["small_codebase"]),
    ("codebase_language", &["node"]),
    ("rewrite_signs", &["none_of_these"]),
];

/// T31. Services that each do their own thing raise Node drift, not a new language.
/// Brief: "Node drift when every service gets its own packages, test style and
/// deploy process." Twist: shared template → each service its own → node_drift;
/// still Node.js.
#[test]
fn t31_each_service_own_way_node_drift() {
    let (b, t) = pair(
        "t31",
        NODE_SERVICES,
        &[("shared_conventions", &["each_own"])],
    );
    silent(&b, "node_drift");
    wins(&t, Language::Node);
    warns(&t, "node_drift");
}

/// T32. A rewrite warning sign raises its warning and does not change the pick.
/// Brief: "Rewrite warning signs: … each new service uses a different framework …";
/// the app's advice for them is to fix them, not to switch. Twist: "each new service
/// uses a different framework" ticked → rewrite_signs; still Node.js.
#[test]
fn t32_framework_per_service_rewrite_signs() {
    let (b, t) = pair(
        "t32",
        NODE_SERVICES,
        &[("rewrite_signs", &["framework_per_service"])],
    );
    silent(&b, "rewrite_signs");
    wins(&t, Language::Node);
    warns(&t, "rewrite_signs");
}

/// T33. Hoped-for scale as the reason raises "imagined future" and does not move a
/// Node.js team toward Go. Brief: "Imagined future: picking for the company you hope
/// to become" and "'We might need scale later' is not a workload." Twist: decision
/// driver "the scale we hope to reach one day" → imagined_future; still Node.js, and
/// Go does not gain.
#[test]
fn t33_hoped_scale_imagined_future() {
    let (b, t) = pair("t33", NODE_SAAS, &[("decision_driver", &["hoped_scale"])]);
    silent(&b, "imagined_future");
    wins(&t, Language::Node);
    warns(&t, "imagined_future");
    assert!(
        lead(&t, Language::Go, Language::Node) <= lead(&b, Language::Go, Language::Node),
        "Go gained from hoped-for scale\n{}",
        describe(&t)
    );
}

/// T34. Copying a much bigger company raises "imagined future" too. Brief: "copying
/// a much larger company's stack (they have platform teams you don't)." Twist: the
/// driver becomes "what a well-known, much bigger company uses" → imagined_future;
/// still Python.
#[test]
fn t34_big_company_stack_imagined_future() {
    let (_, t) = pair(
        "t34",
        PY_FOUR,
        &[("decision_driver", &["big_company_stack"])],
    );
    wins(&t, Language::Python);
    warns(&t, "imagined_future");
}

/// T35. Only one person who has shipped the winner is a staffing risk. Brief: "A
/// stack that only one future hire could maintain is a staffing trap" and count people
/// "who could support the service if the lead left." Twist: Node.js experience from
/// two or more shipped to one person → staffing_trap (while Node.js still wins on the
/// shared TypeScript frontend).
#[test]
fn t35_one_node_person_staffing_trap() {
    let (b, t) = pair(
        "t35",
        NODE_SERVICES,
        &[("proficiency_node", &["one_shipped"])],
    );
    silent(&b, "staffing_trap");
    wins(&t, Language::Node);
    warns(&t, "staffing_trap");
}

/// T36. An existing large Node.js codebase keeps an equally Go/Node-fluent team on
/// Node.js. Brief: "a rewrite after scale takes 6–18 months; a Node.js→Go migration
/// commonly costs $200k–$800k … startup rewrites typically take 3–6 months and ship
/// no new features. Prefer extracting one new service in a second language behind a
/// gateway over a full rewrite." Twist: greenfield → large Node.js codebase in
/// production → Node.js.
#[test]
fn t36_large_node_codebase_keeps_node() {
    let base: &[Pair<'_>] = &[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["several_shipped"]),
        ("proficiency_node", &["several_shipped"]),
        ("proficiency_python", &["none"]),
        ("typescript_frontend", &["typescript_separate"]),
        (
            "services_12m",
            &["product_api", "background_jobs", "webhooks"],
        ),
        ("core_workload", &["product_api"]),
        ("traffic_level", &["moderate"]),
        ("uptime_pattern", &["always_on"]),
        ("product_maturity", &["stable"]),
        ("codebase_state", &["greenfield"]),
    ];
    let (b, t) = pair(
        "t36",
        base,
        &[
            ("codebase_state", &["large_codebase"]),
            ("codebase_language", &["node"]),
        ],
    );
    gains(&b, &t, Language::Node, Language::Go);
    wins(&t, Language::Node);
}

// ---- too close to call and priorities -----------------------------------------------

/// T37. When a second language is just as fluent and the work is plain CRUD, the
/// advice must become provisional. Brief: "I/O-bound CRUD APIs, admin screens,
/// webhooks → any of the three works; team speed decides", and step 5: "Run a
/// one-sprint trial". Base: Python-fluent team (Node dabbled) → Python recommended.
/// Twist: Node.js also shipped by two or more people → too close / not a confident
/// settled recommendation.
#[test]
fn t37_equal_fluency_crud_is_provisional() {
    let base: &[Pair<'_>] = &[
        ("team_size_now", &["four_to_six"]),
        ("team_size_12m", &["four_to_six"]),
        ("proficiency_go", &["none"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["several_shipped"]),
        ("typescript_frontend", &["no_frontend"]),
        ("hiring_node", &["easy"]),
        ("hiring_python", &["easy"]),
        ("time_to_hire", &["not_hiring"]),
        ("services_12m", &["product_api", "webhooks"]),
        ("core_workload", &["product_api"]),
        ("traffic_level", &["moderate"]),
        ("product_maturity", &["settling"]),
        ("codebase_state", &["greenfield"]),
        ("planned_languages", &["none_yet"]),
    ];
    let (b, t) = pair("t37", base, &[("proficiency_node", &["several_shipped"])]);
    wins(&b, Language::Python);
    assert!(
        provisional(&t),
        "confident {:?} for an evenly matched CRUD team\n{}",
        t.headline(),
        describe(&t)
    );
}

/// T38. The user's priorities weight the dimensions. Brief: "Pick the language that
/// loses the fewest points where it hurts your team most … The user's priorities
/// weight the dimensions." Base: T08's team (likes Go, Go hard to hire) with default
/// weights. Twist: the hiring slider set to 0 (the team says hiring doesn't hurt
/// them) → Go gains on Node.js.
#[test]
fn t38_hiring_priority_zero_lets_go_gain() {
    let pairs = twist(TASTE_GO, &[("hiring_go", &["hard"])]);
    let b = run("t38 base", &pairs);
    let t = run_with(
        "t38 twisted",
        &pairs,
        &Weights::default().with(Criterion::Hiring, 0),
    );
    gains(&b, &t, Language::Go, Language::Node);
}

// ---- follow-ups: minor factors, urgency, salaries, notes --------------------------------

/// T39. Which monitoring tools are in place is a question to ask, not a reason to
/// leave a fluent team's language. Brief: ops questions include "which language fits
/// the tools they already use (CI, Sentry, Grafana, Prometheus)", while "What the team
/// already knows best dominates." Twist: a Node.js team says it runs Prometheus /
/// Grafana and Sentry → still Node.js.
#[test]
fn t39_observability_tools_do_not_flip_node_team() {
    let (_, t) = pair(
        "t39",
        NODE_SAAS,
        &[("observability", &["prometheus_grafana", "error_tracking"])],
    );
    wins(&t, Language::Node);
}

/// T40. Having no rollback plan is an operations gap, not a reason for a fluent
/// Python team (nobody knows Go) to switch. Brief: "Switching a fluent team to another
/// language costs roughly 3–6 months of learning curve"; Go's simple failure modes help
/// "if one person handles most operations and experience is mixed" (here it is not
/// mixed). Twist: rollback one tested step → no rollback plan → still Python.
#[test]
fn t40_no_rollback_does_not_flip_python_team() {
    let base = twist(PY_TEAM, &[("rollback", &["one_step"])]);
    let (_, t) = pair("t40", &base, &[("rollback", &["none"])]);
    wins(&t, Language::Python);
}

/// T41. Hiring urgency weighs against the slow-to-hire language. Brief: "Go pools are
/// smaller, Go engineers cost more and take longer to hire." Twist on T08's team (Go
/// hard to hire locally, must grow to 7–10): from "within a few months" to "within
/// weeks" → Node.js gains on Go.
#[test]
fn t41_hiring_urgency_hurts_go() {
    let base = twist(TASTE_GO, &[("hiring_go", &["hard"])]);
    let (b, t) = pair("t41", &base, &[("time_to_hire", &["within_weeks"])]);
    gains(&b, &t, Language::Node, Language::Go);
}

/// T42. A tight salary budget weighs against the language whose engineers cost more.
/// Brief: "Go engineers cost more and take longer to hire (agency 2026 guide, US
/// market)." Twist on T08's base team (growing, both easy to hire): salary budget
/// flexible → tight → Node.js gains on Go.
#[test]
fn t42_tight_salaries_hurt_go() {
    let base = twist(TASTE_GO, &[("salary_pressure", &["flexible"])]);
    let (b, t) = pair("t42", &base, &[("salary_pressure", &["tight"])]);
    gains(&b, &t, Language::Node, Language::Go);
}

/// T43. A Node.js team with a real-time core keeps Node.js when the spikes grow.
/// Brief: "Real-time core … → Node.js is the most natural fit" and "One team built a
/// WebSocket server with Redis pub-sub in Node in a few days and it held up under
/// traffic spikes." Twist: traffic moderate → 10,000+ simultaneous connections, nobody
/// has shipped Go → still Node.js.
#[test]
fn t43_node_realtime_team_keeps_node_under_spikes() {
    let base: &[Pair<'_>] = &[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["some"]),
        ("proficiency_node", &["several_shipped"]),
        ("proficiency_python", &["none"]),
        ("typescript_frontend", &["typescript_shared"]),
        ("services_12m", &["product_api", "realtime"]),
        ("core_workload", &["realtime"]),
        ("traffic_level", &["moderate"]),
        ("async_owner", &["owner"]),
    ];
    let (b, t) = pair("t43", base, &[("traffic_level", &["very_high"])]);
    wins(&b, Language::Node);
    wins(&t, Language::Node);
}

/// T44. Inherited code is not a measured need: a second language in a four-person
/// team is still the trap. Brief: "keep one backend language until about 10+ engineers
/// and a specific, measured performance need. Several languages in a small team mean
/// duplicated shared code, everyone needing all languages, and cross-language
/// debugging." Twist on T27: the reason is inherited code → polyglot_trap.
#[test]
fn t44_inherited_second_language_small_team_trap() {
    let (_, t) = pair(
        "t44",
        PY_FOUR,
        &[
            ("planned_languages", &["python", "go"]),
            ("polyglot_reason", &["inherited"]),
        ],
    );
    warns(&t, "polyglot_trap");
}

/// T45. The "move heavy jobs to Go later" note only makes sense when the default is
/// not Go. Brief: "start with the easiest default, split out a Go service later only
/// when a heavy workload … actually appears." Twist on T09's Go team: heavy processing
/// likely within a year or two → still Go, and no heavy_jobs_later note (Go already
/// handles it).
#[test]
fn t45_go_winner_gets_no_split_to_go_note() {
    let (_, t) = pair("t45", GO_SHOP, &[("heavy_work_outlook", &["likely"])]);
    wins(&t, Language::Go);
    silent(&t, "heavy_jobs_later");
}

/// T46. A Go pick that rests on very high traffic cannot stay "decided" once the
/// traffic is unknown, for a team just as fluent in Python. Brief: "High concurrency /
/// tight latency / many small requests all day → Go", but "Products under about $5M
/// ARR are rarely limited by backend language speed" and "if Go runs a busy API on
/// half the servers, it does [matter]" (it depends on the traffic). Twist on T23's
/// busy-API team (tight budget): traffic very high → "not sure" → no longer decided.
#[test]
fn t46_unknown_traffic_unsettles_busy_api_pick() {
    let base: &[Pair<'_>] = &[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_go", &["several_shipped"]),
        ("proficiency_node", &["none"]),
        ("proficiency_python", &["several_shipped"]),
        ("services_12m", &["product_api", "background_jobs"]),
        ("core_workload", &["product_api"]),
        ("traffic_level", &["very_high"]),
        ("uptime_pattern", &["always_on"]),
        ("instance_count", &["many"]),
        ("cloud_budget", &["tight"]),
        ("product_maturity", &["stable"]),
        ("async_owner", &["owner"]),
    ];
    let (b, t) = pair("t46", base, &[("traffic_level", &["not_sure"])]);
    wins(&b, Language::Go);
    assert_ne!(
        t.verdict.status,
        Status::Decided,
        "still decided with unknown traffic\n{}",
        describe(&t)
    );
}

/// T47. Removing the one person who has shipped Go must not make the staffing risk
/// disappear when Go is still the pick. Brief: "A stack that only one future hire
/// could maintain is a staffing trap", and count people "who could support the service
/// if the lead left"; switching a team costs "roughly 3–6 months of learning curve".
/// Base: mixed team, CPU-heavy core, one person has shipped Go → Go with a staffing
/// warning. Twist: Go only dabbled in (nobody has run it in production) → if Go still
/// wins, a staffing warning (staffing_trap or nobody_knows_winner) is still raised.
#[test]
#[ignore = "not adopted: with every language only tried, nobody switches away from what they \
            ship; the warning fires for a tried-only winner when another language has been \
            shipped (model::tests::advice::a_tried_only_winner_is_warned_when_another_was_shipped)"]
fn t47_nobody_shipped_go_keeps_staffing_warning() {
    let base = twist(
        MIXED_TEAM,
        &[
            ("proficiency_go", &["one_shipped"]),
            ("services_12m", &["product_api", "admin_tools", "cpu_heavy"]),
            ("core_workload", &["cpu_heavy"]),
        ],
    );
    let (b, t) = pair("t47", &base, &[("proficiency_go", &["some"])]);
    wins(&b, Language::Go);
    warns(&b, "staffing_trap");
    if t.winner() == Language::Go {
        assert!(
            t.has_warning("staffing_trap") || t.has_warning("nobody_knows_winner"),
            "Go leads with nobody who has shipped it, and no staffing warning\n{}",
            describe(&t)
        );
    }
}

/// T48. "Go too early" is about CRUD products that change weekly, not about tooling.
/// Brief: "Go too early for CRUD/admin/webhook products still changing weekly" and
/// "Developer/infrastructure tooling (CLIs, API gateways, Kubernetes operators) → Go."
/// Base: a Go team building a CLI and an API gateway, settled. Twist: the tools still
/// change every week → still Go, and no go_too_early.
#[test]
fn t48_changing_dev_tooling_is_not_go_too_early() {
    let base: &[Pair<'_>] = &[
        ("team_size_now", &["two_to_three"]),
        ("proficiency_go", &["several_shipped"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["some"]),
        ("typescript_frontend", &["no_frontend"]),
        ("services_12m", &["dev_tooling"]),
        ("product_maturity", &["settling"]),
    ];
    let (b, t) = pair("t48", base, &[("product_maturity", &["exploring"])]);
    wins(&b, Language::Go);
    wins(&t, Language::Go);
    silent(&t, "go_too_early");
}
