//! Reasons: the answers that did most for the winner, and most against each other
//! language, measured in weighted points.
//!
//! A rule's edge on one criterion is the score change it caused, times the user's
//! weight for that criterion, taken relative to the languages being compared:
//! * for the winner: `w_c × (a_winner,c − mean of the other two a_c)`;
//! * against language M: `w_c × (a_winner,c − a_M,c)`.
//!
//! Reasons are ranked criterion by criterion, not rule by rule: a criterion's edges
//! are first added up (so "nobody knows Go" and "nobody knows Python" cancel out,
//! and hiring counts whole even when several answers about it each moved it a
//! little). Each criterion the winner gains on becomes one reason, worth that net
//! edge. It is led by the strongest rule of the family of answers that gains most
//! there once netted (parallel questions, such as the three proficiency questions,
//! form one family), and names every other answer of a gaining family; criteria
//! led by the same rule make one reason.
//! Every point of a reason is the net of traced adjustments, each from an answer.
//!
//! A criterion counts at most as far as the winner is ahead on it in the final
//! scores (for the winner's reasons: ahead of each other language): answers that
//! only closed part of a gap the starting scores opened (or that a clamp
//! swallowed) explain no lead, so they are no reason.

use std::sync::OnceLock;

use super::criterion::{CRITERION_COUNT, Criterion};
use super::language::{LANGUAGE_COUNT, Language};
use super::questionnaire::{self, QUESTION_COUNT};
use super::scoring::Scores;
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
    /// The other answers that pushed the same way on the same criteria, strongest
    /// first (e.g. the Node.js hiring answer next to the Go one).
    pub also: Vec<AnswerRef>,
    /// The leading rule's reason text.
    pub text: &'static str,
    /// The criteria on which the winner gains (for) or the other language loses
    /// (against), net of every answer, in [`Criterion::ALL`] order.
    pub criteria: Vec<Criterion>,
    /// Weighted points of net difference on those criteria (always > 0).
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
    /// The family of its answer (see [`family_of`]).
    family: usize,
    amounts: [[i32; LANGUAGE_COUNT]; CRITERION_COUNT],
}

pub(crate) fn groups(adjustments: &[Adjustment]) -> Vec<Group<'_>> {
    let mut out: Vec<Group<'_>> = Vec::new();
    for adj in adjustments {
        let same = out.last().is_some_and(|g| g.first.rule == adj.rule);
        if !same {
            out.push(Group {
                first: adj,
                family: family_of(adj.answer),
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

/// The family of an answer: parallel questions (the same options, as the three
/// proficiency or hiring questions, or the services and the heart of the product)
/// share one, so "nobody knows Go" and "nobody knows Python" cancel out before
/// either explains anything. The key is the first question with those options.
fn family_of(answer: AnswerRef) -> usize {
    static FAMILIES: OnceLock<Vec<usize>> = OnceLock::new();
    let families = FAMILIES.get_or_init(|| {
        let questions = questionnaire::questions();
        questions
            .iter()
            .enumerate()
            .map(|(i, q)| {
                questions
                    .iter()
                    .position(|p| p.options == q.options)
                    .unwrap_or(i)
            })
            .collect()
    });
    questionnaire::question_index(answer.question)
        .and_then(|i| families.get(i).copied())
        .unwrap_or(usize::MAX)
}

/// One reason being assembled: the criteria one rule leads.
struct Merged {
    /// Index of the leading group.
    lead: usize,
    /// Net weighted edge over `criteria` (in the edge function's units).
    points: i64,
    criteria: Vec<Criterion>,
    /// Contributing groups with their summed positive edge.
    members: Vec<(usize, i64)>,
}

/// Builds the top reasons from a per-criterion "edge" function (unweighted, in
/// units `scale` times a score point, so means stay integral) and the same edge
/// measured on the final scores, `lead`: a criterion counts only as far as the
/// winner is ahead there in the end.
fn top<F, G>(groups: &[Group<'_>], weights: &Weights, scale: i64, edge: F, lead: G) -> Vec<Reason>
where
    F: Fn(&Group<'_>, Criterion) -> i64,
    G: Fn(Criterion) -> i64,
{
    let edges: Vec<[i64; CRITERION_COUNT]> = groups
        .iter()
        .map(|g| Criterion::ALL.map(|c| edge(g, c) * i64::from(weights.get(c))))
        .collect();
    let edge_of = |i: usize, c: Criterion| {
        edges
            .get(i)
            .and_then(|row| row.get(c.index()))
            .copied()
            .unwrap_or(0)
    };
    // Dense family slots: a question index, or the last slot for an unknown one.
    let slot = |i: usize| {
        groups
            .get(i)
            .map_or(QUESTION_COUNT, |g| g.family.min(QUESTION_COUNT))
    };
    let mut merged: Vec<Merged> = Vec::new();
    for c in Criterion::ALL {
        // Answers can lift the winner on a criterion where the starting scores
        // still leave it level or behind: that is no edge to explain.
        let net: i64 = (0..groups.len())
            .map(|i| edge_of(i, c))
            .sum::<i64>()
            .min(lead(c) * i64::from(weights.get(c)));
        if net <= 0 {
            continue;
        }
        // Each family of answers nets out first; only families left pushing the
        // winner's way lead or join the reason. Per slot: (net edge, what was
        // offset inside the family).
        let mut families = [(0i64, 0i64); QUESTION_COUNT + 1];
        for i in 0..groups.len() {
            let e = edge_of(i, c);
            if let Some((sum, off)) = families.get_mut(slot(i)) {
                *sum += e;
                *off += e.min(0).abs();
            }
        }
        // The family that gains most leads; on a tie, the one least offset by its
        // own other answers; then its strongest rule.
        let standing = |i: usize| {
            families
                .get(slot(i))
                .map_or((0, 0), |&(sum, off)| (sum, -off))
        };
        let mut pushing: Vec<(usize, i64)> = (0..groups.len())
            .map(|i| (i, edge_of(i, c)))
            .filter(|&(i, e)| e > 0 && standing(i).0 > 0)
            .collect();
        crate::small_sort::sort_by(&mut pushing, |a, b| {
            standing(b.0)
                .cmp(&standing(a.0))
                .then(b.1.cmp(&a.1))
                .then(a.0.cmp(&b.0))
        });
        let Some(&(lead, _)) = pushing.first() else {
            continue;
        };
        let at = match merged.iter().position(|m| m.lead == lead) {
            Some(at) => at,
            None => {
                merged.push(Merged {
                    lead,
                    points: 0,
                    criteria: Vec::new(),
                    members: Vec::new(),
                });
                merged.len() - 1
            }
        };
        if let Some(m) = merged.get_mut(at) {
            m.points += net;
            m.criteria.push(c);
            for (i, e) in pushing {
                match m.members.iter_mut().find(|(j, _)| *j == i) {
                    Some((_, sum)) => *sum += e,
                    None => m.members.push((i, e)),
                }
            }
        }
    }
    let mut reasons: Vec<(usize, Reason)> = merged
        .into_iter()
        .filter_map(|mut m| {
            let first = groups.get(m.lead)?.first;
            let points = m.points / scale;
            if points <= 0 {
                return None;
            }
            crate::small_sort::sort_by(&mut m.members, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let mut also: Vec<AnswerRef> = Vec::new();
            for (i, _) in m.members {
                let Some(g) = groups.get(i) else { continue };
                for answer in std::iter::once(g.first.answer).chain(g.first.context) {
                    let known = answer == first.answer
                        || Some(answer) == first.context
                        || also.contains(&answer);
                    if !known {
                        also.push(answer);
                    }
                }
            }
            Some((
                m.lead,
                Reason {
                    rule: first.rule,
                    answer: first.answer,
                    context: first.context,
                    also,
                    text: first.reason,
                    criteria: m.criteria,
                    weighted_points: u32::try_from(points).unwrap_or(u32::MAX),
                },
            ))
        })
        .collect();
    crate::small_sort::sort_by(&mut reasons, |(ia, a), (ib, b)| {
        b.weighted_points.cmp(&a.weighted_points).then(ia.cmp(ib))
    });
    reasons
        .into_iter()
        .take(MAX_REASONS)
        .map(|(_, r)| r)
        .collect()
}

pub(crate) fn for_winner(
    groups: &[Group<'_>],
    scores: &Scores,
    weights: &Weights,
    winner: Language,
) -> Vec<Reason> {
    // In the end the winner must lead each other language there, not only their
    // mean (beating the weakest while trailing the runner-up is no reason to win):
    // twice its smallest lead, in the edge's units (and never more than its lead
    // over the mean, which is at least that).
    let smallest_lead = |c: Criterion| {
        Language::ALL
            .into_iter()
            .filter(|&l| l != winner)
            .map(|l| 2 * (i64::from(scores.get(winner, c)) - i64::from(scores.get(l, c))))
            .min()
            .unwrap_or(0)
    };
    top(
        groups,
        weights,
        2,
        |g, c| {
            let others: i64 = Language::ALL
                .into_iter()
                .filter(|&l| l != winner)
                .map(|l| amount(g, c, l))
                .sum();
            2 * amount(g, c, winner) - others
        },
        smallest_lead,
    )
}

pub(crate) fn against(
    groups: &[Group<'_>],
    scores: &Scores,
    weights: &Weights,
    winner: Language,
    other: Language,
) -> Vec<Reason> {
    top(
        groups,
        weights,
        1,
        |g, c| amount(g, c, winner) - amount(g, c, other),
        |c| i64::from(scores.get(winner, c)) - i64::from(scores.get(other, c)),
    )
}
