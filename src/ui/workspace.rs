//! The open decision ("workspace": what a view edits): its session, the live
//! evaluation, and every edit a user can make to it. Edits are validated by the
//! model, undoable, and handed to a persistence callback (the store's
//! `save_open`, through `ui::services`) the moment they happen.

use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;

use crate::adapters::clock;
use crate::model::{
    Answer, Criterion, Evaluation, QuestionKind, Weights, answers::Answers, evaluate, question,
};
use crate::session::Session;

/// How many edits Undo can take back.
const UNDO_DEPTH: usize = 200;

/// Called with the session after every edit (saving it).
pub type Persist = Rc<dyn Fn(&Session)>;

#[derive(Clone, PartialEq)]
struct Snapshot {
    answers: Answers,
    weights: Weights,
}

/// The open decision. Cheap to copy: every field is a reactive handle.
#[derive(Clone, Copy)]
pub struct Workspace {
    /// The session being edited (or viewed).
    pub session: RwSignal<Session>,
    /// The model's evaluation of the current answers and weights.
    pub evaluation: Memo<Evaluation>,
    /// Read-only: a shared link, or a record from a newer version of Stackwise.
    pub read_only: bool,
    undo: RwSignal<Vec<Snapshot>>,
    /// The priority whose slider is being moved: its moves share one Undo step.
    weight_gesture: StoredValue<Option<Criterion>>,
    persist: StoredValue<Option<Persist>, LocalStorage>,
}

impl Workspace {
    /// Opens `session`; `persist` (if any) is called after every edit.
    pub fn new(session: Session, read_only: bool, persist: Option<Persist>) -> Workspace {
        let session = RwSignal::new(session);
        let evaluation = Memo::new(move |_| {
            session.with(|session| evaluate(&session.answers, &session.weights))
        });
        Workspace {
            session,
            evaluation,
            read_only,
            undo: RwSignal::new(Vec::new()),
            weight_gesture: StoredValue::new(None),
            persist: StoredValue::new_local(persist),
        }
    }

    /// Whether there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        self.undo.with(|stack| !stack.is_empty())
    }

    /// Clicking an option: picks it, or (clicking the chosen option again) clears
    /// it; on a multi-choice question, ticks or unticks it.
    pub fn choose(&self, question_id: &'static str, option_id: &'static str) {
        let Some(question) = question(question_id) else {
            return;
        };
        self.edit(|session| {
            let answers = &mut session.answers;
            let result = match question.kind {
                QuestionKind::Single if answers.is_selected(question_id, option_id) => {
                    answers.clear(question_id);
                    Ok(())
                }
                QuestionKind::Single => answers.set_single(question_id, option_id),
                QuestionKind::Multi => answers.toggle(question_id, option_id),
            };
            result.is_ok()
        });
    }

    /// "Not sure": sets it, or clears it when it was already the answer.
    pub fn toggle_not_sure(&self, question_id: &'static str) {
        self.edit(|session| {
            let answers = &mut session.answers;
            if matches!(answers.get(question_id), Some(Answer::NotSure)) {
                answers.clear(question_id)
            } else {
                answers.set_not_sure(question_id).is_ok()
            }
        });
    }

    /// Sets one priority (0..=10). Every move of one slider gesture (until
    /// [`Workspace::end_weight_gesture`]) is one Undo step, not one per value.
    pub fn set_weight(&self, criterion: Criterion, value: u8) {
        let continuing = self.weight_gesture.get_value() == Some(criterion);
        let changed = self.edit_as(!continuing, |session| {
            session.weights.get(criterion) != value && session.weights.set(criterion, value).is_ok()
        });
        if changed {
            self.weight_gesture.set_value(Some(criterion));
        }
    }

    /// The slider was let go (its `change` event): the next move is a new step.
    pub fn end_weight_gesture(&self) {
        self.weight_gesture.set_value(None);
    }

    /// Puts every priority back to the defaults.
    pub fn reset_weights(&self) {
        self.edit(|session| {
            let changed = !session.weights.is_default();
            session.weights = Weights::default();
            changed
        });
    }

    /// Renames the decision (not an undoable edit: it changes no answer).
    pub fn rename(&self, name: &str) {
        if self.read_only {
            return;
        }
        let Some(name) = crate::session::new_name(name) else {
            // An emptied field keeps the name: show it again.
            self.session.notify();
            return;
        };
        self.session.update(|session| {
            session.name = name;
            session.touch(clock::now_ms());
        });
        self.save();
    }

    /// Changes the trial, the cost assumptions or the review; `change` says whether
    /// it changed anything. Saved at once; not an Undo step (it changes no answer).
    pub fn edit_trial(
        &self,
        change: impl FnOnce(&mut crate::trial::Trial, &mut crate::trial::Review) -> bool,
    ) {
        if self.read_only {
            return;
        }
        let mut changed = false;
        self.session.update(|session| {
            changed = change(&mut session.trial, &mut session.review);
            if changed {
                session.touch(clock::now_ms());
            }
        });
        if changed {
            self.save();
        }
    }

    /// Sets several answers as one edit (one Undo step): those given before the
    /// app took the first screen over.
    pub fn answer_all(&self, answers: &Answers) {
        self.edit(|session| session.answers.merge(answers));
    }

    /// Changes the team part (participants, settlements); `change` says whether it
    /// changed anything. Saved at once; not an Undo step (no answer changes), the
    /// team view asks before anything is replaced or removed.
    pub fn update_team(&self, change: impl FnOnce(&mut crate::team::Team) -> bool) {
        if self.read_only {
            return;
        }
        let mut changed = false;
        self.session.update(|session| {
            changed = change(&mut session.team);
            if changed {
                session.touch(clock::now_ms());
            }
        });
        if changed {
            self.save();
        }
    }

    /// Makes these answers and priorities the decision's own (the team's combined
    /// ones), as one Undo step.
    pub fn adopt(&self, answers: &Answers, weights: Weights) {
        self.edit(|session| {
            let changed = session.answers != *answers || session.weights != weights;
            session.answers = answers.clone();
            session.weights = weights;
            changed
        });
    }

    /// Takes back the last edit.
    pub fn undo(&self) {
        self.end_weight_gesture();
        let Some(snapshot) = self.undo.try_update(|stack| stack.pop()).flatten() else {
            return;
        };
        self.session.update(|session| {
            session.answers = snapshot.answers;
            session.weights = snapshot.weights;
            session.touch(clock::now_ms());
        });
        self.save();
    }

    /// What a name field shows: the decision's name, except while the field has
    /// the focus and holds text the user is typing (not committed yet with
    /// `change`): that text stays, whatever else changes meanwhile — another
    /// tab's save included. An emptied field is not text being typed: it shows
    /// the name again (a rename to nothing keeps the name).
    pub fn name_for_field(&self, field: NodeRef<html::Input>) -> impl Fn() -> String + 'static {
        let session = self.session;
        let shown = StoredValue::new(String::new());
        move || {
            let name = session.with(|s| s.name.clone());
            let typed = field
                .get_untracked()
                .filter(has_focus)
                .map(|input| input.value())
                .filter(|typed| {
                    !typed.trim().is_empty() && *typed != name && *typed != shown.get_value()
                });
            match typed {
                Some(typed) => typed,
                None => {
                    shown.set_value(name.clone());
                    name
                }
            }
        }
    }

    /// Replaces the session wholesale (e.g. another tab saved a newer version).
    pub fn replace(&self, session: Session) {
        self.undo.set(Vec::new());
        self.session.set(session);
    }

    /// Applies `change` (which says whether it changed anything), recording the
    /// previous state for Undo and saving the result.
    fn edit(&self, change: impl FnOnce(&mut Session) -> bool) {
        self.end_weight_gesture();
        self.edit_as(true, change);
    }

    /// [`Workspace::edit`], recording an Undo step only if `new_step` (a slider
    /// gesture records one at its first move); says whether anything changed.
    fn edit_as(&self, new_step: bool, change: impl FnOnce(&mut Session) -> bool) -> bool {
        if self.read_only {
            return false;
        }
        let before = self.session.with_untracked(|session| Snapshot {
            answers: session.answers.clone(),
            weights: session.weights,
        });
        let mut changed = false;
        self.session.update(|session| {
            changed = change(session);
            if changed {
                session.touch(clock::now_ms());
            }
        });
        if changed && new_step {
            self.undo.update(|stack| {
                stack.push(before);
                if stack.len() > UNDO_DEPTH {
                    stack.remove(0);
                }
            });
        }
        if changed {
            self.save();
        }
        changed
    }

    fn save(&self) {
        if let Some(persist) = self.persist.get_value() {
            self.session.with_untracked(|session| persist(session));
        }
    }
}

/// Whether `input` has the keyboard focus.
fn has_focus(input: &web_sys::HtmlInputElement) -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element())
        .is_some_and(|active| {
            let active: &web_sys::Element = &active;
            let input: &web_sys::Element = input;
            active == input
        })
}
