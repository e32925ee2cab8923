//! The optional short name a payload can carry, from format version 2 on: a
//! colleague's name in a reply link, or a decision's short name in a share link.
//!
//! Envelope: bit 7 of the version byte says a name follows. Then one length byte
//! and that many bytes of UTF-8, then the body as before; the checksum covers all
//! of it. A payload without a name is byte for byte what it was without this
//! feature, so unnamed version-2 links did not change, and a build that predates
//! names reads a named link as "from a newer version" rather than misreading it.
//!
//! A name is at most [`MAX_NAME_CHARS`] characters, cleaned by [`link_name`]
//! (control characters removed, trimmed). Only the canonical form decodes: an
//! empty, uncleaned, over-long or non-UTF-8 name is a changed link.

use super::error::ShareError;

/// The longest name a payload carries, in characters. Longer names are cut.
pub const MAX_NAME_CHARS: usize = 20;

/// Bit 7 of the version byte: a name follows.
const NAME_FLAG: u8 = 0x80;

/// The first format version that can carry a name.
pub const FIRST_NAMED_VERSION: u8 = 2;

/// A name as a payload carries it: control characters removed, trimmed, at most
/// [`MAX_NAME_CHARS`] characters; `None` when nothing is left.
pub fn link_name(raw: &str) -> Option<String> {
    let cleaned: String = raw
        .chars()
        .filter(|c| !c.is_control())
        .collect::<String>()
        .trim()
        .chars()
        .take(MAX_NAME_CHARS)
        .collect();
    let cleaned = cleaned.trim_end();
    (!cleaned.is_empty()).then(|| cleaned.to_owned())
}

/// The bytes before the body: the version byte, and the name if there is one and
/// the version can carry it.
pub(super) fn head(version: u8, name: Option<&str>) -> Vec<u8> {
    let name = name
        .and_then(link_name)
        .filter(|_| version >= FIRST_NAMED_VERSION);
    match name {
        Some(name) => {
            // At most 20 characters of at most 4 bytes each: always fits a byte.
            let len = u8::try_from(name.len()).unwrap_or(u8::MAX);
            let mut bytes = vec![version | NAME_FLAG, len];
            bytes.extend(name.as_bytes().iter().take(usize::from(len)));
            bytes
        }
        None => vec![version],
    }
}

/// The version `data` claims in its first byte (the name flag cleared), before
/// the checksum is checked: it says which checksum rule applies.
pub(super) fn claimed_version(data: &[u8]) -> Result<u8, ShareError> {
    data.first()
        .map(|first| first & !NAME_FLAG)
        .ok_or(ShareError::Truncated)
}

/// Splits checksummed data into version, name and body. The version is returned
/// even when unknown to this build, so the caller can say "newer version".
pub(super) fn split(data: &[u8]) -> Result<(u8, Option<String>, &[u8]), ShareError> {
    let (&first, rest) = data.split_first().ok_or(ShareError::Truncated)?;
    if first & NAME_FLAG == 0 {
        return Ok((first, None, rest));
    }
    let version = first & !NAME_FLAG;
    let (&len, rest) = rest.split_first().ok_or(ShareError::Truncated)?;
    let (bytes, body) = rest
        .split_at_checked(usize::from(len))
        .ok_or(ShareError::Truncated)?;
    let malformed = |detail| ShareError::Malformed { detail };
    if (1..FIRST_NAMED_VERSION).contains(&version) {
        return Err(malformed("a name in a version that has none"));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| malformed("its name is not text"))?;
    match link_name(text) {
        Some(clean) if clean == text => Ok((version, Some(clean), body)),
        _ => Err(malformed("its name is not one Stackwise writes")),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_capped() {
        for name in [
            "Ana",
            "José Ñúñez",
            "李小龙",
            "a very long name that goes on",
        ] {
            let head = head(2, Some(name));
            let mut data = head.clone();
            data.extend([7, 9]);
            let (version, read, body) = split(&data).unwrap();
            assert_eq!(version, 2);
            assert_eq!(read, link_name(name));
            assert_eq!(body, &[7, 9]);
        }
        assert_eq!(
            link_name("a very long name that goes on")
                .unwrap()
                .chars()
                .count(),
            20
        );
        assert_eq!(head(2, None), vec![2]);
        assert_eq!(head(2, Some("  \n ")), vec![2], "a blank name is no name");
        assert_eq!(head(1, Some("Ana")), vec![1], "version 1 has no name");
    }

    #[test]
    fn only_canonical_names_decode() {
        let bad: [(&[u8], &str); 5] = [
            (&[0x82, 0], "its name is not one Stackwise writes"),
            (
                &[0x82, 2, b' ', b'a'],
                "its name is not one Stackwise writes",
            ),
            (&[0x82, 1, 0xff], "its name is not text"),
            (&[0x81, 1, b'a'], "a name in a version that has none"),
            (&[0x82, 1, 0x07], "its name is not one Stackwise writes"),
        ];
        for (data, detail) in bad {
            assert_eq!(
                split(data),
                Err(ShareError::Malformed { detail }),
                "{data:?}"
            );
        }
        assert_eq!(split(&[0x82, 5, b'a']), Err(ShareError::Truncated));
        assert_eq!(split(&[0x82]), Err(ShareError::Truncated));
        // An unknown newer version keeps its number for the caller's message.
        assert_eq!(split(&[0x89, 1, b'a', 3]).map(|(v, ..)| v), Ok(9));
    }
}
