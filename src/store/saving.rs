//! Saving a decision's edits: the compare-and-set write at a revision
//! ([`DecisionStore::save`]), the open decision's save at the revision the store
//! holds ([`DecisionStore::save_open`], which pauses on a conflict), rename, and
//! retrying what could not be written.

use super::entries::{Entry, Pause, same_content};
use super::envelope::{self, Parsed};
use super::keys;
use super::{
    Change, Conflict, DecisionStore, KeyValueStorage, StorageError, StoreError, StoreNotice,
};
use crate::session::{self, Session};

/// Whether a write reached storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Written to storage.
    Stored,
    /// Kept in memory only (this tab): storage is unavailable or full. What was
    /// stored before is intact. Say "changes are not being saved" and offer export;
    /// the next save, or [`DecisionStore::retry`], tries again.
    MemoryOnly(StorageError),
}

impl SaveStatus {
    /// Whether the change reached storage.
    pub fn is_stored(&self) -> bool {
        matches!(self, SaveStatus::Stored)
    }
}

/// The result of a save (also of rename).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// The revision the decision's next change is based on.
    pub revision: u64,
    /// The decision's `updated_ms` as saved.
    pub updated_ms: u64,
    /// Whether it reached storage.
    pub status: SaveStatus,
    /// If the stored value was repaired or unreadable, the backup key it was
    /// copied to before being saved over.
    pub backup_key: Option<String>,
}

/// What [`DecisionStore::save_open`] did with an edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Written, or kept in memory only because storage refused (see its status).
    Saved(Saved),
    /// Storage holds another version than the one this edit is based on (another
    /// tab saved or deleted the decision, or a newer Stackwise saved it). Nothing
    /// was written; this tab's version is kept, marked unsaved, and saving this
    /// decision pauses until the user chooses ([`DecisionStore::resolve`]).
    Conflict(Box<Conflict>),
    /// Saving was already paused by a conflict: the edit is kept in this tab,
    /// unsaved, and is part of "mine" when the user chooses.
    Paused,
}

/// What [`DecisionStore::retry`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Retried {
    /// Each decision that had unsaved changes, and what saving it gave (a
    /// decision paused by a conflict gives that conflict, and is not written).
    pub saves: Vec<(String, Result<Saved, StoreError>)>,
    /// Decisions found in storage once it became available.
    pub changes: Vec<Change>,
    /// Notices from reading storage once it became available.
    pub notices: Vec<StoreNotice>,
}

/// Why [`DecisionStore::write_at`] wrote nothing.
enum Refusal {
    /// Storage moved on: mine, and what it holds instead (`None`: deleted).
    Conflict(Box<(Session, Option<Entry>)>),
    /// Any other reason.
    Error(StoreError),
}

impl<S: KeyValueStorage> DecisionStore<S> {
    /// Saves `session` (its id names it), touched at `now_ms`, if storage still
    /// holds `expected_revision` (0 for a decision that was never stored or was
    /// deleted elsewhere and should be put back). The open decision is saved with
    /// [`DecisionStore::save_open`] instead, which knows the revision itself.
    ///
    /// * `Ok(Saved)`: written (`Stored`, new revision), or kept in memory only
    ///   (`MemoryOnly`, same revision) because storage is unavailable or full — the
    ///   stored value is then untouched, and the next save tries again.
    /// * `Err(Conflict)`: storage moved on (another tab saved or deleted it, or a
    ///   newer Stackwise saved it); nothing was written; both versions are returned.
    /// * `Err(ReadOnly)`, `Err(NotFound)`.
    ///
    /// Saving a decision whose content (all but `updated_ms`) equals what the
    /// store holds, at the same revision, writes nothing.
    pub fn save(
        &mut self,
        session: &Session,
        expected_revision: u64,
        now_ms: u64,
    ) -> Result<Saved, StoreError> {
        self.write_at(session, expected_revision, now_ms)
            .map_err(|refusal| match refusal {
                Refusal::Conflict(refused) => {
                    let (mine, theirs) = *refused;
                    StoreError::Conflict(Box::new(Conflict::new(mine, theirs.as_ref())))
                }
                Refusal::Error(error) => error,
            })
    }

    /// Saves the open decision after an edit, based on the revision the store
    /// holds for it (its own, or the one another tab's change brought in). On a
    /// conflict nothing is written, this tab's version is kept as unsaved changes
    /// (another tab's event can no longer replace it), and later edits are kept
    /// the same way ([`SaveOutcome::Paused`]) until [`DecisionStore::resolve`].
    /// `Err(ReadOnly)`, `Err(NotFound)` as for [`DecisionStore::save`].
    pub fn save_open(&mut self, session: &Session, now_ms: u64) -> Result<SaveOutcome, StoreError> {
        let id = session.id.clone();
        let base = match self.entries.get_mut(&id) {
            Some(Entry::Live(live)) if live.pause.is_some() => {
                if !same_content(&live.session, session) {
                    let mut mine = session.clone();
                    mine.touch(now_ms);
                    live.set_session(mine);
                }
                live.dirty = true;
                return Ok(SaveOutcome::Paused);
            }
            Some(Entry::Live(live)) => live.revision,
            Some(Entry::Newer(newer)) => {
                return Err(StoreError::ReadOnly {
                    id,
                    version: newer.version,
                });
            }
            None => return Err(StoreError::NotFound { id }),
        };
        match self.write_at(session, base, now_ms) {
            Ok(saved) => Ok(SaveOutcome::Saved(saved)),
            Err(Refusal::Error(error)) => Err(error),
            Err(Refusal::Conflict(refused)) => {
                let (mine, theirs) = *refused;
                let conflict = Conflict::new(mine.clone(), theirs.as_ref());
                if let Some(Entry::Live(live)) = self.entries.get_mut(&id) {
                    live.set_session(mine);
                    live.dirty = true;
                    live.pause = Some(Box::new(Pause { theirs }));
                }
                Ok(SaveOutcome::Conflict(Box::new(conflict)))
            }
        }
    }

    /// The compare-and-set write behind [`DecisionStore::save`].
    fn write_at(
        &mut self,
        session: &Session,
        expected_revision: u64,
        now_ms: u64,
    ) -> Result<Saved, Refusal> {
        let id = session.id.clone();
        let mut mine = session.clone();
        mine.touch(now_ms);
        let live = match self.entries.get(&id) {
            Some(Entry::Live(live)) => live,
            Some(Entry::Newer(newer)) => {
                return Err(Refusal::Error(StoreError::ReadOnly {
                    id,
                    version: newer.version,
                }));
            }
            // Not known here (deleted, here or in another tab): expecting nothing
            // stored puts it back; anything else is a conflict with the deletion.
            None if expected_revision == 0 => {
                let created = self
                    .insert_new(mine, Vec::new(), None)
                    .map_err(Refusal::Error)?;
                return Ok(Saved {
                    revision: created.revision,
                    updated_ms: created.session.updated_ms,
                    status: created.status,
                    backup_key: None,
                });
            }
            None => return Err(Refusal::Conflict(Box::new((mine, None)))),
        };
        if live.revision == expected_revision && !live.dirty && same_content(&live.session, session)
        {
            return Ok(Saved {
                revision: live.revision,
                updated_ms: live.session.updated_ms,
                status: SaveStatus::Stored,
                backup_key: None,
            });
        }
        let key = keys::session_key(&id);
        let mut unreadable_raw = None;
        match self.storage.get(&key) {
            Err(error) => {
                // Storage cannot be read: check against memory, keep the change there.
                if live.revision != expected_revision {
                    let theirs = Some(Entry::Live(live.clone()));
                    return Err(Refusal::Conflict(Box::new((mine, theirs))));
                }
                return Ok(self.keep_in_memory(mine, expected_revision, error));
            }
            Ok(None) if expected_revision != 0 => {
                return Err(Refusal::Conflict(Box::new((mine, None))));
            }
            Ok(None) => {}
            Ok(Some(raw)) => match envelope::parse(&raw) {
                Parsed::Live { revision, .. } if revision == expected_revision => {
                    if live.backup_first {
                        unreadable_raw = Some(raw);
                    }
                }
                parsed @ (Parsed::Live { .. } | Parsed::Newer(_)) => {
                    let theirs = Entry::from_parsed(&id, parsed);
                    return Err(Refusal::Conflict(Box::new((mine, theirs))));
                }
                Parsed::Unreadable { .. } => unreadable_raw = Some(raw),
            },
        }
        let mut backup_key = None;
        if let Some(raw) = unreadable_raw {
            match self.backup(&key, &raw, now_ms) {
                Ok(k) => backup_key = Some(k),
                Err(error) => return Ok(self.keep_in_memory(mine, expected_revision, error)),
            }
        }
        let next = expected_revision.saturating_add(1);
        let text = envelope::encode(&mine, next)
            .ok_or_else(|| Refusal::Error(StoreError::Encoding { id: id.clone() }))?;
        if let Err(error) = self.storage.set(&key, &text) {
            let mut saved = self.keep_in_memory(mine, expected_revision, error);
            if let Some(Entry::Live(live)) = self.entries.get_mut(&id) {
                // The backup (if any) exists now: no need to make another.
                live.backup_first &= backup_key.is_none();
            }
            saved.backup_key = backup_key;
            return Ok(saved);
        }
        let updated_ms = mine.updated_ms;
        if let Some(Entry::Live(live)) = self.entries.get_mut(&id) {
            live.set_session(mine);
            live.revision = next;
            live.dirty = false;
            live.notes.clear();
            live.migrated_from = None;
            live.backup_first = false;
            live.pause = None;
        }
        self.settle_write_error();
        Ok(Saved {
            revision: next,
            updated_ms,
            status: SaveStatus::Stored,
            backup_key,
        })
    }

    /// Keeps `mine` in memory only, marked unsaved, based on stored revision `base`.
    fn keep_in_memory(&mut self, mine: Session, base: u64, error: StorageError) -> Saved {
        let updated_ms = mine.updated_ms;
        if let Some(Entry::Live(live)) = self.entries.get_mut(&mine.id) {
            live.set_session(mine);
            live.dirty = true;
            live.revision = base;
        }
        self.write_error = Some(error.clone());
        Saved {
            revision: base,
            updated_ms,
            status: SaveStatus::MemoryOnly(error),
            backup_key: None,
        }
    }

    /// Renames a decision (trimmed; nothing left keeps the current name), saved
    /// like the open decision ([`DecisionStore::save_open`]): a conflict is
    /// `Err(Conflict)`, with the new name kept in this tab until the user chooses.
    pub fn rename(&mut self, id: &str, name: &str, now_ms: u64) -> Result<Saved, StoreError> {
        let loaded = self.load(id)?;
        let mut session = loaded.session;
        if let Some(name) = session::new_name(name) {
            session.name = name;
        }
        match self.save_open(&session, now_ms)? {
            SaveOutcome::Saved(saved) => Ok(saved),
            SaveOutcome::Conflict(conflict) => Err(StoreError::Conflict(conflict)),
            SaveOutcome::Paused => Err(self.conflict(id).map_or_else(
                || StoreError::NotFound { id: id.to_owned() },
                |c| StoreError::Conflict(Box::new(c)),
            )),
        }
    }

    /// Tries again to write every decision with unsaved changes (e.g. after the
    /// user freed space), and, if storage was unavailable at startup and works
    /// now, reads what it holds. A decision paused by a conflict is not written
    /// (its outcome is the conflict). Returns each unsaved decision's outcome, and
    /// the changes and notices from reading storage.
    pub fn retry(&mut self, now_ms: u64) -> Retried {
        let mut retried = Retried::default();
        if self.is_unavailable() {
            let mut changes = Vec::new();
            self.scan(now_ms, &mut retried.notices, &mut changes);
            if self.is_unavailable() {
                return retried;
            }
            retried.changes = changes;
        }
        for id in self.unsaved_ids() {
            if let Some(conflict) = self.conflict(&id) {
                retried
                    .saves
                    .push((id, Err(StoreError::Conflict(Box::new(conflict)))));
                continue;
            }
            let Ok(loaded) = self.load(&id) else {
                continue;
            };
            // Written at its base revision, not touched again.
            let when = now_ms.min(loaded.session.updated_ms);
            let outcome = self.save(&loaded.session, loaded.revision, when);
            retried.saves.push((id, outcome));
        }
        retried
    }
}
