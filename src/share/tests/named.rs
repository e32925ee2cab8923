//! Payloads with a name (format version 2 on): round trips, the budget, and that
//! the name is inside the checksum.

use proptest::prelude::*;

use super::super::{
    DecodedShare, MAX_NAME_CHARS, PAYLOAD_BUDGET, ShareError, decode, encode, encode_named,
    max_named_payload_len,
};
use super::{custom_weights, long_complete_answers};
use crate::model::tests::strategies::{arb_answers, arb_weights};

#[test]
fn a_complete_answer_set_with_a_20_character_name_fits_the_budget() {
    let worst = max_named_payload_len();
    assert!(worst <= PAYLOAD_BUDGET, "{worst} characters");
    let name = "Alexandra Whitingham";
    assert_eq!(name.chars().count(), MAX_NAME_CHARS);
    let payload = encode_named(&long_complete_answers(), &custom_weights(), name);
    assert!(payload.len() <= worst, "{payload}");
    assert_eq!(decode(&payload).unwrap().name.as_deref(), Some(name));
}

#[test]
fn a_blank_name_writes_the_unnamed_payload() {
    let (a, w) = (long_complete_answers(), custom_weights());
    assert_eq!(encode_named(&a, &w, " \t"), encode(&a, &w));
    assert_eq!(decode(&encode(&a, &w)).unwrap().name, None);
}

#[test]
fn the_name_is_checksummed() {
    let payload = encode_named(&long_complete_answers(), &custom_weights(), "Ana");
    // Changing any one character of the payload is caught.
    for i in 0..payload.len() {
        let mut chars: Vec<char> = payload.chars().collect();
        chars[i] = if chars[i] == 'A' { 'B' } else { 'A' };
        let changed: String = chars.into_iter().collect();
        assert!(decode(&changed).is_err(), "{changed}");
    }
    assert!(matches!(
        decode(&payload[..payload.len() - 2]),
        Err(ShareError::ChecksumMismatch | ShareError::Truncated | ShareError::Malformed { .. })
    ));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn named_payloads_round_trip(
        answers in arb_answers(), weights in arb_weights(), name in "\\PC{0,30}",
    ) {
        let payload = encode_named(&answers, &weights, &name);
        let decoded = decode(&payload).unwrap();
        let mut answers = answers;
        crate::model::questionnaire::drop_unoffered(&mut answers);
        let expected = DecodedShare {
            version: decoded.version,
            name: crate::share::link_name(&name),
            answers,
            weights,
            notes: Vec::new(),
        };
        prop_assert_eq!(decoded, expected);
    }
}

#[test]
fn the_named_worst_case_is_the_documented_figure() {
    // docs/share-links.md: 1 + 1 + 20 + 17 + 2 = 41 bytes = 55 characters.
    assert_eq!(max_named_payload_len(), 55);
}
