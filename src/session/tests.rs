#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Session format tests: round trips, repairs, precise errors, and fuzzing.

use proptest::prelude::*;
use serde_json::{Value, json};

use super::*;
use crate::model::answers::Answer;
use crate::model::criterion::Criterion;
use crate::model::tests::strategies::{arb_answers, arb_weights};
use crate::trial::strategies::{arb_review, arb_trial};

fn sample() -> Session {
    let mut s = Session::new("s-1", "Backend language 2026", 1_700_000_000_000);
    s.answers
        .set_single("team_size_now", "four_to_six")
        .unwrap();
    s.answers
        .set_multi(
            "services_12m",
            ["webhooks", "product_api", "background_jobs"],
        )
        .unwrap();
    s.answers.set_not_sure("traffic_level").unwrap();
    // Hidden (no ML in the service list) but kept.
    s.answers.set_single("ml_depth", "hosted_apis").unwrap();
    s.weights = s.weights.with(Criterion::DataAi, 2);
    s.touch(1_700_000_100_000);
    s
}

fn err(text: &str) -> SessionError {
    parse_session(text).unwrap_err()
}

fn notes_of(text: &str) -> Vec<String> {
    parse_session(text)
        .unwrap()
        .notes
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn round_trip_is_exact_and_quiet() {
    let s = sample();
    for text in [s.to_json(), s.to_json_compact()] {
        let r = parse_session(&text).unwrap();
        assert_eq!(r.session, s);
        assert!(r.notes.is_empty(), "{:?}", r.notes);
        assert_eq!(r.migrated_from, None);
    }
}

#[test]
fn output_is_stable_and_readable() {
    let text = sample().to_json_compact();
    assert!(text.starts_with(r#"{"format":"stackwise-session","version":2,"id":"s-1""#));
    // Answers in questionnaire order, options in display order.
    assert!(text.contains(
        r#""answers":{"team_size_now":"four_to_six","services_12m":["product_api","background_jobs","webhooks"],"ml_depth":"hosted_apis","traffic_level":"not_sure"}"#
    ));
    assert!(text.contains(r#""weights":{"hiring":8,"team_fit":8,"delivery_speed":5,"runtime_cost":8,"concurrency":5,"data_ai":2,"ops_simplicity":8,"maintainability":5}"#));
}

#[test]
fn wrong_types_are_precise_errors() {
    let e = err(r#"{"format":"stackwise-session","version":1,"answers":{"team_size_now":3}}"#);
    assert_eq!(
        e.to_string(),
        "answers.team_size_now: expected a string option id, found a number"
    );
    let e = err(r#"{"version":1,"answers":{"services_12m":["webhooks",7]}}"#);
    assert_eq!(
        e.to_string(),
        "answers.services_12m[1]: expected a string option id, found a number"
    );
    let e = err(r#"{"version":1,"weights":{"hiring":"high"}}"#);
    assert_eq!(
        e.to_string(),
        "weights.hiring: expected a whole number from 0 to 10, found a string"
    );
    assert_eq!(
        err("[1,2]").to_string(),
        "(root): expected a JSON object, found an array"
    );
    assert_eq!(
        err(r#"{"format":"excalidraw"}"#).to_string(),
        "format: expected \"stackwise-session\", found \"excalidraw\": this is not a Stackwise session"
    );
    assert!(matches!(
        err(r#"{"version":0}"#),
        SessionError::Invalid { ref path, .. } if path == "version"
    ));
    assert!(matches!(
        err(r#"{"version":"1"}"#),
        SessionError::Invalid { ref path, .. } if path == "version"
    ));
    assert!(matches!(
        err(r#"{"created_ms":-5}"#),
        SessionError::Invalid { ref path, .. } if path == "created_ms"
    ));
    assert!(matches!(
        err("{not json"),
        SessionError::InvalidJson { line: 1, .. }
    ));
    assert!(matches!(err(""), SessionError::InvalidJson { .. }));
}

#[test]
fn newer_versions_are_a_distinct_error() {
    let e = err(r#"{"format":"stackwise-session","version":7,"name":"Later","answers":[]}"#);
    assert_eq!(
        e,
        SessionError::NewerVersion {
            version: 7,
            name: Some("Later".into())
        }
    );
    assert!(e.to_string().contains("version 7"));
}

#[test]
fn unknown_ids_are_dropped_with_notes() {
    let text = r#"{
        "format": "stackwise-session", "version": 1, "id": "x", "name": "n",
        "created_ms": 10, "updated_ms": 20,
        "answers": {
            "team_size": "four_to_six",
            "team_size_now": "a_hundred",
            "services_12m": ["product_api", "quantum", "not_sure"],
            "observability": ["nothing_yet", "error_tracking"],
            "planned_languages": "go",
            "proficiency_go": "not_sure",
            "codebase_state": null
        },
        "weights": {"hiring": 12, "team_fit": -1, "delivery_speed": 6.6, "vibes": 3},
        "theme": "dark"
    }"#;
    let r = parse_session(text).unwrap();
    let a = &r.session.answers;
    assert_eq!(a.get("team_size_now"), None);
    assert_eq!(
        a.get("services_12m"),
        Some(&Answer::Multi(["product_api"].into_iter().collect()))
    );
    assert_eq!(
        a.get("observability"),
        Some(&Answer::Multi(["error_tracking"].into_iter().collect()))
    );
    assert_eq!(
        a.get("planned_languages"),
        Some(&Answer::Multi(["go"].into_iter().collect()))
    );
    assert_eq!(a.get("proficiency_go"), None);
    assert_eq!(a.len(), 3);
    let w = r.session.weights;
    assert_eq!(w.get(Criterion::Hiring), 10);
    assert_eq!(w.get(Criterion::TeamFit), 0);
    assert_eq!(w.get(Criterion::DeliverySpeed), 7);
    assert_eq!(w.get(Criterion::Concurrency), 5);
    let notes: Vec<String> = r.notes.iter().map(ToString::to_string).collect();
    let expected = [
        "theme: not part of the session format; ignored",
        "answers.observability: \"nothing_yet\" cannot be combined with other options; dropped",
        "answers.planned_languages: expected a list of option ids, found one string; read as a one-item list",
        "answers.proficiency_go: this question does not offer \"not sure\"; dropped",
        "answers.services_12m[1]: unknown option \"quantum\"; dropped",
        "answers.services_12m[2]: \"not sure\" cannot be combined with options; dropped",
        "answers.team_size: unknown question; dropped",
        "answers.team_size_now: unknown option \"a_hundred\"; dropped",
        "weights.vibes: unknown criterion; dropped",
        "weights.hiring: 12 is outside 0..=10; set to 10",
        "weights.team_fit: -1 is outside 0..=10; set to 0",
        "weights.delivery_speed: 6.6 is not a whole number; rounded",
        "weights.runtime_cost: missing; set to the default 8",
    ];
    for e in expected {
        assert!(
            notes.iter().any(|n| n == e),
            "missing note {e:?} in {notes:#?}"
        );
    }
}

#[test]
fn missing_fields_are_defaulted() {
    // One known field is enough to be repaired; none at all is another file.
    let notes = notes_of(r#"{"answers": {}}"#);
    assert!(notes.contains(&"format: missing; assumed \"stackwise-session\"".to_owned()));
    assert!(notes.contains(&"version: missing; assumed 2".to_owned()));
    assert!(notes.contains(&"id: missing; left empty".to_owned()));
    assert!(notes.contains(&"name: missing; set to \"Untitled decision\"".to_owned()));
    let r = parse_session(r#"{"weights": null, "name": null, "answers": {}}"#).unwrap();
    assert_eq!(r.session.name, DEFAULT_NAME);
    assert_eq!(r.session.weights, crate::model::Weights::default());
    assert!(r.session.answers.is_empty());
    let r = parse_session(r#"{"created_ms": 50, "updated_ms": 1.0e1}"#).unwrap();
    assert_eq!((r.session.created_ms, r.session.updated_ms), (50, 50));
    assert!(
        r.notes
            .iter()
            .any(|n| n.to_string() == "updated_ms: earlier than created_ms; set to created_ms")
    );
}

#[test]
fn the_documented_example_parses_cleanly() {
    let doc = include_str!("../../docs/session-format.md");
    let start = doc.find("```json").expect("example block") + "```json".len();
    let end = start + doc[start..].find("```").expect("end of example");
    let r = parse_session(&doc[start..end]).unwrap();
    assert!(r.notes.is_empty(), "{:?}", r.notes);
    assert_eq!(r.session.to_json().trim(), doc[start..end].trim());
}

#[test]
fn migration_table_matches_the_current_version() {
    assert_eq!(migrate::MIGRATIONS.len() as u64, CURRENT_VERSION - 1);
}

fn arb_json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("format".to_owned()),
        Just("version".to_owned()),
        Just("answers".to_owned()),
        Just("weights".to_owned()),
        Just("team_size_now".to_owned()),
        Just("services_12m".to_owned()),
        Just("hiring".to_owned()),
        Just("trial".to_owned()),
        Just("review".to_owned()),
        Just("scorecards".to_owned()),
        Just("language".to_owned()),
        Just("latency_ms".to_owned()),
        Just("notes".to_owned()),
        Just("not_sure".to_owned()),
        "[a-z_]{0,12}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        Just(json!("stackwise-session")),
        Just(json!("four_to_six")),
        Just(json!("not_sure")),
        Just(json!("node")),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_session_round_trips(
        a in arb_answers(),
        w in arb_weights(),
        id in ".{0,20}",
        name in ".{0,40}",
        created in 0u64..=u64::MAX / 2,
        later in 0u64..1_000_000,
        trial in arb_trial(),
        review in arb_review(),
    ) {
        let mut s = Session::new(id, name, created);
        s.updated_ms = created + later;
        s.answers = a;
        s.weights = w;
        s.trial = trial;
        s.review = review;
        let r = parse_session(&s.to_json()).unwrap();
        prop_assert!(r.notes.is_empty(), "{:?}", r.notes);
        prop_assert_eq!(r.session, s);
    }

    #[test]
    fn parse_never_panics_on_text(text in ".{0,200}") {
        let _ = parse_session(&text);
    }

    #[test]
    fn parse_never_panics_on_json_and_repairs_are_stable(v in arb_json()) {
        if let Ok(r) = from_value(v) {
            // A repaired session re-encodes to a clean one.
            let again = parse_session(&r.session.to_json()).unwrap();
            prop_assert!(again.notes.is_empty());
            prop_assert_eq!(again.session, r.session);
        }
    }

    #[test]
    fn parse_never_panics_on_damaged_sessions(
        a in arb_answers(),
        field in prop::sample::select(vec!["format", "version", "id", "name", "created_ms", "updated_ms", "answers", "weights", "trial", "review"]),
        replacement in arb_json(),
    ) {
        let mut s = Session::new("id", "name", 1);
        s.answers = a;
        let mut v: Value = serde_json::from_str(&s.to_json()).unwrap();
        if let Some(obj) = v.as_object_mut() {
            obj.insert(field.to_owned(), replacement);
        }
        let _ = from_value(v);
    }
}

#[test]
fn the_document_lists_every_question_and_option() {
    let doc = include_str!("../../docs/session-format.md");
    for q in crate::model::QUESTIONS.iter() {
        let kind = match q.kind {
            crate::model::QuestionKind::Single => "one",
            crate::model::QuestionKind::Multi => "list",
        };
        let opts: Vec<String> = q.options.iter().map(|o| format!("`{}`", o.id)).collect();
        let row = format!(
            "| `{}` | {} | {} | {} |",
            q.id,
            kind,
            if q.allows_not_sure { "yes" } else { "no" },
            opts.join(", ")
        );
        assert!(doc.contains(&row), "docs/session-format.md lacks: {row}");
    }
}

#[test]
fn names_are_trimmed_capped_and_never_empty() {
    assert_eq!(clean_name("  Payments platform \n"), "Payments platform");
    assert_eq!(
        new_name("  Payments platform "),
        Some("Payments platform".into())
    );
    assert_eq!(
        new_name("  "),
        None,
        "an emptied field keeps the current name"
    );
    assert_eq!(clean_name(""), DEFAULT_NAME);
    assert_eq!(clean_name(" \t "), DEFAULT_NAME);
    let long = "é".repeat(MAX_NAME_CHARS + 30);
    assert_eq!(clean_name(&long).chars().count(), MAX_NAME_CHARS);
    // A cut that lands after a space leaves no trailing space.
    let spaced = format!("{} tail", "a".repeat(MAX_NAME_CHARS - 1));
    assert_eq!(clean_name(&spaced), "a".repeat(MAX_NAME_CHARS - 1));
}

#[test]
fn a_copy_is_named_as_such_within_the_length_limit() {
    assert_eq!(copy_name("Plan"), "Plan (copy)");
    assert_eq!(copy_name("  "), format!("{DEFAULT_NAME}{COPY_SUFFIX}"));
    let long = copy_name(&"n".repeat(MAX_NAME_CHARS));
    assert_eq!(long.chars().count(), MAX_NAME_CHARS);
    assert!(long.ends_with(COPY_SUFFIX));
    // Copying a copy again and again never grows past the limit.
    let mut name = "n".repeat(MAX_NAME_CHARS);
    for _ in 0..5 {
        name = copy_name(&name);
        assert!(name.chars().count() <= MAX_NAME_CHARS, "{name}");
    }
}

proptest! {
    #[test]
    fn a_clean_name_is_its_own_clean_name(name in ".{0,200}") {
        let once = clean_name(&name);
        prop_assert!(!once.is_empty());
        prop_assert!(once.chars().count() <= MAX_NAME_CHARS);
        prop_assert_eq!(clean_name(&once), once.clone());
    }
}

#[test]
fn the_share_link_carries_the_decision_name_cut_to_the_link_limit() {
    let mut session = Session::new("a", "Q3 platform", 1);
    session.weights.set(Criterion::ALL[0], 2).unwrap();
    let named = crate::share::decode(&session.share_fragment()).unwrap();
    assert_eq!(named.name.as_deref(), Some("Q3 platform"));
    assert_eq!(
        (named.answers, named.weights),
        (session.answers.clone(), session.weights)
    );

    session.name = "Backend language for the 2027 platform".to_owned();
    let cut = crate::share::decode(&session.share_fragment()).unwrap();
    assert_eq!(cut.name.as_deref(), Some("Backend language for"));

    session.name = DEFAULT_NAME.to_owned();
    let unnamed = session.share_fragment();
    assert_eq!(crate::share::decode(&unnamed).unwrap().name, None);
    assert_eq!(
        unnamed,
        crate::share::fragment(&session.answers, &session.weights)
    );
}
