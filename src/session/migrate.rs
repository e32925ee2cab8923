//! Migrations between session format versions, on the raw JSON object.
//!
//! `MIGRATIONS[i]` turns a version `i + 1` document into a version `i + 2` one. Each
//! migration is a pure function; it may add repair notes. Only version 1 exists,
//! so the table is empty. To add version 2: write `fn v1_to_v2(..)`, append it,
//! bump [`super::CURRENT_VERSION`] and teach `decode` the new shape.

use serde_json::{Map, Value};

use super::CURRENT_VERSION;
use super::error::{RepairNote, SessionError};

/// One step `vN → vN+1`.
pub type Migration =
    fn(Map<String, Value>, &mut Vec<RepairNote>) -> Result<Map<String, Value>, SessionError>;

/// The migrations, oldest first (`MIGRATIONS[0]` is `v1 → v2`).
pub const MIGRATIONS: [Migration; 0] = [];

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
