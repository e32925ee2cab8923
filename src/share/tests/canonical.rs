//! Canonical-only decoding, for every layout version ever shipped: a payload is
//! accepted only in the form the encoder writes for what it holds. Zero bytes
//! appended to a version-1 link keep its checksum valid, so they are the case to
//! watch.

use proptest::prelude::*;

use super::super::checksum::checksum;
use super::super::codec::decode_with;
use super::super::layout::Layout;
use super::super::{LATEST_VERSION, LAYOUTS, ShareError, base64url, layout_for, radix};

fn decode_any(payload: &str) -> Result<super::super::DecodedShare, ShareError> {
    decode_with(payload, layout_for, LATEST_VERSION)
}

/// The payload for raw digits (clamped to valid values) of one layout.
fn sealed(layout: &Layout, seeds: &[u32]) -> Vec<u8> {
    let mut digits = Vec::new();
    for (i, radix) in layout.radices().into_iter().enumerate() {
        let seed = seeds.get(i).copied().unwrap_or(0);
        let digit = seed % radix;
        let valid = layout
            .questions
            .get(i)
            .is_none_or(|q| q.value(digit).is_ok());
        digits.push(if valid { digit } else { 0 });
    }
    let mut bytes = vec![layout.version];
    bytes.extend(radix::pack(digits.into_iter().zip(layout.radices())));
    bytes.extend(checksum(layout.version, &bytes).to_be_bytes());
    bytes
}

fn seeds() -> impl Strategy<Value = Vec<u32>> {
    // Sparse answer sets (many zero digits) give short links, dense ones long.
    proptest::collection::vec(prop_oneof![Just(0u32), any::<u32>()], 0..80)
}

#[test]
fn every_version_is_covered() {
    assert!(!LAYOUTS.is_empty());
    assert!(LAYOUTS.iter().any(|l| l.version == LATEST_VERSION));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn share_canonical_links_of_every_version_open(seeds in seeds()) {
        for layout in LAYOUTS {
            let payload = base64url::encode(&sealed(layout, &seeds));
            let decoded = decode_any(&payload);
            prop_assert!(decoded.is_ok(), "v{}: {}: {:?}", layout.version, payload, decoded);
        }
    }

    #[test]
    fn share_appended_zero_bytes_are_refused_in_every_version(
        seeds in seeds(),
        extra in 2usize..6,
    ) {
        for layout in LAYOUTS {
            let mut bytes = sealed(layout, &seeds);
            bytes.extend(std::iter::repeat_n(0, extra));
            let payload = base64url::encode(&bytes);
            // Version 1's checksum cannot see them, so the codec refuses them as
            // not canonical; from version 2 the checksum itself refuses them.
            let err = decode_any(&payload).err();
            prop_assert!(
                matches!(err, Some(ShareError::NotCanonical | ShareError::ChecksumMismatch)),
                "v{}: {}: {:?}", layout.version, payload, err
            );
            // Four "A" are three zero bytes, whatever the text's length.
            let text = format!("{}{}", base64url::encode(&sealed(layout, &seeds)), "AAAA".repeat(extra / 2));
            let message = decode_any(&text).map_err(|e| e.to_string()).err();
            prop_assert!(
                message.as_deref().is_some_and(|m| m.contains("changed")),
                "v{}: {}: {:?}", layout.version, text, message
            );
        }
    }

    #[test]
    fn share_other_non_canonical_forms_are_refused_in_every_version(seeds in seeds()) {
        for layout in LAYOUTS {
            let bytes = sealed(layout, &seeds);
            // A leading zero byte in the body, checksum fixed up.
            let mut padded = vec![layout.version, 0];
            padded.extend(bytes.get(1..bytes.len() - 2).unwrap_or_default());
            padded.extend(checksum(layout.version, &padded).to_be_bytes());
            prop_assert!(decode_any(&base64url::encode(&padded)).is_err());
            // The same bytes with stray bits in the last character.
            let text = base64url::encode(&bytes);
            if !bytes.len().is_multiple_of(3) {
                let mut chars: Vec<char> = text.chars().collect();
                if let Some(last) = chars.last_mut() {
                    *last = if *last == 'A' { 'B' } else { 'A' };
                }
                let changed: String = chars.into_iter().collect();
                prop_assert!(decode_any(&changed).is_err(), "{}", changed);
            }
        }
    }
}
