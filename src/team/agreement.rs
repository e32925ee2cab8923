//! Combining the team's answers, question by question.
//!
//! For each question someone answered, the participants are grouped by the answer
//! they gave. The app proposes the majority answer (ties go to the answer that
//! comes first in the questionnaire's option order, "not sure" last, so the order
//! of the participants never matters) and keeps the others as alternatives. When
//! answers differ, the question is *in dispute* until the lead settles it; a
//! settlement (any valid answer, usually one of the alternatives) then replaces the
//! proposal. A participant who left a question open takes no part in it.

use crate::model::answers::{Answer, Answers};
use crate::model::questionnaire::{QUESTIONS, Question};

use super::participant::Participant;

/// The participants (by index into the team's list) who gave one answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerGroup {
    /// The answer.
    pub answer: Answer,
    /// Indices of the participants who gave it, in list order.
    pub participants: Vec<usize>,
}

impl AnswerGroup {
    /// Who gave this answer, by the names at the participants' indices, joined
    /// by commas.
    pub fn who<S: AsRef<str>>(&self, names: &[S]) -> String {
        self.participants
            .iter()
            .filter_map(|&i| names.get(i))
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Where the team stands on one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Everyone who answered gave the same answer.
    Agreed,
    /// Answers differ and the lead has not settled the question.
    InDispute,
    /// Answers differ (or not) and the lead chose the team's answer.
    Settled,
}

/// The team's answers to one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionAgreement {
    /// The question.
    pub question: &'static Question,
    /// Every distinct answer given, the proposal (majority) first, then by votes.
    pub groups: Vec<AnswerGroup>,
    /// The lead's settlement, if any.
    pub settlement: Option<Answer>,
}

impl QuestionAgreement {
    /// The majority answer the app proposes.
    pub fn proposal(&self) -> Option<&Answer> {
        self.groups.first().map(|g| &g.answer)
    }

    /// The team's answer: the settlement, else the proposal.
    pub fn chosen(&self) -> Option<&Answer> {
        self.settlement.as_ref().or_else(|| self.proposal())
    }

    /// Whether participants gave different answers.
    pub fn differs(&self) -> bool {
        self.groups.len() > 1
    }

    /// Agreed, in dispute or settled.
    pub fn standing(&self) -> Standing {
        if self.settlement.is_some() {
            Standing::Settled
        } else if self.differs() {
            Standing::InDispute
        } else {
            Standing::Agreed
        }
    }

    /// The groups whose answer is not the team's answer.
    pub fn alternatives(&self) -> impl Iterator<Item = &AnswerGroup> {
        let chosen = self.chosen();
        self.groups
            .iter()
            .filter(move |g| Some(&g.answer) != chosen)
    }

    /// How many participants answered this question.
    pub fn answered(&self) -> usize {
        self.groups.iter().map(|g| g.participants.len()).sum()
    }
}

/// A sort key that puts answers in questionnaire order: real answers by their
/// option positions, "not sure" last.
pub(crate) fn answer_key(question: &Question, answer: &Answer) -> (u8, Vec<usize>) {
    let position = |id: &str| question.option_index(id).unwrap_or(usize::MAX);
    match answer {
        Answer::Single(o) => (0, vec![position(o)]),
        Answer::Multi(set) => {
            let mut positions: Vec<usize> = set.iter().map(|o| position(o)).collect();
            crate::small_sort::sort(&mut positions);
            (0, positions)
        }
        Answer::NotSure => (1, Vec::new()),
    }
}

/// An answer as people read it: the option's label, the labels of a set joined
/// by commas (in display order), or "Not sure".
pub fn answer_label(question: &Question, answer: &Answer) -> String {
    match answer {
        Answer::Single(o) => question.option(o).map_or(*o, |o| o.label).to_owned(),
        Answer::Multi(set) => question
            .options
            .iter()
            .filter(|o| set.contains(o.id))
            .map(|o| o.label)
            .collect::<Vec<_>>()
            .join(", "),
        Answer::NotSure => "Not sure".to_owned(),
    }
}

/// Groups the participants' answers to one question; `None` when nobody answered
/// it and the lead did not settle it.
pub fn question_agreement(
    question: &'static Question,
    participants: &[Participant],
    settlements: &Answers,
) -> Option<QuestionAgreement> {
    let mut groups: Vec<AnswerGroup> = Vec::new();
    for (index, p) in participants.iter().enumerate() {
        let Some(answer) = p.answers.get(question.id) else {
            continue;
        };
        match groups.iter_mut().find(|g| &g.answer == answer) {
            Some(g) => g.participants.push(index),
            None => groups.push(AnswerGroup {
                answer: answer.clone(),
                participants: vec![index],
            }),
        }
    }
    let settlement = settlements.get(question.id).cloned();
    if groups.is_empty() && settlement.is_none() {
        return None;
    }
    crate::small_sort::sort_by(&mut groups, |a, b| {
        b.participants
            .len()
            .cmp(&a.participants.len())
            .then_with(|| answer_key(question, &a.answer).cmp(&answer_key(question, &b.answer)))
    });
    Some(QuestionAgreement {
        question,
        groups,
        settlement,
    })
}

/// Every question someone answered (or the lead settled), in questionnaire order.
pub fn agreements(participants: &[Participant], settlements: &Answers) -> Vec<QuestionAgreement> {
    QUESTIONS
        .iter()
        .filter_map(|q| question_agreement(q, participants, settlements))
        .collect()
}

/// The team's combined answers: per question the settlement, else the majority.
pub fn combined_answers(agreements: &[QuestionAgreement]) -> Answers {
    let mut answers = Answers::new();
    for a in agreements {
        if let Some(chosen) = a.chosen() {
            answers.insert_checked(a.question, chosen.clone());
        }
    }
    answers
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::model::questionnaire::question;
    use crate::model::weights::Weights;

    fn person(name: &str, pairs: &[(&str, &str)]) -> Participant {
        let mut a = Answers::new();
        for (q, o) in pairs {
            a.set_single(q, o).unwrap();
        }
        Participant::new(name, a, Weights::default())
    }

    #[test]
    fn the_majority_is_proposed_and_the_rest_kept() {
        let team = [
            person("Ana", &[("team_size_now", "solo"), ("hiring_go", "hard")]),
            person("Bo", &[("team_size_now", "two_to_three")]),
            person("Cy", &[("team_size_now", "two_to_three")]),
        ];
        let all = agreements(&team, &Answers::new());
        let size = all
            .iter()
            .find(|a| a.question.id == "team_size_now")
            .unwrap();
        assert_eq!(size.proposal(), Some(&Answer::Single("two_to_three")));
        assert_eq!(size.standing(), Standing::InDispute);
        let alternatives: Vec<_> = size.alternatives().collect();
        assert_eq!(alternatives.len(), 1);
        assert_eq!(alternatives[0].participants, vec![0]);
        assert_eq!(size.answered(), 3);
        let go = all.iter().find(|a| a.question.id == "hiring_go").unwrap();
        assert_eq!(go.standing(), Standing::Agreed, "one answer is no dispute");
        let combined = combined_answers(&all);
        assert!(combined.is_selected("team_size_now", "two_to_three"));
        assert!(combined.is_selected("hiring_go", "hard"));
    }

    #[test]
    fn a_settlement_replaces_the_proposal() {
        let team = [
            person("Ana", &[("team_size_now", "solo")]),
            person("Bo", &[("team_size_now", "two_to_three")]),
        ];
        let q = question("team_size_now").unwrap();
        let open = question_agreement(q, &team, &Answers::new()).unwrap();
        // A tie goes to the option that comes first in the questionnaire.
        assert_eq!(open.proposal(), Some(&Answer::Single("solo")));
        let mut settled = Answers::new();
        settled.set_single("team_size_now", "two_to_three").unwrap();
        let a = question_agreement(q, &team, &settled).unwrap();
        assert_eq!(a.standing(), Standing::Settled);
        assert_eq!(a.chosen(), Some(&Answer::Single("two_to_three")));
        assert_eq!(a.alternatives().count(), 1);
        assert!(question_agreement(question("hiring_go").unwrap(), &team, &settled).is_none());
    }

    #[test]
    fn answers_read_as_their_labels() {
        let size = question("team_size_now").unwrap();
        assert_eq!(
            answer_label(size, &Answer::Single("solo")),
            "Just one engineer"
        );
        assert_eq!(answer_label(size, &Answer::NotSure), "Not sure");
        let services = question("services_12m").unwrap();
        let set = ["webhooks", "product_api"].into_iter().collect();
        assert_eq!(
            answer_label(services, &Answer::Multi(set)),
            "Product API, Webhooks and integrations"
        );
    }
}
