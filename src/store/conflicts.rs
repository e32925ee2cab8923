//! Conflicts between tabs over one decision, and the user's choice.
//!
//! A conflict is found when this tab saves a decision whose stored revision moved
//! on ([`DecisionStore::save_open`]), or when another tab's change arrives while
//! this tab holds unsaved changes to it ([`DecisionStore::on_storage_event`]).
//! Either way this tab's version is kept in its entry as unsaved changes and a
//! pause records what storage holds instead; while paused, nothing of that
//! decision is written, and another tab's event cannot replace this tab's
//! version. The pause ends only when the user chooses with
//! [`DecisionStore::resolve`] (or takes the stored version with
//! [`DecisionStore::reload`]).

use super::entries::{Entry, Loaded};
use super::keys;
use super::lifecycle::Created;
use super::saving::SaveOutcome;
use super::{Conflict, DecisionStore, KeyValueStorage, StoreError, Theirs, envelope};
use crate::session::Session;

/// What the user chose for a decision in conflict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// Save this tab's version as a new decision under `new_id` (unused), named
    /// "<name> (copy)"; the decision itself takes the stored version.
    KeepMineAsCopy {
        /// The copy's id.
        new_id: String,
    },
    /// Drop this tab's version; take what storage holds (which may be nothing,
    /// or a read-only decision from a newer Stackwise).
    TakeTheirs,
    /// Write this tab's version over theirs, on purpose (not offered when theirs
    /// is from a newer Stackwise: that is never overwritten).
    OverwriteWithMine,
}

/// What [`DecisionStore::resolve`] did.
// Returned once per user choice and matched at once: boxing the sessions inside
// would only add indirection.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// Mine was saved as `copy`; the decision now holds theirs (`None`: it was
    /// deleted, or is read-only now).
    Copied {
        /// The new decision.
        copy: Created,
        /// The decision as it is now, if it can still be edited.
        theirs: Option<Loaded>,
    },
    /// The decision now holds theirs (`None`: it was deleted, or is read-only now).
    TookTheirs(Option<Loaded>),
    /// Mine was saved over theirs — or, if storage moved on again meanwhile, a new
    /// conflict (saving paused again), or kept in memory if storage refused.
    Overwrote(SaveOutcome),
}

impl Conflict {
    /// The conflict between `mine` and what storage holds (`None`: deleted).
    pub(super) fn new(mine: Session, theirs: Option<&Entry>) -> Conflict {
        let theirs = match theirs {
            None => Theirs::Deleted,
            Some(Entry::Live(live)) => Theirs::Changed {
                session: live.session.clone(),
                revision: live.revision,
            },
            Some(Entry::Newer(newer)) => Theirs::Newer {
                version: newer.version,
                revision: newer.revision,
            },
        };
        Conflict {
            id: mine.id.clone(),
            mine,
            theirs,
        }
    }
}

impl<S: KeyValueStorage> DecisionStore<S> {
    /// The conflict saving `id` is paused on, if any: this tab's version (with
    /// every edit made since) and what storage holds.
    pub fn conflict(&self, id: &str) -> Option<Conflict> {
        match self.entries.get(id) {
            Some(Entry::Live(live)) => live
                .pause
                .as_ref()
                .map(|pause| Conflict::new(live.session.clone(), pause.theirs.as_ref())),
            _ => None,
        }
    }

    /// Settles the conflict over `id` the way the user chose, at `now_ms`.
    /// `Err(NoConflict)` if saving `id` is not paused (the choice was made
    /// already); `Err(ReadOnly)` for "overwrite" when theirs is from a newer
    /// Stackwise; `Err(IdTaken)`/`Err(InvalidId)` for a copy's id (nothing changed).
    pub fn resolve(
        &mut self,
        id: &str,
        resolution: Resolution,
        now_ms: u64,
    ) -> Result<Resolved, StoreError> {
        let conflict = self
            .conflict(id)
            .ok_or_else(|| StoreError::NoConflict { id: id.to_owned() })?;
        match resolution {
            Resolution::KeepMineAsCopy { new_id } => {
                let copy = self.save_copy(&conflict.mine, &new_id, now_ms)?;
                let theirs = self.take_theirs(id);
                Ok(Resolved::Copied { copy, theirs })
            }
            Resolution::TakeTheirs => Ok(Resolved::TookTheirs(self.take_theirs(id))),
            Resolution::OverwriteWithMine => {
                let base = conflict
                    .overwrite_revision()
                    .ok_or_else(|| match conflict.theirs {
                        Theirs::Newer { version, .. } => StoreError::ReadOnly {
                            id: id.to_owned(),
                            version,
                        },
                        _ => StoreError::NoConflict { id: id.to_owned() },
                    })?;
                if let Some(Entry::Live(live)) = self.entries.get_mut(id) {
                    live.pause = None;
                    live.revision = base;
                }
                Ok(Resolved::Overwrote(self.save_open(&conflict.mine, now_ms)?))
            }
        }
    }

    /// Replaces this tab's version of `id` with the stored one: storage when it
    /// can be read, else what the pause recorded. Returns it if it is editable.
    fn take_theirs(&mut self, id: &str) -> Option<Loaded> {
        let recorded = match self.entries.get_mut(id) {
            Some(Entry::Live(live)) => live.pause.take().map(|pause| pause.theirs),
            _ => None,
        };
        let (stored, unreadable) = match self.storage.get(&keys::session_key(id)) {
            Ok(None) => (Some(None), false),
            Ok(Some(raw)) => match Entry::from_parsed(id, envelope::parse(&raw)) {
                Some(entry) => (Some(Some(entry)), false),
                None => (None, true),
            },
            Err(_) => (None, false),
        };
        match stored.or(recorded) {
            Some(Some(mut entry)) => {
                if let Entry::Live(live) = &mut entry {
                    // Storage holds something unreadable: back it up before this
                    // version is first saved over it.
                    live.backup_first |= unreadable;
                }
                self.entries.insert(id.to_owned(), entry);
            }
            Some(None) => {
                self.entries.remove(id);
            }
            None => {}
        }
        self.settle_write_error();
        self.load(id).ok()
    }
}
