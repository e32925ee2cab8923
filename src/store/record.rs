//! One stored session: the value under `stackwise.session.<id>`.
//!
//! ```json
//! {"revision":3,"session":{"format":"stackwise-session","version":2,"id":"…",…}}
//! ```
//!
//! `session` is a document in the session format (`docs/session-format.md`), so it
//! carries the schema `version`, and older versions are migrated by
//! [`crate::session::from_value`]. `revision` counts the saves of this session
//! (1 for the first): a tab that saves checks that the stored revision is still the
//! one it loaded, so two tabs never silently overwrite each other. Readers ignore
//! other envelope fields, so later builds may add some.
//!
//! Lenient reading: a bare session document (no envelope) is read as revision 1,
//! and a missing or malformed revision as 1, each with a repair note.

use serde_json::{Map, Value};

use crate::session::{self, RepairNote, Session, SessionError};

/// The record text for `session` at `revision`; `None` if the session could not
/// be serialized (cannot happen with the session module's plain types).
pub fn encode(session: &Session, revision: u64) -> Option<String> {
    let json = session.to_json_compact();
    if json.is_empty() {
        return None;
    }
    Some(format!("{{\"revision\":{revision},\"session\":{json}}}"))
}

/// A stored value, read.
#[derive(Clone, Debug, PartialEq)]
pub enum Parsed {
    /// A session this build can use (possibly repaired or migrated).
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
    Newer {
        /// Its session format version.
        version: u64,
        /// Its name, if readable.
        name: Option<String>,
        /// Its timestamps, if readable.
        created_ms: Option<u64>,
        /// Last change, if readable.
        updated_ms: Option<u64>,
        /// The stored revision.
        revision: u64,
        /// The session document as stored (pretty-printed), for export.
        document: String,
    },
    /// Not a record this build can read, and why.
    Unreadable {
        /// A sentence naming the problem (field path and reason when there is one).
        reason: String,
    },
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
    match serde_json::from_str::<Value>(raw).ok()? {
        Value::Object(map) if map.contains_key("session") => {
            Some(revision_of(&map, &mut Vec::new(), false))
        }
        Value::Object(map) if map.contains_key("format") => Some(1),
        _ => None,
    }
}

/// Reads a stored value (any text; never panics).
pub fn parse(raw: &str) -> Parsed {
    let value: Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(e) => {
            return Parsed::Unreadable {
                reason: SessionError::InvalidJson {
                    line: e.line(),
                    column: e.column(),
                    message: e.to_string(),
                }
                .to_string(),
            };
        }
    };
    let Value::Object(mut envelope) = value else {
        return Parsed::Unreadable {
            reason: "(root): expected a JSON object, found something else; \
                     this is not a Stackwise session record"
                .to_owned(),
        };
    };
    let mut notes = Vec::new();
    let enveloped = envelope.contains_key("session");
    let (document, revision) = match envelope.remove("session") {
        Some(doc @ Value::Object(_)) => {
            let revision = revision_of(&envelope, &mut notes, true);
            (doc, revision)
        }
        Some(_) => {
            return Parsed::Unreadable {
                reason: "session: expected a session object; this is not a Stackwise \
                         session record"
                    .to_owned(),
            };
        }
        None if envelope.contains_key("format") => {
            notes.push(RepairNote::new(
                "(root)",
                "a bare session document without a revision; read as revision 1",
            ));
            (Value::Object(envelope), 1)
        }
        None => {
            return Parsed::Unreadable {
                reason: "(root): no \"session\" field; this is not a Stackwise session record"
                    .to_owned(),
            };
        }
    };
    let newer_facts = |doc: &Value| {
        let num = |k: &str| doc.get(k).and_then(Value::as_u64);
        (
            num("created_ms"),
            num("updated_ms"),
            serde_json::to_string_pretty(doc).unwrap_or_default(),
        )
    };
    // Keep what a newer version needs before `from_value` consumes the document.
    let facts = match document.get("version").and_then(Value::as_u64) {
        Some(v) if v > session::CURRENT_VERSION => Some(newer_facts(&document)),
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
            let (created_ms, updated_ms, document) = facts.unwrap_or_default();
            Parsed::Newer {
                version,
                name,
                created_ms,
                updated_ms,
                revision,
                document,
            }
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
