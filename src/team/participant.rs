//! One person taking part in a team decision: the name they want shown, their
//! answers and their priorities.
//!
//! Names come from links and files other people made, so they are cleaned here
//! once: control characters removed, whitespace trimmed, at most
//! [`MAX_PARTICIPANT_NAME_CHARS`] characters. The UI shows them as text, never as
//! HTML. Two participants are the same person when their names match ignoring case
//! ([`same_person`]): a newer reply from the same person replaces the older one.

use crate::model::answers::Answers;
use crate::model::weights::Weights;

/// The longest name a participant can be shown with (in characters). The same cap
/// applies to the name a reply link carries.
pub const MAX_PARTICIPANT_NAME_CHARS: usize = crate::share::MAX_NAME_CHARS;

/// The name given to a participant whose name is missing or blank.
pub const DEFAULT_PARTICIPANT_NAME: &str = "Colleague";

/// One person's view of the decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participant {
    /// Shown name, already cleaned (see [`participant_name`]).
    pub name: String,
    /// Their answers (valid by construction).
    pub answers: Answers,
    /// Their priorities.
    pub weights: Weights,
}

impl Participant {
    /// A participant; the name is cleaned, and a blank one becomes
    /// [`DEFAULT_PARTICIPANT_NAME`].
    pub fn new(name: &str, answers: Answers, weights: Weights) -> Participant {
        Participant {
            name: participant_name(name).unwrap_or_else(|| DEFAULT_PARTICIPANT_NAME.to_owned()),
            answers,
            weights,
        }
    }
}

/// A name as it will be shown: the same cleaning as a name in a link
/// ([`crate::share::link_name`]: control characters removed, trimmed, at most
/// [`MAX_PARTICIPANT_NAME_CHARS`] characters). `None` when nothing is left.
pub fn participant_name(raw: &str) -> Option<String> {
    crate::share::link_name(raw)
}

/// Whether two shown names belong to the same person (case and surrounding
/// whitespace ignored).
pub fn same_person(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    #[test]
    fn names_are_cleaned_and_capped() {
        assert_eq!(participant_name("  Ana  ").as_deref(), Some("Ana"));
        assert_eq!(participant_name("A\u{0}n\na").as_deref(), Some("Ana"));
        assert_eq!(participant_name(" \t\n"), None);
        let long = "x".repeat(50);
        assert_eq!(
            participant_name(&long).map(|n| n.chars().count()),
            Some(MAX_PARTICIPANT_NAME_CHARS)
        );
        // Capping never leaves trailing whitespace.
        let spaced = format!("{} b", "a".repeat(MAX_PARTICIPANT_NAME_CHARS - 1));
        assert_eq!(
            participant_name(&spaced),
            Some("a".repeat(MAX_PARTICIPANT_NAME_CHARS - 1))
        );
        // Markup is kept as text: the UI never renders it as HTML.
        assert_eq!(participant_name("<b>Bo</b>").as_deref(), Some("<b>Bo</b>"));
        let p = Participant::new("", Answers::new(), Weights::default());
        assert_eq!(p.name, DEFAULT_PARTICIPANT_NAME);
    }

    #[test]
    fn the_same_person_ignores_case_and_spaces() {
        assert!(same_person("Ana", " ana "));
        assert!(!same_person("Ana", "Anna"));
    }
}
