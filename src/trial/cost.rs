//! The runtime-cost calculator: the trial's idle memory per instance × the
//! instances the user runs × the price of memory the user sets gives a monthly
//! figure per language; the trial's build hours × the user's engineer rate give
//! the engineer time next to it. Every input is an editable assumption, listed
//! with the result; nothing here is a fact about anyone's cloud.
//!
//! Money is in hundredths of the user's currency (no currency is assumed).

use super::Trial;
use crate::model::answers::Answers;
use crate::model::language::Language;

/// Megabytes per gigabyte, as cloud memory prices count them.
pub const MB_PER_GB: u64 = 1024;

/// The calculator's figures for one trialled language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CostLine {
    /// The language.
    pub language: Language,
    /// Idle memory per instance, MB, if measured.
    pub idle_mb: Option<u64>,
    /// Idle memory × instances × price, hundredths per month, if measured.
    pub monthly: Option<u64>,
    /// Engineer hours of the trial (endpoint + job + pipeline), in tenths.
    pub build_tenths: Option<u64>,
    /// Those hours × the rate, in hundredths.
    pub engineer: Option<u64>,
}

/// A difference between the cheapest and the dearest language on one figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gap {
    /// The cheaper language.
    pub cheaper: Language,
    /// The dearer language.
    pub dearer: Language,
    /// How much more the dearer one costs, in hundredths.
    pub amount: u64,
}

/// The calculator's result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CostEstimate {
    /// Instances counted (staging + production + failover).
    pub instances: u64,
    /// One line per trialled language, in language order.
    pub lines: Vec<CostLine>,
    /// The monthly running-cost gap, when at least two languages have a memory figure.
    pub monthly_gap: Option<Gap>,
    /// The engineer-time gap of the trial, when at least two have build hours.
    pub engineer_gap: Option<Gap>,
    /// The assumptions, as sentences, so they are seen with the figures.
    pub assumptions: Vec<String>,
}

impl CostEstimate {
    /// In how many months the running-cost gap adds up to the engineer-time gap,
    /// when the language that is cheaper to run took longer to build (otherwise
    /// there is nothing to trade off). Rounded up; `None` when not comparable.
    pub fn months_to_even(&self) -> Option<u64> {
        let run = self.monthly_gap?;
        let build = self.engineer_gap?;
        (run.cheaper == build.dearer && run.amount > 0).then(|| build.amount.div_ceil(run.amount))
    }

    /// The figures in sentences, read against what the answers say about running
    /// the service.
    pub fn summary(&self, running: Running) -> CostSummary {
        let bursty = running.bursty;
        let monthly = if self.instances == 0 && self.monthly_gap.is_some() {
            "Idle memory: no always-on instances are counted, so idle memory adds nothing to \
             the bill."
                .to_owned()
        } else {
            gap_sentence(self.monthly_gap, "Idle memory", " a month")
        };
        let payback = self.months_to_even().map(|months| {
            let lead = format!(
                "The language that is cheaper to run took longer to build: its running-cost \
                 saving pays for that extra engineer time in about {months} months."
            );
            if months <= PAYBACK_THAT_MATTERS_MONTHS {
                format!(
                    "{lead} That is within the year this choice is for, so at this scale the \
                     server bill does matter."
                )
            } else {
                format!(
                    "{lead} Engineer time usually costs more than a server or two (consultant \
                     guide)."
                )
            }
        });
        // Bursty work counts only what stays up, so its total may well be lower.
        let instances = running
            .instances
            .filter(|band| !bursty && !band.contains(self.instances))
            .map(|band| {
                format!(
                    "You answered {} running instances in total; these figures count {}. Set \
                     the instances above to yours so the bill matches.",
                    band.label.to_lowercase(),
                    self.instances
                )
            });
        CostSummary {
            monthly,
            engineer: gap_sentence(self.engineer_gap, "Engineer time in the trial", ""),
            payback,
            instances,
            bursty: bursty.then(|| {
                "You said the work is mostly short jobs: count only the instances that stay \
                 up. Jobs that wake, work and exit pay for startup time rather than idle \
                 memory, and the memory difference barely shows on the bill (consultant \
                 guide)."
                    .to_owned()
            }),
        }
    }
}

/// Months within which a running-cost saving that pays back the extra build time
/// makes the server bill matter: the 12 months the decision is for.
pub const PAYBACK_THAT_MATTERS_MONTHS: u64 = 12;

/// What the calculator's figures say, in sentences.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CostSummary {
    /// The idle-memory cost gap per month.
    pub monthly: String,
    /// The engineer-time gap of the trial.
    pub engineer: String,
    /// When the language cheaper to run was slower to build: when it pays back,
    /// and whether that matters.
    pub payback: Option<String>,
    /// For mostly bursty work: what to count, and that idle memory barely shows.
    pub bursty: Option<String>,
    /// When the instances counted are outside the number the answers gave.
    pub instances: Option<String>,
}

/// What the answers say about running the service, for [`CostEstimate::summary`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Running {
    /// Mostly short jobs that start, work and exit.
    pub bursty: bool,
    /// The running instances in total, as answered.
    pub instances: Option<InstanceBand>,
}

/// An answer to "how many running instances in total".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InstanceBand {
    /// The option's label ("4–10").
    pub label: &'static str,
    /// Fewest instances it covers.
    pub at_least: u64,
    /// Most it covers, if bounded.
    pub at_most: Option<u64>,
}

impl InstanceBand {
    fn contains(&self, n: u64) -> bool {
        n >= self.at_least && self.at_most.is_none_or(|most| n <= most)
    }
}

/// The instance bands of the `instance_count` question, by option id.
const INSTANCE_BANDS: [(&str, u64, Option<u64>); 3] = [
    ("few", 1, Some(3)),
    ("several", 4, Some(10)),
    ("many", 11, None),
];

impl Running {
    /// From the answers: `uptime_pattern` and `instance_count`.
    pub fn from_answers(answers: &Answers) -> Running {
        let instances = INSTANCE_BANDS.iter().find_map(|&(id, at_least, at_most)| {
            answers
                .is_selected("instance_count", id)
                .then(|| InstanceBand {
                    label: crate::model::questionnaire::question("instance_count")
                        .and_then(|q| q.option(id))
                        .map_or(id, |o| o.label),
                    at_least,
                    at_most,
                })
        });
        Running {
            bursty: answers.is_selected("uptime_pattern", "bursty"),
            instances,
        }
    }
}

fn gap_sentence(gap: Option<Gap>, what: &str, per: &str) -> String {
    match gap {
        Some(g) if g.amount == 0 => {
            format!("{what}: no difference between the trialled languages.")
        }
        Some(g) => format!(
            "{what}: {} costs {} more than {}{per}.",
            g.dearer,
            money(g.amount),
            g.cheaper
        ),
        None => format!("{what}: enter it for at least two trialled languages to compare."),
    }
}

/// `a × b / c`, rounded to the nearest whole, without overflow.
fn mul_div(a: u64, b: u64, c: u64) -> u64 {
    if c == 0 {
        return 0;
    }
    let (a, b, c) = (u128::from(a), u128::from(b), u128::from(c));
    u64::try_from((a * b + c / 2) / c).unwrap_or(u64::MAX)
}

fn gap(values: impl Iterator<Item = (Language, Option<u64>)>) -> Option<Gap> {
    let known: Vec<(u64, Language)> = values.filter_map(|(l, v)| Some((v?, l))).collect();
    if known.len() < 2 {
        return None;
    }
    let (low, cheaper) = known.iter().copied().min()?;
    let (high, dearer) = known.iter().copied().max()?;
    Some(Gap {
        cheaper,
        dearer,
        amount: high - low,
    })
}

/// Money in hundredths as text with two decimals and thousands separators
/// (`123456` → `"1,234.56"`).
pub fn money(hundredths: u64) -> String {
    let whole = (hundredths / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{grouped}.{:02}", hundredths % 100)
}

/// Runs the calculator on a trial's scorecards and assumptions.
pub fn estimate(trial: &Trial) -> CostEstimate {
    let staging = trial.assumption("staging_instances");
    let production = trial.assumption("production_instances");
    let failover = trial.assumption("failover_instances");
    let instances = staging.saturating_add(production).saturating_add(failover);
    let price = trial.assumption("price_per_gb_month");
    let rate = trial.assumption("hourly_rate");
    let memory = super::scorecard_field("idle_memory_mb");
    let lines: Vec<CostLine> = trial
        .scorecards()
        .iter()
        .map(|card| {
            let idle_mb = memory.and_then(|f| card.readings.number(f));
            let build_tenths = card.build_tenths();
            CostLine {
                language: card.language,
                idle_mb,
                monthly: idle_mb.map(|mb| mul_div(mb.saturating_mul(instances), price, MB_PER_GB)),
                build_tenths,
                engineer: build_tenths.map(|t| mul_div(t, rate, 10)),
            }
        })
        .collect();
    let monthly_gap = gap(lines.iter().map(|l| (l.language, l.monthly)));
    let engineer_gap = gap(lines.iter().map(|l| (l.language, l.engineer)));
    let assumptions = vec![
        format!(
            "{instances} always-on instances per language: {staging} in staging, \
             {production} in production, {failover} for failover (your figures)."
        ),
        format!(
            "Memory at {} per GB-month, 1 GB = {MB_PER_GB} MB (your figure, not a quote \
             from any provider).",
            money(price)
        ),
        "Each instance holds the idle memory measured in the trial; traffic, CPU, \
         storage and discounts are left out."
            .to_owned(),
        format!(
            "Engineer time: the trial's endpoint + job + pipeline hours at {} per hour \
             (your figure).",
            money(rate)
        ),
    ];
    CostEstimate {
        instances,
        lines,
        monthly_gap,
        engineer_gap,
        assumptions,
    }
}
