//! The string key-value storage the session store is written against, and an
//! in-memory implementation.
//!
//! [`KeyValueStorage`] is the shape of the browser's `localStorage` with errors as
//! values: the browser adapter (`crate::adapters::storage::LocalStorage`) implements
//! it on wasm32; [`MemoryStorage`] implements it everywhere, with switches that
//! simulate a full or unavailable storage, and a log of changes that plays the part
//! of the `storage` event other tabs receive.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

/// Why the storage refused an operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No storage at all: private browsing, storage disabled by the user or a
    /// policy, a `SecurityError`, or any other exception. `detail` is the
    /// browser's wording, for logs.
    Unavailable {
        /// What the browser said (exception name and message), may be empty.
        detail: String,
    },
    /// The write would exceed the origin's storage quota. The previous value under
    /// the key is unchanged.
    QuotaExceeded,
}

impl StorageError {
    /// An [`StorageError::Unavailable`] with the given detail.
    pub fn unavailable(detail: impl Into<String>) -> StorageError {
        StorageError::Unavailable {
            detail: detail.into(),
        }
    }
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable { detail } if detail.is_empty() => {
                f.write_str("this browser does not allow saving (storage is unavailable)")
            }
            StorageError::Unavailable { detail } => write!(
                f,
                "this browser does not allow saving (storage is unavailable: {detail})"
            ),
            StorageError::QuotaExceeded => {
                f.write_str("the browser's storage for this site is full")
            }
        }
    }
}

impl std::error::Error for StorageError {}

/// A string key-value storage, like `window.localStorage`.
///
/// Methods take `&self`: the storage is shared, outside state (another tab may
/// write to it at any time), not something this value owns. A failed `set` must
/// leave the previous value under the key unchanged.
pub trait KeyValueStorage {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Stores `value` under `key`, replacing any previous value.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    /// Removes `key` (no error if it is absent).
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

impl<T: KeyValueStorage + ?Sized> KeyValueStorage for &T {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        (**self).keys()
    }
}

/// A change to a storage, as the browser's `storage` event describes it to the
/// *other* tabs: `key` is `None` when the whole storage was cleared.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StorageEvent {
    /// The key that changed; `None` after `localStorage.clear()`.
    pub key: Option<String>,
    /// The value before the change; `None` if the key was new.
    pub old_value: Option<String>,
    /// The value after the change; `None` if the key was removed.
    pub new_value: Option<String>,
}

impl StorageEvent {
    /// An event for `key` changing from `old_value` to `new_value`.
    pub fn new(key: &str, old_value: Option<&str>, new_value: Option<&str>) -> StorageEvent {
        StorageEvent {
            key: Some(key.to_owned()),
            old_value: old_value.map(str::to_owned),
            new_value: new_value.map(str::to_owned),
        }
    }
}

#[derive(Debug, Default)]
struct Memory {
    map: BTreeMap<String, String>,
    /// Maximum total size in UTF-16 code units of keys plus values (as browsers
    /// count it); `None` for no limit.
    quota: Option<usize>,
    unavailable: bool,
    events: Vec<StorageEvent>,
}

impl Memory {
    fn used(&self) -> usize {
        self.map.iter().map(|(k, v)| units(k) + units(v)).sum()
    }
}

fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

/// An in-memory [`KeyValueStorage`].
///
/// Clones share the same data, like two tabs share one `localStorage`. Every
/// successful change is logged as a [`StorageEvent`]; [`MemoryStorage::take_events`]
/// drains the log so a test can deliver the events to another "tab".
#[derive(Clone, Debug, Default)]
pub struct MemoryStorage {
    inner: Rc<RefCell<Memory>>,
}

impl MemoryStorage {
    /// An empty storage with no quota.
    pub fn new() -> MemoryStorage {
        MemoryStorage::default()
    }

    /// Limits the total size (UTF-16 code units of keys and values), or lifts the
    /// limit with `None`. Writes that would exceed it fail with
    /// [`StorageError::QuotaExceeded`]; what is stored already stays.
    pub fn set_quota(&self, quota: Option<usize>) {
        self.inner.borrow_mut().quota = quota;
    }

    /// Sets the quota to exactly what is used now: any write that grows the
    /// storage fails, removals and same-size or smaller writes succeed.
    pub fn fill_up(&self) {
        let mut inner = self.inner.borrow_mut();
        inner.quota = Some(inner.used());
    }

    /// Makes every operation fail with [`StorageError::Unavailable`] (or work
    /// again with `false`).
    pub fn set_unavailable(&self, unavailable: bool) {
        self.inner.borrow_mut().unavailable = unavailable;
    }

    /// Total size in UTF-16 code units of keys and values.
    pub fn used(&self) -> usize {
        self.inner.borrow().used()
    }

    /// Everything stored, ignoring the unavailable switch.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.inner.borrow().map.clone()
    }

    /// The value under `key`, ignoring the unavailable switch.
    pub fn peek(&self, key: &str) -> Option<String> {
        self.inner.borrow().map.get(key).cloned()
    }

    /// Removes everything (logs one event with no key, like `localStorage.clear()`).
    pub fn clear(&self) -> Result<(), StorageError> {
        let mut inner = self.inner.borrow_mut();
        if inner.unavailable {
            return Err(StorageError::unavailable("simulated"));
        }
        inner.map.clear();
        inner.events.push(StorageEvent::default());
        Ok(())
    }

    /// Drains the log of changes made since the last call, oldest first.
    pub fn take_events(&self) -> Vec<StorageEvent> {
        std::mem::take(&mut self.inner.borrow_mut().events)
    }
}

impl KeyValueStorage for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        let inner = self.inner.borrow();
        if inner.unavailable {
            return Err(StorageError::unavailable("simulated"));
        }
        Ok(inner.map.get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        let mut inner = self.inner.borrow_mut();
        if inner.unavailable {
            return Err(StorageError::unavailable("simulated"));
        }
        if let Some(quota) = inner.quota {
            let old = inner.map.get(key).map_or(0, |v| units(key) + units(v));
            let after = inner.used() - old + units(key) + units(value);
            if after > quota {
                return Err(StorageError::QuotaExceeded);
            }
        }
        let old = inner.map.insert(key.to_owned(), value.to_owned());
        if old.as_deref() != Some(value) {
            inner
                .events
                .push(StorageEvent::new(key, old.as_deref(), Some(value)));
        }
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        let mut inner = self.inner.borrow_mut();
        if inner.unavailable {
            return Err(StorageError::unavailable("simulated"));
        }
        if let Some(old) = inner.map.remove(key) {
            inner.events.push(StorageEvent::new(key, Some(&old), None));
        }
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let inner = self.inner.borrow();
        if inner.unavailable {
            return Err(StorageError::unavailable("simulated"));
        }
        Ok(inner.map.keys().cloned().collect())
    }
}
