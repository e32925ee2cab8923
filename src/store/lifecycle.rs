//! A decision's life apart from its edits: created (new, copied, duplicated or
//! imported — always under a new, unused id, so nothing is ever overwritten),
//! deleted, and deletion undone.

use super::entries::{Entry, Live};
use super::envelope;
use super::keys::{self, is_valid_id};
use super::{DecisionStore, KeyValueStorage, MAX_IMPORT_BYTES, SaveStatus, StoreError};
use crate::session::{self, RepairNote, Session};

/// A new decision (from create, duplicate, save_copy or import).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Created {
    /// The new decision.
    pub session: Session,
    /// Its revision (0 if it is in memory only).
    pub revision: u64,
    /// Whether it reached storage.
    pub status: SaveStatus,
    /// Repairs made while reading an imported file.
    pub notes: Vec<RepairNote>,
    /// For an import: the format version the file was migrated from, if older.
    pub migrated_from: Option<u64>,
}

/// A deleted decision, kept so the deletion can be undone with
/// [`DecisionStore::restore_deleted`].
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    id: String,
    entry: Entry,
    stored: Option<String>,
    /// Whether the removal reached storage (if not, the decision is still stored
    /// and comes back at the next start).
    pub status: SaveStatus,
}

impl Deleted {
    /// The deleted decision's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Its name, for "“…” deleted. Undo".
    pub fn name(&self) -> &str {
        self.entry.name()
    }
}

impl<S: KeyValueStorage> DecisionStore<S> {
    /// Checks that `id` is valid and used neither here nor in storage.
    fn check_free(&self, id: &str) -> Result<(), StoreError> {
        if !is_valid_id(id) {
            return Err(StoreError::InvalidId { id: id.to_owned() });
        }
        let in_storage = matches!(self.storage.get(&keys::session_key(id)), Ok(Some(_)));
        if self.entries.contains_key(id) || in_storage {
            return Err(StoreError::IdTaken { id: id.to_owned() });
        }
        Ok(())
    }

    /// Adds a new decision under its id (checked free) and writes it.
    pub(super) fn insert_new(
        &mut self,
        session: Session,
        notes: Vec<RepairNote>,
        migrated_from: Option<u64>,
    ) -> Result<Created, StoreError> {
        self.check_free(&session.id)?;
        let id = session.id.clone();
        let text =
            envelope::encode(&session, 1).ok_or_else(|| StoreError::Encoding { id: id.clone() })?;
        let mut live = Live::new(session.clone(), 0);
        let status = match self.storage.set(&keys::session_key(&id), &text) {
            Ok(()) => {
                live.revision = 1;
                SaveStatus::Stored
            }
            Err(error) => {
                live.dirty = true;
                self.write_error = Some(error.clone());
                SaveStatus::MemoryOnly(error)
            }
        };
        let revision = live.revision;
        self.entries.insert(id, Entry::Live(Box::new(live)));
        Ok(Created {
            session,
            revision,
            status,
            notes,
            migrated_from,
        })
    }

    /// Creates an empty decision named `name` (trimmed; empty gives the default
    /// name) under `new_id`, which must be unused.
    pub fn create(&mut self, new_id: &str, name: &str, now_ms: u64) -> Result<Created, StoreError> {
        self.insert_new(
            Session::new(new_id, session::clean_name(name), now_ms),
            Vec::new(),
            None,
        )
    }

    /// Saves `session` as a new decision under `new_id` (unused), named
    /// "<name> (copy)", created and changed at `now_ms` (a shared link saved, or
    /// "keep mine as a copy" after a conflict).
    pub fn save_copy(
        &mut self,
        session: &Session,
        new_id: &str,
        now_ms: u64,
    ) -> Result<Created, StoreError> {
        let mut copy = session.clone();
        copy.id = new_id.to_owned();
        copy.name = session::copy_name(&session.name);
        copy.created_ms = now_ms;
        copy.updated_ms = now_ms;
        self.insert_new(copy, Vec::new(), None)
    }

    /// Duplicates a decision (as this tab holds it) under `new_id`.
    pub fn duplicate(
        &mut self,
        id: &str,
        new_id: &str,
        now_ms: u64,
    ) -> Result<Created, StoreError> {
        let loaded = self.load(id)?;
        self.save_copy(&loaded.session, new_id, now_ms)
    }

    /// Deletes a decision (read-only ones too: deleting is not overwriting). Keep
    /// the returned [`Deleted`] to offer undo.
    pub fn delete(&mut self, id: &str) -> Result<Deleted, StoreError> {
        if !self.entries.contains_key(id) {
            return Err(StoreError::NotFound { id: id.to_owned() });
        }
        let key = keys::session_key(id);
        let (stored, status) = match self.storage.get(&key) {
            Ok(Some(raw)) => match self.storage.remove(&key) {
                Ok(()) => (Some(raw), SaveStatus::Stored),
                Err(error) => (None, SaveStatus::MemoryOnly(error)),
            },
            Ok(None) => (None, SaveStatus::Stored),
            Err(error) => (None, SaveStatus::MemoryOnly(error)),
        };
        let entry = self
            .entries
            .remove(id)
            .ok_or_else(|| StoreError::NotFound { id: id.to_owned() })?;
        Ok(Deleted {
            id: id.to_owned(),
            entry,
            stored,
            status,
        })
    }

    /// Undoes a deletion: puts back exactly what was stored and what this tab
    /// held. Fails with `IdTaken` if the id was used again meanwhile.
    pub fn restore_deleted(&mut self, deleted: &Deleted) -> Result<SaveStatus, StoreError> {
        let id = deleted.id.clone();
        if self.entries.contains_key(&id) {
            return Err(StoreError::IdTaken { id });
        }
        let mut entry = deleted.entry.clone();
        let mut status = SaveStatus::Stored;
        if let Some(raw) = &deleted.stored {
            let key = keys::session_key(&id);
            if let Ok(Some(_)) = self.storage.get(&key) {
                return Err(StoreError::IdTaken { id });
            }
            if let Err(error) = self.storage.set(&key, raw) {
                if let Entry::Live(live) = &mut entry {
                    live.revision = 0;
                    live.dirty = true;
                }
                self.write_error = Some(error.clone());
                status = SaveStatus::MemoryOnly(error);
            }
        }
        self.entries.insert(id, entry);
        Ok(status)
    }

    /// Imports a decision from text (an exported file, or a record copied out of
    /// storage) as a NEW decision under `new_id` (unused; the file's own id is
    /// ignored, so nothing is ever overwritten), changed at `now_ms`. Repairs are
    /// returned in [`Created::notes`]; an unreadable file gives
    /// `Err(Import(SessionError))` naming the field and why, and a file from a newer
    /// Stackwise gives `Err(Import(SessionError::NewerVersion { .. }))`.
    pub fn import(&mut self, text: &str, new_id: &str, now_ms: u64) -> Result<Created, StoreError> {
        if text.len() > MAX_IMPORT_BYTES {
            return Err(StoreError::TooLarge {
                bytes: text.len(),
                max: MAX_IMPORT_BYTES,
            });
        }
        self.check_free(new_id)?;
        let restored = envelope::parse_import(text).map_err(StoreError::Import)?;
        let mut session = restored.session;
        session.id = new_id.to_owned();
        session.name = session::clean_name(&session.name);
        session.touch(now_ms);
        self.insert_new(session, restored.notes, restored.migrated_from)
    }
}
