#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Version 2 (trial and review) and the migration from version 1: every version-1
//! fixture keeps loading, repairs and errors inside the new parts name their path.

use proptest::prelude::*;
use serde_json::{Value, json};

use super::*;
use crate::model::language::Language;
use crate::trial::strategies::{arb_review, arb_trial};
use crate::trial::{review_field, scorecard_field};

/// A version-1 file as version 1 of the app wrote it (the example of the
/// version-1 document), kept forever.
const V1_FIXTURE: &str = include_str!("../../tests/fixtures/session-v1.json");

fn notes(r: &Restored) -> Vec<String> {
    r.notes.iter().map(ToString::to_string).collect()
}

fn with(part: &str, value: Value) -> String {
    let mut doc: Value = serde_json::from_str(&Session::new("x", "n", 1).to_json()).unwrap();
    doc[part] = value;
    doc.to_string()
}

#[test]
fn a_version_1_file_migrates_quietly_with_nothing_recorded() {
    let r = parse_session(V1_FIXTURE).unwrap();
    assert_eq!(r.migrated_from, Some(1));
    assert!(r.notes.is_empty(), "{:?}", r.notes);
    assert_eq!(r.session.name, "Backend default, spring 2026");
    assert_eq!(r.session.answers.len(), 12);
    assert_eq!(r.session.trial, crate::trial::Trial::default());
    assert!(r.session.review.is_empty());
    // Written back as version 2, it reads as itself without a migration.
    let again = parse_session(&r.session.to_json()).unwrap();
    assert_eq!(again.migrated_from, None);
    assert!(again.notes.is_empty());
    assert_eq!(again.session, r.session);
}

#[test]
fn the_migration_is_one_pure_step_that_adds_each_part_empty() {
    assert_eq!(CURRENT_VERSION, 2);
    let mut notes = Vec::new();
    let doc = json!({"format": "stackwise-session", "version": 1, "name": "a"});
    let Value::Object(map) = doc else { panic!() };
    let out = migrate::v1_to_v2(map.clone(), &mut notes).unwrap();
    assert_eq!(out, migrate::v1_to_v2(map, &mut Vec::new()).unwrap());
    assert!(notes.is_empty());
    assert_eq!(out["version"], 2);
    for part in migrate::V2_PARTS {
        assert_eq!(out[part], json!({}));
    }
}

#[test]
fn a_version_1_file_cannot_smuggle_in_a_trial() {
    let text = r#"{"format":"stackwise-session","version":1,"name":"old",
        "trial":{"scorecards":[{"language":"go","idle_memory_mb":20}]}}"#;
    let r = parse_session(text).unwrap();
    assert!(r.session.trial.scorecards().is_empty());
    assert!(notes(&r).contains(&"trial: not part of format version 1; ignored".to_owned()));
}

#[test]
fn a_newer_version_stays_refused() {
    let e =
        parse_session(r#"{"format":"stackwise-session","version":3,"name":"Later"}"#).unwrap_err();
    assert!(matches!(e, SessionError::NewerVersion { version: 3, .. }));
}

#[test]
fn a_version_2_file_without_the_new_parts_opens_quietly() {
    // Absent trial, review and team mean nothing recorded, not damage: no notes.
    let r = parse_session(r#"{"format":"stackwise-session","version":2,"id":"i","name":"a","created_ms":1,"updated_ms":1,"answers":{},"weights":{"hiring":8,"team_fit":8,"delivery_speed":5,"runtime_cost":8,"concurrency":5,"data_ai":5,"ops_simplicity":8,"maintainability":5}}"#).unwrap();
    assert!(notes(&r).is_empty(), "{:?}", notes(&r));
    assert!(r.session.trial.scorecards().is_empty());
}

#[test]
fn trial_and_review_are_written_in_field_order() {
    let mut s = Session::new("s", "n", 5);
    let card = s.trial.scorecard_mut(Language::Python);
    card.readings
        .set_text(scorecard_field("idle_memory_mb").unwrap(), "400")
        .unwrap();
    card.readings
        .set_text(scorecard_field("endpoint_hours").unwrap(), "6.5")
        .unwrap();
    card.readings.set_note(
        scorecard_field("endpoint_hours").unwrap(),
        "Django admin helped",
    );
    s.review
        .readings
        .set_text(review_field("outcome").unwrap(), "keep")
        .unwrap();
    let text = s.to_json_compact();
    assert!(text.contains(r#""trial":{"scorecards":[{"language":"python","endpoint_hours":6.5,"idle_memory_mb":400,"notes":{"endpoint_hours":"Django admin helped"}}],"assumptions":{"staging_instances":1,"production_instances":2,"failover_instances":1,"price_per_gb_month":4,"hourly_rate":75}}"#), "{text}");
    assert!(text.ends_with(r#""review":{"outcome":"keep"}}"#), "{text}");
}

#[test]
fn a_value_of_the_wrong_type_is_an_error_naming_its_path() {
    let e = parse_session(&with(
        "trial",
        json!({"scorecards": [{"language": "go", "latency_ms": "fast"}]}),
    ))
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "trial.scorecards[0].latency_ms: expected a number of ms, found a string"
    );
    let e = parse_session(&with("review", json!({"outcome": 1}))).unwrap_err();
    assert_eq!(
        e.to_string(),
        "review.outcome: expected a string option id, found a number"
    );
    let e = parse_session(&with("trial", json!([]))).unwrap_err();
    assert_eq!(e.to_string(), "trial: expected an object, found an array");
    let e = parse_session(&with("trial", json!({"scorecards": [{"language": 3}]}))).unwrap_err();
    assert_eq!(
        e.to_string(),
        "trial.scorecards[0].language: expected a language id, found a number"
    );
}

#[test]
fn values_out_of_range_and_unknown_ids_are_dropped_with_notes() {
    let text = with(
        "trial",
        json!({
            "scorecards": [
                {"language": "go", "idle_memory_mb": -5, "dread": "terrified", "speed": 3,
                 "notes": {"dread": "fine", "mood": "x"}},
                {"language": "go", "idle_memory_mb": 20},
                {"language": "rust"},
                {"startup_ms": 3}
            ],
            "assumptions": {"production_instances": 1e9, "hourly_rate": 120},
            "extra": true
        }),
    );
    let r = parse_session(&text).unwrap();
    assert_eq!(
        notes(&r),
        [
            "trial.extra: not part of the trial; ignored",
            "trial.scorecards[0].dread: unknown option \"terrified\"; dropped",
            "trial.scorecards[0].idle_memory_mb: Idle memory per instance cannot be negative; dropped",
            "trial.scorecards[0].notes.mood: note on an unknown field; dropped",
            "trial.scorecards[0].speed: unknown field; dropped",
            "trial.scorecards[1]: a second scorecard for Go; dropped",
            "trial.scorecards[2].language: unknown language \"rust\"; scorecard dropped",
            "trial.scorecards[3].language: missing; scorecard dropped",
            "trial.assumptions.production_instances: Instances in production can be at most 10000 instances; dropped",
        ]
    );
    let trial = &r.session.trial;
    assert_eq!(trial.scorecards().len(), 1);
    let go = trial.scorecard(Language::Go).unwrap();
    assert_eq!(go.readings.note(scorecard_field("dread").unwrap()), "fine");
    assert_eq!(
        go.readings
            .number(scorecard_field("idle_memory_mb").unwrap()),
        None
    );
    assert_eq!(trial.assumption("production_instances"), 2);
    assert_eq!(trial.assumption("hourly_rate"), 12_000);
}

#[test]
fn long_notes_are_cut_with_a_note() {
    let long = "x".repeat(400);
    let r = parse_session(&with("review", json!({"notes": {"outcome": long}}))).unwrap();
    assert_eq!(
        r.session
            .review
            .readings
            .note(review_field("outcome").unwrap())
            .len(),
        crate::trial::readings::MAX_NOTE_CHARS
    );
    assert_eq!(
        notes(&r),
        ["review.notes.outcome: longer than 280 characters; cut"]
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_trial_and_review_round_trip(trial in arb_trial(), review in arb_review()) {
        let mut s = Session::new("id", "name", 1);
        s.trial = trial;
        s.review = review;
        for text in [s.to_json(), s.to_json_compact()] {
            let r = parse_session(&text).unwrap();
            prop_assert!(r.notes.is_empty(), "{:?}", r.notes);
            prop_assert_eq!(&r.session, &s);
        }
    }

    #[test]
    fn damage_inside_a_scorecard_never_panics(
        trial in arb_trial(),
        key in prop::sample::select(vec!["language", "endpoint_hours", "idle_memory_mb", "dread", "notes", "other"]),
        replacement in prop_oneof![
            Just(Value::Null), Just(json!(-1)), Just(json!(1e300)), Just(json!("fast")),
            Just(json!([1])), Just(json!({"dread": 2})), Just(json!("go")),
        ],
    ) {
        let mut s = Session::new("id", "name", 1);
        s.trial = trial;
        let mut v: Value = serde_json::from_str(&s.to_json()).unwrap();
        if let Some(card) = v["trial"]["scorecards"].get_mut(0).and_then(Value::as_object_mut) {
            card.insert(key.to_owned(), replacement);
        }
        if let Ok(r) = from_value(v) {
            let again = parse_session(&r.session.to_json()).unwrap();
            prop_assert!(again.notes.is_empty());
            prop_assert_eq!(again.session, r.session);
        }
    }
}
