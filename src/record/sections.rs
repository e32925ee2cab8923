//! The record's middle sections (hiring, budget, support, risks), each derived
//! from the evaluation and the answers, and what every section shares: [`Ctx`] and
//! the Markdown helpers. The Decision section is in `decision`, the trial and the
//! review in `plan`.
//!
//! Wording is the app's own; figures are quoted with the article they come from,
//! named the way the knowledge base names its sources.

use crate::model::knowledge::Source;
use crate::model::warnings;
use crate::model::{Criterion, Evaluation, Language};

use super::facts::{self, Facts};
use super::text::join_and;
use super::{HEADING_BUDGET, HEADING_HIRING, HEADING_RISKS, HEADING_SUPPORT};

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
    /// In compact form, how many warnings keep their advice (cautions first); the
    /// rest are named in one line.
    pub(super) advised_warnings: usize,
}

pub(super) fn heading(title: &str) -> String {
    format!("## {title}\n\n")
}

pub(super) fn bullet(out: &mut String, key: &str, value: &str) {
    out.push_str(&format!("- **{key}:** {value}\n"));
}

/// A short lower-case name for running text; unlike [`Criterion::phrase`] it never
/// contains "and", so lists of criteria stay unambiguous.
pub(super) fn short(c: Criterion) -> &'static str {
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
            "{w} idles on more memory than Go and every running copy pays for it ({}: 200 MB \
             more per instance soon shows on the bill once staging, production and failover \
             each run one).",
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
    if ctx.compact && listed.len() > ctx.advised_warnings {
        crate::small_sort::sort_by_key(&mut listed, |w| w.severity);
        named_only = listed
            .split_off(ctx.advised_warnings)
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
