//! The app's shared services, provided as context: the saved sessions (the pure
//! [`SessionStore`] over local storage), the open workspace, and notices.
//! Components call these with the user's intent; storage details live in the
//! store and its adapter. The store is only ever borrowed for one call, never
//! while signals update, so reactive effects can read it freely.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

use leptos::prelude::*;

use super::notices::{Notice, NoticeAction, NoticeKind};
use super::workspace::{Persist, Workspace};
use crate::adapters::location;
use crate::adapters::storage::{self, LocalStorage as BrowserStorage, fresh_session_id, now_ms};
use crate::route::Route;
use crate::session::{self, DEFAULT_NAME, RepairNote, Session};
use crate::store::event::Change;
use crate::store::{
    Access, BackupInfo, Conflict, SaveStatus, SessionStore, SessionSummary, StoreError,
    StoreNotice, StoreStatus,
};

/// Why a decision could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenError(String);

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

type Store = Rc<RefCell<SessionStore<BrowserStorage>>>;

/// The open decision and the stored revision its next save is based on.
/// `in_conflict`: a conflict with another tab awaits the user's choice; saving
/// pauses until then (edits stay in this tab; nothing is overwritten or dropped).
/// `owner` holds the workspace's signals, memos and Undo history; it is freed a
/// moment after another decision (or none) takes its place (`set_open`).
#[derive(Clone)]
struct OpenDecision {
    workspace: Workspace,
    revision: Rc<Cell<u64>>,
    in_conflict: Rc<Cell<bool>>,
    owner: Owner,
}

/// Shared services; cheap to copy.
#[derive(Clone, Copy)]
pub struct Services {
    /// Messages for the user.
    pub notices: RwSignal<Vec<Notice>, LocalStorage>,
    /// Bumped whenever the saved sessions change, so lists refresh.
    pub sessions_changed: RwSignal<u64>,
    /// `Some(reason)` while changes are not reaching storage.
    pub not_saving: RwSignal<Option<String>>,
    store: StoredValue<Store, LocalStorage>,
    open: StoredValue<Option<OpenDecision>, LocalStorage>,
    owner: StoredValue<Owner, LocalStorage>,
    next_notice: StoredValue<u64>,
}

impl Services {
    /// Opens the store and starts listening to other tabs, under the current
    /// (app) owner. Startup notices (unreadable data moved to a backup, storage
    /// unavailable, newer records) are shown at once.
    pub fn start() -> Services {
        let (store, notices) = storage::open_store();
        let services = Services {
            notices: RwSignal::new_local(Vec::new()),
            sessions_changed: RwSignal::new(0),
            not_saving: RwSignal::new(None),
            store: StoredValue::new_local(Rc::new(RefCell::new(store))),
            open: StoredValue::new_local(None),
            owner: StoredValue::new_local(Owner::current().unwrap_or_default()),
            next_notice: StoredValue::new(0),
        };
        for notice in notices {
            services.show_store_notice(&notice);
        }
        services.refresh_status();
        for event in ["pageshow", "visibilitychange"] {
            // Kept for the page's whole life, like the app itself.
            std::mem::forget(window_event_listener_untyped(event, move |event| {
                if came_back(&event) {
                    services.resync();
                }
            }));
        }
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
    fn with_store<T>(&self, f: impl FnOnce(&mut SessionStore<BrowserStorage>) -> T) -> Option<T> {
        self.store
            .with_value(|store| store.try_borrow_mut().ok().map(|mut store| f(&mut store)))
    }

    /// Shows a notice, with at most one action; returns its id.
    pub fn notify(
        &self,
        kind: NoticeKind,
        text: impl Into<String>,
        action: Option<NoticeAction>,
    ) -> u64 {
        self.show_notice(kind, text, action.into_iter().collect(), None)
    }

    /// Shows a notice offering `actions`; returns its id. A notice with a `topic`
    /// replaces any earlier one on the same topic, so a choice is never offered
    /// twice or from stale facts.
    fn show_notice(
        &self,
        kind: NoticeKind,
        text: impl Into<String>,
        actions: Vec<NoticeAction>,
        topic: Option<String>,
    ) -> u64 {
        let id = self.next_notice.get_value() + 1;
        self.next_notice.set_value(id);
        self.notices.update(|list| {
            if topic.is_some() {
                list.retain(|notice| notice.topic != topic);
            }
            list.push(Notice {
                id,
                kind,
                text: text.into(),
                actions,
                topic,
                details: Vec::new(),
            });
        });
        id
    }

    /// Removes a notice.
    pub fn dismiss(&self, id: u64) {
        self.notices
            .update(|list| list.retain(|notice| notice.id != id));
    }

    fn show_store_notice(&self, notice: &StoreNotice) {
        let kind = match notice {
            StoreNotice::StorageUnavailable { .. } | StoreNotice::LeftInPlace { .. } => {
                NoticeKind::Error
            }
            StoreNotice::Migrated { .. } => NoticeKind::Info,
            _ => NoticeKind::Warning,
        };
        self.notify(kind, notice.to_string(), None);
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

    /// Tries to write unsaved changes again (the banner's "Try again").
    pub fn retry_saving(&self) {
        let retried = self.with_store(|store| store.retry(now_ms()));
        if let Some(retried) = retried {
            for notice in &retried.notices {
                self.show_store_notice(notice);
            }
            self.apply_changes(retried.changes);
        }
        self.refresh_status();
        self.sessions_changed.update(|n| *n += 1);
    }

    /// Creates a new, empty decision and returns its id.
    pub fn create_session(&self) -> Option<String> {
        let created = self.with_store(|store| {
            let id = fresh_session_id(store);
            store.create(&id, DEFAULT_NAME, now_ms())
        })?;
        self.after_write(created.map(|created| (created.session.id, created.status)))
    }

    /// Saves a copy of `session` as a new decision (e.g. from a shared link).
    pub fn save_copy(&self, session: &Session) -> Option<String> {
        let created = self.with_store(|store| {
            let id = fresh_session_id(store);
            store.save_copy(session, &id, now_ms())
        })?;
        self.after_write(created.map(|created| (created.session.id, created.status)))
    }

    /// Duplicates a saved decision; returns the copy's id.
    pub fn duplicate(&self, id: &str) -> Option<String> {
        let created = self.with_store(|store| {
            let new_id = fresh_session_id(store);
            store.duplicate(id, &new_id, now_ms())
        })?;
        self.after_write(created.map(|created| (created.session.id, created.status)))
    }

    /// Reports a write's outcome; returns the id on success.
    fn after_write(&self, result: Result<(String, SaveStatus), StoreError>) -> Option<String> {
        self.sessions_changed.update(|n| *n += 1);
        self.refresh_status();
        match result {
            Ok((id, _)) => Some(id),
            Err(error) => {
                self.notify(NoticeKind::Error, capitalise(&error.to_string()), None);
                None
            }
        }
    }

    /// The most recently changed decision that can be edited here: `(id, name)`.
    pub fn most_recent(&self) -> Option<(String, String)> {
        self.with_store(|store| store.most_recent_editable())
            .flatten()
    }

    /// The saved sessions, most recently changed first.
    pub fn list(&self) -> Vec<SessionSummary> {
        self.with_store(|store| store.list()).unwrap_or_default()
    }

    /// The open decision, if it is the one with this id.
    fn open_decision(&self, id: &str) -> Option<OpenDecision> {
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
            .ok_or_else(|| OpenError("The saved decisions are busy; try again.".into()))?
            .map_err(|error| {
                OpenError(match error {
                    StoreError::NotFound { .. } => format!(
                        "There is no saved decision \"{id}\" in this browser. It may have been \
                         deleted, or saved in another browser or profile."
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
        let revision = Rc::new(Cell::new(loaded.revision));
        let in_conflict = Rc::new(Cell::new(false));
        let services = *self;
        let persist_revision = Rc::clone(&revision);
        let persist_conflict = Rc::clone(&in_conflict);
        let persist: Persist = Rc::new(move |session: &Session| {
            services.persist(session, &persist_revision, &persist_conflict)
        });
        let owner = self.owner.with_value(Owner::child);
        let workspace = owner.with(|| Workspace::new(loaded.session, false, Some(persist)));
        self.set_open(Some(OpenDecision {
            workspace,
            revision,
            in_conflict,
            owner,
        }));
        Ok(workspace)
    }

    /// Replaces the open decision. The one it replaces is freed (its signals,
    /// memos and Undo history) a moment later: its views may still be on screen
    /// until the route changes, and must be able to read it until then.
    fn set_open(&self, next: Option<OpenDecision>) {
        let replaced = self.open.get_value();
        self.open.set_value(next);
        if let Some(replaced) = replaced {
            set_timeout(
                move || replaced.owner.cleanup(),
                std::time::Duration::from_millis(1000),
            );
        }
    }

    /// Saves the open decision after an edit.
    fn persist(&self, session: &Session, revision: &Cell<u64>, in_conflict: &Cell<bool>) {
        if in_conflict.get() {
            return;
        }
        let saved = self.with_store(|store| store.save(session, revision.get(), now_ms()));
        match saved {
            Some(Ok(saved)) => revision.set(saved.revision),
            Some(Err(StoreError::Conflict(conflict))) => {
                in_conflict.set(true);
                self.show_conflict(*conflict);
            }
            Some(Err(error)) => {
                self.notify(NoticeKind::Error, capitalise(&error.to_string()), None);
            }
            None => {}
        }
        self.refresh_status();
        self.sessions_changed.update(|n| *n += 1);
    }

    /// Another tab (or a newer Stackwise) changed a decision this tab has unsaved
    /// changes to (usually the open one): say so and let the user choose; nothing is
    /// dropped until they do. Every choice acts on the conflict's own decision.
    fn show_conflict(&self, conflict: Conflict) {
        let services = *self;
        let overwrite = conflict.overwrite_revision();
        let text = conflict.to_string();
        let Conflict { id, mine, .. } = conflict;
        let topic = format!("conflict:{id}");
        let mine = Rc::new(mine);
        let mut actions = Vec::new();
        let (copy_of, reload_id) = (Rc::clone(&mine), id.clone());
        actions.push(NoticeAction {
            label: "Keep mine as a copy",
            run: Rc::new(move || {
                if let Some(copy) = services.save_copy(&services.latest_version(&copy_of)) {
                    services.reopen_from_storage(&reload_id);
                    location::navigate(&Route::Result { session: copy });
                }
            }),
        });
        actions.push(NoticeAction {
            label: "Take theirs",
            run: Rc::new(move || services.reopen_from_storage(&id)),
        });
        if let Some(overwrite) = overwrite {
            actions.push(NoticeAction {
                label: "Overwrite with mine",
                run: Rc::new(move || services.overwrite_with_mine(&mine, overwrite)),
            });
        }
        self.show_notice(NoticeKind::Warning, text, actions, Some(topic));
    }

    /// This tab's version of a decision in conflict: the open workspace's, with the
    /// edits made since the conflict (saving paused), when it is the open one.
    fn latest_version(&self, mine: &Session) -> Session {
        self.open_decision(&mine.id).map_or_else(
            || mine.clone(),
            |open| open.workspace.session.get_untracked(),
        )
    }

    /// Saves this tab's version of a decision over the other tab's, on purpose.
    fn overwrite_with_mine(&self, mine: &Session, expected_revision: u64) {
        let open = self.open_decision(&mine.id);
        let session = self.latest_version(mine);
        let saved = self.with_store(|store| store.save(&session, expected_revision, now_ms()));
        match saved {
            Some(Ok(saved)) => {
                if let Some(open) = open {
                    open.revision.set(saved.revision);
                    open.in_conflict.set(false);
                }
            }
            Some(Err(StoreError::Conflict(conflict))) => self.show_conflict(*conflict),
            Some(Err(error)) => {
                self.notify(NoticeKind::Error, capitalise(&error.to_string()), None);
            }
            None => {}
        }
        self.refresh_status();
        self.sessions_changed.update(|n| *n += 1);
    }

    /// Re-reads storage: a tab back from the background or the back/forward
    /// cache may have missed other tabs' changes.
    pub fn resync(&self) {
        let changes = self.with_store(|store| store.resync()).unwrap_or_default();
        self.apply_changes(changes);
    }

    /// Reloads a session from storage into the open workspace (if it is open).
    fn reopen_from_storage(&self, id: &str) {
        let loaded = self.with_store(|store| store.reload(id));
        if let (Some(Ok(loaded)), Some(open)) = (loaded, self.open_decision(id)) {
            open.revision.set(loaded.revision);
            open.in_conflict.set(false);
            open.workspace.replace(loaded.session);
        }
        self.sessions_changed.update(|n| *n += 1);
    }

    /// Acts on what another tab changed.
    fn apply_changes(&self, changes: Vec<Change>) {
        let changed = !changes.is_empty();
        let open_id = self
            .open
            .get_value()
            .map(|open| open.workspace.session.with_untracked(|s| s.id.clone()));
        for change in changes {
            match change {
                Change::Updated { id, .. } if open_id.as_deref() == Some(id.as_str()) => {
                    self.reopen_from_storage(&id);
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
        if changed {
            self.sessions_changed.update(|n| *n += 1);
        }
    }

    /// Renames a saved decision.
    pub fn rename(&self, id: &str, name: &str) {
        if let Some(open) = self.open_decision(id) {
            open.workspace.rename(name);
            return;
        }
        let renamed = self.with_store(|store| store.rename(id, name, now_ms()));
        if let Some(Err(error)) = renamed {
            self.notify(NoticeKind::Error, capitalise(&error.to_string()), None);
        }
        self.refresh_status();
        self.sessions_changed.update(|n| *n += 1);
    }

    /// Deletes a saved decision, offering Undo in a notice.
    pub fn delete(&self, id: &str) {
        let Some(result) = self.with_store(|store| store.delete(id)) else {
            return;
        };
        match result {
            Ok(deleted) => {
                if self.open_decision(id).is_some() {
                    self.set_open(None);
                }
                let services = *self;
                let name = deleted.name().to_owned();
                let (kind, text) = match &deleted.status {
                    SaveStatus::Stored => (NoticeKind::Info, format!("Deleted \"{name}\".")),
                    SaveStatus::MemoryOnly(_) => (
                        NoticeKind::Warning,
                        format!(
                            "Removed \"{name}\" from this tab only: the browser's storage \
                             cannot be changed right now, so it will be back after a reload."
                        ),
                    ),
                };
                let deleted = Rc::new(deleted);
                self.notify(
                    kind,
                    text,
                    Some(NoticeAction {
                        label: "Undo",
                        run: Rc::new(move || {
                            let restored =
                                services.with_store(|store| store.restore_deleted(&deleted));
                            if let Some(Err(error)) = restored {
                                services.notify(
                                    NoticeKind::Error,
                                    capitalise(&error.to_string()),
                                    None,
                                );
                            }
                            services.sessions_changed.update(|n| *n += 1);
                        }),
                    }),
                );
            }
            Err(error) => {
                self.notify(NoticeKind::Error, capitalise(&error.to_string()), None);
            }
        }
        self.refresh_status();
        self.sessions_changed.update(|n| *n += 1);
    }

    /// The session as JSON in the documented session format.
    pub fn export(&self, id: &str) -> Option<String> {
        self.with_store(|store| store.export(id))?.ok()
    }

    /// Imports a session file as a NEW decision (never overwriting one); returns
    /// its id and what was repaired, or a message naming what is wrong.
    pub fn import(&self, text: &str) -> Result<(String, Vec<RepairNote>), String> {
        let created = self
            .with_store(|store| {
                let id = fresh_session_id(store);
                store.import(text, &id, now_ms())
            })
            .ok_or_else(|| "the saved decisions are busy; try again".to_owned())?;
        self.sessions_changed.update(|n| *n += 1);
        self.refresh_status();
        let created = created.map_err(|error| error.to_string())?;
        Ok((created.session.id, created.notes))
    }

    /// Imports `text` as a new decision and shows its result, telling the user
    /// `done` and summing up in one sentence what was repaired on the way (each
    /// repair behind a disclosure); the error names what is wrong.
    pub fn import_and_open(&self, text: &str, done: &str) -> Result<(), String> {
        let (id, notes) = self.import(text)?;
        let mut message = done.to_owned();
        if let Some(summary) = session::repair_summary(&notes) {
            message.push(' ');
            message.push_str(&summary);
        }
        let shown = self.notify(NoticeKind::Info, message, None);
        let details = notes.iter().map(ToString::to_string).collect();
        self.notices.update(|list| {
            if let Some(notice) = list.iter_mut().find(|n| n.id == shown) {
                notice.details = details;
            }
        });
        location::navigate(&Route::Result { session: id });
        Ok(())
    }

    /// Stored values set aside (backed up) because they could not be read, newest
    /// first.
    pub fn backups(&self) -> Vec<BackupInfo> {
        self.with_store(|store| store.backups()).unwrap_or_default()
    }

    /// The text of a backup, or a message saying why it cannot be read.
    pub fn read_backup(&self, key: &str) -> Result<String, String> {
        match self.with_store(|store| store.read_backup(key)) {
            Some(Ok(Some(text))) => Ok(text),
            Some(Ok(None)) => Err("it is no longer there".to_owned()),
            Some(Err(error)) => Err(error.to_string()),
            None => Err("the saved decisions are busy; try again".to_owned()),
        }
    }

    /// Deletes a backup for good.
    pub fn discard_backup(&self, key: &str) -> Result<(), String> {
        let result = match self.with_store(|store| store.discard_backup(key)) {
            Some(result) => result.map_err(|error| error.to_string()),
            None => Err("the saved decisions are busy; try again".to_owned()),
        };
        self.sessions_changed.update(|n| *n += 1);
        result
    }

    /// Whether a listed session can be edited here.
    pub fn is_read_only(summary: &SessionSummary) -> bool {
        matches!(summary.access, Access::ReadOnly { .. })
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

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
