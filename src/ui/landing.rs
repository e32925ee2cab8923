//! The landing view: what Stackwise does, in two sentences, and the way in. Its
//! text is shared with the static first screen in `index.html` ([`first_screen`]).

use leptos::prelude::*;

use super::services::Services;
use crate::first_screen;
use crate::route::Route;

#[component]
pub fn Landing() -> impl IntoView {
    let services = expect_context::<Services>();
    // The most recently changed decision, to pick up where the user left off.
    let continue_link = services.most_recent().map(|(id, name)| {
        let href = Route::Questionnaire {
            session: id,
            step: 0,
        }
        .to_fragment();
        view! {
            <a class="button" href=href id="continue-decision">
                {format!("Continue \u{201c}{name}\u{201d}")}
            </a>
        }
    });
    view! {
        <section class="landing" aria-labelledby="landing-title">
            <h1 id="landing-title">{first_screen::LANDING_TITLE}</h1>
            <p class="lede">{first_screen::LANDING_LEDE}</p>
            <div class="actions">
                <a class="button primary" id="start-decision" href=Route::NewDecision.to_fragment()>
                    {first_screen::START_LABEL}
                </a>
                {continue_link}
                <a class="button" href="#/sessions">"Open a saved decision"</a>
            </div>
            <p class="muted">{first_screen::landing_note()}</p>
        </section>
    }
}
