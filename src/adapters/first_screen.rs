//! Reads what the user did on the static first screen (`index.html`, see
//! [`crate::first_screen`]) before the app took it over, and puts the keyboard
//! focus back where it was once the app has drawn the same step.

use wasm_bindgen::JsCast;

use crate::model::{NOT_SURE_ID, question};

/// The static step as the user left it.
#[derive(Clone, Debug, Default)]
pub struct StaticStep {
    /// `(input name, input value)` of every ticked option: question and option ids.
    pub ticked: Vec<(String, String)>,
    /// The option input that had the keyboard focus, if any.
    pub focused: Option<(String, String)>,
}

/// Reads the static step inside `root` (before the app replaces it).
pub fn read(root: &web_sys::Element) -> StaticStep {
    let mut step = StaticStep::default();
    if let Ok(inputs) = root.query_selector_all(".first-step input:checked") {
        for index in 0..inputs.length() {
            if let Some(input) = inputs
                .item(index)
                .and_then(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                step.ticked.push((input.name(), input.value()));
            }
        }
    }
    step.focused = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element())
        .filter(|element| root.contains(Some(element)))
        .and_then(|element| element.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|input| (input.name(), input.value()));
    step
}

/// Focuses the app's input for `(name, value)`, the option the user was on.
/// Only known question and option ids make it into the selector.
pub fn refocus(name: &str, value: &str) {
    let known = question(name).is_some_and(|q| value == NOT_SURE_ID || q.option(value).is_some());
    if !known {
        return;
    }
    let selector = format!("fieldset[data-question] input[name=\"{name}\"][value=\"{value}\"]");
    if let Some(input) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector(&selector).ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = input.focus();
    }
}
