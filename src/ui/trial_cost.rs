//! The runtime-cost calculator on the trial page: the assumptions as inputs and
//! the figures beside them, recomputed on every keystroke. The assumptions are
//! listed with the result: they are the user's, never facts about their cloud.

use leptos::prelude::*;

use super::trial_fields::{FieldInput, Which};
use super::workspace::Workspace;
use crate::trial::cost::{self, CostEstimate, Running, money};
use crate::trial::fields::assumption_fields;

fn tenths(value: u64) -> String {
    format!("{}.{} h", value / 10, value % 10)
}

/// The summary's sentences with their element ids.
fn summary(e: &CostEstimate, running: Running) -> Vec<(&'static str, String)> {
    let s = e.summary(running);
    let mut lines = vec![
        ("cost-monthly-gap", s.monthly),
        ("cost-engineer-gap", s.engineer),
    ];
    lines.extend(s.payback.map(|text| ("cost-months-to-even", text)));
    lines.extend(s.bursty.map(|text| ("cost-bursty", text)));
    lines.extend(s.instances.map(|text| ("cost-instances", text)));
    lines
}

#[component]
pub fn CostCalculator(workspace: Workspace) -> impl IntoView {
    let estimate = Memo::new(move |_| workspace.session.with(|s| cost::estimate(&s.trial)));
    let running = Memo::new(move |_| {
        workspace
            .session
            .with(|s| Running::from_answers(&s.answers))
    });
    let inputs = assumption_fields()
        .map(|field| view! { <FieldInput workspace=workspace which=Which::Assumptions field=field/> })
        .collect_view();
    let rows = move || {
        estimate.with(|e| {
            e.lines
                .iter()
                .map(|l| {
                    let lang = l.language.id();
                    view! {
                        <tr data-language=lang>
                            <th scope="row">{l.language.name()}</th>
                            <td>{l.idle_mb.map_or("—".to_owned(), |mb| format!("{mb} MB"))}</td>
                            <td id=format!("cost-{lang}-monthly")>{l.monthly.map_or("—".to_owned(), money)}</td>
                            <td>{l.build_tenths.map_or("—".to_owned(), tenths)}</td>
                            <td id=format!("cost-{lang}-engineer")>{l.engineer.map_or("—".to_owned(), money)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="panel" id="trial-cost">
            <h2>"Runtime cost"</h2>
            <p class="muted">
                "Your own figures: replace the placeholders with your provider's price and your \
                 instance counts. Amounts are in your currency."
            </p>
            <div class="readings assumptions">{inputs}</div>
            <div class="table-scroll">
                <table class="cost-table">
                    <thead>
                        <tr>
                            <th scope="col">"Language"</th>
                            <th scope="col">"Idle memory per instance"</th>
                            <th scope="col">"Idle memory cost per month"</th>
                            <th scope="col">"Trial build time"</th>
                            <th scope="col">"Engineer cost of the trial"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <div role="status">
                {move || estimate.with(|e| {
                    if e.lines.is_empty() {
                        return view! { <p class="muted">"Add a scorecard above to see figures."</p> }.into_any();
                    }
                    summary(e, running.get())
                        .into_iter()
                        .map(|(id, text)| view! { <p id=id>{text}</p> })
                        .collect_view()
                        .into_any()
                })}
            </div>
            <h3>"Assumptions behind these figures"</h3>
            <ul class="assumption-list" id="cost-assumptions">
                {move || estimate.with(|e| {
                    e.assumptions.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view()
                })}
            </ul>
        </div>
    }
}
