//! Unreadable values, repaired records, newer versions, fixtures of each version.

use super::*;

#[test]
fn corrupt_value_moves_to_a_backup_and_the_rest_still_loads() {
    let (storage, mut store) = fresh();
    seed(&mut store, "good1", "Good one");
    seed(&mut store, "good2", "Good two");
    let corrupt = r#"{"revision":3,"session":{"format":"stackwise-se"#;
    storage.set(&key("bad"), corrupt).unwrap();
    storage.set("stackwise.prefs", "{not ours}").unwrap();
    storage.set("unrelated", "x").unwrap();

    let (store, notices) = reopen(&storage);
    assert_eq!(notices.len(), 1, "{notices:?}");
    let StoreNotice::MovedToBackup {
        key: k,
        reason,
        backup_key,
    } = &notices[0]
    else {
        panic!("{notices:?}")
    };
    assert_eq!(k, &key("bad"));
    assert!(
        reason.starts_with("not valid JSON (line 1, column"),
        "{reason}"
    );
    assert_eq!(
        backup_key,
        &format!("stackwise.backup.{}.stackwise.session.bad", T0 + 1_000)
    );
    assert_eq!(storage.peek(backup_key).as_deref(), Some(corrupt));
    assert_eq!(storage.peek(&key("bad")), None);
    assert!(notices[0].to_string().contains(backup_key.as_str()));
    // Others load; other keys are left alone.
    assert_eq!(store.len(), 2);
    assert!(store.load("good1").is_ok() && store.load("good2").is_ok());
    assert_eq!(
        storage.peek("stackwise.prefs").as_deref(),
        Some("{not ours}")
    );
    assert_eq!(storage.peek("unrelated").as_deref(), Some("x"));
    let backups = store.backups();
    assert_eq!(backups.len(), 1);
    assert_eq!(
        backups[0].original_key.as_deref(),
        Some("stackwise.session.bad")
    );
    assert_eq!(
        store.read_backup(backup_key).unwrap().as_deref(),
        Some(corrupt)
    );
    assert_eq!(store.read_backup("stackwise.session.good1"), Ok(None));
}

#[test]
fn every_kind_of_unreadable_value_is_moved_with_a_reason() {
    let cases: [(&str, &str, &str); 9] = [
        ("e1", "", "not valid JSON"),
        ("e2", "null", "(root)"),
        ("e3", "[1,2]", "(root)"),
        ("e4", "{}", "no \"session\" field"),
        (
            "e5",
            r#"{"session":5}"#,
            "session: expected a session object",
        ),
        (
            "e6",
            r#"{"theme":"dark","lang":"fr"}"#,
            "no \"session\" field",
        ),
        (
            "e7",
            r#"{"revision":1,"session":{"format":"excalidraw"}}"#,
            "session.format: expected",
        ),
        (
            "e8",
            r#"{"revision":1,"session":{"answers":{"team_size_now":4}}}"#,
            "session.answers.team_size_now: expected a string option id, found a number",
        ),
        (
            "e9",
            r#"{"format":"stackwise-session","weights":{"hiring":"x"}}"#,
            "weights.hiring:",
        ),
    ];
    let storage = MemoryStorage::new();
    for (id, raw, _) in cases {
        storage.set(&key(id), raw).unwrap();
    }
    storage
        .set(
            "stackwise.session.not/an/id",
            &envelope::encode(&answered("x", "x"), 1).unwrap(),
        )
        .unwrap();
    storage.set("stackwise.session.", "{}").unwrap();
    let before = storage.snapshot();
    let (store, notices) = reopen(&storage);
    assert!(store.is_empty());
    assert_eq!(notices.len(), cases.len() + 2);
    for (id, raw, why) in cases {
        let n = notices
            .iter()
            .find(|n| matches!(n, StoreNotice::MovedToBackup { key: k, .. } if *k == key(id)))
            .unwrap_or_else(|| panic!("{id}: {notices:?}"));
        let StoreNotice::MovedToBackup {
            reason, backup_key, ..
        } = n
        else {
            unreachable!()
        };
        assert!(reason.contains(why), "{id}: {reason}");
        assert_eq!(storage.peek(backup_key).as_deref(), Some(raw));
    }
    // Nothing lost: every value that was there is still there, under a backup key.
    let after = storage.snapshot();
    for (k, v) in before {
        assert!(after.values().any(|x| *x == v), "{k} lost");
        assert!(!after.contains_key(&k), "{k} still there");
    }
}

#[test]
fn unreadable_value_stays_when_it_cannot_be_moved() {
    let storage = MemoryStorage::new();
    storage.set(&key("bad"), "garbage").unwrap();
    storage.fill_up();
    let (mut store, notices) = reopen(&storage);
    assert!(
        matches!(
            &notices[..],
            [StoreNotice::LeftInPlace {
                error: StorageError::QuotaExceeded,
                ..
            }]
        ),
        "{notices:?}"
    );
    assert_eq!(storage.peek(&key("bad")).as_deref(), Some("garbage"));
    assert!(store.is_empty());
    // Its id is never reused.
    assert_eq!(
        store.create("bad", "new", T0).unwrap_err(),
        StoreError::IdTaken { id: "bad".into() }
    );
    assert_eq!(
        store.import(V1_FIXTURE, "bad", T0).unwrap_err(),
        StoreError::IdTaken { id: "bad".into() }
    );
    assert_eq!(storage.peek(&key("bad")).as_deref(), Some("garbage"));
}

const HAND_EDITED: &str = r#"{"revision":2,"session":{"format":"stackwise-session","version":1,"id":"fix","name":"Hand edited","created_ms":1,"updated_ms":2,"answers":{"team_size_now":"four_to_six","traffic_level":"galactic"}}}"#;

#[test]
fn repaired_record_is_backed_up_and_saved_repaired_at_startup_once() {
    let storage = MemoryStorage::new();
    storage.set(&key("fix"), HAND_EDITED).unwrap();
    let (store, notices) = reopen(&storage);
    let [
        StoreNotice::Migrated { from: 1, .. },
        StoreNotice::Repaired {
            id,
            name,
            notes,
            backup_key: Some(backup_key),
        },
    ] = &notices[..]
    else {
        panic!("{notices:?}")
    };
    assert_eq!((id.as_str(), name.as_str()), ("fix", "Hand edited"));
    assert!(notes.iter().any(|n| n.path == "answers.traffic_level"));
    assert!(notes.iter().any(|n| n.path == "weights"));
    let text = notices[1].to_string();
    assert!(text.contains("answers.traffic_level") && text.contains(backup_key.as_str()));
    // The text as stored is in the backup; the repaired session replaced it.
    assert_eq!(storage.peek(backup_key).as_deref(), Some(HAND_EDITED));
    let stored = storage.peek(&key("fix")).unwrap();
    assert!(
        stored.starts_with(r#"{"revision":3,"session":{"#),
        "{stored}"
    );
    let loaded = store.load("fix").unwrap();
    assert_eq!(loaded.revision, 3);
    assert_eq!(loaded.notes, *notes);
    assert_eq!(loaded.session.updated_ms, 2, "a repair is not a change");
    // Reported once: the next start is quiet.
    let (again, notices) = reopen(&storage);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(again.load("fix").unwrap().session, loaded.session);
    assert_eq!(again.backups().len(), 1);
}

#[test]
fn a_repair_that_cannot_be_backed_up_at_startup_is_backed_up_before_the_first_write() {
    let storage = MemoryStorage::new();
    storage.set(&key("fix"), HAND_EDITED).unwrap();
    storage.fill_up();
    let (mut store, notices) = reopen(&storage);
    assert!(
        matches!(
            &notices[..],
            [
                StoreNotice::Migrated { .. },
                StoreNotice::Repaired {
                    backup_key: None,
                    ..
                }
            ]
        ),
        "{notices:?}"
    );
    assert!(
        notices[1]
            .to_string()
            .contains("backed up before it is first saved over")
    );
    assert_eq!(storage.peek(&key("fix")).as_deref(), Some(HAND_EDITED));

    // Still full: the save cannot back up, so it does not overwrite either.
    let mut s = store.load("fix").unwrap().session;
    s.name = "Fixed".into();
    let saved = store.save(&s, 2, T0).unwrap();
    assert_eq!(
        saved.status,
        SaveStatus::MemoryOnly(StorageError::QuotaExceeded)
    );
    assert_eq!(storage.peek(&key("fix")).as_deref(), Some(HAND_EDITED));
    assert!(store.backups().is_empty());

    // Room again: backup first, then the write.
    storage.set_quota(None);
    let saved = store.save(&s, 2, T0 + 1).unwrap();
    let backup = saved.backup_key.unwrap();
    assert_eq!(storage.peek(&backup).as_deref(), Some(HAND_EDITED));
    assert_eq!(saved.revision, 3);
    assert!(store.load("fix").unwrap().notes.is_empty());
    // Only once.
    s.answers.set_single("traffic_level", "high").unwrap();
    assert_eq!(store.save(&s, 3, T0 + 2).unwrap().backup_key, None);
    assert_eq!(store.backups().len(), 1);
}

#[test]
fn bare_documents_and_mismatched_ids_are_read_with_notes() {
    let storage = MemoryStorage::new();
    storage.set(&key("bare"), V1_FIXTURE).unwrap();
    let (store, notices) = reopen(&storage);
    let [
        StoreNotice::Migrated { .. },
        StoreNotice::Repaired {
            notes,
            backup_key: Some(backup_key),
            ..
        },
    ] = &notices[..]
    else {
        panic!("{notices:?}")
    };
    let paths: Vec<&str> = notes.iter().map(|n| n.path.as_str()).collect();
    assert_eq!(paths, ["(root)", "session.id"]);
    assert_eq!(storage.peek(backup_key).as_deref(), Some(V1_FIXTURE));
    let loaded = store.load("bare").unwrap();
    assert_eq!(loaded.session.id, "bare");
    assert_eq!(loaded.revision, 2);
    assert_eq!(loaded.session.name, "Backend default, spring 2026");
    assert!(storage.peek(&key("bare")).unwrap().starts_with(
        r#"{"revision":2,"session":{"format":"stackwise-session","version":2,"id":"bare""#
    ));
}

#[test]
fn missing_or_odd_revisions_read_as_one() {
    for envelope in [
        r#"{"session":"#,
        r#"{"revision":"7","session":"#,
        r#"{"revision":0,"session":"#,
    ] {
        let raw = format!("{envelope}{}}}", answered("r", "R").to_json_compact());
        let Parsed::Live {
            revision, notes, ..
        } = envelope::parse(&raw)
        else {
            panic!("{raw}")
        };
        assert_eq!(revision, 1);
        assert_eq!(notes[0].path, "revision");
    }
}

#[test]
fn version_1_fixture_loads_without_notes() {
    // One fixture per format version: version 1 is upgraded to version 2 with
    // nothing repaired (the version-2 shape is covered by the session tests).
    let storage = MemoryStorage::new();
    let record = format!(r#"{{"revision":5,"session":{V1_FIXTURE}}}"#);
    storage.set(&key("3f2a9c1e"), &record).unwrap();
    let (store, notices) = reopen(&storage);
    assert!(
        matches!(&notices[..], [StoreNotice::Migrated { from: 1, .. }]),
        "{notices:?}"
    );
    let loaded = store.load("3f2a9c1e").unwrap();
    assert_eq!(loaded.revision, 5);
    assert_eq!(loaded.migrated_from, Some(1));
    assert_eq!(loaded.session.answers.len(), 12);
    assert_eq!(
        loaded.session.to_json(),
        session::parse_session(V1_FIXTURE)
            .unwrap()
            .session
            .to_json()
    );
}

#[test]
fn newer_version_is_read_only_and_never_overwritten() {
    let (storage, mut store) = fresh();
    seed(&mut store, "mine", "Mine");
    let raw = newer_record(session::CURRENT_VERSION + 1);
    storage.set(&key("nv"), &raw).unwrap();

    let (mut store, notices) = reopen(&storage);
    let [StoreNotice::NewerVersion { id, name, version }] = &notices[..] else {
        panic!("{notices:?}")
    };
    assert_eq!((id.as_str(), name.as_deref()), ("nv", Some("Later")));
    assert_eq!(*version, session::CURRENT_VERSION + 1);
    assert!(notices[0].to_string().contains("read-only"));

    let summary = store.summary("nv").unwrap();
    assert_eq!(summary.name, "Later");
    assert_eq!(summary.access, Access::ReadOnly { version: *version });
    assert_eq!(
        (summary.created_ms, summary.updated_ms, summary.revision),
        (5, 9, 4)
    );
    assert_eq!(summary.leading, None);

    let read_only = StoreError::ReadOnly {
        id: "nv".into(),
        version: *version,
    };
    assert_eq!(store.load("nv").unwrap_err(), read_only);
    assert_eq!(store.rename("nv", "Mine now", T0).unwrap_err(), read_only);
    let mut attempt = answered("nv", "Overwrite?");
    assert_eq!(store.save(&attempt, 4, T0).unwrap_err(), read_only);
    assert_eq!(store.save(&attempt, 0, T0).unwrap_err(), read_only);
    attempt.id = "nv".into();
    assert!(matches!(
        store.create("nv", "x", T0),
        Err(StoreError::IdTaken { .. })
    ));
    assert!(matches!(
        store.import(V1_FIXTURE, "nv", T0),
        Err(StoreError::IdTaken { .. })
    ));
    assert_eq!(storage.peek(&key("nv")), Some(raw.clone()));

    // Export gives the stored document as is; duplicate is refused (cannot read it).
    let exported = store.export("nv").unwrap();
    assert!(exported.contains("\"hologram\": true"));
    assert!(matches!(
        store.duplicate("nv", "d", T0),
        Err(StoreError::ReadOnly { .. })
    ));

    // Deleting is allowed and undoable, byte for byte.
    let deleted = store.delete("nv").unwrap();
    assert_eq!(deleted.name(), "Later");
    store.restore_deleted(&deleted).unwrap();
    assert_eq!(storage.peek(&key("nv")), Some(raw));
    assert_eq!(
        store.summary("nv").unwrap().access,
        Access::ReadOnly { version: *version }
    );
}
