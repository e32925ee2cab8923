//! The app's shared services, provided as context: the saved sessions, the open
//! workspace, and notices. Components call these with the user's intent; the
//! storage details live in the store and its browser adapter.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

use leptos::prelude::*;

use super::notices::{Notice, NoticeAction, NoticeKind};
use super::workspace::{Persist, Workspace};
use crate::adapters::clock;
use crate::model::{Language, evaluate, progress};
use crate::session::{DEFAULT_NAME, Session, parse_session};

/// Why a decision could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    /// No session with this id in this browser.
    NotFound(String),
}

impl fmt::Display for OpenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OpenError::NotFound(id) => write!(
                f,
                "There is no saved decision \"{id}\" in this browser. It may have been deleted, \
                 or saved in another browser or profile."
            ),
        }
    }
}

/// Sessions kept by this tab.
#[derive(Default)]
struct Saved {
    sessions: BTreeMap<String, Session>,
}

/// One line of the saved-sessions list.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionSummary {
    pub id: String,
    pub name: String,
    pub updated_ms: u64,
    pub leader: Language,
    pub answered: usize,
    pub total: usize,
    /// Written by a newer Stackwise: shown, never overwritten.
    pub read_only: bool,
}

/// Shared services; cheap to copy.
#[derive(Clone, Copy)]
pub struct Services {
    /// Messages for the user.
    pub notices: RwSignal<Vec<Notice>, LocalStorage>,
    /// Bumped whenever the saved sessions change, so lists refresh.
    pub sessions_changed: RwSignal<u64>,
    saved: StoredValue<Rc<RefCell<Saved>>, LocalStorage>,
    open: StoredValue<Option<Workspace>, LocalStorage>,
    owner: StoredValue<Owner, LocalStorage>,
    next_notice: StoredValue<u64>,
}

impl Services {
    /// Starts the services under the current (app) owner.
    pub fn start() -> Services {
        Services {
            notices: RwSignal::new_local(Vec::new()),
            sessions_changed: RwSignal::new(0),
            saved: StoredValue::new_local(Rc::new(RefCell::new(Saved::default()))),
            open: StoredValue::new_local(None),
            owner: StoredValue::new_local(Owner::current().unwrap_or_default()),
            next_notice: StoredValue::new(0),
        }
    }

    /// Shows a notice; returns its id.
    pub fn notify(
        &self,
        kind: NoticeKind,
        text: impl Into<String>,
        action: Option<NoticeAction>,
    ) -> u64 {
        let id = self.next_notice.get_value() + 1;
        self.next_notice.set_value(id);
        let notice = Notice {
            id,
            kind,
            text: text.into(),
            action,
        };
        self.notices.update(|list| list.push(notice));
        id
    }

    /// Removes a notice.
    pub fn dismiss(&self, id: u64) {
        self.notices
            .update(|list| list.retain(|notice| notice.id != id));
    }

    /// Creates a new, empty decision and returns its id.
    pub fn create_session(&self) -> String {
        let session = Session::new(clock::new_id(), DEFAULT_NAME, clock::now_ms());
        let id = session.id.clone();
        self.store(&session);
        id
    }

    /// Saves a copy of `session` as a new decision (e.g. from a shared link).
    pub fn save_copy(&self, session: &Session, name: &str) -> String {
        let now = clock::now_ms();
        let mut copy = session.clone();
        copy.id = clock::new_id();
        copy.name = name.to_owned();
        copy.created_ms = now;
        copy.updated_ms = now;
        let id = copy.id.clone();
        self.store(&copy);
        id
    }

    /// The workspace for a saved decision, reusing the open one (and its Undo
    /// history) when it is the same decision.
    pub fn open_workspace(&self, id: &str) -> Result<Workspace, OpenError> {
        if let Some(open) = self.open.get_value()
            && open.session.with_untracked(|s| s.id == id)
        {
            return Ok(open);
        }
        let session = self
            .saved
            .with_value(|saved| saved.borrow().sessions.get(id).cloned())
            .ok_or_else(|| OpenError::NotFound(id.to_owned()))?;
        let services = *self;
        let persist: Persist = Rc::new(move |session: &Session| services.store(session));
        let workspace = self
            .owner
            .with_value(|owner| owner.with(|| Workspace::new(session, false, Some(persist))));
        self.open.set_value(Some(workspace));
        Ok(workspace)
    }

    /// The saved sessions, most recently changed first.
    pub fn list(&self) -> Vec<SessionSummary> {
        let mut list: Vec<SessionSummary> = self.saved.with_value(|saved| {
            saved
                .borrow()
                .sessions
                .values()
                .map(|session| {
                    let (answered, total) = progress(&session.answers);
                    SessionSummary {
                        id: session.id.clone(),
                        name: session.name.clone(),
                        updated_ms: session.updated_ms,
                        leader: evaluate(&session.answers, &session.weights).winner(),
                        answered,
                        total,
                        read_only: false,
                    }
                })
                .collect()
        });
        list.sort_by(|a, b| {
            b.updated_ms
                .cmp(&a.updated_ms)
                .then_with(|| a.id.cmp(&b.id))
        });
        list
    }

    fn get(&self, id: &str) -> Option<Session> {
        self.saved
            .with_value(|saved| saved.borrow().sessions.get(id).cloned())
    }

    /// Renames a saved decision.
    pub fn rename(&self, id: &str, name: &str) {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        if let Some(open) = self.open.get_value()
            && open.session.with_untracked(|s| s.id == id)
        {
            open.rename(name);
            return;
        }
        if let Some(mut session) = self.get(id) {
            session.name = name.chars().take(120).collect();
            session.touch(clock::now_ms());
            self.store(&session);
        }
    }

    /// Duplicates a saved decision; returns the copy's id.
    pub fn duplicate(&self, id: &str) -> Option<String> {
        let session = self.get(id)?;
        let name = format!("{} (copy)", session.name);
        Some(self.save_copy(&session, &name))
    }

    /// Deletes a saved decision, offering Undo in a notice.
    pub fn delete(&self, id: &str) {
        let Some(session) = self.get(id) else {
            return;
        };
        self.saved.with_value(|saved| {
            saved.borrow_mut().sessions.remove(id);
        });
        if self
            .open
            .get_value()
            .is_some_and(|open| open.session.with_untracked(|s| s.id == id))
        {
            self.open.set_value(None);
        }
        self.sessions_changed.update(|n| *n += 1);
        let services = *self;
        let restore = session.clone();
        self.notify(
            NoticeKind::Info,
            format!("Deleted \"{}\".", session.name),
            Some(NoticeAction {
                label: "Undo",
                run: Rc::new(move || services.store(&restore)),
            }),
        );
    }

    /// The session as JSON in the documented session format.
    pub fn export(&self, id: &str) -> Option<(String, String)> {
        let session = self.get(id)?;
        Some((session.to_json(), session.name))
    }

    /// Imports a session file as a NEW decision (never overwriting one); returns
    /// its id and what was repaired, or a message naming what is wrong.
    pub fn import(&self, text: &str) -> Result<(String, Vec<String>), String> {
        let restored = parse_session(text).map_err(|error| error.to_string())?;
        let notes = restored.notes.iter().map(ToString::to_string).collect();
        let name = restored.session.name.clone();
        let id = self.save_copy(&restored.session, &name);
        Ok((id, notes))
    }

    fn store(&self, session: &Session) {
        self.saved.with_value(|saved| {
            saved
                .borrow_mut()
                .sessions
                .insert(session.id.clone(), session.clone());
        });
        self.sessions_changed.update(|n| *n += 1);
    }
}
