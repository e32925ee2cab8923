//! Finding the payload in what the user gives us: the payload itself, the fragment
//! `#/s/<payload>`, or a whole pasted URL, with surrounding whitespace.
//!
//! Length is checked first, in constant time, so megabytes of pasted text are
//! refused before anything scans them.

use super::error::ShareError;

/// What precedes the payload in a share URL's fragment.
pub const FRAGMENT_PREFIX: &str = "#/s/";

/// Most bytes accepted as pasted input (a whole URL with a long address included).
pub const MAX_INPUT_LEN: usize = 4096;

/// Most bytes accepted for the payload itself. Answers and weights need at most
/// 27; a name of 20 characters adds up to 108 (four bytes per character at most),
/// and the margin leaves room for later versions.
pub const MAX_PAYLOAD_LEN: usize = 160;

/// The payload part of `input`, trimmed; not yet checked for base64url.
pub fn payload_of(input: &str) -> Result<&str, ShareError> {
    if input.len() > MAX_INPUT_LEN {
        return Err(ShareError::TooLong {
            len: input.len(),
            max: MAX_INPUT_LEN,
        });
    }
    let text = input.trim();
    let payload = match text.find(FRAGMENT_PREFIX) {
        Some(at) => text
            .get(at + FRAGMENT_PREFIX.len()..)
            .unwrap_or_default()
            .trim(),
        None if text.contains("://") || text.starts_with('#') => {
            return Err(ShareError::NotAShareLink);
        }
        None => text,
    };
    if payload.is_empty() {
        return Err(ShareError::Empty);
    }
    if payload.len() > MAX_PAYLOAD_LEN {
        return Err(ShareError::TooLong {
            len: payload.len(),
            max: MAX_PAYLOAD_LEN,
        });
    }
    Ok(payload)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_payload_fragment_or_url() {
        assert_eq!(payload_of("AQID"), Ok("AQID"));
        assert_eq!(payload_of("  AQID\n"), Ok("AQID"));
        assert_eq!(payload_of("#/s/AQID"), Ok("AQID"));
        assert_eq!(
            payload_of(" https://example.org/stackwise/#/s/AQID "),
            Ok("AQID")
        );
        assert_eq!(payload_of("http://localhost:8080/#/s/ AQID"), Ok("AQID"));
    }

    #[test]
    fn names_empty_foreign_and_oversized_input() {
        assert_eq!(payload_of(""), Err(ShareError::Empty));
        assert_eq!(payload_of(" \t\n"), Err(ShareError::Empty));
        assert_eq!(payload_of("https://x.org/#/s/"), Err(ShareError::Empty));
        assert_eq!(
            payload_of("https://x.org/#/d/abc/result"),
            Err(ShareError::NotAShareLink)
        );
        assert_eq!(payload_of("#/sessions"), Err(ShareError::NotAShareLink));
        let long = "A".repeat(MAX_PAYLOAD_LEN + 1);
        assert_eq!(
            payload_of(&long),
            Err(ShareError::TooLong {
                len: MAX_PAYLOAD_LEN + 1,
                max: MAX_PAYLOAD_LEN
            })
        );
        let huge = " ".repeat(MAX_INPUT_LEN + 1);
        assert_eq!(
            payload_of(&huge),
            Err(ShareError::TooLong {
                len: MAX_INPUT_LEN + 1,
                max: MAX_INPUT_LEN
            })
        );
    }
}
