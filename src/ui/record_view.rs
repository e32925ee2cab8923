//! The one-page decision record: shown as a page, copied as Markdown, downloaded
//! as a `.md` file, or printed on one page (see the print styles).

use leptos::prelude::*;

use super::markdown_view::MarkdownView;
use super::workspace::Workspace;
use crate::adapters::{clock, files};
use crate::record::{decision_record_dated, record_file_name, with_address};
use crate::route::Route;

/// The record of `workspace`. `shared`: the record of a share link, read-only
/// under the shared result (no way "back" to a saved result).
#[component]
pub fn RecordView(workspace: Workspace, #[prop(optional)] shared: bool) -> impl IntoView {
    let today = clock::today();
    // The record's link back to the result, made absolute with this page's address.
    let address = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    let markdown = Memo::new(move |_| {
        workspace.evaluation.with(|evaluation| {
            workspace.session.with(|session| {
                with_address(
                    &decision_record_dated(session, evaluation, Some(&today)),
                    &address,
                )
            })
        })
    });
    let status = RwSignal::new(None::<String>);
    let fallback_open = RwSignal::new(false);
    let copy = move |_| {
        let text = markdown.get_untracked();
        leptos::task::spawn_local(async move {
            match files::copy_to_clipboard(&text).await {
                Ok(()) => status.set(Some("Copied the record as Markdown.".into())),
                Err(reason) => {
                    status.set(Some(format!(
                        "Could not copy ({reason}). Select the text below and copy it yourself."
                    )));
                    fallback_open.set(true);
                }
            }
        });
    };
    let download = move |_| {
        let name = workspace.session.with_untracked(record_file_name);
        let result = files::download_text(&markdown.get_untracked(), &name, "text/markdown");
        status.set(Some(match result {
            Ok(()) => format!("Downloaded {name}."),
            Err(reason) => format!("Could not download the file: {reason}."),
        }));
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let result_href = workspace.session.with_untracked(|s| {
        Route::Result {
            session: s.id.clone(),
        }
        .to_fragment()
    });
    let trial_href = workspace.session.with_untracked(|s| {
        Route::Trial {
            session: s.id.clone(),
        }
        .to_fragment()
    });
    view! {
        <section class="record-page" aria-label="Decision record" id="record-page">
            <div class="actions no-print">
                {(!shared).then(|| view! {
                    <a class="button" href=result_href.clone()>"Back to the result"</a>
                    <a class="button" href=trial_href.clone() id="record-open-trial">"Trial and review"</a>
                })}
                <button type="button" class="button primary" id="copy-record" on:click=copy>"Copy as Markdown"</button>
                <button type="button" class="button" id="download-record" on:click=download>"Download .md"</button>
                <button type="button" class="button" id="print-record" on:click=print>"Print"</button>
            </div>
            <p class="no-print muted" role="status">{move || status.get()}</p>
            <details class="no-print" prop:open=move || fallback_open.get()>
                <summary>"Markdown source"</summary>
                <textarea class="markdown-source" readonly rows="14" aria-label="Decision record as Markdown"
                    prop:value=move || markdown.get()></textarea>
            </details>
            <article class="record panel" id="record">
                {move || view! { <MarkdownView source=markdown.get()/> }}
            </article>
        </section>
    }
}
