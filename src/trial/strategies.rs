#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Proptest strategies for trials and reviews, shared by the trial and session tests.

use proptest::prelude::*;

use super::fields::{ASSUMPTION_FIELDS, Field, FieldKind, REVIEW_FIELDS, SCORECARD_FIELDS};
use super::{Readings, Review, Trial};
use crate::model::language::Language;

/// Any valid value (or none) and any note (or none) for one field.
fn arb_entry(field: &'static Field) -> BoxedStrategy<(Option<String>, String)> {
    let value: BoxedStrategy<Option<String>> = match field.kind {
        FieldKind::Number(q) => proptest::option::of(
            // A typed zero is refused where zero makes no sense.
            (u64::from(q.above_zero)..=q.max * q.scale())
                .prop_map(move |n| super::readings::format_number(q, n)),
        )
        .boxed(),
        FieldKind::Choice(options) => {
            proptest::option::of(proptest::sample::select(options).prop_map(|c| c.id.to_owned()))
                .boxed()
        }
    };
    (
        value,
        prop_oneof![Just(String::new()), "[a-zA-Z0-9 ,.]{1,30}"],
    )
        .boxed()
}

/// Any valid readings against a list of fields.
pub fn arb_readings(fields: &'static [Field]) -> impl Strategy<Value = Readings> {
    fields
        .iter()
        .map(arb_entry)
        .collect::<Vec<_>>()
        .prop_map(move |entries| {
            let mut r = Readings::new();
            for (field, (value, note)) in fields.iter().zip(entries) {
                if let Some(text) = value {
                    r.set_text(field, &text).unwrap();
                }
                r.set_note(field, &note);
            }
            r
        })
}

/// Any valid trial: any subset of languages with any readings, any assumptions.
pub fn arb_trial() -> impl Strategy<Value = Trial> {
    let cards = proptest::collection::vec(
        proptest::option::of(arb_readings(&SCORECARD_FIELDS)),
        Language::ALL.len(),
    );
    let assumptions = ASSUMPTION_FIELDS
        .iter()
        .map(|(f, _)| {
            let q = f.quantity().unwrap();
            0..=q.max * q.scale()
        })
        .collect::<Vec<_>>();
    (cards, assumptions).prop_map(|(cards, values)| {
        let mut trial = Trial::default();
        for (language, card) in Language::ALL.into_iter().zip(cards) {
            if let Some(readings) = card {
                trial.scorecard_mut(language).readings = readings;
            }
        }
        for ((field, _), value) in ASSUMPTION_FIELDS.iter().zip(values) {
            trial.set_assumption_number(field, Some(value)).unwrap();
        }
        trial
    })
}

/// Any valid review.
pub fn arb_review() -> impl Strategy<Value = Review> {
    arb_readings(&REVIEW_FIELDS).prop_map(|readings| Review { readings })
}
