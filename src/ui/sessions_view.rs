//! The saved decisions: open, rename, duplicate, export and delete (with Undo),
//! start a new one, or import a session file (picker or drag-and-drop). Backups of
//! unreadable data are listed below them ([`super::backups_view`]).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::notices::NoticeKind;
use super::services::Services;
use crate::adapters::{clock, files};
use crate::route::Route;
use crate::store::DecisionSummary;
use crate::{file_names, first_screen};

#[component]
pub fn SessionsView() -> impl IntoView {
    let services = expect_context::<Services>();
    let list = Memo::new(move |_| {
        services.sessions_changed.track();
        services.list()
    });
    let empty = Memo::new(move |_| list.with(Vec::is_empty));
    let import_error = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    let import_text = move |text: String, file_name: String| {
        let done = format!("Imported {file_name} as a new decision.");
        match services.import_and_open(&text, &done) {
            Ok(()) => import_error.set(None),
            Err(error) => import_error.set(Some(format!("{file_name} was not imported: {error}"))),
        }
    };
    let read_file = move |file: web_sys::File| {
        leptos::task::spawn_local(async move {
            let name = file.name();
            match files::read_text(&file).await {
                Ok(text) => import_text(text, name),
                Err(error) => import_error.set(Some(error)),
            }
        });
    };
    let on_pick = move |event: leptos::ev::Event| {
        let input = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                read_file(file);
            }
            input.set_value("");
        }
    };
    let on_drop = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        dragging.set(false);
        if let Some(file) = event
            .data_transfer()
            .and_then(|transfer| transfer.files())
            .and_then(|files| files.get(0))
        {
            read_file(file);
        }
    };
    view! {
        <section class="sessions" aria-labelledby="sessions-title">
            <h1 id="sessions-title">"Saved decisions"</h1>
            <div class="actions">
                <a class="button primary" id="new-session" href=Route::NewDecision.to_fragment()>{first_screen::START_LABEL}</a>
                <label class="button file-button">
                    "Import a session file"
                    <input type="file" accept=".json,application/json" id="import-file" class="visually-hidden" on:change=on_pick/>
                </label>
            </div>
            <div class="drop-zone" class:dragging=move || dragging.get()
                on:dragover=move |event: leptos::ev::DragEvent| { event.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                "…or drop a Stackwise session file (.json) here."
            </div>
            {move || import_error.get().map(|error| view! { <p class="notice error" role="alert" id="import-error">{error}</p> })}
            {move || {
                if empty.get() {
                    view! { <p class="muted" id="no-sessions">"No saved decisions in this browser yet."</p> }.into_any()
                } else {
                    // Keyed by the decision only: a change to one decision (here or
                    // in another tab) updates what its row shows in place, so a rename
                    // being typed — in that row or another — is never lost.
                    view! {
                        <ul class="session-list" id="session-list">
                            <For each=move || list.get() key=|summary| summary.id.clone() let:summary>
                                <SessionRow id=summary.id list=list/>
                            </For>
                        </ul>
                    }.into_any()
                }
            }}
            <super::backups_view::Backups/>
        </section>
    }
}

/// One decision of the list. Everything it shows follows the list; the rename
/// form, once open, keeps what is typed until it is saved or cancelled (the new
/// name then applies to the decision as it is by then, other tabs' edits included).
#[component]
fn SessionRow(id: String, list: Memo<Vec<DecisionSummary>>) -> impl IntoView {
    let services = expect_context::<Services>();
    let renaming = RwSignal::new(false);
    // Rename puts the cursor in the name field; Escape cancels.
    let name_field = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = name_field.get() {
            let _ = input.focus();
            input.select();
        }
    });
    let summary = {
        let id = id.clone();
        Memo::new(move |_| list.with(|list| list.iter().find(|s| s.id == id).cloned()))
    };
    let name = move || summary.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default());
    let read_only = move || summary.with(|s| s.as_ref().is_some_and(Services::is_read_only));
    let open_href = Route::Result {
        session: id.clone(),
    }
    .to_fragment();
    let edit_href = Route::Questionnaire {
        session: id.clone(),
        step: 0,
    }
    .to_fragment();
    let rename_id = id.clone();
    let on_rename = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let value = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlFormElement>().ok())
            .and_then(|form| form.elements().named_item("name"))
            .and_then(|element| element.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default();
        services.rename(&rename_id, &value);
        renaming.set(false);
    };
    let duplicate_id = id.clone();
    let delete_id = id.clone();
    let export_id = id.clone();
    let export = move |_| {
        let file_name = file_names::export_file_name(&name());
        if let Some(json) = services.export(&export_id)
            && let Err(reason) = files::download_text(&json, &file_name, "application/json")
        {
            services.notify(
                NoticeKind::Error,
                format!("Could not export: {reason}."),
                None,
            );
        }
    };
    let meta = move || {
        summary.with(|summary| {
            let Some(summary) = summary else {
                return String::new();
            };
            let mut meta = format!(
                "{} · {} of {} answered · changed {}",
                summary.leading.map_or_else(
                    || "No answers yet".to_owned(),
                    |l| format!("Leading: {}", l.name())
                ),
                summary.answered,
                summary.total,
                clock::local_date_time(summary.updated_ms)
            );
            if Services::is_read_only(summary) {
                meta.push_str(" · read-only: saved by a newer Stackwise, never overwritten here");
            }
            if summary.unsaved {
                meta.push_str(" · not saved yet");
            }
            meta
        })
    };
    let input_id = format!("rename-{id}");
    view! {
        <li class="session-row" data-session=id.clone()>
            <div class="session-main">
                <Show when=move || renaming.get() fallback={
                    let href = open_href.clone();
                    move || view! { <a class="session-name" href=href.clone()>{name}</a> }
                }>
                    <form class="rename-form" on:submit=on_rename.clone()>
                        <label class="visually-hidden" for=input_id.clone()>"New name"</label>
                        <input type="text" name="name" id=input_id.clone() value=summary.with_untracked(|s| s.as_ref().map(|s| s.name.clone())) maxlength=crate::session::MAX_NAME_CHARS required
                            node_ref=name_field
                            on:keydown=move |event| if event.key() == "Escape" { renaming.set(false) }/>
                        <button type="submit" class="button small">"Save name"</button>
                        <button type="button" class="button small" on:click=move |_| renaming.set(false)>"Cancel"</button>
                    </form>
                </Show>
                <p class="session-meta">{meta}</p>
            </div>
            <div class="session-actions">
                {move || (!read_only()).then(|| {
                    let (edit_href, duplicate_id) = (edit_href.clone(), duplicate_id.clone());
                    view! {
                        <a class="button small" href=edit_href>"Edit"</a>
                        <button type="button" class="button small" on:click=move |_| renaming.set(true)>"Rename"</button>
                        <button type="button" class="button small" on:click=move |_| { services.duplicate(&duplicate_id); }>"Duplicate"</button>
                    }
                })}
                <button type="button" class="button small" on:click=export>"Export"</button>
                <button type="button" class="button small danger" on:click=move |_| services.delete(&delete_id)>"Delete"</button>
            </div>
        </li>
    }
}
