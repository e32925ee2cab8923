//! The record's plan after the choice: the one-sprint trial (an ordinary endpoint,
//! a background job and a deploy pipeline, picked from this year's services and
//! written for the winner) and the review after the first real releases.

use crate::model::Language;
use crate::model::knowledge::Source;

use super::facts::Facts;
use super::sections::{Ctx, heading};
use super::{HEADING_REVIEW, HEADING_TRIAL};

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
        "If {w} fits badly, change early, with {} as the fallback: a startup rewrite \
         typically takes 3–6 months, one after scale 6–18 months, per the {}.\n\n",
        ctx.runner,
        Source::AgencyGuide2026.name()
    ));
    out
}
