//! Ways back from the result to the questions still open: which step a question
//! is on, where "Edit answers" should go, and the confidence message split so its
//! "N questions are still open" phrase, and any question prompt a verdict quotes,
//! can link to the questions they name. Pure, so the UI only renders the parts.

use crate::model::questionnaire::{self, Visibility};
use crate::model::{Answers, Confidence, SECTIONS};

/// A piece of the confidence message: plain text, or a phrase that leads to a
/// question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part<'a> {
    /// Shown as is.
    Text(&'a str),
    /// Shown as a link to `question` (on step `step`).
    Link {
        /// The phrase.
        text: &'a str,
        /// The question's id.
        question: &'static str,
        /// The questionnaire step it is on.
        step: usize,
    },
}

/// The questionnaire step (0-based) a question is on.
pub fn step_of(question_id: &str) -> Option<usize> {
    let section = questionnaire::question(question_id)?.section;
    SECTIONS.iter().position(|s| s.id == section)
}

/// The first question shown but not answered, in questionnaire order.
pub fn first_open(answers: &Answers) -> Option<&'static str> {
    Visibility::of(answers)
        .iter()
        .find(|(q, shown)| *shown && answers.get(q.id).is_none())
        .map(|(q, _)| q.id)
}

/// Where "Edit answers" goes: the first open question's step, else the step the
/// user came to the result from, else the first step.
pub fn edit_step(answers: &Answers, came_from: Option<usize>) -> usize {
    first_open(answers)
        .and_then(step_of)
        .or(came_from)
        .unwrap_or(0)
}

/// The confidence message in parts: "N questions are still open" links to the
/// first open question, and every quoted question prompt to its question.
pub fn message_parts(confidence: &Confidence) -> Vec<Part<'_>> {
    let mut links = Vec::new();
    if let Some(&first) = confidence.unanswered.first() {
        let n = confidence.unanswered.len();
        let phrase = if n == 1 {
            "1 question is still open".to_owned()
        } else {
            format!("{n} questions are still open")
        };
        if let Some(at) = confidence.message.find(&phrase) {
            links.push((at, at + phrase.len(), first));
        }
    }
    split_at_links(&confidence.message, links)
}

/// Any text (a verdict, say) in parts: every question prompt it quotes
/// (`"…"`, as the model writes them) links to its question.
pub fn text_parts(text: &str) -> Vec<Part<'_>> {
    split_at_links(text, Vec::new())
}

/// Splits `text` at `links` (start, end, question) and at every quoted question
/// prompt, in order; overlapping spans keep the first.
fn split_at_links<'a>(
    text: &'a str,
    mut links: Vec<(usize, usize, &'static str)>,
) -> Vec<Part<'a>> {
    let mut from = 0;
    while let Some(open) = text.get(from..).and_then(|rest| rest.find('"')) {
        let prompt_at = from + open + 1;
        let Some(len) = text.get(prompt_at..).and_then(|rest| rest.find('"')) else {
            break;
        };
        let close = prompt_at + len;
        let quoted = text.get(prompt_at..close).and_then(|prompt| {
            questionnaire::questions()
                .iter()
                .find(|q| q.prompt == prompt)
        });
        match quoted {
            Some(q) => {
                links.push((prompt_at - 1, close + 1, q.id));
                from = close + 1;
            }
            None => from = prompt_at,
        }
    }
    crate::small_sort::sort(&mut links);
    let message = text;
    let mut parts = Vec::new();
    let mut done = 0;
    for (start, end, question) in links {
        let (Some(before), Some(text), Some(step)) = (
            message.get(done..start),
            message.get(start..end),
            step_of(question),
        ) else {
            continue;
        };
        if start < done {
            continue;
        }
        if !before.is_empty() {
            parts.push(Part::Text(before));
        }
        parts.push(Part::Link {
            text,
            question,
            step,
        });
        done = end;
    }
    if let Some(rest) = message.get(done..).filter(|rest| !rest.is_empty()) {
        parts.push(Part::Text(rest));
    }
    parts
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::model::{Weights, evaluate};

    fn joined(parts: &[Part<'_>]) -> String {
        parts
            .iter()
            .map(|p| match p {
                Part::Text(t) | Part::Link { text: t, .. } => *t,
            })
            .collect()
    }

    #[test]
    fn every_question_is_on_a_step() {
        for q in questionnaire::questions() {
            let step = step_of(q.id).unwrap();
            assert_eq!(SECTIONS[step].id, q.section);
        }
        assert_eq!(step_of("no_such_question"), None);
    }

    #[test]
    fn open_phrases_link_to_their_questions() {
        let nothing = Answers::new();
        let e = evaluate(&nothing, &Weights::default());
        let parts = message_parts(&e.confidence);
        assert_eq!(joined(&parts), e.confidence.message);
        let links: Vec<_> = parts
            .iter()
            .filter_map(|p| match p {
                Part::Link {
                    text,
                    question,
                    step,
                } => Some((*text, *question, *step)),
                Part::Text(_) => None,
            })
            .collect();
        assert_eq!(links.len(), 1, "{parts:?}");
        let (open, first, step) = links[0];
        assert!(open.ends_with("questions are still open"), "{open}");
        assert_eq!(Some(first), first_open(&nothing));
        assert_eq!(step, 0);
        // The verdict names the deciding questions by their prompts: each links.
        let sentence = e.verdict.sentence(e.winner());
        let parts = text_parts(&sentence);
        assert_eq!(joined(&parts), sentence);
        let quoted: Vec<_> = parts
            .iter()
            .filter_map(|p| match p {
                Part::Link { text, question, .. } => Some((*text, *question)),
                Part::Text(_) => None,
            })
            .collect();
        assert!(!quoted.is_empty(), "{sentence}");
        for (text, question) in quoted {
            let prompt = questionnaire::question(question).unwrap().prompt;
            assert_eq!(text, format!("\"{prompt}\""));
        }
    }

    #[test]
    fn a_complete_answer_set_has_no_links() {
        let mut answers = Answers::new();
        for q in questionnaire::questions() {
            let _ = answers.set_single(q.id, q.options[0].id);
            let _ = answers.set_multi(q.id, [q.options[0].id]);
        }
        assert_eq!(first_open(&answers), None);
        let e = evaluate(&answers, &Weights::default());
        let parts = message_parts(&e.confidence);
        assert!(
            parts.iter().all(|p| matches!(p, Part::Text(_))),
            "{parts:?}"
        );
        assert_eq!(edit_step(&answers, Some(4)), 4);
        assert_eq!(edit_step(&answers, None), 0);
        assert_eq!(edit_step(&Answers::new(), Some(4)), 0);
    }
}
