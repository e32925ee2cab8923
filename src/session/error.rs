//! Errors and repair notes of the session format.

use std::fmt;

/// Something that was repaired while reading a session: dropped, defaulted or
/// clamped. The session is still usable; the app can list the notes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RepairNote {
    /// Where, e.g. `answers.services_12m[2]` or `weights.hiring`.
    pub path: String,
    /// What was done and why.
    pub message: String,
}

impl RepairNote {
    pub(crate) fn new(path: impl Into<String>, message: impl Into<String>) -> RepairNote {
        RepairNote {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for RepairNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why a text could not be read as a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionError {
    /// Not JSON at all.
    InvalidJson {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// The parser's description.
        message: String,
    },
    /// JSON, but a field cannot be repaired.
    Invalid {
        /// Field path, e.g. `answers.team_size_now` or `(root)`.
        path: String,
        /// Why, e.g. `expected a string option id, found a number`.
        message: String,
    },
    /// JSON with neither the format marker nor any session field: another kind
    /// of file, refused rather than "repaired" into an empty decision.
    NotADecision,
    /// Written by a newer Stackwise; this build cannot read it (show it read-only).
    NewerVersion {
        /// The version found.
        version: u64,
        /// The session's name, if it could be read.
        name: Option<String>,
    },
}

impl SessionError {
    pub(crate) fn invalid(path: impl Into<String>, message: impl Into<String>) -> SessionError {
        SessionError::Invalid {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SessionError::InvalidJson {
                line,
                column,
                message,
            } => write!(
                f,
                "not valid JSON (line {line}, column {column}): {message}"
            ),
            SessionError::Invalid { path, message } => write!(f, "{path}: {message}"),
            SessionError::NotADecision => f.write_str(
                "this file is not a Stackwise decision: it has none of the fields a Stackwise \
                 decision file has, so nothing was added",
            ),
            SessionError::NewerVersion { version, .. } => write!(
                f,
                "this session was saved by a newer Stackwise (format version {version}); \
                 this version reads up to {}",
                super::CURRENT_VERSION
            ),
        }
    }
}

impl std::error::Error for SessionError {}
