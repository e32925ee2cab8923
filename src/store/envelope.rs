//! The stored value around a decision: the value under `stackwise.session.<id>`,
//! and the one reader of it (also used for imported files).
//!
//! ```json
//! {"revision":3,"session":{"format":"stackwise-session","version":2,"id":"…",…}}
//! ```
//!
//! `session` is a document in the session format (`docs/session-format.md`), so it
//! carries the schema `version`, and older versions are migrated by
//! [`crate::session::from_value`]. `revision` counts the saves of this decision
//! (1 for the first): a tab that saves checks that the stored revision is still the
//! one it loaded, so two tabs never silently overwrite each other. Readers ignore
//! other envelope fields, so later builds may add some.
//!
//! Lenient reading: a bare session document (no envelope) is read as revision 1,
//! and a missing or malformed revision as 1, each with a repair note. An imported
//! file is read the same way ([`parse_import`]): an exported session document, or a
//! record copied out of storage.

use serde_json::{Map, Value};

use crate::model::questionnaire;
use crate::session::{self, RepairNote, Restored, Session, SessionError};

/// The record text for `session` at `revision`; `None` if the session could not
/// be serialized (cannot happen with the session module's plain types).
pub fn encode(session: &Session, revision: u64) -> Option<String> {
    let json = session.to_json_compact();
    if json.is_empty() {
        return None;
    }
    Some(format!("{{\"revision\":{revision},\"session\":{json}}}"))
}

/// A record written by a newer Stackwise, with what this version can read of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Newer {
    /// Its session format version.
    pub version: u64,
    /// Its name, if readable.
    pub name: Option<String>,
    /// Creation time, if readable.
    pub created_ms: Option<u64>,
    /// Last change, if readable.
    pub updated_ms: Option<u64>,
    /// The stored revision.
    pub revision: u64,
    /// The session document as stored (pretty-printed), for export.
    pub document: String,
}

/// A stored value, read.
#[derive(Clone, Debug, PartialEq)]
pub enum Parsed {
    /// A decision this build can use (possibly repaired or migrated).
    Live {
        /// The session; its `id` is as stored (the store makes it match the key).
        session: Session,
        /// The stored revision (≥ 1).
        revision: u64,
        /// Repairs made while reading the record and the session.
        notes: Vec<RepairNote>,
        /// The session format version it was migrated from, if older.
        migrated_from: Option<u64>,
    },
    /// Written by a newer Stackwise: kept as is, read-only.
    Newer(Newer),
    /// Not a record this build can read, and why.
    Unreadable {
        /// A sentence naming the problem (field path and reason when there is one).
        reason: String,
    },
}

/// What a JSON value holds.
enum Inside {
    /// An envelope: the session document, and the other envelope fields.
    Envelope {
        document: Value,
        rest: Map<String, Value>,
    },
    /// A bare session document (no envelope).
    Bare(Value),
    /// Not a record: why, and what is left of the value (for the session
    /// reader's own message about it).
    NotARecord { reason: &'static str, value: Value },
}

/// Opens a value: an envelope (it has a `session` field) or a bare document (it
/// has a `format` field).
fn inside(value: Value) -> Inside {
    let Value::Object(mut map) = value else {
        return Inside::NotARecord {
            reason: "(root): expected a JSON object, found something else; this is not a \
                     Stackwise session record",
            value,
        };
    };
    match map.remove("session") {
        Some(document @ Value::Object(_)) => Inside::Envelope {
            document,
            rest: map,
        },
        Some(_) => Inside::NotARecord {
            reason: "session: expected a session object; this is not a Stackwise session \
                     record",
            value: Value::Object(map),
        },
        None if map.contains_key("format") => Inside::Bare(Value::Object(map)),
        None => Inside::NotARecord {
            reason: "(root): no \"session\" field; this is not a Stackwise session record",
            value: Value::Object(map),
        },
    }
}

fn invalid_json(e: &serde_json::Error) -> SessionError {
    SessionError::InvalidJson {
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    }
}

fn revision_of(envelope: &Map<String, Value>, notes: &mut Vec<RepairNote>, note: bool) -> u64 {
    match envelope.get("revision").and_then(Value::as_u64) {
        Some(r) if r >= 1 => r,
        _ => {
            if note {
                notes.push(RepairNote::new(
                    "revision",
                    "missing or not a whole number from 1; read as 1",
                ));
            }
            1
        }
    }
}

/// Reads only the revision of a stored value (`None` if it is not a record).
pub fn peek_revision(raw: &str) -> Option<u64> {
    match inside(serde_json::from_str::<Value>(raw).ok()?) {
        Inside::Envelope { rest, .. } => Some(revision_of(&rest, &mut Vec::new(), false)),
        Inside::Bare(_) => Some(1),
        Inside::NotARecord { .. } => None,
    }
}

/// Reads an imported file: a session document, or a record copied out of
/// storage (its revision is ignored: an import is a new decision). A heart of the
/// product that is not among the services (earlier builds offered every service
/// there) is repaired by adding it to the services, with a note. [`parse`] does
/// not do this: a stored decision reads back exactly as it was saved.
pub fn parse_import(text: &str) -> Result<Restored, SessionError> {
    let value = serde_json::from_str::<Value>(text).map_err(|e| invalid_json(&e))?;
    let mut restored = match inside(value) {
        Inside::Envelope { document, .. }
        | Inside::Bare(document)
        | Inside::NotARecord {
            value: document, ..
        } => session::from_value(document)?,
    };
    for repair in questionnaire::repair_offered(&mut restored.session.answers) {
        restored.notes.push(RepairNote::new(
            format!("answers.{}", repair.added_to),
            repair.describe(),
        ));
    }
    Ok(restored)
}

/// Reads a stored value (any text; never panics).
pub fn parse(raw: &str) -> Parsed {
    let value: Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(e) => {
            return Parsed::Unreadable {
                reason: invalid_json(&e).to_string(),
            };
        }
    };
    let mut notes = Vec::new();
    let (document, revision, enveloped) = match inside(value) {
        Inside::Envelope { document, rest } => {
            let revision = revision_of(&rest, &mut notes, true);
            (document, revision, true)
        }
        Inside::Bare(document) => {
            notes.push(RepairNote::new(
                "(root)",
                "a bare session document without a revision; read as revision 1",
            ));
            (document, 1, false)
        }
        Inside::NotARecord { reason, .. } => {
            return Parsed::Unreadable {
                reason: reason.to_owned(),
            };
        }
    };
    // Keep what a newer version needs before `from_value` consumes the document.
    let newer_facts = match document.get("version").and_then(Value::as_u64) {
        Some(v) if v > session::CURRENT_VERSION => {
            let num = |k: &str| document.get(k).and_then(Value::as_u64);
            Some((
                num("created_ms"),
                num("updated_ms"),
                serde_json::to_string_pretty(&document).unwrap_or_default(),
            ))
        }
        _ => None,
    };
    match session::from_value(document) {
        Ok(restored) => {
            notes.extend(restored.notes);
            Parsed::Live {
                session: restored.session,
                revision,
                notes,
                migrated_from: restored.migrated_from,
            }
        }
        Err(SessionError::NewerVersion { version, name }) => {
            let (created_ms, updated_ms, document) = newer_facts.unwrap_or_default();
            Parsed::Newer(Newer {
                version,
                name,
                created_ms,
                updated_ms,
                revision,
                document,
            })
        }
        Err(e) => Parsed::Unreadable {
            reason: located(&e, enveloped),
        },
    }
}

/// A session error's message, with field paths inside the envelope when there is one.
fn located(e: &SessionError, enveloped: bool) -> String {
    match e {
        SessionError::Invalid { path, message } if enveloped => {
            if path == "(root)" {
                format!("session: {message}")
            } else {
                format!("session.{path}: {message}")
            }
        }
        _ => e.to_string(),
    }
}
