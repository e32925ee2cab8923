#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Native tests of the decision record: the brief's scenarios, partial sessions,
//! and properties over random answers and weights.

use proptest::prelude::*;

use super::*;
use crate::model::tests::strategies::{arb_answers, arb_weights};
use crate::model::{Answers, QUESTIONS, QuestionKind, Weights, evaluate, question};

/// Most words a record may have and still print on one page.
const PAGE_WORDS: usize = 650;

/// Builds answers from `(question, options)` pairs; `["not_sure"]` means "not sure".
/// (The model's own scenario builders live in a private test module, so scenarios A
/// and E are restated here exactly as the model's scenario tests answer them.)
fn build(pairs: &[(&str, &[&str])]) -> Answers {
    let mut a = Answers::new();
    for (q, opts) in pairs {
        let kind = question(q)
            .unwrap_or_else(|| panic!("no question {q}"))
            .kind;
        if *opts == ["not_sure"] {
            a.set_not_sure(q).unwrap();
        } else if kind == QuestionKind::Single {
            a.set_single(q, opts[0]).unwrap();
        } else {
            a.set_multi(q, opts.iter().copied()).unwrap();
        }
    }
    a
}

/// Scenario A of the brief: four-person SaaS team, TypeScript frontend, public API,
/// light background workers and an admin tool, steady moderate traffic.
pub(crate) fn scenario_a() -> Answers {
    build(&[
        ("team_size_now", &["four_to_six"]),
        ("team_size_12m", &["four_to_six"]),
        ("proficiency_go", &["none"]),
        ("proficiency_node", &["some"]),
        ("proficiency_python", &["some"]),
        ("typescript_frontend", &["typescript_shared"]),
        ("hiring_go", &["not_sure"]),
        ("hiring_node", &["easy"]),
        ("hiring_python", &["not_sure"]),
        ("time_to_hire", &["within_months"]),
        ("salary_pressure", &["moderate"]),
        (
            "services_12m",
            &[
                "product_api",
                "background_jobs",
                "admin_tools",
                "data_imports",
            ],
        ),
        ("core_workload", &["product_api"]),
        ("heavy_work_outlook", &["not_sure"]),
        ("traffic_level", &["moderate"]),
        ("latency_target", &["normal"]),
        ("uptime_pattern", &["always_on"]),
        ("service_count", &["two_to_four"]),
        ("instance_count", &["several"]),
        ("memory_limits", &["comfortable"]),
        ("cloud_budget", &["watched"]),
        ("who_deploys", &["anyone"]),
        ("on_call", &["rotation"]),
        ("observability", &["error_tracking", "cloud_logs"]),
        ("rollback", &["one_step"]),
        ("async_owner", &["owner"]),
        ("shared_conventions", &["shared_template"]),
        ("product_maturity", &["settling"]),
        ("codebase_state", &["greenfield"]),
        ("planned_languages", &["none_yet"]),
        ("decision_driver", &["this_year_services", "hiring_market"]),
    ])
}

/// Scenario E of the brief: a team of four plans a Python API, Go workers and
/// Node.js webhooks.
fn scenario_e() -> Answers {
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

fn session_with(name: &str, answers: Answers, weights: Weights) -> Session {
    let mut s = Session::new("test-id", name, 1_700_000_000_000);
    s.answers = answers;
    s.weights = weights;
    s
}

fn record_of(session: &Session) -> String {
    decision_record(session, &evaluate(&session.answers, &session.weights))
}

/// The text of one section (from its heading to the next `## `).
fn section<'a>(record: &'a str, heading: &str) -> &'a str {
    let start = record
        .find(&format!("## {heading}\n"))
        .unwrap_or_else(|| panic!("no section {heading}"));
    let rest = &record[start + 3..];
    let end = rest.find("\n## ").map_or(rest.len(), |i| i + 1);
    &rest[..end]
}

/// Option and question ids that contain `_` (and so can never be prose), plus the
/// reserved "not sure" id.
fn raw_ids() -> Vec<&'static str> {
    let mut ids = vec![crate::model::NOT_SURE_ID];
    for q in &QUESTIONS {
        if q.id.contains('_') {
            ids.push(q.id);
        }
        ids.extend(q.options.iter().map(|o| o.id).filter(|id| id.contains('_')));
    }
    ids
}

fn assert_well_formed(record: &str) {
    assert!(record.starts_with("# "), "{record}");
    let mut last = 0;
    for h in SECTION_HEADINGS {
        let at = record
            .find(&format!("\n## {h}\n"))
            .unwrap_or_else(|| panic!("missing heading {h}:\n{record}"));
        assert!(at > last, "heading {h} out of order");
        last = at;
    }
    // The title and the footer hold user text; everything between is ours.
    let lines: Vec<&str> = record.lines().collect();
    let body = lines[1..lines.len() - 1].join("\n");
    for id in raw_ids() {
        assert!(!body.contains(id), "raw id `{id}` in:\n{record}");
    }
    for debris in ["None,", "None)", "None.", ": None", "Some(", "NaN"] {
        assert!(!body.contains(debris), "`{debris}` in:\n{record}");
    }
    assert!(record.contains("Generated by Stackwise"));
}

#[test]
fn scenario_a_recommends_node_on_one_page() {
    let s = session_with("Acme SaaS backend", scenario_a(), Weights::default());
    let e = evaluate(&s.answers, &s.weights);
    let r = decision_record(&s, &e);
    println!("{r}");
    println!("words: {}", word_count(&r));
    assert_well_formed(&r);
    assert!(r.starts_with("# Acme SaaS backend: Node.js as our default backend language\n"));
    assert!(section(&r, HEADING_DECISION).contains("We will use **Node.js** as our default"));
    if e.has_warning("heavy_jobs_later") {
        let risks = section(&r, HEADING_RISKS);
        assert!(risks.contains("Heavy jobs can move to Go later"), "{risks}");
        assert!(risks.contains("small Go service"), "{risks}");
    }
    // The justification quotes the deciding answers by label.
    let decision = section(&r, HEADING_DECISION);
    for reason in &e.reasons_for {
        if let Some(label) = reason.answer.option_label() {
            assert!(decision.contains(label), "{label} missing from {decision}");
        }
    }
    // Hiring quotes the winner's own hiring answer; the trial fits the services.
    assert!(section(&r, HEADING_HIRING).contains("Easy: we get good applicants quickly"));
    let trial = section(&r, HEADING_TRIAL);
    assert!(trial.contains("product API"), "{trial}");
    assert!(trial.contains("sending an email"), "{trial}");
    assert!(trial.contains("TypeScript"), "{trial}");
    // Always-on, several instances, Node.js: the idle-memory figure with its source.
    assert!(section(&r, HEADING_BUDGET).contains("consultant guide: an extra 200 MB"));
    let words = word_count(&r);
    assert!(words < PAGE_WORDS, "{words} words");
    assert!(words >= 350, "{words} words: too thin");
}

#[test]
fn empty_session_still_gives_a_sensible_record() {
    let s = Session::new("", "", 0);
    let r = record_of(&s);
    assert_well_formed(&r);
    assert!(r.starts_with("# Untitled decision: "), "{r}");
    assert!(r.contains("not answered yet"));
    assert!(r.contains("none of our answers has moved the scores yet"));
    assert!(r.contains("provisional pick"), "{r}");
    assert!(r.contains("Provisionally, we will use **"), "{r}");
    assert!(r.contains("**Target:** not set yet"));
    assert!(r.contains("**Still open:**"));
    assert!(!r.contains("not sure yet"));
    assert!(word_count(&r) < PAGE_WORDS);
    assert_eq!(record_file_name(&s), "stackwise-decision-untitled.md");
}

#[test]
fn all_not_sure_session_reads_naturally() {
    let mut a = Answers::new();
    for q in &QUESTIONS {
        if q.allows_not_sure {
            a.set_not_sure(q.id).unwrap();
        }
    }
    let s = session_with("Unsure team", a, Weights::default());
    let r = record_of(&s);
    assert_well_formed(&r);
    assert!(section(&r, HEADING_HIRING).contains("not sure yet"));
    assert!(section(&r, HEADING_SUPPORT).contains("not sure yet"));
    assert!(r.contains("\"not sure\""), "{r}");
    assert!(r.contains("Market untested"));
    assert!(word_count(&r) < PAGE_WORDS);
}

#[test]
fn scenario_e_lists_the_polyglot_trap_among_the_risks() {
    for weights in [
        Weights::default(),
        Weights::uniform(0),
        Weights::uniform(10),
    ] {
        let s = session_with("Four people, three languages", scenario_e(), weights);
        let e = evaluate(&s.answers, &s.weights);
        assert!(e.has_warning("polyglot_trap"));
        let r = decision_record(&s, &e);
        assert_well_formed(&r);
        let risks = section(&r, HEADING_RISKS);
        assert!(risks.contains("**Polyglot trap**"), "{risks}");
        assert!(
            risks.contains(&format!("keep {} as the only backend language", e.winner())),
            "{risks}"
        );
        assert!(
            risks.contains("(from planned languages, team size today"),
            "{risks}"
        );
        assert!(word_count(&r) < PAGE_WORDS);
    }
}

#[test]
fn many_warnings_still_fit_on_one_page() {
    let a = build(&[
        ("team_size_now", &["four_to_six"]),
        ("proficiency_python", &["some"]),
        ("hiring_python", &["hard"]),
        ("salary_pressure", &["tight"]),
        (
            "services_12m",
            &["admin_tools", "background_jobs", "realtime", "ml_ai"],
        ),
        ("core_workload", &["ml_ai"]),
        ("ml_depth", &["pipelines"]),
        ("traffic_level", &["low"]),
        ("instance_count", &["few"]),
        ("memory_limits", &["tight"]),
        ("cloud_budget", &["relaxed"]),
        ("who_deploys", &["only_one"]),
        ("on_call", &["one_person"]),
        ("observability", &["error_tracking", "hosted_apm"]),
        ("rollback", &["not_sure"]),
        ("async_owner", &["nobody"]),
        ("codebase_state", &["large_codebase"]),
        (
            "rewrite_signs",
            &[
                "slow_local_setup",
                "untouchable_job",
                "author_only_automation",
            ],
        ),
        ("planned_languages", &["python", "other"]),
        ("polyglot_reason", &["preferences"]),
        ("decision_driver", &["hoped_scale", "big_company_stack"]),
    ]);
    let s = session_with("Busy", a, Weights::default());
    let e = evaluate(&s.answers, &s.weights);
    assert!(e.warnings.len() >= 5, "{:?}", e.warnings);
    let r = decision_record(&s, &e);
    assert_well_formed(&r);
    let risks = section(&r, HEADING_RISKS);
    for w in &e.warnings {
        assert!(risks.contains(w.title), "{}", w.title);
    }
    assert!(
        word_count(&r) < PAGE_WORDS,
        "{} words:\n{r}",
        word_count(&r)
    );
}

#[test]
fn runner_up_line_uses_the_sensitivity_result() {
    let s = session_with("A", scenario_a(), Weights::default());
    let e = evaluate(&s.answers, &s.weights);
    let r = decision_record(&s, &e);
    let risks = section(&r, HEADING_RISKS);
    assert!(risks.contains(&format!("**Runner-up: {}**", e.runner_up())));
    let path = e
        .sensitivity
        .runners_up
        .iter()
        .find(|p| p.language == e.runner_up())
        .unwrap();
    match path.cheapest_change {
        Some(ch) => assert!(risks.contains(&format!("from {} to {}", ch.from, ch.to))),
        None => assert!(risks.contains("No single priority change")),
    }
    // Find weights where a single change does flip the pick, and check the wording.
    let tilted = Weights::default().with(crate::model::Criterion::DataAi, 10);
    let e2 = evaluate(&s.answers, &tilted);
    let r2 = decision_record(&s, &e2);
    assert_well_formed(&r2);
    if let Some(ch) = e2
        .sensitivity
        .runners_up
        .first()
        .and_then(|p| p.cheapest_change)
    {
        assert!(r2.contains(&format!(
            "the \"{}\" priority from {} to {} (of 10)",
            ch.criterion.name(),
            ch.from,
            ch.to
        )));
    }
}

#[test]
fn user_text_is_escaped_and_kept_on_one_line() {
    let s = session_with(
        "Q3 <script>\n# not a heading *bold* [link](x)",
        scenario_a(),
        Weights::default(),
    );
    let e = evaluate(&s.answers, &s.weights);
    let r = decision_record_dated(&s, &e, Some("4 May\n2026 <b>"));
    let title = r.lines().next().unwrap();
    assert_eq!(
        title,
        "# Q3 \\<script\\> \\# not a heading \\*bold\\* \\[link\\](x): Node.js as our default \
         backend language"
    );
    assert!(r.contains("_Generated by Stackwise on 4 May 2026 \\<b\\>._"));
    assert!(!r.contains("\n# not a heading"));
    let undated = decision_record_dated(&s, &e, Some("  \n "));
    assert!(undated.contains("_Generated by Stackwise._"));
    assert_eq!(undated, decision_record(&s, &e));
    let long = "x".repeat(500);
    let s2 = session_with(&long, Answers::new(), Weights::default());
    let title2 = record_of(&s2).lines().next().unwrap().to_owned();
    assert!(title2.len() < 150, "{title2}");
}

#[test]
fn file_names_are_safe_slugs() {
    let cases = [
        (
            "Acme SaaS backend",
            "stackwise-decision-acme-saas-backend.md",
        ),
        (
            "  Q3 / 2026: Go? Node?  ",
            "stackwise-decision-q3-2026-go-node.md",
        ),
        ("Über-café ☕", "stackwise-decision-ber-caf.md"),
        ("", "stackwise-decision-untitled.md"),
        ("---", "stackwise-decision-untitled.md"),
        ("../../etc/passwd", "stackwise-decision-etc-passwd.md"),
    ];
    for (name, expected) in cases {
        let s = Session::new("id", name, 0);
        assert_eq!(record_file_name(&s), expected, "{name:?}");
    }
    let long = Session::new("id", "a ".repeat(200), 0);
    assert!(record_file_name(&long).len() <= "stackwise-decision-.md".len() + 60);
}

#[test]
fn records_are_deterministic() {
    let s = session_with("Same", scenario_a(), Weights::default());
    assert_eq!(record_of(&s), record_of(&s));
}

fn is_safe_file_name(name: &str) -> bool {
    name.strip_suffix(".md").is_some_and(|stem| {
        !stem.is_empty()
            && stem
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_session_gives_a_well_formed_record(
        answers in arb_answers(),
        weights in arb_weights(),
        name in any::<String>(),
        date in proptest::option::of("[ -~]{0,60}"),
    ) {
        let s = session_with(&name, answers, weights);
        let e = evaluate(&s.answers, &s.weights);
        let r = decision_record_dated(&s, &e, date.as_deref());
        assert_well_formed(&r);
        let chosen = format!("will use **{}** as our default", e.winner());
        let runner = format!("**Runner-up: {}**", e.runner_up());
        prop_assert!(r.contains(&chosen));
        prop_assert!(r.contains(&runner));
        for w in &e.warnings {
            prop_assert!(section(&r, HEADING_RISKS).contains(w.title));
        }
        let words = word_count(&r);
        prop_assert!(words < PAGE_WORDS, "{} words:\n{}", words, r);
        prop_assert!(is_safe_file_name(&record_file_name(&s)));
    }

    #[test]
    fn file_names_are_always_safe(name in any::<String>()) {
        let s = Session::new("id", name, 0);
        prop_assert!(is_safe_file_name(&record_file_name(&s)));
    }
}

#[test]
#[ignore = "prints the word-count distribution over many random sessions"]
fn word_count_distribution() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut counts = Vec::new();
    let mut worst = (0, String::new());
    for _ in 0..5000 {
        let a = arb_answers().new_tree(&mut runner).unwrap().current();
        let w = arb_weights().new_tree(&mut runner).unwrap().current();
        let s = session_with("Random", a, w);
        let r = record_of(&s);
        let n = word_count(&r);
        if n > worst.0 {
            worst = (n, r);
        }
        counts.push(n);
    }
    counts.sort_unstable();
    println!(
        "min {} median {} p99 {} max {}",
        counts[0],
        counts[counts.len() / 2],
        counts[counts.len() * 99 / 100],
        counts[counts.len() - 1]
    );
    println!("{}", worst.1);
}
