//! The saved decisions as the user acts on them from any view: list, create,
//! copy, duplicate, rename, delete (with Undo), import, export, and the backups
//! of data that could not be read. Each call tells the user what went wrong, if
//! anything, and refreshes the lists.

use std::rc::Rc;

use super::notices::{NoticeAction, NoticeKind};
use super::services::{BUSY, Services};
use crate::adapters::location;
use crate::adapters::storage::{LocalStorage as BrowserStorage, fresh_decision_id, now_ms};
use crate::route::Route;
use crate::session::{self, DEFAULT_NAME, RepairNote, Session};
use crate::store::{
    Access, BackupInfo, Created, DecisionStore, DecisionSummary, SaveStatus, StoreError,
};

impl Services {
    /// Creates a new, empty decision and returns its id.
    pub fn create_session(&self) -> Option<String> {
        self.create(|store, id| store.create(id, DEFAULT_NAME, now_ms()))
    }

    /// Saves a copy of `session` as a new decision (e.g. from a shared link).
    pub fn save_copy(&self, session: &Session) -> Option<String> {
        self.create(|store, id| store.save_copy(session, id, now_ms()))
    }

    /// Duplicates a saved decision; returns the copy's id.
    pub fn duplicate(&self, id: &str) -> Option<String> {
        self.create(|store, new_id| store.duplicate(id, new_id, now_ms()))
    }

    /// Makes a new decision under a fresh id with `make`; returns its id, or
    /// tells the user why not.
    fn create(
        &self,
        make: impl FnOnce(&mut DecisionStore<BrowserStorage>, &str) -> Result<Created, StoreError>,
    ) -> Option<String> {
        let created = self.with_store(|store| {
            let id = fresh_decision_id(store);
            make(store, &id)
        });
        self.changed();
        match created? {
            Ok(created) => Some(created.session.id),
            Err(error) => {
                self.show_error(error);
                None
            }
        }
    }

    /// The most recently changed decision that can be edited here: `(id, name)`.
    pub fn most_recent(&self) -> Option<(String, String)> {
        self.with_store(|store| store.most_recent_editable())
            .flatten()
    }

    /// The saved decisions, most recently changed first.
    pub fn list(&self) -> Vec<DecisionSummary> {
        self.with_store(|store| store.list()).unwrap_or_default()
    }

    /// Renames a saved decision.
    pub fn rename(&self, id: &str, name: &str) {
        if let Some(open) = self.open_decision(id) {
            open.workspace.rename(name);
            return;
        }
        if let Some(Err(error)) = self.with_store(|store| store.rename(id, name, now_ms())) {
            self.show_error(error);
        }
        self.changed();
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
                let undo = Rc::new(move || {
                    let restored = services.with_store(|store| store.restore_deleted(&deleted));
                    if let Some(Err(error)) = restored {
                        services.show_error(error);
                    }
                    services.changed();
                });
                self.notify(
                    kind,
                    text,
                    Some(NoticeAction {
                        label: "Undo",
                        run: undo,
                    }),
                );
            }
            Err(error) => self.show_error(error),
        }
        self.changed();
    }

    /// The decision as JSON in the documented session format.
    pub fn export(&self, id: &str) -> Option<String> {
        self.with_store(|store| store.export(id))?.ok()
    }

    /// Imports a session file as a NEW decision (never overwriting one); returns
    /// its id and what was repaired, or a message naming what is wrong.
    pub fn import(&self, text: &str) -> Result<(String, Vec<RepairNote>), String> {
        let created = self
            .with_store(|store| {
                let id = fresh_decision_id(store);
                store.import(text, &id, now_ms())
            })
            .ok_or_else(|| BUSY.to_owned())?;
        self.changed();
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
        let details = notes.iter().map(ToString::to_string).collect();
        self.notify_with_details(NoticeKind::Info, message, details);
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
            None => Err(BUSY.to_owned()),
        }
    }

    /// Deletes a backup for good.
    pub fn discard_backup(&self, key: &str) -> Result<(), String> {
        let result = match self.with_store(|store| store.discard_backup(key)) {
            Some(result) => result.map_err(|error| error.to_string()),
            None => Err(BUSY.to_owned()),
        };
        self.changed();
        result
    }

    /// Whether a listed decision can be edited here.
    pub fn is_read_only(summary: &DecisionSummary) -> bool {
        matches!(summary.access, Access::ReadOnly { .. })
    }
}
