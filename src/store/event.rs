//! Other tabs: what a `storage` event means for this one.
//!
//! [`classify`] is the pure reading of one event (key, old value, new value).
//! [`super::DecisionStore::on_storage_event`] applies an event to the store's
//! memory and returns the [`Change`]s the UI acts on.

use super::envelope;
use super::error::Conflict;
use super::keys::{self, BACKUP_PREFIX};
use super::kv::StorageEvent;
use super::notice::StoreNotice;

/// What one `storage` event is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// Not one of the store's keys: ignore.
    NotOurs,
    /// Another tab cleared the whole storage.
    Cleared,
    /// A session record appeared.
    SessionCreated {
        /// Its id.
        id: String,
    },
    /// A session record was saved over. `revision` is the new one, if readable.
    SessionUpdated {
        /// Its id.
        id: String,
        /// The new stored revision, if the new value is a readable record.
        revision: Option<u64>,
    },
    /// A session record was removed.
    SessionDeleted {
        /// Its id.
        id: String,
    },
    /// A backup was made or discarded.
    BackupChanged {
        /// Its key.
        key: String,
    },
}

/// Reads a `storage` event (pure; never panics).
pub fn classify(event: &StorageEvent) -> EventKind {
    let Some(key) = event.key.as_deref() else {
        return EventKind::Cleared;
    };
    if key.starts_with(BACKUP_PREFIX) {
        return EventKind::BackupChanged {
            key: key.to_owned(),
        };
    }
    let Some(id) = keys::session_id_of(key).filter(|id| keys::is_valid_id(id)) else {
        return EventKind::NotOurs;
    };
    let id = id.to_owned();
    match (&event.old_value, &event.new_value) {
        (_, None) => EventKind::SessionDeleted { id },
        (None, Some(_)) => EventKind::SessionCreated { id },
        (Some(_), Some(new)) => EventKind::SessionUpdated {
            id,
            revision: envelope::peek_revision(new),
        },
    }
}

/// What changed in the store's memory after a `storage` event (or a resync).
/// After any change the session list should be refreshed with
/// [`super::DecisionStore::list`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// Another tab created a session.
    Added {
        /// Its id.
        id: String,
    },
    /// Another tab saved a session and this tab had no unsaved changes to it: the
    /// store now holds theirs. If it is open, `load` it again (its revision is new).
    Updated {
        /// Its id.
        id: String,
        /// The new revision.
        revision: u64,
    },
    /// A newer Stackwise saved over a session: it is read-only now. If it is open,
    /// leave the editor.
    BecameReadOnly {
        /// Its id.
        id: String,
        /// Its format version.
        version: u64,
    },
    /// Another tab deleted a session this tab had no unsaved changes to. If it is
    /// open, leave the editor (say so).
    Removed {
        /// Its id.
        id: String,
    },
    /// Both tabs changed the session: this tab's unsaved version is kept in memory
    /// (not written) and storage keeps theirs. Ask the user; nothing is dropped.
    Conflict(Box<Conflict>),
    /// A backup appeared or went away (refresh a backup list if one is shown).
    BackupsChanged,
    /// Something to tell the user (e.g. an unreadable value appeared).
    Notice(StoreNotice),
}
