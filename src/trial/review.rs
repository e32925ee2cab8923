//! What the post-release review says: the signs of a bad fit it recorded
//! ([`super::knowledge::BAD_FIT_SIGNS`]), the outcome the team chose (or the one
//! the signs suggest), and, for "change early", what changing costs and the
//! advice to extract one service rather than rewrite.

use super::knowledge::{
    BAD_FIT_SIGNS, CHANGE_COSTS, ChangeCost, EXTRACT_ONE_SERVICE, SIGNS_FOR_CHANGE, SignTest,
};
use super::{Review, review_field};

/// The review's outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Keep the language.
    Keep,
    /// Change early, while it is cheap.
    ChangeEarly,
}

impl Outcome {
    /// As shown.
    pub const fn label(self) -> &'static str {
        match self {
            Outcome::Keep => "keep the language",
            Outcome::ChangeEarly => "change early",
        }
    }
}

/// What the review says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewVerdict {
    /// The signs of a bad fit recorded, as phrases ("the cloud bill is over the
    /// budget in the record").
    pub signs: Vec<&'static str>,
    /// The outcome the team recorded.
    pub chosen: Option<Outcome>,
    /// The outcome the signs suggest.
    pub suggested: Outcome,
    /// For "change early" (chosen, or suggested with none chosen): what changing
    /// costs; empty otherwise.
    pub change_costs: Vec<ChangeCost>,
    /// For "change early": extract one service rather than rewrite.
    pub extract: Option<ChangeCost>,
    /// Releases since the choice, when recorded.
    pub releases: Option<u64>,
}

impl ReviewVerdict {
    /// The verdict in one or two plain sentences.
    pub fn headline(&self) -> String {
        let signs = match self.signs.len() {
            0 => "No sign of a bad fit".to_owned(),
            1 => "One sign of a bad fit".to_owned(),
            n => format!("{n} signs of a bad fit"),
        };
        let list = if self.signs.is_empty() {
            String::new()
        } else {
            format!(": {}", self.signs.join("; "))
        };
        let outcome = match (self.chosen, self.suggested) {
            (None, Outcome::ChangeEarly) => "The signs suggest: change early.".to_owned(),
            (None, Outcome::Keep) if self.signs.is_empty() => {
                "Nothing suggests changing: keep the language.".to_owned()
            }
            (None, Outcome::Keep) => "One sign alone does not suggest changing: keep the \
                                      language and watch it at the next review."
                .to_owned(),
            (Some(chosen), suggested) if chosen == suggested => {
                format!("Outcome: {}.", chosen.label())
            }
            (Some(Outcome::Keep), _) => "Outcome: keep the language, although the signs \
                                         suggest changing early; say why in a note."
                .to_owned(),
            (Some(Outcome::ChangeEarly), _) if self.signs.is_empty() => {
                "Outcome: change early, although no sign of a bad fit was recorded; say why \
                 in a note."
                    .to_owned()
            }
            (Some(Outcome::ChangeEarly), _) => "Outcome: change early, although only one sign \
                                                points that way; say why in a note."
                .to_owned(),
        };
        // The review is meant for after the first real releases: before one, what
        // it records is an early impression.
        let early = if self.releases == Some(0) {
            " No real release has shipped yet, so this is an early impression: review again \
             after the first one or two."
        } else {
            ""
        };
        format!("{signs}{list}. {outcome}{early}")
    }
}

/// Reads a review.
pub fn verdict(review: &Review) -> ReviewVerdict {
    let r = &review.readings;
    let signs: Vec<&'static str> = BAD_FIT_SIGNS
        .iter()
        .filter(|sign| {
            review_field(sign.field).is_some_and(|field| match sign.test {
                SignTest::OneOf(options) => r.choice(field).is_some_and(|c| options.contains(&c)),
                SignTest::AtLeast(limit) => r.number(field).is_some_and(|n| n >= limit),
            })
        })
        .map(|sign| sign.meaning)
        .collect();
    let chosen = review_field("outcome").and_then(|f| r.choice(f)).map(|id| {
        if id == "change_early" {
            Outcome::ChangeEarly
        } else {
            Outcome::Keep
        }
    });
    let suggested = if signs.len() >= SIGNS_FOR_CHANGE {
        Outcome::ChangeEarly
    } else {
        Outcome::Keep
    };
    let changing = chosen.unwrap_or(suggested) == Outcome::ChangeEarly;
    ReviewVerdict {
        signs,
        chosen,
        suggested,
        change_costs: if changing {
            CHANGE_COSTS.to_vec()
        } else {
            Vec::new()
        },
        extract: changing.then_some(EXTRACT_ONE_SERVICE),
        releases: review_field("releases").and_then(|f| r.number(f)),
    }
}
