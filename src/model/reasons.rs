//! Reasons: the answers that did most for the winner, and most against each other
//! language, measured in weighted points.
//!
//! Each reason is one fired rule. Its impact is the score change it caused,
//! criterion by criterion, times the user's weight for that criterion, taken
//! relative to the languages being compared:
//! * for the winner: `Σ w_c × (a_winner,c − mean of the other two a_c)`;
//! * against language M: `Σ w_c × (a_winner,c − a_M,c)`.
//!
//! Clamping is ignored here (a reason that was partly clamped still explains the
//! direction of the difference).

use super::criterion::{CRITERION_COUNT, Criterion};
use super::language::{LANGUAGE_COUNT, Language};
use super::trace::{Adjustment, AnswerRef};
use super::weights::Weights;

/// How many reasons are kept per list.
pub const MAX_REASONS: usize = 3;

/// One answer that moved the ranking, and by how much.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// The rule that fired.
    pub rule: &'static str,
    /// The answer behind it.
    pub answer: AnswerRef,
    /// A second answer the rule also needed, if any.
    pub context: Option<AnswerRef>,
    /// The rule's reason text.
    pub text: &'static str,
    /// The criteria through which it helped (for) or hurt (against), in order.
    pub criteria: Vec<Criterion>,
    /// Weighted points of difference it made (always > 0).
    pub weighted_points: u32,
}

/// The strongest reasons one language lost to the winner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReasonsAgainst {
    /// The language that lost.
    pub language: Language,
    /// Strongest first, at most [`MAX_REASONS`].
    pub reasons: Vec<Reason>,
}

/// One fired rule's adjustments, summed per criterion and language.
pub(crate) struct Group<'a> {
    first: &'a Adjustment,
    amounts: [[i32; LANGUAGE_COUNT]; CRITERION_COUNT],
}

pub(crate) fn groups(adjustments: &[Adjustment]) -> Vec<Group<'_>> {
    let mut out: Vec<Group<'_>> = Vec::new();
    for adj in adjustments {
        let same = out.last().is_some_and(|g| g.first.rule == adj.rule);
        if !same {
            out.push(Group {
                first: adj,
                amounts: [[0; LANGUAGE_COUNT]; CRITERION_COUNT],
            });
        }
        if let Some(slot) = out
            .last_mut()
            .and_then(|g| g.amounts.get_mut(adj.criterion.index()))
            .and_then(|row| row.get_mut(adj.language.index()))
        {
            *slot += adj.amount;
        }
    }
    out
}

fn amount(g: &Group<'_>, c: Criterion, l: Language) -> i64 {
    g.amounts
        .get(c.index())
        .and_then(|row| row.get(l.index()))
        .map_or(0, |&v| i64::from(v))
}

/// Builds the top reasons from a per-criterion "edge" function (already weighted,
/// in doubled units so means stay integral).
fn top<F>(groups: &[Group<'_>], weights: &Weights, scale: i64, edge: F) -> Vec<Reason>
where
    F: Fn(&Group<'_>, Criterion) -> i64,
{
    let mut reasons: Vec<(usize, Reason)> = Vec::new();
    for (order, g) in groups.iter().enumerate() {
        let mut total = 0i64;
        let mut criteria = Vec::new();
        for c in Criterion::ALL {
            let e = edge(g, c) * i64::from(weights.get(c));
            total += e;
            if e > 0 {
                criteria.push(c);
            }
        }
        let points = total / scale;
        if points > 0 {
            reasons.push((
                order,
                Reason {
                    rule: g.first.rule,
                    answer: g.first.answer,
                    context: g.first.context,
                    text: g.first.reason,
                    criteria,
                    weighted_points: u32::try_from(points).unwrap_or(u32::MAX),
                },
            ));
        }
    }
    reasons.sort_by(|(ia, a), (ib, b)| b.weighted_points.cmp(&a.weighted_points).then(ia.cmp(ib)));
    reasons
        .into_iter()
        .take(MAX_REASONS)
        .map(|(_, r)| r)
        .collect()
}

pub(crate) fn for_winner(groups: &[Group<'_>], weights: &Weights, winner: Language) -> Vec<Reason> {
    top(groups, weights, 2, |g, c| {
        let mine = amount(g, c, winner);
        let others: i64 = Language::ALL
            .into_iter()
            .filter(|&l| l != winner)
            .map(|l| amount(g, c, l))
            .sum();
        2 * mine - others
    })
}

pub(crate) fn against(
    groups: &[Group<'_>],
    weights: &Weights,
    winner: Language,
    other: Language,
) -> Vec<Reason> {
    top(groups, weights, 1, |g, c| {
        amount(g, c, winner) - amount(g, c, other)
    })
}
