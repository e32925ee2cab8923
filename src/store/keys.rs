//! The key layout in local storage.
//!
//! * `stackwise.session.<id>`: one record per session (see [`super::record`]), so
//!   one unreadable value never takes the others down.
//! * `stackwise.backup.<ms>.<original key>`: an unreadable value moved aside at
//!   startup, or a repaired one copied aside before it was first overwritten
//!   (`<ms>` may carry a `-<n>` suffix when several backups are made in the same
//!   millisecond).
//!
//! Other keys, including other `stackwise.` keys, are not the store's business and
//! are never touched.

/// Prefix of every session record.
pub const SESSION_PREFIX: &str = "stackwise.session.";
/// Prefix of every backup.
pub const BACKUP_PREFIX: &str = "stackwise.backup.";
/// Longest session id.
pub const MAX_ID_LEN: usize = 64;

/// Whether `id` can name a session: 1 to 64 ASCII letters, digits, `-` or `_`
/// (the `#/d/<id>` route uses this same rule, so every stored session can be opened).
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The key of a session's record.
pub fn session_key(id: &str) -> String {
    format!("{SESSION_PREFIX}{id}")
}

/// The (possibly invalid) id part of a session key, or `None` for other keys.
pub fn session_id_of(key: &str) -> Option<&str> {
    key.strip_prefix(SESSION_PREFIX)
}

/// The backup key for `original_key` made at `now_ms`; `attempt` > 0 adds a
/// suffix to avoid a key that is already taken.
pub fn backup_key(now_ms: u64, attempt: u32, original_key: &str) -> String {
    if attempt == 0 {
        format!("{BACKUP_PREFIX}{now_ms}.{original_key}")
    } else {
        format!("{BACKUP_PREFIX}{now_ms}-{attempt}.{original_key}")
    }
}

/// A backup found in storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupInfo {
    /// Its key.
    pub key: String,
    /// When it was made (ms since the Unix epoch), if the key says.
    pub made_ms: Option<u64>,
    /// The key the value was under, if the key says.
    pub original_key: Option<String>,
}

/// Reads a backup key; `None` if it is not one.
pub fn parse_backup_key(key: &str) -> Option<BackupInfo> {
    let rest = key.strip_prefix(BACKUP_PREFIX)?;
    let (stamp, original) = match rest.split_once('.') {
        Some((stamp, original)) => (stamp, Some(original.to_owned())),
        None => (rest, None),
    };
    let millis = stamp.split_once('-').map_or(stamp, |(ms, _)| ms);
    Some(BackupInfo {
        key: key.to_owned(),
        made_ms: millis.parse().ok(),
        original_key: original,
    })
}
