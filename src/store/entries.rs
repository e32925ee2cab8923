//! What the store holds for each decision, and reading it: the list with one
//! summary per decision, a decision loaded for editing, its export, and which
//! decisions hold changes that are not in storage yet.

use super::envelope::{Newer, Parsed};
use super::{DecisionStore, KeyValueStorage, StoreError, StoreNotice};
use crate::model::Language;
use crate::session::{DEFAULT_NAME, RepairNote, Session};

/// Whether a decision can be edited here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// A decision this version reads and writes.
    Editable,
    /// Saved by a newer Stackwise: shown read-only, never overwritten.
    ReadOnly {
        /// Its format version.
        version: u64,
    },
}

/// One line of the saved-decisions list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionSummary {
    /// The decision's id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Creation time (ms), 0 if unknown.
    pub created_ms: u64,
    /// Last change (ms), 0 if unknown; the list is sorted by it, newest first.
    pub updated_ms: u64,
    /// The language currently ranked first (from
    /// [`crate::model::leading_language`]); `None` while nothing is answered, or
    /// for a read-only decision.
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

/// A decision opened for editing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// The decision.
    pub session: Session,
    /// The stored revision its changes are based on.
    pub revision: u64,
    /// This tab holds changes that are not in storage.
    pub unsaved: bool,
    /// Repairs made when it was read (cleared by the next successful save).
    pub notes: Vec<RepairNote>,
    /// The format version it was migrated from, if older.
    pub migrated_from: Option<u64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Digest {
    leading: Option<Language>,
    answered: usize,
    total: usize,
}

impl Digest {
    fn of(session: &Session) -> Digest {
        let (answered, total) = crate::model::progress(&session.answers);
        let leading = (answered > 0)
            .then(|| crate::model::leading_language(&session.answers, &session.weights));
        Digest {
            leading,
            answered,
            total,
        }
    }
}

/// A decision this version can edit, as this tab holds it.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Live {
    pub(super) session: Session,
    /// The stored revision this copy is based on (0: never stored).
    pub(super) revision: u64,
    /// Memory holds changes that are not in storage.
    pub(super) dirty: bool,
    pub(super) notes: Vec<RepairNote>,
    pub(super) migrated_from: Option<u64>,
    /// The stored text was repaired or unreadable: copy it aside before the
    /// first write over it.
    pub(super) backup_first: bool,
    /// Saving is paused: storage holds another version than the one this tab's
    /// unsaved changes are based on, and the user has not chosen yet
    /// (`conflicts`).
    pub(super) pause: Option<Box<Pause>>,
    digest: Digest,
}

/// A conflict awaiting the user's choice: what storage holds instead of the
/// version this tab's changes are based on.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Pause {
    /// Their version as an entry of its own; `None` when it was deleted.
    pub(super) theirs: Option<Entry>,
}

impl Live {
    pub(super) fn new(session: Session, revision: u64) -> Live {
        let digest = Digest::of(&session);
        Live {
            session,
            revision,
            dirty: false,
            notes: Vec::new(),
            migrated_from: None,
            backup_first: false,
            pause: None,
            digest,
        }
    }

    pub(super) fn set_session(&mut self, session: Session) {
        if session.answers != self.session.answers || session.weights != self.session.weights {
            self.digest = Digest::of(&session);
        }
        self.session = session;
    }
}

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Entry {
    Live(Box<Live>),
    Newer(Newer),
}

impl Entry {
    /// Builds an entry from a readable record stored under `id`.
    pub(super) fn from_parsed(id: &str, parsed: Parsed) -> Option<Entry> {
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
                Some(Entry::Live(Box::new(live)))
            }
            Parsed::Newer(newer) => Some(Entry::Newer(newer)),
            Parsed::Unreadable { .. } => None,
        }
    }

    pub(super) fn revision(&self) -> u64 {
        match self {
            Entry::Live(live) => live.revision,
            Entry::Newer(newer) => newer.revision,
        }
    }

    pub(super) fn notices(&self, id: &str) -> Vec<StoreNotice> {
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

    fn summary(&self, id: &str) -> DecisionSummary {
        match self {
            Entry::Live(live) => DecisionSummary {
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
            Entry::Newer(newer) => DecisionSummary {
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

    /// Its name, or the default name when a newer version's cannot be read.
    pub(super) fn name(&self) -> &str {
        match self {
            Entry::Live(live) => &live.session.name,
            Entry::Newer(newer) => newer.name.as_deref().unwrap_or(DEFAULT_NAME),
        }
    }
}

/// Whether two versions of a decision differ in anything but `updated_ms`.
pub(super) fn same_content(a: &Session, b: &Session) -> bool {
    // Every field but `updated_ms`, including parts added by later format versions
    // (the trial, the review and the team).
    Session {
        updated_ms: b.updated_ms,
        ..a.clone()
    } == *b
}

impl<S: KeyValueStorage> DecisionStore<S> {
    pub(super) fn has_unsaved(&self) -> bool {
        self.entries
            .values()
            .any(|e| matches!(e, Entry::Live(live) if live.dirty))
    }

    /// Ids of the decisions with changes that are not in storage (offer export).
    pub fn unsaved_ids(&self) -> Vec<String> {
        self.entries
            .iter()
            .filter(|(_, e)| matches!(e, Entry::Live(live) if live.dirty))
            .map(|(id, _)| id.clone())
            .collect()
    }

    /// The most recently changed decision this version can edit, as `(id, name)`,
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

    /// The saved-decisions list, most recently changed first.
    pub fn list(&self) -> Vec<DecisionSummary> {
        let mut list: Vec<DecisionSummary> = self
            .entries
            .iter()
            .map(|(id, entry)| entry.summary(id))
            .collect();
        // std's sort, not small_sort: this list can be thousands long and usually
        // arrives oldest first, the worst case for an insertion sort's moves.
        #[allow(
            clippy::disallowed_methods,
            reason = "thousands of decisions: std's sort"
        )]
        list.sort_by(|a, b| {
            b.updated_ms
                .cmp(&a.updated_ms)
                .then_with(|| a.name.cmp(&b.name))
                .then_with(|| a.id.cmp(&b.id))
        });
        list
    }

    /// One line of the list.
    pub fn summary(&self, id: &str) -> Option<DecisionSummary> {
        self.entries.get(id).map(|e| e.summary(id))
    }

    /// Whether a decision with this id is known.
    pub fn contains(&self, id: &str) -> bool {
        self.entries.contains_key(id)
    }

    /// Number of decisions.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there are no decisions.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// A decision for editing, as this tab holds it.
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

    /// A decision as pretty-printed JSON in the documented session format (with
    /// any unsaved changes this tab holds). A read-only decision is exported
    /// exactly as stored (in its newer format).
    pub fn export(&self, id: &str) -> Result<String, StoreError> {
        match self.entries.get(id) {
            Some(Entry::Live(live)) => Ok(live.session.to_json()),
            Some(Entry::Newer(newer)) => Ok(newer.document.clone()),
            None => Err(StoreError::NotFound { id: id.to_owned() }),
        }
    }
}
