//! Reading session JSON: check the envelope, migrate to the current version, then
//! decode it field by field, repairing what is safe and failing with a
//! precise path otherwise.
//!
//! Repair policy (each repair adds a note):
//! * missing or `null` fields get defaults;
//! * unknown question ids, option ids, criteria and top-level fields are dropped;
//! * "not sure" on a question that does not offer it is dropped;
//! * an exclusive option ("none of these") combined with others is dropped;
//! * a single string where a list of options is expected becomes a one-item list;
//! * weights are rounded to integers and clamped to 0..=10;
//! * `updated_ms` earlier than `created_ms` is raised to `created_ms`.
//!
//! Wrong JSON types that have no obvious meaning (a number as an option id, a
//! string as a weight, …) are errors, and an object with neither the format
//! marker nor any session field is not repaired at all: it is not a Stackwise
//! decision. [`repair_summary`] says in one sentence what the notes changed.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::error::{RepairNote, SessionError};
use super::{CURRENT_VERSION, DEFAULT_NAME, FORMAT, Restored, Session, migrate, trial_json};
use crate::model::answers::{Answer, Answers};
use crate::model::criterion::Criterion;
use crate::model::questionnaire::{self, NOT_SURE_ID, Question, QuestionKind};
use crate::model::weights::{MAX_WEIGHT, Weights};

const FIELDS: [&str; 11] = [
    "format",
    "version",
    "id",
    "name",
    "created_ms",
    "updated_ms",
    "answers",
    "weights",
    "trial",
    "review",
    crate::team::format::FIELD,
];

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

pub(super) fn expected(path: &str, what: &str, found: &Value) -> SessionError {
    SessionError::invalid(path, format!("expected {what}, found {}", kind_of(found)))
}

/// Parses session text (any text: never panics).
pub fn parse_session(text: &str) -> Result<Restored, SessionError> {
    let value: Value = serde_json::from_str(text).map_err(|e| SessionError::InvalidJson {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    from_value(value)
}

/// Reads a session from an already parsed JSON value.
pub fn from_value(value: Value) -> Result<Restored, SessionError> {
    let Value::Object(mut doc) = value else {
        return Err(expected("(root)", "a JSON object", &value));
    };
    // Repairs are for Stackwise files that lost something, not for any JSON
    // object: with neither the format marker nor any session field, it is another
    // kind of file.
    if !FIELDS
        .iter()
        .any(|key| doc.get(*key).is_some_and(|v| !v.is_null()))
    {
        return Err(SessionError::NotADecision);
    }
    let mut notes = Vec::new();

    match doc.get("format") {
        None | Some(Value::Null) => notes.push(RepairNote::new(
            "format",
            format!("missing; assumed \"{FORMAT}\""),
        )),
        Some(Value::String(s)) if s == FORMAT => {}
        Some(Value::String(s)) => {
            return Err(SessionError::invalid(
                "format",
                format!("expected \"{FORMAT}\", found \"{s}\": this is not a Stackwise session"),
            ));
        }
        Some(other) => {
            return Err(expected(
                "format",
                "the string \"stackwise-session\"",
                other,
            ));
        }
    }

    let version = match doc.get("version") {
        None | Some(Value::Null) => {
            notes.push(RepairNote::new(
                "version",
                format!("missing; assumed {CURRENT_VERSION}"),
            ));
            CURRENT_VERSION
        }
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) if v >= 1 => v,
            _ => {
                return Err(SessionError::invalid(
                    "version",
                    format!("expected a whole number from 1, found {n}"),
                ));
            }
        },
        Some(other) => return Err(expected("version", "a whole number", other)),
    };
    if version > CURRENT_VERSION {
        let name = doc.get("name").and_then(Value::as_str).map(str::to_owned);
        return Err(SessionError::NewerVersion { version, name });
    }
    let migrated_from = (version < CURRENT_VERSION).then_some(version);
    doc = migrate::to_current(doc, version, &mut notes)?;

    for key in doc.keys() {
        if !FIELDS.contains(&key.as_str()) {
            notes.push(RepairNote::new(
                key.clone(),
                "not part of the session format; ignored",
            ));
        }
    }

    let id = string_field(&doc, "id", "", &mut notes)?;
    let name = string_field(&doc, "name", DEFAULT_NAME, &mut notes)?;
    let created_ms = time_field(&doc, "created_ms", None, &mut notes)?;
    let mut updated_ms = time_field(&doc, "updated_ms", Some(created_ms), &mut notes)?;
    if updated_ms < created_ms {
        notes.push(RepairNote::new(
            "updated_ms",
            "earlier than created_ms; set to created_ms",
        ));
        updated_ms = created_ms;
    }
    let answers = answers_field(doc.get("answers"), &mut notes)?;
    let weights = weights_field(doc.get("weights"), &mut notes)?;
    let trial = trial_json::trial_field(doc.get("trial"), &mut notes)?;
    let review = trial_json::review_field(doc.get("review"), &mut notes)?;
    // Never fails: a malformed participant is dropped with a note.
    let team = crate::team::format::read_team(doc.get(crate::team::format::FIELD), &mut notes);

    Ok(Restored {
        session: Session {
            id,
            name,
            created_ms,
            updated_ms,
            answers,
            weights,
            trial,
            review,
            team,
        },
        notes,
        migrated_from,
    })
}

fn string_field(
    doc: &Map<String, Value>,
    key: &str,
    default: &str,
    notes: &mut Vec<RepairNote>,
) -> Result<String, SessionError> {
    match doc.get(key) {
        None | Some(Value::Null) => {
            let shown = if default.is_empty() {
                "left empty".to_owned()
            } else {
                format!("set to \"{default}\"")
            };
            notes.push(RepairNote::new(key, format!("missing; {shown}")));
            Ok(default.to_owned())
        }
        Some(Value::String(s)) => Ok(s.clone()),
        Some(other) => Err(expected(key, "a string", other)),
    }
}

fn time_field(
    doc: &Map<String, Value>,
    key: &str,
    default: Option<u64>,
    notes: &mut Vec<RepairNote>,
) -> Result<u64, SessionError> {
    match doc.get(key) {
        None | Some(Value::Null) => {
            let value = default.unwrap_or(0);
            notes.push(RepairNote::new(key, format!("missing; set to {value}")));
            Ok(value)
        }
        Some(Value::Number(n)) => {
            if let Some(v) = n.as_u64() {
                return Ok(v);
            }
            match n.as_f64() {
                // Whole numbers written with a fraction part (e.g. `1.7e12`).
                Some(f) if f >= 0.0 && f.fract() == 0.0 && f < 1.8e19 => {
                    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                    let v = f as u64;
                    Ok(v)
                }
                _ => Err(SessionError::invalid(
                    key,
                    format!("expected milliseconds as a whole number from 0, found {n}"),
                )),
            }
        }
        Some(other) => Err(expected(key, "milliseconds as a whole number", other)),
    }
}

pub(crate) fn answers_field(
    value: Option<&Value>,
    notes: &mut Vec<RepairNote>,
) -> Result<Answers, SessionError> {
    let mut answers = Answers::new();
    let map = match value {
        None | Some(Value::Null) => {
            notes.push(RepairNote::new(
                "answers",
                "missing; starting with no answers",
            ));
            return Ok(answers);
        }
        Some(Value::Object(map)) => map,
        Some(other) => {
            return Err(expected(
                "answers",
                "an object of question id → answer",
                other,
            ));
        }
    };
    for (qid, v) in map {
        let path = format!("answers.{qid}");
        let Some(q) = questionnaire::question(qid) else {
            notes.push(RepairNote::new(path, "unknown question; dropped"));
            continue;
        };
        if let Some(answer) = answer_value(q, v, &path, notes)? {
            answers.insert_checked(q, answer);
        }
    }
    Ok(answers)
}

fn not_sure(q: &Question, path: &str, notes: &mut Vec<RepairNote>) -> Option<Answer> {
    if q.allows_not_sure {
        Some(Answer::NotSure)
    } else {
        notes.push(RepairNote::new(
            path,
            "this question does not offer \"not sure\"; dropped",
        ));
        None
    }
}

fn answer_value(
    q: &'static Question,
    v: &Value,
    path: &str,
    notes: &mut Vec<RepairNote>,
) -> Result<Option<Answer>, SessionError> {
    match (q.kind, v) {
        (_, Value::Null) => Ok(None),
        (_, Value::String(s)) if s == NOT_SURE_ID => Ok(not_sure(q, path, notes)),
        (QuestionKind::Single, Value::String(s)) => match q.option(s) {
            Some(o) => Ok(Some(Answer::Single(o.id))),
            None => {
                notes.push(RepairNote::new(
                    path,
                    format!("unknown option \"{s}\"; dropped"),
                ));
                Ok(None)
            }
        },
        (QuestionKind::Single, other) => Err(expected(path, "a string option id", other)),
        (QuestionKind::Multi, Value::String(_)) => {
            notes.push(RepairNote::new(
                path,
                "expected a list of option ids, found one string; read as a one-item list",
            ));
            multi(q, std::slice::from_ref(v), path, notes)
        }
        (QuestionKind::Multi, Value::Array(items)) => multi(q, items, path, notes),
        (QuestionKind::Multi, other) => Err(expected(path, "an array of option ids", other)),
    }
}

fn multi(
    q: &'static Question,
    items: &[Value],
    path: &str,
    notes: &mut Vec<RepairNote>,
) -> Result<Option<Answer>, SessionError> {
    let mut set = BTreeSet::new();
    let mut had_any = false;
    for (i, item) in items.iter().enumerate() {
        let item_path = format!("{path}[{i}]");
        let Value::String(s) = item else {
            return Err(expected(&item_path, "a string option id", item));
        };
        had_any = true;
        if s == NOT_SURE_ID {
            notes.push(RepairNote::new(
                item_path,
                "\"not sure\" cannot be combined with options; dropped",
            ));
            continue;
        }
        match q.option(s) {
            Some(o) => {
                set.insert(o.id);
            }
            None => notes.push(RepairNote::new(
                item_path,
                format!("unknown option \"{s}\"; dropped"),
            )),
        }
    }
    let exclusive: Vec<&'static str> = set
        .iter()
        .copied()
        .filter(|id| q.option(id).is_some_and(|o| o.exclusive))
        .collect();
    if !exclusive.is_empty() && set.len() > exclusive.len() {
        for ex in exclusive {
            set.remove(ex);
            notes.push(RepairNote::new(
                path,
                format!("\"{ex}\" cannot be combined with other options; dropped"),
            ));
        }
    } else if exclusive.len() > 1 {
        // Several exclusive options and nothing else: keep none, the answer is ambiguous.
        set.clear();
        notes.push(RepairNote::new(
            path,
            "several options that each exclude the others; answer dropped",
        ));
    }
    if set.is_empty() {
        if had_any {
            notes.push(RepairNote::new(
                path,
                "no valid option left; left unanswered",
            ));
        }
        return Ok(None);
    }
    Ok(Some(Answer::Multi(set)))
}

pub(crate) fn weights_field(
    value: Option<&Value>,
    notes: &mut Vec<RepairNote>,
) -> Result<Weights, SessionError> {
    let defaults = Weights::default();
    let map = match value {
        None | Some(Value::Null) => {
            notes.push(RepairNote::new(
                "weights",
                "missing; using the default priorities",
            ));
            return Ok(defaults);
        }
        Some(Value::Object(map)) => map,
        Some(other) => {
            return Err(expected(
                "weights",
                "an object of criterion id → 0..=10",
                other,
            ));
        }
    };
    for key in map.keys() {
        if Criterion::from_id(key).is_none() {
            notes.push(RepairNote::new(
                format!("weights.{key}"),
                "unknown criterion; dropped",
            ));
        }
    }
    let mut weights = defaults;
    for c in Criterion::ALL {
        let path = format!("weights.{}", c.id());
        let value = match map.get(c.id()) {
            None | Some(Value::Null) => {
                notes.push(RepairNote::new(
                    path,
                    format!("missing; set to the default {}", defaults.get(c)),
                ));
                continue;
            }
            Some(Value::Number(n)) => n,
            Some(other) => return Err(expected(&path, "a whole number from 0 to 10", other)),
        };
        let raw = value.as_f64().unwrap_or(0.0);
        let rounded = raw.round();
        if rounded != raw {
            notes.push(RepairNote::new(
                &path,
                format!("{value} is not a whole number; rounded"),
            ));
        }
        let clamped = rounded.clamp(0.0, f64::from(MAX_WEIGHT));
        if clamped != rounded {
            notes.push(RepairNote::new(
                &path,
                format!("{value} is outside 0..=10; set to {clamped}"),
            ));
        }
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let w = clamped as u8;
        weights = weights.with(c, w);
    }
    Ok(weights)
}

/// One plain sentence saying what repairs did to an imported or stored session,
/// for a reader who does not know the format: how many answers, priorities and
/// other details were filled in or left out. The notes themselves are the details.
/// `None` when nothing was repaired.
pub fn repair_summary(notes: &[RepairNote]) -> Option<String> {
    if notes.is_empty() {
        return None;
    }
    let about = |prefix: &str| {
        notes
            .iter()
            .filter(|n| n.path == prefix || n.path.starts_with(&format!("{prefix}.")))
            .map(|n| n.path.split('[').next().unwrap_or_default())
            .collect::<BTreeSet<_>>()
            .len()
    };
    let answers = about("answers");
    let weights = about("weights");
    let other = notes
        .iter()
        .filter(|n| !n.path.starts_with("answers") && !n.path.starts_with("weights"))
        .count();
    let parts: Vec<String> = [
        (answers, "answer", "answers"),
        (weights, "priority", "priorities"),
        (other, "other detail", "other details"),
    ]
    .into_iter()
    .filter(|&(n, _, _)| n > 0)
    .map(|(n, one, many)| format!("{n} {}", if n == 1 { one } else { many }))
    .collect();
    let listed = match parts.as_slice() {
        [] => "some details".to_owned(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    Some(format!(
        "Some of it was missing or not understood, so Stackwise filled in or left out {listed}; everything else is as it was saved."
    ))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod refusal_tests {
    use super::*;

    #[test]
    fn json_that_is_no_session_at_all_is_refused() {
        for text in [
            r#"{"hello": 1}"#,
            "{}",
            r#"{"format": null, "title": "x"}"#,
            r#"{"session_name": "x", "weights": null}"#,
        ] {
            let err = parse_session(text).unwrap_err();
            assert_eq!(err, SessionError::NotADecision, "{text}");
            assert!(
                err.to_string().contains("not a Stackwise decision"),
                "{err}"
            );
        }
        // The marker alone, or any one session field, is a damaged session.
        assert!(parse_session(r#"{"format": "stackwise-session"}"#).is_ok());
        assert!(parse_session(r#"{"name": "Ours", "hello": 1}"#).is_ok());
    }

    #[test]
    fn repairs_are_summed_up_in_one_plain_sentence() {
        assert_eq!(repair_summary(&[]), None);
        let restored = parse_session(
            r#"{"name": "Ours", "answers": {"team_size_now": "nope", "gone": "x"},
                "weights": {"hiring": 12}}"#,
        )
        .unwrap();
        let summary = repair_summary(&restored.notes).unwrap();
        // Answers: two questions; priorities: hiring and the seven missing ones;
        // other: format, version, id, created_ms, updated_ms.
        assert_eq!(
            summary,
            "Some of it was missing or not understood, so Stackwise filled in or left out \
             2 answers, 8 priorities and 5 other details; everything else is as it was saved."
        );
        assert!(!summary.contains("created_ms"), "{summary}");
        let one = [RepairNote::new("answers.x", "unknown question; dropped")];
        assert!(repair_summary(&one).unwrap().contains("left out 1 answer;"));
    }
}
