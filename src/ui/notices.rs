//! Messages the app owes the user (storage trouble, repaired data, conflicts,
//! undo offers), shown under the header until dismissed.

use leptos::prelude::*;

use super::services::Services;
use crate::store::{StoreError, StoreNotice};

/// How a notice looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Warning,
    Error,
}

/// A button a notice offers (e.g. "Undo").
#[derive(Clone)]
pub struct NoticeAction {
    pub label: &'static str,
    pub run: std::rc::Rc<dyn Fn()>,
}

/// One message.
#[derive(Clone)]
pub struct Notice {
    pub id: u64,
    pub kind: NoticeKind,
    pub text: String,
    /// The choices it offers (any of them also dismisses it).
    pub actions: Vec<NoticeAction>,
    /// What it is about, when a newer notice on the same topic must replace it
    /// (e.g. a conflict over one decision, seen again when the tab comes back).
    pub topic: Option<String>,
    /// Particulars behind a disclosure (e.g. each repair of an imported file),
    /// so the text stays one plain sentence.
    pub details: Vec<String>,
}

#[component]
pub fn Notices() -> impl IntoView {
    let services = expect_context::<Services>();
    let notices = services.notices;
    let not_saving = services.not_saving;
    view! {
        {move || not_saving.get().map(|reason| view! {
            <div class="notices">
                <div class="notice error" id="not-saving" role="alert">
                    <p>{reason}</p>
                    <div class="notice-buttons">
                        <button type="button" class="button small" on:click=move |_| services.retry_saving()>"Try again"</button>
                        <a class="button small" href="#/sessions">"Export decisions"</a>
                    </div>
                </div>
            </div>
        })}
        <div class="notices" role="status" aria-live="polite" id="notices">
            {move || notices.with(|list| list.iter().map(|notice| {
                let id = notice.id;
                let class = match notice.kind {
                    NoticeKind::Info => "notice info",
                    NoticeKind::Warning => "notice",
                    NoticeKind::Error => "notice error",
                };
                let actions = notice.actions.iter().map(|action| {
                    let run = action.run.clone();
                    view! {
                        <button type="button" class="button small" on:click=move |_| {
                            run();
                            services.dismiss(id);
                        }>{action.label}</button>
                    }
                }).collect_view();
                let details = (!notice.details.is_empty()).then(|| {
                    let items = notice.details.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view();
                    view! { <details class="notice-details"><summary>"What was changed"</summary><ul>{items}</ul></details> }
                });
                view! {
                    <div class=class data-notice=id>
                        <p>{notice.text.clone()}</p>
                        {details}
                        <div class="notice-buttons">
                            {actions}
                            <button type="button" class="link-button" on:click=move |_| services.dismiss(id)>
                                "Dismiss"
                            </button>
                        </div>
                    </div>
                }
            }).collect_view())}
        </div>
    }
}

impl Services {
    /// Shows a notice, with at most one action; returns its id.
    pub fn notify(
        &self,
        kind: NoticeKind,
        text: impl Into<String>,
        action: Option<NoticeAction>,
    ) -> u64 {
        self.show_notice(kind, text, action.into_iter().collect(), None, Vec::new())
    }

    /// Shows a notice whose particulars sit behind a disclosure; returns its id.
    pub fn notify_with_details(
        &self,
        kind: NoticeKind,
        text: impl Into<String>,
        details: Vec<String>,
    ) -> u64 {
        self.show_notice(kind, text, Vec::new(), None, details)
    }

    /// Shows a notice offering `actions`; returns its id. A notice with a `topic`
    /// replaces any earlier one on the same topic, so a choice is never offered
    /// twice or from stale facts.
    pub(super) fn show_notice(
        &self,
        kind: NoticeKind,
        text: impl Into<String>,
        actions: Vec<NoticeAction>,
        topic: Option<String>,
        details: Vec<String>,
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
                details,
            });
        });
        id
    }

    /// Removes a notice.
    pub fn dismiss(&self, id: u64) {
        self.notices
            .update(|list| list.retain(|notice| notice.id != id));
    }

    /// Tells the user why a store operation did not happen (a conflict offers
    /// its choices).
    pub(super) fn show_error(&self, error: StoreError) {
        match error {
            StoreError::Conflict(conflict) => self.show_conflict(*conflict),
            other => {
                self.notify(NoticeKind::Error, capitalise(&other.to_string()), None);
            }
        }
    }

    pub(super) fn show_store_notice(&self, notice: &StoreNotice) {
        let kind = match notice {
            StoreNotice::StorageUnavailable { .. } | StoreNotice::LeftInPlace { .. } => {
                NoticeKind::Error
            }
            StoreNotice::Migrated { .. } => NoticeKind::Info,
            _ => NoticeKind::Warning,
        };
        self.notify(kind, notice.to_string(), None);
    }
}

/// `text` with its first letter in upper case (store errors are phrased to
/// follow a colon).
pub(super) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
