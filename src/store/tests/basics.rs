//! Create, save, list, rename, duplicate, delete and undo, import, export.

use super::*;
use crate::model::Language;

#[test]
fn create_save_reopen_round_trip() {
    let (storage, mut store) = fresh();
    let created = store.create("a1", "  Backend 2026 ", T0).unwrap();
    assert_eq!(created.session.name, "Backend 2026");
    assert_eq!(created.revision, 1);
    assert_eq!(created.status, SaveStatus::Stored);

    let mut s = answered("a1", "Backend 2026");
    let saved = store.save(&s, 1, T0 + 5_000).unwrap();
    assert_eq!(saved.revision, 2);
    assert_eq!(saved.updated_ms, T0 + 5_000);
    assert_eq!(saved.status, SaveStatus::Stored);
    s.updated_ms = T0 + 5_000;

    // The record: envelope with the revision, then the session document.
    let raw = storage.peek(&key("a1")).unwrap();
    assert!(
        raw.starts_with(
            r#"{"revision":2,"session":{"format":"stackwise-session","version":2,"id":"a1""#
        ),
        "{raw}"
    );

    let (other, notices) = reopen(&storage);
    assert!(notices.is_empty());
    let loaded = other.load("a1").unwrap();
    assert_eq!(loaded.session, s);
    assert_eq!(loaded.revision, 2);
    assert!(!loaded.unsaved && loaded.notes.is_empty());
    assert_eq!(other.status(), StoreStatus::Saving);
}

#[test]
fn saving_unchanged_content_writes_nothing() {
    let (storage, mut store) = fresh();
    let rev = seed(&mut store, "a", "A");
    storage.take_events();
    let loaded = store.load("a").unwrap();
    let saved = store.save(&loaded.session, rev, T0 + 99_999).unwrap();
    assert_eq!(saved.revision, rev);
    assert_eq!(saved.updated_ms, loaded.session.updated_ms);
    assert!(storage.take_events().is_empty());
}

#[test]
fn a_change_to_the_trial_alone_is_saved() {
    let (storage, mut store) = fresh();
    let rev = seed(&mut store, "a", "A");
    let mut s = store.load("a").unwrap().session;
    s.trial.scorecard_mut(Language::Go);
    let saved = store.save(&s, rev, T0 + 5).unwrap();
    assert_eq!(saved.revision, rev + 1);
    let (other, _) = reopen(&storage);
    assert_eq!(other.load("a").unwrap().session.trial, s.trial);
}

#[test]
fn most_recent_editable_agrees_with_the_head_of_the_list() {
    let (_, mut store) = fresh();
    assert_eq!(store.most_recent_editable(), None);
    store.create("empty", "Nothing yet", T0 + 50).unwrap();
    seed(&mut store, "full", "Answered");
    store.create("old", "Old", T0 - 1).unwrap();
    let head = store.list().into_iter().next().unwrap();
    assert_eq!(
        store.most_recent_editable(),
        Some((head.id.clone(), head.name.clone()))
    );
    // Same time: the list's tie-breaks (name, then id) decide both.
    store.create("b", "Same", T0 + 500).unwrap();
    store.create("a", "Same", T0 + 500).unwrap();
    let head = store.list().into_iter().next().unwrap();
    assert_eq!(head.id, "a");
    assert_eq!(
        store.most_recent_editable(),
        Some(("a".into(), "Same".into()))
    );
}

#[test]
fn list_is_newest_first_with_leader_and_progress() {
    let (_, mut store) = fresh();
    store.create("empty", "Nothing yet", T0 + 50).unwrap();
    seed(&mut store, "full", "Answered");
    store.create("old", "Old", T0 - 1).unwrap();
    let list = store.list();
    let ids: Vec<&str> = list.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["empty", "full", "old"]);

    let empty = &list[0];
    assert_eq!(empty.leading, None);
    assert_eq!(empty.answered, 0);
    assert!(empty.total > 0);
    assert_eq!(empty.access, Access::Editable);

    let full = &list[1];
    let s = store.load("full").unwrap().session;
    let winner = crate::model::evaluate(&s.answers, &s.weights).winner();
    assert_eq!(full.leading, Some(winner));
    assert_eq!(
        (full.answered, full.total),
        crate::model::progress(&s.answers)
    );
    assert_eq!(full.answered, 3);
    assert_eq!(full.revision, 2);
    assert!(!full.unsaved);

    // The leader follows saves.
    let mut s2 = s.clone();
    s2.answers
        .set_single("proficiency_go", "several_shipped")
        .unwrap();
    s2.answers.set_single("proficiency_python", "none").unwrap();
    s2.answers.set_single("traffic_level", "very_high").unwrap();
    s2.weights = crate::model::Weights::uniform(0).with(Criterion::RuntimeCost, 10);
    store.save(&s2, 2, T0 + 100).unwrap();
    let expected = crate::model::evaluate(&s2.answers, &s2.weights).winner();
    assert_eq!(store.summary("full").unwrap().leading, Some(expected));
    assert_eq!(store.list()[0].id, "full");
    let _ = Language::ALL;
}

#[test]
fn rename_trims_caps_and_never_empties_a_name() {
    let (storage, mut store) = fresh();
    seed(&mut store, "r", "Before");
    let saved = store.rename("r", "  After ", T0 + 20).unwrap();
    assert_eq!(saved.revision, 3);
    assert_eq!(store.load("r").unwrap().session.name, "After");
    // Blank keeps the current name, and writes nothing.
    let kept = store.rename("r", "   ", T0 + 30).unwrap();
    assert_eq!(kept.revision, 3);
    assert_eq!(store.load("r").unwrap().session.name, "After");
    store.rename("r", &"x".repeat(500), T0 + 40).unwrap();
    let (other, _) = reopen(&storage);
    assert_eq!(
        other.load("r").unwrap().session.name,
        "x".repeat(session::MAX_NAME_CHARS)
    );
    assert_eq!(
        store.rename("nope", "x", T0),
        Err(StoreError::NotFound { id: "nope".into() })
    );
}

#[test]
fn duplicate_copies_content_under_a_new_id() {
    let (storage, mut store) = fresh();
    seed(&mut store, "orig", "Plan");
    let before = storage.peek(&key("orig"));
    let copy = store.duplicate("orig", "dup", T0 + 500).unwrap();
    assert_eq!(copy.session.id, "dup");
    assert_eq!(copy.session.name, "Plan (copy)");
    assert_eq!(
        (copy.session.created_ms, copy.session.updated_ms),
        (T0 + 500, T0 + 500)
    );
    let orig = store.load("orig").unwrap().session;
    assert_eq!(copy.session.answers, orig.answers);
    assert_eq!(copy.session.weights, orig.weights);
    assert_eq!(storage.peek(&key("orig")), before);
    assert_eq!(store.len(), 2);
    assert_eq!(
        store.duplicate("orig", "orig", T0).unwrap_err(),
        StoreError::IdTaken { id: "orig".into() }
    );
    assert_eq!(
        store.duplicate("orig", "bad id", T0).unwrap_err(),
        StoreError::InvalidId {
            id: "bad id".into()
        }
    );
}

#[test]
fn delete_and_undo_restore_exactly() {
    let (storage, mut store) = fresh();
    seed(&mut store, "keep", "Keep");
    seed(&mut store, "gone", "Gone");
    let before = storage.snapshot();
    let list_before = store.list();

    let deleted = store.delete("gone").unwrap();
    assert_eq!(deleted.id(), "gone");
    assert_eq!(deleted.name(), "Gone");
    assert_eq!(deleted.status, SaveStatus::Stored);
    assert_eq!(storage.peek(&key("gone")), None);
    assert!(!store.contains("gone"));
    assert_eq!(
        store.load("gone").unwrap_err(),
        StoreError::NotFound { id: "gone".into() }
    );

    assert_eq!(store.restore_deleted(&deleted), Ok(SaveStatus::Stored));
    assert_eq!(storage.snapshot(), before);
    assert_eq!(store.list(), list_before);
    // Undo twice: the id is in use again.
    assert_eq!(
        store.restore_deleted(&deleted),
        Err(StoreError::IdTaken { id: "gone".into() })
    );
    assert_eq!(
        store.delete("nope").unwrap_err(),
        StoreError::NotFound { id: "nope".into() }
    );
}

#[test]
fn import_makes_a_new_session_and_never_overwrites() {
    let (storage, mut store) = fresh();
    seed(&mut store, "3f2a9c1e", "Mine, same id as the file");
    let before = storage.peek(&key("3f2a9c1e"));

    let imported = store.import(V1_FIXTURE, "imp1", T0 + 7).unwrap();
    assert_eq!(imported.session.id, "imp1");
    assert_eq!(imported.session.name, "Backend default, spring 2026");
    assert_eq!(imported.session.created_ms, 1_767_225_600_000);
    assert_eq!(imported.session.updated_ms, 1_767_312_000_000.max(T0 + 7));
    assert!(imported.notes.is_empty());
    assert_eq!(imported.migrated_from, Some(1));
    assert_eq!(imported.revision, 1);
    assert_eq!(storage.peek(&key("3f2a9c1e")), before);
    assert_eq!(store.len(), 2);

    // Never under an id in use.
    assert_eq!(
        store.import(V1_FIXTURE, "3f2a9c1e", T0).unwrap_err(),
        StoreError::IdTaken {
            id: "3f2a9c1e".into()
        }
    );
    assert_eq!(storage.peek(&key("3f2a9c1e")), before);
}

#[test]
fn import_errors_name_the_field_and_why() {
    let (storage, mut store) = fresh();
    let err = |store: &mut DecisionStore<MemoryStorage>, text: &str| {
        store.import(text, "new", T0).unwrap_err()
    };
    let e = err(
        &mut store,
        r#"{"format":"stackwise-session","version":1,"weights":{"hiring":"high"}}"#,
    );
    assert_eq!(
        e,
        StoreError::Import(SessionError::Invalid {
            path: "weights.hiring".into(),
            message: "expected a whole number from 0 to 10, found a string".into()
        })
    );
    assert_eq!(
        e.to_string(),
        "this file cannot be imported: weights.hiring: expected a whole number from 0 to 10, found a string"
    );
    assert!(matches!(
        err(&mut store, "{\n  \"format\": oops"),
        StoreError::Import(SessionError::InvalidJson { line: 2, .. })
    ));
    assert!(matches!(
        err(&mut store, "[]"),
        StoreError::Import(SessionError::Invalid { ref path, .. }) if path == "(root)"
    ));
    assert!(matches!(
        err(&mut store, r#"{"format":"excalidraw"}"#),
        StoreError::Import(SessionError::Invalid { ref path, .. }) if path == "format"
    ));
    assert_eq!(
        err(
            &mut store,
            r#"{"format":"stackwise-session","version":3,"name":"Future"}"#
        ),
        StoreError::Import(SessionError::NewerVersion {
            version: 3,
            name: Some("Future".into())
        })
    );
    let huge = " ".repeat(MAX_IMPORT_BYTES + 1);
    assert!(matches!(
        err(&mut store, &huge),
        StoreError::TooLarge { .. }
    ));
    assert!(matches!(
        store.import(V1_FIXTURE, "no/slash", T0),
        Err(StoreError::InvalidId { .. })
    ));
    assert!(store.is_empty());
    assert!(storage.snapshot().is_empty());
}

#[test]
fn import_reports_repairs_and_reads_a_pasted_record() {
    let (_, mut store) = fresh();
    let text = r#"{"format":"stackwise-session","version":1,"name":"Hand made",
        "answers":{"team_size_now":"four_to_six","traffic_level":"galactic"}}"#;
    let imported = store.import(text, "h", T0).unwrap();
    let paths: Vec<&str> = imported.notes.iter().map(|n| n.path.as_str()).collect();
    assert!(paths.contains(&"answers.traffic_level"), "{paths:?}");
    assert!(imported.status.is_stored());
    // A record copied out of local storage imports as its session.
    let record = envelope::encode(&answered("x", "Pasted"), 9).unwrap();
    let pasted = store.import(&record, "p", T0).unwrap();
    assert_eq!(pasted.session.name, "Pasted");
    assert_eq!(pasted.session.answers, answered("x", "x").answers);
    assert_eq!(pasted.revision, 1);
}

#[test]
fn import_adds_a_heart_of_the_product_missing_from_the_services_but_loading_does_not() {
    // Earlier builds offered every service as the heart of the product (and scored
    // it): a file from one names a service it did not tick.
    let text = r#"{"format":"stackwise-session","version":1,"name":"Old file",
        "answers":{"services_12m":["product_api","background_jobs"],"core_workload":"ml_ai"}}"#;
    let (storage, mut store) = fresh();
    let imported = store.import(text, "old", T0).unwrap();
    let answers = &imported.session.answers;
    assert!(answers.is_selected("services_12m", "ml_ai"));
    assert!(answers.is_selected("core_workload", "ml_ai"));
    let note = imported
        .notes
        .iter()
        .find(|n| n.path == "answers.services_12m")
        .expect("a note about the services");
    assert!(note.message.contains("ML/AI"), "{note}");
    assert!(
        session::repair_summary(&imported.notes)
            .unwrap()
            .contains("1 answer")
    );

    // Loading a stored decision never repairs: it reads back exactly as saved,
    // even with a heart of the product outside the services (its service was
    // unticked by hand in a build that kept such answers).
    let mut s = imported.session.clone();
    s.answers
        .set_multi("services_12m", ["product_api", "background_jobs"])
        .unwrap();
    let saved = store.save(&s, imported.revision, T0 + 1).unwrap();
    let (reopened, notices) = reopen(&storage);
    assert!(notices.is_empty(), "{notices:?}");
    let loaded = reopened.load("old").unwrap();
    assert_eq!(loaded.session.answers, s.answers);
    assert!(loaded.notes.is_empty(), "{:?}", loaded.notes);
    assert_eq!(loaded.revision, saved.revision);
}

#[test]
fn export_is_the_documented_format_with_unsaved_changes() {
    let (_, mut store) = fresh();
    seed(&mut store, "e", "Export me");
    let text = store.export("e").unwrap();
    let s = store.load("e").unwrap().session;
    assert_eq!(text, s.to_json());
    let back = session::parse_session(&text).unwrap();
    assert_eq!(back.session, s);
    assert!(back.notes.is_empty());
    assert_eq!(
        store.export("zz"),
        Err(StoreError::NotFound { id: "zz".into() })
    );
    assert_eq!(
        crate::file_names::export_file_name("Backend default, spring 2026!"),
        "stackwise-backend-default-spring-2026.json"
    );
    assert_eq!(
        crate::file_names::export_file_name("  ++ "),
        "stackwise-session.json"
    );
    assert_eq!(
        crate::file_names::export_file_name("Éte"),
        "stackwise-te.json"
    );
    assert!(crate::file_names::export_file_name(&"x".repeat(500)).len() < 80);
}

#[test]
fn ids_are_checked() {
    let (_, mut store) = fresh();
    for bad in ["", "a b", "a/b", "é", &"x".repeat(65)] {
        assert_eq!(
            store.create(bad, "n", T0).unwrap_err(),
            StoreError::InvalidId { id: bad.to_owned() }
        );
    }
    store.create(&"x".repeat(64), "n", T0).unwrap();
    store.create("A-z_9", "n", T0).unwrap();
    assert_eq!(
        store.create("A-z_9", "again", T0).unwrap_err(),
        StoreError::IdTaken { id: "A-z_9".into() }
    );
}

#[test]
fn keys_and_backup_keys_parse() {
    assert_eq!(keys::session_key("ab"), "stackwise.session.ab");
    assert_eq!(keys::session_id_of("stackwise.session.ab"), Some("ab"));
    assert_eq!(keys::session_id_of("stackwise.prefs"), None);
    let k = keys::backup_key(42, 0, "stackwise.session.ab");
    assert_eq!(k, "stackwise.backup.42.stackwise.session.ab");
    let info = keys::parse_backup_key(&k).unwrap();
    assert_eq!(info.made_ms, Some(42));
    assert_eq!(info.original_key.as_deref(), Some("stackwise.session.ab"));
    let k2 = keys::backup_key(42, 3, "stackwise.session.ab");
    assert_eq!(k2, "stackwise.backup.42-3.stackwise.session.ab");
    assert_eq!(keys::parse_backup_key(&k2).unwrap().made_ms, Some(42));
    let odd = keys::parse_backup_key("stackwise.backup.whatever").unwrap();
    assert_eq!((odd.made_ms, odd.original_key), (None, None));
    assert_eq!(keys::parse_backup_key("stackwise.session.x"), None);
}
