//! Base64url without padding (RFC 4648 §5): the text form of a share payload.
//!
//! The alphabet `A–Z a–z 0–9 - _` is safe in a URL fragment as is, so a link never
//! needs percent-encoding. Decoding is strict: every character must be in the
//! alphabet, `=` padding is refused, and the unused low bits of the last character
//! must be zero, so each byte string has exactly one text form.

use std::fmt;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Why a text is not canonical base64url.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base64Error {
    /// A character outside the alphabet, at a 1-based character position.
    InvalidCharacter { character: char, position: usize },
    /// The length leaves a lone character (length mod 4 = 1): no byte string has it.
    ImpossibleLength,
    /// The last character carries bits beyond the data (not the canonical form).
    NonCanonicalEnd,
}

impl fmt::Display for Base64Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Base64Error::InvalidCharacter {
                character,
                position,
            } => write!(
                f,
                "character {character:?} at position {position} is not base64url"
            ),
            Base64Error::ImpossibleLength => f.write_str("base64url text cannot have this length"),
            Base64Error::NonCanonicalEnd => {
                f.write_str("the last base64url character has stray bits")
            }
        }
    }
}

impl std::error::Error for Base64Error {}

/// Encodes bytes as base64url without padding.
pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let (b0, b1, b2) = match *chunk {
            [a] => (a, 0, 0),
            [a, b] => (a, b, 0),
            [a, b, c] => (a, b, c),
            _ => continue,
        };
        let n = u32::from(b0) << 16 | u32::from(b1) << 8 | u32::from(b2);
        // One byte makes two characters, two bytes three, three bytes four.
        let chars = chunk.len() + 1;
        for i in 0..chars {
            let shift = 18 - 6 * i;
            out.push(sextet_char(n >> shift));
        }
    }
    out
}

fn sextet_char(value: u32) -> char {
    // `value & 63` is always a valid index; `get` keeps the code free of panics.
    ALPHABET
        .get((value & 63) as usize)
        .map_or('A', |&b| char::from(b))
}

fn sextet_value(c: char) -> Option<u32> {
    let v = match c {
        'A'..='Z' => u32::from(c) - u32::from('A'),
        'a'..='z' => u32::from(c) - u32::from('a') + 26,
        '0'..='9' => u32::from(c) - u32::from('0') + 52,
        '-' => 62,
        '_' => 63,
        _ => return None,
    };
    Some(v)
}

/// Decodes canonical base64url without padding.
///
/// Runs in time linear in `text`; callers cap the length first.
pub fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    let mut acc: u32 = 0;
    let mut bits: u32 = 0;
    let mut count: usize = 0;
    for (i, c) in text.chars().enumerate() {
        let v = sextet_value(c).ok_or(Base64Error::InvalidCharacter {
            character: c,
            position: i + 1,
        })?;
        acc = (acc << 6 | v) & 0xFFF;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push(((acc >> bits) & 0xFF) as u8);
        }
        count += 1;
    }
    if count % 4 == 1 {
        return Err(Base64Error::ImpossibleLength);
    }
    if acc & ((1 << bits) - 1) != 0 {
        return Err(Base64Error::NonCanonicalEnd);
    }
    Ok(out)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rfc4648_vectors_without_padding() {
        let cases: [(&[u8], &str); 7] = [
            (b"", ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (b"foobar", "Zm9vYmFy"),
        ];
        for (bytes, text) in cases {
            assert_eq!(encode(bytes), text);
            assert_eq!(decode(text).unwrap(), bytes);
        }
    }

    #[test]
    fn uses_the_url_safe_alphabet() {
        assert_eq!(encode(&[0xFB, 0xFF]), "-_8");
        assert_eq!(decode("-_8").unwrap(), [0xFB, 0xFF]);
    }

    #[test]
    fn refuses_other_characters_and_names_them() {
        assert_eq!(
            decode("Zm9+"),
            Err(Base64Error::InvalidCharacter {
                character: '+',
                position: 4
            })
        );
        assert_eq!(
            decode("Zg=="),
            Err(Base64Error::InvalidCharacter {
                character: '=',
                position: 3
            })
        );
        assert_eq!(
            decode("éZg"),
            Err(Base64Error::InvalidCharacter {
                character: 'é',
                position: 1
            })
        );
        assert_eq!(decode("Zm9vY"), Err(Base64Error::ImpossibleLength));
        // "Zh" would carry a stray 1 bit after the single byte 'f'.
        assert_eq!(decode("Zh"), Err(Base64Error::NonCanonicalEnd));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]
        #[test]
        fn share_base64url_round_trips(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let text = encode(&bytes);
            prop_assert_eq!(text.len(), (bytes.len() * 4).div_ceil(3));
            prop_assert_eq!(decode(&text).unwrap(), bytes);
        }
    }
}
