//! Tests of the share codec as a whole: golden links, the frozen layouts, round
//! trips, error messages, and decoder fuzzing. Shared helpers live here.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod canonical;
mod errors;
mod fuzz;
mod golden;
mod layouts;
mod named;
mod repairs;
mod round_trip;

use crate::model::answers::Answers;
use crate::model::criterion::CRITERION_COUNT;
use crate::model::questionnaire::{self, QuestionKind};
use crate::model::weights::Weights;

/// Builds answers from a compact spec: `(question, value)` where value is an
/// option id, `a+b+c` for a multi-choice set, or `not_sure`.
pub(super) fn answers_from_spec(spec: &[(&str, &str)]) -> Answers {
    let mut a = Answers::new();
    for &(q, v) in spec {
        let question = questionnaire::question(q).unwrap_or_else(|| panic!("no question {q}"));
        let result = if v == "not_sure" {
            a.set_not_sure(q)
        } else {
            match question.kind {
                QuestionKind::Single => a.set_single(q, v),
                QuestionKind::Multi => a.set_multi(q, v.split('+')),
            }
        };
        result.unwrap_or_else(|e| panic!("bad spec {q}={v}: {e}"));
    }
    a
}

/// Builds a valid answer set from one random number per question, through the
/// model's setters. `complete` answers every question (some with "not sure").
pub(super) fn answers_from_seeds(seeds: &[u32], complete: bool) -> Answers {
    let mut a = Answers::new();
    for (q, &seed) in questionnaire::questions().iter().zip(seeds) {
        let mode = seed % 8;
        let rest = seed / 8;
        if !complete && mode < 2 {
            continue; // a quarter left unanswered
        }
        if mode == 2 && q.allows_not_sure {
            a.set_not_sure(q.id).unwrap();
            continue;
        }
        let n = q.options.len() as u32;
        match q.kind {
            QuestionKind::Single => {
                let o = q.options[(rest % n) as usize];
                a.set_single(q.id, o.id).unwrap();
            }
            QuestionKind::Multi => {
                let plain: Vec<&str> = q
                    .options
                    .iter()
                    .filter(|o| !o.exclusive)
                    .map(|o| o.id)
                    .collect();
                let only: Vec<&str> = q
                    .options
                    .iter()
                    .filter(|o| o.exclusive)
                    .map(|o| o.id)
                    .collect();
                if !only.is_empty() && rest % 6 == 0 {
                    let o = only[(rest / 6) as usize % only.len()];
                    a.set_multi(q.id, [o]).unwrap();
                } else {
                    let mut mask = (rest >> 3) & ((1 << plain.len()) - 1);
                    if mask == 0 {
                        mask = 1 << (rest as usize % plain.len());
                    }
                    let chosen = plain
                        .iter()
                        .enumerate()
                        .filter(|&(i, _)| mask & (1 << i) != 0)
                        .map(|(_, o)| *o);
                    a.set_multi(q.id, chosen).unwrap();
                }
            }
        }
    }
    a
}

/// A complete questionnaire chosen to be long: every multi-choice question with
/// all its combinable options, every single-choice question on its last option.
pub(super) fn long_complete_answers() -> Answers {
    let mut a = Answers::new();
    for q in questionnaire::questions() {
        match q.kind {
            QuestionKind::Single => {
                let last = q.options.last().unwrap();
                a.set_single(q.id, last.id).unwrap();
            }
            QuestionKind::Multi => {
                a.set_multi(
                    q.id,
                    q.options.iter().filter(|o| !o.exclusive).map(|o| o.id),
                )
                .unwrap();
            }
        }
    }
    a
}

/// Non-default weights in criterion order.
pub(super) fn custom_weights() -> Weights {
    let w: [u8; CRITERION_COUNT] = [10, 9, 7, 10, 3, 0, 10, 9];
    Weights::from_array(w)
}
