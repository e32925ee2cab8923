//! The three candidate backend languages, with stable ids and display names.
//!
//! The ids (`go`, `node`, `python`) are part of the session format and of the
//! questionnaire's option ids; they never change.

use std::fmt;

/// A candidate default backend language.
///
/// The declaration order (Go, Node.js, Python) is also the final, fixed tie-break
/// of the ranking (see `docs/scoring.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Language {
    Go,
    Node,
    Python,
}

/// Number of candidate languages.
pub const LANGUAGE_COUNT: usize = 3;

impl Language {
    /// Every language, in the fixed order used by all per-language arrays.
    pub const ALL: [Language; LANGUAGE_COUNT] = [Language::Go, Language::Node, Language::Python];

    /// Stable id used in stored sessions and option ids.
    pub const fn id(self) -> &'static str {
        match self {
            Language::Go => "go",
            Language::Node => "node",
            Language::Python => "python",
        }
    }

    /// Name shown to people.
    pub const fn name(self) -> &'static str {
        match self {
            Language::Go => "Go",
            Language::Node => "Node.js",
            Language::Python => "Python",
        }
    }

    /// The id of the question about how much of this language the team knows.
    pub const fn proficiency_question(self) -> &'static str {
        match self {
            Language::Go => "proficiency_go",
            Language::Node => "proficiency_node",
            Language::Python => "proficiency_python",
        }
    }

    /// The id of the question about hiring for this language.
    pub const fn hiring_question(self) -> &'static str {
        match self {
            Language::Go => "hiring_go",
            Language::Node => "hiring_node",
            Language::Python => "hiring_python",
        }
    }

    /// Position in [`Language::ALL`]; used to index per-language arrays.
    pub const fn index(self) -> usize {
        match self {
            Language::Go => 0,
            Language::Node => 1,
            Language::Python => 2,
        }
    }

    /// Looks a language up by its stable id.
    pub fn from_id(id: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.id() == id)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_indices_match_order() {
        for (i, l) in Language::ALL.into_iter().enumerate() {
            assert_eq!(Language::from_id(l.id()), Some(l));
            assert_eq!(l.index(), i);
        }
        assert_eq!(Language::from_id("rust"), None);
    }

    #[test]
    fn each_language_names_its_own_questions() {
        for l in Language::ALL {
            for id in [l.proficiency_question(), l.hiring_question()] {
                assert!(crate::model::question(id).is_some(), "{id}");
                assert!(id.ends_with(l.id()), "{id}");
            }
        }
    }
}
