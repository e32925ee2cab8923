//! Deciding as a team: the people who took part, how their priorities and answers
//! combine into one decision, where they disagree and how much it matters.
//!
//! Plain Rust with no browser types. A [`Team`] is the participants (the lead
//! included, like anyone else) and the lead's settlements of disputed questions.
//! [`Team::combine`] gives a [`TeamResult`]: everyone's own evaluation, the
//! combined answers and priorities with their evaluation, the per-question
//! agreement, the disagreements ranked by how much they matter, the per-criterion
//! spread of priorities, and the consensus figure.
//!
//! * [`participant`]: names (cleaned and capped), answers and weights.
//! * [`priorities`]: the combination rule for weights (geometric mean with a floor).
//! * [`agreement`]: the majority proposal, alternatives, disputes and settlements.
//! * [`disagreement`]: what each alternative answer would do to the winner.
//! * [`consensus`]: the consensus figure and its definition.
//! * [`compare`]: two or more decisions side by side, or participants against
//!   the team's combined decision.
//! * [`short`]: the short reply (priorities, the team's skills, the hiring market).
//! * [`format`]: the `team` part of the session format (JSON).
//! * [`link`]: invitation (`#/i/`) and reply (`#/r/`) links on the share codec.

pub mod agreement;
pub mod compare;
pub mod consensus;
pub mod disagreement;
pub mod format;
pub mod link;
pub mod participant;
pub mod priorities;
pub mod short;

#[cfg(test)]
mod probes;
#[cfg(test)]
mod tests;

use std::fmt;

use crate::model::answers::{Answer, AnswerError, Answers};
use crate::model::evaluation::{Evaluation, evaluate};
use crate::model::weights::Weights;

pub use agreement::{AnswerGroup, QuestionAgreement, Standing};
pub use consensus::{CONSENSUS_DEFINITION, Consensus};
pub use disagreement::{Alternative, Disagreement};
pub use participant::{
    DEFAULT_PARTICIPANT_NAME, MAX_PARTICIPANT_NAME_CHARS, Participant, participant_name,
    same_person,
};
pub use priorities::{CriterionSpread, SpreadLevel, WEIGHT_FLOOR};

/// The most participants a team can have (each one costs an evaluation per view).
pub const MAX_PARTICIPANTS: usize = 30;

/// Why a participant could not be added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TeamError {
    /// Someone with the same name already takes part (at this index): ask whether
    /// the newer reply should replace theirs.
    SamePerson { index: usize, name: String },
    /// The team already has [`MAX_PARTICIPANTS`] participants.
    Full,
    /// No participant at this index.
    NoSuchParticipant(usize),
}

impl fmt::Display for TeamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TeamError::SamePerson { name, .. } => {
                write!(f, "{name} already takes part in this decision")
            }
            TeamError::Full => write!(
                f,
                "a decision can have at most {MAX_PARTICIPANTS} participants"
            ),
            TeamError::NoSuchParticipant(i) => write!(f, "there is no participant {}", i + 1),
        }
    }
}

impl std::error::Error for TeamError {}

/// The people taking part and the lead's settlements.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Team {
    /// Participants, in the order they joined.
    pub participants: Vec<Participant>,
    /// The lead's answer per settled question (valid by construction).
    pub settlements: Answers,
}

impl Team {
    /// Whether nobody takes part yet.
    pub fn is_empty(&self) -> bool {
        self.participants.is_empty()
    }

    /// The index of the participant with this name (see [`same_person`]).
    pub fn find(&self, name: &str) -> Option<usize> {
        self.participants
            .iter()
            .position(|p| same_person(&p.name, name))
    }

    /// Adds a participant; refuses a second reply from the same person (the caller
    /// asks, then calls [`Team::replace`]) and a full team.
    pub fn add(&mut self, participant: Participant) -> Result<usize, TeamError> {
        let existing = self
            .participants
            .iter()
            .enumerate()
            .find(|(_, p)| same_person(&p.name, &participant.name));
        if let Some((index, p)) = existing {
            return Err(TeamError::SamePerson {
                index,
                name: p.name.clone(),
            });
        }
        if self.participants.len() >= MAX_PARTICIPANTS {
            return Err(TeamError::Full);
        }
        self.participants.push(participant);
        Ok(self.participants.len() - 1)
    }

    /// Replaces the participant at `index` (a newer reply from the same person).
    pub fn replace(&mut self, index: usize, participant: Participant) -> Result<(), TeamError> {
        let slot = self
            .participants
            .get_mut(index)
            .ok_or(TeamError::NoSuchParticipant(index))?;
        *slot = participant;
        Ok(())
    }

    /// Removes the participant at `index`.
    pub fn remove(&mut self, index: usize) -> Result<Participant, TeamError> {
        if index >= self.participants.len() {
            return Err(TeamError::NoSuchParticipant(index));
        }
        Ok(self.participants.remove(index))
    }

    /// Settles a question with the team's answer.
    pub fn settle(&mut self, question_id: &str, answer: &Answer) -> Result<(), AnswerError> {
        match answer {
            Answer::Single(o) => self.settlements.set_single(question_id, o),
            Answer::Multi(set) => self.settlements.set_multi(question_id, set.iter().copied()),
            Answer::NotSure => self.settlements.set_not_sure(question_id),
        }
    }

    /// Reopens a settled question; returns whether it was settled.
    pub fn unsettle(&mut self, question_id: &str) -> bool {
        self.settlements.clear(question_id)
    }

    /// Combines everyone's views into one decision and explains the differences.
    pub fn combine(&self) -> TeamResult {
        let own: Vec<Evaluation> = self
            .participants
            .iter()
            .map(|p| evaluate(&p.answers, &p.weights))
            .collect();
        let all_weights: Vec<Weights> = self.participants.iter().map(|p| p.weights).collect();
        let weights = priorities::combine_weights(&all_weights);
        let spreads = priorities::spreads(&all_weights);
        let agreements = agreement::agreements(&self.participants, &self.settlements);
        let answers = agreement::combined_answers(&agreements);
        let evaluation = evaluate(&answers, &weights);
        let disagreements =
            disagreement::disagreements(&agreements, &answers, &weights, &evaluation);
        let consensus = consensus::consensus(&agreements, &spreads);
        TeamResult {
            own,
            answers,
            weights,
            evaluation,
            agreements,
            disagreements,
            spreads,
            consensus,
        }
    }
}

/// Everything the team view shows.
#[derive(Clone, Debug, PartialEq)]
pub struct TeamResult {
    /// Each participant's own evaluation, in participant order.
    pub own: Vec<Evaluation>,
    /// The combined answers (settlements, else majorities).
    pub answers: Answers,
    /// The combined priorities.
    pub weights: Weights,
    /// The combined decision, scored like any other.
    pub evaluation: Evaluation,
    /// Per question someone answered, in questionnaire order.
    pub agreements: Vec<QuestionAgreement>,
    /// Questions answered differently, most important first.
    pub disagreements: Vec<Disagreement>,
    /// Per criterion, in criterion order.
    pub spreads: Vec<CriterionSpread>,
    /// How close the team is.
    pub consensus: Consensus,
}

impl TeamResult {
    /// Questions answered differently and not settled yet.
    pub fn in_dispute(&self) -> impl Iterator<Item = &Disagreement> {
        self.disagreements
            .iter()
            .filter(|d| d.standing() == Standing::InDispute)
    }

    /// How many participants' own answers recommend the team's winner. Someone
    /// whose answers are too few for a recommendation of their own backs nobody,
    /// and is no dissent either (see [`TeamResult::undecided`]).
    pub fn backing(&self) -> usize {
        let winner = self.evaluation.winner();
        self.own
            .iter()
            .filter(|e| e.recommendation() == Some(winner))
            .count()
    }

    /// How many participants' own answers are too few for a recommendation.
    pub fn undecided(&self) -> usize {
        self.own
            .iter()
            .filter(|e| e.recommendation().is_none())
            .count()
    }

    /// Who backs the team's choice, in one sentence: "3 of 4 people's own answers
    /// pick Node.js, the team's choice; 1 answered too little to pick one."
    pub fn backing_sentence(&self) -> String {
        let deciding = self.own.len() - self.undecided();
        let mut s = format!(
            "{} of {deciding} people's own answers pick {}, the team's choice",
            self.backing(),
            self.evaluation.winner().name()
        );
        match self.undecided() {
            0 => {}
            1 => s.push_str("; 1 person answered too little to pick one"),
            n => s.push_str(&format!("; {n} people answered too little to pick one")),
        }
        s.push('.');
        s
    }
}
