//! Copying a link: a button that puts it on the clipboard, and the link in a field
//! to copy by hand when the clipboard refuses. Share, invitation and reply links
//! all use it.

use leptos::prelude::*;

use crate::adapters::files;

/// The link to this page with `fragment`, keeping whatever sub-path it is served from.
pub fn link_to(fragment: &str) -> String {
    let base = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default();
    format!("{base}{fragment}")
}

/// A button that copies `link`, with the link shown in a field to copy by hand
/// when the clipboard refuses.
#[component]
pub fn CopyLink(
    /// The link to copy.
    #[prop(into)]
    link: Signal<String>,
    /// The button's label.
    label: &'static str,
    /// Id of the button.
    id: &'static str,
    /// Id of the field that shows the link.
    field_id: &'static str,
    /// Label of that field.
    field_label: &'static str,
    /// What the status line says once copied.
    copied: &'static str,
    /// The button is disabled while this holds.
    #[prop(into, optional)]
    disabled: Signal<bool>,
) -> impl IntoView {
    let status = RwSignal::new(None::<String>);
    let shown = RwSignal::new(false);
    let copy = move |_| {
        shown.set(true);
        let text = link.get_untracked();
        leptos::task::spawn_local(async move {
            match files::copy_to_clipboard(&text).await {
                Ok(()) => status.set(Some(copied.to_owned())),
                Err(reason) => status.set(Some(format!(
                    "Could not copy ({reason}). Select the link below and copy it yourself."
                ))),
            }
        });
    };
    view! {
        <button type="button" class="button" id=id on:click=copy disabled=move || disabled.get()>{label}</button>
        <p class="share-status" role="status">{move || status.get()}</p>
        <Show when=move || shown.get()>
            <label class="share-fallback">
                {field_label}
                <input type="text" readonly id=field_id prop:value=move || link.get()
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
