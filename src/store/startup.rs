//! Opening the store: reading every decision at startup (or once storage that was
//! unavailable works again), setting unreadable values aside in backup keys, and
//! the backups themselves (list, read, discard).

use std::collections::BTreeMap;

use super::entries::{Entry, Live};
use super::envelope::{self, Parsed};
use super::keys::{self, BACKUP_PREFIX, BackupInfo, SESSION_PREFIX, is_valid_id};
use super::{Change, DecisionStore, KeyValueStorage, StorageError, StoreNotice};

impl<S: KeyValueStorage> DecisionStore<S> {
    /// Opens the store (startup): reads every decision and returns what the user
    /// should be told. Unreadable values are moved to backup keys; repaired and
    /// migrated records are reported (and left as stored until saved);
    /// newer-version records are listed read-only. If storage cannot be listed,
    /// the store starts empty in memory with a
    /// [`StoreNotice::StorageUnavailable`]. Never fails, never panics.
    pub fn open(storage: S, now_ms: u64) -> (DecisionStore<S>, Vec<StoreNotice>) {
        let mut store = DecisionStore {
            storage,
            entries: BTreeMap::new(),
            unavailable: None,
            write_error: None,
        };
        let mut notices = Vec::new();
        store.scan(now_ms, &mut notices, &mut Vec::new());
        (store, notices)
    }

    /// Whether storage could not be listed at startup (and has not worked since).
    pub(super) fn is_unavailable(&self) -> bool {
        self.unavailable.is_some()
    }

    /// Reads every decision key; entries not in memory yet are added.
    pub(super) fn scan(
        &mut self,
        now_ms: u64,
        notices: &mut Vec<StoreNotice>,
        changes: &mut Vec<Change>,
    ) {
        let keys = match self.storage.keys() {
            Ok(keys) => keys,
            Err(error) => {
                notices.push(StoreNotice::StorageUnavailable {
                    error: error.clone(),
                });
                self.unavailable = Some(error);
                return;
            }
        };
        self.unavailable = None;
        let mut keys: Vec<String> = keys
            .into_iter()
            .filter(|k| k.starts_with(SESSION_PREFIX))
            .collect();
        // std's sort: one key per saved decision, possibly thousands (small_sort).
        #[allow(clippy::disallowed_methods, reason = "thousands of keys: std's sort")]
        keys.sort_unstable();
        for key in keys {
            let id = keys::session_id_of(&key).unwrap_or_default().to_owned();
            if self.entries.contains_key(&id) {
                continue;
            }
            let raw = match self.storage.get(&key) {
                Ok(Some(raw)) => raw,
                Ok(None) => continue,
                Err(error) => {
                    notices.push(StoreNotice::CouldNotRead { key, error });
                    continue;
                }
            };
            if !is_valid_id(&id) {
                let reason = "the key does not end in a session id (1 to 64 letters, digits, \
                              - or _)"
                    .to_owned();
                notices.push(self.set_aside(&key, &raw, reason, now_ms));
                continue;
            }
            let parsed = envelope::parse(&raw);
            if let Parsed::Unreadable { reason } = parsed {
                notices.push(self.set_aside(&key, &raw, reason, now_ms));
                continue;
            }
            let Some(mut entry) = Entry::from_parsed(&id, parsed) else {
                continue;
            };
            let backup_key = match &mut entry {
                Entry::Live(live) if live.backup_first => {
                    self.settle_repair(&key, &raw, live, now_ms)
                }
                _ => None,
            };
            for mut notice in entry.notices(&id) {
                if let StoreNotice::Repaired { backup_key: k, .. } = &mut notice {
                    k.clone_from(&backup_key);
                }
                notices.push(notice);
            }
            changes.push(Change::Added { id: id.clone() });
            self.entries.insert(id, entry);
        }
    }

    /// At startup, copies a repaired record's stored text to a backup key and
    /// saves the repaired decision over it (next revision), so the repair is
    /// reported once. Returns the backup key if the copy was made. On any failure
    /// the stored text stays and is backed up before the first save over it.
    fn settle_repair(&self, key: &str, raw: &str, live: &mut Live, now_ms: u64) -> Option<String> {
        let backup_key = self.backup(key, raw, now_ms).ok()?;
        live.backup_first = false;
        let next = live.revision.saturating_add(1);
        if let Some(text) = envelope::encode(&live.session, next)
            && self.storage.set(key, &text).is_ok()
        {
            live.revision = next;
        }
        Some(backup_key)
    }

    /// Moves an unreadable value to a backup key (copy, then remove).
    fn set_aside(&mut self, key: &str, raw: &str, reason: String, now_ms: u64) -> StoreNotice {
        match self.backup(key, raw, now_ms) {
            Ok(backup_key) => {
                // If the removal fails the value stays as well: nothing is lost, and
                // the next start tries again.
                let _ = self.storage.remove(key);
                StoreNotice::MovedToBackup {
                    key: key.to_owned(),
                    reason,
                    backup_key,
                }
            }
            Err(error) => StoreNotice::LeftInPlace {
                key: key.to_owned(),
                reason,
                error,
            },
        }
    }

    /// Copies `raw` to a fresh backup key for `key`.
    pub(super) fn backup(&self, key: &str, raw: &str, now_ms: u64) -> Result<String, StorageError> {
        for attempt in 0..u32::MAX {
            let candidate = keys::backup_key(now_ms, attempt, key);
            if self.storage.get(&candidate)?.is_none() {
                self.storage.set(&candidate, raw)?;
                return Ok(candidate);
            }
        }
        Err(StorageError::unavailable("no free backup key"))
    }

    /// The backups in storage, newest first (empty if storage is unavailable).
    pub fn backups(&self) -> Vec<BackupInfo> {
        let mut list: Vec<BackupInfo> = self
            .storage
            .keys()
            .unwrap_or_default()
            .iter()
            .filter_map(|k| keys::parse_backup_key(k))
            .collect();
        crate::small_sort::sort_by(&mut list, |a, b| {
            b.made_ms.cmp(&a.made_ms).then_with(|| a.key.cmp(&b.key))
        });
        list
    }

    /// The text of a backup (to download it).
    pub fn read_backup(&self, key: &str) -> Result<Option<String>, StorageError> {
        if !key.starts_with(BACKUP_PREFIX) {
            return Ok(None);
        }
        self.storage.get(key)
    }

    /// Deletes a backup (only backup keys; others are left alone).
    pub fn discard_backup(&mut self, key: &str) -> Result<(), StorageError> {
        if !key.starts_with(BACKUP_PREFIX) {
            return Ok(());
        }
        self.storage.remove(key)
    }
}
