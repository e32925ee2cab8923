//! Share format version 1, frozen: the exact fields a version-1 payload holds, in
//! order. LINKS ARE FOREVER: never edit this table, not even to fix a typo.
//!
//! It is a copy of the questionnaire as it was when version 1 shipped, not a view
//! of it, so every version-1 link keeps decoding to the same answers after the
//! questionnaire changes. When a question, option or criterion is added, removed,
//! reordered or changes kind, add a `v2` module with a new table and version byte
//! 2, make it [`super::LATEST`], and keep this one for decoding old links (the test
//! `latest_layout_covers_the_live_questionnaire` says when). Ids that later
//! disappear from the questionnaire are dropped at decode time, with a note.

use super::layout::{FieldKind, Layout, QuestionLayout};

const NOT_SURE: bool = true;
const NO_NOT_SURE: bool = false;

const fn single(
    id: &'static str,
    not_sure: bool,
    options: &'static [&'static str],
) -> QuestionLayout {
    QuestionLayout {
        id,
        kind: FieldKind::Single,
        not_sure,
        options,
        exclusive: &[],
    }
}

const fn multi(
    id: &'static str,
    not_sure: bool,
    options: &'static [&'static str],
    exclusive: &'static [&'static str],
) -> QuestionLayout {
    QuestionLayout {
        id,
        kind: FieldKind::Multi,
        not_sure,
        options,
        exclusive,
    }
}

/// The 34 questions of version 1, most significant digit first.
pub(super) static QUESTIONS: [QuestionLayout; 34] = [
    single(
        "team_size_now",
        NO_NOT_SURE,
        &[
            "solo",
            "two_to_three",
            "four_to_six",
            "seven_to_ten",
            "over_ten",
        ],
    ),
    single(
        "team_size_12m",
        NOT_SURE,
        &[
            "solo",
            "two_to_three",
            "four_to_six",
            "seven_to_ten",
            "over_ten",
        ],
    ),
    single(
        "proficiency_go",
        NO_NOT_SURE,
        &["none", "some", "one_shipped", "several_shipped"],
    ),
    single(
        "proficiency_node",
        NO_NOT_SURE,
        &["none", "some", "one_shipped", "several_shipped"],
    ),
    single(
        "proficiency_python",
        NO_NOT_SURE,
        &["none", "some", "one_shipped", "several_shipped"],
    ),
    single(
        "typescript_frontend",
        NO_NOT_SURE,
        &[
            "typescript_shared",
            "typescript_separate",
            "other_frontend",
            "no_frontend",
        ],
    ),
    single("hiring_go", NOT_SURE, &["easy", "moderate", "hard"]),
    single("hiring_node", NOT_SURE, &["easy", "moderate", "hard"]),
    single("hiring_python", NOT_SURE, &["easy", "moderate", "hard"]),
    single(
        "time_to_hire",
        NOT_SURE,
        &["within_weeks", "within_months", "not_hiring"],
    ),
    single(
        "salary_pressure",
        NOT_SURE,
        &["tight", "moderate", "flexible"],
    ),
    multi(
        "services_12m",
        NOT_SURE,
        &[
            "product_api",
            "background_jobs",
            "admin_tools",
            "data_imports",
            "webhooks",
            "reporting",
            "realtime",
            "ml_ai",
            "cpu_heavy",
            "dev_tooling",
        ],
        &[],
    ),
    single(
        "core_workload",
        NOT_SURE,
        &[
            "product_api",
            "background_jobs",
            "admin_tools",
            "data_imports",
            "webhooks",
            "reporting",
            "realtime",
            "ml_ai",
            "cpu_heavy",
            "dev_tooling",
        ],
    ),
    single(
        "ml_depth",
        NOT_SURE,
        &["hosted_apis", "pipelines", "own_models"],
    ),
    single(
        "heavy_work_outlook",
        NOT_SURE,
        &["likely", "possible", "unlikely"],
    ),
    single(
        "traffic_level",
        NOT_SURE,
        &["low", "moderate", "high", "very_high"],
    ),
    single("latency_target", NOT_SURE, &["relaxed", "normal", "tight"]),
    single(
        "uptime_pattern",
        NOT_SURE,
        &["always_on", "mixed", "bursty"],
    ),
    single(
        "service_count",
        NOT_SURE,
        &["one", "two_to_four", "five_plus"],
    ),
    single("instance_count", NOT_SURE, &["few", "several", "many"]),
    single("memory_limits", NOT_SURE, &["tight", "comfortable"]),
    single("cloud_budget", NOT_SURE, &["tight", "watched", "relaxed"]),
    single("who_deploys", NOT_SURE, &["only_one", "a_few", "anyone"]),
    single(
        "on_call",
        NOT_SURE,
        &["business_hours", "rotation", "one_person"],
    ),
    multi(
        "observability",
        NOT_SURE,
        &[
            "error_tracking",
            "prometheus_grafana",
            "hosted_apm",
            "opentelemetry",
            "cloud_logs",
            "nothing_yet",
        ],
        &["nothing_yet"],
    ),
    single("rollback", NOT_SURE, &["one_step", "manual", "none"]),
    single("async_owner", NOT_SURE, &["owner", "nobody", "undecided"]),
    single(
        "shared_conventions",
        NOT_SURE,
        &["shared_template", "partly", "each_own"],
    ),
    single(
        "product_maturity",
        NOT_SURE,
        &["exploring", "settling", "stable"],
    ),
    single(
        "codebase_state",
        NO_NOT_SURE,
        &["greenfield", "small_codebase", "large_codebase"],
    ),
    multi(
        "rewrite_signs",
        NOT_SURE,
        &[
            "slow_local_setup",
            "framework_per_service",
            "untouchable_job",
            "author_only_automation",
            "none_of_these",
        ],
        &["none_of_these"],
    ),
    multi(
        "planned_languages",
        NO_NOT_SURE,
        &["go", "node", "python", "other", "none_yet"],
        &["none_yet"],
    ),
    single(
        "polyglot_reason",
        NOT_SURE,
        &["measured_need", "expected_need", "preferences", "inherited"],
    ),
    multi(
        "decision_driver",
        NOT_SURE,
        &[
            "this_year_services",
            "hiring_market",
            "team_taste",
            "hoped_scale",
            "big_company_stack",
        ],
        &[],
    ),
];

/// The eight criteria whose weights (0..=10) follow the questions.
pub(super) static CRITERIA: [&str; 8] = [
    "hiring",
    "team_fit",
    "delivery_speed",
    "runtime_cost",
    "concurrency",
    "data_ai",
    "ops_simplicity",
    "maintainability",
];

/// Version 1 of the share format.
pub static LAYOUT: Layout = Layout {
    version: 1,
    questions: &QUESTIONS,
    criteria: &CRITERIA,
    max_weight: 10,
};
