//! What the service worker means for the user: "A new version of Stackwise is
//! available — Reload" when a new deployment has been downloaded completely and is
//! waiting; "Stackwise now works offline", said once, when the first install has
//! finished precaching; and, while the browser is offline, that Stackwise keeps
//! working.
//!
//! The new-version notice and the offline line sit above the page
//! ([`UpdateNotice`]); the offline-ready line sits in the footer ([`OfflineReady`]). It arrives at a moment nobody chose, usually
//! while the first questions are being answered, and a line inserted above the
//! page then would push the options down under the user's pointer: a click meant
//! for one option would land on the one above it. At the foot of the page it moves
//! nothing the user is looking at.
//!
//! The contract with `assets/register-sw.js` (see docs/hosting.md): it sets the
//! attribute `data-update-available` on `<html>` and dispatches the window event
//! `stackwise:update-available` when a new version is waiting; the Reload button
//! dispatches the window event `stackwise:apply-update`, on which the script tells
//! the waiting worker to take over and reloads the page. Likewise
//! `data-offline-ready` and `stackwise:offline-ready` when the first worker is
//! active. Without a service worker (the single-file build, `trunk serve`) neither
//! notice shows; the offline line does.

use leptos::prelude::*;

/// Dispatched by `register-sw.js` when a new version is waiting.
const AVAILABLE_EVENT: &str = "stackwise:update-available";
/// Dispatched by the Reload button; `register-sw.js` does the rest.
const APPLY_EVENT: &str = "stackwise:apply-update";
/// Set on `<html>` by `register-sw.js`, for an app that mounts after the event.
const AVAILABLE_ATTRIBUTE: &str = "data-update-available";
/// Dispatched by `register-sw.js` when the first install is active.
const OFFLINE_READY_EVENT: &str = "stackwise:offline-ready";
/// Set on `<html>` with it.
const OFFLINE_READY_ATTRIBUTE: &str = "data-offline-ready";

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let available = RwSignal::new(flagged_on_document(AVAILABLE_ATTRIBUTE));
    let listener = window_event_listener_untyped(AVAILABLE_EVENT, move |_| available.set(true));
    on_cleanup(move || listener.remove());
    let offline = RwSignal::new(browser_offline());
    let went_offline = window_event_listener_untyped("offline", move |_| offline.set(true));
    let came_online = window_event_listener_untyped("online", move |_| offline.set(false));
    on_cleanup(move || {
        went_offline.remove();
        came_online.remove();
    });

    // The live region is always there, so screen readers announce the text when it
    // appears.
    view! {
        <div class="update-notice" role="status" aria-live="polite">
            <Show when=move || offline.get()>
                <p class="notice offline-status" id="offline-status">
                    "You are offline. Stackwise keeps working, and your decisions are saved in this browser."
                </p>
            </Show>
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

/// "Stackwise now works offline", once, in the footer (see the module's doc).
#[component]
pub fn OfflineReady() -> impl IntoView {
    let ready = RwSignal::new(flagged_on_document(OFFLINE_READY_ATTRIBUTE));
    let listener = window_event_listener_untyped(OFFLINE_READY_EVENT, move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    view! {
        <div class="offline-ready" role="status" aria-live="polite">
            <Show when=move || ready.get()>
                <p id="offline-ready">
                    "Stackwise now works offline: it opens and works without a connection in this browser. "
                    <button type="button" class="link-button" on:click=move |_| ready.set(false)>"Dismiss"</button>
                </p>
            </Show>
        </div>
    }
}

fn flagged_on_document(attribute: &str) -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
        .is_some_and(|html| html.has_attribute(attribute))
}

fn browser_offline() -> bool {
    web_sys::window().is_some_and(|window| !window.navigator().on_line())
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
