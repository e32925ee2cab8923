//! Scoring: baseline + answer-driven adjustments → 0–100 per language and criterion,
//! then the weighted-loss ranking.
//!
//! Scores depend only on the answers; the ranking depends on scores and weights.
//! The formula is explained in `docs/scoring.md` and in [`FORMULA`].

use std::cmp::Ordering;

use super::answers::Answer;
use super::confidence::CLOSE_MARGIN;
use super::criterion::{CRITERION_COUNT, Criterion};
use super::knowledge::{self, RULES, Rule, SPREAD_CAPS, Trigger};
use super::language::{LANGUAGE_COUNT, Language};
use super::questionnaire::{self, VisibleAnswers};
use super::trace::{Adjustment, AnswerRef, Clamp};
use super::weights::Weights;

/// The formula in plain words, for the app to show next to the result.
pub const FORMULA: &str = "Each language gets a 0–100 score on every criterion: a baseline from \
the published guides, moved up or down by your answers. Where a language scores below 100 it \
loses points, and each loss is multiplied by how much that criterion matters to you (your \
priority sliders). The language with the smallest weighted loss wins: it loses the fewest points \
where it hurts your team most. Its overall score is 100 minus its weighted average loss.";

/// Final 0–100 scores, `[language][criterion]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Scores {
    values: [[u8; CRITERION_COUNT]; LANGUAGE_COUNT],
}

impl Scores {
    /// Builds scores from raw values (clamped to 100); in [`Language::ALL`] ×
    /// [`Criterion::ALL`] order.
    pub fn from_array(values: [[u8; CRITERION_COUNT]; LANGUAGE_COUNT]) -> Scores {
        Scores {
            values: values.map(|row| row.map(|v| v.min(100))),
        }
    }

    /// The score of one language on one criterion.
    pub fn get(&self, language: Language, criterion: Criterion) -> u8 {
        self.values
            .get(language.index())
            .and_then(|row| row.get(criterion.index()))
            .copied()
            .unwrap_or(0)
    }

    /// One language's scores in criterion order (for the radar).
    pub fn row(&self, language: Language) -> [u8; CRITERION_COUNT] {
        self.values
            .get(language.index())
            .copied()
            .unwrap_or([0; CRITERION_COUNT])
    }

    /// Points lost: `100 − score`.
    pub fn loss(&self, language: Language, criterion: Criterion) -> u32 {
        100u32.saturating_sub(u32::from(self.get(language, criterion)))
    }
}

/// Scores plus the trace of how they were reached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoreSheet {
    /// Final scores.
    pub scores: Scores,
    /// Every answer-driven adjustment, grouped by rule in `RULES` order.
    pub adjustments: Vec<Adjustment>,
    /// Every clamp to 0..=100.
    pub clamps: Vec<Clamp>,
}

/// When a rule fires: the answer behind it, and a second one if it needed two.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Firing {
    pub answer: AnswerRef,
    pub context: Option<AnswerRef>,
}

fn chosen(
    view: &VisibleAnswers<'_>,
    question: &'static str,
    option: &'static str,
) -> Option<AnswerRef> {
    view.includes(question, option)
        .then_some(AnswerRef::option(question, option))
}

/// The core workload, if known: the `core_workload` answer, or the only service
/// ticked when just one is.
pub(crate) fn core_workload(view: &VisibleAnswers<'_>) -> Option<AnswerRef> {
    if let Some(kind) = view.single("core_workload") {
        return Some(AnswerRef::option("core_workload", kind));
    }
    match view.get("services_12m") {
        Some(Answer::Multi(set)) if set.len() == 1 => set
            .iter()
            .next()
            .map(|k| AnswerRef::option("services_12m", k)),
        _ => None,
    }
}

/// The answer that shows the core workload is one of `kinds`: the core named (or
/// the one service planned), or, when the core question is unanswered and
/// `or_all_within` is not empty, a list of planned services entirely within it. A
/// core answered "not sure" shows the list the same way, or, for a rule without
/// `or_all_within`, when every service on it is one of `kinds` (whichever the team
/// names, the core is one of them). Scoring rules and warnings both ask this, so
/// they never disagree on what the core is.
pub(crate) fn core_among(
    view: &VisibleAnswers<'_>,
    kinds: &[&str],
    or_all_within: &[&str],
) -> Option<AnswerRef> {
    if let Some(core) = core_workload(view) {
        let kind = core.option?;
        return kinds.contains(&kind).then_some(core);
    }
    // Unanswered or "not sure": the list speaks as a whole, as when no core is
    // named; and where a rule has no such list, the list still shows the core is
    // one of `kinds` when every service planned is, whichever the team would name.
    let within = match view.get("core_workload") {
        None => or_all_within,
        Some(Answer::NotSure) if or_all_within.is_empty() => kinds,
        Some(Answer::NotSure) => or_all_within,
        Some(_) => return None,
    };
    if within.is_empty() {
        return None;
    }
    match view.get("services_12m") {
        Some(Answer::Multi(set)) if !set.is_empty() && set.iter().all(|k| within.contains(k)) => {
            Some(AnswerRef::whole("services_12m"))
        }
        _ => None,
    }
}

/// The answer showing the team hires in the next 12 months: people needed within
/// weeks or months, or a team that grows.
pub(crate) fn hiring_this_year(view: &VisibleAnswers<'_>) -> Option<AnswerRef> {
    if let Some(when @ ("within_weeks" | "within_months")) = view.single("time_to_hire") {
        return Some(AnswerRef::option("time_to_hire", when));
    }
    let now = view.single("team_size_now")?;
    let later = view.single("team_size_12m")?;
    let q = questionnaire::question("team_size_12m")?;
    (q.option_index(later)? > q.option_index(now)?)
        .then_some(AnswerRef::option("team_size_12m", later))
}

/// Whether the rule or spread cap with this id applies to these answers (for tests
/// that name a rule).
#[cfg(test)]
pub(crate) fn applies(id: &str, view: &VisibleAnswers<'_>) -> bool {
    let rule = RULES.iter().find(|r| r.id == id).map(|r| r.when);
    let cap = SPREAD_CAPS.iter().find(|c| c.id == id).map(|c| c.when);
    rule.or(cap)
        .is_some_and(|when| fires_when(when, view).is_some())
}

pub(crate) fn fires(rule: &Rule, view: &VisibleAnswers<'_>) -> Option<Firing> {
    fires_when(rule.when, view)
}

fn fires_when(when: Trigger, view: &VisibleAnswers<'_>) -> Option<Firing> {
    match when {
        Trigger::Chosen { question, option } => {
            chosen(view, question, option).map(|answer| Firing {
                answer,
                context: None,
            })
        }
        Trigger::Unless { trigger, unless } => {
            if unless.iter().any(|(q, o)| view.includes(q, o)) {
                None
            } else {
                fires_when(*trigger, view)
            }
        }
        Trigger::ChosenWith {
            question,
            option,
            with_question,
            with_option,
        } => {
            let answer = chosen(view, question, option)?;
            let context = chosen(view, with_question, with_option)?;
            Some(Firing {
                answer,
                context: Some(context),
            })
        }
        Trigger::Core {
            kinds,
            or_all_within,
        } => core_among(view, kinds, or_all_within).map(|answer| Firing {
            answer,
            context: None,
        }),
        Trigger::WhileHiring { question, option } => {
            let answer = chosen(view, question, option)?;
            let context = hiring_this_year(view)?;
            Some(Firing {
                answer,
                context: Some(context),
            })
        }
        Trigger::Grows { earlier, later } => {
            let from = view.single(earlier)?;
            let to = view.single(later)?;
            let q = questionnaire::question(later)?;
            let (i, j) = (q.option_index(from)?, q.option_index(to)?);
            (j > i).then_some(Firing {
                answer: AnswerRef::option(later, to),
                context: Some(AnswerRef::option(earlier, from)),
            })
        }
    }
}

/// Scores every language on every criterion from the visible answers.
pub fn score(view: &VisibleAnswers<'_>) -> ScoreSheet {
    let mut adjustments = Vec::with_capacity(96);
    let mut clamps = Vec::new();
    let scores = compute(view, Some((&mut adjustments, &mut clamps)));
    ScoreSheet {
        scores,
        adjustments,
        clamps,
    }
}

/// The scores alone, without the trace: what the verdict needs for each of the
/// many answer sets it tries, at a fraction of [`score`]'s cost.
pub(crate) fn scores_only(view: &VisibleAnswers<'_>) -> Scores {
    compute(view, None)
}

/// Scores, recording every adjustment and clamp in `trace` when given.
fn compute(
    view: &VisibleAnswers<'_>,
    mut trace: Option<(&mut Vec<Adjustment>, &mut Vec<Clamp>)>,
) -> Scores {
    let mut raw = [[0i32; CRITERION_COUNT]; LANGUAGE_COUNT];
    for lang in Language::ALL {
        for c in Criterion::ALL {
            if let Some(slot) = raw.get_mut(lang.index()).and_then(|r| r.get_mut(c.index())) {
                *slot = i32::from(knowledge::baseline(lang, c).score);
            }
        }
    }
    for rule in RULES {
        let Some(firing) = fires(rule, view) else {
            continue;
        };
        for effect in rule.effects {
            for lang in Language::ALL {
                let amount = i32::from(effect.amount(lang));
                if amount == 0 {
                    continue;
                }
                if let Some(slot) = raw
                    .get_mut(lang.index())
                    .and_then(|r| r.get_mut(effect.criterion.index()))
                {
                    *slot += amount;
                }
                if let Some((adjustments, _)) = trace.as_mut() {
                    adjustments.push(Adjustment {
                        rule: rule.id,
                        answer: firing.answer,
                        context: firing.context,
                        criterion: effect.criterion,
                        language: lang,
                        amount,
                        reason: rule.reason,
                    });
                }
            }
        }
    }
    for cap in SPREAD_CAPS {
        let Some(firing) = fires_when(cap.when, view) else {
            continue;
        };
        for &criterion in cap.criteria {
            let c = criterion.index();
            let column = raw.map(|row| row.get(c).copied().unwrap_or(0));
            // From the best score as it will be kept (0..=100): a raw best above 100
            // would otherwise lift the others past what the cap allows, up to level.
            let best = column.iter().copied().max().unwrap_or(0).clamp(0, 100);
            let floor = best - i32::from(cap.max_spread);
            for lang in Language::ALL {
                let Some(slot) = raw.get_mut(lang.index()).and_then(|r| r.get_mut(c)) else {
                    continue;
                };
                if *slot < floor {
                    if let Some((adjustments, _)) = trace.as_mut() {
                        adjustments.push(Adjustment {
                            rule: cap.id,
                            answer: firing.answer,
                            context: firing.context,
                            criterion,
                            language: lang,
                            amount: floor - *slot,
                            reason: cap.reason,
                        });
                    }
                    *slot = floor;
                }
            }
        }
    }
    let mut values = [[0u8; CRITERION_COUNT]; LANGUAGE_COUNT];
    for lang in Language::ALL {
        for c in Criterion::ALL {
            let r = raw
                .get(lang.index())
                .and_then(|row| row.get(c.index()))
                .copied()
                .unwrap_or(0);
            let kept = u8::try_from(r.clamp(0, 100)).unwrap_or(0);
            if i32::from(kept) != r
                && let Some((_, clamps)) = trace.as_mut()
            {
                clamps.push(Clamp {
                    language: lang,
                    criterion: c,
                    raw: r,
                    clamped: kept,
                });
            }
            if let Some(slot) = values
                .get_mut(lang.index())
                .and_then(|row| row.get_mut(c.index()))
            {
                *slot = kept;
            }
        }
    }
    Scores { values }
}

/// Weighted totals and the resulting order.
///
/// Order: smallest weighted loss first; ties broken by the smaller unweighted loss
/// (all criteria counted equally), then by the fixed order Go, Node.js, Python.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ranking {
    /// Languages, best first.
    pub order: [Language; LANGUAGE_COUNT],
    /// `Σ weight × (100 − score)` per language, in [`Language::ALL`] order.
    pub weighted_loss: [u32; LANGUAGE_COUNT],
    /// `Σ (100 − score)` per language (the tie-break), in [`Language::ALL`] order.
    pub unweighted_loss: [u32; LANGUAGE_COUNT],
    /// Sum of the weights.
    pub weight_total: u32,
}

impl Ranking {
    /// The top language.
    pub fn winner(&self) -> Language {
        self.order[0]
    }

    /// The second language.
    pub fn runner_up(&self) -> Language {
        self.order[1]
    }

    /// 1-based rank of a language.
    pub fn rank_of(&self, language: Language) -> usize {
        self.order
            .iter()
            .position(|&l| l == language)
            .map_or(LANGUAGE_COUNT, |p| p + 1)
    }

    /// Overall 0–100 score: 100 minus the weighted mean loss. With every weight at
    /// zero, criteria count equally.
    pub fn overall(&self, language: Language) -> f64 {
        let i = language.index();
        if self.weight_total == 0 {
            let u = self.unweighted_loss.get(i).copied().unwrap_or(0);
            100.0 - f64::from(u) / CRITERION_COUNT as f64
        } else {
            let w = self.weighted_loss.get(i).copied().unwrap_or(0);
            100.0 - f64::from(w) / f64::from(self.weight_total)
        }
    }

    /// Whether first and second place lose the same weighted points: level on what
    /// the user weighted, ordered only by the tie-break. With every weight at zero,
    /// criteria count equally, as in [`Ranking::overall`].
    pub fn level_at_top(&self) -> bool {
        let (w, r) = (self.winner().index(), self.runner_up().index());
        let loss = if self.weight_total == 0 {
            &self.unweighted_loss
        } else {
            &self.weighted_loss
        };
        loss.get(w) == loss.get(r)
    }

    /// Whether the top two are too close for the points to settle: level on what the
    /// user weighted, or under [`CLOSE_MARGIN`] overall points apart. The summary
    /// and the warnings' advice then name both, and the trial decides.
    pub fn too_close_to_call(&self) -> bool {
        self.level_at_top() || self.margin() < CLOSE_MARGIN
    }

    /// Overall-score points between first and second place.
    pub fn margin(&self) -> f64 {
        self.overall(self.winner()) - self.overall(self.runner_up())
    }
}

/// The ranking key of a language: (weighted loss, unweighted loss, fixed index).
pub(crate) fn key(weighted: u32, unweighted: u32, language: Language) -> (u32, u32, usize) {
    (weighted, unweighted, language.index())
}

/// Ranks the languages for the given weights.
pub fn rank(scores: &Scores, weights: &Weights) -> Ranking {
    let mut weighted_loss = [0u32; LANGUAGE_COUNT];
    let mut unweighted_loss = [0u32; LANGUAGE_COUNT];
    for lang in Language::ALL {
        let mut w = 0;
        let mut u = 0;
        for (c, weight) in weights.iter() {
            let loss = scores.loss(lang, c);
            w += u32::from(weight) * loss;
            u += loss;
        }
        weighted_loss[lang.index()] = w;
        unweighted_loss[lang.index()] = u;
    }
    let mut order = Language::ALL;
    crate::small_sort::sort_by(&mut order, |a, b| {
        compare(a, b, &weighted_loss, &unweighted_loss)
    });
    Ranking {
        order,
        weighted_loss,
        unweighted_loss,
        weight_total: weights.total(),
    }
}

fn compare(
    a: &Language,
    b: &Language,
    w: &[u32; LANGUAGE_COUNT],
    u: &[u32; LANGUAGE_COUNT],
) -> Ordering {
    key(w[a.index()], u[a.index()], *a).cmp(&key(w[b.index()], u[b.index()], *b))
}
