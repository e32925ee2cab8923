//! The colleague's side of a team decision: opening an invitation (`#/i/…`) as
//! their own copy, answering everything or only the short reply's questions
//! (`#/d/<id>/short`: priorities, the team's skills, the hiring market), copying a
//! reply link with the name they want shown, what opening a reply link (`#/r/…`)
//! says, and the name field both sides use.

use leptos::prelude::*;

use super::copy_link::{CopyLink, link_to};
use super::questionnaire::{ProgressLine, SectionQuestions};
use super::services::Services;
use super::weights::WeightSliders;
use super::workspace::Workspace;
use crate::adapters::{clock, location};
use crate::model::questionnaire::{Question, Visibility};
use crate::route::Route;
use crate::session::Session;
use crate::share;
use crate::team::short::{self, Coverage, ReplyScope};
use crate::team::{self, MAX_PARTICIPANT_NAME_CHARS};

/// The name a person wants shown to the team (at most 20 characters).
#[component]
pub(super) fn NameField(
    /// Id of the input.
    id: &'static str,
    /// The typed name.
    value: RwSignal<String>,
) -> impl IntoView {
    view! {
        <label>
            "Your name, as the team will see it"
            <input type="text" id=id maxlength=MAX_PARTICIPANT_NAME_CHARS
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))/>
        </label>
    }
}

/// A link that cannot be opened: what is wrong, and that nothing changed.
#[component]
fn LinkRefused(
    /// The heading.
    title: &'static str,
    /// Id of the error paragraph.
    error_id: &'static str,
    /// The reader's message.
    message: String,
) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="refused-title">
            <h1 id="refused-title">{title}</h1>
            <p class="notice error" role="alert" id=error_id>{message}</p>
            <p>"Nothing was saved or changed. Ask for the link again."</p>
        </section>
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
            // Saves the colleague's own copy, then opens everything or the short reply.
            let start = move |short: bool| {
                let mut session = Session::new("", title.clone(), clock::now_ms());
                session.answers = decoded.answers.clone();
                session.weights = decoded.weights;
                if let Some(id) = services.save_copy(&session) {
                    location::navigate(&if short {
                        Route::ShortReply { session: id }
                    } else {
                        Route::Questionnaire {
                            session: id,
                            step: 0,
                        }
                    });
                }
            };
            let start_short = start.clone();
            let asked = short::questions().count();
            view! {
                <section class="panel" aria-labelledby="invite-title" id="invite">
                    <h1 id="invite-title">{heading}</h1>
                    <p>"A colleague is choosing the team's default backend language and wants your \
                        view. The link holds their answers as a starting point."</p>
                    <p>{format!("Answer everything, or only your priorities and {asked} questions on \
                        the team's skills and the hiring market; your other answers then stay the \
                        starting ones.")}</p>
                    <p class="actions invite-choice">
                        <button type="button" class="button primary" id="accept-invite"
                            on:click=move |_| start(false)>"Answer everything"</button>
                        <button type="button" class="button" id="accept-invite-short"
                            on:click=move |_| start_short(true)>
                            "Only my priorities, the team's skills and the hiring market"
                        </button>
                    </p>
                    <p class="muted">"Your answers stay in this browser. At the end you type the name \
                        you want shown and copy a reply link back to them (by chat or e-mail): nothing \
                        is sent anywhere by Stackwise."</p>
                </section>
            }
            .into_any()
        }
        Err(error) => view! {
            <LinkRefused title="This invitation cannot be opened" error_id="invite-error"
                message=error.to_string()/>
        }
        .into_any(),
    }
}

/// "Reply to the team": what the reply carries, the name to show and the reply
/// link, on a result page (folded unless `open`). `short` starts with the short
/// reply's answers only (the short page); otherwise with every answer.
#[component]
pub fn ReplyActions(
    session: RwSignal<Session>,
    #[prop(optional)] open: bool,
    #[prop(optional)] short: bool,
) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let scope = RwSignal::new(if short {
        ReplyScope::Short
    } else {
        ReplyScope::Everything
    });
    let link = Signal::derive(move || {
        let name = name.get();
        let scope = scope.get();
        session.with(|s| {
            link_to(&team::link::reply_fragment(
                &name,
                &scope.answers(&s.answers),
                &s.weights,
            ))
        })
    });
    let nameless = Signal::derive(move || name.with(|n| team::participant_name(n).is_none()));
    let choice = move |value: ReplyScope, id: &'static str, label: &'static str| {
        view! {
            <label class="option">
                <input type="radio" name="reply-scope" id=id prop:checked=move || scope.get() == value
                    on:change=move |_| scope.set(value)/>
                {label}
            </label>
        }
    };
    view! {
        <details class="reply-panel no-print" id="reply-panel" open=open>
            <summary>"Reply to a team invitation"</summary>
            <p>"Copy a reply link with your answers and priorities and send it to whoever \
                invited you; they paste it into the team's decision."</p>
            <fieldset class="reply-scope" id="reply-scope">
                <legend>"What your reply carries"</legend>
                {choice(ReplyScope::Everything, "reply-scope-everything",
                    "Every answer in your copy, and your priorities")}
                {choice(ReplyScope::Short, "reply-scope-short",
                    "Only your priorities, the team's skills and the hiring market: the team \
                     decides the other questions without you")}
            </fieldset>
            <NameField id="reply-name" value=name/>
            <CopyLink link=link label="Copy reply link" id="copy-reply"
                field_id="copy-reply-field" field_label="Reply link"
                copied="Reply link copied. Send it to whoever invited you." disabled=nameless/>
        </details>
    }
}

/// `#/d/<id>/short`: the short reply on one page: only the questions
/// [`team::short`] asks (progress counts only them), the priorities, and the reply
/// link; what happens to the other answers is said at the top.
#[component]
pub fn ShortReplyView(workspace: Workspace) -> impl IntoView {
    let session = workspace.session;
    let id = session.with_untracked(|s| s.id.clone());
    let visibility = Memo::new(move |_| session.with(|s| Visibility::of(&s.answers)));
    let coverage = Memo::new(move |_| session.with(|s| Coverage::of(&s.answers)));
    let asks: fn(&Question) -> bool = short::asks;
    let sections = short::sections()
        .map(|section| {
            view! {
                <h2>{section.title}</h2>
                <SectionQuestions workspace=workspace visibility=visibility section_id=section.id only=asks/>
            }
        })
        .collect_view();
    // Reading starts at the heading (the view is patched in place after the invitation).
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            request_animation_frame(move || {
                let _ = heading.focus();
            });
        }
    });
    let everything = Route::Questionnaire {
        session: id.clone(),
        step: 0,
    };
    view! {
        <section class="panel short-reply" aria-labelledby="short-title" id="short-reply">
            <h1 id="short-title" tabindex="-1" node_ref=heading>
                "Your priorities, the team's skills and the hiring market"
            </h1>
            <p id="short-kept">{move || coverage.with(Coverage::kept_sentence)}</p>
            <p class="actions no-print">
                <a class="button" id="answer-everything" href=everything.to_fragment()>"Answer everything instead"</a>
            </p>
            <ProgressLine progress=Signal::derive(move || coverage.with(|c| (c.answered, c.asked)))/>
            {sections}
            <h2>"Your priorities"</h2>
            <WeightSliders workspace=workspace/>
            <ReplyActions session=session open=true short=true/>
            <p class="actions no-print">
                <button type="button" class="button" id="undo" disabled=move || !workspace.can_undo()
                    on:click=move |_| workspace.undo()>"Undo"</button>
                <a class="button" id="see-result" href=Route::Result { session: id }.to_fragment()>"See my result"</a>
            </p>
        </section>
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
            <LinkRefused title="This reply link cannot be opened" error_id="reply-error"
                message=error.to_string()/>
        }
        .into_any(),
    }
}
