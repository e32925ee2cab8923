//! Stable sorting for the app's short lists (reasons, warnings, disagreements,
//! backups), small in WebAssembly. The saved decisions' keys and list, which can
//! be thousands long, keep std's sort.
//!
//! The standard library's `sort_by` compiles a whole driftsort (several kB of
//! wasm) for every call site's element type and comparison; the app has about
//! twenty such sites, so the sort code was about 7 % of the wasm's code before
//! optimisation, and replacing it saved 20 kB of the gzipped wasm.
//! A binary insertion sort is a few hundred bytes per site: comparisons stay
//! O(n log n) but the moves grow with the square of the length: fine for lists of
//! a few dozen, not for thousands (natively, 5,000 list entries took 17 ms against
//! std's 1 ms). Same contract as `slice::sort_by`: stable,
//! and a comparison that is not a total order leaves the items in some order
//! without panicking.
//!
//! `clippy.toml` disallows std's slice sorts in the app's code, so a new call site
//! cannot bring one back unnoticed; the two long lists carry an `allow` with their
//! reason, and tests and benchmarks (never in the wasm) are exempt.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (stable).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for next in 1..items.len() {
        let (sorted, rest) = items.split_at_mut(next);
        let item = &rest[0];
        // After every item that is not greater: equal items keep their order.
        let at = sorted.partition_point(|placed| compare(placed, item) != Ordering::Greater);
        items[at..=next].rotate_right(1);
    }
}

/// Sorts `items` by the key `key` gives, stable.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order, stable.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(items in proptest::collection::vec((0u8..8, any::<u16>()), 0..300)) {
            let mut ours = items.clone();
            let mut theirs = items;
            // Only the first field is compared: the second shows stability.
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            theirs.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn a_comparison_that_is_not_an_order_never_panics_or_loses_items(
            items in proptest::collection::vec(any::<u8>(), 0..100),
            seed in any::<u64>(),
        ) {
            let mut ours = items.clone();
            let mut state = seed;
            sort_by(&mut ours, |_, _| {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                [Ordering::Less, Ordering::Equal, Ordering::Greater][(state >> 62) as usize % 3]
            });
            let (mut a, mut b) = (ours, items);
            a.sort_unstable();
            b.sort_unstable();
            prop_assert_eq!(a, b);
        }
    }

    #[test]
    fn keys_and_natural_order() {
        let mut words = vec!["pear", "fig", "apple", "kiwi"];
        sort_by_key(&mut words, |w| w.len());
        assert_eq!(words, ["fig", "pear", "kiwi", "apple"]);
        sort(&mut words);
        assert_eq!(words, ["apple", "fig", "kiwi", "pear"]);
    }
}
