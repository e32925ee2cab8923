//! The sections of the record, each derived from the evaluation and the answers.
//!
//! Wording is the app's own; figures are quoted with the article they come from,
//! named the way the knowledge base names its sources.

use crate::model::confidence::{CLOSE_MARGIN, ConfidenceLevel, NARROW_MARGIN};
use crate::model::knowledge::Source;
use crate::model::verdict::Status;
use crate::model::warnings;
use crate::model::{Criterion, Evaluation, Language};

use super::facts::{self, Facts};
use super::text::{count, join_and};
use super::{
    HEADING_BUDGET, HEADING_DECISION, HEADING_HIRING, HEADING_REVIEW, HEADING_RISKS,
    HEADING_SUPPORT, HEADING_TRIAL,
};

/// Everything a section needs.
pub(super) struct Ctx<'a> {
    pub(super) facts: Facts<'a>,
    pub(super) eval: &'a Evaluation,
    pub(super) winner: Language,
    pub(super) runner: Language,
    /// Leave out the optional details (answers beyond the first two in the
    /// justification, warning triggers, the open-question line, side notes) so a
    /// record with many warnings still fits on one page.
    pub(super) compact: bool,
}

fn heading(title: &str) -> String {
    format!("## {title}\n\n")
}

fn bullet(out: &mut String, key: &str, value: &str) {
    out.push_str(&format!("- **{key}:** {value}\n"));
}

/// A short lower-case name for running text; unlike [`Criterion::phrase`] it never
/// contains "and", so lists of criteria stay unambiguous.
fn short(c: Criterion) -> &'static str {
    match c {
        Criterion::Hiring => "hiring",
        Criterion::TeamFit => "team fit",
        Criterion::DeliverySpeed => "delivery speed",
        Criterion::RuntimeCost => "runtime cost",
        Criterion::Concurrency => "concurrency",
        Criterion::DataAi => "the data/AI ecosystem",
        Criterion::OpsSimplicity => "operational simplicity",
        Criterion::Maintainability => "maintainability",
    }
}

// ---- decision ------------------------------------------------------------------

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
    let lead_in = if e.confidence.level == ConfidenceLevel::Low || !e.is_decided() {
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

pub(super) fn hiring(ctx: &Ctx<'_>) -> String {
    let f = &ctx.facts;
    let w = ctx.winner;
    let hire_q = w.hiring_question();
    let mut out = heading(HEADING_HIRING);
    bullet(
        &mut out,
        &format!("{w} hiring in our market and time zone"),
        &f.text_or_open(hire_q),
    );
    bullet(&mut out, "We need people", &f.text_or_open("time_to_hire"));
    bullet(
        &mut out,
        "Salary budget",
        &f.text_or_open("salary_pressure"),
    );
    bullet(&mut out, "Team now → in 12 months", &{
        let now = f.text_or_open("team_size_now");
        let later = f.text_or_open("team_size_12m");
        if now == later && f.unknown("team_size_now") {
            now
        } else {
            format!("{now} → {later}")
        }
    });
    bullet(
        &mut out,
        &format!("{w} experience"),
        &f.text_or_open(w.proficiency_question()),
    );
    out.push('\n');

    let urgent = f.has("time_to_hire", "within_weeks");
    let mut verdict = match f.single(hire_q) {
        Some("easy") => {
            "The market supports this choice; hire for production experience, not keywords."
                .to_owned()
        }
        Some("moderate") => {
            if urgent {
                "Hiring takes effort and we need people within weeks: start searching now."
                    .to_owned()
            } else {
                "Hiring takes some effort: open searches early.".to_owned()
            }
        }
        Some("hard") => format!(
            "Weak point: {w} engineers are scarce where we recruit; widen the time-zone band, \
             train people, or weigh {} seriously.",
            ctx.runner
        ),
        _ => format!("Market untested: post one {w} role or ask a recruiter before committing."),
    };
    if ctx.compact {
        // The verdict alone.
    } else if w == Language::Go {
        verdict.push_str(&format!(
            " Go pools are usually smaller and pricier, per the {}.",
            Source::AgencyGuide2026.name()
        ));
        if f.has("salary_pressure", "tight") {
            verdict.push_str(" With a tight salary budget, expect to grow Go skills in-house.");
        }
    }
    if w == Language::Node
        && !ctx.compact
        && f.has_any(
            "typescript_frontend",
            &["typescript_shared", "typescript_separate"],
        )
    {
        verdict.push_str(" Our TypeScript frontend means one hiring profile for both sides.");
    }
    out.push_str(&verdict);
    out.push_str("\n\n");
    out
}

// ---- infrastructure budget ---------------------------------------------------------

pub(super) fn budget(ctx: &Ctx<'_>) -> String {
    let f = &ctx.facts;
    let w = ctx.winner;
    let mut out = heading(HEADING_BUDGET);
    bullet(&mut out, "Traffic", &f.text_or_open("traffic_level"));
    bullet(
        &mut out,
        "Running pattern",
        &f.text_or_open("uptime_pattern"),
    );
    bullet(
        &mut out,
        "Services; instances in all environments",
        &format!(
            "{}; {}",
            f.text_or_open("service_count"),
            f.text_or_open("instance_count")
        ),
    );
    bullet(
        &mut out,
        "Memory limits; cloud bill",
        &format!(
            "{}; {}",
            f.text_or_open("memory_limits"),
            f.text_or_open("cloud_budget")
        ),
    );
    out.push('\n');

    let mut parts: Vec<String> = Vec::new();
    parts.push(
        match f.single("cloud_budget") {
            Some("tight") => {
                "**Target:** the fewest, smallest instances that carry our traffic; every \
                 instance counts."
            }
            Some("watched") => "**Target:** a steady, predictable bill, reviewed monthly.",
            Some("relaxed") => {
                "**Target:** servers before engineer time; an extra server is cheaper than \
                 slower delivery."
            }
            _ => "**Target:** not set yet; agree a monthly ceiling before the trial ends.",
        }
        .to_owned(),
    );

    let always_on = f.has_any("uptime_pattern", &["always_on", "mixed"]);
    let many_copies = f.has_any("instance_count", &["several", "many"]);
    if f.has("uptime_pattern", "bursty") {
        parts.push(
            "Mostly short jobs: startup time matters more than memory, and the runtime gap \
             barely shows on the bill."
                .to_owned(),
        );
    } else if w == Language::Go {
        parts.push(
            "Go's low idle memory and single binary keep the cost per instance small.".to_owned(),
        );
    } else if always_on || many_copies || f.has("memory_limits", "tight") {
        parts.push(format!(
            "{w} idles on more memory than Go and every running copy pays for it ({}: an \
             extra 200 MB per instance adds up across staging, production and failover).",
            Source::ConsultantGuide.name()
        ));
    }
    match f.single("traffic_level") {
        Some("low" | "moderate") if !ctx.compact => parts.push(format!(
            "At our traffic, queries and caching matter more than language speed ({}: below \
             about $5M ARR it is rarely the limit).",
            Source::StartupStudioGuide.name()
        )),
        Some("high" | "very_high") if w != Language::Go => parts.push(
            "With heavy traffic, load-test the trial endpoint; if one hot path struggles, a \
             single Go service can take it later."
                .to_owned(),
        ),
        Some("high" | "very_high") => {
            parts.push("Load-test the trial endpoint at realistic concurrency.".to_owned());
        }
        _ => {}
    }
    out.push_str(&parts.join(" "));
    out.push_str("\n\n");
    out
}

// ---- support model -------------------------------------------------------------------

pub(super) fn support(ctx: &Ctx<'_>) -> String {
    let f = &ctx.facts;
    let mut out = heading(HEADING_SUPPORT);
    bullet(&mut out, "Who deploys", &f.text_or_open("who_deploys"));
    bullet(&mut out, "Night incidents", &f.text_or_open("on_call"));
    bullet(&mut out, "Observability", &f.text_or_open("observability"));
    bullet(&mut out, "Rollback", &f.text_or_open("rollback"));
    if let Some(owner) = f.text("async_owner") {
        bullet(&mut out, "Workers and queues", &owner);
    }
    out.push('\n');

    let mut setup: Vec<&str> = Vec::new();
    if f.has("who_deploys", "only_one") {
        setup.push("a pipeline at least two people can ship and roll back with");
    } else if f.unknown("who_deploys") {
        setup.push("a written deploy path anyone can follow");
    }
    if f.has_any("rollback", &["manual", "none"]) || f.unknown("rollback") {
        setup.push("a tested one-step rollback");
    }
    if f.has("observability", "nothing_yet") || f.unknown("observability") {
        setup.push("error tracking and tracing from API to database");
    }
    if f.has("on_call", "one_person") {
        setup.push("a shared on-call rotation and runbook");
    }
    if f.has_any("async_owner", &["nobody", "undecided"]) {
        setup.push("a named owner for workers and queues");
    }
    if f.has_any("shared_conventions", &["partly", "each_own"]) {
        setup.push("one service template");
    }
    setup.push(match ctx.winner {
        Language::Go => "structured logs and one static binary per service",
        Language::Node => "strict TypeScript, one framework and a pinned lockfile",
        Language::Python => "one packaging tool, pinned environments and CI type checks",
    });
    out.push_str(&format!(
        "**Set up before the first release:** {}.\n\n",
        setup.join("; ")
    ));
    out
}

// ---- warnings and risks ----------------------------------------------------------------

/// The record's line of advice for a warning, from the model's warnings table.
fn warning_advice(id: &str, winner: Language) -> String {
    warnings::kind(id).map_or_else(
        || "see the results view for details.".to_owned(),
        |k| k.advice_for(winner),
    )
}

/// Topic names of the first few questions in `ids`, with "and N more" (never "1 more").
fn topics(ids: &[&'static str]) -> String {
    const SHOWN: usize = 2;
    let shown = if ids.len() <= SHOWN + 1 {
        ids.len()
    } else {
        SHOWN
    };
    let mut names: Vec<String> = ids
        .iter()
        .take(shown)
        .map(|id| facts::topic(id).to_owned())
        .collect();
    if ids.len() > shown {
        names.push(format!("{} more", ids.len() - shown));
    }
    join_and(&names)
}

/// Warnings shown with their advice in the compact record; the rest are named.
const COMPACT_WARNINGS: usize = 5;

pub(super) fn risks(ctx: &Ctx<'_>) -> String {
    let e = ctx.eval;
    let mut out = heading(HEADING_RISKS);
    if e.warnings.is_empty() {
        out.push_str("- No rule-of-thumb warning applies to these answers.\n");
    }
    // In compact form the first warnings (cautions before notes) keep their advice
    // and the rest are named in one line, so many warnings cannot push the record
    // past one page; each is in full on the result view.
    let mut listed: Vec<&crate::model::Warning> = e.warnings.iter().collect();
    let mut named_only: Vec<&str> = Vec::new();
    if ctx.compact && listed.len() > COMPACT_WARNINGS {
        crate::small_sort::sort_by_key(&mut listed, |w| w.severity);
        named_only = listed
            .split_off(COMPACT_WARNINGS)
            .iter()
            .map(|w| w.title)
            .collect();
    }
    for warning in listed {
        // Name what triggered it by topic ("planned languages"), at most two.
        let mut triggers: Vec<&str> = Vec::new();
        for t in &warning.triggers {
            let topic = facts::topic(t.question);
            if !triggers.contains(&topic) {
                triggers.push(topic);
            }
        }
        let because = if triggers.is_empty() || ctx.compact {
            String::new()
        } else {
            let mut shown: Vec<&str> = triggers.iter().take(2).copied().collect();
            if triggers.len() > 2 {
                shown.push("…");
            }
            format!(" (from {})", shown.join(", "))
        };
        out.push_str(&format!(
            "- **{}**{because}: {}\n",
            warning.title,
            warning_advice(warning.id, ctx.winner)
        ));
    }

    if !named_only.is_empty() {
        out.push_str(&format!(
            "- **Also:** {} (advice on the result view).\n",
            named_only.join("; ")
        ));
    }

    let r = ctx.runner;
    let path = e.sensitivity.runners_up.iter().find(|p| p.language == r);
    let mut line = if e.margin() < 0.05 {
        format!("- **Runner-up: {r}**, level on points")
    } else {
        format!("- **Runner-up: {r}**, {:.1} points behind", e.margin())
    };
    if let Some(p) = path {
        if let Some(t) = p.trails_most.first() {
            line.push_str(&format!(", trailing most on {}", short(t.criterion)));
        }
        line.push('.');
        match p.cheapest_change {
            Some(ch) => {
                let verb = if ch.delta() > 0 { "raised" } else { "lowered" };
                line.push_str(&format!(
                    " It would lead if we {verb} the \"{}\" priority from {} to {} (of 10).",
                    ch.criterion.name(),
                    ch.from,
                    ch.to
                ));
            }
            None => line.push_str(
                " No single priority change would put it first; only different answers would.",
            ),
        }
    } else {
        line.push('.');
    }
    out.push_str(&line);
    out.push('\n');

    let c = &e.confidence;
    let mut open = Vec::new();
    if !c.unanswered.is_empty() {
        open.push(format!(
            "{} unanswered ({})",
            c.unanswered.len(),
            topics(&c.unanswered)
        ));
    }
    if !c.not_sure.is_empty() {
        open.push(format!(
            "{} \"not sure\" ({})",
            c.not_sure.len(),
            topics(&c.not_sure)
        ));
    }
    // In compact form the justification's confidence sentence already counts them.
    if !open.is_empty() && !ctx.compact {
        out.push_str(&format!("- **Still open:** {}.\n", join_and(&open)));
    }
    out.push('\n');
    out
}

// ---- one-sprint trial ---------------------------------------------------------------------

/// Service kinds that make a good "ordinary endpoint", best first.
const ENDPOINTS: [(&str, &str); 7] = [
    (
        "product_api",
        "one product API call that reads and writes the real database",
    ),
    ("admin_tools", "the API behind one admin-tool screen"),
    (
        "webhooks",
        "one webhook receiver that validates, stores and acknowledges an event",
    ),
    (
        "realtime",
        "one live-update channel (e.g. a WebSocket pushing changes)",
    ),
    (
        "ml_ai",
        "one endpoint that calls the model or analytics code",
    ),
    ("dev_tooling", "one gateway route or CLI command used daily"),
    ("reporting", "one report query with real data"),
];

/// Service kinds that make a good "background job", best first.
const JOBS: [(&str, &str); 6] = [
    ("background_jobs", "one queued job such as sending an email"),
    ("data_imports", "one data import from a real file or feed"),
    ("reporting", "one scheduled report or export"),
    (
        "cpu_heavy",
        "one CPU-heavy job such as processing a batch of files",
    ),
    ("ml_ai", "one scheduled data or inference job"),
    ("webhooks", "one retried outgoing integration call"),
];

fn pick(f: &Facts<'_>, table: &[(&str, &'static str)], fallback: &'static str) -> &'static str {
    if let Some(core) = f.single("core_workload")
        && let Some((_, text)) = table.iter().find(|(id, _)| *id == core)
    {
        return text;
    }
    table
        .iter()
        .find(|(id, _)| f.has("services_12m", id))
        .map_or(fallback, |(_, text)| text)
}

pub(super) fn trial(ctx: &Ctx<'_>) -> String {
    let f = &ctx.facts;
    let w = ctx.winner;
    let mut out = heading(HEADING_TRIAL);
    out.push_str(&format!(
        "Within one sprint, build in {w}, without optimising:\n\n"
    ));

    let endpoint = pick(f, &ENDPOINTS, "one ordinary endpoint the product needs now");
    let ts_frontend = f.has_any(
        "typescript_frontend",
        &["typescript_shared", "typescript_separate"],
    );
    let endpoint_how = match w {
        Language::Go => ", on the standard library's HTTP server",
        Language::Node if ts_frontend => ", in TypeScript sharing types with the frontend",
        Language::Node => ", in strict TypeScript",
        Language::Python => ", with FastAPI and type hints checked in CI",
    };
    out.push_str(&format!("1. **Endpoint:** {endpoint}{endpoint_how}.\n"));

    let job = pick(f, &JOBS, "one scheduled job that starts, works and exits");
    let cpu = job.contains("CPU-heavy");
    let job_how = match w {
        Language::Go => ", as a goroutine worker with a clean shutdown",
        Language::Node if cpu => ", in a worker thread so the event loop stays free",
        Language::Node => ", on one queue library",
        Language::Python if cpu => ", in a separate process to get around the GIL",
        Language::Python => ", with one worker setup and a named owner",
    };
    out.push_str(&format!("2. **Background job:** {job}{job_how}.\n"));

    let rollback = if f.has("rollback", "one_step") {
        "keeping our one-step rollback"
    } else {
        "with a tested one-step rollback"
    };
    let artefact = match w {
        Language::Go => "one static binary",
        Language::Node => "a lockfile-pinned build",
        Language::Python => "pinned dependencies in one image",
    };
    out.push_str(&format!(
        "3. **Deploy pipeline:** merge → staging → production, shipping {artefact}, \
         {rollback}.\n\n"
    ));
    out.push_str(
        "**Watch:** shipping speed, test friction, memory per instance, deploy friction, \
         and whether anyone already dreads touching the code.\n\n",
    );
    out
}

// ---- review ---------------------------------------------------------------------------------

pub(super) fn review(ctx: &Ctx<'_>) -> String {
    let w = ctx.winner;
    let mut out = heading(HEADING_REVIEW);
    out.push_str("After the first one or two real releases, check:\n\n");
    out.push_str(&format!(
        "- [ ] **Hiring response:** did {w} roles draw production-ready candidates?\n"
    ));
    out.push_str("- [ ] **Delivery speed:** shipping at least as fast as in the trial?\n");
    out.push_str("- [ ] **Incident load:** how many pages, and were fixes and rollbacks calm?\n");
    out.push_str("- [ ] **Cloud bill:** within the target above?\n");
    out.push_str(
        "- [ ] **Time lost to tooling:** builds, dependencies, packaging, local setup.\n\n",
    );
    out.push_str(&format!(
        "If {w} fits badly, change early, with {} as the fallback: a switch now costs weeks; \
         a rewrite after scale takes 6–18 months, per the {}.\n\n",
        ctx.runner,
        Source::AgencyGuide2026.name()
    ));
    out
}
