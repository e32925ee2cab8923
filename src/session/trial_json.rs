//! The `trial` and `review` parts of the session format (version 2): reading with
//! the same repair-or-refuse policy as the rest of the session, and writing in
//! field order so the same data always gives the same text.
//!
//! Values outside a field's limits (a negative memory) and unknown ids are dropped
//! with a note; a value of the wrong JSON type (a latency of `"fast"`) is an error
//! naming its path, like a string weight.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{Map, Value};

use super::decode::expected;
use super::error::{RepairNote, SessionError};
use crate::model::language::Language;
use crate::trial::fields::{
    self, ASSUMPTION_FIELDS, Field, FieldKind, REVIEW_FIELDS, SCORECARD_FIELDS,
};
use crate::trial::readings::{self, MAX_NOTE_CHARS};
use crate::trial::{Reading, Readings, Review, Scorecard, Trial};

/// Reads the `trial` field.
pub(super) fn trial_field(
    value: Option<&Value>,
    notes: &mut Vec<RepairNote>,
) -> Result<Trial, SessionError> {
    let mut trial = Trial::default();
    let map = match value {
        // Absent means nothing recorded, as for the team: not a repair.
        None | Some(Value::Null) => return Ok(trial),
        Some(Value::Object(map)) => map,
        Some(other) => return Err(expected("trial", "an object", other)),
    };
    for key in map.keys() {
        if key != "scorecards" && key != "assumptions" {
            notes.push(RepairNote::new(
                format!("trial.{key}"),
                "not part of the trial; ignored",
            ));
        }
    }
    match map.get("scorecards") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                scorecard(&mut trial, item, &format!("trial.scorecards[{i}]"), notes)?;
            }
        }
        Some(other) => {
            return Err(expected(
                "trial.scorecards",
                "an array of scorecards",
                other,
            ));
        }
    }
    match map.get("assumptions") {
        None | Some(Value::Null) => {}
        Some(Value::Object(map)) => {
            let found = readings_of(map, "trial.assumptions", Keys::Assumptions, notes)?;
            for (field, _) in &ASSUMPTION_FIELDS {
                if let Some(n) = found.number(field) {
                    // Within limits: `readings_of` checked them.
                    let _ = trial.set_assumption_number(field, Some(n));
                }
            }
        }
        Some(other) => {
            return Err(expected("trial.assumptions", "an object", other));
        }
    }
    Ok(trial)
}

fn scorecard(
    trial: &mut Trial,
    item: &Value,
    path: &str,
    notes: &mut Vec<RepairNote>,
) -> Result<(), SessionError> {
    let Value::Object(map) = item else {
        return Err(expected(path, "a scorecard object", item));
    };
    let language = match map.get("language") {
        None | Some(Value::Null) => {
            notes.push(RepairNote::new(
                format!("{path}.language"),
                "missing; scorecard dropped",
            ));
            return Ok(());
        }
        Some(Value::String(id)) => match Language::from_id(id) {
            Some(l) => l,
            None => {
                notes.push(RepairNote::new(
                    format!("{path}.language"),
                    format!("unknown language \"{id}\"; scorecard dropped"),
                ));
                return Ok(());
            }
        },
        Some(other) => {
            return Err(expected(
                &format!("{path}.language"),
                "a language id",
                other,
            ));
        }
    };
    if trial.scorecard(language).is_some() {
        notes.push(RepairNote::new(
            path,
            format!("a second scorecard for {language}; dropped"),
        ));
        return Ok(());
    }
    let found = readings_of(map, path, Keys::Scorecard, notes)?;
    trial.scorecard_mut(language).readings = found;
    Ok(())
}

/// Which fields a JSON object of readings holds.
#[derive(Clone, Copy)]
enum Keys {
    /// Scorecard fields, `notes`, and `language` (read separately).
    Scorecard,
    /// Calculator assumptions, no notes.
    Assumptions,
    /// Review fields and `notes`.
    Review,
}

impl Keys {
    fn field(self, id: &str) -> Option<&'static Field> {
        match self {
            Keys::Scorecard => fields::find(&SCORECARD_FIELDS, id),
            Keys::Assumptions => fields::find_assumption(id),
            Keys::Review => fields::find(&REVIEW_FIELDS, id),
        }
    }

    fn has_notes(self) -> bool {
        !matches!(self, Keys::Assumptions)
    }

    fn is_reserved(self, key: &str) -> bool {
        matches!(self, Keys::Scorecard) && key == "language"
    }
}

/// Reads the `review` field.
pub(super) fn review_field(
    value: Option<&Value>,
    notes: &mut Vec<RepairNote>,
) -> Result<Review, SessionError> {
    match value {
        // Absent means nothing recorded: not a repair.
        None | Some(Value::Null) => Ok(Review::default()),
        Some(Value::Object(map)) => Ok(Review {
            readings: readings_of(map, "review", Keys::Review, notes)?,
        }),
        Some(other) => Err(expected("review", "an object", other)),
    }
}

fn readings_of(
    map: &Map<String, Value>,
    path: &str,
    keys: Keys,
    notes: &mut Vec<RepairNote>,
) -> Result<Readings, SessionError> {
    let mut out = Readings::new();
    for (key, value) in map {
        let here = format!("{path}.{key}");
        if keys.is_reserved(key) {
            continue;
        }
        if key == "notes" && keys.has_notes() {
            notes_of(&mut out, value, &here, keys, notes)?;
            continue;
        }
        let Some(field) = keys.field(key) else {
            notes.push(RepairNote::new(here, "unknown field; dropped"));
            continue;
        };
        reading(&mut out, field, value, &here, notes)?;
    }
    Ok(out)
}

fn reading(
    out: &mut Readings,
    field: &'static Field,
    value: &Value,
    path: &str,
    notes: &mut Vec<RepairNote>,
) -> Result<(), SessionError> {
    match (field.kind, value) {
        (_, Value::Null) => Ok(()),
        (FieldKind::Number(q), Value::Number(n)) => {
            let result = readings::number_from_f64(field, q, n.as_f64().unwrap_or(f64::NAN))
                .and_then(|stored| out.set_number(field, Some(stored)));
            if let Err(e) = result {
                notes.push(RepairNote::new(path, format!("{e}; dropped")));
            }
            Ok(())
        }
        (FieldKind::Number(q), other) => {
            Err(expected(path, &format!("a number of {}", q.unit), other))
        }
        (FieldKind::Choice(_), Value::String(id)) => {
            if out.set_choice(field, Some(id)).is_err() {
                notes.push(RepairNote::new(
                    path,
                    format!("unknown option \"{id}\"; dropped"),
                ));
            }
            Ok(())
        }
        (FieldKind::Choice(_), other) => Err(expected(path, "a string option id", other)),
    }
}

fn notes_of(
    out: &mut Readings,
    value: &Value,
    path: &str,
    keys: Keys,
    notes: &mut Vec<RepairNote>,
) -> Result<(), SessionError> {
    let map = match value {
        Value::Null => return Ok(()),
        Value::Object(map) => map,
        other => return Err(expected(path, "an object of field id → note", other)),
    };
    for (key, text) in map {
        let here = format!("{path}.{key}");
        let Some(field) = keys.field(key) else {
            notes.push(RepairNote::new(here, "note on an unknown field; dropped"));
            continue;
        };
        match text {
            Value::Null => {}
            Value::String(s) => {
                if s.chars().count() > MAX_NOTE_CHARS {
                    notes.push(RepairNote::new(
                        &here,
                        format!("longer than {MAX_NOTE_CHARS} characters; cut"),
                    ));
                }
                out.set_note(field, s);
            }
            other => return Err(expected(&here, "a string", other)),
        }
    }
    Ok(())
}

/// Writes a trial.
pub(super) struct TrialOut<'a>(pub &'a Trial);
/// Writes a review.
pub(super) struct ReviewOut<'a>(pub &'a Review);
struct ScorecardOut<'a>(&'a Scorecard);
struct ScorecardsOut<'a>(&'a [Scorecard]);
struct NotesOut<'a>(&'a Readings, &'static [Field]);

impl Serialize for TrialOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("scorecards", &ScorecardsOut(self.0.scorecards()))?;
        m.serialize_entry("assumptions", &AssumptionsOut(self.0))?;
        m.end()
    }
}

struct AssumptionsOut<'a>(&'a Trial);

impl Serialize for AssumptionsOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(ASSUMPTION_FIELDS.len()))?;
        for (field, _) in &ASSUMPTION_FIELDS {
            write_reading(
                &mut m,
                field,
                Some(Reading::Number(self.0.assumption(field.id))),
            )?;
        }
        m.end()
    }
}

impl Serialize for ScorecardsOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for card in self.0 {
            seq.serialize_element(&ScorecardOut(card))?;
        }
        seq.end()
    }
}

impl Serialize for ScorecardOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("language", self.0.language.id())?;
        write_readings(&mut m, &self.0.readings, &SCORECARD_FIELDS)?;
        m.end()
    }
}

impl Serialize for ReviewOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        write_readings(&mut m, &self.0.readings, &REVIEW_FIELDS)?;
        m.end()
    }
}

impl Serialize for NotesOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        for field in self.1 {
            let note = self.0.note(field);
            if !note.is_empty() {
                m.serialize_entry(field.id, note)?;
            }
        }
        m.end()
    }
}

fn write_readings<M: SerializeMap>(
    m: &mut M,
    readings: &Readings,
    fields: &'static [Field],
) -> Result<(), M::Error> {
    for field in fields {
        write_reading(m, field, readings.get(field))?;
    }
    if fields.iter().any(|f| !readings.note(f).is_empty()) {
        m.serialize_entry("notes", &NotesOut(readings, fields))?;
    }
    Ok(())
}

fn write_reading<M: SerializeMap>(
    m: &mut M,
    field: &Field,
    reading: Option<Reading>,
) -> Result<(), M::Error> {
    match (reading, field.kind) {
        (Some(Reading::Number(n)), FieldKind::Number(q)) => {
            let scale = q.scale();
            if n.is_multiple_of(scale) {
                m.serialize_entry(field.id, &(n / scale))
            } else {
                #[allow(clippy::cast_precision_loss)]
                let shown = n as f64 / scale as f64;
                m.serialize_entry(field.id, &shown)
            }
        }
        (Some(Reading::Choice(id)), _) => m.serialize_entry(field.id, id),
        _ => Ok(()),
    }
}
