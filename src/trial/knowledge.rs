//! What a trial and a review mean, as data: the rules that compare the one-sprint
//! trial with the model's expectations, the signs of a bad fit after release, and
//! the cost of changing language. Each names its reason and its source, like
//! `model::knowledge`; nothing here is our own claim.
//!
//! A trial rule finds evidence *against* a trialled language on one criterion.
//! Evidence against the recommended language contradicts the recommendation;
//! evidence against another language supports it (see `trial::assess`).

use crate::model::criterion::Criterion;
use crate::model::knowledge::Source;

/// What in a scorecard a rule looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    /// Building the endpoint, the job and the pipeline took at least
    /// `times_tenths / 10` times as long as the fastest trialled language.
    SlowerBuild {
        /// The ratio, in tenths (20: twice as long).
        times_tenths: u64,
    },
    /// Latency under normal load at least `times_tenths / 10` times the lowest
    /// trialled language's.
    SlowerLatency {
        /// The ratio, in tenths.
        times_tenths: u64,
    },
    /// Idle memory per instance at or above this many MB.
    IdleMemoryAtLeast(u64),
    /// Startup time at or above this many ms.
    StartupAtLeast(u64),
    /// A choice field (scorecard field id) recorded as one of these options.
    Choice(&'static str, &'static [&'static str]),
}

/// An answer that makes a rule apply: the question has one of these options.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct When {
    /// Question id.
    pub question: &'static str,
    /// Any of these options.
    pub options: &'static [&'static str],
}

/// An answer worth looking at again when a rule fires.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Revisit {
    /// This question.
    Question(&'static str),
    /// How well the team knows the language the finding is about.
    Proficiency,
}

/// One way the trial can speak for or against a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrialRule {
    /// Stable id.
    pub id: &'static str,
    /// What it looks at.
    pub signal: Signal,
    /// It applies only when one of these holds (empty: always).
    pub when_any: &'static [When],
    /// The criterion the evidence is about.
    pub criterion: Criterion,
    /// Answers to revisit when it contradicts the recommendation.
    pub revisit: &'static [Revisit],
    /// Why this matters, in one or two sentences.
    pub reason: &'static str,
    /// Which article it paraphrases.
    pub source: Source,
}

const ALWAYS_ON_OR_BUSY: &[When] = &[
    When {
        question: "uptime_pattern",
        options: &["always_on", "mixed"],
    },
    When {
        question: "instance_count",
        options: &["many"],
    },
    When {
        question: "traffic_level",
        options: &["high", "very_high"],
    },
];

/// The trial rules, checked for every trialled language.
pub static TRIAL_RULES: [TrialRule; 8] = [
    TrialRule {
        id: "slow_build",
        signal: Signal::SlowerBuild { times_tenths: 20 },
        when_any: &[],
        criterion: Criterion::TeamFit,
        revisit: &[
            Revisit::Proficiency,
            Revisit::Question("typescript_frontend"),
            Revisit::Question("product_maturity"),
        ],
        reason: "The same endpoint, job and pipeline took this language at least twice as \
                 long as another the team tried (Stackwise's own threshold). What the team \
                 already ships comfortably dominates at this stage; switching a fluent team \
                 costs roughly 3–6 months.",
        source: Source::StartupStudioGuide,
    },
    TrialRule {
        id: "idle_memory_always_on",
        signal: Signal::IdleMemoryAtLeast(300),
        when_any: ALWAYS_ON_OR_BUSY,
        criterion: Criterion::RuntimeCost,
        revisit: &[
            Revisit::Question("uptime_pattern"),
            Revisit::Question("instance_count"),
            Revisit::Question("cloud_budget"),
        ],
        reason: "Every always-on copy (staging, production, failover) holds its idle memory \
                 around the clock, so 200 MB more per instance soon shows on the bill.",
        source: Source::ConsultantGuide,
    },
    TrialRule {
        id: "idle_memory_tight_limits",
        signal: Signal::IdleMemoryAtLeast(200),
        when_any: &[When {
            question: "memory_limits",
            options: &["tight"],
        }],
        criterion: Criterion::RuntimeCost,
        revisit: &[Revisit::Question("memory_limits")],
        reason: "With tight memory limits, a high memory floor per service is the first \
                 place runtime cost shows.",
        source: Source::ConsultantGuide,
    },
    TrialRule {
        id: "slow_startup_bursty",
        signal: Signal::StartupAtLeast(2_000),
        when_any: &[When {
            question: "uptime_pattern",
            options: &["bursty", "mixed"],
        }],
        criterion: Criterion::RuntimeCost,
        revisit: &[Revisit::Question("uptime_pattern")],
        reason: "Bursty jobs wake, work and exit: they pay startup time on every run, \
                 while idle memory barely shows on the bill.",
        source: Source::ConsultantGuide,
    },
    TrialRule {
        id: "slow_latency_tight_target",
        signal: Signal::SlowerLatency { times_tenths: 20 },
        when_any: &[
            When {
                question: "latency_target",
                options: &["tight"],
            },
            When {
                question: "traffic_level",
                options: &["very_high"],
            },
        ],
        criterion: Criterion::Concurrency,
        revisit: &[
            Revisit::Question("latency_target"),
            Revisit::Question("traffic_level"),
        ],
        reason: "Under a tight latency target or very high traffic, latency is a \
                 requirement, and twice another language's latency at normal load (Stackwise's \
                 own threshold) will show at peak. The agency guide cites Go services serving \
                 more than 10,000 concurrent users reliably.",
        source: Source::AgencyGuide2026,
    },
    TrialRule {
        id: "dread",
        signal: Signal::Choice("dread", &["yes"]),
        when_any: &[],
        criterion: Criterion::TeamFit,
        revisit: &[
            Revisit::Proficiency,
            Revisit::Question("shared_conventions"),
        ],
        reason: "Someone already dreads touching the code after one sprint: team comfort, \
                 what people can maintain without stress, is failing early.",
        source: Source::ConsultantGuide,
    },
    TrialRule {
        id: "test_friction",
        signal: Signal::Choice("test_friction", &["a_lot"]),
        when_any: &[],
        criterion: Criterion::DeliverySpeed,
        revisit: &[Revisit::Proficiency, Revisit::Question("product_maturity")],
        reason: "Tests that fight the team slow every later change; how fast tests run on a \
                 laptop is one of the plain signals to watch.",
        source: Source::ConsultantGuide,
    },
    TrialRule {
        id: "deploy_friction",
        signal: Signal::Choice("deploy_friction", &["a_lot"]),
        when_any: &[],
        criterion: Criterion::OpsSimplicity,
        revisit: &[
            Revisit::Question("who_deploys"),
            Revisit::Question("rollback"),
            Revisit::Question("observability"),
        ],
        reason: "If shipping, verifying and rolling back is hard in a one-sprint trial, it \
                 will be harder at 2 a.m.; operational fit is about calm deploys and \
                 incidents.",
        source: Source::ConsultantGuide,
    },
];

/// When a review field counts as a sign of bad fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignTest {
    /// A choice field recorded as one of these options.
    OneOf(&'static [&'static str]),
    /// A number field at or above this value (stored units).
    AtLeast(u64),
}

/// A plain sign, after release, that the language fits badly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadFitSign {
    /// Review field id.
    pub field: &'static str,
    /// When it counts.
    pub test: SignTest,
    /// What it says, shown when it holds.
    pub meaning: &'static str,
}

/// The review's signs of a bad fit (the brief's step 7: hiring response,
/// delivery speed, incident load, cloud bill, time lost to tooling).
pub static BAD_FIT_SIGNS: [BadFitSign; 5] = [
    BadFitSign {
        field: "hiring_response",
        test: SignTest::OneOf(&["worse"]),
        meaning: "hiring is harder than expected",
    },
    BadFitSign {
        field: "delivery_speed",
        test: SignTest::OneOf(&["worse"]),
        meaning: "features ship slower than expected",
    },
    BadFitSign {
        field: "incident_load",
        test: SignTest::OneOf(&["worse"]),
        meaning: "incidents take more time than expected",
    },
    BadFitSign {
        field: "cloud_bill",
        test: SignTest::OneOf(&["over_budget"]),
        meaning: "the cloud bill is over the budget in the record",
    },
    BadFitSign {
        field: "tooling_hours_per_week",
        // 4 hours a week (tenths of an hour): half a working day.
        test: SignTest::AtLeast(40),
        meaning: "tooling costs the team half a day a week or more",
    },
];

/// From how many signs the review suggests changing early.
pub const SIGNS_FOR_CHANGE: usize = 2;

/// A figure about the cost of changing language, with its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChangeCost {
    /// The figure, as a sentence.
    pub text: &'static str,
    /// Where it comes from.
    pub source: Source,
}

/// What changing language costs, shown with a "change early" outcome: what a
/// change now costs first, then [`LATE_CHANGE_COST`], why now beats later.
pub static CHANGE_COSTS: [ChangeCost; 3] = [
    ChangeCost {
        text: "Startup rewrites typically take 3–6 months and ship no new features \
               meanwhile.",
        source: Source::AgencyGuide2026,
    },
    ChangeCost {
        text: "A team moving off the language it knows best needs roughly 3–6 months to \
               be fluent again.",
        source: Source::StartupStudioGuide,
    },
    LATE_CHANGE_COST,
];

/// What waiting costs: the figure behind "change early".
pub const LATE_CHANGE_COST: ChangeCost = ChangeCost {
    text: "After scale, a rewrite runs 6–18 months; moving Node.js to Go often costs \
           $200k–$800k, and moving high-throughput Python pipelines to Go $80k–$400k.",
    source: Source::AgencyGuide2026,
};

/// The advice that goes with changing: extract, don't rewrite.
pub const EXTRACT_ONE_SERVICE: ChangeCost = ChangeCost {
    text: "Change early, and prefer extracting one new service in the second language \
           behind a gateway, where the measured need is, over rewriting what works.",
    source: Source::AgencyGuide2026,
};
