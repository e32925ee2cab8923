//! The app frame: header, the routed view, footer. The route follows the URL
//! fragment, so Back/Forward, reloads and deep links all work.

use leptos::prelude::*;

use super::landing::Landing;
use crate::adapters::location;
use crate::route::Route;

#[component]
pub fn App() -> impl IntoView {
    let route = RwSignal::new(location::current_route());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(location::current_route());
    });
    on_cleanup(move || listener.remove());

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
        </header>
        <main id="main" tabindex="-1" data-app-ready="">
            {move || match route.get() {
                Route::Landing => view! { <Landing/> }.into_any(),
                other => view! { <NotFound fragment=other.to_fragment()/> }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>"Runs entirely in your browser. Nothing you enter leaves this device unless you share a link."</p>
        </footer>
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
