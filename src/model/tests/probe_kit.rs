//! Shared helpers of the probe rounds (`probes_twists`, `probes_conflicts`):
//! answers as `(question, options)` pairs, a base changed by a twist, one
//! evaluation printed for the reader, and the checks the probes make (a winner, a
//! warning, a language gaining, a result that is not a confident one).

use super::scenarios::{build, describe};
use crate::model::{ConfidenceLevel, Evaluation, Language, Status, Weights, evaluate};

/// One answer: a question id and its option ids.
pub(super) type Pair<'a> = (&'a str, &'a [&'a str]);

/// The base answers with `change` applied: an entry for a question already in the
/// base replaces it, an entry with an empty option list removes it, and a new
/// question is added.
pub(super) fn twist<'a>(base: &[Pair<'a>], change: &[Pair<'a>]) -> Vec<Pair<'a>> {
    let mut out: Vec<Pair<'a>> = base
        .iter()
        .filter(|(q, _)| !change.iter().any(|(c, _)| c == q))
        .copied()
        .collect();
    out.extend(change.iter().filter(|(_, o)| !o.is_empty()).copied());
    out
}

pub(super) fn run_with(name: &str, pairs: &[Pair<'_>], weights: &Weights) -> Evaluation {
    let e = evaluate(&build(pairs), weights);
    println!(
        "=== {name}: winner {} (runner-up {}), margin {:.2}, status {:?}, confidence {:?}, \
         headline {:?}\n{}",
        e.winner().name(),
        e.runner_up().name(),
        e.margin(),
        e.verdict.status,
        e.confidence.level,
        e.headline(),
        describe(&e)
    );
    e
}

pub(super) fn run(name: &str, pairs: &[Pair<'_>]) -> Evaluation {
    run_with(name, pairs, &Weights::default())
}

/// Base and twisted evaluations.
pub(super) fn pair(name: &str, base: &[Pair<'_>], change: &[Pair<'_>]) -> (Evaluation, Evaluation) {
    let b = run(&format!("{name} base"), base);
    let t = run(&format!("{name} twisted"), &twist(base, change));
    (b, t)
}

/// `lang` wins and is recommended.
pub(super) fn wins(e: &Evaluation, lang: Language) {
    assert_eq!(e.winner(), lang, "winner\n{}", describe(e));
    assert!(
        e.recommendation().is_some(),
        "no recommendation\n{}",
        describe(e)
    );
}

pub(super) fn warns(e: &Evaluation, id: &str) {
    assert!(e.has_warning(id), "missing warning {id}\n{}", describe(e));
}

pub(super) fn silent(e: &Evaluation, id: &str) {
    assert!(
        !e.has_warning(id),
        "unexpected warning {id}\n{}",
        describe(e)
    );
}

/// How far `a` stands above `b` (overall points; negative when below).
pub(super) fn lead(e: &Evaluation, a: Language, b: Language) -> f64 {
    e.overall(a) - e.overall(b)
}

/// `a`'s standing against `b` improved strictly from `before` to `after`.
pub(super) fn gains(before: &Evaluation, after: &Evaluation, a: Language, b: Language) {
    let (x, y) = (lead(before, a, b), lead(after, a, b));
    assert!(
        y > x,
        "{} vs {}: lead {x:.2} before, {y:.2} after\nbefore:\n{}after:\n{}",
        a.name(),
        b.name(),
        describe(before),
        describe(after)
    );
}

/// Not a confident, settled recommendation: cannot decide, too close to call,
/// still open, or less than high confidence.
pub(super) fn provisional(e: &Evaluation) -> bool {
    e.recommendation().is_none()
        || e.ranking.too_close_to_call()
        || e.verdict.status != Status::Decided
        || e.confidence.level != ConfidenceLevel::High
}
