//! Exact sensitivity of the ranking to the user's priorities.
//!
//! With the scores fixed, each language's weighted loss is linear in any single
//! weight: `T_L(d) = T_L + d × loss_L(c)` when the weight of criterion `c` moves by
//! `d`. So "does language M overtake the winner?" is a linear inequality in `d`,
//! and the set of `d` where the winner stays on top is an integer interval around
//! 0. This module solves those inequalities exactly (integer arithmetic, the same
//! tie-breaks as the ranking); the tests check every answer against brute force.

use super::criterion::{CRITERION_COUNT, Criterion};
use super::language::{LANGUAGE_COUNT, Language};
use super::scoring::{Ranking, Scores, key, rank};
use super::weights::{MAX_WEIGHT, Weights};

/// A change of one weight, and who would lead after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeightChange {
    /// The criterion whose weight changes.
    pub criterion: Criterion,
    /// Current weight.
    pub from: u8,
    /// New weight.
    pub to: u8,
    /// The language that would then be ranked first.
    pub new_leader: Language,
}

impl WeightChange {
    /// Signed change in slider steps.
    pub fn delta(&self) -> i32 {
        i32::from(self.to) - i32::from(self.from)
    }

    /// Size of the change in slider steps.
    pub fn steps(&self) -> u32 {
        self.delta().unsigned_abs()
    }

    /// E.g. "raising Hiring from 8 to 10 would put Node.js first".
    pub fn describe(&self) -> String {
        let verb = if self.delta() > 0 {
            "raising"
        } else {
            "lowering"
        };
        format!(
            "{verb} {} from {} to {} would put {} first",
            self.criterion.name(),
            self.from,
            self.to,
            self.new_leader.name()
        )
    }
}

/// How one criterion's weight can change the top rank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CriterionSensitivity {
    /// The criterion.
    pub criterion: Criterion,
    /// Its current weight.
    pub weight: u8,
    /// The smallest increase (within 0..=10) that changes the leader, if any.
    pub raise: Option<WeightChange>,
    /// The smallest decrease (within 0..=10) that changes the leader, if any.
    pub lower: Option<WeightChange>,
}

impl CriterionSensitivity {
    /// The smaller of the two changes; an increase wins a tie.
    pub fn smallest(&self) -> Option<WeightChange> {
        match (self.raise, self.lower) {
            (Some(r), Some(l)) => Some(if l.steps() < r.steps() { l } else { r }),
            (r, l) => r.or(l),
        }
    }
}

/// How easily the top rank moves when one priority changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Robustness {
    /// No single weight change of fewer than 4 steps changes the leader.
    Robust,
    /// A change of 2–3 steps on one slider changes the leader.
    ModeratelySensitive,
    /// Moving one slider by a single step changes the leader.
    Fragile,
}

impl Robustness {
    /// Stable id.
    pub const fn id(self) -> &'static str {
        match self {
            Robustness::Robust => "robust",
            Robustness::ModeratelySensitive => "moderately_sensitive",
            Robustness::Fragile => "fragile",
        }
    }

    /// Short label.
    pub const fn label(self) -> &'static str {
        match self {
            Robustness::Robust => "Robust",
            Robustness::ModeratelySensitive => "Moderately sensitive",
            Robustness::Fragile => "Fragile",
        }
    }

    /// From the smallest number of slider steps that changes the leader.
    pub fn from_steps(steps: Option<u32>) -> Robustness {
        match steps {
            None => Robustness::Robust,
            Some(s) if s >= 4 => Robustness::Robust,
            Some(s) if s >= 2 => Robustness::ModeratelySensitive,
            Some(_) => Robustness::Fragile,
        }
    }
}

/// A criterion where a runner-up trails the winner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trail {
    /// The criterion.
    pub criterion: Criterion,
    /// Winner's score minus this language's score (0–100 points).
    pub score_gap: u8,
    /// That gap times the criterion's weight: what it costs in the ranking.
    pub weighted_points: u32,
}

/// What would have to change for a runner-up to win.
#[derive(Clone, Debug, PartialEq)]
pub struct PathToWin {
    /// The runner-up.
    pub language: Language,
    /// Overall-score points behind the winner.
    pub behind_by: f64,
    /// The single weight change with the fewest steps that puts it first, if any.
    pub cheapest_change: Option<WeightChange>,
    /// Where it trails most (weighted), largest first, at most three.
    pub trails_most: Vec<Trail>,
}

/// The full sensitivity analysis of a result.
#[derive(Clone, Debug, PartialEq)]
pub struct Sensitivity {
    /// Per criterion, in [`Criterion::ALL`] order.
    pub criteria: [CriterionSensitivity; CRITERION_COUNT],
    /// The single smallest change that changes the leader (fewest steps; first
    /// criterion in order on a tie).
    pub smallest: Option<WeightChange>,
    /// Label derived from `smallest`.
    pub robustness: Robustness,
    /// For the second and third language, in rank order.
    pub runners_up: Vec<PathToWin>,
}

fn floor_div(a: i64, b: i64) -> i64 {
    if b > 0 {
        a.div_euclid(b)
    } else {
        (-a).div_euclid(-b)
    }
}

fn ceil_div(a: i64, b: i64) -> i64 {
    -floor_div(-a, b)
}

/// Integer interval `[lo, hi]`; `None` bounds are unbounded.
#[derive(Clone, Copy, Debug)]
struct Interval {
    lo: Option<i64>,
    hi: Option<i64>,
    empty: bool,
}

impl Interval {
    fn all() -> Interval {
        Interval {
            lo: None,
            hi: None,
            empty: false,
        }
    }

    /// Intersect with `{d : a + d·k ≥ t}`.
    fn at_least(&mut self, a: i64, k: i64, t: i64) {
        match k.cmp(&0) {
            std::cmp::Ordering::Equal => {
                if a < t {
                    self.empty = true;
                }
            }
            std::cmp::Ordering::Greater => {
                let b = ceil_div(t - a, k);
                self.lo = Some(self.lo.map_or(b, |lo| lo.max(b)));
            }
            std::cmp::Ordering::Less => {
                let b = floor_div(t - a, k);
                self.hi = Some(self.hi.map_or(b, |hi| hi.min(b)));
            }
        }
        if let (Some(lo), Some(hi)) = (self.lo, self.hi)
            && lo > hi
        {
            self.empty = true;
        }
    }
}

struct Linear {
    totals: [i64; LANGUAGE_COUNT],
    losses: [i64; LANGUAGE_COUNT],
    secondary: [(u32, usize); LANGUAGE_COUNT],
}

impl Linear {
    fn new(scores: &Scores, ranking: &Ranking, criterion: Criterion) -> Linear {
        let mut totals = [0i64; LANGUAGE_COUNT];
        let mut losses = [0i64; LANGUAGE_COUNT];
        let mut secondary = [(0u32, 0usize); LANGUAGE_COUNT];
        for l in Language::ALL {
            let i = l.index();
            totals[i] = i64::from(ranking.weighted_loss[i]);
            losses[i] = i64::from(scores.loss(l, criterion));
            let (_, u, idx) = key(0, ranking.unweighted_loss[i], l);
            secondary[i] = (u, idx);
        }
        Linear {
            totals,
            losses,
            secondary,
        }
    }

    /// `{d : x is ranked above y after moving the weight by d}` as
    /// `a + d·k ≥ t` with `a = T_y − T_x`, `k = l_y − l_x`.
    fn beats(&self, x: Language, y: Language, set: &mut Interval) {
        let (xi, yi) = (x.index(), y.index());
        let a = self.totals[yi] - self.totals[xi];
        let k = self.losses[yi] - self.losses[xi];
        let t = if self.secondary[xi] < self.secondary[yi] {
            0
        } else {
            1
        };
        set.at_least(a, k, t);
    }
}

fn leader_after(scores: &Scores, weights: &Weights, criterion: Criterion, to: u8) -> Language {
    rank(scores, &weights.with(criterion, to)).winner()
}

fn to_weight(from: u8, delta: i64) -> Option<u8> {
    let to = i64::from(from) + delta;
    if (0..=i64::from(MAX_WEIGHT)).contains(&to) {
        u8::try_from(to).ok()
    } else {
        None
    }
}

/// Analyses how the leader depends on each weight, and what each runner-up needs.
pub fn analyse(scores: &Scores, weights: &Weights, ranking: &Ranking) -> Sensitivity {
    let winner = ranking.winner();
    let mut criteria = Criterion::ALL.map(|c| CriterionSensitivity {
        criterion: c,
        weight: weights.get(c),
        raise: None,
        lower: None,
    });
    let mut runner_best: [Option<WeightChange>; LANGUAGE_COUNT] = [None; LANGUAGE_COUNT];

    for entry in criteria.iter_mut() {
        let c = entry.criterion;
        let w = entry.weight;
        let lin = Linear::new(scores, ranking, c);

        // Where does the winner stay on top? Intersection over rivals M of
        // "M does not beat W", i.e. "W beats M".
        let mut keep = Interval::all();
        for m in Language::ALL {
            if m != winner {
                lin.beats(winner, m, &mut keep);
            }
        }
        // 0 is always inside `keep` (the winner wins at the current weights).
        if let Some(hi) = keep.hi
            && let Some(to) = to_weight(w, hi + 1)
        {
            entry.raise = Some(WeightChange {
                criterion: c,
                from: w,
                to,
                new_leader: leader_after(scores, weights, c, to),
            });
        }
        if let Some(lo) = keep.lo
            && let Some(to) = to_weight(w, lo - 1)
        {
            entry.lower = Some(WeightChange {
                criterion: c,
                from: w,
                to,
                new_leader: leader_after(scores, weights, c, to),
            });
        }

        // For each runner-up: where does it beat both others?
        for m in Language::ALL {
            if m == winner {
                continue;
            }
            let mut win = Interval::all();
            for x in Language::ALL {
                if x != m {
                    lin.beats(m, x, &mut win);
                }
            }
            let lo_bound = -i64::from(w);
            let hi_bound = i64::from(MAX_WEIGHT - w.min(MAX_WEIGHT));
            let lo = win.lo.map_or(lo_bound, |v| v.max(lo_bound));
            let hi = win.hi.map_or(hi_bound, |v| v.min(hi_bound));
            if win.empty || lo > hi {
                continue;
            }
            // 0 is never inside (m does not win now), so the closest point is an end.
            let d = if lo > 0 { lo } else { hi };
            let Some(to) = to_weight(w, d) else { continue };
            let change = WeightChange {
                criterion: c,
                from: w,
                to,
                new_leader: m,
            };
            let slot = &mut runner_best[m.index()];
            if slot.is_none_or(|best| change.steps() < best.steps()) {
                *slot = Some(change);
            }
        }
    }

    let mut smallest: Option<WeightChange> = None;
    for entry in &criteria {
        if let Some(ch) = entry.smallest()
            && smallest.is_none_or(|s| ch.steps() < s.steps())
        {
            smallest = Some(ch);
        }
    }
    let robustness = Robustness::from_steps(smallest.map(|s| s.steps()));

    let runners_up = ranking
        .order
        .iter()
        .skip(1)
        .map(|&m| {
            let mut trails: Vec<Trail> = Criterion::ALL
                .into_iter()
                .filter_map(|c| {
                    let gap = scores.get(winner, c).checked_sub(scores.get(m, c))?;
                    let weighted = u32::from(gap) * u32::from(weights.get(c));
                    (gap > 0).then_some(Trail {
                        criterion: c,
                        score_gap: gap,
                        weighted_points: weighted,
                    })
                })
                .collect();
            crate::small_sort::sort_by(&mut trails, |a, b| {
                b.weighted_points
                    .cmp(&a.weighted_points)
                    .then(b.score_gap.cmp(&a.score_gap))
                    .then(a.criterion.cmp(&b.criterion))
            });
            trails.truncate(3);
            PathToWin {
                language: m,
                behind_by: ranking.overall(winner) - ranking.overall(m),
                cheapest_change: runner_best[m.index()],
                trails_most: trails,
            }
        })
        .collect();

    Sensitivity {
        criteria,
        smallest,
        robustness,
        runners_up,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
pub(crate) mod tests {
    use super::*;

    /// `(new weight, new leader)` of a flip found by brute force.
    type Flip = Option<(u8, Language)>;

    /// Brute force: every weight of one criterion, smallest |d| up and down.
    pub(crate) fn brute_force(scores: &Scores, weights: &Weights, c: Criterion) -> (Flip, Flip) {
        let w = weights.get(c);
        let winner = rank(scores, weights).winner();
        let up = (w + 1..=MAX_WEIGHT)
            .map(|to| (to, leader_after(scores, weights, c, to)))
            .find(|(_, l)| *l != winner);
        let down = (0..w)
            .rev()
            .map(|to| (to, leader_after(scores, weights, c, to)))
            .find(|(_, l)| *l != winner);
        (up, down)
    }

    /// Brute force: fewest steps on one slider that puts `m` first.
    pub(crate) fn brute_force_path(scores: &Scores, weights: &Weights, m: Language) -> Option<u32> {
        let mut best: Option<u32> = None;
        for c in Criterion::ALL {
            let w = weights.get(c);
            for to in 0..=MAX_WEIGHT {
                if leader_after(scores, weights, c, to) == m {
                    let steps = u32::from(to.abs_diff(w));
                    best = Some(best.map_or(steps, |b| b.min(steps)));
                }
            }
        }
        best
    }

    pub(crate) fn check_against_brute_force(scores: &Scores, weights: &Weights) {
        let ranking = rank(scores, weights);
        let s = analyse(scores, weights, &ranking);
        for entry in &s.criteria {
            let (up, down) = brute_force(scores, weights, entry.criterion);
            assert_eq!(
                entry.raise.map(|r| (r.to, r.new_leader)),
                up,
                "raise {:?}",
                entry.criterion
            );
            assert_eq!(
                entry.lower.map(|r| (r.to, r.new_leader)),
                down,
                "lower {:?}",
                entry.criterion
            );
        }
        for path in &s.runners_up {
            let expected = brute_force_path(scores, weights, path.language);
            assert_eq!(
                path.cheapest_change.map(|c| c.steps()),
                expected,
                "{:?}",
                path.language
            );
            if let Some(ch) = path.cheapest_change {
                assert_eq!(
                    leader_after(scores, weights, ch.criterion, ch.to),
                    path.language
                );
            }
        }
    }

    #[test]
    fn division_helpers_round_correctly() {
        assert_eq!(floor_div(7, 2), 3);
        assert_eq!(floor_div(-7, 2), -4);
        assert_eq!(floor_div(7, -2), -4);
        assert_eq!(floor_div(-7, -2), 3);
        assert_eq!(ceil_div(7, 2), 4);
        assert_eq!(ceil_div(-7, 2), -3);
        assert_eq!(ceil_div(7, -2), -3);
        assert_eq!(ceil_div(-7, -2), 4);
    }

    #[test]
    fn hand_made_cases_match_brute_force() {
        let scores = Scores::from_array([
            [50, 60, 70, 80, 90, 40, 85, 80],
            [80, 70, 75, 60, 80, 50, 60, 60],
            [80, 65, 80, 45, 50, 95, 60, 65],
        ]);
        for w in [
            Weights::default(),
            Weights::uniform(0),
            Weights::uniform(10),
            Weights::from_array([0, 0, 0, 0, 0, 1, 0, 0]),
            Weights::from_array([3, 9, 0, 10, 2, 7, 1, 5]),
        ] {
            check_against_brute_force(&scores, &w);
        }
        // Identical languages: only tie-breaks decide, nothing can flip.
        let flat = Scores::from_array([[50; 8]; 3]);
        let ranking = rank(&flat, &Weights::default());
        assert_eq!(ranking.winner(), Language::Go);
        let s = analyse(&flat, &Weights::default(), &ranking);
        assert_eq!(s.robustness, Robustness::Robust);
        assert!(s.smallest.is_none());
        check_against_brute_force(&flat, &Weights::default());
    }
}
