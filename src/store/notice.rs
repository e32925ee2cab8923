//! What the store tells the user about stored data it could not use as is.

use std::fmt;

use super::kv::StorageError;
use crate::session::{CURRENT_VERSION, RepairNote};

/// Something about stored data the UI should show (each has a plain sentence via
/// `Display`). Startup returns a list of them; storage events and saves may add
/// more. None of them stops the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreNotice {
    /// Storage cannot be used at all: the app works in memory only; changes are
    /// not being saved (offer export).
    StorageUnavailable {
        /// Why.
        error: StorageError,
    },
    /// A value under our keys could not be read as a session; it was moved to
    /// `backup_key` (nothing is lost) and the app carried on without it.
    MovedToBackup {
        /// Where it was.
        key: String,
        /// Why it could not be read (field and reason).
        reason: String,
        /// Where it is now.
        backup_key: String,
    },
    /// A value under our keys could not be read and could not be moved aside
    /// either (storage full or failing). It is left untouched, hidden from the
    /// list, and never overwritten; the next start tries again.
    LeftInPlace {
        /// Where it is.
        key: String,
        /// Why it could not be read.
        reason: String,
        /// Why it could not be moved.
        error: StorageError,
    },
    /// A value could not be read from storage at all (the read failed).
    CouldNotRead {
        /// Which key.
        key: String,
        /// Why.
        error: StorageError,
    },
    /// A session was readable only after repairs (listed). At startup the stored
    /// text is copied to `backup_key` and the repaired session saved in its place,
    /// so the notice is shown once; if that could not be done (`backup_key` is
    /// `None`), the stored text stays and is backed up before it is first saved over.
    Repaired {
        /// The session.
        id: String,
        /// Its name.
        name: String,
        /// What was dropped, defaulted or clamped.
        notes: Vec<RepairNote>,
        /// Where the text as it was stored is kept.
        backup_key: Option<String>,
    },
    /// A session saved by an older Stackwise was upgraded on reading (informational).
    Migrated {
        /// The session.
        id: String,
        /// Its name.
        name: String,
        /// The format version it was written in.
        from: u64,
    },
    /// A session saved by a newer Stackwise: listed read-only, never overwritten.
    NewerVersion {
        /// The session.
        id: String,
        /// Its name, if readable.
        name: Option<String>,
        /// Its format version.
        version: u64,
    },
    /// Another program (or a hand edit) wrote something unreadable under a
    /// session's key while the app was running. The app keeps its own copy; the
    /// unreadable value is copied to a backup key before that copy is saved over it.
    ChangedOutside {
        /// The session.
        id: String,
        /// Why the new value could not be read.
        reason: String,
    },
}

/// How prominently to show a notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Worth a line in the session list (e.g. a migration).
    Info,
    /// The user should read it.
    Warning,
}

impl StoreNotice {
    /// How prominently to show it.
    pub fn severity(&self) -> Severity {
        match self {
            StoreNotice::Migrated { .. } => Severity::Info,
            _ => Severity::Warning,
        }
    }

    /// The session it is about, if any.
    pub fn session_id(&self) -> Option<&str> {
        match self {
            StoreNotice::Repaired { id, .. }
            | StoreNotice::Migrated { id, .. }
            | StoreNotice::NewerVersion { id, .. }
            | StoreNotice::ChangedOutside { id, .. } => Some(id),
            _ => None,
        }
    }
}

impl fmt::Display for StoreNotice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreNotice::StorageUnavailable { error } => write!(
                f,
                "Changes are not being saved: {error}. Everything works in this tab; \
                 export your decisions to keep them."
            ),
            StoreNotice::MovedToBackup {
                key,
                reason,
                backup_key,
            } => write!(
                f,
                "The saved data under \"{key}\" could not be read ({reason}). It was moved, \
                 unchanged, to \"{backup_key}\"."
            ),
            StoreNotice::LeftInPlace { key, reason, error } => write!(
                f,
                "The saved data under \"{key}\" could not be read ({reason}) and could not be \
                 moved to a backup ({error}). It is left untouched."
            ),
            StoreNotice::CouldNotRead { key, error } => {
                write!(
                    f,
                    "The saved data under \"{key}\" could not be read: {error}."
                )
            }
            StoreNotice::Repaired {
                name,
                notes,
                backup_key,
                ..
            } => {
                write!(f, "\"{name}\" was repaired on reading: ")?;
                for (i, note) in notes.iter().enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "{note}")?;
                }
                match backup_key {
                    Some(key) => write!(f, ". The text as it was saved is kept in \"{key}\"."),
                    None => {
                        f.write_str(". The original is backed up before it is first saved over.")
                    }
                }
            }
            StoreNotice::Migrated { name, from, .. } => write!(
                f,
                "\"{name}\" was saved by an older Stackwise (format version {from}) and was \
                 upgraded to version {CURRENT_VERSION}."
            ),
            StoreNotice::NewerVersion { name, version, .. } => write!(
                f,
                "\"{}\" was saved by a newer Stackwise (format version {version}; this version \
                 reads up to {CURRENT_VERSION}). It is shown read-only and is never overwritten.",
                name.as_deref().unwrap_or("A decision")
            ),
            StoreNotice::ChangedOutside { id, reason } => write!(
                f,
                "Decision {id} was changed outside Stackwise and can no longer be read ({reason}). \
                 This tab keeps its copy; the changed value is backed up before it is saved over."
            ),
        }
    }
}
