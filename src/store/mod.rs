//! The decision store: every saved decision in a string key-value storage
//! (`localStorage` in the browser), with nothing ever lost. Documented in
//! `docs/storage.md`.
//!
//! Pure and deterministic: it never reads a clock or makes ids (the caller passes
//! `now_ms` and new ids; the browser adapter `crate::adapters::storage` has
//! `now_ms()` and `new_decision_id()`), and it works against the
//! [`KeyValueStorage`] trait, so it is tested natively with [`MemoryStorage`].
//! A decision is stored as a session document (`crate::session`) in an
//! [`envelope`] that adds its revision.
//!
//! * [`DecisionStore::open`] at startup reads every decision; unreadable values
//!   are moved to backup keys, repairs and newer versions are reported as
//!   [`StoreNotice`]s (`startup`).
//! * Every decision lives in memory too; every change is written through at once.
//!   If storage is unavailable or full, the store keeps working in memory and each
//!   write says so ([`SaveStatus::MemoryOnly`]); what is stored is never damaged
//!   (`saving`, `lifecycle`).
//! * Every record carries a `revision`: a save writes only if storage still holds
//!   the revision this tab based its change on. The open decision is saved with
//!   [`DecisionStore::save_open`], which keeps the revision itself; when another tab
//!   got there first, saving that decision pauses (this tab's version kept, unsaved)
//!   until the user chooses with [`DecisionStore::resolve`] (`conflicts`).
//! * [`DecisionStore::on_storage_event`] turns another tab's change into
//!   [`Change`]s (`sync`).
//!
//! Modules: [`kv`] (the storage trait, its errors, [`MemoryStorage`]), [`keys`]
//! (key layout), [`envelope`] (the stored value, and reading imported files),
//! [`event`] (storage events), `entries` (what the store holds per decision, and
//! reading it), `error`, `notice`.

mod conflicts;
mod entries;
pub mod envelope;
mod error;
pub mod event;
pub mod keys;
pub mod kv;
mod lifecycle;
mod notice;
mod saving;
mod startup;
mod sync;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

pub use conflicts::{Resolution, Resolved};
pub use entries::{Access, DecisionSummary, Loaded};
pub use error::{Conflict, StoreError, Theirs};
pub use event::{Change, EventKind, classify};
pub use keys::{BACKUP_PREFIX, BackupInfo, SESSION_PREFIX, is_valid_id};
pub use kv::{KeyValueStorage, MemoryStorage, StorageError, StorageEvent};
pub use lifecycle::{Created, Deleted};
pub use notice::{Severity, StoreNotice};
pub use saving::{Retried, SaveOutcome, SaveStatus, Saved};

use entries::Entry;

/// Largest text [`DecisionStore::import`] accepts (a real decision is a few KB).
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// Whether the store is saving, for a banner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreStatus {
    /// Every decision in memory is also in storage.
    Saving,
    /// Storage could not be used at startup: nothing is being saved.
    Unavailable(StorageError),
    /// Some decisions have changes that could not be written (see
    /// [`DecisionStore::unsaved_ids`]); the last failure was this.
    NotSaving(StorageError),
}

/// The decision store over a [`KeyValueStorage`]. See the module docs.
#[derive(Debug)]
pub struct DecisionStore<S: KeyValueStorage> {
    storage: S,
    entries: BTreeMap<String, Entry>,
    /// Storage could not be listed at startup.
    unavailable: Option<StorageError>,
    /// The last failed write, while some decision is unsaved.
    write_error: Option<StorageError>,
}

impl<S: KeyValueStorage> DecisionStore<S> {
    /// The storage this store writes to.
    pub fn storage(&self) -> &S {
        &self.storage
    }

    /// Whether changes are being saved (for a banner).
    pub fn status(&self) -> StoreStatus {
        if let Some(error) = &self.unavailable {
            return StoreStatus::Unavailable(error.clone());
        }
        match &self.write_error {
            Some(error) if self.has_unsaved() => StoreStatus::NotSaving(error.clone()),
            _ => StoreStatus::Saving,
        }
    }

    /// Forgets the last write error once nothing is unsaved any more.
    fn settle_write_error(&mut self) {
        if !self.has_unsaved() {
            self.write_error = None;
        }
    }
}
