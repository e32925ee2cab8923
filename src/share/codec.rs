//! The share codec itself: answers and weights to payload text and back, for any
//! [`Layout`].
//!
//! Envelope, the same for every version: `version byte ‖ [name] ‖ body ‖ checksum
//! (2 bytes, big-endian, over everything before it; see [`checksum`])`, as
//! base64url without padding. The body is
//! the layout's mixed-radix number in minimal big-endian bytes. The checksum is
//! checked before the version, so a damaged version byte reads as a damaged link,
//! and only an intact link from a newer Stackwise reads as "newer version".
//!
//! Decoding accepts only the canonical text of every version: the decoded values
//! are encoded again and must give back the same text, and a version-1 link
//! followed by zero bytes (which its checksum cannot see) is refused.

use crate::model::answers::{Answer, Answers};
use crate::model::criterion::Criterion;
use crate::model::questionnaire;
use crate::model::weights::Weights;

use super::base64url;
use super::checksum::{CHECKSUM_LEN, checksum};
use super::decoded::{DecodedShare, ShareNote};
use super::error::ShareError;
use super::layout::{FieldValue, Layout, QuestionLayout};
use super::link;
use super::name;
use super::radix;

/// Encodes with one layout, with an optional name (see `name`). Never fails:
/// answers the layout cannot express are left out (the layout test guarantees the
/// latest layout expresses every answer), and so is a heart of the product that is
/// not among the services (scoring ignores it, and the receiver would otherwise
/// repair it into the services: see [`questionnaire::drop_unoffered`]).
pub fn encode_with(
    layout: &Layout,
    answers: &Answers,
    weights: &Weights,
    name: Option<&str>,
) -> String {
    let mut written = answers.clone();
    questionnaire::drop_unoffered(&mut written);
    let answers = &written;
    let questions = layout
        .questions
        .iter()
        .map(|q| question_digit(q, answers.get(q.id)));
    let weights = layout.criteria.iter().map(|id| {
        let w = Criterion::from_id(id).map_or(0, |c| weights.get(c));
        u32::from(w.min(layout.max_weight))
    });
    seal(layout, name, questions.chain(weights))
}

/// The payload text for a name and one digit per field of `layout`, in layout order.
fn seal(layout: &Layout, name: Option<&str>, digits: impl Iterator<Item = u32>) -> String {
    let mut bytes = name::head(layout.version, name);
    bytes.extend(radix::pack(digits.zip(layout.radices())));
    let sum = checksum(layout.version, &bytes);
    bytes.extend(sum.to_be_bytes());
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

/// The digit the encoder writes for a value the decoder read.
fn value_digit(q: &QuestionLayout, value: &FieldValue) -> u32 {
    match value {
        FieldValue::Unanswered => QuestionLayout::UNANSWERED,
        FieldValue::NotSure => q.not_sure_digit().unwrap_or(QuestionLayout::UNANSWERED),
        FieldValue::Single(option) => q.single_digit(option).unwrap_or(QuestionLayout::UNANSWERED),
        FieldValue::Multi(options) => q.multi_digit(options.iter().copied()),
    }
}

/// What a layout's fields hold: each question's value, then the weight digits.
struct Fields {
    values: Vec<(&'static QuestionLayout, FieldValue)>,
    weights: Vec<u32>,
}

/// Reads a body with a layout, checking every field before any is used.
fn read_fields(layout: &'static Layout, body: &[u8]) -> Result<Fields, ShareError> {
    if body.first() == Some(&0) {
        return Err(ShareError::Malformed {
            detail: "its data starts with a zero byte",
        });
    }
    // A number too large for the layout is what appending to a link makes.
    let digits = radix::unpack(body, &layout.radices()).map_err(|_| ShareError::NotCanonical)?;
    let (question_digits, weight_digits) = digits
        .split_at_checked(layout.questions.len())
        .ok_or(ShareError::Truncated)?;
    let mut values = Vec::with_capacity(layout.questions.len());
    for (q, &digit) in layout.questions.iter().zip(question_digits) {
        let value = q
            .value(digit)
            .map_err(|_| ShareError::OutOfRange { question: q.id })?;
        values.push((q, value));
    }
    Ok(Fields {
        values,
        weights: weight_digits.to_vec(),
    })
}

/// Splits decoded bytes into the checked data (version and body) and the checksum.
fn split_checksum(bytes: &[u8]) -> Result<(&[u8], u16), ShareError> {
    if bytes.len() < 1 + CHECKSUM_LEN {
        return Err(ShareError::Truncated);
    }
    let (data, sum) = bytes
        .split_at_checked(bytes.len() - CHECKSUM_LEN)
        .ok_or(ShareError::Truncated)?;
    match *sum {
        [hi, lo] => Ok((data, u16::from_be_bytes([hi, lo]))),
        _ => Err(ShareError::Truncated),
    }
}

/// Whether `bytes` (a whole version-1 payload, checksum included) are a shorter
/// valid link followed by two or more zero bytes (runs of "A"). Version 1's CRC
/// has no final XOR, so a link's own bytes run it to 0 and appended zero bytes keep
/// the last two bytes a valid checksum of the rest: the checksum cannot see them,
/// this can. One appended zero byte cannot be told apart (one real link in 256
/// ends in a zero byte after another valid link), and about one real version-1
/// link in 65,536 is refused by this rule; from version 2 on the checksum has a
/// final XOR and needs no such guess (see `docs/share-links.md`).
fn extends_a_shorter_link(layout: &'static Layout, bytes: &[u8]) -> bool {
    let zeros = bytes.iter().rev().take_while(|&&b| b == 0).count();
    (2..=zeros).any(|cut| {
        bytes
            .get(..bytes.len() - cut)
            .and_then(|b| split_checksum(b).ok())
            .filter(|&(data, sum)| checksum(layout.version, data) == sum)
            .and_then(|(data, _)| data.split_first())
            .is_some_and(|(&version, body)| {
                version == layout.version && read_fields(layout, body).is_ok()
            })
    })
}

/// Decodes pasted text (payload, `#/s/` fragment or whole URL) with the layout of
/// the version it names, found by `layout_for`. Only the canonical text is
/// accepted: what [`encode_with`] writes for the values read, for every layout.
pub fn decode_with(
    input: &str,
    layout_for: impl Fn(u8) -> Option<&'static Layout>,
    latest: u8,
) -> Result<DecodedShare, ShareError> {
    let payload = link::payload_of(input)?;
    let bytes = base64url::decode(&payload)?;
    let (data, expected) = split_checksum(&bytes)?;
    if checksum(name::claimed_version(data)?, data) != expected {
        return Err(ShareError::ChecksumMismatch);
    }
    let (version, name, body) = name::split(data)?;
    let layout = layout_for(version).ok_or(ShareError::UnsupportedVersion { version, latest })?;
    if version == 1 && extends_a_shorter_link(layout, &bytes) {
        return Err(ShareError::NotCanonical);
    }
    let fields = read_fields(layout, body)?;
    let digits = fields.values.iter().map(|(q, v)| value_digit(q, v));
    if seal(
        layout,
        name.as_deref(),
        digits.chain(fields.weights.iter().copied()),
    ) != payload
    {
        return Err(ShareError::NotCanonical);
    }
    let mut notes = Vec::new();
    let mut answers = Answers::new();
    for (q, value) in fields.values {
        apply_answer(&mut answers, &mut notes, q.id, value);
    }
    // A link from a build that offered every service as the heart of the product.
    for repair in questionnaire::repair_offered(&mut answers) {
        notes.push(ShareNote::OfferRepaired { repair });
    }
    let mut weights = Weights::default();
    for (&id, &digit) in layout.criteria.iter().zip(&fields.weights) {
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
