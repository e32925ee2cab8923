//! Mixed-radix packing: a list of small digits, each with its own radix, as one
//! big-endian unsigned integer in the fewest bytes.
//!
//! Digits `d0, d1, …, dn` with radices `r0, r1, …, rn` (each `d < r`) become
//! `N = (…((d0·r1 + d1)·r2 + d2)…)·rn + dn`: the first digit is the most
//! significant. That is the densest possible packing (`log2(r0·r1·…·rn)` bits
//! rounded up to whole bytes), and unpacking is repeated division. The integer is
//! arbitrary precision (a byte vector), so the layout can grow past 128 bits, and
//! no step can overflow: every intermediate fits in a `u64`.

/// The bytes held a number too large for the radices: the first digit would be
/// out of range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overflow;

/// Packs `(digit, radix)` pairs, most significant first, into minimal big-endian
/// bytes (zero is the empty vector). A digit at or above its radix is clamped to
/// `radix - 1`; callers never produce one.
pub fn pack<I>(digits: I) -> Vec<u8>
where
    I: IntoIterator<Item = (u32, u32)>,
{
    // Little-endian while building, so carries can be pushed at the end.
    let mut le: Vec<u8> = Vec::new();
    for (digit, radix) in digits {
        let radix = u64::from(radix.max(1));
        let mut carry = u64::from(digit).min(radix - 1);
        for b in le.iter_mut() {
            let t = u64::from(*b) * radix + carry;
            *b = (t & 0xFF) as u8;
            carry = t >> 8;
        }
        while carry > 0 {
            le.push((carry & 0xFF) as u8);
            carry >>= 8;
        }
    }
    while le.last() == Some(&0) {
        le.pop();
    }
    le.reverse();
    le
}

/// Unpacks big-endian `bytes` into one digit per radix, in the same order as
/// [`pack`] takes them. Fails if the number is at least the product of the radices.
/// A zero radix (no digit fits) is an overflow.
pub fn unpack(bytes: &[u8], radices: &[u32]) -> Result<Vec<u32>, Overflow> {
    let mut n = bytes.to_vec();
    let mut digits = Vec::with_capacity(radices.len());
    for &radix in radices.iter().rev() {
        if radix == 0 {
            return Err(Overflow);
        }
        let radix = u64::from(radix);
        let mut rem: u64 = 0;
        for b in n.iter_mut() {
            let cur = (rem << 8) | u64::from(*b);
            *b = (cur.checked_div(radix).ok_or(Overflow)? & 0xFF) as u8;
            rem = cur.checked_rem(radix).ok_or(Overflow)?;
        }
        digits.push(u32::try_from(rem).map_err(|_| Overflow)?);
    }
    if n.iter().any(|&b| b != 0) {
        return Err(Overflow);
    }
    digits.reverse();
    Ok(digits)
}

/// Length in bytes of the largest number the radices can hold (every digit at its
/// maximum): the longest body [`pack`] can produce for them.
pub fn max_packed_len(radices: &[u32]) -> usize {
    pack(radices.iter().map(|&r| (r.saturating_sub(1), r))).len()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn small_values_are_exact() {
        assert_eq!(pack([]), Vec::<u8>::new());
        assert_eq!(pack([(0, 5), (0, 7)]), Vec::<u8>::new());
        assert_eq!(pack([(3, 5), (4, 7)]), vec![25]); // 3·7 + 4
        assert_eq!(pack([(1, 256), (0, 256)]), vec![1, 0]);
        assert_eq!(unpack(&[25], &[5, 7]).unwrap(), vec![3, 4]);
        assert_eq!(unpack(&[], &[5, 7]).unwrap(), vec![0, 0]);
        assert_eq!(unpack(&[35], &[5, 7]), Err(Overflow)); // 5·7
        assert_eq!(unpack(&[34], &[5, 7]).unwrap(), vec![4, 6]);
        assert_eq!(unpack(&[1], &[0]), Err(Overflow));
        assert_eq!(unpack(&[], &[0]), Err(Overflow));
        assert_eq!(max_packed_len(&[16, 16]), 1);
        assert_eq!(max_packed_len(&[16, 17]), 2);
        assert_eq!(max_packed_len(&[]), 0);
    }

    #[test]
    fn handles_numbers_wider_than_128_bits() {
        let radices = [1025u32; 20]; // about 200 bits
        let digits: Vec<u32> = (0..20).map(|i| 1024 - i * 3).collect();
        let bytes = pack(digits.iter().copied().zip(radices));
        assert!(bytes.len() > 16);
        assert_eq!(unpack(&bytes, &radices).unwrap(), digits);
        assert_eq!(max_packed_len(&radices), 26); // ceil(20·log2(1025) / 8)
    }

    fn digits_and_radices() -> impl Strategy<Value = Vec<(u32, u32)>> {
        proptest::collection::vec((1u32..2_000).prop_flat_map(|r| (0..r, Just(r))), 0..50)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]
        #[test]
        fn share_radix_round_trips_minimally(pairs in digits_and_radices()) {
            let radices: Vec<u32> = pairs.iter().map(|&(_, r)| r).collect();
            let digits: Vec<u32> = pairs.iter().map(|&(d, _)| d).collect();
            let bytes = pack(pairs.iter().copied());
            prop_assert!(bytes.first() != Some(&0), "not minimal: {:?}", bytes);
            prop_assert!(bytes.len() <= max_packed_len(&radices));
            prop_assert_eq!(unpack(&bytes, &radices).unwrap(), digits);
        }

        #[test]
        fn share_radix_unpack_is_total(
            bytes in proptest::collection::vec(any::<u8>(), 0..40),
            radices in proptest::collection::vec(0u32..5_000, 0..40),
        ) {
            if let Ok(digits) = unpack(&bytes, &radices) {
                prop_assert_eq!(digits.len(), radices.len());
                for (d, r) in digits.iter().zip(&radices) {
                    prop_assert!(d < r);
                }
            }
        }
    }
}
