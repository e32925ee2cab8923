//! Confidence: how much the result can be trusted given what is still unknown.
//!
//! It falls with every visible question left open or answered "not sure" (key
//! questions count more) and when the top two languages are close.

use super::answers::{Answer, Answers};
use super::questionnaire::Visibility;

/// Points lost per open key question.
const OPEN_KEY: u32 = 8;
/// Points lost per other open question.
const OPEN_OTHER: u32 = 3;
/// Points lost per key question answered "not sure".
const UNSURE_KEY: u32 = 6;
/// Points lost per other question answered "not sure".
const UNSURE_OTHER: u32 = 2;
/// A margin below this (overall points) is a close call.
pub const CLOSE_MARGIN: f64 = 2.0;
/// A margin below this (overall points) is a narrow lead.
pub const NARROW_MARGIN: f64 = 5.0;

/// Overall confidence level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ConfidenceLevel {
    Low,
    Medium,
    High,
}

impl ConfidenceLevel {
    /// Stable id.
    pub const fn id(self) -> &'static str {
        match self {
            ConfidenceLevel::Low => "low",
            ConfidenceLevel::Medium => "medium",
            ConfidenceLevel::High => "high",
        }
    }

    /// Label shown to people.
    pub const fn label(self) -> &'static str {
        match self {
            ConfidenceLevel::Low => "Low confidence",
            ConfidenceLevel::Medium => "Medium confidence",
            ConfidenceLevel::High => "High confidence",
        }
    }
}

/// The confidence assessment shown with the result.
#[derive(Clone, Debug, PartialEq)]
pub struct Confidence {
    /// Level.
    pub level: ConfidenceLevel,
    /// 0–100.
    pub score: u8,
    /// Visible questions answered "not sure", in question order.
    pub not_sure: Vec<&'static str>,
    /// Visible questions with no answer, in question order.
    pub unanswered: Vec<&'static str>,
    /// Whether the top two are within [`NARROW_MARGIN`] points.
    pub close_call: bool,
    /// What the result should say about it.
    pub message: String,
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Assesses confidence from the answers (with their visibility, already worked
/// out) and the lead of the winner (overall points).
pub(crate) fn assess(vis: &Visibility, answers: &Answers, margin: f64) -> Confidence {
    let mut penalty = 0u32;
    let mut not_sure = Vec::new();
    let mut unanswered = Vec::new();
    let mut first_key_open = None;
    for q in vis.iter().filter_map(|(q, shown)| shown.then_some(q)) {
        match answers.get(q.id) {
            None => {
                penalty += if q.key { OPEN_KEY } else { OPEN_OTHER };
                unanswered.push(q.id);
                if q.key && first_key_open.is_none() {
                    first_key_open = Some(q.prompt);
                }
            }
            Some(Answer::NotSure) => {
                penalty += if q.key { UNSURE_KEY } else { UNSURE_OTHER };
                not_sure.push(q.id);
            }
            Some(_) => {}
        }
    }
    let close_call = margin < NARROW_MARGIN;
    if margin < CLOSE_MARGIN {
        penalty += 15;
    } else if margin < NARROW_MARGIN {
        penalty += 7;
    }
    let score = u8::try_from(100u32.saturating_sub(penalty)).unwrap_or(0);
    let level = if score >= 75 {
        ConfidenceLevel::High
    } else if score >= 50 {
        ConfidenceLevel::Medium
    } else {
        ConfidenceLevel::Low
    };

    let mut parts = Vec::new();
    if !unanswered.is_empty() {
        parts.push(format!(
            "{} still open",
            plural(unanswered.len(), "question is", "questions are")
        ));
    }
    if !not_sure.is_empty() {
        parts.push(format!(
            "{} answered \"not sure\"",
            plural(not_sure.len(), "question was", "questions were")
        ));
    }
    let mut message = format!("{}.", level.label());
    if parts.is_empty() {
        message.push_str(" Every question shown has an answer.");
    } else {
        message.push_str(&format!(" {}.", parts.join(" and ")));
        if let Some(prompt) = first_key_open {
            message.push_str(&format!(" Start with: \"{prompt}\""));
        } else {
            message.push_str(" Settling them would firm up the result.");
        }
    }
    if margin < CLOSE_MARGIN {
        message.push_str(&format!(
            " The top two are nearly tied ({margin:.1} points apart): treat this as a close call \
             and let the one-sprint trial decide."
        ));
    } else if close_call {
        message.push_str(&format!(
            " The lead is narrow ({margin:.1} points), so small changes could swap the top two."
        ));
    }
    Confidence {
        level,
        score,
        not_sure,
        unanswered,
        close_call,
        message,
    }
}
