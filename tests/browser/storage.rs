//! The local storage adapter and the session store against the real
//! `window.localStorage`: round trip, a fixture of every format version, corrupt
//! values, quota exceeded, storage unavailable, newer-version records, the
//! `storage` event. Each test starts by clearing the store's keys (and its own
//! `stackwise-test.` keys).

use stackwise::adapters::storage::{
    self, LocalStorage, error_from_js, new_decision_id, now_ms, open_store,
};
use stackwise::session::{self, CURRENT_VERSION, Session};
use stackwise::store::{
    Access, DecisionStore, KeyValueStorage, SaveStatus, StorageError, StoreError, StoreNotice,
    StoreStatus, keys,
};
use wasm_bindgen_test::wasm_bindgen_test;

const TEST_PREFIX: &str = "stackwise-test.";

fn area() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Removes every `stackwise.` and `stackwise-test.` key.
fn clear_our_keys() {
    let area = area();
    let n = area.length().unwrap();
    let ours: Vec<String> = (0..n)
        .filter_map(|i| area.key(i).unwrap())
        .filter(|k| k.starts_with("stackwise.") || k.starts_with(TEST_PREFIX))
        .collect();
    for k in ours {
        area.remove_item(&k).unwrap();
    }
}

fn raw(key: &str) -> Option<String> {
    area().get_item(key).unwrap()
}

fn put_raw(key: &str, value: &str) {
    area().set_item(key, value).unwrap();
}

fn our_snapshot() -> Vec<(String, String)> {
    let area = area();
    let mut out: Vec<(String, String)> = (0..area.length().unwrap())
        .filter_map(|i| area.key(i).unwrap())
        .filter(|k| k.starts_with("stackwise."))
        .map(|k| {
            let v = area.get_item(&k).unwrap().unwrap();
            (k, v)
        })
        .collect();
    out.sort();
    out
}

/// Session format documents of every version ever written, oldest first. When a
/// version appears, add its fixture here: every one must still load.
const FIXTURES: [(u64, &str); 2] = [
    (1, include_str!("../fixtures/session-v1.json")),
    (2, include_str!("../fixtures/session-v2.json")),
];

#[wasm_bindgen_test]
fn round_trip_through_local_storage() {
    clear_our_keys();
    let (mut store, notices) = open_store();
    assert!(notices.is_empty(), "{notices:?}");
    let id = new_decision_id();
    let created = store.create(&id, "Round trip", now_ms()).unwrap();
    assert_eq!(created.status, SaveStatus::Stored);
    let mut s = created.session;
    s.answers
        .set_single("team_size_now", "two_to_three")
        .unwrap();
    s.answers
        .set_multi("services_12m", ["product_api", "webhooks"])
        .unwrap();
    let saved = store.save(&s, created.revision, now_ms()).unwrap();
    assert_eq!((saved.revision, saved.status), (2, SaveStatus::Stored));

    let stored = raw(&keys::session_key(&id)).unwrap();
    assert!(
        stored.starts_with(&format!(
            r#"{{"revision":2,"session":{{"format":"stackwise-session","version":{CURRENT_VERSION},"id":"{id}""#
        )),
        "{stored}"
    );

    let (other, notices) = open_store();
    assert!(notices.is_empty(), "{notices:?}");
    let loaded = other.load(&id).unwrap();
    s.updated_ms = saved.updated_ms;
    assert_eq!(loaded.session, s);
    assert_eq!(loaded.revision, 2);
    assert_eq!(other.list().len(), 1);
    assert_eq!(other.status(), StoreStatus::Saving);

    let deleted = store.delete(&id).unwrap();
    assert_eq!(raw(&keys::session_key(&id)), None);
    store.restore_deleted(&deleted).unwrap();
    assert_eq!(raw(&keys::session_key(&id)), Some(stored));
    clear_our_keys();
}

#[wasm_bindgen_test]
fn fixtures_of_every_version_load() {
    clear_our_keys();
    // Each fixture under its own id, so that only the bare copies need a repair.
    let with_id = |version: u64, doc: &str| {
        doc.replace(
            r#""id": "3f2a9c1e""#,
            &format!(r#""id": "fixture-v{version}""#),
        )
    };
    for (version, doc) in FIXTURES {
        let id = format!("fixture-v{version}");
        let doc = with_id(version, doc);
        // As a stored record, and as a bare document someone put there.
        put_raw(
            &keys::session_key(&id),
            &format!(r#"{{"revision":3,"session":{doc}}}"#),
        );
        put_raw(&keys::session_key(&format!("{id}-bare")), &doc);
    }
    let (store, notices) = open_store();
    for (version, doc) in FIXTURES {
        let id = format!("fixture-v{version}");
        let doc = with_id(version, doc);
        let loaded = store.load(&id).unwrap();
        assert_eq!(loaded.revision, 3);
        let expected = session::parse_session(&doc).unwrap();
        assert_eq!(loaded.migrated_from, expected.migrated_from);
        assert_eq!(loaded.session.answers, expected.session.answers);
        assert_eq!(loaded.session.weights, expected.session.weights);
        assert_eq!(loaded.session.name, expected.session.name);
        assert_eq!(loaded.session.trial, expected.session.trial);
        assert_eq!(loaded.session.answers.len(), 12);
        // The bare document is repaired (read as revision 1, id from the key) and
        // saved as a record (revision 2); the document itself is kept in a backup.
        let bare = store.load(&format!("{id}-bare")).unwrap();
        assert_eq!(bare.session.answers, expected.session.answers);
        assert_eq!(bare.revision, 2);
        let backup_key = notices
            .iter()
            .find_map(|n| match n {
                StoreNotice::Repaired {
                    id: i, backup_key, ..
                } if *i == format!("{id}-bare") => backup_key.clone(),
                _ => None,
            })
            .unwrap();
        assert_eq!(raw(&backup_key), Some(doc));
    }
    // The bare documents are reported as repaired; the older versions, stored and
    // bare, as upgraded.
    let older = FIXTURES
        .iter()
        .filter(|(v, _)| *v < CURRENT_VERSION)
        .count();
    assert_eq!(notices.len(), FIXTURES.len() + 2 * older, "{notices:?}");
    clear_our_keys();
}

#[wasm_bindgen_test]
fn corrupt_value_is_moved_to_a_backup_key() {
    clear_our_keys();
    let (mut store, _) = open_store();
    let good = new_decision_id();
    store.create(&good, "Still fine", now_ms()).unwrap();
    let corrupt = r#"{"revision":2,"session":{"format":"stackwise-session","answ"#;
    put_raw("stackwise.session.hand-edited", corrupt);
    put_raw("stackwise.session.other-app", r#"{"theme":"dark"}"#);

    let (store, notices) = open_store();
    assert_eq!(notices.len(), 2, "{notices:?}");
    for (key, value) in [
        ("stackwise.session.hand-edited", corrupt),
        ("stackwise.session.other-app", r#"{"theme":"dark"}"#),
    ] {
        let backup_key = notices
            .iter()
            .find_map(|n| match n {
                StoreNotice::MovedToBackup {
                    key: k, backup_key, ..
                } if k == key => Some(backup_key.clone()),
                _ => None,
            })
            .unwrap();
        assert!(backup_key.starts_with("stackwise.backup."));
        assert!(backup_key.ends_with(key));
        assert_eq!(raw(&backup_key).as_deref(), Some(value));
        assert_eq!(raw(key), None);
    }
    assert_eq!(store.len(), 1);
    assert!(store.load(&good).is_ok());
    assert_eq!(store.backups().len(), 2);
    clear_our_keys();
}

/// Fills local storage with `stackwise-test.fill.<n>` strings until even 16
/// more characters do not fit.
fn fill_local_storage() {
    let area = area();
    let mut chunk = 1 << 20;
    let mut n = 0;
    let mut last_error = None;
    while chunk >= 16 {
        let filler = "x".repeat(chunk);
        match area.set_item(&format!("{TEST_PREFIX}fill.{n}"), &filler) {
            Ok(()) => n += 1,
            Err(e) => {
                last_error = Some(e);
                chunk /= 2;
            }
        }
    }
    // The browser really refused, with the exception the adapter maps.
    assert_eq!(
        error_from_js(&last_error.unwrap()),
        StorageError::QuotaExceeded
    );
}

#[wasm_bindgen_test]
fn quota_exceeded_is_reported_and_the_stored_record_stays_intact() {
    clear_our_keys();
    let (mut store, _) = open_store();
    let id = new_decision_id();
    let created = store.create(&id, "Before", now_ms()).unwrap();
    let key = keys::session_key(&id);
    let before = raw(&key).unwrap();

    fill_local_storage();
    let mut s = created.session;
    s.name = "A much longer name ".repeat(60);
    s.answers.set_single("team_size_now", "solo").unwrap();
    let saved = store.save(&s, created.revision, now_ms()).unwrap();
    assert_eq!(
        saved.status,
        SaveStatus::MemoryOnly(StorageError::QuotaExceeded)
    );
    assert_eq!(saved.revision, created.revision);
    assert_eq!(raw(&key).as_deref(), Some(before.as_str()));
    assert_eq!(
        store.status(),
        StoreStatus::NotSaving(StorageError::QuotaExceeded)
    );
    assert!(store.load(&id).unwrap().unsaved);
    // A new session does not fit either: it lives in memory.
    let extra = store.create(&new_decision_id(), "Extra", now_ms()).unwrap();
    assert!(!extra.status.is_stored());

    // Space freed: retry writes both.
    clear_test_keys();
    let retried = store.retry(now_ms());
    assert_eq!(retried.saves.len(), 2);
    assert!(
        retried
            .saves
            .iter()
            .all(|(_, r)| r.as_ref().unwrap().status.is_stored())
    );
    assert_eq!(store.status(), StoreStatus::Saving);
    assert!(raw(&key).unwrap().contains("A much longer name"));
    clear_our_keys();
}

fn clear_test_keys() {
    let area = area();
    let keys: Vec<String> = (0..area.length().unwrap())
        .filter_map(|i| area.key(i).unwrap())
        .filter(|k| k.starts_with(TEST_PREFIX))
        .collect();
    for k in keys {
        area.remove_item(&k).unwrap();
    }
}

#[wasm_bindgen_test]
fn unavailable_storage_works_in_memory_and_touches_nothing() {
    // Simulated with `LocalStorage::unavailable()`, which fails every call the way
    // a browser with storage disabled does; the real storage holds data that must
    // stay as it is.
    clear_our_keys();
    let (mut real, _) = open_store();
    let kept = new_decision_id();
    real.create(&kept, "Stored before", now_ms()).unwrap();
    let before = our_snapshot();

    let (mut store, notices) = DecisionStore::open(LocalStorage::unavailable(), now_ms());
    assert!(
        matches!(
            &notices[..],
            [StoreNotice::StorageUnavailable {
                error: StorageError::Unavailable { .. }
            }]
        ),
        "{notices:?}"
    );
    assert!(matches!(store.status(), StoreStatus::Unavailable(_)));
    let id = new_decision_id();
    let created = store.create(&id, "Memory only", now_ms()).unwrap();
    assert!(matches!(
        created.status,
        SaveStatus::MemoryOnly(StorageError::Unavailable { .. })
    ));
    let mut s = created.session;
    s.answers.set_single("team_size_now", "solo").unwrap();
    assert!(
        !store
            .save(&s, created.revision, now_ms())
            .unwrap()
            .status
            .is_stored()
    );
    assert_eq!(store.load(&id).unwrap().session.answers, s.answers);
    assert!(
        store
            .export(&id)
            .unwrap()
            .contains("\"team_size_now\": \"solo\"")
    );
    assert_eq!(our_snapshot(), before);

    // The adapter's own errors are values, never panics.
    assert!(matches!(
        LocalStorage::unavailable().get("x"),
        Err(StorageError::Unavailable { .. })
    ));
    assert!(LocalStorage::unavailable().keys().is_err());
    clear_our_keys();
}

#[wasm_bindgen_test]
fn browser_exceptions_map_to_storage_errors() {
    let quota = js_sys::eval("new DOMException('full', 'QuotaExceededError')").unwrap();
    assert_eq!(error_from_js(&quota), StorageError::QuotaExceeded);
    let security = js_sys::eval("new DOMException('denied', 'SecurityError')").unwrap();
    assert_eq!(
        error_from_js(&security),
        StorageError::unavailable("SecurityError: denied")
    );
    assert_eq!(
        error_from_js(&wasm_bindgen::JsValue::from_str("odd")),
        StorageError::unavailable("odd")
    );
    assert_eq!(
        error_from_js(&wasm_bindgen::JsValue::NULL),
        StorageError::unavailable("")
    );
}

#[wasm_bindgen_test]
fn newer_version_record_stays_untouched() {
    clear_our_keys();
    let newer = format!(
        r#"{{"revision":7,"session":{{"format":"stackwise-session","version":{},"id":"future","name":"From the future","created_ms":1,"updated_ms":2,"answers":{{"team_size_now":{{"min":4,"max":6}}}}}}}}"#,
        CURRENT_VERSION + 1
    );
    let key = keys::session_key("future");
    put_raw(&key, &newer);
    let (mut store, notices) = open_store();
    assert!(matches!(
        &notices[..],
        [StoreNotice::NewerVersion { id, version, .. }] if id == "future" && *version == CURRENT_VERSION + 1
    ));
    let summary = store.summary("future").unwrap();
    assert_eq!(
        summary.access,
        Access::ReadOnly {
            version: CURRENT_VERSION + 1
        }
    );
    assert_eq!(summary.name, "From the future");
    assert!(matches!(
        store.load("future"),
        Err(StoreError::ReadOnly { .. })
    ));
    let mut attempt = Session::new("future", "Overwrite", now_ms());
    attempt.answers.set_single("team_size_now", "solo").unwrap();
    for revision in [0, 7, 8] {
        assert!(matches!(
            store.save(&attempt, revision, now_ms()),
            Err(StoreError::ReadOnly { .. })
        ));
    }
    assert!(store.rename("future", "Mine", now_ms()).is_err());
    assert!(store.create("future", "Mine", now_ms()).is_err());
    assert!(store.import(FIXTURES[0].1, "future", now_ms()).is_err());
    assert_eq!(raw(&key).as_deref(), Some(newer.as_str()));
    // Reopening keeps it as it is too.
    let (_again, _) = open_store();
    assert_eq!(raw(&key).as_deref(), Some(newer.as_str()));
    clear_our_keys();
}

#[wasm_bindgen_test]
fn storage_events_reach_the_listener_until_it_is_dropped() {
    use std::cell::RefCell;
    use std::rc::Rc;

    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&seen);
    let listener = storage::listen(move |e| sink.borrow_mut().push(e)).unwrap();
    let fire = "window.dispatchEvent(new StorageEvent('storage', \
                {key: 'stackwise.session.abc', oldValue: null, newValue: '{}'}))";
    js_sys::eval(fire).unwrap();
    // Events about sessionStorage are ignored.
    js_sys::eval(
        "window.dispatchEvent(new StorageEvent('storage', \
         {key: 'stackwise.session.abc', newValue: 'x', storageArea: window.sessionStorage}))",
    )
    .unwrap();
    {
        let seen = seen.borrow();
        assert_eq!(seen.len(), 1);
        assert_eq!(seen[0].key.as_deref(), Some("stackwise.session.abc"));
        assert_eq!(seen[0].old_value, None);
        assert_eq!(seen[0].new_value.as_deref(), Some("{}"));
        assert_eq!(
            stackwise::store::classify(&seen[0]),
            stackwise::store::EventKind::SessionCreated { id: "abc".into() }
        );
    }
    drop(listener);
    js_sys::eval(fire).unwrap();
    assert_eq!(seen.borrow().len(), 1);
}

#[wasm_bindgen_test]
fn ids_and_clock() {
    let a = new_decision_id();
    let b = new_decision_id();
    assert_ne!(a, b);
    assert_eq!(a.len(), 16);
    assert!(stackwise::store::is_valid_id(&a));
    assert!(now_ms() > 1_700_000_000_000);
    let (store, _) = DecisionStore::open(LocalStorage::unavailable(), now_ms());
    assert!(stackwise::store::is_valid_id(&storage::fresh_decision_id(
        &store
    )));
}
