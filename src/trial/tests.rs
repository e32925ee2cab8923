#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Trial data: typed input, validation messages, scorecards and assumptions.

use proptest::prelude::*;

use super::fields::{ASSUMPTION_FIELDS, FieldKind, REVIEW_FIELDS, SCORECARD_FIELDS};
use super::readings::{format_number, parse_number};
use super::*;

fn field(id: &str) -> &'static Field {
    scorecard_field(id).unwrap()
}

#[test]
fn typed_values_are_checked_with_clear_messages() {
    let mut r = Readings::new();
    let memory = field("idle_memory_mb");
    let latency = field("latency_ms");
    assert_eq!(
        r.set_text(memory, "-40").unwrap_err().to_string(),
        "Idle memory per instance cannot be negative"
    );
    assert_eq!(
        r.set_text(latency, "fast").unwrap_err().to_string(),
        "Latency under normal load must be a number of ms, like 120; \"fast\" is not one"
    );
    assert_eq!(
        r.set_text(memory, "2000000").unwrap_err().to_string(),
        "Idle memory per instance can be at most 1000000 MB"
    );
    for bad in ["NaN", "inf", "1e3", "12 ms", "1,5", "--3", "."] {
        assert!(r.set_text(latency, bad).is_err(), "{bad}");
    }
    assert!(r.is_empty(), "a refused value changes nothing");
    r.set_text(latency, " 35 ").unwrap();
    assert_eq!(r.number(latency), Some(35));
    assert!(r.set_text(latency, "slow").is_err());
    assert_eq!(r.number(latency), Some(35), "the last good value is kept");
    r.set_text(latency, "").unwrap();
    assert_eq!(r.number(latency), None, "blank means not measured");
}

#[test]
fn decimals_are_kept_to_the_field_precision() {
    let hours = field("endpoint_hours");
    let mut r = Readings::new();
    r.set_text(hours, "6.54").unwrap();
    assert_eq!(r.number(hours), Some(65));
    assert_eq!(r.text(hours), "6.5");
    r.set_text(hours, "12").unwrap();
    assert_eq!(r.text(hours), "12");
    let q = ASSUMPTION_FIELDS[3].0.quantity().unwrap();
    assert_eq!(format_number(q, 405), "4.05");
    assert_eq!(format_number(q, 450), "4.5");
}

#[test]
fn choices_accept_only_their_options() {
    let dread = field("dread");
    let mut r = Readings::new();
    assert_eq!(
        r.set_choice(dread, Some("terrified"))
            .unwrap_err()
            .to_string(),
        "Did anyone dread touching the code? has no option \"terrified\""
    );
    r.set_choice(dread, Some("somewhat")).unwrap();
    assert_eq!(r.choice(dread), Some("somewhat"));
    r.set_choice(dread, Some("")).unwrap();
    assert_eq!(r.choice(dread), None);
}

#[test]
fn notes_are_short_and_blank_notes_vanish() {
    let dread = field("dread");
    let mut r = Readings::new();
    r.set_note(dread, &"a".repeat(500));
    assert_eq!(r.note(dread).chars().count(), readings::MAX_NOTE_CHARS);
    r.set_note(dread, "   ");
    assert!(r.is_empty());
}

#[test]
fn scorecards_stay_one_per_language_in_language_order() {
    let mut t = Trial::default();
    t.scorecard_mut(Language::Python);
    t.scorecard_mut(Language::Go);
    t.scorecard_mut(Language::Python);
    let order: Vec<Language> = t.scorecards().iter().map(|s| s.language).collect();
    assert_eq!(order, [Language::Go, Language::Python]);
    assert!(t.remove(Language::Go));
    assert!(!t.remove(Language::Go));
    assert!(t.scorecard(Language::Go).is_none());
}

#[test]
fn build_time_needs_all_three_parts() {
    let mut card = Scorecard::new(Language::Node);
    card.readings
        .set_text(field("endpoint_hours"), "6")
        .unwrap();
    card.readings.set_text(field("job_hours"), "4.5").unwrap();
    assert_eq!(card.build_tenths(), None);
    card.readings
        .set_text(field("pipeline_hours"), "3")
        .unwrap();
    assert_eq!(card.build_tenths(), Some(135));
}

#[test]
fn assumptions_start_at_their_defaults_and_blank_restores_them() {
    let mut t = Trial::default();
    assert!(t.is_default());
    for (f, default) in &ASSUMPTION_FIELDS {
        assert_eq!(t.assumption(f.id), *default);
        let q = f.quantity().unwrap();
        assert!(*default <= q.max * q.scale(), "{} within its limits", f.id);
    }
    let price = fields::find_assumption("price_per_gb_month").unwrap();
    t.set_assumption(price, "5.25").unwrap();
    assert_eq!(t.assumption("price_per_gb_month"), 525);
    assert!(t.set_assumption(price, "cheap").is_err());
    assert_eq!(t.assumption("price_per_gb_month"), 525);
    t.set_assumption(price, " ").unwrap();
    assert_eq!(t.assumption("price_per_gb_month"), 400);
    assert!(t.is_default());
}

#[test]
fn field_ids_are_unique_and_choices_have_options() {
    let mut ids: Vec<&str> = SCORECARD_FIELDS
        .iter()
        .chain(REVIEW_FIELDS.iter())
        .chain(fields::assumption_fields())
        .map(|f| f.id)
        .collect();
    let all = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), all);
    assert!(!ids.contains(&"notes") && !ids.contains(&"language"));
    for f in SCORECARD_FIELDS.iter().chain(REVIEW_FIELDS.iter()) {
        if let FieldKind::Choice(options) = f.kind {
            assert!(options.len() >= 2, "{}", f.id);
        }
    }
}

#[test]
fn a_typed_zero_is_refused_where_zero_makes_no_sense() {
    for id in [
        "endpoint_hours",
        "job_hours",
        "pipeline_hours",
        "idle_memory_mb",
    ] {
        let f = field(id);
        let q = f.quantity().unwrap();
        for text in ["0", "0.0", "0.01"] {
            let err = parse_number(f, q, text).unwrap_err();
            assert!(
                err.to_string().contains("must be more than 0")
                    && err.to_string().contains("leave it blank"),
                "{id} {text}: {err}"
            );
        }
    }
    // Zero is a real reading elsewhere: a sub-millisecond answer, no tooling time.
    for id in ["latency_ms", "startup_ms"] {
        let f = field(id);
        assert_eq!(
            parse_number(f, f.quantity().unwrap(), "0").unwrap(),
            Some(0)
        );
    }
}

proptest! {
    #[test]
    fn any_accepted_number_reads_back_as_typed(n in 1u64..=20_000) {
        let hours = field("endpoint_hours");
        let q = hours.quantity().unwrap();
        let text = format_number(q, n);
        prop_assert_eq!(parse_number(hours, q, &text).unwrap(), Some(n));
    }

    #[test]
    fn typed_text_never_panics(text in ".{0,30}") {
        let mut r = Readings::new();
        for f in SCORECARD_FIELDS.iter() {
            let _ = r.set_text(f, &text);
        }
    }
}
