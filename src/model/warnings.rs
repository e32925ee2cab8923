//! Warnings: the brief's rules of thumb that apply to these answers and this result.
//!
//! Each warning has a stable id, a title, a message in the app's own words and the
//! answers that triggered it. They never change the scores; they tell the team what
//! to watch. Warnings only look at visible answers.

use super::knowledge::{CRUD_KINDS, ORDINARY_KINDS};
use super::language::Language;
use super::questionnaire::VisibleAnswers;
use super::scoring::{core_among, core_workload};
use super::trace::AnswerRef;

/// How loud a warning is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// A known mistake or risk: look at it before deciding.
    Caution,
    /// Advice for later; nothing is wrong now.
    Note,
}

/// One warning raised for this result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Stable id (see [`WARNING_IDS`]).
    pub id: &'static str,
    /// Caution or note.
    pub severity: Severity,
    /// Short title.
    pub title: &'static str,
    /// What it means for this team, in two or three sentences.
    pub message: String,
    /// The answers that triggered it (never empty).
    pub triggers: Vec<AnswerRef>,
}

/// Every warning id, in the order warnings are listed.
pub const WARNING_IDS: [&str; 9] = [
    "polyglot_trap",
    "imagined_future",
    "go_too_early",
    "go_data_heavy",
    "python_async_sprawl",
    "node_drift",
    "staffing_trap",
    "rewrite_signs",
    "heavy_jobs_later",
];

const BACKEND_LANGS: [&str; 4] = ["go", "node", "python", "other"];

fn refs(
    view: &VisibleAnswers<'_>,
    question: &'static str,
    options: &[&'static str],
) -> Vec<AnswerRef> {
    options
        .iter()
        .filter(|o| view.includes(question, o))
        .map(|o| AnswerRef::option(question, o))
        .collect()
}

fn single_ref(view: &VisibleAnswers<'_>, question: &'static str) -> Option<AnswerRef> {
    view.single(question)
        .map(|o| AnswerRef::option(question, o))
}

/// "X is in play": it leads, or it is in the planned languages.
fn in_play(
    view: &VisibleAnswers<'_>,
    winner: Language,
    lang: Language,
) -> Option<Option<AnswerRef>> {
    if winner == lang {
        Some(None)
    } else if view.includes("planned_languages", lang.id()) {
        Some(Some(AnswerRef::option("planned_languages", lang.id())))
    } else {
        None
    }
}

fn polyglot_trap(view: &VisibleAnswers<'_>, winner: Language) -> Option<Warning> {
    let planned = refs(view, "planned_languages", &BACKEND_LANGS);
    if planned.len() < 2 {
        return None;
    }
    let big_team = view.includes("team_size_now", "over_ten");
    let measured = view.includes("polyglot_reason", "measured_need");
    if big_team && measured {
        return None;
    }
    let mut triggers = planned.clone();
    triggers.extend(single_ref(view, "team_size_now"));
    triggers.extend(single_ref(view, "polyglot_reason"));
    let why = if big_team {
        "you have the headcount, but no measured performance need behind the extra languages"
    } else {
        "a team under about ten engineers pays for every extra language"
    };
    Some(Warning {
        id: "polyglot_trap",
        severity: Severity::Caution,
        title: "Polyglot trap",
        message: format!(
            "You plan {} backend languages, and {why}: shared code gets written twice, everyone \
             has to know all of them, and bugs cross language borders. Make {} the one default \
             until you have 10+ engineers and a measured need; if one workload truly needs \
             another language, split out that single service behind a gateway.",
            planned.len(),
            winner.name()
        ),
        triggers,
    })
}

fn imagined_future(view: &VisibleAnswers<'_>, _winner: Language) -> Option<Warning> {
    let triggers = refs(
        view,
        "decision_driver",
        &["hoped_scale", "big_company_stack"],
    );
    if triggers.is_empty() {
        return None;
    }
    Some(Warning {
        id: "imagined_future",
        severity: Severity::Caution,
        title: "Choosing for an imagined future",
        message: "Part of the pull comes from the company you hope to become or from a much \
                  bigger company's stack. Those companies have platform teams you don't, and \
                  \"we might need scale later\" is not a workload: decide on the services you \
                  will really run in the next 12 months, and revisit after a release or two."
            .to_owned(),
        triggers,
    })
}

fn go_too_early(view: &VisibleAnswers<'_>, winner: Language) -> Option<Warning> {
    let exploring = refs(view, "product_maturity", &["exploring"]);
    if exploring.is_empty() {
        return None;
    }
    let go = in_play(view, winner, Language::Go)?;
    let crud = refs(view, "services_12m", CRUD_KINDS);
    if crud.is_empty() {
        return None;
    }
    // The same test as the scoring rule `core_crud`: a named CRUD core, or only
    // ordinary services planned.
    let crud_core = core_among(view, CRUD_KINDS, ORDINARY_KINDS)?;
    let mut triggers = exploring;
    triggers.extend(crud);
    if !triggers.contains(&crud_core) {
        triggers.push(crud_core);
    }
    triggers.extend(go);
    Some(Warning {
        id: "go_too_early",
        severity: Severity::Caution,
        title: "Go may be too early",
        message: "The product is still mostly CRUD, admin and integration work and changes \
                  every week. Go's extra code up front slows that kind of change; its strengths \
                  pay off once the product settles or a heavy workload appears. Check delivery \
                  speed honestly in the one-sprint trial."
            .to_owned(),
        triggers,
    })
}

fn go_data_heavy(view: &VisibleAnswers<'_>, winner: Language) -> Option<Warning> {
    if winner != Language::Go {
        return None;
    }
    let ml = refs(view, "services_12m", &["ml_ai"]);
    if ml.is_empty() {
        return None;
    }
    let core_ml = core_workload(view).filter(|c| c.option == Some("ml_ai"));
    let deep = refs(view, "ml_depth", &["pipelines", "own_models"]);
    let hosted_only = view.includes("ml_depth", "hosted_apis");
    if core_ml.is_none() && (deep.is_empty() && hosted_only) {
        return None;
    }
    let mut triggers = ml;
    triggers.extend(core_ml);
    triggers.extend(deep);
    Some(Warning {
        id: "go_data_heavy",
        severity: Severity::Caution,
        title: "Go for a data-heavy product",
        message: "Go leads, but ML/AI or analytics work is on your list, and Python's data and \
                  ML libraries have no real equivalent in Go. Make sure the data work is weighed \
                  properly, or plan to keep that part in Python as a separate service."
            .to_owned(),
        triggers,
    })
}

fn python_async_sprawl(view: &VisibleAnswers<'_>, winner: Language) -> Option<Warning> {
    let python = in_play(view, winner, Language::Python)?;
    let async_work = refs(view, "services_12m", &["background_jobs", "realtime"]);
    if async_work.len() < 2 {
        return None;
    }
    let unowned = refs(view, "async_owner", &["nobody", "undecided"]);
    if unowned.is_empty() {
        return None;
    }
    let mut triggers = async_work;
    triggers.extend(unowned);
    triggers.extend(python);
    Some(Warning {
        id: "python_async_sprawl",
        severity: Severity::Caution,
        title: "Python async sprawl",
        message: "Background jobs, websockets and async services are all planned in Python with \
                  no clear owner. That is how worker setups, event loops and queue code pile up \
                  until nobody wants to touch them: name an owner and one pattern before the \
                  second async service."
            .to_owned(),
        triggers,
    })
}

fn node_drift(view: &VisibleAnswers<'_>, winner: Language) -> Option<Warning> {
    let node = in_play(view, winner, Language::Node)?;
    let many = refs(view, "service_count", &["two_to_four", "five_plus"]);
    if many.is_empty() {
        return None;
    }
    let mut evidence = refs(view, "shared_conventions", &["each_own"]);
    if view.includes("service_count", "five_plus") {
        evidence.extend(refs(view, "shared_conventions", &["partly"]));
    }
    evidence.extend(refs(view, "rewrite_signs", &["framework_per_service"]));
    if evidence.is_empty() {
        return None;
    }
    let mut triggers = many;
    triggers.extend(evidence);
    triggers.extend(node);
    Some(Warning {
        id: "node_drift",
        severity: Severity::Caution,
        title: "Node.js drift",
        message: "Several Node.js services without one shared way of doing things drift apart: \
                  each picks its own packages, test style and deploy steps, and dependency churn \
                  multiplies. Agree on one template (framework, lint, tests, pipeline) before the \
                  next service."
            .to_owned(),
        triggers,
    })
}

fn staffing_trap(view: &VisibleAnswers<'_>, winner: Language) -> Option<Warning> {
    let prof_q = winner.proficiency_question();
    let hire_q = winner.hiring_question();
    let solo = view.includes("team_size_now", "solo");
    let mut triggers = Vec::new();
    if !solo {
        triggers.extend(refs(view, prof_q, &["one_shipped"]));
    }
    triggers.extend(refs(view, hire_q, &["hard"]));
    if triggers.is_empty() {
        return None;
    }
    Some(Warning {
        id: "staffing_trap",
        severity: Severity::Caution,
        title: "Staffing trap",
        message: format!(
            "Only one person has run {lang} in production, or {lang} engineers are hard to hire \
             where you recruit. A stack that a single person can maintain is a risk if they \
             leave: pair on it from day one and test the hiring market before committing.",
            lang = winner.name()
        ),
        triggers,
    })
}

fn rewrite_signs(view: &VisibleAnswers<'_>, _winner: Language) -> Option<Warning> {
    let mut triggers = refs(
        view,
        "rewrite_signs",
        &[
            "slow_local_setup",
            "framework_per_service",
            "untouchable_job",
            "author_only_automation",
        ],
    );
    // In a one-person team "only one person can deploy" is a fact, not a sign.
    if !view.includes("team_size_now", "solo") {
        triggers.extend(refs(view, "who_deploys", &["only_one"]));
    }
    if triggers.is_empty() {
        return None;
    }
    Some(Warning {
        id: "rewrite_signs",
        severity: Severity::Caution,
        title: "Rewrite warning signs",
        message: format!(
            "{} of the early signs of a painful rewrite apply. Fix them before blaming the \
             language: the agency 2026 guide (US market) puts a rewrite after scale at 6–18 \
             months, a Node.js→Go migration commonly at $200k–$800k and a Python→Go pipeline \
             migration at $80k–$400k, and startup rewrites often take 3–6 months with no new \
             features. Extracting one new service behind a gateway is cheaper than a full rewrite.",
            count_words(triggers.len())
        ),
        triggers,
    })
}

fn count_words(n: usize) -> &'static str {
    match n {
        1 => "One",
        2 => "Two",
        3 => "Three",
        4 => "Four",
        _ => "Several",
    }
}

fn heavy_jobs_later(view: &VisibleAnswers<'_>, winner: Language) -> Option<Warning> {
    if winner == Language::Go {
        return None;
    }
    let mut triggers = refs(view, "services_12m", &["cpu_heavy"]);
    triggers.extend(refs(view, "heavy_work_outlook", &["likely", "possible"]));
    if !view.includes("heavy_work_outlook", "unlikely") {
        triggers.extend(refs(
            view,
            "services_12m",
            &["background_jobs", "data_imports", "reporting"],
        ));
    }
    if triggers.is_empty() {
        return None;
    }
    Some(Warning {
        id: "heavy_jobs_later",
        severity: Severity::Note,
        title: "Heavy jobs can move to Go later",
        message: format!(
            "Start with {} as the default. If large file processing, high-volume queues or \
             CPU-heavy reports really appear, split that one job out as a small Go service \
             instead of switching the whole backend.",
            winner.name()
        ),
        triggers,
    })
}

type Check = fn(&VisibleAnswers<'_>, Language) -> Option<Warning>;

const CHECKS: [Check; 9] = [
    polyglot_trap,
    imagined_future,
    go_too_early,
    go_data_heavy,
    python_async_sprawl,
    node_drift,
    staffing_trap,
    rewrite_signs,
    heavy_jobs_later,
];

/// All warnings that apply, in [`WARNING_IDS`] order.
pub fn warnings(view: &VisibleAnswers<'_>, winner: Language) -> Vec<Warning> {
    CHECKS
        .iter()
        .filter_map(|check| check(view, winner))
        .collect()
}
