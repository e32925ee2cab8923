//! The checks behind the warnings table: each reads the visible answers and the
//! lead, and returns the message for this team with the answers that triggered it,
//! or nothing. Every question or option id written here as a literal is verified
//! against the questionnaire by the test `check_ids_are_real` (in `warnings`).

use super::{Found, Lead};
use crate::model::experience;
use crate::model::knowledge::{CPU_HEAVY_CORE, CRUD_KINDS, ORDINARY_KINDS};
use crate::model::language::Language;
use crate::model::questionnaire::{self, VisibleAnswers};
use crate::model::scoring::{core_among, core_workload};
use crate::model::trace::AnswerRef;

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
    leader: Option<Language>,
    lang: Language,
) -> Option<Option<AnswerRef>> {
    if leader == Some(lang) {
        Some(None)
    } else if view.includes("planned_languages", lang.id()) {
        Some(Some(AnswerRef::option("planned_languages", lang.id())))
    } else {
        None
    }
}

pub(super) fn polyglot_trap(view: &VisibleAnswers<'_>, lead: Lead) -> Option<Found> {
    let planned = refs(
        view,
        "planned_languages",
        &["go", "node", "python", "other"],
    );
    if planned.len() < 2 {
        return None;
    }
    // "About 10+ engineers": the 7–10 band may already be there.
    let big_team = view.includes("team_size_now", "over_ten")
        || view.includes("team_size_now", "seven_to_ten");
    let measured = view.includes("polyglot_reason", "measured_need");
    if big_team && measured {
        return None;
    }
    let mut triggers = planned.clone();
    triggers.extend(single_ref(view, "team_size_now"));
    triggers.extend(single_ref(view, "polyglot_reason"));
    let (why, until) = if big_team {
        (
            "you have the headcount, but no measured performance need behind the extra languages",
            "until a specific performance need is measured",
        )
    } else {
        (
            "a team under about 10 engineers pays for every extra language",
            "until you have about 10 engineers and a measured need",
        )
    };
    Some(Found {
        message: format!(
            "You plan {} backend languages, and {why}: shared code gets written twice, everyone \
             has to know all of them, and bugs cross language borders. Make {} the one default \
             {until}; if one workload truly needs another language, split out that single \
             service behind a gateway.",
            planned.len(),
            lead.default_language()
        ),
        triggers,
    })
}

pub(super) fn imagined_future(view: &VisibleAnswers<'_>, _lead: Lead) -> Option<Found> {
    let triggers = refs(
        view,
        "decision_driver",
        &["hoped_scale", "big_company_stack"],
    );
    if triggers.is_empty() {
        return None;
    }
    Some(Found {
        message: "Part of the pull comes from the company you hope to become or from a much \
                  bigger company's stack. Those companies have platform teams you don't, and \
                  \"we might need scale later\" is not a workload: decide on the services you \
                  will really run in the next 12 months, and revisit after a release or two."
            .to_owned(),
        triggers,
    })
}

pub(super) fn go_too_early(view: &VisibleAnswers<'_>, lead: Lead) -> Option<Found> {
    let exploring = refs(view, "product_maturity", &["exploring"]);
    if exploring.is_empty() {
        return None;
    }
    let go = in_play(view, lead.leader(), Language::Go)?;
    let crud = refs(view, "services_12m", CRUD_KINDS);
    if crud.is_empty() {
        return None;
    }
    // The core test of the scoring cap `core_crud`: a named CRUD core, or only
    // ordinary services planned. Not its exceptions: expected load makes language
    // speed count in the scores, but a product that changes every week still pays
    // for Go's extra code up front (the brief's warning has no traffic exception).
    let crud_core = core_among(view, CRUD_KINDS, ORDINARY_KINDS)?;
    let load = refs(view, "traffic_level", &["high", "very_high"]);
    let load = if load.is_empty() {
        refs(view, "latency_target", &["tight"])
    } else {
        load
    };
    let mut triggers = exploring;
    triggers.extend(crud);
    if !triggers.contains(&crud_core) {
        triggers.push(crud_core);
    }
    triggers.extend(go);
    let load_note = if load.is_empty() {
        ""
    } else {
        " The load you expect is a real reason for Go; weigh it against how often the product \
         still changes (FastAPI alone handles roughly 10,000–50,000 requests a second, startup \
         studio guide)."
    };
    triggers.extend(load);
    Some(Found {
        message: format!(
            "The product is still mostly CRUD, admin and integration work and changes every \
             week. Go's extra code up front slows that kind of change; its strengths pay off \
             once the product settles or a heavy workload appears.{load_note} Check delivery \
             speed honestly in the one-sprint trial."
        ),
        triggers,
    })
}

/// The team knows Go better than Python and someone has shipped it: the pull toward
/// Go that a data-heavy product must be weighed against, whichever language leads.
fn team_leans_to_go(view: &VisibleAnswers<'_>) -> Option<AnswerRef> {
    let levels = questionnaire::question("proficiency_go")?;
    let go = view.single("proficiency_go")?;
    let python = view.single("proficiency_python")?;
    let (g, p) = (levels.option_index(go)?, levels.option_index(python)?);
    let shipped = levels.option_index("one_shipped")?;
    (g >= shipped && g > p).then_some(AnswerRef::option("proficiency_go", go))
}

/// The answers that make the product data-heavy (ML/AI beyond calling hosted
/// models, data work at the core, or both data imports and reporting planned), or
/// `None` when it is not.
fn data_heavy(view: &VisibleAnswers<'_>) -> Option<Vec<AnswerRef>> {
    let ml = refs(view, "services_12m", &["ml_ai"]);
    let hosted_only = view.includes("ml_depth", "hosted_apis");
    let core_data = core_workload(view).filter(|c| {
        c.option
            .is_some_and(|o| matches!(o, "ml_ai" | "data_imports" | "reporting"))
    });
    // The same condition as scoring's (`CPU_HEAVY_CORE`): with heavy processing at the
    // heart, imports and reports are part of that processing.
    let data_work = if CPU_HEAVY_CORE.iter().any(|(q, o)| view.includes(q, o)) {
        Vec::new()
    } else {
        refs(view, "services_12m", &["data_imports", "reporting"])
    };
    let heavy = (!ml.is_empty() && !hosted_only) || core_data.is_some() || data_work.len() == 2;
    if !heavy {
        return None;
    }
    let mut triggers = ml;
    triggers.extend(data_work);
    if let Some(core) = core_data
        && !triggers.contains(&core)
    {
        triggers.push(core);
    }
    triggers.extend(refs(view, "ml_depth", &["pipelines", "own_models"]));
    Some(triggers)
}

pub(super) fn go_data_heavy(view: &VisibleAnswers<'_>, lead: Lead) -> Option<Found> {
    // Go is first, or the team prefers it (planned, its existing code, or the
    // language it knows better than Python).
    let go = in_play(view, lead.leader(), Language::Go)
        .or_else(|| view.includes("codebase_language", "go").then_some(None))
        .or_else(|| team_leans_to_go(view).map(Some))?;
    let mut triggers = data_heavy(view)?;
    triggers.extend(go);
    triggers.extend(refs(view, "codebase_language", &["go"]));
    Some(Found {
        message: "Go is in play, but data work (imports, reporting, analytics or ML/AI) is a \
                  large part of your plans, and Python's data and ML libraries have no real \
                  equivalent in Go. Choosing Go for a data-heavy product without weighing \
                  this is a known mistake: weigh it, or keep the data work in a Python service."
            .to_owned(),
        triggers,
    })
}

/// The same gap for Node.js when it leads or is planned: the guides name Go in the
/// mistake, but the fact behind it (no real equivalent of Python's data and ML
/// libraries) holds for Node.js too.
pub(super) fn node_data_heavy(view: &VisibleAnswers<'_>, lead: Lead) -> Option<Found> {
    let node = in_play(view, lead.leader(), Language::Node)?;
    let mut triggers = data_heavy(view)?;
    triggers.extend(node);
    Some(Found {
        message: "Node.js is in play, but data work (imports, reporting, analytics or ML/AI) \
                  is a large part of your plans, and Python's data and ML libraries have no \
                  real equivalent in Node.js either. Weigh that against the team's skills, or \
                  keep the data work in a Python service beside the Node.js ones."
            .to_owned(),
        triggers,
    })
}

pub(super) fn python_async_sprawl(view: &VisibleAnswers<'_>, lead: Lead) -> Option<Found> {
    let python = in_play(view, lead.leader(), Language::Python)?;
    let async_work = refs(view, "services_12m", &["background_jobs", "realtime"]);
    // Both kinds of async work without a decided owner, or either kind when the
    // answer says outright that everyone touches it and nobody owns it.
    let unowned = if async_work.len() >= 2 {
        refs(view, "async_owner", &["nobody", "undecided"])
    } else if async_work.is_empty() {
        Vec::new()
    } else {
        refs(view, "async_owner", &["nobody"])
    };
    if unowned.is_empty() {
        return None;
    }
    let planned = if async_work.len() >= 2 {
        "Background jobs and real-time features are"
    } else if view.includes("services_12m", "realtime") {
        "Real-time features are"
    } else {
        "Background jobs are"
    };
    let mut triggers = async_work;
    triggers.extend(unowned);
    triggers.extend(python);
    Some(Found {
        message: format!(
            "{planned} planned in Python with no clear owner. That is how worker setups, event \
             loops and queue code pile up until nobody wants to touch them: name an owner and \
             one pattern before the second async service."
        ),
        triggers,
    })
}

pub(super) fn node_drift(view: &VisibleAnswers<'_>, lead: Lead) -> Option<Found> {
    let node = in_play(view, lead.leader(), Language::Node)?;
    // "Each new service uses a different framework" already says there are several
    // services, unless the team said it runs one.
    let framework_each = refs(view, "rewrite_signs", &["framework_per_service"]);
    let many = refs(view, "service_count", &["two_to_four", "five_plus"]);
    if many.is_empty() && (framework_each.is_empty() || view.includes("service_count", "one")) {
        return None;
    }
    let mut evidence = refs(view, "shared_conventions", &["each_own"]);
    if view.includes("service_count", "five_plus") {
        evidence.extend(refs(view, "shared_conventions", &["partly"]));
    }
    evidence.extend(framework_each);
    if evidence.is_empty() {
        return None;
    }
    let mut triggers = many;
    triggers.extend(evidence);
    triggers.extend(node);
    Some(Found {
        message: "Several Node.js services without one shared way of doing things drift apart: \
                  each picks its own packages, test style and deploy steps, and dependency churn \
                  multiplies. Agree on one template (framework, lint, tests, pipeline) before the \
                  next service."
            .to_owned(),
        triggers,
    })
}

pub(super) fn staffing_trap(view: &VisibleAnswers<'_>, lead: Lead) -> Option<Found> {
    let winner = lead.leader()?;
    let prof_q = winner.proficiency_question();
    let hire_q = winner.hiring_question();
    let solo = view.includes("team_size_now", "solo");
    let mut triggers = Vec::new();
    if !solo {
        triggers.extend(refs(view, prof_q, &["one_shipped"]));
    }
    let one_person = !triggers.is_empty();
    let hard = refs(view, hire_q, &["hard"]);
    let hard_to_hire = !hard.is_empty();
    triggers.extend(hard);
    let lang = winner.name();
    let situation = match (one_person, hard_to_hire) {
        (true, true) => format!(
            "Only one person has run {lang} in production, and {lang} engineers are hard to \
             hire where you recruit."
        ),
        (true, false) => format!("Only one person has run {lang} in production."),
        (false, true) => format!(
            "{lang} engineers are hard to hire where you recruit, so replacing anyone who \
             leaves will be slow."
        ),
        (false, false) => return None,
    };
    Some(Found {
        message: format!(
            "{situation} A stack that a single person can maintain is a risk if they leave: \
             pair on it from day one and test the hiring market before committing."
        ),
        triggers,
    })
}

pub(super) fn rewrite_signs(view: &VisibleAnswers<'_>, _lead: Lead) -> Option<Found> {
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
    Some(Found {
        message: format!(
            "You named {} of the early signs of a painful rewrite. Fixing what causes them \
             comes before blaming the language: the agency 2026 guide (US market) puts a \
             rewrite after scale at 6–18 months, a Node.js→Go migration commonly at \
             $200k–$800k and a Python→Go migration of high-throughput pipelines at \
             $80k–$400k, and startup rewrites typically at 3–6 months with no new \
             features. Extracting one new service behind a gateway is cheaper than a full \
             rewrite.",
            count_words(triggers.len()).to_lowercase()
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

pub(super) fn heavy_jobs_later(view: &VisibleAnswers<'_>, lead: Lead) -> Option<Found> {
    // Not when Go leads, or is level enough with the leader that the trial may pick it.
    // Nor without a recommendation: there is no default yet to keep.
    if lead.leader().is_none_or(|l| l == Language::Go) || lead.close_second == Some(Language::Go) {
        return None;
    }
    let mut triggers = refs(view, "services_12m", &["cpu_heavy"]);
    let cpu_work_planned = !triggers.is_empty();
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
    let message = if cpu_work_planned {
        format!(
            "Start with {} as the default. The CPU-heavy work you plan this year can be one \
             small Go service beside it, instead of switching the whole backend.",
            lead.default_language()
        )
    } else {
        format!(
            "Start with {} as the default. If large file processing, high-volume queues or \
             CPU-heavy reports really appear, split that one job out as a small Go service \
             instead of switching the whole backend.",
            lead.default_language()
        )
    };
    Some(Found { message, triggers })
}

pub(super) fn nobody_knows_winner(view: &VisibleAnswers<'_>, lead: Lead) -> Option<Found> {
    let winner = lead.leader()?;
    let q = winner.proficiency_question();
    let lang = winner.name();
    let none = refs(view, q, &["none"]);
    if !none.is_empty() {
        return Some(Found {
            message: format!(
                "Nobody on the team knows {lang}. Do not make a language no one \
                 knows well the default: a fluent team needs roughly 3–6 months to get productive \
                 in a new one (startup studio guide). Either hire or borrow someone who has \
                 shipped {lang}, or let the trial compare it against what the team already knows."
            ),
            triggers: none,
        });
    }
    // Some experience but nobody has run it in production, while someone has
    // shipped another language: the team would leave what it knows best for a
    // language it has only tried. (A team that has shipped none of the three
    // learns production in any of them; a TypeScript frontend the backend
    // engineers share counts as knowing Node.js.)
    let shipped = experience::leaves_shipped(view, winner)?;
    let mut triggers = refs(view, q, &["some"]);
    for l in &shipped {
        triggers.extend(refs(view, l.proficiency_question(), experience::SHIPPED));
    }
    let known: Vec<&str> = shipped.iter().map(|l| l.name()).collect();
    Some(Found {
        message: format!(
            "Nobody on the team has run {lang} in production yet, while {known} has been \
             shipped: switching what a team knows best costs roughly 3–6 months of learning \
             curve (startup studio guide), and until then nobody could support a {lang} \
             service if its lead left. Pair with or borrow someone who has shipped {lang}, \
             or let the trial compare it against what the team already knows.",
            known = known.join(" and ")
        ),
        triggers,
    })
}

pub(super) fn leaving_codebase(view: &VisibleAnswers<'_>, lead: Lead) -> Option<Found> {
    let winner = lead.leader()?;
    let large = refs(view, "codebase_state", &["large_codebase"]);
    let language = view.single("codebase_language")?;
    if large.is_empty() || language == winner.id() {
        return None;
    }
    let mut triggers = large;
    triggers.push(AnswerRef::option("codebase_language", language));
    let current = Language::ALL
        .into_iter()
        .find(|l| l.id() == language)
        .map_or("another language", |l| l.name());
    Some(Found {
        message: format!(
            "{lead} leads, but a large codebase in {current} runs in production. Switching \
             means a rewrite: the agency 2026 guide (US market) says startup rewrites \
             typically take 3–6 months and ship no new features, and puts a rewrite after \
             scale at 6–18 months (a Node.js→Go migration commonly $200k–$800k, a Python→Go \
             migration of high-throughput pipelines $80k–$400k). Keep {current} as the default and extract one new \
             service in {lead} behind a gateway where it clearly pays off.",
            lead = winner.name()
        ),
        triggers,
    })
}
