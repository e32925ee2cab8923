//! Decoder fuzzing: 100,000 random and mutated inputs, split across properties so
//! each stage of the decoder is reached. The decoder must return `Ok` or an error
//! whose message is a sentence, and never panic. Accepted payloads must be
//! canonical: re-encoding what they decode to gives back the same text.

use proptest::prelude::*;

use super::super::checksum::checksum;
use super::super::codec::encode_with;
use super::super::{LATEST, LATEST_VERSION, ShareNote, base64url, decode, encode};
use super::answers_from_seeds;
use crate::model::questionnaire::QUESTION_COUNT;
use crate::model::weights::Weights;

/// Case counts: 16k + 16k + 16k + 24k + 28k = 100,000.
const ANY_TEXT_CASES: u32 = 16_000;
const ALPHABET_CASES: u32 = 16_000;
const ANY_BYTES_CASES: u32 = 16_000;
const SEALED_CASES: u32 = 24_000;
const MUTATED_CASES: u32 = 28_000;

fn check_descriptive(input: &str) -> Result<(), TestCaseError> {
    match decode(input) {
        Ok(decoded) => {
            // An accepted link of the current version must be the one the encoder
            // writes for what it decodes to; an older one, or one whose heart of
            // the product was added to its services (the only note a link of a
            // live layout can get), must re-encode to the same.
            let payload = super::super::link::payload_of(input).unwrap_or_default();
            // A link that carries a name (an invitation's or a reply's) is written
            // with it; the name is cleaned on the way in, so such a link must come
            // back to the same content, and a clean one to the same text.
            let written = encode_with(
                LATEST,
                &decoded.answers,
                &decoded.weights,
                decoded.name.as_deref(),
            );
            prop_assert!(
                decoded
                    .notes
                    .iter()
                    .all(|n| matches!(n, ShareNote::OfferRepaired { .. })),
                "{:?}",
                decoded.notes
            );
            if decoded.version == LATEST_VERSION
                && decoded.notes.is_empty()
                && decoded.name.is_none()
            {
                prop_assert_eq!(written, payload);
            } else {
                let again = decode(&written).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(&again.answers, &decoded.answers);
                prop_assert_eq!(&again.weights, &decoded.weights);
                prop_assert_eq!(&again.name, &decoded.name);
                prop_assert!(again.notes.is_empty());
                // And what the encoder writes is canonical.
                prop_assert_eq!(
                    &written,
                    &encode_with(
                        LATEST,
                        &again.answers,
                        &again.weights,
                        again.name.as_deref()
                    )
                );
            }
        }
        Err(e) => {
            let m = e.to_string();
            prop_assert!(m.len() > 30 && m.ends_with('.'), "{:?}: {}", e, m);
        }
    }
    Ok(())
}

fn seal(version: u8, body: &[u8]) -> String {
    let mut bytes = vec![version];
    bytes.extend_from_slice(body);
    let crc = checksum(version, &bytes);
    bytes.extend(crc.to_be_bytes());
    base64url::encode(&bytes)
}

#[derive(Clone, Debug)]
enum Mutation {
    FlipBit { at: usize, bit: u8 },
    Replace { at: usize, with: char },
    Truncate { len: usize },
    Insert { at: usize, c: char },
    Delete { at: usize },
    Append { text: String },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let c = prop_oneof![
        proptest::char::range('A', 'Z'),
        proptest::char::range('a', 'z'),
        proptest::char::range('0', '9'),
        Just('-'),
        Just('_'),
        any::<char>(),
    ];
    prop_oneof![
        (any::<usize>(), 0u8..8).prop_map(|(at, bit)| Mutation::FlipBit { at, bit }),
        (any::<usize>(), c.clone()).prop_map(|(at, with)| Mutation::Replace { at, with }),
        any::<usize>().prop_map(|len| Mutation::Truncate { len }),
        (any::<usize>(), c).prop_map(|(at, c)| Mutation::Insert { at, c }),
        any::<usize>().prop_map(|at| Mutation::Delete { at }),
        "[A-Za-z0-9_-]{1,8}".prop_map(|text| Mutation::Append { text }),
    ]
}

/// Applies a mutation; says whether it must be detected (CRC-16 catches every
/// single-bit error and every single-character substitution).
fn mutate(payload: &str, m: &Mutation) -> (String, bool) {
    let mut chars: Vec<char> = payload.chars().collect();
    let n = chars.len();
    match m {
        Mutation::FlipBit { at, bit } => {
            let mut bytes = base64url::decode(payload).unwrap_or_default();
            let len = bytes.len();
            if let Some(b) = bytes.get_mut(at % len.max(1)) {
                *b ^= 1 << bit;
            }
            (base64url::encode(&bytes), true)
        }
        Mutation::Replace { at, with } => {
            let i = at % n.max(1);
            // Whitespace at either end is trimmed away, which is a cut, not a
            // substitution: a cut is only caught with probability 1 - 2^-16.
            let changed = chars.get(i) != Some(with) && !with.is_whitespace();
            if let Some(c) = chars.get_mut(i) {
                *c = *with;
            }
            (chars.into_iter().collect(), changed)
        }
        Mutation::Truncate { len } => (chars.into_iter().take(len % n.max(1)).collect(), false),
        Mutation::Insert { at, c } => {
            chars.insert(at % (n + 1), *c);
            (chars.into_iter().collect(), false)
        }
        Mutation::Delete { at } => {
            if n > 0 {
                chars.remove(at % n);
            }
            (chars.into_iter().collect(), false)
        }
        Mutation::Append { text } => (format!("{payload}{text}"), false),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(ANY_TEXT_CASES))]
    #[test]
    fn any_text_is_refused_or_decoded(input in any::<String>()) {
        check_descriptive(&input)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(ALPHABET_CASES))]
    #[test]
    fn any_base64url_text_is_refused_or_decoded(
        input in "(#/s/)?[A-Za-z0-9_-]{0,70}",
    ) {
        check_descriptive(&input)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(ANY_BYTES_CASES))]
    #[test]
    fn any_bytes_are_refused_or_decoded(bytes in proptest::collection::vec(any::<u8>(), 0..48)) {
        check_descriptive(&base64url::encode(&bytes))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(SEALED_CASES))]
    /// Random bodies with a valid checksum reach the number and answer checks.
    #[test]
    fn checksummed_random_bodies_are_refused_or_decoded(
        version in prop_oneof![3 => Just(1u8), 1 => any::<u8>()],
        body in proptest::collection::vec(any::<u8>(), 0..24),
    ) {
        check_descriptive(&seal(version, &body))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(MUTATED_CASES))]
    #[test]
    fn mutated_real_links_are_refused_or_decoded(
        seeds in proptest::collection::vec(any::<u32>(), QUESTION_COUNT),
        complete in any::<bool>(),
        weights in proptest::array::uniform8(0u8..=10),
        m in mutation(),
    ) {
        let answers = answers_from_seeds(&seeds, complete);
        let payload = encode(&answers, &Weights::from_array(weights));
        let (mutated, must_fail) = mutate(&payload, &m);
        check_descriptive(&mutated)?;
        if must_fail {
            let result = decode(&mutated);
            prop_assert!(result.is_err(), "{:?} -> {:?} -> {:?}", payload, mutated, result);
        }
    }
}
