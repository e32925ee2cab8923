//! The decision model: a pure, deterministic core with no browser types.
//!
//! * [`questionnaire`]: sections, questions and options as data, with visibility.
//! * [`answers`]: the user's answers, kept valid by construction.
//! * [`weights`]: the user's priorities (0..=10 per criterion).
//! * [`language`], [`criterion`]: the three candidates and the radar's axes.
//! * [`knowledge`]: baseline ratings and answer → adjustment rules (auditable data).
//! * [`scoring`]: scores, traces and the weighted-loss ranking.
//! * [`reasons`], [`warnings`], [`sensitivity`], [`confidence`]: explanations.
//! * [`experience`]: who has shipped what, as the warnings and confidence read it.
//! * [`verdict`]: the open questions over their plausible answers: score ranges,
//!   decided / could change / cannot decide yet.
//! * [`evaluation`]: [`evaluate`], the single entry point for the UI.
//!
//! See `docs/scoring.md` for the formula.

pub mod answers;
pub mod confidence;
pub mod criterion;
pub mod evaluation;
pub mod experience;
pub mod knowledge;
pub mod language;
pub mod questionnaire;
pub mod reasons;
pub mod scoring;
pub mod sensitivity;
pub mod trace;
pub mod verdict;
pub mod warnings;
pub mod weights;

#[cfg(test)]
pub(crate) mod tests;

pub use answers::{Answer, AnswerError, Answers};
pub use confidence::{Confidence, ConfidenceLevel};
pub use criterion::{CRITERION_COUNT, Criterion};
pub use evaluation::{Evaluation, LanguageResult, evaluate, leading_language};
pub use language::{LANGUAGE_COUNT, Language};
pub use questionnaire::{
    ChoiceOption, Condition, NOT_SURE_ID, QUESTIONS, Question, QuestionKind, SECTIONS, Section,
    progress, question, visible_questions,
};
pub use reasons::{Reason, ReasonsAgainst};
pub use scoring::{FORMULA, Ranking, Scores};
pub use sensitivity::{
    CriterionSensitivity, PathToWin, Robustness, Sensitivity, Trail, WeightChange,
};
pub use trace::{Adjustment, AnswerRef, Clamp};
pub use verdict::{ScoreRange, Status, Swing, Undecided, Verdict};
pub use warnings::{Severity, Warning};
pub use weights::{MAX_WEIGHT, WeightError, Weights};
