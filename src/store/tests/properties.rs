//! Properties: round trips, nothing lost whatever is stored, no panics on any
//! input, the list's leader agrees with `evaluate`.

use proptest::prelude::*;

use super::*;
use crate::model::tests::strategies::{arb_answers, arb_weights};

fn arb_session() -> impl Strategy<Value = Session> {
    (
        "[A-Za-z0-9_-]{1,64}",
        any::<String>(),
        0u64..=4_000_000_000_000,
        0u64..=1_000_000,
        arb_answers(),
        arb_weights(),
    )
        .prop_map(|(id, name, created_ms, later, answers, weights)| {
            let mut s = Session::new(id, name, created_ms);
            s.updated_ms = created_ms + later;
            s.answers = answers;
            s.weights = weights;
            s
        })
}

/// Keys the store cares about, and others.
fn arb_key() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z0-9]{1,6}".prop_map(|id| keys::session_key(&id)),
        any::<String>().prop_map(|s| format!("{SESSION_PREFIX}{s}")),
        any::<String>().prop_map(|s| format!("{BACKUP_PREFIX}{s}")),
        any::<String>(),
        Just("stackwise.prefs".to_owned()),
    ]
}

/// Values: valid records, near-valid ones, and anything.
fn arb_value() -> impl Strategy<Value = String> {
    prop_oneof![
        (arb_session(), 0u64..10).prop_map(|(s, r)| envelope::encode(&s, r).unwrap_or_default()),
        arb_session().prop_map(|s| s.to_json()),
        (arb_session(), any::<prop::sample::Index>()).prop_map(|(s, cut)| {
            let text = envelope::encode(&s, 1).unwrap_or_default();
            let at = cut.index(text.len() + 1);
            text.char_indices()
                .map(|(i, _)| i)
                .find(|&i| i >= at)
                .map_or(text.clone(), |i| text[..i].to_owned())
        }),
        (2u64..50).prop_map(newer_record),
        any::<String>(),
        "\\{\"(revision|session|format)\":[0-9a-z\"\\{\\}\\[\\],:]{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_session_round_trips_through_storage(s in arb_session(), now in 0u64..5_000_000_000_000) {
        let storage = MemoryStorage::new();
        let (mut store, _) = DecisionStore::open(storage.clone(), now);
        let created = store.create(&s.id, "x", s.created_ms).unwrap();
        let saved = store.save(&s, created.revision, now).unwrap();
        let (other, notices) = DecisionStore::open(storage, now);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        let loaded = other.load(&s.id).unwrap();
        let mut expected = s.clone();
        expected.touch(now);
        prop_assert_eq!(loaded.session, expected);
        prop_assert_eq!(loaded.revision, saved.revision);
    }

    #[test]
    fn whatever_is_stored_opening_never_panics_and_loses_nothing(
        entries in prop::collection::vec((arb_key(), arb_value()), 0..12),
        quota_slack in prop::option::of(0usize..4_000),
        now in any::<u64>(),
    ) {
        let storage = MemoryStorage::new();
        for (k, v) in &entries {
            storage.set(k, v).unwrap();
        }
        let before = storage.snapshot();
        storage.set_quota(quota_slack.map(|s| storage.used() + s));
        let (store, notices) = DecisionStore::open(storage.clone(), now);
        let after = storage.snapshot();
        for (k, v) in &before {
            let kept = after.get(k) == Some(v);
            let backed_up = after.iter().any(|(bk, bv)| bk.starts_with(BACKUP_PREFIX) && bv == v);
            prop_assert!(kept || backed_up, "{} lost", k);
            if !k.starts_with(SESSION_PREFIX) {
                prop_assert!(kept, "{} is not ours but changed", k);
            }
        }
        // Every listed session loads or is read-only; everything renders.
        for summary in store.list() {
            match summary.access {
                Access::Editable => prop_assert!(store.load(&summary.id).is_ok()),
                Access::ReadOnly { .. } => prop_assert!(store.load(&summary.id).is_err()),
            }
            prop_assert!(store.export(&summary.id).is_ok());
        }
        for n in &notices {
            let _ = n.to_string();
        }
        let _ = store.backups();
    }

    #[test]
    fn any_storage_event_is_handled(
        seeded in prop::collection::vec(arb_session(), 0..3),
        events in prop::collection::vec(
            (prop::option::of(arb_key()), prop::option::of(arb_value()), prop::option::of(arb_value()), any::<bool>()),
            0..8,
        ),
    ) {
        let storage = MemoryStorage::new();
        let (mut store, _) = DecisionStore::open(storage.clone(), 1);
        for s in &seeded {
            let _ = store.create(&s.id, &s.name, 1);
        }
        for (key, old, new, apply) in events {
            if apply && let Some(k) = &key {
                match &new {
                    Some(v) => storage.set(k, v).unwrap(),
                    None => storage.remove(k).unwrap(),
                }
            }
            let event = StorageEvent { key, old_value: old, new_value: new };
            let _ = classify(&event);
            for change in store.on_storage_event(&event) {
                let _ = format!("{change:?}");
            }
            for summary in store.list() {
                let _ = store.load(&summary.id);
            }
        }
    }

    #[test]
    fn importing_any_text_never_panics_or_touches_existing_sessions(
        text in prop_oneof![any::<String>(), arb_value()],
    ) {
        let (storage, mut store) = fresh();
        seed(&mut store, "existing", "E");
        let before = storage.peek(&key("existing"));
        match store.import(&text, "fresh", T0) {
            Ok(created) => {
                prop_assert_eq!(created.session.id.as_str(), "fresh");
                prop_assert!(store.load("fresh").is_ok());
            }
            Err(e) => {
                let _ = e.to_string();
                prop_assert!(!store.contains("fresh"));
            }
        }
        prop_assert_eq!(storage.peek(&key("existing")), before);
    }

    #[test]
    fn the_listed_leader_is_evaluates_winner(answers in arb_answers(), weights in arb_weights()) {
        let mut s = Session::new("l", "L", 0);
        s.answers = answers;
        s.weights = weights;
        prop_assert_eq!(
            crate::model::leading_language(&s.answers, &s.weights),
            crate::model::evaluate(&s.answers, &s.weights).winner()
        );
    }

    /// Random edits with storage switching between working, full and unavailable:
    /// storage only ever holds readable records, and what the store reports as
    /// stored is what a fresh tab reads.
    #[test]
    fn random_edits_under_failing_storage_stay_consistent(
        ops in prop::collection::vec((0u8..8, 0usize..3, arb_answers()), 1..25),
    ) {
        let storage = MemoryStorage::new();
        let (mut store, _) = DecisionStore::open(storage.clone(), 0);
        let ids = ["a", "b", "c"];
        let mut undo: Option<Deleted> = None;
        for (step, (op, which, answers)) in ops.into_iter().enumerate() {
            let now = step as u64 * 10;
            let id = ids[which];
            match op {
                0 => { let _ = store.create(id, id, now); }
                1 | 2 => {
                    if let Ok(loaded) = store.load(id) {
                        let mut s = loaded.session;
                        s.answers = answers;
                        let before = storage.snapshot();
                        match store.save(&s, loaded.revision, now) {
                            Ok(saved) => prop_assert_eq!(
                                store.summary(id).unwrap().unsaved,
                                !saved.status.is_stored()
                            ),
                            // Only when a deletion could not reach storage and the
                            // id was created again: storage still holds the old one.
                            Err(StoreError::Conflict(_)) => {
                                prop_assert_eq!(storage.snapshot(), before);
                            }
                            Err(e) => prop_assert!(false, "{}", e),
                        }
                    }
                }
                3 => { if let Ok(d) = store.delete(id) { undo = Some(d); } }
                4 => { if let Some(d) = undo.take() { let _ = store.restore_deleted(&d); } }
                5 => storage.fill_up(),
                6 => { storage.set_quota(None); storage.set_unavailable(false); let _ = store.retry(now); }
                _ => storage.set_unavailable(true),
            }
            for (k, v) in storage.snapshot() {
                prop_assert!(matches!(envelope::parse(&v), Parsed::Live { .. }), "{} unreadable", k);
            }
        }
        storage.set_unavailable(false);
        let (other, notices) = DecisionStore::open(storage.clone(), 0);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        for summary in store.list() {
            let mine = store.load(&summary.id).unwrap();
            if !mine.unsaved {
                let theirs = other.load(&summary.id).unwrap();
                prop_assert_eq!(theirs.session, mine.session);
                prop_assert_eq!(theirs.revision, mine.revision);
            }
        }
    }
}
