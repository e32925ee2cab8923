//! What a share link decodes to: the answers and weights, mapped onto the live
//! questionnaire, plus a note for each part of the link that no longer applies.

use std::fmt;

use crate::model::answers::Answers;
use crate::model::questionnaire::OfferRepair;
use crate::model::weights::Weights;

/// A successfully decoded share link. The receiver recomputes scores from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodedShare {
    /// The format version the link was written in.
    pub version: u8,
    /// The name the link carries (a colleague's in a reply link, or a decision's
    /// short name), cleaned and at most 20 characters.
    pub name: Option<String>,
    /// The shared answers, valid for the live questionnaire.
    pub answers: Answers,
    /// The shared weights; criteria the link does not cover keep their defaults.
    pub weights: Weights,
    /// Parts of the link dropped or repaired because the questionnaire changed
    /// since it was written. Empty for links written by this version.
    pub notes: Vec<ShareNote>,
}

/// Something in an old link that the live questionnaire no longer has or no longer
/// allows, and what was done about it. The rest of the link is still used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareNote {
    /// The question no longer exists; its answer was dropped.
    QuestionRemoved {
        /// The question's id in the link's format.
        question: &'static str,
    },
    /// The option no longer exists; the rest of the answer was kept.
    OptionRemoved {
        /// The question's id.
        question: &'static str,
        /// The dropped option's id.
        option: &'static str,
    },
    /// The answer no longer fits the question (its kind, "not sure" or an
    /// exclusive option changed); it was dropped.
    AnswerRefused {
        /// The question's id.
        question: &'static str,
        /// Why the questionnaire refused it.
        reason: String,
    },
    /// The heart of the product named a service the link did not tick (earlier
    /// builds offered every service there); the service was added.
    OfferRepaired {
        /// What was added where.
        repair: OfferRepair,
    },
    /// The criterion no longer exists; its weight was dropped.
    CriterionRemoved {
        /// The criterion's id in the link's format.
        criterion: &'static str,
    },
}

impl fmt::Display for ShareNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareNote::QuestionRemoved { question } => write!(
                f,
                "The link answers question \"{question}\", which Stackwise no longer asks; that answer was left out."
            ),
            ShareNote::OptionRemoved { question, option } => write!(
                f,
                "The link chose \"{option}\" for question \"{question}\", an option Stackwise no longer offers; it was left out."
            ),
            ShareNote::AnswerRefused { question, reason } => write!(
                f,
                "The link's answer to question \"{question}\" no longer fits it ({reason}); that answer was left out."
            ),
            ShareNote::OfferRepaired { repair } => {
                write!(
                    f,
                    "The link's answers were completed: {}",
                    repair.describe()
                )
            }
            ShareNote::CriterionRemoved { criterion } => write!(
                f,
                "The link weighs criterion \"{criterion}\", which Stackwise no longer uses; that weight was left out."
            ),
        }
    }
}
