//! The share payload's checksum, a CRC-16 over everything before it.
//!
//! Version 1: CRC-16/CCITT-FALSE (a.k.a. CRC-16/IBM-3740): polynomial 0x1021,
//! initial value 0xFFFF, no reflection, no final XOR; the check value of the ASCII
//! text `123456789` is 0x29B1. From version 2: the same CRC with a final XOR of
//! 0xFFFF (CRC-16/GENIBUS, check value 0xD64E).
//!
//! Both catch every change of one base64url character, every burst of up to 16
//! bits and all but 1 in 65,536 other changes (cuts included), so an edited link is
//! refused instead of decoding into different answers. Version 1's cannot see zero
//! bytes appended at the end (with no final XOR, a link's bytes bring the register
//! to 0 and zero bytes keep it there), so the codec checks version-1 links for
//! those itself; the final XOR of version 2 closes that gap. It is not a
//! signature: anyone can build a valid link on purpose.

/// Number of checksum bytes at the end of a payload.
pub const CHECKSUM_LEN: usize = 2;

/// The checksum a payload of `version` carries over `data` (its bytes before the
/// checksum).
pub fn checksum(version: u8, data: &[u8]) -> u16 {
    if version >= 2 {
        crc16(data) ^ 0xFFFF
    } else {
        crc16(data)
    }
}

/// CRC-16/CCITT-FALSE of `bytes`.
pub fn crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &b in bytes {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_published_check_value() {
        assert_eq!(crc16(b"123456789"), 0x29B1);
        assert_eq!(crc16(b""), 0xFFFF);
        assert_eq!(checksum(1, b"123456789"), 0x29B1);
        assert_eq!(checksum(2, b"123456789"), 0xD64E, "CRC-16/GENIBUS");
    }

    #[test]
    fn from_version_2_appended_zero_bytes_break_the_checksum() {
        let data = *b"\x02some payload";
        let mut link = data.to_vec();
        link.extend(checksum(2, &data).to_be_bytes());
        // The residue of a whole version-2 link is never 0, so two appended zero
        // bytes never read as its checksum.
        assert_ne!(checksum(2, &link), 0);
    }

    #[test]
    fn every_single_bit_flip_changes_it() {
        let data = *b"\x01stackwise share";
        let base = crc16(&data);
        for byte in 0..data.len() {
            for bit in 0..8 {
                let mut d = data;
                if let Some(b) = d.get_mut(byte) {
                    *b ^= 1 << bit;
                }
                assert_ne!(crc16(&d), base, "byte {byte} bit {bit}");
            }
        }
    }
}
