//! Why a store operation did not happen, and the two-tab conflict.

use std::fmt;

use crate::session::{CURRENT_VERSION, Session, SessionError};

/// What is stored now, when it is not what this tab's save was based on.
// A conflict is rare and moved a few times; boxing the session would only add
// indirection at every match.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Theirs {
    /// Another tab saved the session: this is its version. Overwrite it only on
    /// purpose, by saving again with `revision` as the expected revision.
    Changed {
        /// The stored session.
        session: Session,
        /// Its revision.
        revision: u64,
    },
    /// Another tab deleted the session. Saving with expected revision 0 puts this
    /// tab's version back.
    Deleted,
    /// A newer Stackwise saved it: it can never be overwritten; keep this tab's
    /// version as a copy instead.
    Newer {
        /// Its format version.
        version: u64,
        /// Its revision.
        revision: u64,
    },
}

/// The session was changed in storage since this tab loaded it (another tab, or a
/// newer Stackwise): nothing was written. Both versions are here so the UI can
/// offer the choices of [`super::Resolution`]: keep mine as a copy, take theirs,
/// or, for [`Theirs::Changed`] and [`Theirs::Deleted`], overwrite with mine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The session.
    pub id: String,
    /// This tab's version, which was not written.
    pub mine: Session,
    /// What storage holds.
    pub theirs: Theirs,
}

impl Conflict {
    /// The expected revision to pass to `save` to overwrite theirs with mine on
    /// purpose; `None` when theirs must not be overwritten (a newer version).
    pub fn overwrite_revision(&self) -> Option<u64> {
        match &self.theirs {
            Theirs::Changed { revision, .. } => Some(*revision),
            Theirs::Deleted => Some(0),
            Theirs::Newer { .. } => None,
        }
    }
}

impl fmt::Display for Conflict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = &self.mine.name;
        match &self.theirs {
            Theirs::Changed { .. } => write!(
                f,
                "\"{name}\" was also changed in another tab. Your changes here were not saved \
                 over it: keep yours as a copy, take the other version, or overwrite it."
            ),
            Theirs::Deleted => write!(
                f,
                "\"{name}\" was deleted in another tab. Your changes here were not saved: \
                 keep them (restore the decision) or let it go."
            ),
            Theirs::Newer { version, .. } => write!(
                f,
                "\"{name}\" was saved by a newer Stackwise (format version {version}; this \
                 version reads up to {CURRENT_VERSION}) and cannot be overwritten. Keep your \
                 changes as a copy."
            ),
        }
    }
}

/// Why a store operation did not happen. Nothing was written in any of these
/// cases. (Storage failures are not errors: the store keeps working in memory and
/// says so in a [`super::SaveStatus`].)
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No session with this id.
    NotFound {
        /// The id asked for.
        id: String,
    },
    /// Not a usable session id (1 to 64 of `A–Z a–z 0–9 - _`).
    InvalidId {
        /// The id given.
        id: String,
    },
    /// A session (or an unreadable value) already uses this id; nothing is ever
    /// overwritten to make room.
    IdTaken {
        /// The id given.
        id: String,
    },
    /// The session was saved by a newer Stackwise: read-only here.
    ReadOnly {
        /// The session.
        id: String,
        /// Its format version.
        version: u64,
    },
    /// Storage changed since this tab loaded the session; see [`Conflict`].
    Conflict(Box<Conflict>),
    /// A choice was made for a decision whose saving is not paused on a conflict
    /// (it was settled already).
    NoConflict {
        /// The decision.
        id: String,
    },
    /// The text to import is not a session this version can read; the error names
    /// the field and why.
    Import(SessionError),
    /// The file to import is larger than any session could be.
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// The session could not be encoded (a bug; nothing was written).
    Encoding {
        /// The session.
        id: String,
    },
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NotFound { id } => write!(f, "there is no saved decision {id}"),
            StoreError::InvalidId { id } => write!(
                f,
                "\"{id}\" cannot name a decision (use 1 to 64 letters, digits, - or _)"
            ),
            StoreError::IdTaken { id } => write!(f, "a saved decision already uses the id {id}"),
            StoreError::ReadOnly { version, .. } => write!(
                f,
                "this decision was saved by a newer Stackwise (format version {version}; this \
                 version reads up to {CURRENT_VERSION}); it is read-only here"
            ),
            StoreError::Conflict(c) => c.fmt(f),
            StoreError::Import(e @ SessionError::NotADecision) => e.fmt(f),
            StoreError::NoConflict { .. } => {
                f.write_str("this conflict was settled already; nothing was changed")
            }
            StoreError::Import(e) => write!(f, "this file cannot be imported: {e}"),
            StoreError::TooLarge { bytes, max } => write!(
                f,
                "this file is too large to be a Stackwise decision ({bytes} bytes; at most {max})"
            ),
            StoreError::Encoding { id } => {
                write!(f, "decision {id} could not be encoded; nothing was written")
            }
        }
    }
}

impl std::error::Error for StoreError {}
