//! What can be entered about a trial, its cost assumptions and the post-release
//! review, as data: each field's stable id (stored in sessions), label, kind
//! (a number in a unit, or a choice among options) and limits.
//!
//! Ids are stable forever, like question ids: sessions store them. Labels and help
//! texts may change.

/// A number the user types, kept as a whole count of `10^-decimals` units so
/// sessions compare and round-trip exactly (6.5 hours with one decimal is `65`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quantity {
    /// The unit as shown after the number ("hours", "MB", "ms").
    pub unit: &'static str,
    /// How many decimals are kept (0, 1 or 2); more are rounded.
    pub decimals: u32,
    /// The largest accepted value, in shown units.
    pub max: u64,
    /// A plausible value, shown in error messages ("like 120").
    pub example: &'static str,
    /// Whether a typed zero is refused: nothing is built in no time, and no process
    /// idles in no memory, so a 0 there is a slip (blank means "not measured").
    pub above_zero: bool,
}

impl Quantity {
    /// `10^decimals`: stored units per shown unit.
    pub const fn scale(self) -> u64 {
        10u64.pow(self.decimals)
    }
}

/// One option of a choice field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Stable id, stored in sessions.
    pub id: &'static str,
    /// Shown to people.
    pub label: &'static str,
}

/// Whether a field holds a number or a choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// A number in a unit.
    Number(Quantity),
    /// One of a few options.
    Choice(&'static [Choice]),
}

/// One thing the user can record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    /// Stable id, stored in sessions.
    pub id: &'static str,
    /// Shown to people, and the subject of error messages.
    pub label: &'static str,
    /// What it holds.
    pub kind: FieldKind,
    /// One line of guidance shown next to the input.
    pub help: &'static str,
}

impl Field {
    /// The option of a choice field with this id.
    pub fn choice(&self, id: &str) -> Option<&'static Choice> {
        match self.kind {
            FieldKind::Choice(options) => options.iter().find(|c| c.id == id),
            FieldKind::Number(_) => None,
        }
    }

    /// The quantity of a number field.
    pub const fn quantity(&self) -> Option<Quantity> {
        match self.kind {
            FieldKind::Number(q) => Some(q),
            FieldKind::Choice(_) => None,
        }
    }
}

/// Looks a field up by id in one of the field lists.
pub fn find(fields: &'static [Field], id: &str) -> Option<&'static Field> {
    fields.iter().find(|f| f.id == id)
}

const HOURS: Quantity = Quantity {
    unit: "hours",
    decimals: 1,
    max: 2_000,
    example: "6.5",
    above_zero: true,
};
const MEGABYTES: Quantity = Quantity {
    unit: "MB",
    decimals: 0,
    max: 1_000_000,
    example: "120",
    above_zero: true,
};
const MILLISECONDS: Quantity = Quantity {
    unit: "ms",
    decimals: 0,
    max: 3_600_000,
    example: "120",
    above_zero: false,
};
const INSTANCES: Quantity = Quantity {
    unit: "instances",
    decimals: 0,
    max: 10_000,
    example: "2",
    above_zero: false,
};
const MONEY_PER_GB_MONTH: Quantity = Quantity {
    unit: "per GB-month",
    decimals: 2,
    max: 100_000,
    example: "4.50",
    above_zero: false,
};
const MONEY_PER_HOUR: Quantity = Quantity {
    unit: "per hour",
    decimals: 2,
    max: 100_000,
    example: "75",
    above_zero: false,
};
const RELEASES: Quantity = Quantity {
    unit: "releases",
    decimals: 0,
    max: 1_000,
    example: "2",
    above_zero: false,
};
const HOURS_PER_WEEK: Quantity = Quantity {
    unit: "hours per week",
    decimals: 1,
    max: 168,
    example: "3",
    above_zero: false,
};

const FRICTION: &[Choice] = &[
    Choice {
        id: "none",
        label: "none",
    },
    Choice {
        id: "some",
        label: "some",
    },
    Choice {
        id: "a_lot",
        label: "a lot",
    },
];

const DREAD: &[Choice] = &[
    Choice {
        id: "no",
        label: "no",
    },
    Choice {
        id: "somewhat",
        label: "somewhat",
    },
    Choice {
        id: "yes",
        label: "yes",
    },
];

const VERSUS_EXPECTED: &[Choice] = &[
    Choice {
        id: "better",
        label: "better than expected",
    },
    Choice {
        id: "as_expected",
        label: "as expected",
    },
    Choice {
        id: "worse",
        label: "worse than expected",
    },
];

const BUDGET: &[Choice] = &[
    Choice {
        id: "under_budget",
        label: "under budget",
    },
    Choice {
        id: "within_budget",
        label: "within budget",
    },
    Choice {
        id: "over_budget",
        label: "over budget",
    },
];

const OUTCOME: &[Choice] = &[
    Choice {
        id: "keep",
        label: "keep the language",
    },
    Choice {
        id: "change_early",
        label: "change early",
    },
];

/// What the team records per trialled language (the one-sprint trial: one
/// ordinary endpoint, one background job, one deploy pipeline; don't optimise).
pub static SCORECARD_FIELDS: [Field; 9] = [
    Field {
        id: "endpoint_hours",
        label: "Building the ordinary endpoint",
        kind: FieldKind::Number(HOURS),
        help: "Engineer hours from start to merged, tests included.",
    },
    Field {
        id: "job_hours",
        label: "Building the background job",
        kind: FieldKind::Number(HOURS),
        help: "Engineer hours from start to running on a schedule or queue.",
    },
    Field {
        id: "pipeline_hours",
        label: "Setting up the deploy pipeline",
        kind: FieldKind::Number(HOURS),
        help: "Engineer hours until a merge deploys itself.",
    },
    Field {
        id: "test_friction",
        label: "Test friction",
        kind: FieldKind::Choice(FRICTION),
        help: "How much writing and running tests got in the way.",
    },
    Field {
        id: "idle_memory_mb",
        label: "Idle memory per instance",
        kind: FieldKind::Number(MEGABYTES),
        help: "Resident memory of one idle instance of the service.",
    },
    Field {
        id: "startup_ms",
        label: "Startup time",
        kind: FieldKind::Number(MILLISECONDS),
        help: "From start command to the first request served.",
    },
    Field {
        id: "latency_ms",
        label: "Latency under normal load",
        kind: FieldKind::Number(MILLISECONDS),
        help: "Typical (median) response time of the endpoint at everyday traffic.",
    },
    Field {
        id: "deploy_friction",
        label: "Deploy friction",
        kind: FieldKind::Choice(FRICTION),
        help: "How much shipping, verifying and rolling back got in the way.",
    },
    Field {
        id: "dread",
        label: "Did anyone dread touching the code?",
        kind: FieldKind::Choice(DREAD),
        help: "Ask everyone who worked on it, not only the lead.",
    },
];

/// The calculator's assumptions, with the defaults a new decision starts from.
/// They are placeholders to replace with the team's own figures, never facts
/// about anyone's cloud.
pub static ASSUMPTION_FIELDS: [(Field, u64); 5] = [
    (
        Field {
            id: "staging_instances",
            label: "Instances in staging",
            kind: FieldKind::Number(INSTANCES),
            help: "Always-on instances of the service in staging.",
        },
        1,
    ),
    (
        Field {
            id: "production_instances",
            label: "Instances in production",
            kind: FieldKind::Number(INSTANCES),
            help: "Always-on instances of the service in production.",
        },
        2,
    ),
    (
        Field {
            id: "failover_instances",
            label: "Instances for failover",
            kind: FieldKind::Number(INSTANCES),
            help: "Standby instances kept running in case production fails.",
        },
        1,
    ),
    (
        Field {
            id: "price_per_gb_month",
            label: "Price of memory",
            kind: FieldKind::Number(MONEY_PER_GB_MONTH),
            help: "What one GB of memory costs you for a month; check your provider.",
        },
        // 4.00 in hundredths.
        400,
    ),
    (
        Field {
            id: "hourly_rate",
            label: "Engineer cost",
            kind: FieldKind::Number(MONEY_PER_HOUR),
            help: "What an hour of engineer time costs you, all in.",
        },
        // 75.00 in hundredths.
        7_500,
    ),
];

/// What the team records after the first one or two real releases.
pub static REVIEW_FIELDS: [Field; 7] = [
    Field {
        id: "releases",
        label: "Releases since the choice",
        kind: FieldKind::Number(RELEASES),
        help: "Review after the first one or two real releases.",
    },
    Field {
        id: "hiring_response",
        label: "Hiring response",
        kind: FieldKind::Choice(VERSUS_EXPECTED),
        help: "Applicants and offers accepted for roles in this language.",
    },
    Field {
        id: "delivery_speed",
        label: "Delivery speed",
        kind: FieldKind::Choice(VERSUS_EXPECTED),
        help: "How fast ordinary features shipped.",
    },
    Field {
        id: "incident_load",
        label: "Incident load",
        kind: FieldKind::Choice(VERSUS_EXPECTED),
        help: "Pages, outages and time spent firefighting (better means lighter).",
    },
    Field {
        id: "cloud_bill",
        label: "Cloud bill",
        kind: FieldKind::Choice(BUDGET),
        help: "Against the infrastructure budget in the decision record.",
    },
    Field {
        id: "tooling_hours_per_week",
        label: "Time lost to tooling",
        kind: FieldKind::Number(HOURS_PER_WEEK),
        help: "Builds, packaging, environments and dependency trouble, for the whole team.",
    },
    Field {
        id: "outcome",
        label: "Outcome",
        kind: FieldKind::Choice(OUTCOME),
        help: "Keep the language, or change early while it is still cheap.",
    },
];

/// The assumption fields alone, for lookups and forms.
pub fn assumption_fields() -> impl Iterator<Item = &'static Field> {
    ASSUMPTION_FIELDS.iter().map(|(f, _)| f)
}

/// An assumption field by id.
pub fn find_assumption(id: &str) -> Option<&'static Field> {
    assumption_fields().find(|f| f.id == id)
}

/// The default of an assumption, in stored units (`None` for other ids).
pub fn assumption_default(id: &str) -> Option<u64> {
    ASSUMPTION_FIELDS
        .iter()
        .find(|(f, _)| f.id == id)
        .map(|(_, d)| *d)
}
