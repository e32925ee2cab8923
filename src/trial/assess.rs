//! What the trial says: the trial rules ([`super::knowledge::TRIAL_RULES`]) run
//! against every scorecard, each finding weighed against the recommendation.
//! Evidence against the recommended language contradicts it, and then the answers
//! behind it are listed to revisit; evidence against another language supports it.

use super::knowledge::{Revisit, Signal, TRIAL_RULES, TrialRule};
use super::{Scorecard, Trial, scorecard_field};
use crate::model::answers::Answers;
use crate::model::language::Language;
use crate::model::questionnaire::{self, QUESTIONS};

/// Whether a finding speaks for or against the recommendation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stance {
    /// Evidence against the recommended language.
    Contradicts,
    /// Evidence against another language: the recommendation holds up.
    Supports,
}

/// One rule that fired for one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The rule.
    pub rule: &'static TrialRule,
    /// The language the evidence is against.
    pub language: Language,
    /// For or against the recommendation.
    pub stance: Stance,
    /// What was measured, e.g. "Go took 16 h to build, Node.js 5 h (3.2×)".
    pub evidence: String,
    /// The team's note on the measure, when a choice (dread, friction) fired.
    pub note: Option<String>,
}

/// What the trial says about the recommendation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// The recommended language the trial is compared with.
    pub recommended: Language,
    /// The languages trialled, in language order.
    pub trialled: Vec<Language>,
    /// Every finding, contradictions first, then in rule order.
    pub findings: Vec<Finding>,
    /// Question ids to revisit (questionnaire order), from the contradictions.
    pub revisit: Vec<&'static str>,
}

impl Assessment {
    /// Whether any finding contradicts the recommendation.
    pub fn contradicts(&self) -> bool {
        self.findings
            .iter()
            .any(|f| f.stance == Stance::Contradicts)
    }

    /// The verdict in one or two plain sentences.
    pub fn headline(&self) -> String {
        let rec = self.recommended.name();
        if self.trialled.is_empty() {
            return "No trial recorded yet.".to_owned();
        }
        if self.contradicts() {
            let n = self
                .findings
                .iter()
                .filter(|f| f.stance == Stance::Contradicts)
                .count();
            let finding = if n == 1 { "finding" } else { "findings" };
            return format!(
                "The trial contradicts the recommendation ({rec}): {n} {finding} against it. \
                 Revisit the answers below before committing."
            );
        }
        if !self.trialled.contains(&self.recommended) {
            return format!(
                "The trial did not include {rec}, the recommendation, so it cannot confirm it."
            );
        }
        if self.findings.is_empty() {
            format!("Nothing in the trial contradicts the recommendation ({rec}).")
        } else {
            format!("The trial supports the recommendation ({rec}).")
        }
    }
}

/// Compares the trial with the recommendation, given the answers that set the
/// context of the rules.
pub fn assess(trial: &Trial, answers: &Answers, recommended: Language) -> Assessment {
    let cards = trial.scorecards();
    let mut findings = Vec::new();
    for rule in &TRIAL_RULES {
        if !applies(rule, answers) {
            continue;
        }
        for card in cards {
            if let Some((evidence, note)) = evidence(rule.signal, card, cards) {
                let stance = if card.language == recommended {
                    Stance::Contradicts
                } else {
                    Stance::Supports
                };
                findings.push(Finding {
                    rule,
                    language: card.language,
                    stance,
                    evidence,
                    note,
                });
            }
        }
    }
    // Stable: rule order is kept within each stance.
    crate::small_sort::sort_by_key(&mut findings, |f| f.stance != Stance::Contradicts);
    let mut revisit_ids: Vec<&'static str> = Vec::new();
    for f in findings.iter().filter(|f| f.stance == Stance::Contradicts) {
        for r in f.rule.revisit {
            revisit_ids.push(match r {
                Revisit::Question(id) => id,
                Revisit::Proficiency => f.language.proficiency_question(),
            });
        }
    }
    let revisit = QUESTIONS
        .iter()
        .map(|q| q.id)
        .filter(|id| revisit_ids.contains(id))
        .collect();
    Assessment {
        recommended,
        trialled: cards.iter().map(|c| c.language).collect(),
        findings,
        revisit,
    }
}

/// The prompt of a question to revisit (its id if it is somehow unknown).
pub fn revisit_prompt(id: &str) -> &str {
    questionnaire::question(id).map_or(id, |q| q.prompt)
}

fn applies(rule: &TrialRule, answers: &Answers) -> bool {
    rule.when_any.is_empty()
        || rule.when_any.iter().any(|w| {
            answers
                .get(w.question)
                .is_some_and(|a| w.options.iter().any(|o| a.includes(o)))
        })
}

fn number(card: &Scorecard, id: &str) -> Option<u64> {
    card.readings.number(scorecard_field(id)?)
}

/// `a / b` in tenths, rounded; `None` when `b` is zero.
fn ratio_tenths(a: u64, b: u64) -> Option<u64> {
    (b > 0).then(|| (a.saturating_mul(10) + b / 2) / b)
}

fn tenths(value: u64) -> String {
    if value.is_multiple_of(10) {
        (value / 10).to_string()
    } else {
        format!("{}.{}", value / 10, value % 10)
    }
}

/// What was measured (and the team's note on it), if the signal holds for this
/// scorecard.
fn evidence(
    signal: Signal,
    card: &Scorecard,
    all: &[Scorecard],
) -> Option<(String, Option<String>)> {
    let name = card.language.name();
    let measured = match signal {
        Signal::SlowerBuild { times_tenths } => {
            let mine = card.build_tenths()?;
            let (best, fastest) = all
                .iter()
                .filter_map(|c| Some((c.build_tenths()?, c.language)))
                .min()?;
            let ratio = ratio_tenths(mine, best)?;
            (fastest != card.language && ratio >= times_tenths).then(|| {
                format!(
                    "{name} took {} h to build the endpoint, job and pipeline; {} took {} h \
                     ({}×).",
                    tenths(mine),
                    fastest.name(),
                    tenths(best),
                    tenths(ratio)
                )
            })
        }
        Signal::SlowerLatency { times_tenths } => {
            let mine = number(card, "latency_ms")?;
            let (best, fastest) = all
                .iter()
                .filter_map(|c| Some((number(c, "latency_ms")?, c.language)))
                .min()?;
            // A fast endpoint can answer in under a millisecond, recorded as 0:
            // compared as 1 ms, so the ratio is a lower bound.
            let ratio = ratio_tenths(mine, best.max(1))?;
            (fastest != card.language && ratio >= times_tenths).then(|| {
                let (best, at_least) = if best == 0 {
                    ("under 1".to_owned(), "at least ")
                } else {
                    (best.to_string(), "")
                };
                format!(
                    "{name} answered in {mine} ms under normal load; {} in {best} ms \
                     ({at_least}{}×).",
                    fastest.name(),
                    tenths(ratio)
                )
            })
        }
        Signal::IdleMemoryAtLeast(limit) => {
            let mb = number(card, "idle_memory_mb")?;
            (mb >= limit).then(|| format!("{name} idled at {mb} MB per instance."))
        }
        Signal::StartupAtLeast(limit) => {
            let ms = number(card, "startup_ms")?;
            (ms >= limit).then(|| format!("{name} took {ms} ms to start."))
        }
        Signal::Choice(field_id, options) => {
            let field = scorecard_field(field_id)?;
            let chosen = card.readings.choice(field)?;
            let label = field.choice(chosen)?.label;
            if !options.contains(&chosen) {
                return None;
            }
            let note = card.readings.note(field).trim();
            let note = (!note.is_empty()).then(|| note.to_owned());
            return Some((format!("{name}: {} — {label}.", field.label), note));
        }
    };
    measured.map(|text| (text, None))
}
