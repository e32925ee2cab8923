//! Messages the app owes the user (storage trouble, repaired data, conflicts,
//! undo offers), shown under the header until dismissed.

use leptos::prelude::*;

use super::services::Services;

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
