//! Warnings: the brief's rules of thumb that apply to these answers and this result.
//!
//! [`WARNINGS`] is one table: each row has a stable id, a severity, a title, the
//! one-line advice the decision record prints, and the check that decides whether
//! it applies (returning the message in the app's own words and the answers that
//! triggered it). Warnings never change the scores; they tell the team what to
//! watch. Checks only look at visible answers, and every question or option id
//! written in a check is verified against the questionnaire by a test.

mod checks;

use checks::*;

use super::language::Language;
use super::questionnaire::VisibleAnswers;
use super::scoring::Ranking;
use super::trace::AnswerRef;

/// How loud a warning is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// A known mistake or risk: look at it before deciding.
    Caution,
    /// Advice for later; nothing is wrong now.
    Note,
}

/// One warning raised for this result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Stable id (see [`WARNING_IDS`]).
    pub id: &'static str,
    /// Caution or note.
    pub severity: Severity,
    /// Short title.
    pub title: &'static str,
    /// What it means for this team, in two or three sentences.
    pub message: String,
    /// The answers that triggered it (never empty).
    pub triggers: Vec<AnswerRef>,
}

/// What a check found: the message for this team and the answers behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// Two or three sentences for this team.
    pub message: String,
    /// The answers that triggered it (never empty).
    pub triggers: Vec<AnswerRef>,
}

/// Who leads, as the warnings speak of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lead {
    /// First place.
    pub winner: Language,
    /// Second place, when the two are too close for the points to settle
    /// ([`Ranking::too_close_to_call`]): advice then names both, not a default.
    pub close_second: Option<Language>,
    /// Whether first place is recommended at all (the verdict can decide): without
    /// it, no warning speaks of "the leader" or of a default to keep.
    pub recommended: bool,
}

impl Lead {
    /// The first two places of `ranking`, the second only when too close to call;
    /// `recommended` as the verdict says.
    pub fn of(ranking: &Ranking, recommended: bool) -> Lead {
        Lead {
            winner: ranking.winner(),
            close_second: ranking.too_close_to_call().then(|| ranking.runner_up()),
            recommended,
        }
    }

    /// The recommended leader, if there is one.
    pub fn leader(self) -> Option<Language> {
        self.recommended.then_some(self.winner)
    }

    /// The default these answers point to, for advice: "Node.js", "Node.js or
    /// Python (whichever the one-sprint trial favours)" when the two are too close
    /// to call, or "one language" when nothing is recommended yet.
    pub fn default_language(self) -> String {
        match (self.recommended, self.close_second) {
            (false, _) => "one language".to_owned(),
            (true, None) => self.winner.name().to_owned(),
            (true, Some(second)) => format!(
                "{} or {} (whichever the one-sprint trial favours)",
                self.winner.name(),
                second.name()
            ),
        }
    }
}

/// Decides whether a warning applies, given the visible answers and the leader.
pub type Check = fn(&VisibleAnswers<'_>, Lead) -> Option<Found>;

/// One row of the warnings table.
#[derive(Clone, Copy, Debug)]
pub struct WarningKind {
    /// Stable id.
    pub id: &'static str,
    /// Caution or note.
    pub severity: Severity,
    /// Short title.
    pub title: &'static str,
    /// The decision record's one line of advice; `{winner}` stands for the leader.
    pub advice: &'static str,
    /// Whether it applies.
    pub check: Check,
}

impl WarningKind {
    /// The record's advice with the leader's name filled in.
    pub fn advice_for(&self, winner: Language) -> String {
        self.advice.replace("{winner}", winner.name())
    }
}

// The warnings table. The checks (in `checks`) write question and option ids as
// literals; the test `check_ids_are_real` reads that file and verifies every one.
/// Every warning, in the order warnings are listed.
pub static WARNINGS: [WarningKind; 12] = [
    WarningKind {
        id: "polyglot_trap",
        severity: Severity::Caution,
        title: "Polyglot trap",
        advice: "keep {winner} as the only backend language until about 10 engineers and a measured need.",
        check: polyglot_trap,
    },
    WarningKind {
        id: "imagined_future",
        severity: Severity::Caution,
        title: "Choosing for an imagined future",
        advice: "decide on this year's services, not hoped-for scale or a bigger company's stack.",
        check: imagined_future,
    },
    WarningKind {
        id: "nobody_knows_winner",
        severity: Severity::Caution,
        title: "Nobody on the team knows the leader well",
        advice: "nobody on the team has shipped {winner}: hire or borrow someone who has, or let the trial compare it with what the team knows.",
        check: nobody_knows_winner,
    },
    WarningKind {
        id: "leaving_codebase",
        severity: Severity::Caution,
        title: "Leaving a large production codebase",
        advice: "a rewrite typically takes 3–6 months, 6–18 after scale, and ships nothing new (agency 2026 guide, US market); extract one {winner} service instead.",
        check: leaving_codebase,
    },
    WarningKind {
        id: "go_too_early",
        severity: Severity::Caution,
        title: "Go may be too early",
        advice: "Go's extra code slows a product that changes weekly; judge speed in the trial.",
        check: go_too_early,
    },
    WarningKind {
        id: "go_data_heavy",
        severity: Severity::Caution,
        title: "Go for a data-heavy product",
        advice: "weigh Python's data and ML libraries, or keep that work in a Python service.",
        check: go_data_heavy,
    },
    WarningKind {
        id: "node_data_heavy",
        severity: Severity::Caution,
        title: "Node.js for a data-heavy product",
        advice: "weigh Python's data and ML libraries, or keep that work in a Python service.",
        check: node_data_heavy,
    },
    WarningKind {
        id: "python_async_sprawl",
        severity: Severity::Caution,
        title: "Python async sprawl",
        advice: "name one owner and one pattern for workers, queues and websockets.",
        check: python_async_sprawl,
    },
    WarningKind {
        id: "node_drift",
        severity: Severity::Caution,
        title: "Node.js drift",
        advice: "agree one template (framework, lint, tests, pipeline) before the next service.",
        check: node_drift,
    },
    WarningKind {
        id: "staffing_trap",
        severity: Severity::Caution,
        title: "Staffing trap",
        advice: "pair on {winner} from day one and test the hiring market early.",
        check: staffing_trap,
    },
    WarningKind {
        id: "rewrite_signs",
        severity: Severity::Caution,
        title: "Rewrite warning signs",
        advice: "fix these first; a new language would not cure them.",
        check: rewrite_signs,
    },
    WarningKind {
        id: "heavy_jobs_later",
        severity: Severity::Note,
        title: "Heavy jobs can move to Go later",
        advice: "if big files, queues or CPU-heavy reports arrive, split that one job into a small Go service.",
        check: heavy_jobs_later,
    },
];

/// Every warning id, in the order warnings are listed.
pub fn ids() -> impl Iterator<Item = &'static str> {
    WARNINGS.iter().map(|w| w.id)
}

/// The table row of a warning id.
pub fn kind(id: &str) -> Option<&'static WarningKind> {
    WARNINGS.iter().find(|w| w.id == id)
}

/// All warnings that apply, in table order.
pub fn warnings(view: &VisibleAnswers<'_>, lead: Lead) -> Vec<Warning> {
    WARNINGS
        .iter()
        .filter_map(|w| {
            (w.check)(view, lead).map(|found| Warning {
                id: w.id,
                severity: w.severity,
                title: w.title,
                message: found.message,
                triggers: found.triggers,
            })
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::model::{knowledge, questionnaire};

    /// Every snake_case string literal in this file's checks is a question id, an
    /// option of the question named before it, or a warning or scoring-rule id.
    #[test]
    fn check_ids_are_real() {
        let source = include_str!("checks.rs");
        let checks = source
            .split("fn polyglot_trap(")
            .nth(1)
            .expect("the checks start with polyglot_trap");
        let mut current: Option<&questionnaire::Question> = None;
        let mut seen = 0;
        for literal in checks.split('"').skip(1).step_by(2) {
            let snake = !literal.is_empty()
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !snake {
                continue;
            }
            seen += 1;
            if let Some(q) = questionnaire::question(literal) {
                current = Some(q);
                continue;
            }
            let q = current.unwrap_or_else(|| panic!("`{literal}` comes before any question id"));
            let rule = knowledge::RULES.iter().any(|r| r.id == literal)
                || knowledge::SPREAD_CAPS.iter().any(|c| c.id == literal);
            // Checks that ask the leader's own proficiency or hiring question name
            // it through `Language`: the option must exist for all three languages.
            let per_language = |question: fn(Language) -> &'static str| {
                Language::ALL.into_iter().all(|l| {
                    questionnaire::question(question(l))
                        .is_some_and(|q| q.option(literal).is_some())
                })
            };
            let per_language = per_language(Language::proficiency_question)
                || per_language(Language::hiring_question);
            assert!(
                q.option(literal).is_some() || kind(literal).is_some() || rule || per_language,
                "`{literal}` is neither an option of `{}` nor a warning or rule id",
                q.id
            );
        }
        assert!(seen > 40, "the scan found only {seen} ids");
    }

    #[test]
    fn ids_are_unique_and_titles_and_advice_are_set() {
        let mut ids: Vec<&str> = ids().collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), WARNINGS.len());
        for w in &WARNINGS {
            assert!(!w.title.is_empty() && w.advice.ends_with('.'), "{}", w.id);
        }
    }
}
