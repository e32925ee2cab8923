//! Sharing: the "Copy link" button for a result, and the read-only view of a
//! shared link, which never touches the user's own sessions until they choose
//! "Save a copy".

use leptos::prelude::*;

use super::results::Results;
use super::services::Services;
use super::workspace::Workspace;
use crate::adapters::{clock, files, location};
use crate::route::Route;
use crate::session::Session;
use crate::share;

/// The link to this page with `fragment`, keeping whatever sub-path it is served from.
fn link_with_fragment(fragment: &str) -> String {
    let base = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    format!("{base}{fragment}")
}

/// "Copy link" and "Export JSON" for a result.
#[component]
pub fn ShareActions(workspace: Workspace) -> impl IntoView {
    let link = Memo::new(move |_| {
        workspace
            .session
            .with(|s| link_with_fragment(&share::fragment(&s.answers, &s.weights)))
    });
    let status = RwSignal::new(None::<String>);
    let show_link = RwSignal::new(false);
    let copy = move |_| {
        show_link.set(true);
        let text = link.get_untracked();
        leptos::task::spawn_local(async move {
            match files::copy_to_clipboard(&text).await {
                Ok(()) => status.set(Some(
                    "Link copied. Anyone who opens it sees this result: the answers travel in \
                     the link itself, and nothing is sent to a server."
                        .into(),
                )),
                Err(reason) => status.set(Some(format!(
                    "Could not copy ({reason}). Select the link below and copy it yourself."
                ))),
            }
        });
    };
    let export = move |_| {
        let (json, name) = workspace
            .session
            .with_untracked(|s| (s.to_json(), crate::file_names::export_file_name(&s.name)));
        if let Err(reason) = files::download_text(&json, &name, "application/json") {
            status.set(Some(format!("Could not export: {reason}.")));
        }
    };
    view! {
        <button type="button" class="button" id="copy-link" on:click=copy>"Copy link"</button>
        <button type="button" class="button" id="export-json" on:click=export>"Export JSON"</button>
        <p class="share-status" role="status">{move || status.get()}</p>
        <Show when=move || show_link.get()>
            <label class="share-fallback">
                "Share link"
                <input type="text" readonly id="share-link" prop:value=move || link.get()
                    on:focus=|event| {
                        use wasm_bindgen::JsCast;
                        if let Some(input) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }/>
            </label>
        </Show>
    }
}

/// A shared result, opened from `#/s/<payload>`.
#[component]
pub fn SharedResult(payload: String) -> impl IntoView {
    let services = expect_context::<Services>();
    match share::decode(&payload) {
        Ok(decoded) => {
            let mut session = Session::new("shared", "Shared decision", clock::now_ms());
            session.answers = decoded.answers;
            session.weights = decoded.weights;
            let notes: Vec<String> = decoded.notes.iter().map(ToString::to_string).collect();
            let workspace = Workspace::new(session, true, None);
            let save_copy = move |_| {
                let id = workspace.session.with_untracked(|s| services.save_copy(s));
                if let Some(id) = id {
                    location::navigate(&Route::Result { session: id });
                }
            };
            let banner = view! {
                <div class="notice info shared-banner" id="shared-banner" role="region" aria-label="Shared result">
                    <p>
                        <strong>"You are viewing a shared result."</strong>
                        " It is read-only and is not saved in this browser. Save a copy to change answers or priorities."
                    </p>
                    {(!notes.is_empty()).then(|| view! {
                        <ul>{notes.into_iter().map(|note| view! { <li>{note}</li> }).collect_view()}</ul>
                    })}
                    <div class="actions">
                        <button type="button" class="button primary" id="save-copy" on:click=save_copy>"Save a copy"</button>
                        <a class="button" href="#/">"Start my own decision"</a>
                    </div>
                </div>
            }
            .into_any();
            view! { <Results workspace=workspace actions=banner/> }.into_any()
        }
        Err(error) => view! {
            <section class="panel" aria-labelledby="bad-link-title">
                <h1 id="bad-link-title">"This share link cannot be opened"</h1>
                <p class="notice error" role="alert" id="share-error">{error.to_string()}</p>
                <p>"Your own saved decisions are untouched. Ask for the link again, or start your own decision."</p>
                <p class="actions">
                    <a class="button primary" href="#/">"Start a new decision"</a>
                    <a class="button" href="#/sessions">"Saved decisions"</a>
                </p>
            </section>
        }
        .into_any(),
    }
}
