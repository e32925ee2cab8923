//! Finding the payload in what the user gives us: the payload itself, the fragment
//! `#/s/<payload>`, or a whole pasted URL, with surrounding whitespace.
//!
//! The text is percent-decoded first (browsers percent-encode a fragment's
//! non-ASCII characters), so every later check and message speaks of the
//! characters the user sees, and lengths are counted in characters. Input too
//! large to be worth decoding is refused before anything copies it.

use std::borrow::Cow;

use super::error::ShareError;

/// What precedes the payload in a share URL's fragment.
pub const FRAGMENT_PREFIX: &str = "#/s/";

/// Most characters accepted as pasted input (a whole URL with a long address
/// included), counted after percent-decoding.
pub const MAX_INPUT_LEN: usize = 4096;

/// Most characters accepted for the payload itself. Answers and weights need at
/// most 27; a name of 20 characters adds up to 108 (four bytes per character at
/// most), and the margin leaves room for later versions.
pub const MAX_PAYLOAD_LEN: usize = 160;

/// The payload part of `input`, percent-decoded and trimmed; not yet checked for
/// base64url.
pub fn payload_of(input: &str) -> Result<String, ShareError> {
    let len = decoded_len(input);
    if len > MAX_INPUT_LEN {
        return Err(ShareError::TooLong {
            len,
            max: MAX_INPUT_LEN,
        });
    }
    let decoded = percent_decoded(input);
    let text = decoded.trim();
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
    let len = payload.chars().count();
    if len > MAX_PAYLOAD_LEN {
        return Err(ShareError::TooLong {
            len,
            max: MAX_PAYLOAD_LEN,
        });
    }
    Ok(payload.to_owned())
}

/// The number of characters of `text` once percent-decoded, counted without
/// copying it (so megabytes of pasted text cost one pass and no allocation).
fn decoded_len(text: &str) -> usize {
    if !text.as_bytes().contains(&b'%') {
        return text.chars().count();
    }
    let raw = text.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while let Some(&b) = raw.get(i) {
        let (byte, width) = match escape_at(raw, i) {
            Some(value) => (value, 3),
            None => (b, 1),
        };
        // UTF-8 continuation bytes (10xxxxxx) do not start a character.
        if byte & 0xC0 != 0x80 {
            count += 1;
        }
        i += width;
    }
    count
}

/// The byte a `%XX` escape at `i` stands for, if there is one.
fn escape_at(raw: &[u8], i: usize) -> Option<u8> {
    match (raw.get(i), raw.get(i + 1), raw.get(i + 2)) {
        (Some(b'%'), Some(&hi), Some(&lo)) => Some(hex_value(hi)? << 4 | hex_value(lo)?),
        _ => None,
    }
}

/// `text` with every `%XX` escape decoded as UTF-8. Text whose escapes do not
/// form UTF-8 is left as it is, so the `%` is what gets reported.
fn percent_decoded(text: &str) -> Cow<'_, str> {
    if !text.as_bytes().contains(&b'%') {
        return Cow::Borrowed(text);
    }
    let raw = text.as_bytes();
    let mut bytes = Vec::with_capacity(raw.len());
    let mut i = 0;
    while let Some(&b) = raw.get(i) {
        match escape_at(raw, i) {
            Some(value) => {
                bytes.push(value);
                i += 3;
            }
            None => {
                bytes.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(bytes).map_or(Cow::Borrowed(text), Cow::Owned)
}

fn hex_value(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|v| u8::try_from(v).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str) -> Result<String, ShareError> {
        Ok(text.to_owned())
    }

    #[test]
    fn accepts_payload_fragment_or_url() {
        assert_eq!(payload_of("AQID"), ok("AQID"));
        assert_eq!(payload_of("  AQID\n"), ok("AQID"));
        assert_eq!(payload_of("#/s/AQID"), ok("AQID"));
        assert_eq!(
            payload_of(" https://example.org/stackwise/#/s/AQID "),
            ok("AQID")
        );
        assert_eq!(payload_of("http://localhost:8080/#/s/ AQID"), ok("AQID"));
    }

    #[test]
    fn percent_escapes_are_decoded_before_judging() {
        assert_eq!(payload_of("#/s/%41QID"), ok("AQID"));
        assert_eq!(payload_of("#/s/AQ%CE%B1D"), ok("AQαD"));
        assert_eq!(payload_of("#/s/AQ%E2%80%8BID"), ok("AQ\u{200B}ID"));
        // Escapes that are not UTF-8, or not escapes at all, stay as typed.
        assert_eq!(payload_of("#/s/AQ%FFID"), ok("AQ%FFID"));
        assert_eq!(payload_of("#/s/AQ%4"), ok("AQ%4"));
        assert_eq!(payload_of("#/s/AQ%zz"), ok("AQ%zz"));
    }

    #[test]
    fn lengths_are_counted_in_characters() {
        let accented = format!("#/s/{}", "%C3%A9".repeat(200));
        assert_eq!(
            payload_of(&accented),
            Err(ShareError::TooLong {
                len: 200,
                max: MAX_PAYLOAD_LEN
            })
        );
        let pasted = "é".repeat(30_000);
        assert_eq!(
            payload_of(&pasted),
            Err(ShareError::TooLong {
                len: 30_000,
                max: MAX_INPUT_LEN
            })
        );
        let encoded = "%C3%A9".repeat(30_000);
        assert_eq!(
            payload_of(&encoded),
            Err(ShareError::TooLong {
                len: 30_000,
                max: MAX_INPUT_LEN
            })
        );
        let fits = "%C3%A9".repeat(MAX_INPUT_LEN + 1);
        assert_eq!(
            payload_of(&fits),
            Err(ShareError::TooLong {
                len: MAX_INPUT_LEN + 1,
                max: MAX_INPUT_LEN
            })
        );
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
