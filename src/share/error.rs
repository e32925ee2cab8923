//! Why a share link could not be opened: one variant per problem, each with a
//! message a user can act on (shown as is by the UI).

use std::fmt;

use super::base64url::Base64Error;

/// A share link that cannot be decoded. `Display` gives the user-facing message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing to decode (blank input, or nothing after `#/s/`).
    Empty,
    /// An address with no `#/s/` part: not a share link.
    NotAShareLink,
    /// Longer than any share link; refused before any other work.
    TooLong {
        /// Length of the refused text, in characters (after percent-decoding).
        len: usize,
        /// The most this check accepts, in characters.
        max: usize,
    },
    /// A character outside base64url.
    NotBase64Url {
        /// The offending character.
        character: char,
        /// Its 1-based position in the payload (after `#/s/`), in characters.
        position: usize,
    },
    /// Too short to hold a version byte and a checksum: the link was cut.
    Truncated,
    /// The checksum does not match the data: the link was changed or cut.
    ChecksumMismatch,
    /// The checksum matches, but the text is not what the encoder writes for what
    /// it holds (bytes appended to a link, a number too large for its layout): the
    /// link was changed or cut.
    NotCanonical,
    /// Base64url text that no Stackwise version writes (impossible length, stray
    /// bits, leading zero bytes): the link was changed.
    Malformed {
        /// What is wrong, in a few words.
        detail: &'static str,
    },
    /// A format version this build cannot read.
    UnsupportedVersion {
        /// The version byte found.
        version: u8,
        /// The newest version this build reads.
        latest: u8,
    },
    /// The data holds a value that no answer to this question can have.
    OutOfRange {
        /// The question's stable id.
        question: &'static str,
    },
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => f.write_str("The share link is empty: there is no result in it."),
            ShareError::NotAShareLink => f.write_str(
                "This address is not a share link: share links contain \"#/s/\" followed by the shared result.",
            ),
            ShareError::TooLong { len, max } => write!(
                f,
                "The share link is too long ({len} characters; a share link is at most {max}). Check that only the link was pasted."
            ),
            ShareError::NotBase64Url {
                character,
                position,
            } => write!(
                f,
                "The share link contains {} at position {position}, which a share link never contains (only letters A to Z, digits, \"-\" and \"_\"). It was probably changed or copied incompletely.",
                seen(*character)
            ),
            ShareError::Truncated => f.write_str(
                "The share link is cut short: part of it is missing. Copy the whole link again.",
            ),
            ShareError::ChecksumMismatch => f.write_str(
                "The share link was changed or cut: its checksum does not match its content. Copy the whole link again.",
            ),
            ShareError::NotCanonical => f.write_str(
                "The share link was changed or cut: Stackwise never writes it in this form. Copy the whole link again.",
            ),
            ShareError::Malformed { detail } => write!(
                f,
                "The share link was changed: {detail}. Copy the whole link again."
            ),
            ShareError::UnsupportedVersion { version, latest } => {
                if version > latest {
                    write!(
                        f,
                        "The share link uses format version {version}, made by a newer Stackwise than this one (which reads up to version {latest}). Reload the page to get the newest Stackwise."
                    )
                } else {
                    write!(
                        f,
                        "The share link uses format version {version}, which no Stackwise has ever written. It was probably changed."
                    )
                }
            }
            ShareError::OutOfRange { question } => write!(
                f,
                "The share link holds an impossible answer to question \"{question}\". It was probably changed."
            ),
        }
    }
}

impl std::error::Error for ShareError {}

/// A character as the user sees it: visible ones quoted, with their code point
/// when they are not plain ASCII (a Greek letter that looks Latin); invisible ones
/// (spaces, zero-width and control characters) described, since quoting shows
/// nothing.
fn seen(c: char) -> String {
    let code = format!("U+{:04X}", u32::from(c));
    let name = match c {
        ' ' => Some("a space"),
        '\t' => Some("a tab"),
        '\n' | '\r' => Some("a line break"),
        '\u{A0}' => Some("a no-break space"),
        '\u{AD}' => Some("a soft hyphen"),
        '\u{200B}' => Some("a zero-width space"),
        '\u{200C}' => Some("a zero-width non-joiner"),
        '\u{200D}' => Some("a zero-width joiner"),
        '\u{2060}' => Some("a word joiner"),
        '\u{FEFF}' => Some("a zero-width no-break space"),
        _ => None,
    };
    match name {
        Some(name) if c.is_ascii() => name.to_owned(),
        Some(name) => format!("{name} ({code}, invisible)"),
        None if invisible(c) => format!("an invisible character ({code})"),
        None if c.is_ascii() => format!("\"{c}\""),
        None => format!("\"{c}\" ({code})"),
    }
}

/// Characters that render as nothing or as blank space.
fn invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}')
}

impl From<Base64Error> for ShareError {
    fn from(e: Base64Error) -> ShareError {
        match e {
            Base64Error::InvalidCharacter {
                character,
                position,
            } => ShareError::NotBase64Url {
                character,
                position,
            },
            Base64Error::ImpossibleLength => ShareError::Malformed {
                detail: "its length is impossible (a character is missing or extra)",
            },
            Base64Error::NonCanonicalEnd => ShareError::Malformed {
                detail: "its last character has stray bits",
            },
        }
    }
}
