//! The record's Decision section: the pick in two or three sentences, how far it
//! leads, what could still change it, and how confident the app is; or, when no
//! language can be defended yet, the answers that would decide it.

use crate::model::confidence::{CLOSE_MARGIN, ConfidenceLevel, NARROW_MARGIN};
use crate::model::verdict::Status;
use crate::model::{Evaluation, Language};

use super::HEADING_DECISION;
use super::facts;
use super::sections::{Ctx, heading, short};
use super::text::{count, join_and};

fn margin_phrase(margin: f64) -> String {
    if margin < 0.05 {
        "level on points; the tie-break put it first".to_owned()
    } else if margin < CLOSE_MARGIN {
        format!("nearly tied, {margin:.1} points apart")
    } else if margin < NARROW_MARGIN {
        format!("a narrow lead of {margin:.1} points")
    } else {
        format!("a clear lead of {margin:.0} points")
    }
}

/// Each language's score with its range over the open answers, when one is open:
/// "Python 68 (could range 52–80)".
fn ranges_sentence(eval: &Evaluation) -> Option<String> {
    let ranges = eval.ranking.order.map(|l| (l, eval.verdict.range(l)));
    if ranges.iter().all(|(_, r)| r.high - r.low < 0.5) {
        return None;
    }
    let parts: Vec<String> = ranges
        .iter()
        .map(|(l, r)| {
            if r.high - r.low < 0.5 {
                format!("{l} {:.0} whatever they are", eval.overall(*l))
            } else {
                format!("{l} {:.0}–{:.0}", r.low, r.high)
            }
        })
        .collect();
    Some(format!(
        "Scores over the open answers: {}.",
        parts.join(", ")
    ))
}

/// Whether the pick is decided, or which open answers could change it, in the
/// record's own short topics.
fn verdict_sentence(e: &Evaluation, w: Language) -> String {
    match e.verdict.status {
        Status::Decided => format!("No remaining answer would put another language ahead of {w}."),
        _ if !e.verdict.could_change.is_empty() => {
            let swings: Vec<String> = e
                .verdict
                .could_change
                .iter()
                .take(1)
                .map(|s| format!("{} would put {} first", facts::quote(&s.answer), s.leader))
                .collect();
            let more = if e.verdict.could_change.len() > 1 {
                ", among others"
            } else {
                ""
            };
            format!("It could still change: {}{more}.", join_and(&swings))
        }
        _ => {
            let topics = deciding_topics(e, 2);
            format!(
                "It could still change if several open answers go against it ({}).",
                join_and(&topics)
            )
        }
    }
}

/// The end of the Decision section: the score ranges (not in compact form) and
/// the confidence sentence.
fn close_decision(ctx: &Ctx<'_>, out: &mut String) {
    if let Some(ranges) = ranges_sentence(ctx.eval).filter(|_| !ctx.compact) {
        out.push(' ');
        out.push_str(&ranges);
    }
    out.push(' ');
    out.push_str(&confidence_sentence(ctx.eval));
    out.push_str("\n\n");
}

/// The deciding questions by topic, most decisive first.
fn deciding_topics(e: &Evaluation, at_most: usize) -> Vec<String> {
    e.verdict
        .deciding
        .iter()
        .take(at_most)
        .map(|id| facts::topic(id).to_owned())
        .collect()
}

fn cannot_decide(ctx: &Ctx<'_>, out: &mut String) {
    let e = ctx.eval;
    let prompts = deciding_topics(e, usize::MAX);
    out.push_str(&format!(
        "**We cannot decide yet.** Too little is known about our team and this year's work \
         for a recommendation we could defend; no language is chosen. The answers that would \
         decide it: {}.",
        join_and(&prompts)
    ));
    close_decision(ctx, out);
}

fn confidence_sentence(eval: &Evaluation) -> String {
    let c = &eval.confidence;
    let level = match c.level {
        ConfidenceLevel::High => "high",
        ConfidenceLevel::Medium => "medium",
        ConfidenceLevel::Low => "low",
    };
    let mut caveats = Vec::new();
    if !c.unanswered.is_empty() {
        caveats.push(format!(
            "{} open",
            count(c.unanswered.len(), "question", "questions")
        ));
    }
    if !c.not_sure.is_empty() {
        caveats.push(format!(
            "{} answered \"not sure\"",
            count(c.not_sure.len(), "question", "questions")
        ));
    }
    // The same worst-case lead the confidence and the verdict are computed from.
    let lead = eval.verdict.worst_lead;
    if lead <= 0.0 {
        caveats.push("some open answers could change the pick".to_owned());
    } else if lead < CLOSE_MARGIN {
        caveats.push("the top two are nearly tied".to_owned());
    } else if c.close_call {
        caveats.push("the lead is narrow".to_owned());
    }
    let mut s = format!("Confidence is {level} ({}/100)", c.score);
    if !eval.verdict.recommends() {
        s.push('.');
    } else if caveats.is_empty() {
        s.push_str("; the one-sprint trial below is a cheap final check.");
    } else if c.level == ConfidenceLevel::Low {
        s.push_str(&format!(
            ": {}, so the pick is provisional until the trial below confirms it.",
            join_and(&caveats)
        ));
    } else {
        s.push_str(&format!(
            ": {}, so let the trial below confirm it.",
            join_and(&caveats)
        ));
    }
    s
}

pub(super) fn decision(ctx: &Ctx<'_>) -> String {
    let e = ctx.eval;
    let (w, r) = (ctx.winner, ctx.runner);
    let mut out = heading(HEADING_DECISION);
    if !e.verdict.recommends() {
        cannot_decide(ctx, &mut out);
        return out;
    }
    let lead_in = if e.confidence.level == ConfidenceLevel::Low
        || !e.is_decided()
        || e.ranking.too_close_to_call()
    {
        "Provisionally, we will use"
    } else {
        "We will use"
    };
    out.push_str(&format!(
        "{lead_in} **{w}** as our default backend language for the next 12 months. \
         It scored {:.0}/100 against {:.0} for {r} ({})",
        e.overall(w),
        e.overall(r),
        margin_phrase(e.margin())
    ));
    let answers: Vec<String> = e
        .reasons_for
        .iter()
        .take(if ctx.compact { 1 } else { 3 })
        .map(|r| facts::quote(&r.answer))
        .collect();
    if answers.is_empty() {
        out.push_str(
            ", on the published baseline ratings alone: none of our answers sets the \
             languages apart yet.",
        );
    } else {
        let criteria: Vec<&str> = e.wins_on.iter().copied().map(short).collect();
        if criteria.is_empty() {
            out.push_str(" and wins mainly");
        } else {
            out.push_str(&format!(" and wins mainly on {}", join_and(&criteria)));
        }
        out.push_str(&format!(
            ", because of what we answered about {}.",
            join_and(&answers)
        ));
    }
    // In compact form an open verdict is left to the confidence sentence ("some
    // open answers could change the pick").
    let says_more = e.is_decided();
    if !ctx.compact || says_more {
        out.push(' ');
        out.push_str(&verdict_sentence(e, w));
    }
    close_decision(ctx, &mut out);
    out
}

// ---- hiring ----------------------------------------------------------------------
