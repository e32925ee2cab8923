//! Every kind of bad link gives its own error with a message that names the
//! problem; links from older questionnaires decode with notes.

use std::time::{Duration, Instant};

use super::super::checksum::checksum;
use super::super::codec::{decode_with, encode_with};
use super::super::layout::{FieldKind, Layout, QuestionLayout};
use super::super::{
    LATEST, LATEST_VERSION, MAX_INPUT_LEN, MAX_PAYLOAD_LEN, ShareError, ShareNote, base64url,
    decode, radix,
};
use super::{answers_from_spec, custom_weights, long_complete_answers};
use crate::model::weights::Weights;

/// A payload from raw version byte and body, with a correct checksum.
fn sealed(version: u8, body: &[u8]) -> String {
    let mut bytes = vec![version];
    bytes.extend_from_slice(body);
    let crc = checksum(version, &bytes);
    bytes.extend(crc.to_be_bytes());
    base64url::encode(&bytes)
}

/// The latest layout's body for explicit digits (unchecked).
fn body_of(digits: &[u32]) -> Vec<u8> {
    radix::pack(digits.iter().copied().zip(LATEST.radices()))
}

fn digit_index(question: &str) -> usize {
    LATEST
        .questions
        .iter()
        .position(|q| q.id == question)
        .unwrap()
}

fn message(input: &str) -> String {
    decode(input).unwrap_err().to_string()
}

#[test]
fn empty_input() {
    for input in ["", "   \n", "#/s/", "https://x.example/#/s/  "] {
        assert_eq!(decode(input), Err(ShareError::Empty), "{input:?}");
    }
    assert!(message("").contains("empty"));
}

#[test]
fn another_page_of_the_app_is_not_a_share_link() {
    let err = decode("https://x.example/#/d/abc123/result").unwrap_err();
    assert_eq!(err, ShareError::NotAShareLink);
    assert!(err.to_string().contains("#/s/"));
}

#[test]
fn megabytes_are_refused_instantly() {
    let huge = "A".repeat(8 * 1024 * 1024);
    let started = Instant::now();
    let result = decode(&huge);
    let took = started.elapsed();
    assert_eq!(
        result,
        Err(ShareError::TooLong {
            len: huge.len(),
            max: MAX_INPUT_LEN
        })
    );
    // One pass of the standard library's character count, before any decoding or
    // copying: about a millisecond; the bound leaves room for a loaded machine.
    assert!(took < Duration::from_millis(200), "took {took:?}");
    let long = format!("#/s/{}", "A".repeat(MAX_PAYLOAD_LEN + 4));
    let err = decode(&long).unwrap_err();
    assert_eq!(
        err,
        ShareError::TooLong {
            len: MAX_PAYLOAD_LEN + 4,
            max: MAX_PAYLOAD_LEN
        }
    );
    assert!(err.to_string().contains("too long"));
}

#[test]
fn foreign_characters_are_named_with_their_position() {
    let err = decode("#/s/AQox+yiRog").unwrap_err();
    assert_eq!(
        err,
        ShareError::NotBase64Url {
            character: '+',
            position: 5
        }
    );
    assert!(err.to_string().contains("\"+\" at position 5"), "{err}");
    assert_eq!(
        decode("AQoxPyiRog=="),
        Err(ShareError::NotBase64Url {
            character: '=',
            position: 11
        })
    );
    assert_eq!(
        decode("AQox PyiRog"),
        Err(ShareError::NotBase64Url {
            character: ' ',
            position: 5
        })
    );
}

#[test]
fn the_character_named_is_the_one_the_user_sees() {
    // As a browser hands them over: percent-encoded UTF-8.
    let cases = [
        ("#/s/AQ%CE%B1xPyiRog", "\"α\" (U+03B1) at position 3"),
        (
            "#/s/AQox%F0%9F%99%82yiRog",
            "\"🙂\" (U+1F642) at position 5",
        ),
        (
            "#/s/AQox%E2%80%8BPyiRog",
            "a zero-width space (U+200B, invisible) at position 5",
        ),
        (
            "AQox\u{2062}PyiRog",
            "an invisible character (U+2062) at position 5",
        ),
        ("AQox PyiRog", "a space at position 5"),
    ];
    for (input, named) in cases {
        let m = message(input);
        assert!(m.contains(named), "{input:?}: {m}");
        assert!(!m.contains('%'), "{input:?}: {m}");
    }
    // One valid character percent-encoded is that character.
    assert_eq!(decode("#/s/%41QoxPyiRog"), decode("AQoxPyiRog"));
    assert!(decode("#/s/%41QoxPyiRog").is_ok());
    // Lengths are characters, not encoded bytes.
    let m = message(&format!("#/s/{}", "%C3%A9".repeat(30_000)));
    assert!(m.contains("(30004 characters;"), "{m}");
}

#[test]
fn an_appended_link_was_changed_or_cut() {
    // The worked example of docs/share-links.md, and the complete link.
    for (link, appended) in [
        ("AQoxPyiRog", "AA"),
        ("AQoxPyiRog", "AAAA"),
        ("AQoxPyiRog", "AAAAAA"),
        ("ARqG2fa3CkUI0L8sHyjbAA", "AAAAAA"),
        ("ARqG2fa3CkUI0L8sHyjbAA", "AAAAAAAA"),
    ] {
        assert!(decode(link).is_ok(), "{link}");
        let err = decode(&format!("{link}{appended}")).unwrap_err();
        assert_eq!(err, ShareError::NotCanonical, "{link}{appended}");
        assert!(err.to_string().contains("changed or cut"), "{err}");
    }
}

#[test]
fn too_short_is_truncated() {
    assert_eq!(decode("AQ"), Err(ShareError::Truncated));
    assert_eq!(
        decode(&base64url::encode(&[1, 0xF1])),
        Err(ShareError::Truncated)
    );
    assert!(message("AQ").contains("cut short"));
}

#[test]
fn every_cut_of_a_real_link_is_refused() {
    let payload = super::super::encode(&long_complete_answers(), &custom_weights());
    for len in 0..payload.len() {
        let cut = payload.get(..len).unwrap();
        assert!(decode(cut).is_err(), "{cut:?} was accepted");
    }
}

#[test]
fn every_single_character_change_is_detected() {
    const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let payload = super::super::encode(&long_complete_answers(), &custom_weights());
    let chars: Vec<char> = payload.chars().collect();
    for i in 0..chars.len() {
        for c in ALPHABET.chars().filter(|&c| c != chars[i]) {
            let mut changed = chars.clone();
            changed[i] = c;
            let changed: String = changed.into_iter().collect();
            let err = decode(&changed).unwrap_err();
            assert!(
                matches!(
                    err,
                    ShareError::ChecksumMismatch | ShareError::Malformed { .. }
                ),
                "{changed}: {err:?}"
            );
        }
    }
    let mut bytes = base64url::decode(&payload).unwrap();
    bytes[3] ^= 0x10;
    let err = decode(&base64url::encode(&bytes)).unwrap_err();
    assert_eq!(err, ShareError::ChecksumMismatch);
    assert!(err.to_string().contains("changed or cut"));
}

#[test]
fn non_canonical_text_is_malformed() {
    // Stray bits in the last character ("AQoxPyiRog" is canonical).
    assert!(matches!(
        decode("AQoxPyiRoh"),
        Err(ShareError::Malformed { .. })
    ));
    // A leading zero byte in the body, with a valid checksum.
    let err = decode(&sealed(1, &[0, 5])).unwrap_err();
    assert!(matches!(err, ShareError::Malformed { .. }), "{err:?}");
    assert!(err.to_string().contains("zero byte"));
    // A length no byte string has.
    assert!(matches!(decode("AfHRA"), Err(ShareError::Malformed { .. })));
}

#[test]
fn versions_are_named() {
    let newer = decode(&sealed(LATEST_VERSION + 1, &[])).unwrap_err();
    assert_eq!(
        newer,
        ShareError::UnsupportedVersion {
            version: LATEST_VERSION + 1,
            latest: LATEST_VERSION
        }
    );
    let named = format!("format version {}", LATEST_VERSION + 1);
    assert!(newer.to_string().contains(&named), "{newer}");
    assert!(newer.to_string().contains("newer Stackwise"), "{newer}");
    let zero = decode(&sealed(0, &[])).unwrap_err().to_string();
    assert!(
        zero.contains("version 0") && zero.contains("ever written"),
        "{zero}"
    );
    // A damaged version byte reads as a damaged link, not as a newer version.
    let mut bytes = base64url::decode("AQoxPyiRog").unwrap();
    bytes[0] = 2;
    assert_eq!(
        decode(&base64url::encode(&bytes)),
        Err(ShareError::ChecksumMismatch)
    );
}

#[test]
fn impossible_values_name_the_question() {
    // One past the largest number the layout can hold.
    let mut max: Vec<u32> = LATEST.radices().iter().map(|r| r - 1).collect();
    let mut body = body_of(&max);
    for b in body.iter_mut().rev() {
        let (v, carry) = b.overflowing_add(1);
        *b = v;
        if !carry {
            break;
        }
    }
    let err = decode(&sealed(LATEST_VERSION, &body)).unwrap_err();
    assert_eq!(err, ShareError::NotCanonical);
    assert!(err.to_string().contains("changed or cut"), "{err}");
    // An exclusive option combined with others: "nothing yet" + "error tracking".
    max.fill(0);
    let obs = digit_index("observability");
    max[obs] = 1 + 0b10_0001; // not-sure slot, then the mask
    assert_eq!(
        decode(&sealed(LATEST_VERSION, &body_of(&max))),
        Err(ShareError::OutOfRange {
            question: "observability"
        })
    );
    let err = decode(&sealed(LATEST_VERSION, &body_of(&max)))
        .unwrap_err()
        .to_string();
    assert!(err.contains("\"observability\""), "{err}");
    // More body bytes than the layout can ever use.
    assert_eq!(
        decode(&sealed(1, &[0xFF; 30])),
        Err(ShareError::NotCanonical)
    );
}

#[test]
fn every_message_is_a_sentence() {
    let errors = [
        ShareError::Empty,
        ShareError::NotAShareLink,
        ShareError::TooLong { len: 9, max: 8 },
        ShareError::NotBase64Url {
            character: '%',
            position: 3,
        },
        ShareError::Truncated,
        ShareError::ChecksumMismatch,
        ShareError::NotCanonical,
        ShareError::Malformed { detail: "x" },
        ShareError::UnsupportedVersion {
            version: 7,
            latest: 1,
        },
        ShareError::UnsupportedVersion {
            version: 0,
            latest: 1,
        },
        ShareError::OutOfRange { question: "q" },
    ];
    for e in errors {
        let m = e.to_string();
        assert!(
            m.starts_with("The share link") || m.starts_with("This address"),
            "{m}"
        );
        assert!(m.ends_with('.'), "{m}");
    }
}

/// An "old" layout naming things the live questionnaire no longer has.
static OLD: Layout = Layout {
    version: 9,
    questions: &[
        QuestionLayout {
            id: "retired_question",
            kind: FieldKind::Single,
            not_sure: true,
            options: &["a", "b"],
            exclusive: &[],
        },
        QuestionLayout {
            id: "team_size_now",
            kind: FieldKind::Single,
            not_sure: true,
            options: &["solo", "retired_size"],
            exclusive: &[],
        },
        QuestionLayout {
            id: "team_size_12m",
            kind: FieldKind::Single,
            not_sure: true,
            options: &["retired_size", "solo"],
            exclusive: &[],
        },
        QuestionLayout {
            id: "services_12m",
            kind: FieldKind::Multi,
            not_sure: true,
            options: &["retired_kind", "webhooks", "product_api"],
            exclusive: &[],
        },
        QuestionLayout {
            id: "proficiency_go",
            kind: FieldKind::Multi,
            not_sure: false,
            options: &["none", "some"],
            exclusive: &[],
        },
    ],
    criteria: &["retired_criterion", "hiring"],
    max_weight: 10,
};

fn decode_old(digits: &[u32]) -> Result<super::super::DecodedShare, ShareError> {
    let body = radix::pack(digits.iter().copied().zip(OLD.radices()));
    decode_with(&sealed(9, &body), |v| (v == 9).then_some(&OLD), 9)
}

#[test]
fn old_links_drop_what_no_longer_exists_with_notes() {
    // retired_question=b, team_size_now=retired_size, team_size_12m=solo,
    // services_12m={retired_kind, webhooks, product_api}, proficiency_go={none,some},
    // retired_criterion=3, hiring=2.
    let decoded = decode_old(&[3, 3, 3, 1 + 0b111, 3, 3, 2]).unwrap();
    assert_eq!(
        decoded.answers,
        answers_from_spec(&[
            ("team_size_12m", "solo"),
            ("services_12m", "webhooks+product_api"),
        ])
    );
    assert_eq!(
        decoded.weights,
        Weights::default().with(crate::model::criterion::Criterion::Hiring, 2)
    );
    assert_eq!(decoded.version, 9);
    let notes: Vec<String> = decoded.notes.iter().map(ToString::to_string).collect();
    assert_eq!(decoded.notes.len(), 5, "{notes:#?}");
    assert_eq!(
        decoded.notes[0],
        ShareNote::QuestionRemoved {
            question: "retired_question"
        }
    );
    assert_eq!(
        decoded.notes[1],
        ShareNote::OptionRemoved {
            question: "team_size_now",
            option: "retired_size"
        }
    );
    assert_eq!(
        decoded.notes[2],
        ShareNote::OptionRemoved {
            question: "services_12m",
            option: "retired_kind"
        }
    );
    assert!(matches!(
        decoded.notes[3],
        ShareNote::AnswerRefused {
            question: "proficiency_go",
            ..
        }
    ));
    assert_eq!(
        decoded.notes[4],
        ShareNote::CriterionRemoved {
            criterion: "retired_criterion"
        }
    );
    assert!(notes[0].contains("no longer asks"), "{}", notes[0]);
    assert!(notes[3].contains("exactly one option"), "{}", notes[3]);
}

#[test]
fn old_not_sure_that_is_no_longer_offered_is_dropped_with_a_note() {
    // team_size_now = not sure, which the live question does not offer.
    let decoded = decode_old(&[0, 1, 0, 0, 0, 0, 0]).unwrap();
    assert!(decoded.answers.is_empty());
    assert!(matches!(
        decoded.notes.as_slice(),
        [
            ShareNote::AnswerRefused {
                question: "team_size_now",
                ..
            },
            ShareNote::CriterionRemoved { .. }
        ]
    ));
}

#[test]
fn encode_with_an_old_layout_leaves_out_what_it_cannot_express() {
    let answers = answers_from_spec(&[
        ("team_size_now", "four_to_six"),
        ("services_12m", "webhooks+realtime"),
    ]);
    let payload = encode_with(&OLD, &answers, &Weights::default(), None);
    let decoded = decode_with(&payload, |v| (v == 9).then_some(&OLD), 9).unwrap();
    assert_eq!(
        decoded.answers,
        answers_from_spec(&[("services_12m", "webhooks")])
    );
}
