//! The colleague's side of a team decision: opening an invitation (`#/i/…`) as
//! their own copy, copying a reply link with the name they want shown, and what
//! opening a reply link (`#/r/…`) says. Also the copy-a-link control the team
//! views share.

use leptos::prelude::*;

use super::services::Services;
use crate::adapters::{clock, files, location};
use crate::route::Route;
use crate::session::Session;
use crate::share;
use crate::team::{self, MAX_PARTICIPANT_NAME_CHARS};

/// The link to this page with `fragment`, keeping whatever sub-path it is served from.
pub(super) fn link_to(fragment: &str) -> String {
    let base = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    format!("{base}{fragment}")
}

/// A button that copies `link`, with the link shown in a field to copy by hand
/// when the clipboard refuses.
#[component]
pub(super) fn CopyLink(
    /// The link to copy.
    link: Signal<String>,
    /// The button's label.
    label: &'static str,
    /// Id of the button; the field is `<id>-field`.
    id: &'static str,
    /// What the status line says once copied.
    copied: &'static str,
    /// The button is disabled while this holds.
    #[prop(into, optional)]
    disabled: Signal<bool>,
) -> impl IntoView {
    let status = RwSignal::new(None::<String>);
    let shown = RwSignal::new(false);
    let copy = move |_| {
        shown.set(true);
        let text = link.get_untracked();
        leptos::task::spawn_local(async move {
            match files::copy_to_clipboard(&text).await {
                Ok(()) => status.set(Some(copied.to_owned())),
                Err(reason) => status.set(Some(format!(
                    "Could not copy ({reason}). Select the link below and copy it yourself."
                ))),
            }
        });
    };
    view! {
        <button type="button" class="button" id=id on:click=copy disabled=move || disabled.get()>{label}</button>
        <p class="share-status" role="status">{move || status.get()}</p>
        <Show when=move || shown.get()>
            <label class="share-fallback">
                "Link"
                <input type="text" readonly id=format!("{id}-field") prop:value=move || link.get()/>
            </label>
        </Show>
    }
}

/// `#/i/<payload>`: an invitation, opened by a colleague.
#[component]
pub fn InviteView(payload: String) -> impl IntoView {
    let services = expect_context::<Services>();
    match share::decode(&payload) {
        Ok(decoded) => {
            let title = decoded
                .name
                .clone()
                .unwrap_or_else(|| "Team decision".to_owned());
            let heading = format!("You are invited to answer “{title}”");
            let start = move |_| {
                let mut session = Session::new("", title.clone(), clock::now_ms());
                session.answers = decoded.answers.clone();
                session.weights = decoded.weights;
                if let Some(id) = services.save_copy(&session) {
                    location::navigate(&Route::Questionnaire {
                        session: id,
                        step: 0,
                    });
                }
            };
            view! {
                <section class="panel" aria-labelledby="invite-title" id="invite">
                    <h1 id="invite-title">{heading}</h1>
                    <p>"A colleague is choosing the team's default backend language and wants your view. \
                        The link holds their answers as a starting point: change whatever you see \
                        differently, above all the priorities, the team's skills and the hiring market."</p>
                    <p>"Your answers stay in this browser. When you are done, open the result, type the \
                        name you want shown and copy your reply link back to them (by chat or e-mail): \
                        nothing is sent anywhere by Stackwise."</p>
                    <p class="actions">
                        <button type="button" class="button primary" id="accept-invite" on:click=start>
                            "Answer in my own copy"
                        </button>
                    </p>
                </section>
            }
            .into_any()
        }
        Err(error) => view! {
            <section class="panel" aria-labelledby="bad-invite-title">
                <h1 id="bad-invite-title">"This invitation cannot be opened"</h1>
                <p class="notice error" role="alert" id="invite-error">{error.to_string()}</p>
                <p>"Nothing was saved. Ask for the invitation link again."</p>
            </section>
        }
        .into_any(),
    }
}

/// "Reply to the team": the name to show and the reply link, on a result page.
#[component]
pub fn ReplyActions(session: RwSignal<Session>) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let link = Signal::derive(move || {
        let name = name.get();
        session.with(|s| link_to(&team::link::reply_fragment(&name, &s.answers, &s.weights)))
    });
    let nameless = Signal::derive(move || name.with(|n| team::participant_name(n).is_none()));
    view! {
        <details class="reply-panel no-print" id="reply-panel">
            <summary>"Reply to a team invitation"</summary>
            <p>"Copy a reply link with your answers and priorities and send it to whoever \
                invited you; they paste it into the team's decision."</p>
            <label>
                "Your name, as the team will see it"
                <input type="text" id="reply-name" maxlength=MAX_PARTICIPANT_NAME_CHARS
                    prop:value=move || name.get()
                    on:input=move |event| name.set(event_target_value(&event))/>
            </label>
            <CopyLink link=link label="Copy reply link" id="copy-reply"
                copied="Reply link copied. Send it to whoever invited you." disabled=nameless/>
        </details>
    }
}

/// `#/r/<payload>`: a reply link opened in a browser rather than pasted.
#[component]
pub fn ReplyView(payload: String) -> impl IntoView {
    let services = expect_context::<Services>();
    let fragment = format!("{}{payload}", team::link::REPLY_PREFIX);
    match team::link::read_reply(&fragment) {
        Ok(participant) => {
            let decisions = services.list();
            let link = link_to(&fragment);
            view! {
                <section class="panel" aria-labelledby="reply-title" id="reply-view">
                    <h1 id="reply-title">{format!("A reply from {}", participant.name)}</h1>
                    <p>"To add it, open the decision it answers, go to its team page and paste this link there:"</p>
                    <p><input type="text" readonly id="reply-link" prop:value=link/></p>
                    <ul>
                        {decisions.into_iter().map(|d| {
                            let href = Route::Team { session: d.id.clone() }.to_fragment();
                            view! { <li><a href=href>{d.name}</a></li> }
                        }).collect_view()}
                    </ul>
                </section>
            }
            .into_any()
        }
        Err(error) => view! {
            <section class="panel" aria-labelledby="bad-reply-title">
                <h1 id="bad-reply-title">"This reply link cannot be opened"</h1>
                <p class="notice error" role="alert" id="reply-error">{error.to_string()}</p>
            </section>
        }
        .into_any(),
    }
}
