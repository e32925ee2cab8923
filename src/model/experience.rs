//! What the answers say about the team's production experience per language:
//! whether someone has shipped it, and whether the leader would move the team off
//! a language it has shipped. The warnings and confidence read it, so "the team
//! knows it" means one thing everywhere.

use super::answers::Answer;
use super::language::Language;
use super::questionnaire::VisibleAnswers;

/// Proficiency options that mean someone has run the language in production.
pub(crate) const SHIPPED: &[&str] = &["one_shipped", "several_shipped"];

/// Whether someone on the team has shipped `language`: `None` while its
/// proficiency question is open (unanswered or "not sure").
pub(crate) fn shipped(view: &VisibleAnswers<'_>, language: Language) -> Option<bool> {
    match view.get(language.proficiency_question()) {
        None | Some(Answer::NotSure) => None,
        Some(answer) => Some(SHIPPED.iter().any(|o| answer.includes(o))),
    }
}

/// Whether `leader` is Node.js and the backend engineers share a TypeScript
/// frontend, which makes it known ground whatever the proficiency answers say.
fn known_ground(view: &VisibleAnswers<'_>, leader: Language) -> bool {
    leader == Language::Node && view.includes("typescript_frontend", "typescript_shared")
}

/// Whether `leader` would move the team off what it knows best: nobody has
/// shipped it (and, for Node.js, no shared TypeScript frontend makes it known
/// ground) while someone has shipped another language. `Some(languages shipped)`
/// when the answers say so; `None` when they do not, or cannot yet.
pub(crate) fn leaves_shipped(view: &VisibleAnswers<'_>, leader: Language) -> Option<Vec<Language>> {
    if shipped(view, leader) != Some(false) || known_ground(view, leader) {
        return None;
    }
    let others: Vec<Language> = Language::ALL
        .into_iter()
        .filter(|&l| l != leader && shipped(view, l) == Some(true))
        .collect();
    (!others.is_empty()).then_some(others)
}

/// Whether some plausible answers to the open questions would make
/// [`leaves_shipped`] hold: what confidence must allow for, so that answering
/// "not sure" never reads as more certain than an answer.
pub(crate) fn may_leave_shipped(view: &VisibleAnswers<'_>, leader: Language) -> bool {
    if shipped(view, leader) == Some(true) || known_ground(view, leader) {
        return false;
    }
    Language::ALL
        .into_iter()
        .any(|l| l != leader && shipped(view, l) != Some(false))
}
