//! The URL fragment as the app's address bar: read it, change it, hear it change.
//! Routing rules live in the pure [`crate::route`] module.

use crate::route::Route;

/// The current fragment, with its `#`, or an empty string.
pub fn current_fragment() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// The route the current URL addresses.
pub fn current_route() -> Route {
    Route::parse(&current_fragment())
}

/// Goes to `route`, adding a history entry so Back returns here.
pub fn navigate(route: &Route) {
    if let Some(window) = web_sys::window() {
        // Setting the hash fires `hashchange`, which updates the routed view.
        let _ = window.location().set_hash(&route.to_fragment());
    }
}

/// Shows `route` in place of the current address, with no new history entry
/// (Back skips the replaced address). Fires no `hashchange`: the caller updates
/// the routed view itself.
pub fn replace(route: &Route) {
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&route.to_fragment()),
        );
    }
}
