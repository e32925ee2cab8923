//! The questionnaire, as data: sections, questions, options and visibility conditions.
//!
//! Question and option ids are stable snake_case strings that are stored in sessions
//! and share links: never rename or reuse one. A question may be hidden by a
//! [`Condition`] on *earlier* answers; answers to hidden questions are kept in
//! [`Answers`] but ignored by scoring, so toggling a condition loses nothing.
//!
//! The user's priorities (criterion weights) are not questions: they are edited
//! directly with sliders (see [`crate::model::weights`]).

use super::answers::{Answer, Answers};

/// The reserved answer id for "not sure" in stored sessions. No option uses it.
pub const NOT_SURE_ID: &str = "not_sure";

/// A group of questions shown together as one step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    /// Stable id.
    pub id: &'static str,
    /// Step title.
    pub title: &'static str,
    /// One sentence shown under the title.
    pub intro: &'static str,
}

/// Whether a question takes one option or a set of options.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// Exactly one option (radio buttons).
    Single,
    /// Any number of options (checkboxes); an empty selection means unanswered.
    Multi,
}

/// One possible answer to a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChoiceOption {
    /// Stable id, unique within its question.
    pub id: &'static str,
    /// Text shown to people.
    pub label: &'static str,
    /// For multi-choice questions: this option ("none of these") cannot be combined
    /// with others. Selecting it clears the others and vice versa.
    pub exclusive: bool,
}

/// When a question is shown. Conditions only refer to questions that come earlier
/// in [`QUESTIONS`], and a hidden question counts as unanswered for them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// The answer to `question` includes `option`.
    Selected {
        question: &'static str,
        option: &'static str,
    },
    /// `question` has a real answer (not "not sure") that does not include `option`.
    AnsweredWithout {
        question: &'static str,
        option: &'static str,
    },
    /// The answer to `question` includes at least one of `options`.
    AnySelected {
        question: &'static str,
        options: &'static [&'static str],
    },
    /// The multi-choice answer to `question` has at least `count` options.
    CountAtLeast {
        question: &'static str,
        count: usize,
    },
}

impl Condition {
    /// The question whose answer the condition reads.
    pub const fn question(self) -> &'static str {
        match self {
            Condition::Selected { question, .. }
            | Condition::AnsweredWithout { question, .. }
            | Condition::AnySelected { question, .. }
            | Condition::CountAtLeast { question, .. } => question,
        }
    }
}

/// One question of the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable id.
    pub id: &'static str,
    /// Id of the [`Section`] it belongs to.
    pub section: &'static str,
    /// The question as shown.
    pub prompt: &'static str,
    /// Short "why this matters" text.
    pub help: &'static str,
    /// Single or multiple choice.
    pub kind: QuestionKind,
    /// The options, in display order. For ordinal questions (sizes, levels) the
    /// order is also the scale, lowest first.
    pub options: &'static [ChoiceOption],
    /// Whether "not sure" is offered.
    pub allows_not_sure: bool,
    /// Shown only when this holds (`None`: always shown).
    pub condition: Option<Condition>,
    /// Key questions lower confidence twice as much when left open or "not sure".
    pub key: bool,
}

impl Question {
    /// Finds one of this question's options by id.
    pub fn option(&self, id: &str) -> Option<&'static ChoiceOption> {
        self.options.iter().find(|o| o.id == id)
    }

    /// Position of an option in display (ordinal) order.
    pub fn option_index(&self, id: &str) -> Option<usize> {
        self.options.iter().position(|o| o.id == id)
    }
}

const fn opt(id: &'static str, label: &'static str) -> ChoiceOption {
    ChoiceOption {
        id,
        label,
        exclusive: false,
    }
}

const fn only(id: &'static str, label: &'static str) -> ChoiceOption {
    ChoiceOption {
        id,
        label,
        exclusive: true,
    }
}

/// The sections, in order.
pub static SECTIONS: [Section; 6] = [
    Section {
        id: "team",
        title: "Your team",
        intro: "Who you are today and who you will be in a year: what people already know matters most.",
    },
    Section {
        id: "hiring",
        title: "Hiring",
        intro: "The market you actually hire from, not global résumé counts.",
    },
    Section {
        id: "workload",
        title: "The next 12 months of work",
        intro: "The services you will really build this year, not an imagined future.",
    },
    Section {
        id: "traffic_cost",
        title: "Traffic & runtime cost",
        intro: "How hard the services run, and how much the cloud bill matters.",
    },
    Section {
        id: "operations",
        title: "Operations",
        intro: "Who ships, who gets paged, and how calmly you can undo a bad deploy.",
    },
    Section {
        id: "product",
        title: "Product & plans",
        intro: "Where the product stands and what is already decided.",
    },
];

const SIZES: &[ChoiceOption] = &[
    opt("solo", "Just one engineer"),
    opt("two_to_three", "2–3 engineers"),
    opt("four_to_six", "4–6 engineers"),
    opt("seven_to_ten", "7–10 engineers"),
    opt("over_ten", "More than 10 engineers"),
];

const PROFICIENCY: &[ChoiceOption] = &[
    opt("none", "Nobody on the team"),
    opt(
        "some",
        "Some experience, but nobody has run it in production",
    ),
    opt("one_shipped", "One person has shipped it to production"),
    opt(
        "several_shipped",
        "Two or more people have shipped it to production",
    ),
];

const HIRING_EASE: &[ChoiceOption] = &[
    opt("easy", "Easy: we get good applicants quickly"),
    opt("moderate", "Possible, with some effort"),
    opt("hard", "Hard: few candidates, long searches"),
];

/// The ten kinds of service a small team builds in a year.
const SERVICE_KINDS: &[ChoiceOption] = &[
    opt("product_api", "Product API"),
    opt(
        "background_jobs",
        "Background jobs (emails, queues, scheduled work)",
    ),
    opt("admin_tools", "Admin or internal tools"),
    opt("data_imports", "Data imports"),
    opt("webhooks", "Webhooks and integrations"),
    opt("reporting", "Reporting and exports"),
    opt(
        "realtime",
        "Real-time features (chat, live dashboards, collaboration)",
    ),
    opt("ml_ai", "ML/AI features, data science or analytics"),
    opt(
        "cpu_heavy",
        "CPU-heavy processing (files, images, large transforms)",
    ),
    opt(
        "dev_tooling",
        "Developer or infrastructure tooling (CLIs, gateways, operators)",
    ),
];

/// Number of questions.
pub const QUESTION_COUNT: usize = 35;

/// Every question, in the order they are asked.
pub static QUESTIONS: [Question; QUESTION_COUNT] = [
    // ---- team ------------------------------------------------------------------
    Question {
        id: "team_size_now",
        section: "team",
        prompt: "How many engineers work on the backend today?",
        help: "Small teams pay most for extra languages and for code only one person understands.",
        kind: QuestionKind::Single,
        options: SIZES,
        allows_not_sure: false,
        condition: None,
        key: true,
    },
    Question {
        id: "team_size_12m",
        section: "team",
        prompt: "How many do you expect in 12 months?",
        help: "Growing means hiring and onboarding, and those favour languages with deep talent pools and gentle learning curves.",
        kind: QuestionKind::Single,
        options: SIZES,
        allows_not_sure: true,
        condition: None,
        key: false,
    },
    Question {
        id: "proficiency_go",
        section: "team",
        prompt: "How much Go does the team know?",
        help: "What your people already know well is the strongest factor at this stage; switching a fluent team costs months.",
        kind: QuestionKind::Single,
        options: PROFICIENCY,
        allows_not_sure: false,
        condition: None,
        key: true,
    },
    Question {
        id: "proficiency_node",
        section: "team",
        prompt: "How much Node.js / TypeScript on the server does the team know?",
        help: "Count backend work that reached production, not tutorials.",
        kind: QuestionKind::Single,
        options: PROFICIENCY,
        allows_not_sure: false,
        condition: None,
        key: true,
    },
    Question {
        id: "proficiency_python",
        section: "team",
        prompt: "How much Python does the team know?",
        help: "Include scripts and data work only if someone has deployed and supported it.",
        kind: QuestionKind::Single,
        options: PROFICIENCY,
        allows_not_sure: false,
        condition: None,
        key: true,
    },
    Question {
        id: "typescript_frontend",
        section: "team",
        prompt: "Is your frontend written in TypeScript?",
        help: "A TypeScript frontend lets a Node.js backend share types and validation, and lets people move between both sides.",
        kind: QuestionKind::Single,
        options: &[
            opt(
                "typescript_shared",
                "Yes, and backend engineers work on it too",
            ),
            opt("typescript_separate", "Yes, but other people build it"),
            opt("other_frontend", "We have a frontend in another language"),
            opt("no_frontend", "No frontend of our own"),
        ],
        allows_not_sure: false,
        condition: None,
        key: false,
    },
    // ---- hiring ----------------------------------------------------------------
    Question {
        id: "hiring_go",
        section: "hiring",
        prompt: "How easy is it to hire a Go engineer in your city or time-zone band?",
        help: "Think of people with 2–4 years of production backend work who could support a service if your lead left.",
        kind: QuestionKind::Single,
        options: HIRING_EASE,
        allows_not_sure: true,
        condition: None,
        key: false,
    },
    Question {
        id: "hiring_node",
        section: "hiring",
        prompt: "How easy is it to hire a Node.js backend engineer there?",
        help: "Frontend-only JavaScript experience does not count: look for deploys, logs and production bugs.",
        kind: QuestionKind::Single,
        options: HIRING_EASE,
        allows_not_sure: true,
        condition: None,
        key: false,
    },
    Question {
        id: "hiring_python",
        section: "hiring",
        prompt: "How easy is it to hire a Python backend engineer there?",
        help: "Data scientists are not backend engineers: count people who have run web services.",
        kind: QuestionKind::Single,
        options: HIRING_EASE,
        allows_not_sure: true,
        condition: None,
        key: false,
    },
    Question {
        id: "time_to_hire",
        section: "hiring",
        prompt: "How soon do you need new people?",
        help: "Smaller talent pools mean longer searches, which hurts most when you need someone soon.",
        kind: QuestionKind::Single,
        options: &[
            opt("within_weeks", "Within weeks"),
            opt("within_months", "Within a few months"),
            opt("not_hiring", "We are not hiring this year"),
        ],
        allows_not_sure: true,
        condition: None,
        key: false,
    },
    Question {
        id: "salary_pressure",
        section: "hiring",
        prompt: "How tight is the salary budget for new hires?",
        help: "Scarcer skills cost more; a tight budget narrows who you can attract.",
        kind: QuestionKind::Single,
        options: &[
            opt("tight", "Tight: we cannot pay top of market"),
            opt("moderate", "Average for our market"),
            opt("flexible", "Flexible for the right person"),
        ],
        allows_not_sure: true,
        condition: None,
        key: false,
    },
    // ---- workload --------------------------------------------------------------
    Question {
        id: "services_12m",
        section: "workload",
        prompt: "Which services will you really build in the next 12 months?",
        help: "List real work only. \"We might need scale later\" is not a workload.",
        kind: QuestionKind::Multi,
        options: SERVICE_KINDS,
        allows_not_sure: true,
        condition: None,
        key: true,
    },
    Question {
        id: "core_workload",
        section: "workload",
        prompt: "Which of these is the heart of the product?",
        help: "The workload you can least afford to get wrong matters more than the others.",
        kind: QuestionKind::Single,
        options: SERVICE_KINDS,
        allows_not_sure: true,
        condition: Some(Condition::CountAtLeast {
            question: "services_12m",
            count: 2,
        }),
        key: false,
    },
    Question {
        id: "ml_depth",
        section: "workload",
        prompt: "How deep does the ML/AI or data work go?",
        help: "Calling a hosted model works from any language; building pipelines or models leans on Python's libraries.",
        kind: QuestionKind::Single,
        options: &[
            opt("hosted_apis", "We call hosted model APIs"),
            opt(
                "pipelines",
                "We build data pipelines, retrieval or analytics ourselves",
            ),
            opt("own_models", "We train or serve our own models"),
        ],
        allows_not_sure: true,
        condition: Some(Condition::AnySelected {
            question: "services_12m",
            options: &["ml_ai"],
        }),
        key: false,
    },
    Question {
        id: "heavy_work_outlook",
        section: "workload",
        prompt: "Could heavy processing (large files, images, big reports) show up later?",
        help: "It does not change today's pick, but it tells you whether to plan for a separate service later.",
        kind: QuestionKind::Single,
        options: &[
            opt("likely", "Likely within a year or two"),
            opt("possible", "Possible"),
            opt("unlikely", "Unlikely"),
        ],
        allows_not_sure: true,
        condition: Some(Condition::AnsweredWithout {
            question: "services_12m",
            option: "cpu_heavy",
        }),
        key: false,
    },
    // ---- traffic & runtime cost ------------------------------------------------
    Question {
        id: "traffic_level",
        section: "traffic_cost",
        prompt: "What traffic and concurrency do you expect this year?",
        help: "Most products at this stage are limited by database queries and caching, not by language speed.",
        kind: QuestionKind::Single,
        options: &[
            opt("low", "Low: internal use or a few hundred active users"),
            opt("moderate", "Moderate and steady: thousands of daily users"),
            opt("high", "High: many small requests all day long"),
            opt(
                "very_high",
                "Very high: 10,000+ simultaneous users or connections",
            ),
        ],
        allows_not_sure: true,
        condition: None,
        key: true,
    },
    Question {
        id: "latency_target",
        section: "traffic_cost",
        prompt: "How fast must responses be?",
        help: "Tight tail latency favours compiled code with predictable scheduling.",
        kind: QuestionKind::Single,
        options: &[
            opt("relaxed", "A second or so is fine"),
            opt("normal", "A few hundred milliseconds"),
            opt("tight", "Tight: tens of milliseconds, even at the tail"),
        ],
        allows_not_sure: true,
        condition: None,
        key: false,
    },
    Question {
        id: "uptime_pattern",
        section: "traffic_cost",
        prompt: "Do your services run all the time, or wake up, work and exit?",
        help: "Always-on services pay idle memory every hour; short jobs care about startup time instead.",
        kind: QuestionKind::Single,
        options: &[
            opt("always_on", "Mostly always-on APIs"),
            opt("mixed", "A mix of both"),
            opt("bursty", "Mostly short jobs that start, work and exit"),
        ],
        allows_not_sure: true,
        condition: None,
        key: false,
    },
    Question {
        id: "service_count",
        section: "traffic_cost",
        prompt: "How many separately deployed services will you run?",
        help: "Every service multiplies memory floors, dependencies and deploy pipelines.",
        kind: QuestionKind::Single,
        options: &[
            opt("one", "One application"),
            opt("two_to_four", "Two to four"),
            opt("five_plus", "Five or more"),
        ],
        allows_not_sure: true,
        condition: None,
        key: false,
    },
    Question {
        id: "instance_count",
        section: "traffic_cost",
        prompt: "How many running instances in total, counting staging and failover?",
        help: "Per-instance overhead is small once and large when multiplied across environments.",
        kind: QuestionKind::Single,
        options: &[
            opt("few", "1–3"),
            opt("several", "4–10"),
            opt("many", "More than 10"),
        ],
        allows_not_sure: true,
        condition: None,
        key: false,
    },
    Question {
        id: "memory_limits",
        section: "traffic_cost",
        prompt: "Do you run under tight memory limits?",
        help: "Small containers or hard memory caps make per-process memory a daily concern.",
        kind: QuestionKind::Single,
        options: &[
            opt("tight", "Yes: small containers or hard caps"),
            opt("comfortable", "No, memory is comfortable"),
        ],
        allows_not_sure: true,
        condition: None,
        key: false,
    },
    Question {
        id: "cloud_budget",
        section: "traffic_cost",
        prompt: "How sensitive is the company to the cloud bill?",
        help: "Engineer time usually costs more than a server or two, unless every instance is counted.",
        kind: QuestionKind::Single,
        options: &[
            opt("tight", "Very: every instance counts"),
            opt("watched", "We watch it, but it is not the main worry"),
            opt("relaxed", "Hardly: people cost us far more than servers"),
        ],
        allows_not_sure: true,
        condition: None,
        key: false,
    },
    // ---- operations ------------------------------------------------------------
    Question {
        id: "who_deploys",
        section: "operations",
        prompt: "Who can deploy to production today?",
        help: "Can one person ship, check and roll back calmly? If only one person can, that is a risk on its own.",
        kind: QuestionKind::Single,
        options: &[
            opt("only_one", "Only one person"),
            opt("a_few", "Two or three people"),
            opt("anyone", "Anyone on the team, through a pipeline"),
        ],
        allows_not_sure: true,
        condition: None,
        key: false,
    },
    Question {
        id: "on_call",
        section: "operations",
        prompt: "Who answers when production breaks at night?",
        help: "The person woken at 2 a.m. benefits most from simple, readable failures.",
        kind: QuestionKind::Single,
        options: &[
            opt("business_hours", "Nobody: we only support business hours"),
            opt("rotation", "A shared on-call rotation"),
            opt("one_person", "In practice, always the same person"),
        ],
        allows_not_sure: true,
        condition: None,
        key: false,
    },
    Question {
        id: "observability",
        section: "operations",
        prompt: "Which observability tools do you already use?",
        help: "Being able to trace a slow request from the API to the database narrows the gap between stacks.",
        kind: QuestionKind::Multi,
        options: &[
            opt("error_tracking", "Error tracking (e.g. Sentry)"),
            opt("prometheus_grafana", "Prometheus / Grafana"),
            opt("hosted_apm", "A hosted APM (e.g. Datadog, New Relic)"),
            opt("opentelemetry", "OpenTelemetry tracing"),
            opt("cloud_logs", "The cloud provider's logs and metrics"),
            only("nothing_yet", "Nothing yet"),
        ],
        allows_not_sure: true,
        condition: None,
        key: false,
    },
    Question {
        id: "rollback",
        section: "operations",
        prompt: "How do you undo a bad deploy?",
        help: "A calm rollback makes any stack safer; without one, fewer moving parts matter more.",
        kind: QuestionKind::Single,
        options: &[
            opt("one_step", "One tested command or button"),
            opt("manual", "Possible, but manual and stressful"),
            opt("none", "We have no rollback plan"),
        ],
        allows_not_sure: true,
        condition: None,
        key: false,
    },
    Question {
        id: "async_owner",
        section: "operations",
        prompt: "Who will own background workers, queues and real-time connections?",
        help: "Async code, workers and websockets pile up quickly when nobody owns their conventions and upgrades.",
        kind: QuestionKind::Single,
        options: &[
            opt("owner", "A named person or pair owns them"),
            opt("nobody", "Everyone touches them, nobody owns them"),
            opt("undecided", "Not decided yet"),
        ],
        allows_not_sure: true,
        condition: Some(Condition::AnySelected {
            question: "services_12m",
            options: &["background_jobs", "realtime"],
        }),
        key: false,
    },
    Question {
        id: "shared_conventions",
        section: "operations",
        prompt: "Will your services share one template for packages, tests and deploys?",
        help: "Without a shared template every service drifts into its own dependencies and deploy steps.",
        kind: QuestionKind::Single,
        options: &[
            opt("shared_template", "Yes, one shared template"),
            opt("partly", "Partly"),
            opt("each_own", "No, each service does its own thing"),
        ],
        allows_not_sure: true,
        condition: Some(Condition::AnySelected {
            question: "service_count",
            options: &["two_to_four", "five_plus"],
        }),
        key: false,
    },
    // ---- product & plans -------------------------------------------------------
    Question {
        id: "product_maturity",
        section: "product",
        prompt: "How settled is the product?",
        help: "While the product still changes every week, speed of change beats long-term polish.",
        kind: QuestionKind::Single,
        options: &[
            opt("exploring", "Still exploring: it changes every week"),
            opt("settling", "Settling: the core is clear, details move"),
            opt("stable", "Stable: mostly extending what works"),
        ],
        allows_not_sure: true,
        condition: None,
        key: true,
    },
    Question {
        id: "codebase_state",
        section: "product",
        prompt: "Is there backend code already?",
        help: "Existing code changes the cost of switching: rewrites take months and ship nothing new.",
        kind: QuestionKind::Single,
        options: &[
            opt("greenfield", "No, we start from scratch"),
            opt("small_codebase", "Some code, easy to rewrite"),
            opt("large_codebase", "A large codebase in production"),
        ],
        allows_not_sure: false,
        condition: None,
        key: false,
    },
    Question {
        id: "codebase_language",
        section: "product",
        prompt: "Which language is most of the existing code in?",
        help: "Staying with the language of working code avoids a rewrite; startup rewrites typically take 3–6 months and ship nothing new (agency 2026 guide, US market).",
        kind: QuestionKind::Single,
        options: &[
            opt("go", "Go"),
            opt("node", "Node.js / TypeScript"),
            opt("python", "Python"),
            opt("other", "Another language, or several"),
        ],
        allows_not_sure: true,
        condition: Some(Condition::AnySelected {
            question: "codebase_state",
            options: &["small_codebase", "large_codebase"],
        }),
        key: false,
    },
    Question {
        id: "rewrite_signs",
        section: "product",
        prompt: "Do any of these sound familiar?",
        help: "These are early signs of a codebase heading for a painful rewrite, whatever the language.",
        kind: QuestionKind::Multi,
        options: &[
            opt("slow_local_setup", "Local setup takes half a day or more"),
            opt(
                "framework_per_service",
                "Each new service uses a different framework",
            ),
            opt(
                "untouchable_job",
                "Nobody wants to touch the oldest worker or cron job",
            ),
            opt(
                "author_only_automation",
                "Clever automation only its author can read",
            ),
            only("none_of_these", "None of these"),
        ],
        allows_not_sure: true,
        condition: Some(Condition::AnySelected {
            question: "codebase_state",
            options: &["small_codebase", "large_codebase"],
        }),
        key: false,
    },
    Question {
        id: "planned_languages",
        section: "product",
        prompt: "Which backend languages are already in use or planned?",
        help: "Several backend languages in a small team means duplicated shared code and everyone needing to know all of them.",
        kind: QuestionKind::Multi,
        options: &[
            opt("go", "Go"),
            opt("node", "Node.js"),
            opt("python", "Python"),
            opt("other", "Another backend language"),
            only("none_yet", "Nothing decided yet"),
        ],
        allows_not_sure: false,
        condition: None,
        key: false,
    },
    Question {
        id: "polyglot_reason",
        section: "product",
        prompt: "Why more than one backend language?",
        help: "A second language pays off with a larger team and a specific, measured performance need.",
        kind: QuestionKind::Single,
        options: &[
            opt("measured_need", "A bottleneck we have measured"),
            opt("expected_need", "A need we expect later"),
            opt("preferences", "Different people prefer different languages"),
            opt("inherited", "Inherited code"),
        ],
        allows_not_sure: true,
        condition: Some(Condition::CountAtLeast {
            question: "planned_languages",
            count: 2,
        }),
        key: false,
    },
    Question {
        id: "decision_driver",
        section: "product",
        prompt: "What is pulling you toward a language?",
        help: "Choosing for the company you hope to become, or copying a much bigger company, is a common mistake.",
        kind: QuestionKind::Multi,
        options: &[
            opt("this_year_services", "The services we must ship this year"),
            opt("hiring_market", "Who we can hire"),
            opt("team_taste", "What the team enjoys writing"),
            opt("hoped_scale", "The scale we hope to reach one day"),
            opt(
                "big_company_stack",
                "What a well-known, much bigger company uses",
            ),
        ],
        allows_not_sure: true,
        condition: None,
        key: false,
    },
];

/// All questions, in order.
pub fn questions() -> &'static [Question] {
    &QUESTIONS
}

/// Finds a question by id.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// Position of a question in [`QUESTIONS`].
pub fn question_index(id: &str) -> Option<usize> {
    QUESTIONS.iter().position(|q| q.id == id)
}

/// Finds a section by id.
pub fn section(id: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.id == id)
}

/// The questions of one section, in order (visible or not).
pub fn section_questions(section_id: &str) -> impl Iterator<Item = &'static Question> + '_ {
    QUESTIONS.iter().filter(move |q| q.section == section_id)
}

/// Which questions are currently shown, computed in question order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Visibility {
    shown: [bool; QUESTION_COUNT],
}

impl Visibility {
    /// Works out which questions the answers make visible.
    pub fn of(answers: &Answers) -> Visibility {
        let mut shown = [false; QUESTION_COUNT];
        for (i, q) in QUESTIONS.iter().enumerate() {
            let visible = match q.condition {
                None => true,
                Some(cond) => condition_holds(cond, answers, &shown),
            };
            if let Some(slot) = shown.get_mut(i) {
                *slot = visible;
            }
        }
        Visibility { shown }
    }

    /// Every question with whether it is shown, in question order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static Question, bool)> + '_ {
        QUESTIONS.iter().zip(self.shown)
    }

    /// `(answered, total)` over the shown questions, of one section or of all;
    /// "not sure" counts as answered. `answers` must be the ones this visibility
    /// was worked out from.
    pub fn answered(&self, answers: &Answers, section_id: Option<&str>) -> (usize, usize) {
        let mut answered = 0;
        let mut total = 0;
        for (q, shown) in self.iter() {
            if shown && section_id.is_none_or(|id| q.section == id) {
                total += 1;
                answered += usize::from(answers.get(q.id).is_some());
            }
        }
        (answered, total)
    }

    /// Whether the question with this id is shown. Unknown ids are not.
    pub fn is_visible(&self, question_id: &str) -> bool {
        question_index(question_id)
            .and_then(|i| self.shown.get(i).copied())
            .unwrap_or(false)
    }
}

fn visible_answer<'a>(answers: &'a Answers, shown: &[bool], id: &str) -> Option<&'a Answer> {
    let i = question_index(id)?;
    if shown.get(i).copied().unwrap_or(false) {
        answers.get(id)
    } else {
        None
    }
}

fn condition_holds(cond: Condition, answers: &Answers, shown: &[bool]) -> bool {
    match cond {
        Condition::Selected { question, option } => {
            visible_answer(answers, shown, question).is_some_and(|a| a.includes(option))
        }
        Condition::AnsweredWithout { question, option } => visible_answer(answers, shown, question)
            .is_some_and(|a| !matches!(a, Answer::NotSure) && !a.includes(option)),
        Condition::AnySelected { question, options } => visible_answer(answers, shown, question)
            .is_some_and(|a| options.iter().any(|o| a.includes(o))),
        Condition::CountAtLeast { question, count } => {
            visible_answer(answers, shown, question).is_some_and(|a| a.selected_count() >= count)
        }
    }
}

/// A read-only view of the answers that only sees visible questions: what scoring,
/// warnings and confidence use. Built once per evaluation; lookups are a binary
/// search over the visible answers.
#[derive(Clone, Debug)]
pub struct VisibleAnswers<'a> {
    visibility: Visibility,
    /// Visible, answered questions, sorted by id.
    visible: Vec<(&'static str, &'a Answer)>,
}

impl<'a> VisibleAnswers<'a> {
    /// Builds the view.
    pub fn new(answers: &'a Answers) -> VisibleAnswers<'a> {
        let visibility = Visibility::of(answers);
        // An answer naming an option that is no longer offered (the heart of the
        // product after its service was unticked) counts as unanswered.
        let offered = |q: &Question, a: &Answer| match a {
            Answer::Single(o) => is_offered(answers, q.id, o),
            _ => true,
        };
        let mut visible: Vec<(&'static str, &'a Answer)> = visibility
            .iter()
            .filter(|(_, shown)| *shown)
            .filter_map(|(q, _)| answers.get(q.id).map(|a| (q, a)))
            .filter(|(q, a)| offered(q, a))
            .map(|(q, a)| (q.id, a))
            .collect();
        crate::small_sort::sort_by_key(&mut visible, |(id, _)| *id);
        VisibleAnswers {
            visibility,
            visible,
        }
    }

    /// The answer to a visible question.
    pub fn get(&self, question_id: &str) -> Option<&'a Answer> {
        self.visible
            .binary_search_by(|(id, _)| (*id).cmp(question_id))
            .ok()
            .and_then(|i| self.visible.get(i))
            .map(|(_, a)| *a)
    }

    /// The chosen option of a visible single-choice question (not "not sure").
    pub fn single(&self, question_id: &str) -> Option<&'static str> {
        match self.get(question_id) {
            Some(Answer::Single(o)) => Some(o),
            _ => None,
        }
    }

    /// Whether a visible question's answer includes this option.
    pub fn includes(&self, question_id: &str, option: &str) -> bool {
        self.get(question_id).is_some_and(|a| a.includes(option))
    }

    /// The visibility map.
    pub fn visibility(&self) -> &Visibility {
        &self.visibility
    }
}

/// Questions whose options are limited to what another (multi-choice) question
/// selected: the heart of the product is one of the services ticked.
pub const OPTIONS_FROM: [(&str, &str); 1] = [("core_workload", "services_12m")];

/// Whether `option` of `question` is offered given the other answers: always,
/// unless [`OPTIONS_FROM`] limits the question to the options selected elsewhere.
pub fn is_offered(answers: &Answers, question: &str, option: &str) -> bool {
    match OPTIONS_FROM.iter().find(|(q, _)| *q == question) {
        Some((_, source)) => answers.is_selected(source, option),
        None => true,
    }
}

/// A stored answer that named an option not offered, repaired by selecting that
/// option where it comes from (e.g. a shared link whose heart of the product is a
/// service it did not tick).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OfferRepair {
    /// The question whose answer named the option (`core_workload`).
    pub question: &'static str,
    /// The option it named.
    pub option: &'static str,
    /// The question the option was added to (`services_12m`).
    pub added_to: &'static str,
}

impl OfferRepair {
    /// A note for the user, in the app's words.
    pub fn describe(&self) -> String {
        let label = question(self.question)
            .and_then(|q| q.option(self.option))
            .map_or(self.option, |o| o.label);
        let prompt = question(self.added_to).map_or(self.added_to, |q| q.prompt);
        format!("\"{label}\" was named the heart of the product, so it was added to \"{prompt}\".")
    }
}

/// The [`OPTIONS_FROM`] answers that are shown but name an option not selected
/// where it comes from: `(question, option, source)`. A hidden one (fewer than two
/// services ticked) is not stale: it is kept like any hidden answer and was never
/// scored, not even by the builds that offered every service.
fn stale(answers: &Answers) -> Vec<(&'static str, &'static str, &'static str)> {
    let visibility = Visibility::of(answers);
    OPTIONS_FROM
        .iter()
        .filter(|(target, _)| visibility.is_visible(target))
        .filter_map(|&(target, source)| match answers.get(target) {
            Some(Answer::Single(option)) if !answers.is_selected(source, option) => {
                Some((target, *option, source))
            }
            _ => None,
        })
        .collect()
}

/// Repairs answers read from a file or a link so every shown [`OPTIONS_FROM`]
/// answer is among the options selected where it comes from: the missing option
/// is added there. Returns one repair per change (empty when nothing needed it).
///
/// Only for what comes from outside: earlier builds offered every service as the
/// heart of the product and scored it, so adding it to the services keeps what the
/// sender saw. Stored decisions are never repaired on load (a stored session reads
/// back exactly as written), and this build writes none that need it: see
/// [`drop_unoffered`].
pub fn repair_offered(answers: &mut Answers) -> Vec<OfferRepair> {
    let mut repairs = Vec::new();
    for (target, option, source) in stale(answers) {
        let mut chosen: Vec<&'static str> = match answers.get(source) {
            Some(Answer::Multi(set)) => set.iter().copied().collect(),
            _ => Vec::new(),
        };
        chosen.push(option);
        if answers.set_multi(source, chosen).is_ok() {
            repairs.push(OfferRepair {
                question: target,
                option,
                added_to: source,
            });
        }
    }
    repairs
}

/// Clears every shown [`OPTIONS_FROM`] answer that names an option no longer
/// selected where it comes from (the heart of the product after its service was
/// unticked). Scoring already ignores such an answer; clearing it keeps a share
/// link or an exported file saying what the advice used, so the receiver's
/// [`repair_offered`] finds nothing to add. Returns whether anything was cleared.
pub fn drop_unoffered(answers: &mut Answers) -> bool {
    let mut changed = false;
    for (target, _, _) in stale(answers) {
        changed |= answers.clear(target);
    }
    changed
}

/// The questions currently shown, in order.
pub fn visible_questions(answers: &Answers) -> Vec<&'static Question> {
    Visibility::of(answers)
        .iter()
        .filter_map(|(q, shown)| shown.then_some(q))
        .collect()
}

/// `(answered, total)` over the visible questions; "not sure" counts as answered.
pub fn progress(answers: &Answers) -> (usize, usize) {
    Visibility::of(answers).answered(answers, None)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn is_snake(s: &str) -> bool {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    }

    #[test]
    fn ids_are_unique_snake_case_and_never_not_sure() {
        let mut seen = BTreeSet::new();
        for q in &QUESTIONS {
            assert!(is_snake(q.id), "{}", q.id);
            assert!(seen.insert(q.id), "duplicate question id {}", q.id);
            assert!(section(q.section).is_some(), "{} has unknown section", q.id);
            assert!(!q.options.is_empty());
            let mut opts = BTreeSet::new();
            for o in q.options {
                assert!(is_snake(o.id), "{}.{}", q.id, o.id);
                assert_ne!(o.id, NOT_SURE_ID);
                assert!(opts.insert(o.id), "duplicate option {}.{}", q.id, o.id);
                assert!(
                    !o.exclusive || q.kind == QuestionKind::Multi,
                    "exclusive option on a single-choice question"
                );
            }
            assert!(!q.prompt.is_empty() && !q.help.is_empty());
        }
        let mut sections = BTreeSet::new();
        for s in &SECTIONS {
            assert!(sections.insert(s.id));
        }
    }

    #[test]
    fn conditions_only_refer_to_earlier_questions_and_real_options() {
        for (i, q) in QUESTIONS.iter().enumerate() {
            let Some(cond) = q.condition else { continue };
            let (target, options): (&str, Vec<&str>) = match cond {
                Condition::Selected { question, option }
                | Condition::AnsweredWithout { question, option } => (question, vec![option]),
                Condition::AnySelected { question, options } => (question, options.to_vec()),
                Condition::CountAtLeast { question, .. } => (question, vec![]),
            };
            let j = question_index(target).expect("condition names a real question");
            assert!(j < i, "{} depends on a later question", q.id);
            let tq = question(target).unwrap();
            for o in options {
                assert!(tq.option(o).is_some(), "{} refers to {target}.{o}", q.id);
            }
        }
    }

    #[test]
    fn conditional_questions_appear_and_disappear() {
        let mut a = Answers::new();
        let base = visible_questions(&a).len();
        assert!(!Visibility::of(&a).is_visible("ml_depth"));
        a.set_multi("services_12m", ["product_api", "ml_ai"])
            .unwrap();
        let v = Visibility::of(&a);
        assert!(v.is_visible("ml_depth"));
        assert!(v.is_visible("core_workload"));
        assert!(v.is_visible("heavy_work_outlook"));
        assert!(visible_questions(&a).len() > base);
        a.set_single("ml_depth", "own_models").unwrap();
        a.set_multi("services_12m", ["product_api"]).unwrap();
        assert!(!Visibility::of(&a).is_visible("ml_depth"));
        // The hidden answer is kept, only ignored.
        assert!(a.get("ml_depth").is_some());
        assert_eq!(VisibleAnswers::new(&a).get("ml_depth"), None);
    }

    #[test]
    fn the_heart_of_the_product_is_one_of_the_services_ticked() {
        let mut a = Answers::new();
        a.set_multi("services_12m", ["product_api", "background_jobs"])
            .unwrap();
        assert!(is_offered(&a, "core_workload", "product_api"));
        assert!(!is_offered(&a, "core_workload", "ml_ai"));
        assert!(is_offered(&a, "traffic_level", "low"));
        // A core naming a service not ticked is ignored by scoring…
        a.set_single("core_workload", "ml_ai").unwrap();
        assert_eq!(VisibleAnswers::new(&a).get("core_workload"), None);
        // …and repaired on import by ticking that service, with a note.
        let repairs = repair_offered(&mut a);
        assert_eq!(
            repairs,
            [OfferRepair {
                question: "core_workload",
                option: "ml_ai",
                added_to: "services_12m"
            }]
        );
        assert!(a.is_selected("services_12m", "ml_ai"));
        assert!(repairs[0].describe().contains("ML/AI"));
        assert!(VisibleAnswers::new(&a).get("core_workload").is_some());
        assert!(repair_offered(&mut a).is_empty());
    }

    #[test]
    fn only_a_shown_heart_outside_the_services_is_repaired_or_dropped() {
        // Hidden (one service ticked): kept as any hidden answer, never scored.
        let mut a = Answers::new();
        a.set_multi("services_12m", ["product_api"]).unwrap();
        a.set_single("core_workload", "ml_ai").unwrap();
        let before = a.clone();
        assert!(repair_offered(&mut a).is_empty());
        assert!(!drop_unoffered(&mut a));
        assert_eq!(a, before);
        // Shown: dropped (what this build writes) or repaired (what it reads).
        a.set_multi("services_12m", ["product_api", "webhooks"])
            .unwrap();
        let mut dropped = a.clone();
        assert!(drop_unoffered(&mut dropped));
        assert_eq!(dropped.get("core_workload"), None);
        assert!(!drop_unoffered(&mut dropped));
        assert_eq!(repair_offered(&mut a).len(), 1);
        assert!(!drop_unoffered(&mut a));
    }

    #[test]
    fn unticking_the_heart_of_the_product_clears_it() {
        let mut a = Answers::new();
        a.set_multi(
            "services_12m",
            ["product_api", "realtime", "webhooks", "reporting"],
        )
        .unwrap();
        a.set_single("core_workload", "realtime").unwrap();
        a.toggle("services_12m", "webhooks").unwrap();
        assert!(a.is_selected("core_workload", "realtime"));
        a.toggle("services_12m", "realtime").unwrap();
        assert_eq!(a.get("core_workload"), None);
        assert!(repair_offered(&mut a).is_empty());
    }

    #[test]
    fn progress_counts_visible_questions_only() {
        let mut a = Answers::new();
        let (done, total) = progress(&a);
        assert_eq!(done, 0);
        assert_eq!(total, visible_questions(&a).len());
        a.set_single("team_size_now", "two_to_three").unwrap();
        a.set_not_sure("team_size_12m").unwrap();
        assert_eq!(progress(&a).0, 2);
        // A hidden answer does not count.
        a.set_single("ml_depth", "hosted_apis").unwrap();
        assert_eq!(progress(&a).0, 2);
    }
}
