//! Share links: a whole questionnaire (answers and weights, never scores) in a
//! short, versioned, checksummed payload for the URL fragment `#/s/<payload>`, so
//! a result can be sent to a colleague with no server involved.
//!
//! [`encode`] always writes the latest format; [`decode`] reads every format
//! version ever shipped, maps it onto the live questionnaire, and never panics:
//! bad input gives a [`ShareError`] whose message names the problem. The format is
//! documented in `docs/share-links.md`.
//!
//! Modules: [`base64url`] (text form), `checksum` (CRC-16), `radix` (mixed-radix
//! packing), `layout` (what a version encodes and how), `v1` and `v2` (the frozen
//! version tables), `link` (finding the payload in pasted text), `codec`
//! (encode/decode for a layout), `name` (the optional name a payload carries),
//! `decoded` and `error` (the results).

pub mod base64url;
mod checksum;
mod codec;
mod decoded;
mod error;
mod layout;
mod link;
mod name;
mod radix;
mod v1;
mod v2;

#[cfg(test)]
mod tests;

use crate::model::answers::Answers;
use crate::model::weights::Weights;

pub use decoded::{DecodedShare, ShareNote};
pub use error::ShareError;
pub use link::{FRAGMENT_PREFIX, MAX_INPUT_LEN, MAX_PAYLOAD_LEN};
pub use name::{FIRST_NAMED_VERSION, MAX_NAME_CHARS, link_name};

use layout::Layout;

/// The format [`encode`] writes.
static LATEST: &Layout = &v2::LAYOUT;

/// Every format version that was ever written, oldest first. Never remove one.
static LAYOUTS: [&Layout; 2] = [&v1::LAYOUT, &v2::LAYOUT];

/// The version byte [`encode`] writes.
pub const LATEST_VERSION: u8 = 2;

/// The most characters a share payload may have for a complete questionnaire.
pub const PAYLOAD_BUDGET: usize = 60;

fn layout_for(version: u8) -> Option<&'static Layout> {
    LAYOUTS.iter().copied().find(|l| l.version == version)
}

/// The payload (without `#/s/`) sharing these answers and weights.
pub fn encode(answers: &Answers, weights: &Weights) -> String {
    codec::encode_with(LATEST, answers, weights, None)
}

/// The payload carrying these answers and weights and a name (a colleague's in a
/// reply link, or the decision's short name): cleaned and cut to
/// [`MAX_NAME_CHARS`] characters; a blank name is left out.
pub fn encode_named(answers: &Answers, weights: &Weights, name: &str) -> String {
    codec::encode_with(LATEST, answers, weights, Some(name))
}

/// The share URL fragment for these answers and weights: `#/s/<payload>`.
pub fn fragment(answers: &Answers, weights: &Weights) -> String {
    format!("{FRAGMENT_PREFIX}{}", encode(answers, weights))
}

/// The share URL fragment carrying a name too: `#/s/<payload>` written by
/// [`encode_named`] (a blank name is left out).
pub fn named_fragment(answers: &Answers, weights: &Weights, name: &str) -> String {
    format!("{FRAGMENT_PREFIX}{}", encode_named(answers, weights, name))
}

/// Reads a shared result from a payload, a `#/s/<payload>` fragment or a whole
/// pasted URL (surrounding whitespace is ignored).
pub fn decode(input: &str) -> Result<DecodedShare, ShareError> {
    codec::decode_with(input, layout_for, LATEST_VERSION)
}

/// The longest payload [`encode`] can produce, in characters: every field at its
/// largest value, worked out from the latest layout, not from a sample.
pub fn max_payload_len() -> usize {
    let bytes = 1 + radix::max_packed_len(&LATEST.radices()) + checksum::CHECKSUM_LEN;
    (bytes * 4).div_ceil(3)
}

/// The longest payload [`encode_named`] can produce with a name of
/// [`MAX_NAME_CHARS`] characters of one byte each (Latin letters, digits): the
/// figure the 60-character budget is held to. Each non-ASCII character of a name
/// adds one to three bytes.
pub fn max_named_payload_len() -> usize {
    let bytes =
        1 + 1 + MAX_NAME_CHARS + radix::max_packed_len(&LATEST.radices()) + checksum::CHECKSUM_LEN;
    (bytes * 4).div_ceil(3)
}
