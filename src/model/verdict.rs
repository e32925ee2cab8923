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
//! several. An answer that shows follow-up questions (an existing codebase → its
//! language) is tried with each of their answers too. Where adding up could miss
//! something, when no single answer changes the leader, two more checks run:
//! pairs of open questions a rule needs together (low traffic *and* bursty
//! uptime) are tried in every combination, and per rival every open question is
//! set at once to its answer worst for the leader, then improved one question at a
//! time (scores held within 0..=100 do not add up). A multi-choice question's
//! combination is grown greedily, so it is exact in the usual case of options that
//! add up, and an estimate where they interact. A property test checks that a
//! decided leader survives every pair of answers to two open questions.

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
    offered.map(move |o| (o.id, single_answer(q, o.id)))
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

/// What one open question (or a pair) can do on its own, per language: the
/// furthest its plausible answers move the overall score down and up (0 when none
/// does), and per rival the most they cut the leader's lead (0 when none does).
struct Alone {
    low: [f64; LANGUAGE_COUNT],
    high: [f64; LANGUAGE_COUNT],
    gap: [f64; LANGUAGE_COUNT],
}

impl Alone {
    fn of<'d>(
        deltas: impl Iterator<Item = &'d [f64; LANGUAGE_COUNT]> + Clone,
        leader: Language,
    ) -> Alone {
        let w = leader.index();
        let mut effect = Alone {
            low: [0.0; LANGUAGE_COUNT],
            high: [0.0; LANGUAGE_COUNT],
            gap: [0.0; LANGUAGE_COUNT],
        };
        for d in deltas {
            for i in 0..LANGUAGE_COUNT {
                let (Some(&di), Some(&dw)) = (d.get(i), d.get(w)) else {
                    continue;
                };
                effect.low[i] = effect.low[i].min(di);
                effect.high[i] = effect.high[i].max(di);
                if i != w {
                    effect.gap[i] = effect.gap[i].min(dw - di);
                }
            }
        }
        effect
    }
}

/// The questions scoring reads that `trial` shows but the user's answers (seen
/// through `view`) hide, and that have no real answer of their own.
fn revealed(
    view: &VisibleAnswers<'_>,
    trial: &Answers,
    answers: &Answers,
) -> Vec<&'static Question> {
    let now = VisibleAnswers::new(trial);
    questionnaire::QUESTIONS
        .iter()
        .filter(|d| now.visibility().is_visible(d.id) && !view.visibility().is_visible(d.id))
        .filter(|d| matches!(answers.get(d.id), None | Some(Answer::NotSure)))
        .filter(|d| read_by_scoring(d.id))
        .collect()
}

/// `option` as the whole answer to `q` (alone, for a multi-choice question).
fn single_answer(q: &Question, option: &'static str) -> Answer {
    match q.kind {
        QuestionKind::Single => Answer::Single(option),
        QuestionKind::Multi => Answer::Multi(std::iter::once(option).collect()),
    }
}

/// Pairs of open questions (indices into `open`) whose answers some scoring rule
/// or cap needs together: of the questions one way of firing it needs
/// ([`needed_together`]), exactly these two are open. (With three open, the
/// pairs alone cannot show it either; that case is left to the estimate.)
fn coupled_pairs(open: &[&'static Question]) -> Vec<(usize, usize)> {
    let index = |id: &str| open.iter().position(|q| q.id == id);
    let triggers = RULES
        .iter()
        .map(|r| r.when)
        .chain(SPREAD_CAPS.iter().map(|c| c.when));
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for when in triggers {
        for group in needed_together(when) {
            let open_in_group: Vec<usize> = group.iter().filter_map(|id| index(id)).collect();
            if let [x, y] = open_in_group[..] {
                let pair = (x.min(y), x.max(y));
                if !pairs.contains(&pair) {
                    pairs.push(pair);
                }
            }
        }
    }
    pairs
}

/// The ways a trigger fires only on several answers at once, each as the
/// questions it needs: varied one at a time while another of them is open, none
/// shows what the rule does. An `Unless` adds none of its own: its trigger alone
/// already shows the rule's effect, and each exception alone shows it cancelled.
fn needed_together(when: Trigger) -> Vec<Vec<&'static str>> {
    match when {
        Trigger::ChosenWith {
            question,
            with_question,
            ..
        } => vec![vec![question, with_question]],
        Trigger::Grows { earlier, later } => vec![vec![earlier, later]],
        // Hiring this year: people needed soon, or a team that grows.
        Trigger::WhileHiring { question, .. } => vec![
            vec![question, "time_to_hire"],
            vec![question, "team_size_now", "team_size_12m"],
        ],
        Trigger::Unless { trigger, .. } => needed_together(*trigger),
        Trigger::Chosen { .. } | Trigger::Core { .. } => Vec::new(),
    }
}

/// Puts back the user's own answer to `q` (or none) in the trial answers.
fn restore(trial: &mut Answers, answers: &Answers, q: &'static Question) {
    match answers.get(q.id) {
        Some(a) => trial.insert_checked(q, a.clone()),
        None => {
            trial.clear(q.id);
        }
    }
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
    // The change in overall scores these answers make, and who then leads.
    let outcome = |trial: &Answers| {
        let scores = scoring::scores_only(&VisibleAnswers::new(trial));
        let r = scoring::rank(&scores, weights);
        let now = overall_all(&r);
        let mut delta = [0.0; LANGUAGE_COUNT];
        for (d, (n, b)) in delta.iter_mut().zip(now.iter().zip(base)) {
            *d = n - b;
        }
        (delta, r.winner())
    };
    let vary = |trial: &mut Answers, q: &'static Question, answer: Answer| {
        trial.insert_checked(q, answer);
        outcome(trial)
    };
    for q in &open {
        let first = variations.len();
        let has_follow_ups = questionnaire::QUESTIONS
            .iter()
            .any(|d| d.condition.is_some_and(|c| c.question() == q.id));
        for (option, answer) in plausible(q, answers) {
            let (delta, leader) = vary(&mut trial, q, answer);
            variations.push(Variation {
                question: q.id,
                option,
                combined: false,
                delta,
                leader,
            });
            // The follow-up questions this answer shows (the language of an existing
            // codebase, say) are open too: their answers count with this one.
            let follow_up_questions = if has_follow_ups {
                revealed(view, &trial, answers)
            } else {
                Vec::new()
            };
            for d in follow_up_questions {
                let follow_ups: Vec<Answer> = plausible(d, &trial).map(|(_, a)| a).collect();
                for follow_up in follow_ups {
                    let (delta, leader) = vary(&mut trial, d, follow_up);
                    variations.push(Variation {
                        question: q.id,
                        option,
                        combined: true,
                        delta,
                        leader,
                    });
                }
                restore(&mut trial, answers, d);
            }
        }
        if q.kind == QuestionKind::Multi {
            // Per rival, the options together that go furthest against the leader.
            let singles: Vec<(&'static str, [f64; LANGUAGE_COUNT])> = variations[first..]
                .iter()
                .filter(|v| !v.combined)
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
        restore(&mut trial, answers, q);
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
    let mut alone: Vec<Alone> = Vec::with_capacity(open.len());
    for q in &open {
        let of_q: Vec<&Variation> = variations.iter().filter(|v| v.question == q.id).collect();
        let effect = Alone::of(of_q.iter().map(|v| &v.delta), leader);
        let mut cut = 0.0f64;
        for l in Language::ALL {
            let i = l.index();
            if let Some(r) = ranges.get_mut(i) {
                r.low += effect.low[i];
                r.high += effect.high[i];
            }
            if l != leader {
                // A question whose every answer helps the leader may also stay
                // open: it never adds to the worst-case lead (as in the ranges).
                worst[i] += effect.gap[i];
                cut = cut.max(-effect.gap[i]);
            }
        }
        let flips = of_q.iter().any(|v| v.leader != leader);
        if cut > 1e-9 || flips {
            swing_by_question.push((q.id, cut, flips));
        }
        alone.push(effect);
    }
    // Two open questions a rule reads together (low traffic *and* bursty uptime, a
    // market answer *while* the team hires) can act only together: their answers
    // are tried in pairs, and what a pair does beyond the sum of each alone widens
    // the ranges and the worst case, and can name them as deciding. Only needed
    // when no single answer changes the leader already (then the verdict is open
    // whatever pairs do, and the ranges stay the one-at-a-time estimate): trying
    // every pair costs several times the rest of the verdict.
    let one_answer_flips = variations.iter().any(|v| v.leader != leader && !v.combined);
    let pairs = if one_answer_flips {
        Vec::new()
    } else {
        coupled_pairs(&open)
    };
    for (x, y) in pairs {
        let (Some(qx), Some(qy), Some(ax), Some(ay)) =
            (open.get(x), open.get(y), alone.get(x), alone.get(y))
        else {
            continue;
        };
        let mut joint: Vec<([f64; LANGUAGE_COUNT], Language)> = Vec::new();
        for (_, answer_x) in plausible(qx, answers) {
            trial.insert_checked(qx, answer_x);
            let ys: Vec<Answer> = plausible(qy, &trial).map(|(_, a)| a).collect();
            for answer_y in ys {
                joint.push(vary(&mut trial, qy, answer_y));
            }
            restore(&mut trial, answers, qy);
        }
        restore(&mut trial, answers, qx);
        let together = Alone::of(joint.iter().map(|j| &j.0), leader);
        let mut cut = 0.0f64;
        for l in Language::ALL {
            let i = l.index();
            if let Some(r) = ranges.get_mut(i) {
                r.low += (together.low[i] - ax.low[i] - ay.low[i]).min(0.0);
                r.high += (together.high[i] - ax.high[i] - ay.high[i]).max(0.0);
            }
            if l != leader {
                worst[i] += (together.gap[i] - ax.gap[i] - ay.gap[i]).min(0.0);
                cut = cut.max(-together.gap[i]);
            }
        }
        if joint.iter().any(|j| j.1 != leader) {
            for id in [qx.id, qy.id] {
                match swing_by_question.iter_mut().find(|s| s.0 == id) {
                    Some(s) => {
                        s.1 = s.1.max(cut);
                        s.2 = true;
                    }
                    None => swing_by_question.push((id, cut, true)),
                }
            }
        }
    }
    // Every open question at once, against each rival: first each at its answer
    // worst for the leader alone, then, one question after another, any answer
    // that cuts the lead further on top of those. Adding up one-at-a-time effects
    // misses what only shows together (scores are held within 0..=100, so an
    // answer that moves nothing alone can add to another); this combination shows
    // it. Skipped, like the pairs, when one answer alone already changes the leader.
    if !one_answer_flips && open.len() > 1 {
        for rival in Language::ALL.into_iter().filter(|&l| l != leader) {
            let i = rival.index();
            let cut = |d: &[f64; LANGUAGE_COUNT]| d[leader.index()] - d[i];
            let mut together = answers.clone();
            let mut neutral: Vec<&'static Question> = Vec::new();
            for q in &open {
                let worst_alone = variations
                    .iter()
                    .filter(|v| v.question == q.id && !v.combined)
                    .min_by(|a, b| cut(&a.delta).total_cmp(&cut(&b.delta)));
                match worst_alone.filter(|v| cut(&v.delta) < 0.0) {
                    Some(v) => together.insert_checked(q, single_answer(q, v.option)),
                    None => neutral.push(q),
                }
            }
            let mut lowest = cut(&outcome(&together).0);
            for q in neutral {
                let options: Vec<Answer> = plausible(q, &together).map(|(_, a)| a).collect();
                let kept = together.get(q.id).cloned();
                let mut best: Option<Answer> = None;
                for answer in options {
                    let now = cut(&vary(&mut together, q, answer.clone()).0);
                    if now < lowest - 1e-9 {
                        lowest = now;
                        best = Some(answer);
                    }
                }
                match best.or(kept) {
                    Some(answer) => together.insert_checked(q, answer),
                    None => {
                        together.clear(q.id);
                    }
                }
            }
            if let Some(w) = worst.get_mut(i) {
                // As a change of the lead, like the sum of the questions' cuts.
                *w = w.min(base[leader.index()] - base[i] + lowest);
            }
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
