//! Golden links: version-1 payloads with the exact answers and weights they decode
//! to. Links are forever, so these strings must decode like this in every later
//! version. If a test here fails, the change broke links people have already sent:
//! undo it, and change the format by adding a new layout version instead.
//!
//! If the questionnaire later drops a question or option used here, the expected
//! result changes only by that answer moving into `notes`: update the expectation
//! (never the payload) and say so in the commit.

use super::super::{DecodedShare, LATEST_VERSION, decode, encode};
use super::answers_from_spec;
use crate::model::weights::Weights;

struct Golden {
    name: &'static str,
    payload: &'static str,
    answers: &'static [(&'static str, &'static str)],
    weights: [u8; 8],
}

const DEFAULT_WEIGHTS: [u8; 8] = [8, 8, 5, 8, 5, 5, 8, 5];

const GOLDEN_V1: &[Golden] = &[
    Golden {
        name: "empty",
        payload: "AQoxPyiRog",
        answers: &[],
        weights: DEFAULT_WEIGHTS,
    },
    Golden {
        name: "empty, all weights zero",
        payload: "AfHR",
        answers: &[],
        weights: [0; 8],
    },
    Golden {
        name: "all not sure",
        payload: "AQYsNXmLbI5vK5mPIscjAcrhaw",
        answers: &[
            ("team_size_12m", "not_sure"),
            ("hiring_go", "not_sure"),
            ("hiring_node", "not_sure"),
            ("hiring_python", "not_sure"),
            ("time_to_hire", "not_sure"),
            ("salary_pressure", "not_sure"),
            ("services_12m", "not_sure"),
            ("core_workload", "not_sure"),
            ("ml_depth", "not_sure"),
            ("heavy_work_outlook", "not_sure"),
            ("traffic_level", "not_sure"),
            ("latency_target", "not_sure"),
            ("uptime_pattern", "not_sure"),
            ("service_count", "not_sure"),
            ("instance_count", "not_sure"),
            ("memory_limits", "not_sure"),
            ("cloud_budget", "not_sure"),
            ("who_deploys", "not_sure"),
            ("on_call", "not_sure"),
            ("observability", "not_sure"),
            ("rollback", "not_sure"),
            ("async_owner", "not_sure"),
            ("shared_conventions", "not_sure"),
            ("product_maturity", "not_sure"),
            ("rewrite_signs", "not_sure"),
            ("polyglot_reason", "not_sure"),
            ("decision_driver", "not_sure"),
        ],
        weights: DEFAULT_WEIGHTS,
    },
    Golden {
        name: "partial, a small Node team",
        payload: "AVdhV2HqxwEIKwoDMvJG662tnw",
        answers: &[
            ("team_size_now", "two_to_three"),
            ("proficiency_node", "several_shipped"),
            ("typescript_frontend", "typescript_shared"),
            ("services_12m", "product_api+webhooks+realtime"),
            ("core_workload", "realtime"),
            ("observability", "nothing_yet"),
            ("planned_languages", "none_yet"),
        ],
        weights: [8, 10, 7, 4, 9, 2, 8, 5],
    },
    Golden {
        name: "complete, every field set",
        payload: "AaTbjISdRm3ctqJ5lrdC9mK6PA",
        answers: &[
            ("team_size_now", "four_to_six"),
            ("team_size_12m", "seven_to_ten"),
            ("proficiency_go", "one_shipped"),
            ("proficiency_node", "some"),
            ("proficiency_python", "several_shipped"),
            ("typescript_frontend", "other_frontend"),
            ("hiring_go", "hard"),
            ("hiring_node", "easy"),
            ("hiring_python", "moderate"),
            ("time_to_hire", "within_months"),
            ("salary_pressure", "tight"),
            (
                "services_12m",
                "product_api+background_jobs+admin_tools+data_imports+webhooks+reporting+realtime+ml_ai+cpu_heavy+dev_tooling",
            ),
            ("core_workload", "ml_ai"),
            ("ml_depth", "own_models"),
            ("heavy_work_outlook", "likely"),
            ("traffic_level", "very_high"),
            ("latency_target", "tight"),
            ("uptime_pattern", "mixed"),
            ("service_count", "five_plus"),
            ("instance_count", "many"),
            ("memory_limits", "tight"),
            ("cloud_budget", "watched"),
            ("who_deploys", "anyone"),
            ("on_call", "rotation"),
            (
                "observability",
                "error_tracking+prometheus_grafana+hosted_apm+opentelemetry+cloud_logs",
            ),
            ("rollback", "one_step"),
            ("async_owner", "owner"),
            ("shared_conventions", "partly"),
            ("product_maturity", "settling"),
            ("codebase_state", "large_codebase"),
            (
                "rewrite_signs",
                "slow_local_setup+untouchable_job+author_only_automation",
            ),
            ("planned_languages", "go+python+other"),
            ("polyglot_reason", "measured_need"),
            (
                "decision_driver",
                "this_year_services+hiring_market+hoped_scale",
            ),
        ],
        weights: [10, 9, 7, 10, 3, 0, 10, 9],
    },
    Golden {
        name: "exclusive options and maximum weights",
        payload: "ASsxCnF5yq8MhwevBaUrl6jw-g",
        answers: &[
            ("team_size_now", "solo"),
            ("codebase_state", "small_codebase"),
            ("rewrite_signs", "none_of_these"),
            ("planned_languages", "go+node"),
            ("polyglot_reason", "inherited"),
            ("decision_driver", "big_company_stack"),
        ],
        weights: [10; 8],
    },
];

fn expected(g: &Golden) -> DecodedShare {
    DecodedShare {
        version: 1,
        name: None,
        answers: answers_from_spec(g.answers),
        weights: Weights::from_array(g.weights),
        notes: Vec::new(),
    }
}

#[test]
fn version_1_golden_links_decode_to_the_same_answers_forever() {
    for g in GOLDEN_V1 {
        let decoded = decode(g.payload).unwrap_or_else(|e| panic!("{}: {e}", g.name));
        assert_eq!(
            decoded,
            expected(g),
            "golden v1 link {:?} ({}) no longer decodes to the same answers: \
             this breaks links people have sent",
            g.payload,
            g.name
        );
    }
}

#[test]
fn golden_links_still_decode_from_a_pasted_url() {
    for g in GOLDEN_V1 {
        let url = format!("  https://stackwise.example/app/#/s/{}\n", g.payload);
        assert_eq!(decode(&url).unwrap(), expected(g), "{}", g.name);
    }
}

/// While version 1 is the latest, the encoder must still write exactly these
/// strings. When a version 2 exists, this test goes (the decode test stays).
#[test]
fn the_encoder_writes_the_golden_v1_strings() {
    if LATEST_VERSION != 1 {
        return;
    }
    for g in GOLDEN_V1 {
        let e = expected(g);
        assert_eq!(encode(&e.answers, &e.weights), g.payload, "{}", g.name);
    }
}
