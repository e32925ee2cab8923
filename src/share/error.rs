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
        /// Length of the refused text, in bytes.
        len: usize,
        /// The most this check accepts, in bytes.
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
                "The share link is too long ({len} bytes; a share link is at most {max}). Check that only the link was pasted."
            ),
            ShareError::NotBase64Url {
                character,
                position,
            } => write!(
                f,
                "The share link contains {character:?} at position {position}, which a share link never contains (only letters, digits, \"-\" and \"_\"). It was probably changed or copied incompletely."
            ),
            ShareError::Truncated => f.write_str(
                "The share link is cut short: part of it is missing. Copy the whole link again.",
            ),
            ShareError::ChecksumMismatch => f.write_str(
                "The share link was changed or cut: its checksum does not match its content. Copy the whole link again.",
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
