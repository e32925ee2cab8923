//! Storage full or unavailable: the store works in memory, says so, and never
//! damages what is stored.

use super::*;

#[test]
fn quota_exceeded_keeps_the_stored_value_and_the_change_in_memory() {
    let (storage, mut store) = fresh();
    let rev = seed(&mut store, "q", "Quota");
    seed(&mut store, "other", "Other");
    let stored_before = storage.peek(&key("q"));
    storage.fill_up();

    let mut s = store.load("q").unwrap().session;
    s.name = "A longer name that no longer fits".into();
    let saved = store.save(&s, rev, T0 + 100).unwrap();
    assert_eq!(
        saved.status,
        SaveStatus::MemoryOnly(StorageError::QuotaExceeded)
    );
    assert_eq!(saved.revision, rev);
    assert_eq!(storage.peek(&key("q")), stored_before);
    assert_eq!(
        store.status(),
        StoreStatus::NotSaving(StorageError::QuotaExceeded)
    );
    assert_eq!(store.unsaved_ids(), ["q"]);
    let loaded = store.load("q").unwrap();
    assert!(loaded.unsaved);
    assert_eq!(loaded.session.name, "A longer name that no longer fits");
    assert!(store.summary("q").unwrap().unsaved);
    // Export includes the unsaved change.
    assert!(store.export("q").unwrap().contains("no longer fits"));

    // Still full: the next edit is kept too, same revision.
    s.answers.set_single("traffic_level", "high").unwrap();
    let saved = store.save(&s, saved.revision, T0 + 200).unwrap();
    assert!(!saved.status.is_stored());
    assert_eq!(storage.peek(&key("q")), stored_before);

    // Deleting another session frees space; retry writes the unsaved one.
    store.delete("other").unwrap();
    let retried = store.retry(T0 + 300);
    assert_eq!(retried.saves.len(), 1);
    let (id, outcome) = &retried.saves[0];
    assert_eq!(id, "q");
    let outcome = outcome.as_ref().unwrap();
    assert_eq!(outcome.status, SaveStatus::Stored);
    assert_eq!(outcome.revision, rev + 1);
    assert_eq!(outcome.updated_ms, T0 + 200, "a retry is not a new change");
    assert_eq!(store.status(), StoreStatus::Saving);
    let (other, _) = reopen(&storage);
    assert_eq!(
        other.load("q").unwrap().session,
        store.load("q").unwrap().session
    );
}

#[test]
fn a_new_session_that_does_not_fit_lives_in_memory_until_it_does() {
    let (storage, mut store) = fresh();
    storage.set_quota(Some(10));
    let created = store.create("n", "New", T0).unwrap();
    assert_eq!(created.revision, 0);
    assert_eq!(
        created.status,
        SaveStatus::MemoryOnly(StorageError::QuotaExceeded)
    );
    assert!(storage.snapshot().is_empty());
    let mut s = created.session;
    s.answers.set_single("team_size_now", "solo").unwrap();
    assert_eq!(store.save(&s, 0, T0 + 1).unwrap().revision, 0);
    storage.set_quota(None);
    let saved = store.save(&s, 0, T0 + 2).unwrap();
    assert_eq!((saved.revision, saved.status), (1, SaveStatus::Stored));
    assert_eq!(store.status(), StoreStatus::Saving);
}

#[test]
fn unavailable_storage_means_memory_only_and_nothing_touched() {
    let storage = MemoryStorage::new();
    let (mut seeded, _) = reopen(&storage);
    seed(&mut seeded, "kept", "Stored earlier");
    let before = storage.snapshot();
    storage.set_unavailable(true);

    let (mut store, notices) = reopen(&storage);
    assert!(
        matches!(
            &notices[..],
            [StoreNotice::StorageUnavailable {
                error: StorageError::Unavailable { .. }
            }]
        ),
        "{notices:?}"
    );
    assert!(notices[0].to_string().contains("not being saved"));
    assert!(matches!(store.status(), StoreStatus::Unavailable(_)));
    assert!(store.is_empty());

    // Everything works in memory.
    let created = store.create("m", "In memory", T0).unwrap();
    assert!(matches!(
        created.status,
        SaveStatus::MemoryOnly(StorageError::Unavailable { .. })
    ));
    let mut s = created.session;
    s.answers.set_single("team_size_now", "solo").unwrap();
    let saved = store.save(&s, created.revision, T0 + 1).unwrap();
    assert!(!saved.status.is_stored());
    assert_eq!(store.load("m").unwrap().session.answers, s.answers);
    store.rename("m", "Renamed", T0 + 2).unwrap();
    store.duplicate("m", "m2", T0 + 3).unwrap();
    let deleted = store.delete("m2").unwrap();
    assert!(!deleted.status.is_stored());
    store.restore_deleted(&deleted).unwrap();
    assert_eq!(store.list().len(), 2);
    assert!(store.export("m").unwrap().contains("Renamed"));
    assert!(store.backups().is_empty());
    assert_eq!(storage.snapshot(), before);

    // Storage comes back: retry reads what it holds and writes what is in memory.
    storage.set_unavailable(false);
    let retried = store.retry(T0 + 10);
    assert!(
        retried
            .changes
            .contains(&Change::Added { id: "kept".into() })
    );
    assert_eq!(retried.saves.len(), 2);
    assert!(
        retried
            .saves
            .iter()
            .all(|(_, r)| r.as_ref().unwrap().status.is_stored())
    );
    assert_eq!(store.status(), StoreStatus::Saving);
    assert_eq!(store.len(), 3);
    let (other, notices) = reopen(&storage);
    assert!(notices.is_empty());
    assert_eq!(other.load("m").unwrap().session.name, "Renamed");
    assert_eq!(other.load("kept").unwrap().session.name, "Stored earlier");
}

#[test]
fn storage_failing_after_startup_keeps_changes_in_memory() {
    let (storage, mut store) = fresh();
    let rev = seed(&mut store, "s", "S");
    let before = storage.snapshot();
    storage.set_unavailable(true);
    let mut s = store.load("s").unwrap().session;
    s.name = "Changed".into();
    let saved = store.save(&s, rev, T0 + 1).unwrap();
    assert!(matches!(
        saved.status,
        SaveStatus::MemoryOnly(StorageError::Unavailable { .. })
    ));
    assert_eq!(saved.revision, rev);
    assert!(matches!(store.status(), StoreStatus::NotSaving(_)));
    // A stale revision is still a conflict, judged against memory.
    assert!(matches!(
        store.save(&s, rev - 1, T0 + 2),
        Err(StoreError::Conflict(_))
    ));
    storage.set_unavailable(false);
    assert_eq!(storage.snapshot(), before);
    let saved = store.save(&s, rev, T0 + 3).unwrap();
    assert_eq!(
        (saved.revision, saved.status),
        (rev + 1, SaveStatus::Stored)
    );
}

#[test]
fn memory_storage_counts_like_a_browser() {
    let storage = MemoryStorage::new();
    storage.set("ab", "é").unwrap();
    assert_eq!(storage.used(), 3);
    storage.set_quota(Some(4));
    assert_eq!(storage.set("ab", "éé"), Ok(()));
    assert_eq!(storage.set("ab", "ééé"), Err(StorageError::QuotaExceeded));
    assert_eq!(storage.peek("ab").as_deref(), Some("éé"));
    assert_eq!(storage.set("c", ""), Err(StorageError::QuotaExceeded));
    storage.remove("ab").unwrap();
    assert_eq!(storage.set("c", "d"), Ok(()));
    storage.set_unavailable(true);
    assert!(matches!(
        storage.get("c"),
        Err(StorageError::Unavailable { .. })
    ));
    assert!(matches!(
        storage.keys(),
        Err(StorageError::Unavailable { .. })
    ));
    assert!(matches!(
        storage.clear(),
        Err(StorageError::Unavailable { .. })
    ));
}
