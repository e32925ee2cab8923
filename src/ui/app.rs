//! The app frame: header, the routed view, footer. The route follows the URL
//! fragment, so Back/Forward, reloads and deep links all work. The open decision
//! (a [`Workspace`]) outlives step changes, so Undo history survives navigation.

use leptos::prelude::*;

use super::landing::Landing;
use super::method::MethodPage;
use super::questionnaire::Questionnaire;
use super::record_view::RecordView;
use super::results::{Results, own_session_links};
use super::services::{OpenError, Services};
use super::sessions_view::SessionsView;
use super::share_view::{ShareActions, SharedResult};
use super::team::TeamView;
use super::team_compare::CompareView;
use super::team_reply::{InviteView, ReplyActions, ReplyView, ShortReplyView};
use super::workspace::Workspace;
use crate::adapters::first_screen::StaticStep;
use crate::adapters::{self, location};
use crate::first_screen;
use crate::route::Route;

#[component]
pub fn App(
    /// What the user did on the static first screen before the app took over.
    first_step: StaticStep,
) -> impl IntoView {
    let services = Services::start();
    provide_context(services);
    let route = RwSignal::new(current_route(services, first_step));
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(current_route(services, StaticStep::default()));
        scroll_to_top();
    });
    on_cleanup(move || listener.remove());
    // Ctrl+Z / Cmd+Z undoes the open decision's last edit, except where the
    // browser's own text undo applies.
    let undo_keys = window_event_listener(leptos::ev::keydown, move |event| {
        if is_undo_key(&event) && !in_text_field(&event) {
            let session = match route.get_untracked() {
                Route::Questionnaire { session, .. }
                | Route::ShortReply { session }
                | Route::Result { session }
                | Route::Record { session } => session,
                _ => return,
            };
            if let Ok(workspace) = services.open_workspace(&session)
                && !workspace.read_only
            {
                event.prevent_default();
                workspace.undo();
            }
        }
    });
    on_cleanup(move || undo_keys.remove());

    let open = move |id: &str| services.open_workspace(id);

    // The tab names the view and the decision, so a row of tabs can be told apart.
    Effect::new(move |_| {
        let route = route.get();
        let decision = match &route {
            Route::Questionnaire { session, .. }
            | Route::Result { session }
            | Route::Record { session }
            | Route::Trial { session }
            | Route::ShortReply { session }
            | Route::Team { session } => open(session)
                .ok()
                .map(|workspace| workspace.session.with(|s| s.name.clone())),
            Route::Shared { payload } => crate::share::decode(payload).ok().and_then(|d| d.name),
            _ => None,
        };
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            document.set_title(&tab_title(&route, decision.as_deref()));
        }
    });

    view! {
        <a class="skip-link" href="#main" on:click=|event| {
            event.prevent_default();
            focus_main();
        }>"Skip to content"</a>
        <header class="site-header">
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true">"◆"</span>
                "Stackwise"
            </a>
            <nav aria-label="Main">
                <a href="#/sessions">"Saved decisions"</a>
                <a href="#/method">"How scoring works"</a>
            </nav>
        </header>
        <super::update_notice::UpdateNotice/>
        <super::notices::Notices/>
        <main id="main" tabindex="-1" data-app-ready="">
            {move || match route.get() {
                Route::Landing | Route::NewDecision => view! { <Landing/> }.into_any(),
                Route::Method => view! { <MethodPage/> }.into_any(),
                Route::Sessions => view! { <SessionsView/> }.into_any(),
                Route::Shared { payload } => view! { <SharedResult payload=payload/> }.into_any(),
                Route::Compare => view! { <CompareView/> }.into_any(),
                Route::Invite { payload } => view! { <InviteView payload=payload/> }.into_any(),
                Route::Reply { payload } => view! { <ReplyView payload=payload/> }.into_any(),
                Route::Team { session } => match open(&session) {
                    Ok(workspace) => view! { <TeamView workspace=workspace/> }.into_any(),
                    Err(error) => view! { <CannotOpen error=error/> }.into_any(),
                },
                Route::ShortReply { session } => match open(&session) {
                    Ok(workspace) => view! { <ShortReplyView workspace=workspace/> }.into_any(),
                    Err(error) => view! { <CannotOpen error=error/> }.into_any(),
                },
                Route::Questionnaire { session, step } => match open(&session) {
                    Ok(workspace) => view! { <Questionnaire workspace=workspace step=step/> }.into_any(),
                    Err(error) => view! { <CannotOpen error=error/> }.into_any(),
                },
                Route::Result { session } => match open(&session) {
                    Ok(workspace) => result_view(workspace).into_any(),
                    Err(error) => view! { <CannotOpen error=error/> }.into_any(),
                },
                Route::Record { session } => match open(&session) {
                    Ok(workspace) => view! { <RecordView workspace=workspace/> }.into_any(),
                    Err(error) => view! { <CannotOpen error=error/> }.into_any(),
                },
                Route::Trial { session } => match open(&session) {
                    Ok(workspace) => view! { <super::trial_view::TrialView workspace=workspace/> }.into_any(),
                    Err(error) => view! { <CannotOpen error=error/> }.into_any(),
                },
                Route::NotFound { fragment } => view! { <NotFound fragment=fragment/> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>{first_screen::FOOTER}</p>
            <super::update_notice::OfflineReady/>
        </footer>
    }
}

/// The route the URL addresses, once `#/new` has become the new decision's
/// first step ([`start_decision`]).
fn current_route(services: Services, first_step: StaticStep) -> Route {
    match location::current_route() {
        Route::NewDecision => start_decision(services, first_step),
        other => other,
    }
}

/// `#/new`: creates a decision with the answers given on the static first step
/// (if any, as one Undo step) and shows its first step in place of `#/new`, so
/// Back and reloads never create another one.
fn start_decision(services: Services, first_step: StaticStep) -> Route {
    let Some(session) = services.create_session() else {
        location::replace(&Route::Landing);
        return Route::Landing;
    };
    let answers = first_screen::answers_from_form(
        first_step
            .ticked
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str())),
    );
    if !answers.is_empty()
        && let Ok(workspace) = services.open_workspace(&session)
    {
        workspace.answer_all(&answers);
    }
    if let Some((name, value)) = first_step.focused {
        request_animation_frame(move || adapters::first_screen::refocus(&name, &value));
    }
    let route = Route::Questionnaire { session, step: 0 };
    location::replace(&route);
    route
}

fn result_view(workspace: Workspace) -> impl IntoView {
    let team_route = Route::Team {
        session: workspace.session.with_untracked(|s| s.id.clone()),
    };
    let actions = view! {
        <div class="actions no-print" id="result-actions">
            {own_session_links(workspace)}
            <a class="button" id="team-link" href=team_route.to_fragment()>"Decide as a team"</a>
            <ShareActions workspace=workspace/>
            <ReplyActions session=workspace.session/>
        </div>
    }
    .into_any();
    view! { <Results workspace=workspace actions=actions/> }
}

#[component]
fn CannotOpen(error: OpenError) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="cannot-open-title">
            <h1 id="cannot-open-title">"This decision cannot be opened"</h1>
            <p class="notice error" role="alert">{error.to_string()}</p>
            <p class="actions">
                <a class="button primary" href="#/sessions">"See saved decisions"</a>
                <a class="button" href="#/">"Start again"</a>
            </p>
        </section>
    }
}

#[component]
fn NotFound(fragment: String) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="not-found-title">
            <h1 id="not-found-title">"There is no page at this address"</h1>
            <p>"The address ends in " <code>{fragment}</code> ", which Stackwise does not know."</p>
            <p><a class="button" href="#/">"Go to the start"</a></p>
        </section>
    }
}

/// The tab title for a view: what it shows, the decision's name, then the app.
fn tab_title(route: &Route, decision: Option<&str>) -> String {
    let view = match route {
        Route::Landing | Route::NewDecision => return first_screen::TAB_TITLE.to_owned(),
        Route::Questionnaire { step, .. } => first_screen::step_title(*step),
        Route::Result { .. } => "Result",
        Route::Record { .. } => "Decision record",
        Route::Shared { .. } => "Shared result",
        Route::Sessions => "Saved decisions",
        Route::Method => "How scoring works",
        Route::Trial { .. } => "Trial and review",
        Route::Team { .. } => "Decide as a team",
        Route::ShortReply { .. } => "Your short reply",
        Route::Compare => "Compare decisions",
        Route::Invite { .. } => "Invitation",
        Route::Reply { .. } => "Reply",
        Route::NotFound { .. } => "No page here",
    };
    match decision {
        Some(name) => format!("{view} · {name} · Stackwise"),
        None => format!("{view} · Stackwise"),
    }
}

fn is_undo_key(event: &web_sys::KeyboardEvent) -> bool {
    (event.ctrl_key() || event.meta_key())
        && !event.shift_key()
        && !event.alt_key()
        && event.key().eq_ignore_ascii_case("z")
}

/// Whether the key went to a place that edits text (its own undo applies).
fn in_text_field(event: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    let Some(target) = event.target() else {
        return false;
    };
    if let Some(input) = target.dyn_ref::<web_sys::HtmlInputElement>() {
        return !matches!(
            input.type_().as_str(),
            "range" | "checkbox" | "radio" | "button" | "submit" | "reset" | "file" | "color"
        );
    }
    target.dyn_ref::<web_sys::HtmlTextAreaElement>().is_some()
        || target
            .dyn_ref::<web_sys::HtmlElement>()
            .is_some_and(|element| element.is_content_editable())
}

fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

fn focus_main() {
    use wasm_bindgen::JsCast;
    if let Some(main) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("main"))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}
