use super::scenarios::{build, describe};
use crate::model::{Weights, evaluate};

fn show(name: &str, pairs: &[(&str, &[&str])]) {
    let e = evaluate(&build(pairs), &Weights::default());
    println!("=== {name}\n{}", describe(&e));
    for l in crate::model::Language::ALL {
        let r = e.verdict.range(l);
        println!(
            "  {} {:.1} [{:.1}..{:.1}]",
            l.name(),
            e.overall(l),
            r.low,
            r.high
        );
    }
    println!(
        "  status {:?} worst {:.1}\n  {}\n  {}",
        e.verdict.status,
        e.verdict.worst_lead,
        e.verdict.sentence(e.winner()),
        e.confidence.message
    );
    for r in &e.reasons_for {
        println!("  reason {} {}", r.rule, r.weighted_points);
    }
}

#[test]
fn probe() {
    show("empty", &[]);
    show(
        "one answer",
        &[("proficiency_python", &["several_shipped"])],
    );
    show(
        "equal skill",
        &[
            ("proficiency_go", &["one_shipped"]),
            ("proficiency_node", &["one_shipped"]),
            ("proficiency_python", &["one_shipped"]),
            ("services_12m", &["product_api"]),
        ],
    );
    show(
        "data words",
        &[
            ("proficiency_go", &["some"]),
            ("proficiency_node", &["some"]),
            ("proficiency_python", &["some"]),
            (
                "services_12m",
                &["product_api", "data_imports", "reporting"],
            ),
        ],
    );
    show(
        "hiring beats taste",
        &[
            ("team_size_now", &["four_to_six"]),
            ("team_size_12m", &["seven_to_ten"]),
            ("proficiency_go", &["one_shipped"]),
            ("proficiency_node", &["some"]),
            ("proficiency_python", &["some"]),
            ("hiring_go", &["hard"]),
            ("hiring_node", &["easy"]),
            ("time_to_hire", &["within_months"]),
            ("services_12m", &["product_api", "background_jobs"]),
        ],
    );
    show(
        "bursty",
        &[
            ("proficiency_go", &["some"]),
            ("proficiency_node", &["some"]),
            ("proficiency_python", &["some"]),
            ("services_12m", &["background_jobs"]),
            ("traffic_level", &["low"]),
            ("uptime_pattern", &["bursty"]),
        ],
    );
    show(
        "python large codebase",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_go", &["none"]),
            ("proficiency_node", &["none"]),
            ("proficiency_python", &["several_shipped"]),
            ("services_12m", &["product_api", "background_jobs"]),
            ("traffic_level", &["very_high"]),
            ("memory_limits", &["tight"]),
            ("codebase_state", &["large_codebase"]),
            ("codebase_language", &["python"]),
            ("planned_languages", &["python"]),
        ],
    );
    show(
        "A hiring not sure",
        &[
            ("team_size_now", &["four_to_six"]),
            ("proficiency_go", &["none"]),
            ("proficiency_node", &["several_shipped"]),
            ("proficiency_python", &["some"]),
            ("typescript_frontend", &["typescript_shared"]),
            (
                "services_12m",
                &["product_api", "background_jobs", "admin_tools"],
            ),
            ("traffic_level", &["not_sure"]),
        ],
    );
}
