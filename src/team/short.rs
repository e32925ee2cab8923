//! The short reply: a colleague who answers only their priorities, their view of
//! the team's skills and the hiring market, and keeps every other answer as the
//! invitation carried it (the lead's starting answer, or none).
//!
//! Which questions a short reply asks is decided here, from the questionnaire's
//! section and question ids, so the colleague's page and its progress count the
//! same questions. What a reply link carries ([`ReplyScope`]) is decided here too:
//! a short reply carries only the answers it asks, so on every other question the
//! colleague takes no part on the lead's side, instead of seeming to agree with
//! the starting answers the invitation carried. The link's format is unchanged.

use crate::model::answers::Answers;
use crate::model::questionnaire::{QUESTIONS, Question, SECTIONS, Section, Visibility};

/// The team's skills: the "team" section's proficiency question per language.
/// The team's size and its frontend are facts the lead already knows.
pub const SKILL_QUESTIONS: [&str; 3] = ["proficiency_go", "proficiency_node", "proficiency_python"];

/// The sections a short reply asks whole: the hiring market.
pub const WHOLE_SECTIONS: [&str; 1] = ["hiring"];

/// Whether a short reply asks this question.
pub fn asks(question: &Question) -> bool {
    WHOLE_SECTIONS.contains(&question.section) || SKILL_QUESTIONS.contains(&question.id)
}

/// The questions a short reply asks, in questionnaire order (shown or not).
pub fn questions() -> impl Iterator<Item = &'static Question> {
    QUESTIONS.iter().filter(|q| asks(q))
}

/// The sections holding a question a short reply asks, in questionnaire order.
pub fn sections() -> impl Iterator<Item = &'static Section> {
    SECTIONS
        .iter()
        .filter(|s| questions().any(|q| q.section == s.id))
}

/// What a reply link carries besides the priorities and the name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplyScope {
    /// Every answer of the colleague's copy (the whole questionnaire's reply).
    Everything,
    /// Only the answers to the questions a short reply asks: the colleague's copy
    /// still holds the invitation's starting answers elsewhere, and sending them
    /// back would count them as the colleague agreeing with the lead.
    Short,
}

impl ReplyScope {
    /// The answers a reply in this scope carries.
    pub fn answers(self, answers: &Answers) -> Answers {
        let mut carried = answers.clone();
        if self == ReplyScope::Short {
            for q in QUESTIONS.iter().filter(|q| !asks(q)) {
                carried.clear(q.id);
            }
        }
        carried
    }
}

/// How a decision stands on the short path, over the questions currently shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Questions the short reply asks that are answered ("not sure" counts).
    pub answered: usize,
    /// Questions the short reply asks.
    pub asked: usize,
    /// Other questions, kept with the answer they have.
    pub kept: usize,
    /// Other questions, left unanswered.
    pub open: usize,
}

impl Coverage {
    /// Counts the shown questions of `answers`.
    pub fn of(answers: &Answers) -> Coverage {
        let mut c = Coverage::default();
        for (q, shown) in Visibility::of(answers).iter() {
            let answered = answers.get(q.id).is_some();
            match (shown, asks(q), answered) {
                (false, ..) => {}
                (true, true, a) => {
                    c.asked += 1;
                    c.answered += usize::from(a);
                }
                (true, false, true) => c.kept += 1,
                (true, false, false) => c.open += 1,
            }
        }
        c
    }

    /// What happens to the questions the short reply does not ask, in plain words.
    pub fn kept_sentence(&self) -> String {
        let others = self.kept + self.open;
        let (subject, keep, stay, answers, them) = if others == 1 {
            (
                "The other question".to_owned(),
                "keeps",
                "stays",
                "answer",
                "it",
            )
        } else {
            (
                format!("The other {others} questions"),
                "keep",
                "stay",
                "answers",
                "them",
            )
        };
        let left_out =
            format!("your reply leaves {them} out, so the team decides {them} without you");
        match (self.kept, self.open) {
            (0, 0) => "There are no other questions to answer.".to_owned(),
            (_, 0) => format!(
                "{subject} {keep} the starting {answers} your invitation carried in your own \
                 copy; {left_out}."
            ),
            (0, _) => format!(
                "{subject} {stay} unanswered (your invitation carried no starting {answers} \
                 for {them}); {left_out}."
            ),
            (kept, open) => format!(
                "{subject} {keep} the starting answers your invitation carried ({kept}) or \
                 {stay} unanswered ({open}) in your own copy; {left_out}."
            ),
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::model::questionnaire::{progress, question, section};
    use crate::model::tests::scenarios::scenario_a;
    use crate::model::tests::strategies::arb_answers;
    use proptest::prelude::*;

    #[test]
    fn asks_each_languages_skill_and_the_whole_hiring_market_and_nothing_else() {
        let ids: Vec<&str> = questions().map(|q| q.id).collect();
        assert_eq!(
            ids,
            [
                "proficiency_go",
                "proficiency_node",
                "proficiency_python",
                "hiring_go",
                "hiring_node",
                "hiring_python",
                "time_to_hire",
                "salary_pressure",
            ]
        );
        for id in ["team_size_now", "typescript_frontend", "services_12m"] {
            assert!(!asks(question(id).unwrap()), "{id}");
        }
        let titles: Vec<&str> = sections().map(|s| s.id).collect();
        assert_eq!(titles, ["team", "hiring"]);
    }

    #[test]
    fn its_ids_are_the_questionnaires() {
        for id in SKILL_QUESTIONS {
            assert_eq!(question(id).map(|q| q.section), Some("team"), "{id}");
        }
        for id in WHOLE_SECTIONS {
            assert!(section(id).is_some(), "{id}");
        }
    }

    #[test]
    fn progress_counts_only_the_questions_it_asks() {
        let none = Coverage::of(&Answers::new());
        assert_eq!((none.answered, none.asked), (0, 8));
        assert_eq!(none.kept, 0);
        assert_eq!(none.open, progress(&Answers::new()).1 - 8);

        let mut answers = Answers::new();
        answers.set_single("team_size_now", "four_to_six").unwrap();
        let other = Coverage::of(&answers);
        assert_eq!(
            (other.answered, other.kept),
            (0, 1),
            "an answer elsewhere is kept"
        );
        answers.set_not_sure("hiring_go").unwrap();
        assert_eq!(Coverage::of(&answers).answered, 1, "not sure counts");

        let full = Coverage::of(&scenario_a());
        assert_eq!((full.answered, full.asked, full.open), (8, 8, 0));
    }

    #[test]
    fn the_kept_answers_are_said_plainly() {
        let c = |kept, open| Coverage {
            kept,
            open,
            ..Coverage::default()
        };
        assert_eq!(
            c(26, 0).kept_sentence(),
            "The other 26 questions keep the starting answers your invitation carried in \
             your own copy; your reply leaves them out, so the team decides them without you."
        );
        assert_eq!(
            c(0, 1).kept_sentence(),
            "The other question stays unanswered (your invitation carried no starting \
             answer for it); your reply leaves it out, so the team decides it without you."
        );
        assert_eq!(
            c(3, 2).kept_sentence(),
            "The other 5 questions keep the starting answers your invitation carried (3) or \
             stay unanswered (2) in your own copy; your reply leaves them out, so the team \
             decides them without you."
        );
        assert_eq!(
            c(1, 0).kept_sentence(),
            "The other question keeps the starting answer your invitation carried in your \
             own copy; your reply leaves it out, so the team decides it without you."
        );
        assert_eq!(
            c(0, 0).kept_sentence(),
            "There are no other questions to answer."
        );
    }

    #[test]
    fn a_short_reply_does_not_count_as_agreeing_with_the_starting_answers() {
        use crate::model::weights::Weights;
        use crate::team::agreement::agreements;
        use crate::team::participant::Participant;
        // The lead's answers, carried by the invitation as the colleague's start.
        let lead = scenario_a();
        let mut colleague = lead.clone();
        colleague
            .set_single("proficiency_python", "several_shipped")
            .unwrap();
        let person = |name: &str, answers: Answers| Participant {
            name: name.to_owned(),
            answers,
            weights: Weights::default(),
        };
        let team = [
            person("Lee", lead.clone()),
            person("Cora", ReplyScope::Short.answers(&colleague)),
        ];
        for a in agreements(&team, &Answers::new()) {
            let expected = if asks(a.question) { 2 } else { 1 };
            assert_eq!(a.answered(), expected, "{}", a.question.id);
        }
        assert_eq!(ReplyScope::Everything.answers(&colleague), colleague);
    }

    proptest! {
        #[test]
        fn a_short_reply_carries_exactly_the_answers_it_asks(answers in arb_answers()) {
            let carried = ReplyScope::Short.answers(&answers);
            for q in QUESTIONS.iter() {
                let expected = if asks(q) { answers.get(q.id) } else { None };
                prop_assert_eq!(carried.get(q.id), expected, "{}", q.id);
            }
        }

        #[test]
        fn every_shown_question_is_asked_kept_or_open(answers in arb_answers()) {
            let c = Coverage::of(&answers);
            let (done, total) = progress(&answers);
            prop_assert_eq!(c.asked + c.kept + c.open, total);
            prop_assert_eq!(c.answered + c.kept, done);
        }
    }
}
