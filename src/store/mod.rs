//! The session store: several named sessions in a string key-value storage
//! (`localStorage` in the browser), with nothing ever lost. Documented in
//! `docs/storage.md`.
//!
//! Pure and deterministic: it never reads a clock or makes ids (the caller passes
//! `now_ms` and new ids; the browser adapter `crate::adapters::storage` has
//! `now_ms()` and `new_session_id()`), and it works against the
//! [`KeyValueStorage`] trait, so it is tested natively with [`MemoryStorage`].
//!
//! * [`SessionStore::open`] at startup: reads every record; unreadable values are
//!   moved to backup keys, repairs and newer versions are reported as
//!   [`StoreNotice`]s.
//! * All sessions live in memory too; every change is written through at once.
//!   If storage is unavailable or full, the store keeps working in memory and each
//!   write says so ([`SaveStatus::MemoryOnly`]); what is stored is never damaged.
//! * Every record carries the session format `version` and a `revision`: `save`
//!   writes only if storage still holds the revision this tab loaded, otherwise it
//!   returns a [`Conflict`] with both versions.
//! * [`SessionStore::on_storage_event`] turns another tab's change into
//!   [`Change`]s.
//!
//! Modules: [`kv`] (the storage trait, its errors, [`MemoryStorage`]), [`keys`]
//! (key layout), [`record`] (the stored value), [`event`] (storage events),
//! `error`, `notice`.

mod error;
pub mod event;
pub mod keys;
pub mod kv;
mod notice;
pub mod record;

#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

pub use error::{Conflict, StoreError, Theirs};
pub use event::{Change, EventKind, classify};
pub use keys::{BACKUP_PREFIX, BackupInfo, SESSION_PREFIX, is_valid_id};
pub use kv::{KeyValueStorage, MemoryStorage, StorageError, StorageEvent};
pub use notice::{Severity, StoreNotice};

use crate::model::Language;
use crate::session::{self, DEFAULT_NAME, RepairNote, Session, SessionError};
use record::Parsed;

/// Largest text [`SessionStore::import`] accepts (a real session is a few KB).
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;
/// Whether a write reached storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Written to storage.
    Stored,
    /// Kept in memory only (this tab): storage is unavailable or full. What was
    /// stored before is intact. Say "changes are not being saved" and offer export;
    /// the next save tries again.
    MemoryOnly(StorageError),
}

impl SaveStatus {
    /// Whether the change reached storage.
    pub fn is_stored(&self) -> bool {
        matches!(self, SaveStatus::Stored)
    }
}

/// Whether the store is saving, for a banner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreStatus {
    /// Every session in memory is also in storage.
    Saving,
    /// Storage could not be used at startup: nothing is being saved.
    Unavailable(StorageError),
    /// Some sessions have changes that could not be written (see
    /// [`SessionStore::unsaved_ids`]); the last failure was this.
    NotSaving(StorageError),
}

/// Whether a session can be edited here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// A session this version reads and writes.
    Editable,
    /// Saved by a newer Stackwise: shown read-only, never overwritten.
    ReadOnly {
        /// Its format version.
        version: u64,
    },
}

/// One line of the session list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionSummary {
    /// The session id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Creation time (ms), 0 if unknown.
    pub created_ms: u64,
    /// Last change (ms), 0 if unknown; the list is sorted by it, newest first.
    pub updated_ms: u64,
    /// The language currently ranked first (from [`crate::model::evaluate`]);
    /// `None` while nothing is answered, or for a read-only session.
    pub leading: Option<Language>,
    /// Visible questions answered (from [`crate::model::progress`]).
    pub answered: usize,
    /// Visible questions.
    pub total: usize,
    /// The stored revision this tab knows (0: never stored).
    pub revision: u64,
    /// Editable or read-only.
    pub access: Access,
    /// This tab holds changes that are not in storage.
    pub unsaved: bool,
}

/// A session opened for editing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// The session.
    pub session: Session,
    /// The revision to pass to the next [`SessionStore::save`].
    pub revision: u64,
    /// This tab holds changes that are not in storage.
    pub unsaved: bool,
    /// Repairs made when it was read (cleared by the next successful save).
    pub notes: Vec<RepairNote>,
    /// The format version it was migrated from, if older.
    pub migrated_from: Option<u64>,
}

/// The result of a save (also of rename).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Saved {
    /// The revision to pass to the next save.
    pub revision: u64,
    /// The session's `updated_ms` as saved.
    pub updated_ms: u64,
    /// Whether it reached storage.
    pub status: SaveStatus,
    /// If the stored value was repaired or unreadable, the backup key it was
    /// copied to before being saved over.
    pub backup_key: Option<String>,
}

/// A new session (from create, duplicate, save_copy or import).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Created {
    /// The new session.
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

/// A deleted session, kept so the deletion can be undone with
/// [`SessionStore::restore_deleted`].
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    id: String,
    entry: Entry,
    stored: Option<String>,
    /// Whether the removal reached storage (if not, the session is still stored
    /// and comes back at the next start).
    pub status: SaveStatus,
}

impl Deleted {
    /// The deleted session's id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Its name, for "“…” deleted. Undo".
    pub fn name(&self) -> &str {
        match &self.entry {
            Entry::Live(live) => &live.session.name,
            Entry::Newer(newer) => newer.name.as_deref().unwrap_or(DEFAULT_NAME),
        }
    }
}

/// The language [`crate::model::evaluate`] ranks first, computed with only the
/// scoring and ranking steps of `evaluate` (a third of its cost: the session list
/// computes it for every session). A property test checks it always agrees with
/// `evaluate(..).winner()`.
pub fn leading_language(session: &Session) -> Language {
    use crate::model::{questionnaire::VisibleAnswers, scoring};
    let view = VisibleAnswers::new(&session.answers);
    let sheet = scoring::score(&view);
    scoring::rank(&sheet.scores, &session.weights).winner()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Digest {
    leading: Option<Language>,
    answered: usize,
    total: usize,
}

impl Digest {
    fn of(session: &Session) -> Digest {
        let (answered, total) = crate::model::progress(&session.answers);
        let leading = (answered > 0).then(|| leading_language(session));
        Digest {
            leading,
            answered,
            total,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
struct Live {
    session: Session,
    /// The stored revision this copy is based on (0: never stored).
    revision: u64,
    /// Memory holds changes that are not in storage.
    dirty: bool,
    notes: Vec<RepairNote>,
    migrated_from: Option<u64>,
    /// The stored text was repaired or unreadable: copy it aside before the
    /// first write over it.
    backup_first: bool,
    digest: Digest,
}

impl Live {
    fn new(session: Session, revision: u64) -> Live {
        let digest = Digest::of(&session);
        Live {
            session,
            revision,
            dirty: false,
            notes: Vec::new(),
            migrated_from: None,
            backup_first: false,
            digest,
        }
    }

    fn set_session(&mut self, session: Session) {
        if session.answers != self.session.answers || session.weights != self.session.weights {
            self.digest = Digest::of(&session);
        }
        self.session = session;
    }
}

#[derive(Clone, Debug, PartialEq)]
struct Newer {
    version: u64,
    name: Option<String>,
    created_ms: Option<u64>,
    updated_ms: Option<u64>,
    revision: u64,
    document: String,
}

#[derive(Clone, Debug, PartialEq)]
enum Entry {
    Live(Live),
    Newer(Newer),
}

impl Entry {
    /// Builds an entry from a readable record stored under `id`.
    fn from_parsed(id: &str, parsed: Parsed) -> Option<Entry> {
        match parsed {
            Parsed::Live {
                mut session,
                revision,
                mut notes,
                migrated_from,
            } => {
                if session.id != id {
                    notes.push(RepairNote {
                        path: "session.id".to_owned(),
                        message: format!(
                            "\"{}\" does not match its key; set to \"{id}\"",
                            session.id
                        ),
                    });
                    session.id = id.to_owned();
                }
                let mut live = Live::new(session, revision);
                live.backup_first = !notes.is_empty();
                live.notes = notes;
                live.migrated_from = migrated_from;
                Some(Entry::Live(live))
            }
            Parsed::Newer {
                version,
                name,
                created_ms,
                updated_ms,
                revision,
                document,
            } => Some(Entry::Newer(Newer {
                version,
                name,
                created_ms,
                updated_ms,
                revision,
                document,
            })),
            Parsed::Unreadable { .. } => None,
        }
    }

    fn revision(&self) -> u64 {
        match self {
            Entry::Live(live) => live.revision,
            Entry::Newer(newer) => newer.revision,
        }
    }

    fn notices(&self, id: &str) -> Vec<StoreNotice> {
        let mut out = Vec::new();
        match self {
            Entry::Live(live) => {
                if let Some(from) = live.migrated_from {
                    out.push(StoreNotice::Migrated {
                        id: id.to_owned(),
                        name: live.session.name.clone(),
                        from,
                    });
                }
                if !live.notes.is_empty() {
                    out.push(StoreNotice::Repaired {
                        id: id.to_owned(),
                        name: live.session.name.clone(),
                        notes: live.notes.clone(),
                        backup_key: None,
                    });
                }
            }
            Entry::Newer(newer) => out.push(StoreNotice::NewerVersion {
                id: id.to_owned(),
                name: newer.name.clone(),
                version: newer.version,
            }),
        }
        out
    }

    fn summary(&self, id: &str) -> SessionSummary {
        match self {
            Entry::Live(live) => SessionSummary {
                id: id.to_owned(),
                name: live.session.name.clone(),
                created_ms: live.session.created_ms,
                updated_ms: live.session.updated_ms,
                leading: live.digest.leading,
                answered: live.digest.answered,
                total: live.digest.total,
                revision: live.revision,
                access: Access::Editable,
                unsaved: live.dirty,
            },
            Entry::Newer(newer) => SessionSummary {
                id: id.to_owned(),
                name: newer
                    .name
                    .clone()
                    .unwrap_or_else(|| DEFAULT_NAME.to_owned()),
                created_ms: newer.created_ms.unwrap_or(0),
                updated_ms: newer.updated_ms.unwrap_or(0),
                leading: None,
                answered: 0,
                total: 0,
                revision: newer.revision,
                access: Access::ReadOnly {
                    version: newer.version,
                },
                unsaved: false,
            },
        }
    }
}

/// Whether two versions of a session differ in anything but `updated_ms`.
fn same_content(a: &Session, b: &Session) -> bool {
    // Every field but `updated_ms`, including parts added by later format versions
    // (the trial and the review).
    Session {
        updated_ms: b.updated_ms,
        ..a.clone()
    } == *b
}

/// A file name for exporting a session named `name`:
/// `stackwise-<lowercase words joined by ->.json`.
pub fn export_file_name(name: &str) -> String {
    let slug = session::name_slug(name);
    if slug.is_empty() {
        "stackwise-session.json".to_owned()
    } else {
        format!("stackwise-{slug}.json")
    }
}

/// Reads an import: a session document, or a stored record pasted from storage.
fn parse_import(text: &str) -> Result<session::Restored, SessionError> {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(mut map)) => {
            if !map.contains_key("format")
                && let Some(inner @ Value::Object(_)) = map.remove("session")
            {
                return session::from_value(inner);
            }
            session::from_value(Value::Object(map))
        }
        Ok(other) => session::from_value(other),
        Err(_) => session::parse_session(text),
    }
}

/// The session store over a [`KeyValueStorage`]. See the module docs.
#[derive(Debug)]
pub struct SessionStore<S: KeyValueStorage> {
    storage: S,
    entries: BTreeMap<String, Entry>,
    /// Storage could not be listed at startup.
    unavailable: Option<StorageError>,
    /// The last failed write, while some session is unsaved.
    write_error: Option<StorageError>,
}

impl<S: KeyValueStorage> SessionStore<S> {
    /// Opens the store (startup): reads every session record and returns what the
    /// user should be told. Unreadable values are moved to backup keys; repaired
    /// and migrated records are reported (and left as stored until saved);
    /// newer-version records are listed read-only. If storage cannot be listed,
    /// the store starts empty in memory with a
    /// [`StoreNotice::StorageUnavailable`]. Never fails, never panics.
    pub fn open(storage: S, now_ms: u64) -> (SessionStore<S>, Vec<StoreNotice>) {
        let mut store = SessionStore {
            storage,
            entries: BTreeMap::new(),
            unavailable: None,
            write_error: None,
        };
        let mut notices = Vec::new();
        store.scan(now_ms, &mut notices, &mut Vec::new());
        (store, notices)
    }

    /// Reads every session key; entries not in memory yet are added.
    fn scan(&mut self, now_ms: u64, notices: &mut Vec<StoreNotice>, changes: &mut Vec<Change>) {
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
        keys.sort();
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
            match record::parse(&raw) {
                Parsed::Unreadable { reason } => {
                    notices.push(self.set_aside(&key, &raw, reason, now_ms));
                }
                parsed => {
                    if let Some(mut entry) = Entry::from_parsed(&id, parsed) {
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
            }
        }
    }

    /// At startup, copies a repaired record's stored text to a backup key and
    /// saves the repaired session over it (next revision), so the repair is
    /// reported once. Returns the backup key if the copy was made. On any failure
    /// the stored text stays and is backed up before the first save over it.
    fn settle_repair(&self, key: &str, raw: &str, live: &mut Live, now_ms: u64) -> Option<String> {
        let backup_key = self.backup(key, raw, now_ms).ok()?;
        live.backup_first = false;
        let next = live.revision.saturating_add(1);
        if let Some(text) = record::encode(&live.session, next)
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
    fn backup(&self, key: &str, raw: &str, now_ms: u64) -> Result<String, StorageError> {
        for attempt in 0..u32::MAX {
            let candidate = keys::backup_key(now_ms, attempt, key);
            if self.storage.get(&candidate)?.is_none() {
                self.storage.set(&candidate, raw)?;
                return Ok(candidate);
            }
        }
        Err(StorageError::unavailable("no free backup key"))
    }

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

    fn has_unsaved(&self) -> bool {
        self.entries
            .values()
            .any(|e| matches!(e, Entry::Live(live) if live.dirty))
    }

    /// Ids of the sessions with changes that are not in storage (offer export).
    pub fn unsaved_ids(&self) -> Vec<String> {
        self.entries
            .iter()
            .filter(|(_, e)| matches!(e, Entry::Live(live) if live.dirty))
            .map(|(id, _)| id.clone())
            .collect()
    }

    /// The most recently changed session this version can edit, as `(id, name)`,
    /// without scoring anything (for "continue where you left off").
    pub fn most_recent_editable(&self) -> Option<(String, String)> {
        self.entries
            .iter()
            .filter_map(|(id, entry)| match entry {
                Entry::Live(live) => Some((id, &live.session)),
                Entry::Newer(_) => None,
            })
            .max_by(|(a_id, a), (b_id, b)| {
                a.updated_ms
                    .cmp(&b.updated_ms)
                    .then_with(|| b.name.cmp(&a.name))
                    .then_with(|| b_id.cmp(a_id))
            })
            .map(|(id, session)| (id.clone(), session.name.clone()))
    }

    /// The session list, most recently changed first.
    pub fn list(&self) -> Vec<SessionSummary> {
        let mut list: Vec<SessionSummary> = self
            .entries
            .iter()
            .map(|(id, entry)| entry.summary(id))
            .collect();
        list.sort_by(|a, b| {
            b.updated_ms
                .cmp(&a.updated_ms)
                .then_with(|| a.name.cmp(&b.name))
                .then_with(|| a.id.cmp(&b.id))
        });
        list
    }

    /// One line of the list.
    pub fn summary(&self, id: &str) -> Option<SessionSummary> {
        self.entries.get(id).map(|e| e.summary(id))
    }

    /// Whether a session with this id is known.
    pub fn contains(&self, id: &str) -> bool {
        self.entries.contains_key(id)
    }

    /// Number of sessions.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no sessions.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// A session for editing, as this tab holds it.
    pub fn load(&self, id: &str) -> Result<Loaded, StoreError> {
        match self.entries.get(id) {
            Some(Entry::Live(live)) => Ok(Loaded {
                session: live.session.clone(),
                revision: live.revision,
                unsaved: live.dirty,
                notes: live.notes.clone(),
                migrated_from: live.migrated_from,
            }),
            Some(Entry::Newer(newer)) => Err(StoreError::ReadOnly {
                id: id.to_owned(),
                version: newer.version,
            }),
            None => Err(StoreError::NotFound { id: id.to_owned() }),
        }
    }

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

    /// Adds a new session under its id (checked free) and writes it.
    fn insert_new(
        &mut self,
        session: Session,
        notes: Vec<RepairNote>,
        migrated_from: Option<u64>,
    ) -> Result<Created, StoreError> {
        self.check_free(&session.id)?;
        let id = session.id.clone();
        let text =
            record::encode(&session, 1).ok_or_else(|| StoreError::Encoding { id: id.clone() })?;
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
        self.entries.insert(id, Entry::Live(live));
        Ok(Created {
            session,
            revision,
            status,
            notes,
            migrated_from,
        })
    }

    /// Creates an empty session named `name` (trimmed; empty gives the default
    /// name) under `new_id`, which must be unused.
    pub fn create(&mut self, new_id: &str, name: &str, now_ms: u64) -> Result<Created, StoreError> {
        self.insert_new(
            Session::new(new_id, session::clean_name(name), now_ms),
            Vec::new(),
            None,
        )
    }

    /// Saves `session` (its id names it), touched at `now_ms`, if storage still
    /// holds `expected_revision` (the revision from the last load/save/create of
    /// this session; 0 for a session that was never stored or was deleted
    /// elsewhere and should be put back).
    ///
    /// * `Ok(Saved)`: written (`Stored`, new revision), or kept in memory only
    ///   (`MemoryOnly`, same revision) because storage is unavailable or full — the
    ///   stored value is then untouched, and the next save tries again.
    /// * `Err(Conflict)`: storage moved on (another tab saved or deleted it, or a
    ///   newer Stackwise saved it); nothing was written; both versions are returned.
    /// * `Err(ReadOnly)`, `Err(NotFound)`.
    ///
    /// Saving a session whose content (all but `updated_ms`) equals what the store
    /// holds, at the same revision, writes nothing.
    pub fn save(
        &mut self,
        session: &Session,
        expected_revision: u64,
        now_ms: u64,
    ) -> Result<Saved, StoreError> {
        let id = session.id.clone();
        let mut mine = session.clone();
        mine.touch(now_ms);
        let conflict = |theirs: Theirs, mine: Session| {
            Err(StoreError::Conflict(Box::new(Conflict {
                id: mine.id.clone(),
                mine,
                theirs,
            })))
        };
        let live = match self.entries.get(&id) {
            Some(Entry::Live(live)) => live,
            Some(Entry::Newer(newer)) => {
                return Err(StoreError::ReadOnly {
                    id,
                    version: newer.version,
                });
            }
            // Not known here (deleted, here or in another tab): expecting nothing
            // stored puts it back; anything else is a conflict with the deletion.
            None if expected_revision == 0 => {
                let created = self.insert_new(mine, Vec::new(), None)?;
                return Ok(Saved {
                    revision: created.revision,
                    updated_ms: created.session.updated_ms,
                    status: created.status,
                    backup_key: None,
                });
            }
            None => return conflict(Theirs::Deleted, mine),
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
        let (stored, backup_first) = (self.storage.get(&key), live.backup_first);
        let mut unreadable_raw = None;
        match stored {
            Err(error) => {
                // Storage cannot be read: check against memory, keep the change there.
                if live.revision != expected_revision {
                    return conflict(
                        Theirs::Changed {
                            session: live.session.clone(),
                            revision: live.revision,
                        },
                        mine,
                    );
                }
                return Ok(self.keep_in_memory(mine, expected_revision, error));
            }
            Ok(None) if expected_revision != 0 => return conflict(Theirs::Deleted, mine),
            Ok(None) => {}
            Ok(Some(raw)) => match record::parse(&raw) {
                Parsed::Live {
                    session: theirs,
                    revision,
                    ..
                } => {
                    if revision != expected_revision {
                        let mut theirs = theirs;
                        theirs.id = id.clone();
                        return conflict(
                            Theirs::Changed {
                                session: theirs,
                                revision,
                            },
                            mine,
                        );
                    }
                    if backup_first {
                        unreadable_raw = Some(raw);
                    }
                }
                Parsed::Newer {
                    version, revision, ..
                } => return conflict(Theirs::Newer { version, revision }, mine),
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
        let base = expected_revision;
        let next = base.saturating_add(1);
        let text =
            record::encode(&mine, next).ok_or_else(|| StoreError::Encoding { id: id.clone() })?;
        match self.storage.set(&key, &text) {
            Ok(()) => {
                let updated_ms = mine.updated_ms;
                if let Some(Entry::Live(live)) = self.entries.get_mut(&id) {
                    live.set_session(mine);
                    live.revision = next;
                    live.dirty = false;
                    live.notes.clear();
                    live.migrated_from = None;
                    live.backup_first = false;
                }
                if !self.has_unsaved() {
                    self.write_error = None;
                }
                Ok(Saved {
                    revision: next,
                    updated_ms,
                    status: SaveStatus::Stored,
                    backup_key,
                })
            }
            Err(error) => {
                let mut saved = self.keep_in_memory(mine, base, error);
                if let Some(Entry::Live(live)) = self.entries.get_mut(&id) {
                    // The backup (if any) exists now: no need to make another.
                    live.backup_first &= backup_key.is_none();
                }
                saved.backup_key = backup_key;
                Ok(saved)
            }
        }
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

    /// Renames a session (trimmed; empty gives the default name), based on the
    /// revision this tab holds. If the session is open in an editor, `load` it
    /// again afterwards (its revision changed).
    pub fn rename(&mut self, id: &str, name: &str, now_ms: u64) -> Result<Saved, StoreError> {
        let loaded = self.load(id)?;
        let mut session = loaded.session;
        // Nothing left after trimming keeps the current name (nothing is written).
        if let Some(name) = session::new_name(name) {
            session.name = name;
        }
        self.save(&session, loaded.revision, now_ms)
    }

    /// Saves `session` as a new session under `new_id` (unused), named
    /// "<name> (copy)", created and changed at `now_ms`. This is "keep mine as a
    /// copy" after a conflict.
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

    /// Duplicates a session (as this tab holds it) under `new_id`.
    pub fn duplicate(
        &mut self,
        id: &str,
        new_id: &str,
        now_ms: u64,
    ) -> Result<Created, StoreError> {
        let loaded = self.load(id)?;
        self.save_copy(&loaded.session, new_id, now_ms)
    }

    /// Deletes a session (read-only ones too: deleting is not overwriting). Keep
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

    /// Imports a session from text (an exported file, or a record copied out of
    /// storage) as a NEW session under `new_id` (unused; the file's own id is
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
        let restored = parse_import(text).map_err(StoreError::Import)?;
        let mut session = restored.session;
        session.id = new_id.to_owned();
        session.name = session::clean_name(&session.name);
        session.touch(now_ms);
        self.insert_new(session, restored.notes, restored.migrated_from)
    }

    /// A session as pretty-printed JSON in the documented session format (with any
    /// unsaved changes this tab holds). A read-only session is exported exactly as
    /// stored (in its newer format).
    pub fn export(&self, id: &str) -> Result<String, StoreError> {
        match self.entries.get(id) {
            Some(Entry::Live(live)) => Ok(live.session.to_json()),
            Some(Entry::Newer(newer)) => Ok(newer.document.clone()),
            None => Err(StoreError::NotFound { id: id.to_owned() }),
        }
    }

    /// Re-reads a session from storage, dropping what this tab holds ("take
    /// theirs" after a conflict). If storage cannot be read, returns what this tab
    /// holds.
    pub fn reload(&mut self, id: &str) -> Result<Loaded, StoreError> {
        let key = keys::session_key(id);
        match self.storage.get(&key) {
            Err(_) => {}
            Ok(None) => {
                if self.entries.remove(id).is_some() && !self.has_unsaved() {
                    self.write_error = None;
                }
                return Err(StoreError::NotFound { id: id.to_owned() });
            }
            Ok(Some(raw)) => {
                if let Some(entry) = Entry::from_parsed(id, record::parse(&raw)) {
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
    /// leave an open session named in `Updated`, `Removed`, `BecameReadOnly`; ask
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

    /// Re-reads every session from storage and reconciles memory with it (after
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

    /// Brings one session's memory in line with storage.
    fn reconcile(&mut self, id: &str, changes: &mut Vec<Change>) {
        let Ok(stored) = self.storage.get(&keys::session_key(id)) else {
            return;
        };
        let dirty_mine = match self.entries.get(id) {
            Some(Entry::Live(live)) if live.dirty => Some(live.session.clone()),
            _ => None,
        };
        let conflict = |mine: Session, theirs: Theirs| {
            Change::Conflict(Box::new(Conflict {
                id: id.to_owned(),
                mine,
                theirs,
            }))
        };
        let Some(raw) = stored else {
            match (self.entries.get(id), dirty_mine) {
                (None, _) => {}
                // Never stored (created while storage failed): nothing to compare.
                (Some(entry), _) if entry.revision() == 0 => {}
                (Some(_), Some(mine)) => changes.push(conflict(mine, Theirs::Deleted)),
                (Some(_), None) => {
                    self.entries.remove(id);
                    changes.push(Change::Removed { id: id.to_owned() });
                }
            }
            return;
        };
        let parsed = record::parse(&raw);
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
                _ if dirty_mine.is_some() => return,
                (Some(Entry::Live(a)), Entry::Live(b)) if a.session == b.session => return,
                (Some(Entry::Newer(a)), Entry::Newer(b)) if a == b => return,
                _ => {}
            }
        }
        if let Some(mine) = dirty_mine {
            let theirs = match &new_entry {
                Entry::Live(live) => Theirs::Changed {
                    session: live.session.clone(),
                    revision: live.revision,
                },
                Entry::Newer(newer) => Theirs::Newer {
                    version: newer.version,
                    revision: newer.revision,
                },
            };
            changes.push(conflict(mine, theirs));
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

    /// Tries again to write every session with unsaved changes (e.g. after the
    /// user freed space), and, if storage was unavailable at startup and works
    /// now, reads what it holds. Returns each unsaved session's outcome, and the
    /// changes and notices from reading storage.
    pub fn retry(&mut self, now_ms: u64) -> Retried {
        let mut retried = Retried::default();
        if self.unavailable.is_some() {
            let mut changes = Vec::new();
            self.scan(now_ms, &mut retried.notices, &mut changes);
            if self.unavailable.is_some() {
                return retried;
            }
            retried.changes = changes;
        }
        for id in self.unsaved_ids() {
            let Ok(loaded) = self.load(&id) else {
                continue;
            };
            let outcome = self.flush(&loaded.session, loaded.revision, now_ms);
            retried.saves.push((id, outcome));
        }
        retried
    }

    /// Writes an unsaved session at its base revision (does not touch it again).
    fn flush(
        &mut self,
        session: &Session,
        revision: u64,
        now_ms: u64,
    ) -> Result<Saved, StoreError> {
        self.save(session, revision, now_ms.min(session.updated_ms))
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
        list.sort_by(|a, b| b.made_ms.cmp(&a.made_ms).then_with(|| a.key.cmp(&b.key)));
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

/// What [`SessionStore::retry`] did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Retried {
    /// Each session that had unsaved changes, and what saving it gave.
    pub saves: Vec<(String, Result<Saved, StoreError>)>,
    /// Sessions found in storage once it became available.
    pub changes: Vec<Change>,
    /// Notices from reading storage once it became available.
    pub notices: Vec<StoreNotice>,
}
