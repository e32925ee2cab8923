//! Round trips: `decode(encode(x)) == x` (less a heart of the product that is not
//! among the services, which is never written) for random complete and partial answer
//! sets with random weights, built through the model's own setters.

use proptest::prelude::*;

use super::super::{LATEST_VERSION, decode, encode, fragment, max_payload_len};
use super::{answers_from_seeds, custom_weights, long_complete_answers};
use crate::model::answers::Answers;
use crate::model::criterion::CRITERION_COUNT;
use crate::model::questionnaire::{self, QUESTION_COUNT, questions};
use crate::model::weights::Weights;

fn check_round_trip(answers: &Answers, weights: &Weights) -> Result<(), TestCaseError> {
    let payload = encode(answers, weights);
    prop_assert!(payload.len() <= max_payload_len(), "{}", payload);
    let decoded = decode(&payload).map_err(|e| TestCaseError::fail(format!("{payload}: {e}")))?;
    prop_assert_eq!(decoded.version, LATEST_VERSION);
    // What the sender's advice uses: a heart of the product outside the services
    // is not written (see `repairs`).
    let mut sent = answers.clone();
    questionnaire::drop_unoffered(&mut sent);
    prop_assert_eq!(&decoded.answers, &sent);
    prop_assert_eq!(&decoded.weights, weights);
    prop_assert!(decoded.notes.is_empty(), "{:?}", decoded.notes);
    Ok(())
}

fn seeds() -> impl Strategy<Value = Vec<u32>> {
    proptest::collection::vec(any::<u32>(), QUESTION_COUNT)
}

fn weights() -> impl Strategy<Value = Weights> {
    proptest::array::uniform8(0u8..=10).prop_map(Weights::from_array)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3_000))]

    #[test]
    fn complete_answer_sets_round_trip(seeds in seeds(), weights in weights()) {
        let answers = answers_from_seeds(&seeds, true);
        prop_assert_eq!(answers.len(), questions().len());
        check_round_trip(&answers, &weights)?;
    }

    #[test]
    fn partial_answer_sets_round_trip(seeds in seeds(), weights in weights()) {
        check_round_trip(&answers_from_seeds(&seeds, false), &weights)?;
    }
}

#[test]
fn fixed_answer_sets_round_trip() {
    let cases = [
        (Answers::new(), Weights::default()),
        (Answers::new(), Weights::uniform(0)),
        (Answers::new(), Weights::uniform(10)),
        (long_complete_answers(), custom_weights()),
        (long_complete_answers(), Weights::default()),
    ];
    for (answers, weights) in cases {
        check_round_trip(&answers, &weights).unwrap();
    }
}

#[test]
fn the_fragment_opens_as_a_link() {
    let answers = long_complete_answers();
    let weights = custom_weights();
    let frag = fragment(&answers, &weights);
    assert!(frag.starts_with("#/s/"));
    let url = format!("https://team.example/stackwise/{frag}");
    let decoded = decode(&url).unwrap();
    assert_eq!((decoded.answers, decoded.weights), (answers, weights));
    assert_eq!(CRITERION_COUNT, 8);
}
