//! The share payload's checksum: CRC-16/CCITT-FALSE (a.k.a. CRC-16/IBM-3740).
//!
//! Polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR; the check
//! value of the ASCII text `123456789` is 0x29B1. It catches every change of one
//! base64url character, every burst of up to 16 bits and all but 1 in 65,536
//! other changes (cuts included), so an edited link is refused instead of decoding into
//! different answers. It cannot see zero bytes appended at the end (with no final
//! XOR, a link's bytes bring it to 0 and zero bytes keep it there): the codec checks
//! for those itself. It is not a signature: anyone can build a valid link on purpose.

/// Number of checksum bytes at the end of a payload.
pub const CHECKSUM_LEN: usize = 2;

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
