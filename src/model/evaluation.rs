//! The result of an evaluation, and [`evaluate`], the one call the UI makes.
//!
//! `evaluate(&answers, &weights)` scores the visible answers, ranks the languages by
//! weighted loss, and gathers traces, reasons, warnings, sensitivity and confidence.
//! It is pure and deterministic: same inputs, same output.

use super::answers::Answers;
use super::confidence::{self, Confidence};
use super::criterion::{CRITERION_COUNT, Criterion};
use super::language::{LANGUAGE_COUNT, Language};
use super::questionnaire::VisibleAnswers;
use super::reasons::{self, Reason, ReasonsAgainst};
use super::scoring::{self, Ranking, Scores};
use super::sensitivity::{self, Robustness, Sensitivity};
use super::trace::{Adjustment, Clamp};
use super::verdict::{self, Status, Undecided, Verdict};
use super::warnings::{self, Warning};
use super::weights::Weights;

/// One language's line in the result table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LanguageResult {
    /// The language.
    pub language: Language,
    /// 1-based rank.
    pub rank: usize,
    /// Overall 0–100 score (100 − weighted mean loss).
    pub overall: f64,
    /// `Σ weight × (100 − score)`.
    pub weighted_loss: u32,
    /// Scores in [`Criterion::ALL`] order.
    pub scores: [u8; CRITERION_COUNT],
}

/// Everything the result view shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// The weights used.
    pub weights: Weights,
    /// Final 0–100 scores per language and criterion.
    pub scores: Scores,
    /// Order and weighted totals.
    pub ranking: Ranking,
    /// Every answer-driven adjustment, grouped by rule.
    pub adjustments: Vec<Adjustment>,
    /// Every clamp to 0..=100.
    pub clamps: Vec<Clamp>,
    /// Strongest answers in favour of the winner.
    pub reasons_for: Vec<Reason>,
    /// Strongest answers against each other language, in rank order.
    pub reasons_against: Vec<ReasonsAgainst>,
    /// Warnings and notes that apply.
    pub warnings: Vec<Warning>,
    /// How the leader depends on the weights.
    pub sensitivity: Sensitivity,
    /// How far to trust the result.
    pub confidence: Confidence,
    /// What the open questions could still change: ranges, decided or not.
    pub verdict: Verdict,
    /// The (at most two) criteria the leader gains most on over the runner-up.
    pub wins_on: Vec<Criterion>,
    /// Two or three plain sentences defending the result.
    pub summary: String,
}

impl Evaluation {
    /// The recommended default language.
    pub fn winner(&self) -> Language {
        self.ranking.winner()
    }

    /// The language recommended, if the answers allow a recommendation at all.
    pub fn recommendation(&self) -> Option<Language> {
        self.verdict.recommends().then(|| self.winner())
    }

    /// Whether no remaining answer would change the leader.
    pub fn is_decided(&self) -> bool {
        self.verdict.status == Status::Decided
    }

    /// Weighted points (a reason's `weighted_points`) in the unit of the lead and the
    /// overall scores: divided by the sum of the weights.
    pub fn in_overall_points(&self, weighted_points: u32) -> f64 {
        match self.ranking.weight_total {
            0 => 0.0,
            total => f64::from(weighted_points) / f64::from(total),
        }
    }

    /// Second place.
    pub fn runner_up(&self) -> Language {
        self.ranking.runner_up()
    }

    /// Overall-score points between first and second.
    pub fn margin(&self) -> f64 {
        self.ranking.margin()
    }

    /// Overall 0–100 score of a language.
    pub fn overall(&self, language: Language) -> f64 {
        self.ranking.overall(language)
    }

    /// 0–100 score of a language on a criterion.
    pub fn score(&self, language: Language, criterion: Criterion) -> u8 {
        self.scores.get(language, criterion)
    }

    /// One row per language, best first.
    pub fn results(&self) -> [LanguageResult; LANGUAGE_COUNT] {
        self.ranking.order.map(|l| LanguageResult {
            language: l,
            rank: self.ranking.rank_of(l),
            overall: self.ranking.overall(l),
            weighted_loss: self.ranking.weighted_loss[l.index()],
            scores: self.scores.row(l),
        })
    }

    /// The adjustments behind one score, in rule order.
    pub fn trace(
        &self,
        language: Language,
        criterion: Criterion,
    ) -> impl Iterator<Item = &Adjustment> {
        self.adjustments
            .iter()
            .filter(move |a| a.language == language && a.criterion == criterion)
    }

    /// The clamp applied to one score, if any.
    pub fn clamp(&self, language: Language, criterion: Criterion) -> Option<&Clamp> {
        self.clamps
            .iter()
            .find(|c| c.language == language && c.criterion == criterion)
    }

    /// Whether a warning with this id was raised.
    pub fn has_warning(&self, id: &str) -> bool {
        self.warnings.iter().any(|w| w.id == id)
    }

    /// The result's title: "Recommended default: Node.js", "Too close to call:
    /// Python or Node.js" (as the summary says, the trial decides) or "Cannot
    /// decide yet".
    pub fn headline(&self) -> String {
        match self.recommendation() {
            None => "Cannot decide yet".to_owned(),
            Some(winner) if self.ranking.too_close_to_call() => format!(
                "Too close to call: {} or {}",
                winner.name(),
                self.runner_up().name()
            ),
            Some(winner) => format!("Recommended default: {}", winner.name()),
        }
    }
}

fn join_names(criteria: &[Criterion]) -> String {
    let names: Vec<String> = criteria.iter().map(|c| c.phrase().to_owned()).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The (at most two) criteria where the leader gains most over the runner-up,
/// weighted: what it "wins mainly on". The result view, the summary and the record
/// all use this one computation.
fn wins_on(scores: &Scores, weights: &Weights, ranking: &Ranking) -> Vec<Criterion> {
    let w = ranking.winner();
    let r = ranking.runner_up();
    let mut edges: Vec<(u32, Criterion)> = Criterion::ALL
        .into_iter()
        .filter_map(|c| {
            let gap = scores.get(w, c).checked_sub(scores.get(r, c))?;
            let points = u32::from(gap) * u32::from(weights.get(c));
            (points > 0).then_some((points, c))
        })
        .collect();
    crate::small_sort::sort_by(&mut edges, |a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    edges.iter().take(2).map(|e| e.1).collect()
}

/// The summary shown above the verdict line: where the ranking stands and why.
/// It never repeats the verdict's sentence ([`Verdict::sentence`]), which the
/// result view shows right under it.
fn summary(
    ranking: &Ranking,
    top: &[Criterion],
    robustness: Robustness,
    verdict: &Verdict,
) -> String {
    // With every priority at zero, every criterion counts the same (see
    // `Ranking::overall`): the summary says so instead of "what you weighted".
    let (basis, weighted, weighted_most) = if ranking.weight_total == 0 {
        (
            "Every priority is at zero, so every criterion counts the same. ",
            "on that basis",
            "on that basis",
        )
    } else {
        ("", "on what you weighted", "on what you weighted most")
    };
    let s = match verdict.status {
        Status::CannotDecide(Undecided::NothingKnown) => {
            return "No default yet. The scores below rest on the answers given so far, and \
                    without the team's skills or this year's services they cannot pick a \
                    language."
                .to_owned();
        }
        Status::CannotDecide(Undecided::TooClose { .. }) => {
            format!(
                "{}, and the answers still open could put either first.",
                standing(ranking, weighted)
            )
        }
        _ => summary_sentences(ranking, top, robustness, weighted, weighted_most),
    };
    format!("{basis}{s}")
}

/// "Python and Node.js are level on what you weighted (71/100 each)" or "… are
/// nearly tied … (71.3 against 70.1 out of 100)": the top two, too close to call.
fn standing(ranking: &Ranking, weighted: &str) -> String {
    let (w, r) = (ranking.winner(), ranking.runner_up());
    if ranking.level_at_top() {
        format!(
            "{} and {} are level {weighted} ({:.0}/100 each)",
            w.name(),
            r.name(),
            ranking.overall(w)
        )
    } else {
        format!(
            "{} and {} are nearly tied {weighted} ({:.1} against {:.1} out of 100)",
            w.name(),
            r.name(),
            ranking.overall(w),
            ranking.overall(r)
        )
    }
}

/// The summary after its basis: a tie, a near tie, or a pick, and how much a
/// change of priorities could move it. `weighted` and `weighted_most` say against
/// what the points count.
fn summary_sentences(
    ranking: &Ranking,
    top: &[Criterion],
    robustness: Robustness,
    weighted: &str,
    weighted_most: &str,
) -> String {
    let w = ranking.winner();
    let r = ranking.runner_up();
    if ranking.too_close_to_call() {
        // Level, or ahead by less than the points can vouch for: say so, and let the
        // trial decide (a "decided" verdict would read as more than that).
        let why = if ranking.level_at_top() {
            // Say what broke the tie.
            let (wi, ri) = (w.index(), r.index());
            if ranking.unweighted_loss.get(wi) == ranking.unweighted_loss.get(ri) {
                format!("; {} is listed first only to break the tie. Let", w.name())
            } else {
                format!(
                    "; {} is ahead only when every criterion counts the same. Let",
                    w.name()
                )
            }
        } else {
            let lead = if top.is_empty() {
                String::new()
            } else {
                format!("; {}'s small lead comes from {}", w.name(), join_names(top))
            };
            format!("{lead}. That is too close for the points to settle: let")
        };
        return format!(
            "{}{why} the one-sprint trial decide between them.",
            standing(ranking, weighted)
        );
    }
    let mut s = format!(
        "{} fits best: it loses the fewest points {weighted_most} ({:.0}/100, with {} next at {:.0}).",
        w.name(),
        ranking.overall(w),
        r.name(),
        ranking.overall(r)
    );
    if !top.is_empty() {
        s.push_str(&format!(
            " Its lead over {} comes mostly from {}.",
            r.name(),
            join_names(top)
        ));
    }
    s.push_str(match robustness {
        Robustness::Robust => " No small change to a single priority would change the pick.",
        Robustness::ModeratelySensitive => {
            " Moving one priority by two or three steps could change the pick."
        }
        Robustness::Fragile => " Moving one priority by a single step would change the pick.",
    });
    s
}

/// The language [`evaluate`] ranks first, computed with only its scoring (without
/// the trace) and ranking steps, a fraction of its cost: the saved-decisions list
/// needs it for every decision. A property test in `store::tests` checks it always
/// agrees with `evaluate(..).winner()`.
pub fn leading_language(answers: &Answers, weights: &Weights) -> Language {
    let scores = scoring::scores_only(&VisibleAnswers::new(answers));
    scoring::rank(&scores, weights).winner()
}

/// Evaluates the answers under the given priorities.
pub fn evaluate(answers: &Answers, weights: &Weights) -> Evaluation {
    let view = VisibleAnswers::new(answers);
    let sheet = scoring::score(&view);
    let ranking = scoring::rank(&sheet.scores, weights);
    let winner = ranking.winner();
    let groups = reasons::groups(&sheet.adjustments);
    let reasons_for = reasons::for_winner(&groups, &sheet.scores, weights, winner);
    let reasons_against = ranking
        .order
        .iter()
        .skip(1)
        .map(|&l| ReasonsAgainst {
            language: l,
            reasons: reasons::against(&groups, &sheet.scores, weights, winner, l),
        })
        .collect();
    let sensitivity = sensitivity::analyse(&sheet.scores, weights, &ranking);
    let verdict = verdict::assess(answers, &view, weights, &ranking);
    let lead = warnings::Lead::of(&ranking, verdict.recommends());
    let warnings = warnings::warnings(&view, lead);
    let confidence = confidence::assess(&view, &verdict, &ranking);
    let wins_on = wins_on(&sheet.scores, weights, &ranking);
    let summary = summary(&ranking, &wins_on, sensitivity.robustness, &verdict);
    Evaluation {
        weights: *weights,
        scores: sheet.scores,
        ranking,
        adjustments: sheet.adjustments,
        clamps: sheet.clamps,
        reasons_for,
        reasons_against,
        warnings,
        sensitivity,
        confidence,
        verdict,
        wins_on,
        summary,
    }
}
