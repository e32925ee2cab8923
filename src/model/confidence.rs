//! Confidence: how much the result can be trusted given what is still unknown.
//!
//! It falls with every visible question left open or answered "not sure" (key
//! questions count more) and when the leader's worst-case lead over the plausible
//! answers (see [`super::verdict`]) is small or gone. Cannot decide yet is always
//! low confidence.

use super::answers::Answer;
use super::experience;
use super::questionnaire::VisibleAnswers;
use super::scoring::Ranking;
use super::verdict::{Status, Verdict};

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
    /// Whether the leader's worst-case lead is under [`NARROW_MARGIN`] points.
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

/// Points lost when the leader could lose first place over the plausible answers.
const COULD_LOSE: u32 = 40;
/// Points lost when its worst-case lead is under [`CLOSE_MARGIN`].
const CLOSE: u32 = 30;
/// Points lost when its worst-case lead is under [`NARROW_MARGIN`]: enough that a
/// narrow lead is never "high confidence".
const NARROW: u32 = 26;

/// The lowest score of medium confidence, and the floor of a decided verdict's.
const DECIDED_FLOOR: u8 = 50;
/// The highest score of medium confidence.
const HIGHEST_MEDIUM: u8 = 74;

/// Assesses confidence from the answers (with their visibility, already worked
/// out) and the verdict. The lead that counts is the leader's *worst-case* lead
/// over the plausible answers to the open questions, the same figure the verdict
/// decides on, so confidence, margin and "decided" never contradict each other;
/// and answering "not sure" instead of an answer can only lower it.
pub(crate) fn assess(
    view: &VisibleAnswers<'_>,
    verdict: &Verdict,
    ranking: &Ranking,
) -> Confidence {
    let margin = ranking.margin();
    let mut penalty = 0u32;
    let mut not_sure = Vec::new();
    let mut unanswered = Vec::new();
    // Through the same view as scoring and the verdict: an answer that no longer
    // counts (the heart of the product naming an unticked service) is open here too.
    for q in view
        .visibility()
        .iter()
        .filter_map(|(q, shown)| shown.then_some(q))
    {
        match view.get(q.id) {
            None => {
                penalty += if q.key { OPEN_KEY } else { OPEN_OTHER };
                unanswered.push(q.id);
            }
            Some(Answer::NotSure) => {
                penalty += if q.key { UNSURE_KEY } else { UNSURE_OTHER };
                not_sure.push(q.id);
            }
            Some(_) => {}
        }
    }
    let lead = verdict.worst_lead;
    penalty += if lead <= 0.0 {
        COULD_LOSE
    } else if lead < CLOSE_MARGIN {
        CLOSE
    } else if lead < NARROW_MARGIN {
        NARROW
    } else {
        0
    };
    let mut score = u8::try_from(100u32.saturating_sub(penalty)).unwrap_or(0);
    // Decided: no plausible answer to the open questions would change the leader,
    // so however many are open, they cannot make the pick itself doubtful; the
    // penalty they carry stops at the medium band.
    if verdict.status == Status::Decided {
        score = score.max(DECIDED_FLOOR);
    }
    // "What the team already knows best dominates": a pick that would move the
    // team off a language it has shipped (or could, on the open answers) is never
    // more than medium confidence, however clear the points; the trial confirms it.
    let leaves_shipped = experience::may_leave_shipped(view, ranking.winner());
    let capped = leaves_shipped && score > HIGHEST_MEDIUM;
    if leaves_shipped {
        score = score.min(HIGHEST_MEDIUM);
    }
    let level = if !verdict.recommends() {
        ConfidenceLevel::Low
    } else if score > HIGHEST_MEDIUM {
        ConfidenceLevel::High
    } else if score >= DECIDED_FLOOR {
        ConfidenceLevel::Medium
    } else {
        ConfidenceLevel::Low
    };
    let close_call = lead < NARROW_MARGIN;

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
    } else if verdict.status == Status::Decided {
        // Decided with questions open: say why confidence is still not high, so
        // the two never read as a contradiction.
        let but = if level == ConfidenceLevel::High {
            ""
        } else {
            ", but the picture is incomplete"
        };
        message.push_str(&format!(
            " {}; no answer to them would put another language first{but}.",
            parts.join(" and ")
        ));
    } else {
        message.push_str(&format!(" {}.", parts.join(" and ")));
    }
    if capped && let Some(shipped) = experience::leaves_shipped(view, ranking.winner()) {
        let known: Vec<&str> = shipped.iter().map(|l| l.name()).collect();
        message.push_str(&format!(
            " The points are clear, but nobody on the team has shipped {} while {} has \
             been: let the one-sprint trial confirm the switch.",
            ranking.winner().name(),
            known.join(" and ")
        ));
    }
    if verdict.recommends() {
        if ranking.level_at_top() {
            message.push_str(" The top two are level: let the one-sprint trial decide.");
        } else if lead <= 0.0 {
            message.push_str(&format!(
                " The lead is {margin:.1} points now, but some open answers could erase it."
            ));
        } else if lead < CLOSE_MARGIN {
            message.push_str(&format!(
                " The top two are nearly tied (at worst {lead:.1} points apart): treat this as a \
                 close call and let the one-sprint trial decide."
            ));
        } else if close_call {
            message.push_str(&format!(
                " The lead is narrow (at worst {lead:.1} points): let the one-sprint trial confirm it."
            ));
        }
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
