//! The app's shared services, provided as context: the saved decisions (the pure
//! [`DecisionStore`] over local storage), the open decision, and notices.
//! Components call these with the user's intent; saving and conflict rules live
//! in the store, storage details in its adapter, and this module only turns
//! outcomes into notices and navigation. The store is only ever borrowed for one
//! call, never while signals update, so reactive effects can read it freely.

use std::fmt;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use super::notices::{Notice, NoticeAction, NoticeKind, capitalise};
use super::workspace::{Persist, Workspace};
use crate::adapters::location;
use crate::adapters::storage::{self, LocalStorage as BrowserStorage, fresh_decision_id, now_ms};
use crate::route::Route;
use crate::session::{CURRENT_VERSION, Session};
use crate::store::{
    Change, Conflict, DecisionStore, Loaded, Resolution, Resolved, SaveOutcome, StoreError,
    StoreStatus,
};

/// Why a decision could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenError(String);

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Said when the store is borrowed already (a re-entrant call).
pub(super) const BUSY: &str = "the saved decisions are busy; try again";

/// How often unsaved changes are tried again while storage refuses them.
const RETRY_EVERY: Duration = Duration::from_secs(2);

type Store = Rc<std::cell::RefCell<DecisionStore<BrowserStorage>>>;

/// The open decision. `owner` holds the workspace's signals, memos and Undo
/// history; it is freed a moment after another decision (or none) takes its
/// place (`set_open`). Its revision and any conflict live in the store.
#[derive(Clone)]
pub(super) struct OpenDecision {
    pub(super) workspace: Workspace,
    owner: Owner,
}

/// A choice offered by a conflict notice.
#[derive(Clone, Copy)]
enum Choice {
    KeepMineAsCopy,
    TakeTheirs,
    OverwriteWithMine,
}

/// Shared services; cheap to copy.
#[derive(Clone, Copy)]
pub struct Services {
    /// Messages for the user.
    pub notices: RwSignal<Vec<Notice>, LocalStorage>,
    /// Bumped whenever the saved decisions change, so lists refresh.
    pub sessions_changed: RwSignal<u64>,
    /// `Some(reason)` while changes are not reaching storage.
    pub not_saving: RwSignal<Option<String>>,
    store: StoredValue<Store, LocalStorage>,
    open: StoredValue<Option<OpenDecision>, LocalStorage>,
    owner: StoredValue<Owner, LocalStorage>,
    pub(super) next_notice: StoredValue<u64>,
}

impl Services {
    /// Opens the store and starts listening to other tabs, under the current
    /// (app) owner. Startup notices (unreadable data moved to a backup, storage
    /// unavailable, newer records) are shown at once. Unsaved changes are tried
    /// again every few seconds while storage refuses them, and once more before
    /// the page is left; if some still cannot be written, the browser asks
    /// before leaving.
    pub fn start() -> Services {
        let (store, notices) = storage::open_store();
        let services = Services {
            notices: RwSignal::new_local(Vec::new()),
            sessions_changed: RwSignal::new(0),
            not_saving: RwSignal::new(None),
            store: StoredValue::new_local(Rc::new(std::cell::RefCell::new(store))),
            open: StoredValue::new_local(None),
            owner: StoredValue::new_local(Owner::current().unwrap_or_default()),
            next_notice: StoredValue::new(0),
        };
        for notice in notices {
            services.show_store_notice(&notice);
        }
        services.refresh_status();
        // Every listener below is kept for the page's whole life, like the app.
        for event in ["pageshow", "visibilitychange"] {
            std::mem::forget(window_event_listener_untyped(event, move |event| {
                if came_back(&event) {
                    services.resync();
                }
            }));
        }
        std::mem::forget(window_event_listener_untyped(
            "beforeunload",
            move |event| {
                if services.has_unsaved() {
                    services.retry_saving();
                }
                if services.has_unsaved() {
                    // Asks "leave the page?": the changes exist only in this tab.
                    event.prevent_default();
                    let _ = js_sys::Reflect::set(&event, &"returnValue".into(), &"".into());
                }
            },
        ));
        // Runs until the page goes (the handle is never cleared).
        let _ = set_interval_with_handle(
            move || {
                if services.not_saving.get_untracked().is_some() {
                    services.retry_saving();
                }
            },
            RETRY_EVERY,
        );
        if let Some(listener) = storage::listen(move |event| {
            let changes = services
                .with_store(|store| store.on_storage_event(&event))
                .unwrap_or_default();
            services.apply_changes(changes);
        }) {
            listener.forget();
        }
        services
    }

    /// Runs `f` with the store borrowed for this call only (`None` if it is
    /// already borrowed, which would be a re-entrant call: then nothing happens).
    pub(super) fn with_store<T>(
        &self,
        f: impl FnOnce(&mut DecisionStore<BrowserStorage>) -> T,
    ) -> Option<T> {
        self.store
            .with_value(|store| store.try_borrow_mut().ok().map(|mut store| f(&mut store)))
    }

    /// After any change to the saved decisions: lists refresh, and the "not
    /// being saved" banner follows the store's status.
    pub(super) fn changed(&self) {
        self.refresh_status();
        self.sessions_changed.update(|n| *n += 1);
    }

    /// Updates the "not being saved" banner from the store's status.
    fn refresh_status(&self) {
        let status = self.with_store(|store| store.status());
        let reason = match status {
            Some(StoreStatus::Unavailable(error)) | Some(StoreStatus::NotSaving(error)) => {
                Some(format!(
                    "Changes are not being saved: {error}. Everything still works in this tab; \
                 export your decisions to keep them."
                ))
            }
            _ => None,
        };
        // Only a change re-renders the banner (and has screen readers announce it).
        self.not_saving.maybe_update(|shown| {
            let changed = *shown != reason;
            if changed {
                *shown = reason;
            }
            changed
        });
    }

    /// Whether this tab holds changes that are not in storage.
    fn has_unsaved(&self) -> bool {
        self.with_store(|store| !store.unsaved_ids().is_empty())
            .unwrap_or(false)
    }

    /// Tries to write unsaved changes again (the banner's "Try again", every few
    /// seconds while it shows, and before the page is left). Lists refresh only
    /// if something was tried.
    pub fn retry_saving(&self) {
        let Some(retried) = self.with_store(|store| store.retry(now_ms())) else {
            return;
        };
        for notice in &retried.notices {
            self.show_store_notice(notice);
        }
        if retried.saves.is_empty() && retried.changes.is_empty() {
            self.refresh_status();
        } else {
            self.apply_changes(retried.changes);
            self.changed();
        }
    }

    /// The open decision, if it is the one with this id.
    pub(super) fn open_decision(&self, id: &str) -> Option<OpenDecision> {
        self.open
            .get_value()
            .filter(|open| open.workspace.session.with_untracked(|s| s.id == id))
    }

    /// The workspace for a saved decision, reusing the open one (and its Undo
    /// history) when it is the same decision.
    pub fn open_workspace(&self, id: &str) -> Result<Workspace, OpenError> {
        if let Some(open) = self.open_decision(id) {
            return Ok(open.workspace);
        }
        let loaded = self
            .with_store(|store| store.load(id))
            .ok_or_else(|| OpenError(capitalise(BUSY)))?
            .map_err(|error| {
                OpenError(match error {
                    StoreError::NotFound { .. } => format!(
                        "There is no saved decision \"{id}\" in this browser. It may have been \
                         deleted, or saved in another browser or profile."
                    ),
                    StoreError::ReadOnly { version, .. } => format!(
                        "This decision was saved by a newer version of Stackwise (format \
                         version {version}; this one reads up to {CURRENT_VERSION}), so this \
                         version cannot show it, and never changes it. Reload the page to get \
                         the newer Stackwise if it has been deployed here; or, from Saved \
                         decisions, export it (the file keeps all of it, to open with the \
                         newer version) or delete it."
                    ),
                    other => capitalise(&other.to_string()),
                })
            })?;
        if !loaded.notes.is_empty() {
            let notes: Vec<String> = loaded.notes.iter().map(ToString::to_string).collect();
            self.notify(
                NoticeKind::Info,
                format!(
                    "This decision was repaired when it was read: {}",
                    notes.join("; ")
                ),
                None,
            );
        }
        let services = *self;
        let persist: Persist = Rc::new(move |session: &Session| services.save_open(session));
        let owner = self.owner.with_value(Owner::child);
        let workspace = owner.with(|| Workspace::new(loaded.session, false, Some(persist)));
        self.set_open(Some(OpenDecision { workspace, owner }));
        Ok(workspace)
    }

    /// Replaces the open decision. The one it replaces is freed (its signals,
    /// memos and Undo history) a moment later: its views may still be on screen
    /// until the route changes, and must be able to read it until then.
    pub(super) fn set_open(&self, next: Option<OpenDecision>) {
        let replaced = self.open.get_value();
        self.open.set_value(next);
        if let Some(replaced) = replaced {
            set_timeout(
                move || replaced.owner.cleanup(),
                Duration::from_millis(1000),
            );
        }
    }

    /// Saves the open decision after an edit (the store knows its revision, and
    /// keeps the edit while a conflict awaits the user's choice).
    fn save_open(&self, session: &Session) {
        match self.with_store(|store| store.save_open(session, now_ms())) {
            Some(Ok(SaveOutcome::Conflict(conflict))) => self.show_conflict(*conflict),
            Some(Ok(SaveOutcome::Saved(_) | SaveOutcome::Paused)) | None => {}
            Some(Err(error)) => self.show_error(error),
        }
        self.changed();
    }

    /// Another tab (or a newer Stackwise) changed a decision this tab has unsaved
    /// changes to (usually the open one): say so and let the user choose; nothing is
    /// dropped until they do. Every choice acts on the conflict's own decision.
    pub(super) fn show_conflict(&self, conflict: Conflict) {
        let services = *self;
        let mut choices = vec![
            ("Keep mine as a copy", Choice::KeepMineAsCopy),
            ("Take theirs", Choice::TakeTheirs),
        ];
        if conflict.overwrite_revision().is_some() {
            choices.push(("Overwrite with mine", Choice::OverwriteWithMine));
        }
        let actions = choices
            .into_iter()
            .map(|(label, choice)| {
                let id = conflict.id.clone();
                NoticeAction {
                    label,
                    run: Rc::new(move || services.resolve(&id, choice)),
                }
            })
            .collect();
        let topic = format!("conflict:{}", conflict.id);
        self.show_notice(
            NoticeKind::Warning,
            conflict.to_string(),
            actions,
            Some(topic),
            Vec::new(),
        );
    }

    /// Settles a conflict the way the user chose.
    fn resolve(&self, id: &str, choice: Choice) {
        let resolved = self.with_store(|store| {
            let resolution = match choice {
                Choice::KeepMineAsCopy => Resolution::KeepMineAsCopy {
                    new_id: fresh_decision_id(store),
                },
                Choice::TakeTheirs => Resolution::TakeTheirs,
                Choice::OverwriteWithMine => Resolution::OverwriteWithMine,
            };
            store.resolve(id, resolution, now_ms())
        });
        match resolved {
            Some(Ok(Resolved::Copied { copy, theirs })) => {
                self.show_theirs(id, theirs);
                location::navigate(&Route::Result {
                    session: copy.session.id,
                });
            }
            Some(Ok(Resolved::TookTheirs(theirs))) => {
                if !self.show_theirs(id, theirs) {
                    location::navigate(&Route::Sessions);
                }
            }
            Some(Ok(Resolved::Overwrote(SaveOutcome::Conflict(conflict)))) => {
                self.show_conflict(*conflict);
            }
            Some(Ok(Resolved::Overwrote(_))) => {}
            Some(Err(error)) => self.show_error(error),
            None => {
                self.notify(NoticeKind::Error, capitalise(BUSY), None);
            }
        }
        self.changed();
    }

    /// The open decision, if it is `id`, shows the stored version now, or is
    /// closed when there is none this version can edit. Whether it is still open.
    fn show_theirs(&self, id: &str, theirs: Option<Loaded>) -> bool {
        let Some(open) = self.open_decision(id) else {
            return true;
        };
        match theirs {
            Some(loaded) => {
                open.workspace.replace(loaded.session);
                true
            }
            None => {
                self.set_open(None);
                false
            }
        }
    }

    /// Re-reads storage: a tab back from the background or the back/forward
    /// cache may have missed other tabs' changes.
    pub fn resync(&self) {
        let changes = self.with_store(|store| store.resync()).unwrap_or_default();
        self.apply_changes(changes);
    }

    /// Acts on what another tab changed.
    fn apply_changes(&self, changes: Vec<Change>) {
        if changes.is_empty() {
            return;
        }
        let open_id = self
            .open
            .get_value()
            .map(|open| open.workspace.session.with_untracked(|s| s.id.clone()));
        for change in changes {
            match change {
                Change::Updated { id, .. } if open_id.as_deref() == Some(id.as_str()) => {
                    let loaded = self.with_store(|store| store.load(&id).ok()).flatten();
                    self.show_theirs(&id, loaded);
                    self.notify(
                        NoticeKind::Info,
                        "This decision was updated in another tab; you now see that version.",
                        None,
                    );
                }
                Change::Removed { id } | Change::BecameReadOnly { id, .. }
                    if open_id.as_deref() == Some(id.as_str()) =>
                {
                    self.set_open(None);
                    self.notify(
                        NoticeKind::Warning,
                        "This decision was deleted or replaced in another tab.",
                        None,
                    );
                    location::navigate(&Route::Sessions);
                }
                Change::Conflict(conflict) => self.show_conflict(*conflict),
                Change::Notice(notice) => self.show_store_notice(&notice),
                _ => {}
            }
        }
        self.changed();
    }
}

/// Whether a `pageshow` or `visibilitychange` event means the user is back on
/// this page after it was hidden or restored from the back/forward cache (when
/// other tabs may have changed storage). The first `pageshow` of a load, and
/// the page being hidden, are not.
fn came_back(event: &web_sys::Event) -> bool {
    let visible = web_sys::window()
        .and_then(|window| window.document())
        .is_some_and(|document| !document.hidden());
    if event.type_() == "pageshow" {
        let persisted = js_sys::Reflect::get(event, &"persisted".into())
            .ok()
            .and_then(|value| value.as_bool())
            .unwrap_or(false);
        visible && persisted
    } else {
        visible
    }
}
