//! The Leptos user interface. Components render state and send the user's intent to
//! the pure core; they hold no scoring or format logic of their own.

mod app;
mod landing;
mod live_result;
mod markdown_view;
mod method;
mod notices;
mod questionnaire;
mod radar;
mod record_view;
mod results;
mod services;
mod sessions_view;
mod share_view;
mod update_notice;
mod weights;
mod workspace;

use wasm_bindgen::JsCast;

/// Mounts the app into `#app`, replacing the static loading message.
pub fn start() {
    console_error_panic_hook::set_once();
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        web_sys::console::error_1(&"Stackwise: no #app element to mount into".into());
        return;
    };
    root.set_inner_html("");
    leptos::mount::mount_to(root, app::App).forget();
}
