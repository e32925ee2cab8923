//! Migrations between session format versions, on the raw JSON object.
//!
//! `MIGRATIONS[i]` turns a version `i + 1` document into a version `i + 2` one. Each
//! migration is a pure function; it may add repair notes.
//!
//! Version 2 only adds parts, each defaulted: a version-1 document gets each new
//! part as an empty object, which the decoder reads as "nothing recorded yet".
//! Another part added to version 2 before it ships joins [`V2_PARTS`]; no new
//! version is needed for it.

use serde_json::{Map, Value};

use super::CURRENT_VERSION;
use super::error::{RepairNote, SessionError};

/// One step `vN → vN+1`.
pub type Migration =
    fn(Map<String, Value>, &mut Vec<RepairNote>) -> Result<Map<String, Value>, SessionError>;

/// The migrations, oldest first (`MIGRATIONS[0]` is `v1 → v2`).
pub const MIGRATIONS: [Migration; 1] = [v1_to_v2];

/// The top-level parts version 2 added to the format: the one-sprint trial, the
/// post-release review, and the team (participants and settlements).
pub const V2_PARTS: [&str; 3] = ["trial", "review", "team"];

/// Version 1 → 2: adds every part of [`V2_PARTS`], empty. A version-1 document
/// cannot hold these parts; a field of that name in one was never read and is
/// replaced (with a note).
pub fn v1_to_v2(
    mut doc: Map<String, Value>,
    notes: &mut Vec<RepairNote>,
) -> Result<Map<String, Value>, SessionError> {
    for key in V2_PARTS {
        if doc.contains_key(key) {
            notes.push(RepairNote::new(
                key,
                "not part of format version 1; ignored",
            ));
        }
        doc.insert(key.to_owned(), Value::Object(Map::new()));
    }
    doc.insert("version".to_owned(), Value::from(2u64));
    Ok(doc)
}

/// Upgrades a document of version `from` (1 ≤ from ≤ current) to the current version.
pub fn to_current(
    mut doc: Map<String, Value>,
    from: u64,
    notes: &mut Vec<RepairNote>,
) -> Result<Map<String, Value>, SessionError> {
    let mut version = from;
    while version < CURRENT_VERSION {
        let step = usize::try_from(version.saturating_sub(1))
            .ok()
            .and_then(|i| MIGRATIONS.get(i))
            .ok_or_else(|| {
                SessionError::invalid("version", format!("no migration from version {version}"))
            })?;
        doc = step(doc, notes)?;
        version += 1;
    }
    Ok(doc)
}
