//! The share codec itself: answers and weights to payload text and back, for any
//! [`Layout`].
//!
//! Envelope, the same for every version: `version byte ‖ body ‖ CRC-16 (2 bytes,
//! big-endian, over version and body)`, as base64url without padding. The body is
//! the layout's mixed-radix number in minimal big-endian bytes. The checksum is
//! checked before the version, so a damaged version byte reads as a damaged link,
//! and only an intact link from a newer Stackwise reads as "newer version".

use crate::model::answers::{Answer, Answers};
use crate::model::criterion::Criterion;
use crate::model::questionnaire;
use crate::model::weights::Weights;

use super::base64url;
use super::checksum::{CHECKSUM_LEN, crc16};
use super::decoded::{DecodedShare, ShareNote};
use super::error::ShareError;
use super::layout::{FieldValue, Layout, QuestionLayout};
use super::link;
use super::name;
use super::radix;

/// Encodes with one layout, with an optional name (see `name`). Never fails:
/// answers the layout cannot express are left out (the layout test guarantees the
/// latest layout expresses every answer).
pub fn encode_with(
    layout: &Layout,
    answers: &Answers,
    weights: &Weights,
    name: Option<&str>,
) -> String {
    let questions = layout
        .questions
        .iter()
        .map(|q| (question_digit(q, answers.get(q.id)), q.radix()));
    let weight_radix = u32::from(layout.max_weight) + 1;
    let weights = layout.criteria.iter().map(|id| {
        let w = Criterion::from_id(id).map_or(0, |c| weights.get(c));
        (u32::from(w.min(layout.max_weight)), weight_radix)
    });
    let mut bytes = name::head(layout.version, name);
    bytes.extend(radix::pack(questions.chain(weights)));
    let crc = crc16(&bytes);
    bytes.extend(crc.to_be_bytes());
    base64url::encode(&bytes)
}

fn question_digit(q: &QuestionLayout, answer: Option<&Answer>) -> u32 {
    match answer {
        None => QuestionLayout::UNANSWERED,
        Some(Answer::NotSure) => q.not_sure_digit().unwrap_or(QuestionLayout::UNANSWERED),
        Some(Answer::Single(option)) => {
            q.single_digit(option).unwrap_or(QuestionLayout::UNANSWERED)
        }
        Some(Answer::Multi(set)) => q.multi_digit(set.iter().copied()),
    }
}

/// Decodes pasted text (payload, `#/s/` fragment or whole URL) with the layout of
/// the version it names, found by `layout_for`.
pub fn decode_with(
    input: &str,
    layout_for: impl Fn(u8) -> Option<&'static Layout>,
    latest: u8,
) -> Result<DecodedShare, ShareError> {
    let payload = link::payload_of(input)?;
    let bytes = base64url::decode(payload)?;
    let min_len = 1 + CHECKSUM_LEN;
    if bytes.len() < min_len {
        return Err(ShareError::Truncated);
    }
    let (data, sum) = bytes
        .split_at_checked(bytes.len() - CHECKSUM_LEN)
        .ok_or(ShareError::Truncated)?;
    let expected = match *sum {
        [hi, lo] => u16::from_be_bytes([hi, lo]),
        _ => return Err(ShareError::Truncated),
    };
    if crc16(data) != expected {
        return Err(ShareError::ChecksumMismatch);
    }
    let (version, name, body) = name::split(data)?;
    let layout = layout_for(version).ok_or(ShareError::UnsupportedVersion { version, latest })?;
    if body.first() == Some(&0) {
        return Err(ShareError::Malformed {
            detail: "its data starts with a zero byte",
        });
    }
    let digits =
        radix::unpack(body, &layout.radices()).map_err(|_| match layout.questions.first() {
            Some(q) => ShareError::OutOfRange { question: q.id },
            None => ShareError::Malformed {
                detail: "it holds more data than its format has room for",
            },
        })?;
    let (question_digits, weight_digits) = digits
        .split_at_checked(layout.questions.len())
        .ok_or(ShareError::Truncated)?;
    // Validate every field before mapping any of them.
    let mut values = Vec::with_capacity(layout.questions.len());
    for (q, &digit) in layout.questions.iter().zip(question_digits) {
        let value = q
            .value(digit)
            .map_err(|_| ShareError::OutOfRange { question: q.id })?;
        values.push((q.id, value));
    }
    let mut notes = Vec::new();
    let mut answers = Answers::new();
    for (id, value) in values {
        apply_answer(&mut answers, &mut notes, id, value);
    }
    let mut weights = Weights::default();
    for (&id, &digit) in layout.criteria.iter().zip(weight_digits) {
        match Criterion::from_id(id) {
            Some(c) => weights = weights.with(c, u8::try_from(digit).unwrap_or(u8::MAX)),
            None => notes.push(ShareNote::CriterionRemoved { criterion: id }),
        }
    }
    Ok(DecodedShare {
        version,
        name,
        answers,
        weights,
        notes,
    })
}

/// Maps one layout answer onto the live questionnaire through the model's own
/// setters, so the result is valid by construction; whatever no longer fits
/// becomes a note.
fn apply_answer(
    answers: &mut Answers,
    notes: &mut Vec<ShareNote>,
    question: &'static str,
    value: FieldValue,
) {
    if matches!(value, FieldValue::Unanswered) {
        return;
    }
    let Some(live) = questionnaire::question(question) else {
        notes.push(ShareNote::QuestionRemoved { question });
        return;
    };
    let result = match value {
        FieldValue::Unanswered => Ok(()),
        FieldValue::NotSure => answers.set_not_sure(question),
        FieldValue::Single(option) => {
            if live.option(option).is_none() {
                notes.push(ShareNote::OptionRemoved { question, option });
                return;
            }
            answers.set_single(question, option)
        }
        FieldValue::Multi(options) => {
            let mut kept = Vec::with_capacity(options.len());
            for option in options {
                if live.option(option).is_some() {
                    kept.push(option);
                } else {
                    notes.push(ShareNote::OptionRemoved { question, option });
                }
            }
            if kept.is_empty() {
                return;
            }
            answers.set_multi(question, kept)
        }
    };
    if let Err(e) = result {
        notes.push(ShareNote::AnswerRefused {
            question,
            reason: e.to_string(),
        });
    }
}
