//! Two tabs on one storage: storage events, conflicts, and their resolution
//! (every conflict × every choice × failing storage: [`matrix`]).

use super::*;

mod matrix;

/// Delivers every pending event to `tab`, returning all changes.
fn deliver(storage: &MemoryStorage, tab: &mut DecisionStore<MemoryStorage>) -> Vec<Change> {
    storage
        .take_events()
        .iter()
        .flat_map(|e| tab.on_storage_event(e))
        .collect()
}

fn two_tabs() -> (
    MemoryStorage,
    DecisionStore<MemoryStorage>,
    DecisionStore<MemoryStorage>,
) {
    let (storage, mut a) = fresh();
    seed(&mut a, "s", "Shared");
    let (b, _) = reopen(&storage);
    storage.take_events();
    (storage, a, b)
}

#[test]
fn a_save_in_one_tab_shows_up_in_the_other() {
    let (storage, mut a, mut b) = two_tabs();
    let mut s = a.load("s").unwrap().session;
    s.answers.set_single("traffic_level", "very_high").unwrap();
    let saved = a.save(&s, 2, T0 + 50).unwrap();
    let changes = deliver(&storage, &mut b);
    assert_eq!(
        changes,
        [Change::Updated {
            id: "s".into(),
            revision: 3
        }]
    );
    assert_eq!(saved.revision, 3);
    let loaded = b.load("s").unwrap();
    assert_eq!(loaded.revision, 3);
    assert_eq!(loaded.session.answers, s.answers);

    // Creation, rename and deletion too.
    a.create("n", "New elsewhere", T0 + 60).unwrap();
    assert_eq!(
        deliver(&storage, &mut b),
        [Change::Added { id: "n".into() }]
    );
    assert_eq!(b.load("n").unwrap().session.name, "New elsewhere");
    a.rename("n", "Renamed", T0 + 70).unwrap();
    assert_eq!(
        deliver(&storage, &mut b),
        [Change::Updated {
            id: "n".into(),
            revision: 2
        }]
    );
    assert_eq!(b.summary("n").unwrap().name, "Renamed");
    a.delete("n").unwrap();
    assert_eq!(
        deliver(&storage, &mut b),
        [Change::Removed { id: "n".into() }]
    );
    assert!(!b.contains("n"));
    assert_eq!(a.list(), b.list());
}

#[test]
fn a_stale_save_is_a_conflict_with_both_versions() {
    let (storage, mut a, mut b) = two_tabs();
    let mut in_a = a.load("s").unwrap().session;
    let mut in_b = b.load("s").unwrap().session;
    in_a.answers.set_single("traffic_level", "low").unwrap();
    a.save(&in_a, 2, T0 + 100).unwrap();
    let stored = storage.peek(&key("s"));

    // B saves before it has seen A's event.
    in_b.answers.set_single("traffic_level", "high").unwrap();
    let Err(StoreError::Conflict(conflict)) = b.save(&in_b, 2, T0 + 101) else {
        panic!("expected a conflict")
    };
    assert_eq!(storage.peek(&key("s")), stored, "nothing written");
    assert_eq!(conflict.id, "s");
    assert_eq!(conflict.mine.answers, in_b.answers);
    let Theirs::Changed {
        session: theirs,
        revision,
    } = &conflict.theirs
    else {
        panic!("{conflict:?}")
    };
    assert_eq!(*revision, 3);
    assert_eq!(theirs.answers, in_a.answers);
    assert_eq!(conflict.overwrite_revision(), Some(3));
    assert!(conflict.to_string().contains("another tab"));

    // Keep mine as a copy: a new session; theirs untouched.
    let copy = b.save_copy(&conflict.mine, "s-copy", T0 + 102).unwrap();
    assert_eq!(copy.session.name, "Shared (copy)");
    assert_eq!(copy.session.answers, in_b.answers);
    assert_eq!(storage.peek(&key("s")), stored);

    // Take theirs.
    let taken = b.reload("s").unwrap();
    assert_eq!((taken.revision, &taken.session.answers), (3, &in_a.answers));

    // Or overwrite on purpose.
    let saved = b.save(&conflict.mine, 3, T0 + 103).unwrap();
    assert_eq!(saved.revision, 4);
    let changes = deliver(&storage, &mut a);
    assert!(changes.contains(&Change::Updated {
        id: "s".into(),
        revision: 4
    }));
    assert!(changes.contains(&Change::Added {
        id: "s-copy".into()
    }));
    assert_eq!(a.load("s").unwrap().session.answers, in_b.answers);
}

#[test]
fn the_event_then_save_order_also_detects_the_conflict() {
    // B's editor holds revision 2; the event updates B's store to 3; the editor's
    // next save (still based on 2) must not silently win.
    let (storage, mut a, mut b) = two_tabs();
    let mut editor = b.load("s").unwrap();
    let mut s = a.load("s").unwrap().session;
    s.name = "From A".into();
    a.save(&s, 2, T0 + 1).unwrap();
    deliver(&storage, &mut b);
    editor.session.name = "From B".into();
    assert!(matches!(
        b.save(&editor.session, editor.revision, T0 + 2),
        Err(StoreError::Conflict(c)) if matches!(c.theirs, Theirs::Changed { revision: 3, .. })
    ));
    // Storage cannot be read at that moment: judged against memory, same answer.
    storage.set_unavailable(true);
    assert!(matches!(
        b.save(&editor.session, editor.revision, T0 + 3),
        Err(StoreError::Conflict(_))
    ));
}

#[test]
fn editing_a_session_deleted_elsewhere_is_a_conflict() {
    let (storage, mut a, mut b) = two_tabs();
    let mut editor = b.load("s").unwrap();
    a.delete("s").unwrap();
    editor.session.name = "Still editing".into();
    // Before the event arrives...
    let Err(StoreError::Conflict(c)) = b.save(&editor.session, editor.revision, T0 + 1) else {
        panic!()
    };
    assert_eq!(c.theirs, Theirs::Deleted);
    assert_eq!(c.overwrite_revision(), Some(0));
    // ...and after it.
    assert_eq!(
        deliver(&storage, &mut b),
        [Change::Removed { id: "s".into() }]
    );
    let Err(StoreError::Conflict(c)) = b.save(&editor.session, editor.revision, T0 + 2) else {
        panic!()
    };
    assert_eq!(c.theirs, Theirs::Deleted);
    // Keep mine: save expecting nothing stored puts it back.
    let saved = b.save(&c.mine, 0, T0 + 3).unwrap();
    assert_eq!((saved.revision, saved.status), (1, SaveStatus::Stored));
    assert_eq!(b.load("s").unwrap().session.name, "Still editing");
    assert_eq!(
        deliver(&storage, &mut a),
        [Change::Added { id: "s".into() }]
    );
}

#[test]
fn unsaved_changes_plus_a_change_elsewhere_is_reported_not_dropped() {
    let (storage, mut a, mut b) = two_tabs();
    // B cannot write (full), so its change is unsaved.
    storage.fill_up();
    let mut in_b = b.load("s").unwrap().session;
    in_b.name = "B's longer unsaved name".into();
    assert!(!b.save(&in_b, 2, T0 + 1).unwrap().status.is_stored());
    storage.set_quota(None);
    // A saves meanwhile.
    let mut in_a = a.load("s").unwrap().session;
    in_a.name = "A".into();
    a.save(&in_a, 2, T0 + 2).unwrap();
    let changes = deliver(&storage, &mut b);
    let [Change::Conflict(c)] = &changes[..] else {
        panic!("{changes:?}")
    };
    assert_eq!(c.mine.name, "B's longer unsaved name");
    assert!(matches!(&c.theirs, Theirs::Changed { session, revision: 3 } if session.name == "A"));
    // B still holds its version; retrying does not overwrite A's.
    assert_eq!(b.load("s").unwrap().session.name, "B's longer unsaved name");
    let retried = b.retry(T0 + 3);
    assert!(matches!(retried.saves[0].1, Err(StoreError::Conflict(_))));
    assert!(storage.peek(&key("s")).unwrap().contains(r#""name":"A""#));
    // Take theirs: unsaved state is gone, status back to saving.
    b.reload("s").unwrap();
    assert_eq!(b.load("s").unwrap().session.name, "A");
    assert_eq!(b.status(), StoreStatus::Saving);

    // Deleted elsewhere while B has unsaved changes: conflict, B keeps its copy.
    storage.fill_up();
    let mut again = b.load("s").unwrap().session;
    again.name = "B again, longer".into();
    b.save(&again, 3, T0 + 4).unwrap();
    storage.set_quota(None);
    a.delete("s").unwrap();
    let changes = deliver(&storage, &mut b);
    assert!(matches!(&changes[..], [Change::Conflict(c)] if c.theirs == Theirs::Deleted));
    assert!(b.contains("s"));
}

#[test]
fn clear_elsewhere_resyncs() {
    let (storage, mut a, mut b) = two_tabs();
    seed(&mut a, "t", "T");
    deliver(&storage, &mut b);
    storage.clear().unwrap();
    let mut changes = deliver(&storage, &mut b);
    changes.sort_by_key(|c| format!("{c:?}"));
    assert_eq!(
        changes,
        [
            Change::Removed { id: "s".into() },
            Change::Removed { id: "t".into() }
        ]
    );
    assert!(b.is_empty());
}

#[test]
fn newer_version_written_elsewhere_makes_it_read_only() {
    let (storage, _a, mut b) = two_tabs();
    let mut editor = b.load("s").unwrap();
    let raw = newer_record(session::CURRENT_VERSION + 1);
    storage.set(&key("s"), &raw).unwrap();
    let changes = deliver(&storage, &mut b);
    assert_eq!(
        changes,
        [Change::BecameReadOnly {
            id: "s".into(),
            version: session::CURRENT_VERSION + 1
        }]
    );
    editor.session.name = "Mine".into();
    assert!(matches!(
        b.save(&editor.session, 2, T0),
        Err(StoreError::ReadOnly { .. })
    ));
    assert_eq!(storage.peek(&key("s")), Some(raw.clone()));
    let copy = b.save_copy(&editor.session, "keep", T0).unwrap();
    assert_eq!(copy.session.name, "Mine (copy)");

    // With unsaved changes in this tab: a conflict that cannot be overwritten.
    let (storage, _a, mut b) = two_tabs();
    storage.fill_up();
    let mut s = b.load("s").unwrap().session;
    s.name = "unsaved, longer".into();
    b.save(&s, 2, T0).unwrap();
    storage.set_quota(None);
    storage.set(&key("s"), &raw).unwrap();
    let changes = deliver(&storage, &mut b);
    let [Change::Conflict(c)] = &changes[..] else {
        panic!("{changes:?}")
    };
    assert!(matches!(c.theirs, Theirs::Newer { revision: 4, .. }));
    assert_eq!(c.overwrite_revision(), None);
    assert!(
        matches!(b.save(&s, 4, T0), Err(StoreError::Conflict(c)) if matches!(c.theirs, Theirs::Newer { .. }))
    );
    assert_eq!(storage.peek(&key("s")), Some(raw));
}

#[test]
fn garbage_written_elsewhere_is_reported_and_backed_up_before_saving_over() {
    let (storage, _a, mut b) = two_tabs();
    storage.set(&key("s"), "{oops").unwrap();
    let changes = deliver(&storage, &mut b);
    assert!(
        matches!(&changes[..], [Change::Notice(StoreNotice::ChangedOutside { id, .. })] if id == "s")
    );
    // This tab keeps its copy; saving over the garbage backs it up first.
    let mut s = b.load("s").unwrap().session;
    s.name = "Fixed".into();
    let saved = b.save(&s, 2, T0 + 5).unwrap();
    assert_eq!(
        storage.peek(&saved.backup_key.unwrap()).as_deref(),
        Some("{oops")
    );
    assert_eq!(saved.revision, 3);
    // Events about backups and other keys.
    let changes = deliver(&storage, &mut b);
    assert!(changes.contains(&Change::BackupsChanged));
    storage.set("theme", "dark").unwrap();
    assert!(deliver(&storage, &mut b).is_empty());
}

#[test]
fn classify_reads_events_without_the_store() {
    let rec = envelope::encode(&answered("x", "X"), 7).unwrap();
    let ev = |k: Option<&str>, o: Option<&str>, n: Option<&str>| StorageEvent {
        key: k.map(str::to_owned),
        old_value: o.map(str::to_owned),
        new_value: n.map(str::to_owned),
    };
    let id = || "x".to_owned();
    assert_eq!(classify(&ev(None, None, None)), EventKind::Cleared);
    assert_eq!(
        classify(&ev(Some("theme"), None, Some("d"))),
        EventKind::NotOurs
    );
    assert_eq!(
        classify(&ev(Some("stackwise.prefs"), None, Some("d"))),
        EventKind::NotOurs
    );
    assert_eq!(
        classify(&ev(Some("stackwise.session.a/b"), None, Some("d"))),
        EventKind::NotOurs
    );
    assert_eq!(
        classify(&ev(Some("stackwise.session.x"), None, Some(&rec))),
        EventKind::SessionCreated { id: id() }
    );
    assert_eq!(
        classify(&ev(Some("stackwise.session.x"), Some("old"), Some(&rec))),
        EventKind::SessionUpdated {
            id: id(),
            revision: Some(7)
        }
    );
    assert_eq!(
        classify(&ev(Some("stackwise.session.x"), Some("old"), Some("junk"))),
        EventKind::SessionUpdated {
            id: id(),
            revision: None
        }
    );
    assert_eq!(
        classify(&ev(Some("stackwise.session.x"), Some(&rec), None)),
        EventKind::SessionDeleted { id: id() }
    );
    assert_eq!(
        classify(&ev(
            Some("stackwise.backup.1.stackwise.session.x"),
            None,
            Some("v")
        )),
        EventKind::BackupChanged {
            key: "stackwise.backup.1.stackwise.session.x".into()
        }
    );
    assert_eq!(envelope::peek_revision(V1_FIXTURE), Some(1));
}
