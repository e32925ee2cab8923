//! The post-release review on the trial page: the five plain signals and the
//! outcome, with what they say; for "change early", what changing costs and the
//! advice to extract one service rather than rewrite.

use leptos::prelude::*;

use super::trial_fields::{FieldInput, Which};
use super::workspace::Workspace;
use crate::trial::fields::REVIEW_FIELDS;
use crate::trial::knowledge::LATE_CHANGE_COST;
use crate::trial::review;

#[component]
pub fn ReviewForm(workspace: Workspace) -> impl IntoView {
    let verdict = Memo::new(move |_| {
        workspace
            .session
            .with(|s| (!s.review.is_empty()).then(|| review::verdict(&s.review)))
    });
    let inputs = REVIEW_FIELDS
        .iter()
        .map(|field| view! { <FieldInput workspace=workspace which=Which::Review field=field/> })
        .collect_view();
    view! {
        <div class="panel" id="trial-review">
            <h2>"Review after the first releases"</h2>
            <p class="muted">
                "After the first one or two real releases, look at the evidence and change early \
                 if the language fits badly."
            </p>
            <div class="readings">{inputs}</div>
            <div role="status">
                {move || verdict.with(|v| match v {
                    None => view! { <p class="muted" id="review-verdict">"No review recorded yet."</p> }.into_any(),
                    Some(v) => {
                        // The advice, what a change now costs, then why waiting
                        // costs more.
                        let costs = v
                            .extract
                            .iter()
                            .map(|c| (None, c))
                            .chain(v.change_costs.iter().map(|c| {
                                let when = if *c == LATE_CHANGE_COST {
                                    "Waiting costs more: "
                                } else {
                                    "Changing now: "
                                };
                                (Some(when), c)
                            }))
                            .map(|(when, c)| {
                                view! {
                                    <li>
                                        {when.map(|w| view! { <strong>{w}</strong> })}
                                        {format!("{} ({})", c.text, c.source.name())}
                                    </li>
                                }
                            })
                            .collect_view();
                        view! {
                            <p id="review-verdict">{v.headline()}</p>
                            <ul class="change-costs" id="review-change-costs">{costs}</ul>
                        }
                        .into_any()
                    }
                })}
            </div>
        </div>
    }
}
