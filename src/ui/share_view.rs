//! Sharing: the "Copy link" button for a result (the link carries the decision's
//! short name), and the read-only view of a shared link, which shows that name and
//! never touches the user's own sessions until they choose "Save a copy".

use leptos::prelude::*;

use super::copy_link::{CopyLink, link_to};
use super::record_view::RecordView;
use super::results::Results;
use super::services::Services;
use super::workspace::Workspace;
use crate::adapters::{clock, files, location};
use crate::route::Route;
use crate::session::Session;
use crate::share;

/// "Copy link" and "Export JSON" for a result.
#[component]
pub fn ShareActions(workspace: Workspace) -> impl IntoView {
    let link = Memo::new(move |_| workspace.session.with(|s| link_to(&s.share_fragment())));
    let status = RwSignal::new(None::<String>);
    let export = move |_| {
        let (json, name) = workspace
            .session
            .with_untracked(|s| (s.to_json(), crate::file_names::export_file_name(&s.name)));
        if let Err(reason) = files::download_text(&json, &name, "application/json") {
            status.set(Some(format!("Could not export: {reason}.")));
        }
    };
    view! {
        <CopyLink link=link label="Copy link" id="copy-link" field_id="share-link" field_label="Share link"
            copied="Link copied. Anyone who opens it sees this result: the answers travel in \
                    the link itself, and nothing is sent to a server."/>
        <button type="button" class="button" id="export-json" on:click=export>"Export JSON"</button>
        <p class="share-status" role="status">{move || status.get()}</p>
    }
}

/// The name of a shared decision whose link carries none (its copy is "<this> (copy)").
const SHARED_NAME: &str = "Shared decision";

/// A shared result, opened from `#/s/<payload>`; a copy saved from it keeps the
/// name the link carries.
#[component]
pub fn SharedResult(payload: String) -> impl IntoView {
    let services = expect_context::<Services>();
    match share::decode(&payload) {
        Ok(decoded) => {
            let name = decoded.name.clone();
            let mut session = Session::new(
                "shared",
                name.clone().unwrap_or_else(|| SHARED_NAME.to_owned()),
                clock::now_ms(),
            );
            session.answers = decoded.answers;
            session.weights = decoded.weights;
            let notes: Vec<String> = decoded.notes.iter().map(ToString::to_string).collect();
            let workspace = Workspace::new(session, true, None);
            let record_open = RwSignal::new(false);
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
                        " Someone shared their answers and priorities with you; the result is worked out from them here. It is read-only and is not saved in this browser: save a copy to change answers or priorities."
                    </p>
                    {name.map(|name| view! {
                        <p id="shared-name">"Decision: "<strong class="shared-name">{name}</strong></p>
                    })}
                    {(!notes.is_empty()).then(|| view! {
                        <ul>{notes.into_iter().map(|note| view! { <li>{note}</li> }).collect_view()}</ul>
                    })}
                    <div class="actions">
                        <button type="button" class="button primary" id="save-copy" on:click=save_copy>"Save a copy"</button>
                        <button type="button" class="button" id="show-record"
                            aria-expanded=move || record_open.get().to_string()
                            on:click=move |_| record_open.update(|open| *open = !*open)>
                            {move || if record_open.get() { "Hide the decision record" } else { "Decision record" }}
                        </button>
                        <a class="button" href="#/">"Start my own decision"</a>
                    </div>
                </div>
            }
            .into_any();
            view! {
                <Results workspace=workspace actions=banner shared=true/>
                <Show when=move || record_open.get()>
                    <RecordView workspace=workspace shared=true/>
                </Show>
            }
            .into_any()
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
