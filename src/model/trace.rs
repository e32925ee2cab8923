//! Traces: the record of where every point came from.
//!
//! An [`AnswerRef`] names the answer behind a rule, a reason or a warning; an
//! [`Adjustment`] is one rule's effect on one language and criterion; a [`Clamp`]
//! records points cut off at 0 or 100.

use super::criterion::Criterion;
use super::language::Language;
use super::questionnaire;

/// A reference to one given answer: a question and the option that was chosen.
/// `option` is `None` when the answer as a whole is meant (e.g. "ML/AI is *not* in
/// your service list" refers to the `services_12m` answer, not to one option).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AnswerRef {
    /// Question id.
    pub question: &'static str,
    /// Chosen option id, if one specific option is meant.
    pub option: Option<&'static str>,
}

impl AnswerRef {
    /// A reference to one chosen option.
    pub const fn option(question: &'static str, option: &'static str) -> AnswerRef {
        AnswerRef {
            question,
            option: Some(option),
        }
    }

    /// A reference to a whole answer.
    pub const fn whole(question: &'static str) -> AnswerRef {
        AnswerRef {
            question,
            option: None,
        }
    }

    /// The question's prompt, for display.
    pub fn prompt(&self) -> &'static str {
        questionnaire::question(self.question).map_or(self.question, |q| q.prompt)
    }

    /// The chosen option's label, for display.
    pub fn option_label(&self) -> Option<&'static str> {
        let q = questionnaire::question(self.question)?;
        let id = self.option?;
        q.option(id).map(|o| o.label)
    }

    /// "Prompt → option label", for display.
    pub fn describe(&self) -> String {
        match self.option_label() {
            Some(label) => format!("{} → {}", self.prompt(), label),
            None => format!("{} (your answer as a whole)", self.prompt()),
        }
    }
}

/// One rule's effect on one language's score on one criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Adjustment {
    /// Id of the rule in `knowledge::RULES`.
    pub rule: &'static str,
    /// The answer that triggered it.
    pub answer: AnswerRef,
    /// A second answer the rule also needed, if any.
    pub context: Option<AnswerRef>,
    /// The criterion changed.
    pub criterion: Criterion,
    /// The language changed.
    pub language: Language,
    /// Signed points.
    pub amount: i32,
    /// Why, in the app's words.
    pub reason: &'static str,
}

/// Points cut off when a score left 0..=100.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clamp {
    /// The language.
    pub language: Language,
    /// The criterion.
    pub criterion: Criterion,
    /// Baseline plus all adjustments, before clamping.
    pub raw: i32,
    /// The score kept.
    pub clamped: u8,
}

impl Clamp {
    /// Points removed (negative) or added (positive) by the clamp.
    pub fn amount(&self) -> i32 {
        i32::from(self.clamped) - self.raw
    }
}
