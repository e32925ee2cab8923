//! "A new version of Stackwise is available — Reload": shown when the service
//! worker has downloaded a new deployment completely and is waiting to take over.
//!
//! The contract with `assets/register-sw.js` (see docs/hosting.md): it sets the
//! attribute `data-update-available` on `<html>` and dispatches the window event
//! `stackwise:update-available` when a new version is waiting; the Reload button
//! dispatches the window event `stackwise:apply-update`, on which the script tells
//! the waiting worker to take over and reloads the page. Without a service worker
//! (the single-file build, `trunk serve`) the notice never shows.

use leptos::prelude::*;

/// Dispatched by `register-sw.js` when a new version is waiting.
const AVAILABLE_EVENT: &str = "stackwise:update-available";
/// Dispatched by the Reload button; `register-sw.js` does the rest.
const APPLY_EVENT: &str = "stackwise:apply-update";
/// Set on `<html>` by `register-sw.js`, for an app that mounts after the event.
const AVAILABLE_ATTRIBUTE: &str = "data-update-available";

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let available = RwSignal::new(flagged_on_document());
    let listener = window_event_listener_untyped(AVAILABLE_EVENT, move |_| available.set(true));
    on_cleanup(move || listener.remove());

    // The live region is always there, so screen readers announce the text when it
    // appears.
    view! {
        <div class="update-notice" role="status" aria-live="polite">
            <Show when=move || available.get()>
                <div class="notice info" id="update-notice">
                    <p>"A new version of Stackwise is available."</p>
                    <div class="notice-buttons">
                        <button type="button" class="button small" id="apply-update" on:click=move |_| apply_update()>
                            "Reload"
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}

fn flagged_on_document() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .is_some_and(|html| html.has_attribute(AVAILABLE_ATTRIBUTE))
}

/// Asks `register-sw.js` to activate the waiting version; it reloads the page.
fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    match web_sys::Event::new(APPLY_EVENT) {
        Ok(event) => {
            let _ = window.dispatch_event(&event);
        }
        Err(_) => {
            let _ = window.location().reload();
        }
    }
}
