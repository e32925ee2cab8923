//! The verdict: what the open questions could still do to the result.
//!
//! Unknown is not evidence, so an open question (unanswered or "not sure") moves no
//! score. Instead it is evaluated over its plausible answers (every option of a
//! single-choice question; each option alone of a multi-choice one, and per rival
//! the options that together go furthest against the leader): each language
//! gets a range of overall scores, and the leader is **decided** only when no
//! plausible answer, alone or together with the others, would put another language
//! first. Otherwise the verdict names the answers that could change it, or, while
//! the team's skills or this year's services are still open, says it cannot decide
//! yet and names the questions that would decide it, most decisive first.
//!
//! Open questions are taken one at a time (the others as they are) and their
//! effects added up, which is exact for one open question and a close estimate for
//! several (rules that need two answers together are the exception). A
//! multi-choice question's combination is grown greedily, so it is exact in the
//! usual case of options that add up, and an estimate where they interact.

use std::collections::BTreeSet;

use super::answers::{Answer, Answers};
use super::knowledge::{RULES, SPREAD_CAPS, Trigger};
use super::language::{LANGUAGE_COUNT, Language};
use super::questionnaire::{self, Question, QuestionKind, VisibleAnswers};
use super::scoring::{self, Ranking};
use super::trace::AnswerRef;
use super::weights::Weights;

/// How many deciding questions or changing answers a verdict names at most.
pub const MAX_NAMED: usize = 3;

/// The questions that must be known before Stackwise recommends anything: the
/// team's skills and this year's services, the brief's two strongest factors.
pub const FOUNDATION: [&str; 4] = [
    "proficiency_go",
    "proficiency_node",
    "proficiency_python",
    "services_12m",
];

/// Lowest and highest overall score a language could reach over the plausible
/// answers to the open questions (the current score lies within).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoreRange {
    /// Lowest overall score.
    pub low: f64,
    /// Highest overall score.
    pub high: f64,
}

/// A plausible answer to an open question that would put another language first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Swing {
    /// The question and the answer.
    pub answer: AnswerRef,
    /// Who would then lead.
    pub leader: Language,
}

impl Swing {
    /// E.g. "How much Go does the team know? → Two or more people … (Go would lead)".
    pub fn describe(&self) -> String {
        format!(
            "{} ({} would lead)",
            self.answer.describe(),
            self.leader.name()
        )
    }
}

/// Why no language is recommended yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undecided {
    /// Neither the team's skills nor this year's services are known.
    NothingKnown,
    /// The top two are too close to call while these parts are still open.
    TooClose {
        /// Some of the team's proficiencies are open.
        skills: bool,
        /// This year's services are open.
        services: bool,
    },
}

impl Undecided {
    /// The reason, after "Cannot decide yet: ".
    fn reason(self) -> String {
        match self {
            Undecided::NothingKnown => {
                "nothing is known about the team's skills or this year's services".to_owned()
            }
            Undecided::TooClose { skills, services } => {
                let open = match (skills, services) {
                    (true, true) => "answers about the team's skills and this year's services are",
                    (true, false) => "answers about the team's skills are",
                    (false, true) => "this year's services are",
                    (false, false) => "answers are",
                };
                format!("the top two are too close to call while {open} still open")
            }
        }
    }
}

/// Whether the leader can still change.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Too little is known: no language is recommended yet.
    CannotDecide(Undecided),
    /// A leader is recommended, but some open answers could change it.
    Open,
    /// No plausible answer to the open questions would change the leader.
    Decided,
}

/// The verdict on a result.
#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    /// Cannot decide, open or decided.
    pub status: Status,
    /// Per language, in [`Language::ALL`] order.
    pub ranges: [ScoreRange; LANGUAGE_COUNT],
    /// The leader's smallest lead over any other language across the plausible
    /// answers (overall points; zero or less when it could lose first place).
    pub worst_lead: f64,
    /// Answers that alone would change the leader, most decisive first.
    pub could_change: Vec<Swing>,
    /// The open questions whose answers matter most, most decisive first.
    pub deciding: Vec<&'static str>,
}

impl Verdict {
    /// Whether a language is recommended at all.
    pub fn recommends(&self) -> bool {
        !matches!(self.status, Status::CannotDecide(_))
    }

    /// The range of one language.
    pub fn range(&self, language: Language) -> ScoreRange {
        self.ranges
            .get(language.index())
            .copied()
            .unwrap_or(ScoreRange {
                low: 0.0,
                high: 0.0,
            })
    }

    /// "could range 41–88", when the open answers could move a language's score.
    pub fn range_note(&self, language: Language) -> Option<String> {
        let range = self.range(language);
        (range.high - range.low >= 0.5)
            .then(|| format!("could range {:.0}–{:.0}", range.low, range.high))
    }

    /// The deciding questions' prompts, most decisive first.
    pub fn deciding_prompts(&self) -> Vec<&'static str> {
        self.deciding
            .iter()
            .map(|id| questionnaire::question(id).map_or(*id, |q| q.prompt))
            .collect()
    }

    /// One sentence for the result view, the live result and the record.
    pub fn sentence(&self, leader: Language) -> String {
        let quoted: Vec<String> = self
            .deciding_prompts()
            .iter()
            .map(|p| format!("\"{p}\""))
            .collect();
        match self.status {
            Status::CannotDecide(why) => format!(
                "Cannot decide yet: {}. The answers that would decide it: {}.",
                why.reason(),
                quoted.join("; ")
            ),
            Status::Decided => format!(
                "Decided: no remaining answer would put another language ahead of {}.",
                leader.name()
            ),
            Status::Open if !self.could_change.is_empty() => {
                let swings: Vec<String> = self.could_change.iter().map(Swing::describe).collect();
                format!("Could change if: {}.", swings.join("; "))
            }
            Status::Open => format!(
                "Could change if several open answers go against {}: {}.",
                leader.name(),
                quoted.join("; ")
            ),
        }
    }
}

/// Whether any scoring rule or cap reads this question.
fn read_by_scoring(id: &str) -> bool {
    RULES.iter().any(|r| trigger_reads(r.when, id))
        || SPREAD_CAPS.iter().any(|c| trigger_reads(c.when, id))
}

/// Whether this trigger reads the question `id`.
fn trigger_reads(when: Trigger, id: &str) -> bool {
    match when {
        Trigger::Chosen { question, .. } | Trigger::WhileHiring { question, .. }
            if question == id =>
        {
            true
        }
        Trigger::Unless { trigger, unless } => {
            unless.iter().any(|(q, _)| *q == id) || trigger_reads(*trigger, id)
        }
        Trigger::WhileHiring { .. } => {
            matches!(id, "time_to_hire" | "team_size_now" | "team_size_12m")
        }
        Trigger::ChosenWith {
            question,
            with_question,
            ..
        } => question == id || with_question == id,
        Trigger::Core { .. } => matches!(id, "core_workload" | "services_12m"),
        Trigger::Grows { earlier, later } => earlier == id || later == id,
        Trigger::Chosen { .. } => false,
    }
}

/// The plausible answers to a question: each option offered (each alone for
/// multi-choice).
fn plausible<'q>(
    q: &'q Question,
    answers: &'q Answers,
) -> impl Iterator<Item = (&'static str, Answer)> + 'q {
    let offered = q
        .options
        .iter()
        .filter(move |o| questionnaire::is_offered(answers, q.id, o.id));
    offered.map(move |o| {
        let answer = match q.kind {
            QuestionKind::Single => Answer::Single(o.id),
            QuestionKind::Multi => Answer::Multi(std::iter::once(o.id).collect()),
        };
        (o.id, answer)
    })
}

/// One plausible answer to one open question, and what it does.
struct Variation {
    question: &'static str,
    option: &'static str,
    /// Several options of a multi-choice question together (`option` among them):
    /// it counts in the ranges and the worst case, but is never named as an answer
    /// that alone would change the leader.
    combined: bool,
    /// Overall score change per language.
    delta: [f64; LANGUAGE_COUNT],
    leader: Language,
}

fn overall_all(ranking: &Ranking) -> [f64; LANGUAGE_COUNT] {
    Language::ALL.map(|l| ranking.overall(l))
}

/// Several options of a multi-choice question together can go further against the
/// leader than any one alone (a service that is the heart of the product, say,
/// next to one that narrows the lead elsewhere). Starting from the single option
/// with the smallest `gap` (the leader's lead over one rival, as a change), adds
/// whichever other option narrows it most, while one does. Returns the starting
/// option and the combination's change and leader, or `None` when no combination
/// goes further than the best single option.
fn worst_combination(
    singles: &[(&'static str, [f64; LANGUAGE_COUNT])],
    gap: impl Fn(&[f64; LANGUAGE_COUNT]) -> f64,
    try_set: &mut impl FnMut(BTreeSet<&'static str>) -> ([f64; LANGUAGE_COUNT], Language),
) -> Option<(&'static str, [f64; LANGUAGE_COUNT], Language)> {
    let &(start, start_delta) = singles
        .iter()
        .min_by(|a, b| gap(&a.1).total_cmp(&gap(&b.1)))?;
    let mut chosen = vec![start];
    let mut best: Option<([f64; LANGUAGE_COUNT], Language)> = None;
    loop {
        let now = best.map_or(gap(&start_delta), |(d, _)| gap(&d));
        let mut step: Option<(&'static str, [f64; LANGUAGE_COUNT], Language)> = None;
        for &(option, _) in singles {
            if chosen.contains(&option) {
                continue;
            }
            let (delta, lead) = try_set(chosen.iter().copied().chain([option]).collect());
            let better = step.map_or(now, |s| gap(&s.1));
            if gap(&delta) < better - 1e-9 {
                step = Some((option, delta, lead));
            }
        }
        let Some((option, delta, lead)) = step else {
            break;
        };
        chosen.push(option);
        best = Some((delta, lead));
    }
    best.map(|(delta, lead)| (start, delta, lead))
}

/// Works out the verdict for the answers, given the ranking they already produced.
pub(crate) fn assess(
    answers: &Answers,
    view: &VisibleAnswers<'_>,
    weights: &Weights,
    ranking: &Ranking,
) -> Verdict {
    let leader = ranking.winner();
    let base = overall_all(ranking);
    let mut open: Vec<&'static Question> = Vec::new();
    for (q, shown) in view.visibility().iter() {
        let unknown = matches!(view.get(q.id), None | Some(Answer::NotSure));
        if shown && unknown && read_by_scoring(q.id) {
            open.push(q);
        }
    }
    let mut variations: Vec<Variation> = Vec::new();
    let mut trial = answers.clone();
    let vary = |trial: &mut Answers, q: &'static Question, answer: Answer| {
        trial.insert_checked(q, answer);
        let sheet = scoring::score(&VisibleAnswers::new(trial));
        let r = scoring::rank(&sheet.scores, weights);
        let now = overall_all(&r);
        let mut delta = [0.0; LANGUAGE_COUNT];
        for (d, (n, b)) in delta.iter_mut().zip(now.iter().zip(base)) {
            *d = n - b;
        }
        (delta, r.winner())
    };
    for q in &open {
        let first = variations.len();
        for (option, answer) in plausible(q, answers) {
            let (delta, leader) = vary(&mut trial, q, answer);
            variations.push(Variation {
                question: q.id,
                option,
                combined: false,
                delta,
                leader,
            });
        }
        if q.kind == QuestionKind::Multi {
            // Per rival, the options together that go furthest against the leader.
            let singles: Vec<(&'static str, [f64; LANGUAGE_COUNT])> = variations[first..]
                .iter()
                .map(|v| (v.option, v.delta))
                .collect();
            for rival in Language::ALL.into_iter().filter(|&l| l != leader) {
                let gap = |d: &[f64; LANGUAGE_COUNT]| d[leader.index()] - d[rival.index()];
                let mut try_set = |set| vary(&mut trial, q, Answer::Multi(set));
                if let Some((start, delta, lead)) = worst_combination(&singles, gap, &mut try_set) {
                    variations.push(Variation {
                        question: q.id,
                        option: start,
                        combined: true,
                        delta,
                        leader: lead,
                    });
                }
            }
        }
        match answers.get(q.id) {
            Some(a) => trial.insert_checked(q, a.clone()),
            None => {
                trial.clear(q.id);
            }
        }
    }

    let mut ranges = base.map(|b| ScoreRange { low: b, high: b });
    let mut worst = [f64::INFINITY; LANGUAGE_COUNT];
    for l in Language::ALL {
        let i = l.index();
        if l != leader {
            worst[i] = base[leader.index()] - base[i];
        }
    }
    // Per question: the widest swing down and up, and the worst case for the leader.
    let mut swing_by_question: Vec<(&'static str, f64, bool)> = Vec::new();
    for q in &open {
        let of_q: Vec<&Variation> = variations.iter().filter(|v| v.question == q.id).collect();
        let mut cut = 0.0f64;
        for l in Language::ALL {
            let i = l.index();
            let deltas = of_q.iter().map(|v| v.delta[i]);
            let low = deltas.clone().fold(0.0f64, f64::min);
            let high = deltas.fold(0.0f64, f64::max);
            if let Some(r) = ranges.get_mut(i) {
                r.low += low;
                r.high += high;
            }
            if l != leader {
                let w = leader.index();
                let min_gap = of_q
                    .iter()
                    .map(|v| v.delta[w] - v.delta[i])
                    .fold(f64::INFINITY, f64::min);
                if min_gap.is_finite() {
                    // A question whose every answer helps the leader may also stay
                    // open: it never adds to the worst-case lead (as in the ranges).
                    worst[i] += min_gap.min(0.0);
                    cut = cut.max(-min_gap);
                }
            }
        }
        let flips = of_q.iter().any(|v| v.leader != leader);
        if cut > 1e-9 || flips {
            swing_by_question.push((q.id, cut, flips));
        }
    }
    for r in &mut ranges {
        r.low = r.low.clamp(0.0, 100.0);
        r.high = r.high.clamp(0.0, 100.0);
    }
    let worst_lead = Language::ALL
        .into_iter()
        .filter(|&l| l != leader)
        .map(|l| worst[l.index()])
        .fold(f64::INFINITY, f64::min);
    let worst_lead = if worst_lead.is_finite() {
        worst_lead
    } else {
        0.0
    };

    crate::small_sort::sort_by(&mut swing_by_question, |a, b| {
        b.2.cmp(&a.2).then(b.1.total_cmp(&a.1))
    });
    let deciding: Vec<&'static str> = swing_by_question
        .iter()
        .take(MAX_NAMED)
        .map(|s| s.0)
        .collect();

    let mut flipping: Vec<(&Variation, f64)> = variations
        .iter()
        .filter(|v| v.leader != leader && !v.combined)
        .map(|v| (v, v.delta[v.leader.index()] - v.delta[leader.index()]))
        .collect();
    crate::small_sort::sort_by(&mut flipping, |a, b| b.1.total_cmp(&a.1));
    let mut could_change: Vec<Swing> = Vec::new();
    for (v, _) in flipping {
        if could_change.len() == MAX_NAMED {
            break;
        }
        if could_change.iter().any(|s| s.answer.question == v.question) {
            continue;
        }
        could_change.push(Swing {
            answer: AnswerRef::option(v.question, v.option),
            leader: v.leader,
        });
    }

    let decided = open.is_empty() || (could_change.is_empty() && worst_lead > 0.0);
    let is_open = |id: &&str| open.iter().any(|q| q.id == *id);
    // Nothing known about the team or the work: no recommendation. Part of it
    // open (the team's skills, or this year's services): a provisional one when
    // what is known already sets a leader apart, as the brief's own scenarios do
    // from a workload or a team alone, naming the answers that could change it;
    // but when the top two are too close to call and the open part could decide
    // between them, those answers come first, not the trial.
    // A TypeScript frontend the backend engineers work on says what the team
    // writes as surely as a proficiency answer does.
    let nothing_known = FOUNDATION.iter().all(is_open)
        && !view.includes("typescript_frontend", "typescript_shared");
    let foundation_open = FOUNDATION.iter().any(is_open);
    let status = if nothing_known {
        Status::CannotDecide(Undecided::NothingKnown)
    } else if !decided && foundation_open && ranking.too_close_to_call() {
        Status::CannotDecide(Undecided::TooClose {
            skills: FOUNDATION
                .iter()
                .filter(|id| **id != "services_12m")
                .any(is_open),
            services: is_open(&"services_12m"),
        })
    } else if decided {
        Status::Decided
    } else {
        Status::Open
    };
    let mut deciding = deciding;
    if matches!(status, Status::CannotDecide(_)) && deciding.is_empty() {
        // Nothing open moves the lead on its own: name the foundation still open.
        deciding = FOUNDATION
            .iter()
            .copied()
            .filter(|id| is_open(id))
            .take(MAX_NAMED)
            .collect();
    }
    Verdict {
        status,
        ranges,
        worst_lead,
        could_change,
        deciding,
    }
}
