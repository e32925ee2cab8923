//! Writing JSON of the current version. Fields come in a fixed order (format and version first),
//! answers in questionnaire order and multi-choice options in display order, so the
//! same session always produces the same text.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use super::trial_json::{ReviewOut, TrialOut};
use super::{CURRENT_VERSION, FORMAT, Session};
use crate::model::answers::{Answer, Answers};
use crate::model::questionnaire::{NOT_SURE_ID, QUESTIONS, Question};
use crate::model::weights::Weights;

struct Doc<'a>(&'a Session);
pub(crate) struct AnswersOut<'a>(pub(crate) &'a Answers);
struct AnswerOut<'a>(&'a Question, &'a Answer);
pub(crate) struct WeightsOut<'a>(pub(crate) &'a Weights);

impl Serialize for Doc<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let session = self.0;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("format", FORMAT)?;
        m.serialize_entry("version", &CURRENT_VERSION)?;
        m.serialize_entry("id", &session.id)?;
        m.serialize_entry("name", &session.name)?;
        m.serialize_entry("created_ms", &session.created_ms)?;
        m.serialize_entry("updated_ms", &session.updated_ms)?;
        m.serialize_entry("answers", &AnswersOut(&session.answers))?;
        m.serialize_entry("weights", &WeightsOut(&session.weights))?;
        m.serialize_entry("trial", &TrialOut(&session.trial))?;
        m.serialize_entry("review", &ReviewOut(&session.review))?;
        // Only a team decision has a team part; a missing one reads as empty.
        if !session.team.is_empty() || !session.team.settlements.is_empty() {
            m.serialize_entry(
                crate::team::format::FIELD,
                &crate::team::format::TeamOut(&session.team),
            )?;
        }
        m.end()
    }
}

impl Serialize for AnswersOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        for q in &QUESTIONS {
            if let Some(a) = self.0.get(q.id) {
                m.serialize_entry(q.id, &AnswerOut(q, a))?;
            }
        }
        m.end()
    }
}

impl Serialize for AnswerOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.1 {
            Answer::Single(o) => s.serialize_str(o),
            Answer::NotSure => s.serialize_str(NOT_SURE_ID),
            Answer::Multi(set) => {
                let mut seq = s.serialize_seq(Some(set.len()))?;
                for o in self.0.options.iter().filter(|o| set.contains(o.id)) {
                    seq.serialize_element(o.id)?;
                }
                seq.end()
            }
        }
    }
}

impl Serialize for WeightsOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(8))?;
        for (c, w) in self.0.iter() {
            m.serialize_entry(c.id(), &w)?;
        }
        m.end()
    }
}

/// Serializes a session. Serializing these plain types cannot fail; should it ever,
/// the result is an empty string, which `parse_session` rejects loudly.
pub(super) fn to_json(session: &Session, pretty: bool) -> String {
    let doc = Doc(session);
    let text = if pretty {
        serde_json::to_string_pretty(&doc)
    } else {
        serde_json::to_string(&doc)
    };
    text.unwrap_or_default()
}
