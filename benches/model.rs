//! Benchmark of the decision model: scoring, the verdict's ranges and exact
//! sensitivity on a complete answer set, against the 50 µs budget (native); and,
//! for information, the same set with three answers turned into "not sure", where
//! the verdict re-scores every plausible answer. A plain `main` (harness = false):
//! `cargo bench --bench model`. Exits non-zero when a mean is over budget.

// Never in the wasm: std's sorts are fine here (clippy.toml).
#![allow(clippy::disallowed_methods)]

use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

use stackwise::model::{Answers, QUESTIONS, QuestionKind, Weights, evaluate, visible_questions};

const BUDGET_US: f64 = 50.0;
const WARM_UP: usize = 2_000;
const RUNS: usize = 20_000;

/// Every question answered, with the conditions set so that every conditional
/// question is visible too (the largest realistic workload).
fn complete_answers() -> Result<Answers, String> {
    let mut a = Answers::new();
    let pick = |id: &str| -> &'static str {
        match id {
            "team_size_now" => "four_to_six",
            "team_size_12m" => "seven_to_ten",
            "proficiency_go" => "one_shipped",
            "proficiency_node" => "several_shipped",
            "proficiency_python" => "some",
            "typescript_frontend" => "typescript_shared",
            "core_workload" => "realtime",
            "ml_depth" => "pipelines",
            "heavy_work_outlook" => "possible",
            "traffic_level" => "high",
            "service_count" => "five_plus",
            "codebase_state" => "small_codebase",
            "async_owner" => "nobody",
            "shared_conventions" => "each_own",
            "product_maturity" => "exploring",
            _ => "",
        }
    };
    for q in &QUESTIONS {
        let result = match q.kind {
            QuestionKind::Multi => {
                let chosen: Vec<&str> = match q.id {
                    "services_12m" => vec![
                        "product_api",
                        "background_jobs",
                        "realtime",
                        "ml_ai",
                        "webhooks",
                    ],
                    "planned_languages" => vec!["node", "python"],
                    _ => q
                        .options
                        .iter()
                        .filter(|o| !o.exclusive)
                        .take(2)
                        .map(|o| o.id)
                        .collect(),
                };
                a.set_multi(q.id, chosen)
            }
            QuestionKind::Single => {
                let id = pick(q.id);
                let id = if id.is_empty() {
                    q.options.first().map_or("", |o| o.id)
                } else {
                    id
                };
                a.set_single(q.id, id)
            }
        };
        result.map_err(|e| e.to_string())?;
    }
    let visible = visible_questions(&a).len();
    if visible != QUESTIONS.len() {
        return Err(format!(
            "only {visible} of {} questions visible",
            QUESTIONS.len()
        ));
    }
    Ok(a)
}

/// Mean, median and p95 of `evaluate` in µs, and the wall time in ms.
fn measure(answers: &Answers, weights: &Weights) -> (f64, f64, f64, f64) {
    for _ in 0..WARM_UP {
        black_box(evaluate(black_box(answers), black_box(weights)));
    }
    let mut samples = Vec::with_capacity(RUNS);
    let total = Instant::now();
    for _ in 0..RUNS {
        let start = Instant::now();
        let e = evaluate(black_box(answers), black_box(weights));
        samples.push(start.elapsed().as_nanos());
        black_box(e);
    }
    let wall = total.elapsed();
    samples.sort_unstable();
    let mean_us = samples.iter().sum::<u128>() as f64 / RUNS as f64 / 1_000.0;
    let p95_us = samples.get(RUNS * 95 / 100).copied().unwrap_or(0) as f64 / 1_000.0;
    let median_us = samples.get(RUNS / 2).copied().unwrap_or(0) as f64 / 1_000.0;
    (mean_us, median_us, p95_us, wall.as_secs_f64() * 1_000.0)
}

fn main() -> ExitCode {
    let answers = match complete_answers() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("could not build the answer set: {e}");
            return ExitCode::FAILURE;
        }
    };
    let weights = Weights::default();
    let (mean_us, median_us, p95_us, wall_ms) = measure(&answers, &weights);
    let e = evaluate(&answers, &weights);
    println!(
        "evaluate (scores + traces + reasons + warnings + verdict ranges + exact sensitivity + \
         confidence), {} questions answered, {} adjustments",
        answers.len(),
        e.adjustments.len()
    );
    println!(
        "  {RUNS} runs in {wall_ms:.1} ms: mean {mean_us:.2} µs, median {median_us:.2} µs, \
         p95 {p95_us:.2} µs (budget {BUDGET_US:.0} µs mean)"
    );
    let mut unsure = answers.clone();
    for id in ["traffic_level", "hiring_go", "cloud_budget"] {
        if let Err(e) = unsure.set_not_sure(id) {
            eprintln!("could not answer {id} \"not sure\": {e}");
            return ExitCode::FAILURE;
        }
    }
    let (unsure_mean, unsure_median, unsure_p95, _) = measure(&unsure, &weights);
    println!(
        "  the same with 3 answers \"not sure\" (each plausible answer re-scored): \
         mean {unsure_mean:.2} µs, median {unsure_median:.2} µs, p95 {unsure_p95:.2} µs"
    );
    if mean_us > BUDGET_US {
        eprintln!("  OVER BUDGET: mean {mean_us:.2} µs > {BUDGET_US:.0} µs");
        return ExitCode::FAILURE;
    }
    println!("  within budget");
    ExitCode::SUCCESS
}
