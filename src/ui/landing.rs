//! The first screen: what Stackwise does, in two sentences, and the way in.

use leptos::prelude::*;

use super::services::Services;
use crate::adapters::location;
use crate::route::Route;

#[component]
pub fn Landing() -> impl IntoView {
    let services = expect_context::<Services>();
    let start = move |_| {
        if let Some(session) = services.create_session() {
            location::navigate(&Route::Questionnaire { session, step: 0 });
        }
    };
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
            <h1 id="landing-title">"Pick your team's backend language, and defend it."</h1>
            <p class="lede">
                "Stackwise asks about your team, your hiring market, the services you will "
                "actually build in the next 12 months and how you run them, then ranks Go, "
                "Node.js and Python for you with every point traced to an answer. "
                "You leave with a radar chart, the risks to watch, a one-sprint trial plan "
                "and a one-page decision record your colleagues can challenge."
            </p>
            <div class="actions">
                <button type="button" class="button primary" id="start-decision" on:click=start>
                    "Start a new decision"
                </button>
                {continue_link}
                <a class="button" href="#/sessions">"Open a saved decision"</a>
            </div>
            <p class="muted">
                "About 34 short questions in six steps; \"not sure\" is always fine. "
                "Everything stays in this browser."
            </p>
        </section>
    }
}
