//! The conflict matrix: what the other tab did (saved, deleted, saved with a
//! newer Stackwise) × when this tab learns of it (on its own save, or on the
//! event while holding unsaved changes) × what the user chooses (keep mine as a
//! copy, take theirs, overwrite with mine) × storage between the conflict and the
//! choice (working, full, unavailable). Nothing the user made is ever lost.

use super::*;
use crate::model::criterion::Criterion;

/// What the other tab did to the shared decision.
#[derive(Clone, Copy, Debug)]
enum TheirMove {
    Saved,
    Deleted,
    SavedByNewerVersion,
}

/// When this tab learns of it.
#[derive(Clone, Copy, Debug)]
enum Found {
    /// This tab saves before it has processed the other tab's event.
    OnSave,
    /// This tab holds unsaved changes (storage was full) when the event arrives.
    OnEvent,
}

/// Storage between the conflict and the user's choice.
#[derive(Clone, Copy, Debug)]
enum Failing {
    No,
    Full,
    Unavailable,
}

fn mine_edit(s: &mut Session, traffic: &'static str) {
    s.name = "Mine".into();
    s.answers.set_single("traffic_level", traffic).unwrap();
}

/// Tab B ends up paused on a conflict over "s"; returns its version (with one
/// more edit made while paused) and what storage held right after the conflict.
fn conflicted(
    their_move: TheirMove,
    found: Found,
) -> (
    MemoryStorage,
    DecisionStore<MemoryStorage>,
    DecisionStore<MemoryStorage>,
    Session,
    Option<String>,
) {
    let (storage, mut a, mut b) = two_tabs();
    let mut mine = b.load("s").unwrap().session;
    mine_edit(&mut mine, "very_high");
    if let Found::OnEvent = found {
        storage.fill_up();
        let outcome = b.save_open(&mine, T0 + 1).unwrap();
        assert!(
            matches!(&outcome, SaveOutcome::Saved(s) if !s.status.is_stored()),
            "{outcome:?}"
        );
        storage.set_quota(None);
    }
    match their_move {
        TheirMove::Saved => {
            let mut theirs = a.load("s").unwrap().session;
            theirs.name = "Theirs".into();
            theirs.answers.set_single("traffic_level", "low").unwrap();
            a.save_open(&theirs, T0 + 2).unwrap();
        }
        TheirMove::Deleted => {
            a.delete("s").unwrap();
        }
        TheirMove::SavedByNewerVersion => {
            storage
                .set(&key("s"), &newer_record(session::CURRENT_VERSION + 1))
                .unwrap();
        }
    }
    if let Found::OnSave = found {
        let outcome = b.save_open(&mine, T0 + 3).unwrap();
        assert!(matches!(outcome, SaveOutcome::Conflict(_)), "{outcome:?}");
    }
    // The other tab's event arrives after the refused save: it must not replace
    // this tab's version, only (re)state the conflict.
    let changes = deliver(&storage, &mut b);
    match found {
        Found::OnSave => assert!(
            changes.iter().all(|c| matches!(c, Change::Conflict(_))),
            "{their_move:?}: {changes:?}"
        ),
        Found::OnEvent => assert!(
            matches!(&changes[..], [Change::Conflict(_)]),
            "{their_move:?}: {changes:?}"
        ),
    }
    let stored = storage.peek(&key("s"));
    // Editing on while paused: kept in this tab, nothing written.
    mine.answers
        .set_single("observability", "none")
        .unwrap_or(());
    mine.weights = mine.weights.with(Criterion::Hiring, 2);
    assert_eq!(b.save_open(&mine, T0 + 4).unwrap(), SaveOutcome::Paused);
    assert_eq!(storage.peek(&key("s")), stored);
    let held = b.load("s").unwrap();
    assert!(held.unsaved);
    assert_eq!(
        (&held.session.answers, held.session.weights),
        (&mine.answers, mine.weights)
    );
    let conflict = b.conflict("s").unwrap();
    assert_eq!(conflict.mine.answers, mine.answers);
    assert_eq!(b.retry(T0 + 5).saves.len(), 1);
    assert_eq!(
        storage.peek(&key("s")),
        stored,
        "a retry never writes over theirs"
    );
    (storage, a, b, mine, stored)
}

fn fail(storage: &MemoryStorage, failing: Failing) {
    match failing {
        Failing::No => {}
        Failing::Full => storage.fill_up(),
        Failing::Unavailable => storage.set_unavailable(true),
    }
}

fn recover(storage: &MemoryStorage) {
    storage.set_quota(None);
    storage.set_unavailable(false);
}

/// After the choice, "s" in tab B is what storage held (theirs), or gone.
fn holds_theirs(b: &DecisionStore<MemoryStorage>, their_move: TheirMove) {
    match their_move {
        TheirMove::Saved => {
            let s = b.load("s").unwrap();
            assert_eq!(s.session.name, "Theirs");
            assert!(!s.unsaved);
        }
        TheirMove::Deleted => assert!(!b.contains("s")),
        TheirMove::SavedByNewerVersion => assert!(matches!(
            b.summary("s").unwrap().access,
            Access::ReadOnly { .. }
        )),
    }
    assert_eq!(b.conflict("s"), None);
}

const MOVES: [TheirMove; 3] = [
    TheirMove::Saved,
    TheirMove::Deleted,
    TheirMove::SavedByNewerVersion,
];
const FOUND: [Found; 2] = [Found::OnSave, Found::OnEvent];
const FAILING: [Failing; 3] = [Failing::No, Failing::Full, Failing::Unavailable];

#[test]
fn keep_mine_as_a_copy_in_every_conflict() {
    for their_move in MOVES {
        for found in FOUND {
            for failing in FAILING {
                let case = format!("{their_move:?} {found:?} {failing:?}");
                let (storage, _a, mut b, mine, stored) = conflicted(their_move, found);
                fail(&storage, failing);
                let resolution = Resolution::KeepMineAsCopy {
                    new_id: "copy".into(),
                };
                let Resolved::Copied { copy, theirs } = b.resolve("s", resolution, T0 + 6).unwrap()
                else {
                    panic!("{case}")
                };
                assert_eq!(copy.session.name, "Mine (copy)", "{case}");
                assert_eq!(copy.session.answers, mine.answers, "{case}");
                assert_eq!(copy.session.weights, mine.weights, "{case}");
                assert_eq!(copy.status.is_stored(), matches!(failing, Failing::No));
                assert_eq!(theirs.is_some(), matches!(their_move, TheirMove::Saved));
                holds_theirs(&b, their_move);
                recover(&storage);
                assert_eq!(storage.peek(&key("s")), stored, "{case}: theirs untouched");
                b.retry(T0 + 7);
                let (other, _) = reopen(&storage);
                assert_eq!(other.load("copy").unwrap().session.answers, mine.answers);
            }
        }
    }
}

#[test]
fn take_theirs_in_every_conflict() {
    for their_move in MOVES {
        for found in FOUND {
            for failing in FAILING {
                let case = format!("{their_move:?} {found:?} {failing:?}");
                let (storage, _a, mut b, _mine, stored) = conflicted(their_move, found);
                fail(&storage, failing);
                let Resolved::TookTheirs(theirs) =
                    b.resolve("s", Resolution::TakeTheirs, T0 + 6).unwrap()
                else {
                    panic!("{case}")
                };
                assert_eq!(theirs.is_some(), matches!(their_move, TheirMove::Saved));
                holds_theirs(&b, their_move);
                assert!(b.unsaved_ids().is_empty(), "{case}");
                recover(&storage);
                assert_eq!(storage.peek(&key("s")), stored, "{case}");
                assert_eq!(b.status(), StoreStatus::Saving, "{case}");
                // Later events for the decision work as usual again.
                assert!(b.retry(T0 + 7).saves.is_empty());
            }
        }
    }
}

#[test]
fn overwrite_with_mine_in_every_conflict() {
    for their_move in MOVES {
        for found in FOUND {
            for failing in FAILING {
                let case = format!("{their_move:?} {found:?} {failing:?}");
                let (storage, mut a, mut b, mine, stored) = conflicted(their_move, found);
                fail(&storage, failing);
                let result = b.resolve("s", Resolution::OverwriteWithMine, T0 + 6);
                if let TheirMove::SavedByNewerVersion = their_move {
                    // Never offered: a newer version is never overwritten.
                    assert!(matches!(result, Err(StoreError::ReadOnly { .. })), "{case}");
                    assert!(b.conflict("s").is_some(), "{case}: still paused");
                    recover(&storage);
                    assert_eq!(storage.peek(&key("s")), stored);
                    continue;
                }
                let Ok(Resolved::Overwrote(SaveOutcome::Saved(saved))) = result else {
                    panic!("{case}: {result:?}")
                };
                assert_eq!(b.conflict("s"), None, "{case}");
                if saved.status.is_stored() {
                    assert!(matches!(failing, Failing::No | Failing::Full), "{case}");
                } else {
                    assert!(!matches!(failing, Failing::No), "{case}");
                    assert_eq!(storage.peek(&key("s")), stored, "{case}");
                    assert!(b.load("s").unwrap().unsaved, "{case}");
                }
                // Once storage works again, mine is written (the retry is based on
                // theirs, so it is no new conflict) and the other tab gets it.
                recover(&storage);
                let retried = b.retry(T0 + 7);
                assert!(retried.saves.iter().all(|(_, r)| r.is_ok()), "{case}");
                let (other, _) = reopen(&storage);
                let stored_now = other.load("s").unwrap().session;
                assert_eq!(stored_now.name, "Mine", "{case}");
                assert_eq!(stored_now.answers, mine.answers, "{case}");
                assert_eq!(stored_now.weights, mine.weights, "{case}");
                deliver(&storage, &mut a);
                assert_eq!(a.load("s").unwrap().session.answers, mine.answers);
            }
        }
    }
}

#[test]
fn a_choice_is_made_once() {
    let (_storage, _a, mut b, _mine, _) = conflicted(TheirMove::Saved, Found::OnSave);
    b.resolve("s", Resolution::TakeTheirs, T0 + 6).unwrap();
    assert_eq!(
        b.resolve("s", Resolution::OverwriteWithMine, T0 + 7),
        Err(StoreError::NoConflict { id: "s".into() })
    );
    // A copy under a taken id changes nothing: still paused.
    let (_storage, _a, mut b, _mine, _) = conflicted(TheirMove::Saved, Found::OnSave);
    let taken = Resolution::KeepMineAsCopy { new_id: "s".into() };
    assert!(matches!(
        b.resolve("s", taken, T0 + 6),
        Err(StoreError::IdTaken { .. })
    ));
    assert!(b.conflict("s").is_some());
}

/// The first data-loss case of issue 14: tab A saves, tab B saves before it has
/// processed A's event. B's refused save must keep B's edit as unsaved changes,
/// so A's event that follows states the conflict instead of replacing B's
/// version ("updated in another tab; you now see that version").
#[test]
fn a_refused_save_keeps_the_edit_until_the_user_chooses() {
    let (storage, mut a, mut b) = two_tabs();
    let mut theirs = a.load("s").unwrap().session;
    theirs.answers.set_single("traffic_level", "low").unwrap();
    a.save_open(&theirs, T0 + 1).unwrap();
    let mut mine = b.load("s").unwrap().session;
    mine.answers.set_single("traffic_level", "high").unwrap();
    assert!(matches!(
        b.save_open(&mine, T0 + 2).unwrap(),
        SaveOutcome::Conflict(_)
    ));
    let changes = deliver(&storage, &mut b);
    assert!(
        !changes
            .iter()
            .any(|c| matches!(c, Change::Updated { .. } | Change::Removed { .. })),
        "{changes:?}"
    );
    assert_eq!(b.load("s").unwrap().session.answers, mine.answers);
    assert!(b.summary("s").unwrap().unsaved);
    // Coming back to the front re-reads storage: still the same conflict.
    assert!(matches!(&b.resync()[..], [Change::Conflict(c)] if c.mine.answers == mine.answers));
    // A rename while paused is kept too, and says why it is not saved.
    assert!(matches!(
        b.rename("s", "Renamed while paused", T0 + 3),
        Err(StoreError::Conflict(_))
    ));
    assert_eq!(b.load("s").unwrap().session.name, "Renamed while paused");
}
