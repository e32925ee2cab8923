//! Generators of valid answers and weights for property tests.

use proptest::prelude::*;

use crate::model::answers::Answers;
use crate::model::questionnaire::{QUESTION_COUNT, QUESTIONS, QuestionKind};
use crate::model::weights::Weights;

/// Deterministically turns one seed per question into a valid answer set:
/// about a quarter unanswered, some "not sure", the rest real options.
pub(crate) fn answers_from_seeds(seeds: &[u32]) -> Answers {
    let mut a = Answers::new();
    for (q, &seed) in QUESTIONS.iter().zip(seeds) {
        let pick = seed % 8;
        let rest = (seed / 8) as usize;
        match pick {
            0 | 1 => {}
            2 if q.allows_not_sure => {
                let _ = a.set_not_sure(q.id);
            }
            _ => match q.kind {
                QuestionKind::Single => {
                    if let Some(o) = q.options.get(rest % q.options.len()) {
                        let _ = a.set_single(q.id, o.id);
                    }
                }
                QuestionKind::Multi => {
                    let mut chosen: Vec<&str> = q
                        .options
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| rest >> i & 1 == 1)
                        .map(|(_, o)| o.id)
                        .collect();
                    let non_exclusive: Vec<&str> = chosen
                        .iter()
                        .copied()
                        .filter(|id| q.option(id).is_some_and(|o| !o.exclusive))
                        .collect();
                    if !non_exclusive.is_empty() {
                        chosen = non_exclusive;
                    } else if chosen.len() > 1 {
                        chosen.truncate(1);
                    }
                    let _ = a.set_multi(q.id, chosen);
                }
            },
        }
    }
    a
}

/// Any valid answer set.
pub(crate) fn arb_answers() -> impl Strategy<Value = Answers> {
    prop::collection::vec(any::<u32>(), QUESTION_COUNT).prop_map(|s| answers_from_seeds(&s))
}

/// Any weights in 0..=10.
pub(crate) fn arb_weights() -> impl Strategy<Value = Weights> {
    prop::array::uniform8(0u8..=10).prop_map(Weights::from_array)
}
