//! The priority sliders (0–10 per criterion). Used by the questionnaire's last step
//! and beside the result, where moving one updates everything live.

use leptos::prelude::*;

use super::workspace::Workspace;
use crate::model::{Criterion, MAX_WEIGHT};

#[component]
pub fn WeightSliders(workspace: Workspace) -> impl IntoView {
    let sliders = Criterion::ALL
        .iter()
        .map(|&criterion| {
            let input_id = format!("weight-{}", criterion.id());
            let description_id = format!("weight-{}-about", criterion.id());
            let value = move || workspace.session.with(|s| s.weights.get(criterion));
            let on_input = move |event: leptos::ev::Event| {
                if let Ok(value) = event_target_value(&event).parse::<u8>() {
                    workspace.set_weight(criterion, value.min(MAX_WEIGHT));
                }
            };
            view! {
                <div class="weight">
                    <label for=input_id.clone()>
                        <span class="weight-name">{criterion.name()}</span>
                        <output class="weight-value" for=input_id.clone()>{value}</output>
                    </label>
                    <input type="range" id=input_id min="0" max=MAX_WEIGHT step="1"
                        data-criterion=criterion.id()
                        aria-describedby=description_id.clone()
                        aria-valuetext=move || format!("{} out of {MAX_WEIGHT}", value())
                        disabled=workspace.read_only
                        prop:value=move || value().to_string()
                        on:input=on_input
                        on:change=move |_| workspace.end_weight_gesture()/>
                    <p class="weight-about" id=description_id>{criterion.description()}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="weights">
            {sliders}
            <div class="weights-actions">
                <button type="button" class="button" id="reset-weights"
                    disabled=move || workspace.read_only || workspace.session.with(|s| s.weights.is_default())
                    on:click=move |_| workspace.reset_weights()>
                    "Reset to the defaults"
                </button>
            </div>
        </div>
    }
}
