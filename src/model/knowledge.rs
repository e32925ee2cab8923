//! The knowledge base, as data: baseline ratings per language × criterion, and the
//! rules that turn answers into score adjustments, each with its reason and source.
//!
//! This is the one place a reviewer audits. Everything here paraphrases the domain
//! brief (a digest of four published articles); figures name the article they come
//! from. Scores are 0–100; rule amounts are signed points added to the baseline,
//! `[Go, Node.js, Python]`. The final score is clamped to 0..=100 and every clamp is
//! recorded too (see `scoring`).
//!
//! Principles encoded (not scenarios):
//! * What the team already knows dominates at this stage.
//! * Judge hiring in the user's own market; hiring beats taste.
//! * Workload decides the rest: data/ML → Python, real-time → Node.js then Go,
//!   high concurrency / CPU-heavy / infra tooling → Go, CRUD → any, team speed decides.
//! * A criterion only separates languages as much as this team needs it: when a need
//!   is absent (no ML work, low traffic, relaxed budget) the gap between languages
//!   shrinks, when it is present and central the gap widens.
//! * Hoped-for scale is not a workload: it changes no score (it raises a warning).
//! * Unknown is not evidence: the criteria that depend on this team's needs
//!   (runtime cost, concurrency, data & AI, operations) start level for all three
//!   languages, and only answers that show the need credit a language. The
//!   least-need answer (low traffic, no data work, anyone can deploy) credits
//!   nobody, so an open question never favours a language by default.
//! * An absent need never earns a language points: rules fire on what the user said.

use super::criterion::Criterion;
use super::language::{LANGUAGE_COUNT, Language};

/// Where a rating or rule comes from; shown as plain text in the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    /// "Choosing Go, Node.js, or Python for a small backend team".
    ConsultantGuide,
    /// An engineering team's report after building services in all three.
    FieldReport,
    /// "Golang vs Node.js vs Python … in 2026", agency guide for US teams.
    AgencyGuide2026,
    /// "How to choose the right backend technology for your startup" (March 2026).
    StartupStudioGuide,
}

impl Source {
    /// Every source, in the order the "How scoring works" page lists them.
    pub const ALL: [Source; 4] = [
        Source::ConsultantGuide,
        Source::FieldReport,
        Source::AgencyGuide2026,
        Source::StartupStudioGuide,
    ];

    /// The source named in full (kind, title or author), as the "How scoring
    /// works" page lists it.
    pub const fn citation(self) -> &'static str {
        match self {
            Source::ConsultantGuide => {
                "Consultant guide: “Choosing Go, Node.js, or Python for a small backend team”."
            }
            Source::FieldReport => {
                "Field report: an engineering team's account after building APIs, background \
                 services and a WebSocket pub-sub system in all three (Ashish Saxena)."
            }
            Source::AgencyGuide2026 => {
                "Agency 2026 guide (US market): “Golang vs Node.js vs Python: choosing the right \
                 backend language for your project in 2026”."
            }
            Source::StartupStudioGuide => {
                "Startup studio guide: “How to choose the right backend technology for your \
                 startup” (March 2026)."
            }
        }
    }

    /// How the app names the source.
    pub const fn name(self) -> &'static str {
        match self {
            Source::ConsultantGuide => "consultant guide",
            Source::FieldReport => "field report",
            Source::AgencyGuide2026 => "agency 2026 guide (US market)",
            Source::StartupStudioGuide => "startup studio guide",
        }
    }
}

/// A baseline rating: how a language does on a criterion before any answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rating {
    /// 0–100.
    pub score: u8,
    /// Why, in one sentence.
    pub rationale: &'static str,
    /// Which article it paraphrases.
    pub source: Source,
}

/// The baseline ratings of one criterion for all three languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CriterionBaseline {
    /// The criterion.
    pub criterion: Criterion,
    /// Ratings in [`Language::ALL`] order.
    pub ratings: [Rating; LANGUAGE_COUNT],
}

const fn r(score: u8, source: Source, rationale: &'static str) -> Rating {
    Rating {
        score,
        rationale,
        source,
    }
}

use Source::{AgencyGuide2026, ConsultantGuide, FieldReport, StartupStudioGuide};

/// Baseline ratings, in [`Criterion::ALL`] order.
pub static BASELINE: [CriterionBaseline; 8] = [
    CriterionBaseline {
        criterion: Criterion::Hiring,
        ratings: [
            r(
                55,
                AgencyGuide2026,
                "Go talent pools are smaller; Go engineers cost more and take longer to hire.",
            ),
            r(
                80,
                AgencyGuide2026,
                "Node.js has one of the two deepest backend talent pools.",
            ),
            r(
                80,
                AgencyGuide2026,
                "Python has one of the two deepest backend talent pools.",
            ),
        ],
    },
    CriterionBaseline {
        criterion: Criterion::TeamFit,
        ratings: [
            r(
                45,
                StartupStudioGuide,
                "Strict typing and explicit error handling make Go slower to pick up at first.",
            ),
            r(
                50,
                ConsultantGuide,
                "Familiar to anyone who writes JavaScript, but async habits take time to learn well.",
            ),
            r(
                55,
                StartupStudioGuide,
                "Approachable syntax makes Python the quickest to onboard into.",
            ),
        ],
    },
    CriterionBaseline {
        criterion: Criterion::DeliverySpeed,
        ratings: [
            r(
                55,
                ConsultantGuide,
                "More code up front and verbose error handling slow Go down while the product takes shape.",
            ),
            r(
                75,
                ConsultantGuide,
                "Node.js ships small changes quickly, helped by a huge package ecosystem.",
            ),
            r(
                80,
                StartupStudioGuide,
                "Python is the fastest to prototype in: an idea can run within a day.",
            ),
        ],
    },
    CriterionBaseline {
        criterion: Criterion::RuntimeCost,
        ratings: [
            r(
                65,
                ConsultantGuide,
                "Lowest memory and idle overhead, fast startup, one static binary; credited once your traffic, uptime, memory or budget show the bill matters.",
            ),
            r(
                65,
                ConsultantGuide,
                "Starts fast but has a higher memory floor per process; that shows only once your traffic or instance count does.",
            ),
            r(
                65,
                ConsultantGuide,
                "Usually the most runtime cost for the same job, which matters only once your traffic, memory or budget say it does.",
            ),
        ],
    },
    CriterionBaseline {
        criterion: Criterion::Concurrency,
        ratings: [
            r(
                70,
                AgencyGuide2026,
                "Goroutines start at about 4 KB of stack; credited once your traffic, latency or real-time work needs it.",
            ),
            r(
                70,
                FieldReport,
                "The event loop suits many open connections; credited once real-time work or traffic needs it.",
            ),
            r(
                70,
                StartupStudioGuide,
                "Async Python copes with a lot; the GIL and worker setups count against it only under real load.",
            ),
        ],
    },
    CriterionBaseline {
        criterion: Criterion::DataAi,
        ratings: [
            r(
                65,
                StartupStudioGuide,
                "Everyday data handling is fine in Go; its gap on data and ML libraries counts once you plan data work.",
            ),
            r(
                65,
                StartupStudioGuide,
                "Everyday data handling is fine in Node.js; its gap on data science counts once you plan data work.",
            ),
            r(
                65,
                StartupStudioGuide,
                "pandas, NumPy, scikit-learn, PyTorch, SQLAlchemy, LangChain: credited as soon as you plan data imports, reporting, analytics or ML.",
            ),
        ],
    },
    CriterionBaseline {
        criterion: Criterion::OpsSimplicity,
        ratings: [
            r(
                65,
                ConsultantGuide,
                "Ship one binary, start it, read clear logs: credited once your answers show who carries deploys and incidents.",
            ),
            r(
                65,
                ConsultantGuide,
                "Easy to ship for a JavaScript team; async bugs and dependency churn count once operations are a real burden.",
            ),
            r(
                65,
                ConsultantGuide,
                "Packaging, environment drift and worker setup count once operations are a real burden.",
            ),
        ],
    },
    CriterionBaseline {
        criterion: Criterion::Maintainability,
        ratings: [
            r(
                80,
                ConsultantGuide,
                "A strict compiler keeps Go code readable and consistent months later.",
            ),
            r(
                60,
                ConsultantGuide,
                "Stays tidy only with discipline on dependencies, versions and error handling.",
            ),
            r(
                65,
                ConsultantGuide,
                "Pleasant to read, but typing is optional unless the team enforces it.",
            ),
        ],
    },
];

/// The baseline rating of one language on one criterion.
pub fn baseline(language: Language, criterion: Criterion) -> &'static Rating {
    let row = &BASELINE[criterion.index()];
    &row.ratings[language.index()]
}

/// What must hold in the answers for a rule to apply. Only visible answers count,
/// and "not sure" never triggers anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// The answer to `question` includes `option`.
    Chosen {
        question: &'static str,
        option: &'static str,
    },
    /// `trigger` holds and none of `unless` is chosen: for a general claim (about
    /// a typical market, say) that the user's own answer overrides.
    Unless {
        trigger: &'static Trigger,
        unless: &'static [(&'static str, &'static str)],
    },
    /// `question` includes `option` *and* `with_question` includes `with_option`.
    ChosenWith {
        question: &'static str,
        option: &'static str,
        with_question: &'static str,
        with_option: &'static str,
    },
    /// The product's core workload is one of `kinds`: the `core_workload` answer,
    /// or the only service ticked in `services_12m`, or, when no core is named,
    /// every ticked service is one of `or_all_within` (then the trace names the
    /// service list as a whole).
    Core {
        kinds: &'static [&'static str],
        or_all_within: &'static [&'static str],
    },
    /// An ordinal answer grows: `later`'s option comes after `earlier`'s in the
    /// shared option list (e.g. team size now → in 12 months).
    Grows {
        earlier: &'static str,
        later: &'static str,
    },
    /// `question` includes `option` and the team hires in the next 12 months
    /// (people needed within weeks or months, or the team grows).
    WhileHiring {
        question: &'static str,
        option: &'static str,
    },
}

/// Caps how far apart the languages may score on one criterion when `when` holds:
/// the languages below `best − max_spread` (the best as kept, at most 100) are
/// lifted to it, and the lift is traced like any adjustment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpreadCap {
    /// Stable id, for traces and tests.
    pub id: &'static str,
    /// Condition on the answers; a `Trigger::Unless` names the answers that show
    /// the difference does matter, any of which keeps the cap off.
    pub when: Trigger,
    /// The criteria capped.
    pub criteria: &'static [Criterion],
    /// Most points between the best and the worst language.
    pub max_spread: u8,
    /// Why, in the app's own words.
    pub reason: &'static str,
    /// Which article the principle comes from.
    pub source: Source,
}

/// Points one rule adds to one criterion, per language `[Go, Node.js, Python]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Effect {
    /// The criterion changed.
    pub criterion: Criterion,
    /// Signed points in [`Language::ALL`] order.
    pub amounts: [i8; LANGUAGE_COUNT],
}

impl Effect {
    /// The amount for one language.
    pub fn amount(&self, language: Language) -> i8 {
        self.amounts[language.index()]
    }
}

/// One adjustment rule: when `when` holds, apply `effects`, because `reason`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    /// Stable id, for traces and tests.
    pub id: &'static str,
    /// Condition on the answers.
    pub when: Trigger,
    /// Score changes.
    pub effects: &'static [Effect],
    /// Why, in the app's own words.
    pub reason: &'static str,
    /// Which article the principle comes from.
    pub source: Source,
}

const fn fx(criterion: Criterion, go: i8, node: i8, python: i8) -> Effect {
    Effect {
        criterion,
        amounts: [go, node, python],
    }
}

const fn chosen(question: &'static str, option: &'static str) -> Trigger {
    Trigger::Chosen { question, option }
}

const fn with(
    question: &'static str,
    option: &'static str,
    with_question: &'static str,
    with_option: &'static str,
) -> Trigger {
    Trigger::ChosenWith {
        question,
        option,
        with_question,
        with_option,
    }
}

use Criterion::{
    Concurrency, DataAi, DeliverySpeed, Hiring, Maintainability, OpsSimplicity, RuntimeCost,
    TeamFit,
};

/// Services whose work is ordinary I/O-bound CRUD: any language works there.
pub const CRUD_KINDS: &[&str] = &["product_api", "admin_tools", "webhooks"];

/// Services that are ordinary, I/O-bound work when nothing heavier is planned:
/// CRUD plus light jobs and imports.
pub const ORDINARY_KINDS: &[&str] = &[
    "product_api",
    "admin_tools",
    "webhooks",
    "background_jobs",
    "data_imports",
];

const fn core(kinds: &'static [&'static str]) -> Trigger {
    Trigger::Core {
        kinds,
        or_all_within: &[],
    }
}

/// The user's market says Go is easy to hire: the typical market's claims about Go
/// hiring (the shallowest pool, the longest searches) give way to it.
const GO_EASY_HERE: &[(&str, &str)] = &[("hiring_go", "easy")];

/// Heavy processing is the heart of the product: the brief counts large transforms
/// and heavy reporting as CPU-bound work (Go's), so the product's imports and
/// reports are taken as part of that processing, not as Python's data work.
pub const CPU_HEAVY_CORE: &[(&str, &str)] = &[("core_workload", "cpu_heavy")];

/// Every adjustment rule, grouped by question in questionnaire order.
pub static RULES: &[Rule] = &[
    // ---- team size ---------------------------------------------------------------
    Rule {
        id: "team_grows_hiring",
        when: Trigger::Unless {
            trigger: &Trigger::Grows {
                earlier: "team_size_now",
                later: "team_size_12m",
            },
            unless: GO_EASY_HERE,
        },
        effects: &[fx(Hiring, -8, 0, 0)],
        reason: "You plan to grow this year, so the depth of the hiring pool matters more; in the typical market Go's pool is the shallowest.",
        source: AgencyGuide2026,
    },
    Rule {
        id: "team_grows_onboarding",
        when: Trigger::Grows {
            earlier: "team_size_now",
            later: "team_size_12m",
        },
        effects: &[fx(TeamFit, -5, 0, 5)],
        reason: "Newcomers get productive fastest in Python and slowest at first in Go.",
        source: StartupStudioGuide,
    },
    // ---- proficiency (each language only moves its own column) ------------------------
    Rule {
        id: "go_unknown",
        when: chosen("proficiency_go", "none"),
        effects: &[fx(TeamFit, -25, 0, 0), fx(DeliverySpeed, -10, 0, 0)],
        reason: "Nobody knows Go yet: expect roughly 3–6 months before the team is fluent.",
        source: StartupStudioGuide,
    },
    Rule {
        id: "go_some",
        when: chosen("proficiency_go", "some"),
        effects: &[fx(TeamFit, -10, 0, 0)],
        reason: "The team has some Go, but nobody has run it in production: expect months before it runs calmly there.",
        source: ConsultantGuide,
    },
    Rule {
        id: "go_one_shipped",
        when: chosen("proficiency_go", "one_shipped"),
        effects: &[fx(TeamFit, 20, 0, 0), fx(DeliverySpeed, 5, 0, 0)],
        reason: "One person has shipped Go to production, so real experience exists, though with one person.",
        source: ConsultantGuide,
    },
    Rule {
        id: "go_several_shipped",
        when: chosen("proficiency_go", "several_shipped"),
        effects: &[
            fx(TeamFit, 45, 0, 0),
            fx(DeliverySpeed, 20, 0, 0),
            fx(OpsSimplicity, 5, 0, 0),
        ],
        reason: "Several people have run Go in production: they can build, deploy and debug it calmly.",
        source: ConsultantGuide,
    },
    Rule {
        id: "node_unknown",
        when: chosen("proficiency_node", "none"),
        effects: &[fx(TeamFit, 0, -25, 0), fx(DeliverySpeed, 0, -10, 0)],
        reason: "Nobody knows server-side Node.js yet: expect roughly 3–6 months before the team is fluent.",
        source: StartupStudioGuide,
    },
    Rule {
        id: "node_some",
        when: chosen("proficiency_node", "some"),
        effects: &[fx(TeamFit, 0, -10, 0)],
        reason: "The team has some Node.js, but nobody has run it in production: expect months before it runs calmly there.",
        source: ConsultantGuide,
    },
    Rule {
        id: "node_one_shipped",
        when: chosen("proficiency_node", "one_shipped"),
        effects: &[fx(TeamFit, 0, 20, 0), fx(DeliverySpeed, 0, 5, 0)],
        reason: "One person has shipped Node.js to production, so real experience exists, though with one person.",
        source: ConsultantGuide,
    },
    Rule {
        id: "node_several_shipped",
        when: chosen("proficiency_node", "several_shipped"),
        effects: &[
            fx(TeamFit, 0, 45, 0),
            fx(DeliverySpeed, 0, 20, 0),
            fx(OpsSimplicity, 0, 5, 0),
        ],
        reason: "Several people have run Node.js in production: they can build, deploy and debug it calmly.",
        source: ConsultantGuide,
    },
    Rule {
        id: "python_unknown",
        when: chosen("proficiency_python", "none"),
        effects: &[fx(TeamFit, 0, 0, -25), fx(DeliverySpeed, 0, 0, -10)],
        reason: "Nobody knows Python yet: expect roughly 3–6 months before the team is fluent.",
        source: StartupStudioGuide,
    },
    Rule {
        id: "python_some",
        when: chosen("proficiency_python", "some"),
        effects: &[fx(TeamFit, 0, 0, -10)],
        reason: "The team has some Python, but nobody has run it in production: expect months before it runs calmly there.",
        source: ConsultantGuide,
    },
    Rule {
        id: "python_one_shipped",
        when: chosen("proficiency_python", "one_shipped"),
        effects: &[fx(TeamFit, 0, 0, 20), fx(DeliverySpeed, 0, 0, 5)],
        reason: "One person has shipped Python to production, so real experience exists, though with one person.",
        source: ConsultantGuide,
    },
    Rule {
        id: "python_several_shipped",
        when: chosen("proficiency_python", "several_shipped"),
        effects: &[
            fx(TeamFit, 0, 0, 45),
            fx(DeliverySpeed, 0, 0, 20),
            fx(OpsSimplicity, 0, 0, 5),
        ],
        reason: "Several people have run Python in production: they can build, deploy and debug it calmly.",
        source: ConsultantGuide,
    },
    // ---- frontend ----------------------------------------------------------------------
    Rule {
        id: "typescript_shared",
        when: chosen("typescript_frontend", "typescript_shared"),
        effects: &[
            fx(TeamFit, 0, 15, 0),
            fx(DeliverySpeed, 0, 10, 0),
            fx(Hiring, 0, 5, 0),
        ],
        reason: "With a TypeScript frontend the same people can work on both sides, sharing types, validation and one hiring profile.",
        source: ConsultantGuide,
    },
    Rule {
        id: "typescript_separate",
        when: chosen("typescript_frontend", "typescript_separate"),
        effects: &[fx(TeamFit, 0, 5, 0), fx(DeliverySpeed, 0, 5, 0)],
        reason: "A TypeScript frontend still lets a Node.js backend share types and validation.",
        source: ConsultantGuide,
    },
    // ---- hiring market (the user's market overrides the US baseline) -------------------------
    Rule {
        id: "go_hiring_easy",
        when: chosen("hiring_go", "easy"),
        effects: &[fx(Hiring, 35, 0, 0)],
        reason: "You find Go engineers easily in your own market and time-zone band.",
        source: ConsultantGuide,
    },
    Rule {
        id: "go_hiring_moderate",
        when: chosen("hiring_go", "moderate"),
        effects: &[fx(Hiring, 10, 0, 0)],
        reason: "Go hiring in your market is workable with some effort, better than the typical picture.",
        source: ConsultantGuide,
    },
    Rule {
        id: "go_hiring_hard",
        when: chosen("hiring_go", "hard"),
        effects: &[fx(Hiring, -20, 0, 0)],
        reason: "Go engineers are hard to find in your market; hiring beats taste.",
        source: ConsultantGuide,
    },
    Rule {
        id: "node_hiring_easy",
        when: chosen("hiring_node", "easy"),
        effects: &[fx(Hiring, 0, 10, 0)],
        reason: "You find Node.js backend engineers easily in your own market and time-zone band.",
        source: ConsultantGuide,
    },
    Rule {
        id: "node_hiring_moderate",
        when: chosen("hiring_node", "moderate"),
        effects: &[fx(Hiring, 0, -15, 0)],
        reason: "Node.js backend hiring in your market takes more effort than the deep-pool norm.",
        source: ConsultantGuide,
    },
    Rule {
        id: "node_hiring_hard",
        when: chosen("hiring_node", "hard"),
        effects: &[fx(Hiring, 0, -45, 0)],
        reason: "Node.js backend engineers are hard to find in your market; hiring beats taste.",
        source: ConsultantGuide,
    },
    Rule {
        id: "python_hiring_easy",
        when: chosen("hiring_python", "easy"),
        effects: &[fx(Hiring, 0, 0, 10)],
        reason: "You find Python backend engineers easily in your own market and time-zone band.",
        source: ConsultantGuide,
    },
    Rule {
        id: "python_hiring_moderate",
        when: chosen("hiring_python", "moderate"),
        effects: &[fx(Hiring, 0, 0, -15)],
        reason: "Python backend hiring in your market takes more effort than the deep-pool norm.",
        source: ConsultantGuide,
    },
    Rule {
        id: "python_hiring_hard",
        when: chosen("hiring_python", "hard"),
        effects: &[fx(Hiring, 0, 0, -45)],
        reason: "Python backend engineers are hard to find in your market; hiring beats taste.",
        source: ConsultantGuide,
    },
    Rule {
        id: "go_hard_while_hiring",
        when: Trigger::WhileHiring {
            question: "hiring_go",
            option: "hard",
        },
        effects: &[fx(Hiring, -20, 0, 0)],
        reason: "You must hire this year and Go engineers are hard to find where you recruit: hiring beats taste.",
        source: ConsultantGuide,
    },
    Rule {
        id: "node_hard_while_hiring",
        when: Trigger::WhileHiring {
            question: "hiring_node",
            option: "hard",
        },
        effects: &[fx(Hiring, 0, -20, 0)],
        reason: "You must hire this year and Node.js backend engineers are hard to find where you recruit: hiring beats taste.",
        source: ConsultantGuide,
    },
    Rule {
        id: "python_hard_while_hiring",
        when: Trigger::WhileHiring {
            question: "hiring_python",
            option: "hard",
        },
        effects: &[fx(Hiring, 0, 0, -20)],
        reason: "You must hire this year and Python backend engineers are hard to find where you recruit: hiring beats taste.",
        source: ConsultantGuide,
    },
    Rule {
        id: "go_easy_while_hiring",
        when: Trigger::WhileHiring {
            question: "hiring_go",
            option: "easy",
        },
        effects: &[fx(Hiring, 10, 0, 0)],
        reason: "You must hire this year and Go engineers are easy to find where you recruit.",
        source: ConsultantGuide,
    },
    Rule {
        id: "node_easy_while_hiring",
        when: Trigger::WhileHiring {
            question: "hiring_node",
            option: "easy",
        },
        effects: &[fx(Hiring, 0, 10, 0)],
        reason: "You must hire this year and Node.js backend engineers are easy to find where you recruit: hiring beats taste.",
        source: ConsultantGuide,
    },
    Rule {
        id: "python_easy_while_hiring",
        when: Trigger::WhileHiring {
            question: "hiring_python",
            option: "easy",
        },
        effects: &[fx(Hiring, 0, 0, 10)],
        reason: "You must hire this year and Python backend engineers are easy to find where you recruit: hiring beats taste.",
        source: ConsultantGuide,
    },
    Rule {
        id: "hire_urgently",
        when: Trigger::Unless {
            trigger: &chosen("time_to_hire", "within_weeks"),
            unless: GO_EASY_HERE,
        },
        effects: &[fx(Hiring, -10, 0, 0)],
        reason: "You need people within weeks, and in the typical market Go searches take the longest.",
        source: AgencyGuide2026,
    },
    Rule {
        id: "salary_tight",
        when: chosen("salary_pressure", "tight"),
        effects: &[fx(Hiring, -10, 0, 0)],
        reason: "Go engineers command higher salaries, which a tight budget feels first.",
        source: AgencyGuide2026,
    },
    // ---- services of the next 12 months ---------------------------------------------------
    Rule {
        id: "data_imports",
        when: Trigger::Unless {
            trigger: &chosen("services_12m", "data_imports"),
            unless: CPU_HEAVY_CORE,
        },
        effects: &[fx(DataAi, -5, -5, 10)],
        reason: "Importing and cleaning data is data work, everyday Python territory (pandas, SQLAlchemy).",
        source: StartupStudioGuide,
    },
    Rule {
        id: "reporting",
        when: Trigger::Unless {
            trigger: &chosen("services_12m", "reporting"),
            unless: CPU_HEAVY_CORE,
        },
        effects: &[fx(DataAi, -5, -5, 10)],
        reason: "Reports and exports are data work, where Python's data libraries are strongest.",
        source: StartupStudioGuide,
    },
    Rule {
        id: "realtime",
        when: chosen("services_12m", "realtime"),
        effects: &[fx(Concurrency, 5, 10, -10)],
        reason: "Real-time features suit Node.js most naturally and Go nearly as well; Python's async needs more care.",
        source: FieldReport,
    },
    Rule {
        id: "ml_ai",
        when: chosen("services_12m", "ml_ai"),
        effects: &[fx(DataAi, -45, -30, 35), fx(DeliverySpeed, -5, -5, 5)],
        reason: "ML/AI and analytics work relies on Python's libraries, which Go and Node.js have no real equivalent for.",
        source: StartupStudioGuide,
    },
    Rule {
        id: "cpu_heavy",
        when: chosen("services_12m", "cpu_heavy"),
        effects: &[fx(RuntimeCost, 5, -5, -5), fx(OpsSimplicity, 0, -5, -5)],
        reason: "CPU-heavy jobs suit Go; Node.js must push them off its event loop into worker threads, Python around its GIL into extra processes.",
        source: ConsultantGuide,
    },
    Rule {
        id: "dev_tooling",
        when: chosen("services_12m", "dev_tooling"),
        effects: &[
            fx(OpsSimplicity, 10, -5, -5),
            fx(DeliverySpeed, 5, -5, -5),
            fx(Maintainability, 5, 0, 0),
            fx(RuntimeCost, 5, -5, -5),
        ],
        reason: "CLIs, gateways and operators are Go's home ground: one static binary that starts fast and runs light, and the ecosystem such tools are built in.",
        source: AgencyGuide2026,
    },
    // ---- core workload ----------------------------------------------------------------------
    Rule {
        id: "core_realtime",
        when: core(&["realtime"]),
        effects: &[
            fx(Concurrency, 5, 10, -10),
            fx(DeliverySpeed, 0, 10, -5),
            fx(OpsSimplicity, 0, 5, 0),
        ],
        reason: "Real-time is the heart of the product: Node.js is the most natural fit (one team built a WebSocket pub-sub server in days and it held up under spikes), with Go close behind.",
        source: FieldReport,
    },
    Rule {
        id: "core_realtime_cost",
        when: Trigger::Unless {
            trigger: &core(&["realtime"]),
            unless: &[("traffic_level", "low")],
        },
        effects: &[fx(RuntimeCost, 10, 10, -10)],
        reason: "Many open connections at real traffic cost least in Node.js's event loop and Go's goroutines; Python's worker setups need more memory for the same load.",
        source: ConsultantGuide,
    },
    Rule {
        id: "core_data",
        when: core(&["data_imports", "reporting"]),
        effects: &[fx(DataAi, -10, -10, 10), fx(DeliverySpeed, 0, 0, 5)],
        reason: "Data imports or reporting are the heart of the product: that is data work, where Python's ecosystem has no real equivalent.",
        source: StartupStudioGuide,
    },
    Rule {
        id: "core_ml_ai",
        when: core(&["ml_ai"]),
        effects: &[
            fx(DataAi, -20, -15, 5),
            fx(DeliverySpeed, -10, -10, 5),
            fx(OpsSimplicity, -5, -5, 0),
        ],
        reason: "ML/AI is the heart of the product and Python is the default language for it; another language would likely still need a Python service beside it.",
        source: StartupStudioGuide,
    },
    Rule {
        id: "core_cpu_heavy",
        when: core(&["cpu_heavy"]),
        effects: &[
            fx(RuntimeCost, 10, -10, -10),
            fx(Concurrency, 5, -5, -10),
            fx(OpsSimplicity, 5, -10, -10),
        ],
        reason: "Heavy processing is the core workload, so Go's raw speed and cheap goroutines pay off every day, while Node.js needs worker threads and Python extra processes around its GIL to run and debug for it.",
        source: ConsultantGuide,
    },
    Rule {
        id: "core_dev_tooling",
        when: core(&["dev_tooling"]),
        effects: &[
            fx(OpsSimplicity, 5, -5, -5),
            fx(DeliverySpeed, 10, -5, -5),
            fx(Maintainability, 5, 0, 0),
            fx(RuntimeCost, 10, -5, -10),
        ],
        reason: "Developer and infrastructure tooling is the product itself: that is where Go is the standard choice, and its fast startup and small footprint matter in every CLI run and on every gateway request.",
        source: AgencyGuide2026,
    },
    Rule {
        id: "ml_hosted_apis",
        when: chosen("ml_depth", "hosted_apis"),
        effects: &[fx(DataAi, 15, 15, 0)],
        reason: "Calling a hosted model API works from any language, so the ecosystem gap matters less.",
        source: StartupStudioGuide,
    },
    Rule {
        id: "ml_pipelines",
        when: chosen("ml_depth", "pipelines"),
        effects: &[fx(DataAi, -5, -5, 5)],
        reason: "Building your own pipelines, retrieval or analytics leans on Python's data libraries.",
        source: StartupStudioGuide,
    },
    Rule {
        id: "ml_own_models",
        when: chosen("ml_depth", "own_models"),
        effects: &[
            fx(DataAi, -15, -15, 5),
            fx(DeliverySpeed, -10, -10, 5),
            fx(OpsSimplicity, -5, -5, 0),
        ],
        reason: "Training or serving your own models is where Python's libraries have no real substitute; doing it from another language means running two stacks.",
        source: StartupStudioGuide,
    },
    // ---- traffic & runtime cost ---------------------------------------------------------------
    Rule {
        id: "traffic_moderate",
        when: chosen("traffic_level", "moderate"),
        effects: &[fx(Concurrency, 5, 5, 0), fx(RuntimeCost, 5, 2, -3)],
        reason: "Steady, moderate traffic is well within reach of all three; products under about $5M ARR are rarely limited by language speed.",
        source: StartupStudioGuide,
    },
    Rule {
        id: "traffic_high",
        when: chosen("traffic_level", "high"),
        effects: &[fx(Concurrency, 15, 8, -15), fx(RuntimeCost, 18, -2, -15)],
        reason: "Many small requests all day reward Go's cheap goroutines and small memory per request; short of 10,000+ simultaneous users Python still copes (FastAPI alone handles roughly 10,000–50,000 requests a second, startup studio guide), so the gap is smaller than at very high traffic.",
        source: ConsultantGuide,
    },
    Rule {
        id: "traffic_very_high",
        when: chosen("traffic_level", "very_high"),
        effects: &[fx(Concurrency, 25, 10, -40), fx(RuntimeCost, 28, -5, -35)],
        reason: "With 10,000+ simultaneous users Go shines: goroutines start with about 4 KB of stack.",
        source: AgencyGuide2026,
    },
    Rule {
        id: "latency_tight",
        when: chosen("latency_target", "tight"),
        effects: &[fx(Concurrency, 10, 0, -10), fx(RuntimeCost, 5, 0, -5)],
        reason: "Tight tail latency favours Go's compiled code and predictable scheduling.",
        source: AgencyGuide2026,
    },
    Rule {
        id: "always_on",
        when: chosen("uptime_pattern", "always_on"),
        effects: &[fx(RuntimeCost, 10, -5, -10)],
        reason: "Always-on services pay idle memory every hour, multiplied across staging, production and failover.",
        source: ConsultantGuide,
    },
    Rule {
        id: "many_services",
        when: chosen("service_count", "five_plus"),
        effects: &[fx(RuntimeCost, 5, -5, -5), fx(OpsSimplicity, 5, -3, -3)],
        reason: "Many services multiply per-service memory and deploy overhead; one small static binary each keeps Go light.",
        source: ConsultantGuide,
    },
    Rule {
        id: "many_instances",
        when: chosen("instance_count", "many"),
        effects: &[fx(RuntimeCost, 10, -8, -12)],
        reason: "Across many mostly idle instances, a higher memory floor adds up: an extra 200 MB each shows on the bill.",
        source: ConsultantGuide,
    },
    Rule {
        id: "memory_tight",
        when: chosen("memory_limits", "tight"),
        effects: &[fx(RuntimeCost, 15, -10, -15)],
        reason: "Under hard memory caps, Go's small footprint matters most.",
        source: ConsultantGuide,
    },
    Rule {
        id: "budget_tight",
        when: chosen("cloud_budget", "tight"),
        effects: &[fx(RuntimeCost, 12, -5, -12)],
        reason: "When every instance counts, running a busy service on fewer, smaller servers matters.",
        source: ConsultantGuide,
    },
    // ---- operations ------------------------------------------------------------------------------
    Rule {
        id: "few_deployers",
        when: chosen("who_deploys", "a_few"),
        effects: &[fx(OpsSimplicity, 10, -3, -3)],
        reason: "A few people carry deploys and debugging, so a runtime with few moving parts (one binary, clear logs) saves them hours.",
        source: ConsultantGuide,
    },
    Rule {
        id: "one_deployer",
        when: chosen("who_deploys", "only_one"),
        effects: &[fx(OpsSimplicity, 20, -8, -8)],
        reason: "When one person carries deploys, Go's single binary and simple failure modes keep operations calm.",
        source: ConsultantGuide,
    },
    Rule {
        id: "on_call_rotation",
        when: chosen("on_call", "rotation"),
        effects: &[fx(OpsSimplicity, 8, -2, -2)],
        reason: "Night-time on-call rewards failures that are easy to read at 2 a.m.; async bugs and dependency churn cost incident hours.",
        source: ConsultantGuide,
    },
    Rule {
        id: "lone_on_call",
        when: chosen("on_call", "one_person"),
        effects: &[fx(OpsSimplicity, 15, -5, -5)],
        reason: "One person always on call needs failures that are easy to read at 2 a.m.",
        source: ConsultantGuide,
    },
    Rule {
        id: "no_observability",
        when: chosen("observability", "nothing_yet"),
        effects: &[fx(OpsSimplicity, 5, -5, -3)],
        reason: "Without tracing tools, clear logs and few moving parts help; async bugs are the hardest to chase blind.",
        source: ConsultantGuide,
    },
    Rule {
        id: "prometheus",
        when: chosen("observability", "prometheus_grafana"),
        effects: &[fx(OpsSimplicity, 3, 0, 0)],
        reason: "Prometheus and Grafana are native ground for Go services.",
        source: ConsultantGuide,
    },
    Rule {
        id: "rollback_none",
        when: chosen("rollback", "none"),
        effects: &[fx(OpsSimplicity, 5, -3, -3)],
        reason: "Without a rollback plan, fewer moving parts (one binary to swap back) reduce risk.",
        source: ConsultantGuide,
    },
    Rule {
        id: "async_unowned",
        when: chosen("async_owner", "nobody"),
        effects: &[
            fx(OpsSimplicity, 0, -5, -10),
            fx(Maintainability, 0, -3, -5),
        ],
        reason: "Unowned workers, queues and websockets pile up; Python's worker setups suffer most.",
        source: FieldReport,
    },
    Rule {
        id: "async_undecided",
        when: chosen("async_owner", "undecided"),
        effects: &[fx(OpsSimplicity, 0, -3, -5)],
        reason: "Nobody owns the async work yet; Python's worker setups are the first to get messy.",
        source: FieldReport,
    },
    Rule {
        id: "shared_template",
        when: chosen("shared_conventions", "shared_template"),
        effects: &[fx(Maintainability, 0, 5, 3)],
        reason: "One shared template for packages, tests and deploys keeps Node.js services from drifting.",
        source: ConsultantGuide,
    },
    Rule {
        id: "each_own_conventions",
        when: chosen("shared_conventions", "each_own"),
        effects: &[
            fx(Maintainability, -3, -10, -5),
            fx(OpsSimplicity, 0, -5, -3),
        ],
        reason: "Services with their own packages and deploy steps drift apart; Node.js's huge package choice makes the drift fastest.",
        source: ConsultantGuide,
    },
    // ---- product & plans ------------------------------------------------------------------------
    Rule {
        id: "exploring",
        when: chosen("product_maturity", "exploring"),
        effects: &[fx(DeliverySpeed, -10, 3, 5)],
        reason: "While the product still changes weekly, Go's extra code up front slows every change; Python and Node.js turn ideas around fastest.",
        source: ConsultantGuide,
    },
    Rule {
        id: "stable_product",
        when: chosen("product_maturity", "stable"),
        effects: &[fx(Maintainability, 5, 0, 0), fx(DeliverySpeed, 5, 0, 0)],
        reason: "A stable product rewards code that stays readable for years, where Go is strongest.",
        source: ConsultantGuide,
    },
    Rule {
        id: "existing_go_large",
        when: with(
            "codebase_language",
            "go",
            "codebase_state",
            "large_codebase",
        ),
        effects: &[
            fx(DeliverySpeed, 0, -35, -35),
            fx(TeamFit, 10, 0, 0),
            fx(OpsSimplicity, 10, 0, 0),
            fx(Maintainability, 5, 0, 0),
        ],
        reason: "A large Go codebase runs in production: staying avoids a rewrite, which at startup scale typically takes 3–6 months and ships nothing new, and keeps the deploys, monitoring and habits already built around it.",
        source: AgencyGuide2026,
    },
    Rule {
        id: "existing_node_large",
        when: with(
            "codebase_language",
            "node",
            "codebase_state",
            "large_codebase",
        ),
        effects: &[
            fx(DeliverySpeed, -35, 0, -35),
            fx(TeamFit, 0, 10, 0),
            fx(OpsSimplicity, 0, 10, 0),
            fx(Maintainability, 0, 5, 0),
        ],
        reason: "A large Node.js codebase runs in production: staying avoids a rewrite, which at startup scale typically takes 3–6 months and ships nothing new, and keeps the deploys, monitoring and habits already built around it.",
        source: AgencyGuide2026,
    },
    Rule {
        id: "existing_python_large",
        when: with(
            "codebase_language",
            "python",
            "codebase_state",
            "large_codebase",
        ),
        effects: &[
            fx(DeliverySpeed, -35, -35, 0),
            fx(TeamFit, 0, 0, 10),
            fx(OpsSimplicity, 0, 0, 10),
            fx(Maintainability, 0, 0, 5),
        ],
        reason: "A large Python codebase runs in production: staying avoids a rewrite, which at startup scale typically takes 3–6 months and ships nothing new, and keeps the deploys, monitoring and habits already built around it.",
        source: AgencyGuide2026,
    },
    Rule {
        id: "existing_go_small",
        when: with(
            "codebase_language",
            "go",
            "codebase_state",
            "small_codebase",
        ),
        effects: &[fx(DeliverySpeed, 5, 0, 0)],
        reason: "Some Go code exists already, so starting there saves a little rework.",
        source: ConsultantGuide,
    },
    Rule {
        id: "existing_node_small",
        when: with(
            "codebase_language",
            "node",
            "codebase_state",
            "small_codebase",
        ),
        effects: &[fx(DeliverySpeed, 0, 5, 0)],
        reason: "Some Node.js code exists already, so starting there saves a little rework.",
        source: ConsultantGuide,
    },
    Rule {
        id: "existing_python_small",
        when: with(
            "codebase_language",
            "python",
            "codebase_state",
            "small_codebase",
        ),
        effects: &[fx(DeliverySpeed, 0, 0, 5)],
        reason: "Some Python code exists already, so starting there saves a little rework.",
        source: ConsultantGuide,
    },
];

/// Answers that say the bill, or the speed that "runtime cost & performance" also
/// measures, does count: any of them keeps the cost caps off (a cap's own question
/// cannot hold two answers, so its entry there never matches).
const BILL_OR_SPEED_COUNTS: &[(&str, &str)] = &[
    ("traffic_level", "high"),
    ("traffic_level", "very_high"),
    ("latency_target", "tight"),
    ("core_workload", "cpu_heavy"),
    ("instance_count", "many"),
    ("memory_limits", "tight"),
    ("cloud_budget", "tight"),
];

/// Answers that say one person carries operations, when few moving parts matter
/// most: any of them keeps the operations caps off.
const ONE_PERSON_CARRIES_OPS: &[(&str, &str)] =
    &[("who_deploys", "only_one"), ("on_call", "one_person")];

/// Caps on how far apart the languages may score when the answers say the
/// difference barely matters.
pub static SPREAD_CAPS: &[SpreadCap] = &[
    SpreadCap {
        id: "core_crud",
        when: Trigger::Unless {
            trigger: &Trigger::Core {
                kinds: CRUD_KINDS,
                or_all_within: ORDINARY_KINDS,
            },
            unless: &[
                ("traffic_level", "high"),
                ("traffic_level", "very_high"),
                ("latency_target", "tight"),
                ("memory_limits", "tight"),
                ("instance_count", "many"),
            ],
        },
        criteria: &[RuntimeCost, Concurrency],
        max_spread: 10,
        reason: "For I/O-bound CRUD the database and caching matter more than language speed; any of the three works and team speed decides.",
        source: StartupStudioGuide,
    },
    SpreadCap {
        id: "bursty_low_traffic",
        when: with("uptime_pattern", "bursty", "traffic_level", "low"),
        criteria: &[RuntimeCost],
        max_spread: 10,
        reason: "Short jobs at low traffic start, work and exit: the memory difference barely shows on the bill, so runtime cost separates the languages by at most 10 points on Stackwise's scale.",
        source: ConsultantGuide,
    },
    // ---- answers that say a difference matters less: they narrow the gap that other
    // answers opened, and credit nobody on their own (a least-need answer never
    // makes the language that is weaker on a criterion the stronger one).
    SpreadCap {
        id: "not_hiring",
        when: chosen("time_to_hire", "not_hiring"),
        criteria: &[Hiring],
        max_spread: 20,
        reason: "No hires this year, so the difference between talent pools matters less for now (people still leave, so it does not vanish): hiring separates the languages by at most 20 points on Stackwise's scale until you hire.",
        source: ConsultantGuide,
    },
    SpreadCap {
        id: "salary_flexible",
        when: Trigger::Unless {
            trigger: &chosen("salary_pressure", "flexible"),
            // Only Go's own market: a cap that another language's answer switched on
            // would lift Go when that language got easier to hire.
            unless: &[("time_to_hire", "within_weeks"), ("hiring_go", "hard")],
        },
        criteria: &[Hiring],
        max_spread: 15,
        reason: "A flexible salary budget softens Go's higher market rate: hiring separates the languages by at most 15 points on Stackwise's scale (unless you need people within weeks, when a search's length still counts, or Go engineers are hard to find where you recruit: paying more does not create candidates).",
        source: AgencyGuide2026,
    },
    SpreadCap {
        id: "traffic_low",
        when: Trigger::Unless {
            trigger: &chosen("traffic_level", "low"),
            unless: &[("latency_target", "tight"), ("core_workload", "realtime")],
        },
        criteria: &[Concurrency],
        max_spread: 5,
        reason: "At this traffic any of the three copes easily (FastAPI alone handles roughly 10,000–50,000 requests a second on ordinary hardware): concurrency separates the languages by at most 5 points on Stackwise's scale.",
        source: StartupStudioGuide,
    },
    SpreadCap {
        id: "latency_relaxed",
        when: Trigger::Unless {
            trigger: &chosen("latency_target", "relaxed"),
            unless: &[
                ("traffic_level", "high"),
                ("traffic_level", "very_high"),
                ("core_workload", "realtime"),
            ],
        },
        criteria: &[Concurrency],
        max_spread: 10,
        reason: "Relaxed response times leave room for any runtime: concurrency separates the languages by at most 10 points on Stackwise's scale.",
        source: StartupStudioGuide,
    },
    SpreadCap {
        id: "bursty",
        when: Trigger::Unless {
            trigger: &chosen("uptime_pattern", "bursty"),
            unless: BILL_OR_SPEED_COUNTS,
        },
        criteria: &[RuntimeCost],
        max_spread: 15,
        reason: "Short jobs that start, work and exit barely show the idle-memory difference on the bill, though startup time still counts: runtime cost separates the languages by at most 15 points on Stackwise's scale (not when traffic, latency or CPU-heavy work make speed count).",
        source: ConsultantGuide,
    },
    SpreadCap {
        id: "few_instances",
        when: Trigger::Unless {
            trigger: &chosen("instance_count", "few"),
            unless: BILL_OR_SPEED_COUNTS,
        },
        criteria: &[RuntimeCost],
        max_spread: 10,
        reason: "With a handful of instances the memory difference is small next to engineer time: runtime cost separates the languages by at most 10 points on Stackwise's scale (not when traffic, latency or CPU-heavy work make speed count).",
        source: ConsultantGuide,
    },
    SpreadCap {
        id: "memory_comfortable",
        when: Trigger::Unless {
            trigger: &chosen("memory_limits", "comfortable"),
            unless: BILL_OR_SPEED_COUNTS,
        },
        criteria: &[RuntimeCost],
        max_spread: 10,
        reason: "Memory is not scarce for you, so a heavier runtime costs little extra: runtime cost separates the languages by at most 10 points on Stackwise's scale (not when traffic, latency or CPU-heavy work make speed count).",
        source: ConsultantGuide,
    },
    SpreadCap {
        id: "budget_relaxed",
        when: Trigger::Unless {
            trigger: &chosen("cloud_budget", "relaxed"),
            unless: BILL_OR_SPEED_COUNTS,
        },
        criteria: &[RuntimeCost],
        max_spread: 10,
        reason: "Engineer time costs you more than a server or two, so a small cloud difference matters less than shipping speed: runtime cost separates the languages by at most 10 points on Stackwise's scale (not when traffic, latency or CPU-heavy work make speed count).",
        source: ConsultantGuide,
    },
    SpreadCap {
        id: "business_hours",
        when: Trigger::Unless {
            trigger: &chosen("on_call", "business_hours"),
            unless: ONE_PERSON_CARRIES_OPS,
        },
        criteria: &[OpsSimplicity],
        max_spread: 10,
        reason: "Without night-time on-call, incident friction weighs less: operations separate the languages by at most 10 points on Stackwise's scale (unless one person carries every deploy).",
        source: ConsultantGuide,
    },
    SpreadCap {
        id: "tracing",
        when: Trigger::Unless {
            trigger: &chosen("observability", "opentelemetry"),
            unless: ONE_PERSON_CARRIES_OPS,
        },
        criteria: &[OpsSimplicity],
        max_spread: 10,
        reason: "With request tracing in place, async problems in Node.js or Python are easier to follow: operations separate the languages by at most 10 points on Stackwise's scale.",
        source: ConsultantGuide,
    },
    SpreadCap {
        id: "apm",
        when: Trigger::Unless {
            trigger: &chosen("observability", "hosted_apm"),
            unless: ONE_PERSON_CARRIES_OPS,
        },
        criteria: &[OpsSimplicity],
        max_spread: 10,
        reason: "A hosted APM lets you follow a slow request from API to database in any of the three: operations separate the languages by at most 10 points on Stackwise's scale.",
        source: ConsultantGuide,
    },
    SpreadCap {
        id: "rollback_easy",
        when: Trigger::Unless {
            trigger: &chosen("rollback", "one_step"),
            unless: ONE_PERSON_CARRIES_OPS,
        },
        criteria: &[OpsSimplicity],
        max_spread: 10,
        reason: "A one-step rollback makes any stack calmer to operate: operations separate the languages by at most 10 points on Stackwise's scale.",
        source: ConsultantGuide,
    },
    SpreadCap {
        id: "async_owned",
        when: Trigger::Unless {
            trigger: &chosen("async_owner", "owner"),
            unless: ONE_PERSON_CARRIES_OPS,
        },
        criteria: &[OpsSimplicity],
        max_spread: 10,
        reason: "A named owner keeps workers and async code tidy: operations separate the languages by at most 10 points on Stackwise's scale.",
        source: FieldReport,
    },
];

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::model::questionnaire::{self, QuestionKind};
    use std::collections::BTreeSet;

    #[test]
    fn baseline_is_in_criterion_order_and_in_range() {
        for (row, c) in BASELINE.iter().zip(Criterion::ALL) {
            assert_eq!(row.criterion, c);
            for rating in &row.ratings {
                assert!(rating.score <= 100);
                assert!(!rating.rationale.is_empty());
            }
        }
    }

    fn check_ref(q: &str, o: &str) {
        let question = questionnaire::question(q).unwrap_or_else(|| panic!("no question {q}"));
        assert!(question.option(o).is_some(), "no option {q}.{o}");
    }

    #[test]
    fn rules_refer_to_real_questions_and_options() {
        let mut ids = BTreeSet::new();
        for rule in RULES {
            assert!(ids.insert(rule.id), "duplicate rule id {}", rule.id);
            assert!(!rule.effects.is_empty() && !rule.reason.is_empty());
            check_trigger(rule.when);
        }
    }

    fn check_trigger(when: Trigger) {
        {
            match when {
                Trigger::Chosen { question, option } => check_ref(question, option),
                Trigger::Unless { trigger, unless } => {
                    check_trigger(*trigger);
                    for (q, o) in unless {
                        check_ref(q, o);
                    }
                }
                Trigger::ChosenWith {
                    question,
                    option,
                    with_question,
                    with_option,
                } => {
                    check_ref(question, option);
                    check_ref(with_question, with_option);
                }
                Trigger::Core {
                    kinds,
                    or_all_within,
                } => {
                    for k in kinds.iter().chain(or_all_within) {
                        check_ref("core_workload", k);
                        check_ref("services_12m", k);
                    }
                }
                Trigger::Grows { earlier, later } => {
                    let a = questionnaire::question(earlier).unwrap();
                    let b = questionnaire::question(later).unwrap();
                    assert_eq!(a.options, b.options);
                    assert_eq!(a.kind, QuestionKind::Single);
                }
                Trigger::WhileHiring { question, option } => check_ref(question, option),
            }
        }
    }

    #[test]
    fn spread_caps_refer_to_real_answers() {
        for cap in SPREAD_CAPS {
            check_trigger(cap.when);
            assert!(!RULES.iter().any(|r| r.id == cap.id), "{}", cap.id);
            assert!(cap.max_spread < 100 && !cap.reason.is_empty());
            assert!(!cap.criteria.is_empty());
        }
    }

    #[test]
    fn proficiency_rules_only_touch_their_own_language() {
        for lang in Language::ALL {
            let q = lang.proficiency_question();
            for rule in RULES {
                let Trigger::Chosen { question, .. } = rule.when else {
                    continue;
                };
                if question != q {
                    continue;
                }
                for e in rule.effects {
                    for other in Language::ALL {
                        if other != lang {
                            assert_eq!(e.amount(other), 0, "{}", rule.id);
                        }
                    }
                }
            }
        }
    }
}
