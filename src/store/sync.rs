//! Other tabs: bringing the store's memory in line with storage after another
//! tab's `storage` event, after `localStorage.clear()`, or when this tab comes
//! back to the front; and re-reading one decision.

use std::collections::BTreeSet;

use super::entries::{Entry, Loaded, Pause};
use super::envelope::{self, Parsed};
use super::keys::{self, is_valid_id};
use super::{
    Change, Conflict, DecisionStore, EventKind, KeyValueStorage, StorageEvent, StoreError,
    StoreNotice, classify,
};

impl<S: KeyValueStorage> DecisionStore<S> {
    /// Re-reads a decision from storage, dropping what this tab holds (and any
    /// conflict it was paused on). If storage cannot be read, returns what this
    /// tab holds.
    pub fn reload(&mut self, id: &str) -> Result<Loaded, StoreError> {
        let key = keys::session_key(id);
        match self.storage.get(&key) {
            Err(_) => {}
            Ok(None) => {
                if self.entries.remove(id).is_some() {
                    self.settle_write_error();
                }
                return Err(StoreError::NotFound { id: id.to_owned() });
            }
            Ok(Some(raw)) => {
                if let Some(entry) = Entry::from_parsed(id, envelope::parse(&raw)) {
                    self.entries.insert(id.to_owned(), entry);
                } else if let Some(Entry::Live(live)) = self.entries.get_mut(id) {
                    // Unreadable now: keep this tab's copy, back up before saving over.
                    live.backup_first = true;
                }
            }
        }
        self.load(id)
    }

    /// Applies another tab's `storage` event: re-reads what changed and returns
    /// what the UI should act on (refresh the list after any change; reload or
    /// leave an open decision named in `Updated`, `Removed`, `BecameReadOnly`; ask
    /// the user on `Conflict`). Events from this tab's own writes are not delivered
    /// by browsers, and would be no-ops anyway.
    pub fn on_storage_event(&mut self, event: &StorageEvent) -> Vec<Change> {
        let mut changes = Vec::new();
        match classify(event) {
            EventKind::NotOurs => {}
            EventKind::BackupChanged { .. } => changes.push(Change::BackupsChanged),
            EventKind::Cleared => changes = self.resync(),
            EventKind::SessionCreated { id }
            | EventKind::SessionUpdated { id, .. }
            | EventKind::SessionDeleted { id } => self.reconcile(&id, &mut changes),
        }
        changes
    }

    /// Re-reads every decision from storage and reconciles memory with it (after
    /// `localStorage.clear()` elsewhere, or when the tab becomes visible again after
    /// events may have been missed). Never moves anything to backups.
    pub fn resync(&mut self) -> Vec<Change> {
        let mut changes = Vec::new();
        let Ok(keys) = self.storage.keys() else {
            return changes;
        };
        let mut ids: BTreeSet<String> = keys
            .iter()
            .filter_map(|k| keys::session_id_of(k))
            .filter(|id| is_valid_id(id))
            .map(str::to_owned)
            .collect();
        ids.extend(self.entries.keys().cloned());
        for id in ids {
            self.reconcile(&id, &mut changes);
        }
        changes
    }

    /// Pauses saving `id` (which holds unsaved changes, `mine`) on a conflict with
    /// `theirs` (`None`: deleted), and reports it.
    fn pause(&mut self, id: &str, theirs: Option<Entry>, changes: &mut Vec<Change>) {
        if let Some(Entry::Live(live)) = self.entries.get_mut(id) {
            let conflict = Conflict::new(live.session.clone(), theirs.as_ref());
            live.pause = Some(Box::new(Pause { theirs }));
            changes.push(Change::Conflict(Box::new(conflict)));
        }
    }

    /// Brings one decision's memory in line with storage.
    fn reconcile(&mut self, id: &str, changes: &mut Vec<Change>) {
        let Ok(stored) = self.storage.get(&keys::session_key(id)) else {
            return;
        };
        let dirty = matches!(self.entries.get(id), Some(Entry::Live(live)) if live.dirty);
        let Some(raw) = stored else {
            match self.entries.get(id) {
                None => {}
                // Never stored (created while storage failed): nothing to compare.
                Some(entry) if entry.revision() == 0 => {}
                Some(_) if dirty => self.pause(id, None, changes),
                Some(_) => {
                    self.entries.remove(id);
                    changes.push(Change::Removed { id: id.to_owned() });
                }
            }
            return;
        };
        let parsed = envelope::parse(&raw);
        if let Parsed::Unreadable { reason } = parsed {
            if let Some(Entry::Live(live)) = self.entries.get_mut(id) {
                live.backup_first = true;
            }
            changes.push(Change::Notice(StoreNotice::ChangedOutside {
                id: id.to_owned(),
                reason,
            }));
            return;
        }
        let Some(new_entry) = Entry::from_parsed(id, parsed) else {
            return;
        };
        let old = self.entries.get(id);
        if old.is_some_and(|old| old.revision() == new_entry.revision()) {
            match (old, &new_entry) {
                // Same revision and this tab's unsaved changes are based on it.
                _ if dirty => return,
                (Some(Entry::Live(a)), Entry::Live(b)) if a.session == b.session => return,
                (Some(Entry::Newer(a)), Entry::Newer(b)) if a == b => return,
                _ => {}
            }
        }
        if dirty {
            self.pause(id, Some(new_entry), changes);
            return;
        }
        let change = match &new_entry {
            _ if old.is_none() => Change::Added { id: id.to_owned() },
            Entry::Live(live) => Change::Updated {
                id: id.to_owned(),
                revision: live.revision,
            },
            Entry::Newer(newer) => Change::BecameReadOnly {
                id: id.to_owned(),
                version: newer.version,
            },
        };
        if old.is_none() {
            changes.extend(new_entry.notices(id).into_iter().map(Change::Notice));
        }
        self.entries.insert(id.to_owned(), new_entry);
        changes.push(change);
    }
}
