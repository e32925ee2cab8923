//! The Leptos user interface. Components render state and send the user's intent to
//! the pure core; they hold no scoring or format logic of their own.

mod app;
mod backups_view;
mod copy_link;
mod landing;
mod live_result;
mod markdown_view;
mod method;
mod notices;
mod priorities_chart;
mod questionnaire;
mod radar;
mod record_view;
mod results;
mod saved;
mod services;
mod sessions_view;
mod share_view;
mod team;
mod team_compare;
mod team_reply;
mod trial_cost;
mod trial_fields;
mod trial_review;
mod trial_view;
mod update_notice;
mod weights;
mod workspace;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts the app into `#app`, taking over the static first screen.
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
    // Whatever the user ticked on the static first screen becomes the new
    // decision's first answers.
    let first_step = crate::adapters::first_screen::read(&root);
    root.set_inner_html("");
    leptos::mount::mount_to(root, move || view! { <app::App first_step=first_step/> }).forget();
}
