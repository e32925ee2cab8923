//! The versioned JSON session format: import/export, storage and share links build
//! on it. Documented in `docs/session-format.md`.
//!
//! A session is one decision in progress: its answers and priorities, a name, and
//! two timestamps (milliseconds since the Unix epoch, passed in by the caller: this
//! module never reads a clock). [`parse_session`] accepts any text, repairs what it
//! safely can (each repair is reported as a [`RepairNote`]) and otherwise fails with
//! a [`SessionError`] naming the field path and the reason.
//!
//! Version 2 adds the one-sprint trial and the post-release review (see
//! [`crate::trial`]). A newer version is refused with [`SessionError::NewerVersion`]
//! (the app shows it read-only); older versions are upgraded by the pure migrations
//! in [`migrate`].

mod decode;
mod encode;
mod error;
pub mod migrate;
mod trial_json;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod v2_tests;

pub(crate) use decode::{answers_field, weights_field};
pub use decode::{from_value, parse_session, repair_summary};
pub(crate) use encode::{AnswersOut, WeightsOut};
pub use error::{RepairNote, SessionError};

use crate::model::answers::Answers;
use crate::model::weights::Weights;
use crate::team::Team;
use crate::trial::{Review, Trial};

/// The value of the top-level `"format"` field.
pub const FORMAT: &str = "stackwise-session";
/// The version this build writes, and the newest it reads.
pub const CURRENT_VERSION: u64 = 2;
/// Name given to a session whose name is missing.
pub const DEFAULT_NAME: &str = "Untitled decision";
/// The longest name a decision can be given (in characters).
pub const MAX_NAME_CHARS: usize = 120;
/// Appended to the name of a duplicate or a kept copy.
pub const COPY_SUFFIX: &str = " (copy)";

/// One decision in progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// Opaque id chosen by the app (may be empty after importing a file without
    /// one; the app then assigns a fresh id).
    pub id: String,
    /// Name shown in the session list.
    pub name: String,
    /// Creation time, ms since the Unix epoch.
    pub created_ms: u64,
    /// Last change, ms since the Unix epoch (never before `created_ms`).
    pub updated_ms: u64,
    /// The answers, including answers to currently hidden questions.
    pub answers: Answers,
    /// The priorities.
    pub weights: Weights,
    /// The one-sprint trial and the cost calculator's assumptions (version 2).
    pub trial: Trial,
    /// The post-release review (version 2).
    pub review: Review,
    /// The people who took part and the lead's settlements (version 2; empty for
    /// a decision taken alone). See [`crate::team`].
    pub team: Team,
}

impl Session {
    /// A new, empty session with default weights.
    pub fn new(id: impl Into<String>, name: impl Into<String>, now_ms: u64) -> Session {
        Session {
            id: id.into(),
            name: name.into(),
            created_ms: now_ms,
            updated_ms: now_ms,
            answers: Answers::new(),
            weights: Weights::default(),
            trial: Trial::default(),
            review: Review::default(),
            team: Team::default(),
        }
    }

    /// The share link's fragment for this decision (`#/s/<payload>`): its answers,
    /// priorities and name, cut to the link's [`crate::share::MAX_NAME_CHARS`]
    /// characters. [`DEFAULT_NAME`] is not a name anyone gave, so it stays out.
    pub fn share_fragment(&self) -> String {
        let name = if self.name == DEFAULT_NAME {
            ""
        } else {
            self.name.as_str()
        };
        crate::share::named_fragment(&self.answers, &self.weights, name)
    }

    /// Records a change at `now_ms` (never moves `updated_ms` backwards).
    pub fn touch(&mut self, now_ms: u64) {
        self.updated_ms = self.updated_ms.max(now_ms).max(self.created_ms);
    }

    /// The session as pretty-printed JSON of the current version.
    pub fn to_json(&self) -> String {
        encode::to_json(self, true)
    }

    /// The session as compact JSON of the current version (for storage).
    pub fn to_json_compact(&self) -> String {
        encode::to_json(self, false)
    }
}

/// A new name for an existing decision, as the user means it: trimmed, at most
/// [`MAX_NAME_CHARS`] characters; `None` when nothing is left, which means "keep
/// the current name" (an emptied field never wipes a name).
pub fn new_name(name: &str) -> Option<String> {
    let name: String = name.trim().chars().take(MAX_NAME_CHARS).collect();
    let name = name.trim_end();
    (!name.is_empty()).then(|| name.to_owned())
}

/// The name of a decision that must have one (imported, copied): like
/// [`new_name`], with [`DEFAULT_NAME`] when nothing is left.
pub fn clean_name(name: &str) -> String {
    new_name(name).unwrap_or_else(|| DEFAULT_NAME.to_owned())
}

/// The name of a copy: "<name> (copy)", the name shortened if needed so that the
/// whole stays within [`MAX_NAME_CHARS`].
pub fn copy_name(name: &str) -> String {
    let room = MAX_NAME_CHARS - COPY_SUFFIX.chars().count();
    let base: String = clean_name(name).chars().take(room).collect();
    format!("{}{COPY_SUFFIX}", base.trim_end())
}

/// A parsed session and what was repaired on the way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored {
    /// The session, valid for this build.
    pub session: Session,
    /// Everything dropped, defaulted or clamped, in document order.
    pub notes: Vec<RepairNote>,
    /// The version the text was written in, if it was migrated from an older one.
    pub migrated_from: Option<u64>,
}
