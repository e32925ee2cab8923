#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
//! Session store tests, all against [`MemoryStorage`]: the store's behaviour
//! (basics), what happens to unreadable, repaired and newer data (recovery),
//! unavailable and full storage (failures), two tabs (tabs), and properties.

mod basics;
mod failures;
mod properties;
mod recovery;
mod tabs;

use super::envelope::{self, Parsed};
use super::*;
use crate::model::criterion::Criterion;
use crate::session::{self, Session, SessionError};

pub(super) const T0: u64 = 1_767_225_600_000;

/// A fresh storage and a store opened on it.
pub(super) fn fresh() -> (MemoryStorage, DecisionStore<MemoryStorage>) {
    let storage = MemoryStorage::new();
    let (store, notices) = DecisionStore::open(storage.clone(), T0);
    assert!(notices.is_empty(), "{notices:?}");
    (storage, store)
}

/// Another "tab" on the same storage.
pub(super) fn reopen(storage: &MemoryStorage) -> (DecisionStore<MemoryStorage>, Vec<StoreNotice>) {
    DecisionStore::open(storage.clone(), T0 + 1_000)
}

/// A session with a few answers and one changed weight.
pub(super) fn answered(id: &str, name: &str) -> Session {
    let mut s = Session::new(id, name, T0);
    s.answers
        .set_single("team_size_now", "four_to_six")
        .unwrap();
    s.answers
        .set_multi("services_12m", ["product_api", "ml_ai"])
        .unwrap();
    s.answers
        .set_single("proficiency_python", "several_shipped")
        .unwrap();
    s.weights = s.weights.with(Criterion::DataAi, 10);
    s
}

/// Creates `id` and saves the answers of [`answered`] into it; returns the revision.
pub(super) fn seed(store: &mut DecisionStore<MemoryStorage>, id: &str, name: &str) -> u64 {
    let created = store.create(id, name, T0).unwrap();
    assert!(created.status.is_stored());
    let mut s = answered(id, name);
    s.created_ms = created.session.created_ms;
    store.save(&s, created.revision, T0 + 10).unwrap().revision
}

pub(super) fn key(id: &str) -> String {
    keys::session_key(id)
}

/// A version-1 session document (the example of docs/session-format.md).
pub(super) const V1_FIXTURE: &str = r#"{
  "format": "stackwise-session",
  "version": 1,
  "id": "3f2a9c1e",
  "name": "Backend default, spring 2026",
  "created_ms": 1767225600000,
  "updated_ms": 1767312000000,
  "answers": {
    "team_size_now": "four_to_six",
    "team_size_12m": "seven_to_ten",
    "proficiency_go": "none",
    "proficiency_node": "several_shipped",
    "proficiency_python": "some",
    "typescript_frontend": "typescript_shared",
    "hiring_go": "not_sure",
    "services_12m": ["product_api", "background_jobs", "admin_tools", "data_imports"],
    "core_workload": "product_api",
    "traffic_level": "moderate",
    "observability": ["error_tracking", "cloud_logs"],
    "product_maturity": "settling"
  },
  "weights": {
    "hiring": 8, "team_fit": 8, "delivery_speed": 5, "runtime_cost": 8,
    "concurrency": 5, "data_ai": 3, "ops_simplicity": 8, "maintainability": 5
  }
}"#;

/// A stored record wrapping a version-`version` document named "Later".
pub(super) fn newer_record(version: u64) -> String {
    format!(
        r#"{{"revision":4,"session":{{"format":"stackwise-session","version":{version},"id":"nv","name":"Later","created_ms":5,"updated_ms":9,"answers":{{"team_size_now":{{"min":3}}}},"hologram":true}}}}"#
    )
}
