//! The user's answers: question id → [`Answer`], kept valid by construction.
//!
//! Every setter checks ids against the questionnaire and returns an [`AnswerError`]
//! instead of storing something unknown. Answers to questions that are currently
//! hidden are kept (so toggling a condition loses nothing); scoring ignores them.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::questionnaire::{self, ChoiceOption, Question, QuestionKind};

/// The answer to one question. Ids are the questionnaire's own `'static` strings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// One option of a single-choice question.
    Single(&'static str),
    /// A non-empty set of options of a multi-choice question.
    Multi(BTreeSet<&'static str>),
    /// The user said "not sure".
    NotSure,
}

impl Answer {
    /// Whether this answer includes the option.
    pub fn includes(&self, option: &str) -> bool {
        match self {
            Answer::Single(o) => *o == option,
            Answer::Multi(set) => set.contains(option),
            Answer::NotSure => false,
        }
    }

    /// How many options are selected (0 for "not sure").
    pub fn selected_count(&self) -> usize {
        match self {
            Answer::Single(_) => 1,
            Answer::Multi(set) => set.len(),
            Answer::NotSure => 0,
        }
    }
}

/// Why an answer was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// No question has this id.
    UnknownQuestion(String),
    /// The question has no option with this id.
    UnknownOption { question: String, option: String },
    /// The question does not offer "not sure".
    NotSureNotAllowed(String),
    /// A single-choice setter was used on a multi-choice question or vice versa.
    WrongKind {
        question: String,
        expected: QuestionKind,
    },
    /// An exclusive option ("none of these") was combined with others.
    ExclusiveConflict { question: String, option: String },
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::UnknownQuestion(q) => write!(f, "there is no question `{q}`"),
            AnswerError::UnknownOption { question, option } => {
                write!(f, "question `{question}` has no option `{option}`")
            }
            AnswerError::NotSureNotAllowed(q) => {
                write!(f, "question `{q}` does not offer \"not sure\"")
            }
            AnswerError::WrongKind { question, expected } => {
                let kind = match expected {
                    QuestionKind::Single => "exactly one option",
                    QuestionKind::Multi => "a set of options",
                };
                write!(f, "question `{question}` takes {kind}")
            }
            AnswerError::ExclusiveConflict { question, option } => write!(
                f,
                "option `{option}` of `{question}` cannot be combined with other options"
            ),
        }
    }
}

impl std::error::Error for AnswerError {}

/// All answers given so far. Ordered by question id, so iteration is deterministic.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    map: BTreeMap<&'static str, Answer>,
}

fn find_question(id: &str) -> Result<&'static Question, AnswerError> {
    questionnaire::question(id).ok_or_else(|| AnswerError::UnknownQuestion(id.to_owned()))
}

fn find_option(q: &'static Question, id: &str) -> Result<&'static ChoiceOption, AnswerError> {
    q.option(id).ok_or_else(|| AnswerError::UnknownOption {
        question: q.id.to_owned(),
        option: id.to_owned(),
    })
}

fn expect_kind(q: &Question, kind: QuestionKind) -> Result<(), AnswerError> {
    if q.kind == kind {
        Ok(())
    } else {
        Err(AnswerError::WrongKind {
            question: q.id.to_owned(),
            expected: q.kind,
        })
    }
}

impl Answers {
    /// No answers.
    pub fn new() -> Answers {
        Answers::default()
    }

    /// The stored answer, visible or not.
    pub fn get(&self, question_id: &str) -> Option<&Answer> {
        self.map.get(question_id)
    }

    /// Whether the stored answer includes this option.
    pub fn is_selected(&self, question_id: &str, option_id: &str) -> bool {
        self.get(question_id).is_some_and(|a| a.includes(option_id))
    }

    /// Answers a single-choice question.
    pub fn set_single(&mut self, question_id: &str, option_id: &str) -> Result<(), AnswerError> {
        let q = find_question(question_id)?;
        expect_kind(q, QuestionKind::Single)?;
        let o = find_option(q, option_id)?;
        self.map.insert(q.id, Answer::Single(o.id));
        Ok(())
    }

    /// Replaces the selection of a multi-choice question. An empty selection clears
    /// the answer. Fails without changing anything if an id is unknown or an
    /// exclusive option is combined with others.
    pub fn set_multi<'s, I>(&mut self, question_id: &str, option_ids: I) -> Result<(), AnswerError>
    where
        I: IntoIterator<Item = &'s str>,
    {
        let q = find_question(question_id)?;
        expect_kind(q, QuestionKind::Multi)?;
        let mut set = BTreeSet::new();
        let mut exclusive = None;
        for id in option_ids {
            let o = find_option(q, id)?;
            if o.exclusive {
                exclusive = Some(o.id);
            }
            set.insert(o.id);
        }
        if let Some(ex) = exclusive
            && set.len() > 1
        {
            return Err(AnswerError::ExclusiveConflict {
                question: q.id.to_owned(),
                option: ex.to_owned(),
            });
        }
        if set.is_empty() {
            self.map.remove(q.id);
        } else {
            self.map.insert(q.id, Answer::Multi(set));
        }
        Ok(())
    }

    /// Ticks or unticks one option of a multi-choice question (checkbox behaviour).
    /// Ticking an exclusive option clears the others; ticking another option clears
    /// the exclusive one. "Not sure" is replaced by the ticked option. Unticking
    /// the service named as the heart of the product clears that answer (see
    /// [`questionnaire::drop_unoffered`]), so a checkbox edit never leaves a heart
    /// of the product that is not among the services to be exported or shared.
    pub fn toggle(&mut self, question_id: &str, option_id: &str) -> Result<(), AnswerError> {
        let q = find_question(question_id)?;
        expect_kind(q, QuestionKind::Multi)?;
        let o = find_option(q, option_id)?;
        let mut set = match self.map.remove(q.id) {
            Some(Answer::Multi(set)) => set,
            _ => BTreeSet::new(),
        };
        if set.contains(o.id) {
            set.remove(o.id);
        } else {
            if o.exclusive {
                set.clear();
            } else {
                set.retain(|id| q.option(id).is_some_and(|x| !x.exclusive));
            }
            set.insert(o.id);
        }
        if !set.is_empty() {
            self.map.insert(q.id, Answer::Multi(set));
        }
        questionnaire::drop_unoffered(self);
        Ok(())
    }

    /// Answers "not sure", if the question offers it.
    pub fn set_not_sure(&mut self, question_id: &str) -> Result<(), AnswerError> {
        let q = find_question(question_id)?;
        if !q.allows_not_sure {
            return Err(AnswerError::NotSureNotAllowed(q.id.to_owned()));
        }
        self.map.insert(q.id, Answer::NotSure);
        Ok(())
    }

    /// Removes an answer; returns whether there was one.
    pub fn clear(&mut self, question_id: &str) -> bool {
        self.map.remove(question_id).is_some()
    }

    /// Sets every answer of `other` (valid by construction), keeping answers to
    /// the questions it does not answer; returns whether anything changed.
    pub fn merge(&mut self, other: &Answers) -> bool {
        let mut changed = false;
        for (question_id, answer) in &other.map {
            if self.map.get(question_id) != Some(answer) {
                self.map.insert(question_id, answer.clone());
                changed = true;
            }
        }
        changed
    }

    /// Stores an already validated answer (used by the session decoder).
    pub(crate) fn insert_checked(&mut self, question: &'static Question, answer: Answer) {
        self.map.insert(question.id, answer);
    }

    /// All stored answers, ordered by question id.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &Answer)> {
        self.map.iter().map(|(k, v)| (*k, v))
    }

    /// Number of stored answers (visible or not).
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether nothing is answered.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn merging_sets_the_given_answers_and_keeps_the_others() {
        let mut mine = Answers::new();
        mine.set_single("team_size_now", "solo").unwrap();
        mine.set_not_sure("hiring_go").unwrap();
        let mut theirs = Answers::new();
        theirs.set_single("team_size_now", "two_to_three").unwrap();
        assert!(mine.merge(&theirs));
        assert!(mine.is_selected("team_size_now", "two_to_three"));
        assert_eq!(mine.get("hiring_go"), Some(&Answer::NotSure));
        assert!(!mine.merge(&theirs), "nothing new the second time");
        assert!(!mine.merge(&Answers::new()));
    }

    #[test]
    fn setters_reject_unknown_ids_and_wrong_kinds() {
        let mut a = Answers::new();
        assert!(matches!(
            a.set_single("nope", "x"),
            Err(AnswerError::UnknownQuestion(_))
        ));
        assert!(matches!(
            a.set_single("team_size_now", "huge"),
            Err(AnswerError::UnknownOption { .. })
        ));
        assert!(matches!(
            a.set_single("services_12m", "product_api"),
            Err(AnswerError::WrongKind { .. })
        ));
        assert!(matches!(
            a.set_multi("team_size_now", ["solo"]),
            Err(AnswerError::WrongKind { .. })
        ));
        assert!(matches!(
            a.set_not_sure("team_size_now"),
            Err(AnswerError::NotSureNotAllowed(_))
        ));
        assert!(a.is_empty());
        let err = a.set_single("team_size_now", "huge").unwrap_err();
        assert_eq!(
            err.to_string(),
            "question `team_size_now` has no option `huge`"
        );
    }

    #[test]
    fn exclusive_options_stay_exclusive() {
        let mut a = Answers::new();
        assert!(matches!(
            a.set_multi("observability", ["nothing_yet", "error_tracking"]),
            Err(AnswerError::ExclusiveConflict { .. })
        ));
        a.toggle("observability", "error_tracking").unwrap();
        a.toggle("observability", "opentelemetry").unwrap();
        a.toggle("observability", "nothing_yet").unwrap();
        assert_eq!(
            a.get("observability"),
            Some(&Answer::Multi(["nothing_yet"].into_iter().collect()))
        );
        a.toggle("observability", "cloud_logs").unwrap();
        assert_eq!(
            a.get("observability"),
            Some(&Answer::Multi(["cloud_logs"].into_iter().collect()))
        );
        a.toggle("observability", "cloud_logs").unwrap();
        assert_eq!(a.get("observability"), None);
    }

    #[test]
    fn empty_multi_clears_and_not_sure_is_replaced_by_toggle() {
        let mut a = Answers::new();
        a.set_not_sure("services_12m").unwrap();
        a.toggle("services_12m", "webhooks").unwrap();
        assert!(a.is_selected("services_12m", "webhooks"));
        a.set_multi("services_12m", []).unwrap();
        assert!(a.get("services_12m").is_none());
        assert!(!a.clear("services_12m"));
    }
}
