//! Comparing saved decisions side by side (`#/compare`): pick two or more, then
//! see each one's winner, ranking and margin, their priorities per criterion (a
//! radar and a table), and
//! the questions they answered differently. The rules are [`crate::team::compare`].

use leptos::prelude::*;

use super::priorities_chart::PrioritiesChart;
use super::services::Services;
use super::team::ranking_row;
use crate::radar::Radar;
use crate::session::parse_session;
use crate::team::Participant;
use crate::team::agreement::answer_label;
use crate::team::compare::{Comparison, compare};

/// Decisions loaded for comparison: full names and the decisions themselves.
#[derive(Clone)]
struct Loaded {
    names: Vec<String>,
    decisions: Vec<Participant>,
    comparison: Comparison,
}

#[component]
pub fn CompareView() -> impl IntoView {
    let services = expect_context::<Services>();
    let chosen = RwSignal::new(Vec::<String>::new());
    let loaded = RwSignal::new(None::<Loaded>);
    let message = RwSignal::new(None::<String>);
    let decisions = services.list();
    let toggle = move |id: String| {
        chosen.update(|ids| {
            if let Some(at) = ids.iter().position(|x| *x == id) {
                ids.remove(at);
            } else {
                ids.push(id);
            }
        });
    };
    let run = move |_| {
        let ids = chosen.get_untracked();
        if ids.len() < 2 {
            message.set(Some("Choose at least two decisions.".to_owned()));
            return;
        }
        let mut names = Vec::new();
        let mut list = Vec::new();
        for id in &ids {
            match services.export(id).map(|text| parse_session(&text)) {
                Some(Ok(restored)) => {
                    let s = restored.session;
                    names.push(s.name.clone());
                    list.push(Participant::new(&s.name, s.answers, s.weights));
                }
                _ => {
                    message.set(Some(format!(
                        "Decision {id} cannot be read; it was left out."
                    )));
                }
            }
        }
        if list.len() < 2 {
            loaded.set(None);
            return;
        }
        let comparison = compare(&list);
        loaded.set(Some(Loaded {
            names,
            decisions: list,
            comparison,
        }));
    };
    view! {
        <section class="compare" aria-labelledby="compare-title" id="compare-view">
            <h1 id="compare-title">"Compare decisions"</h1>
            <fieldset id="compare-list">
                <legend>"Saved decisions to compare (two or more)"</legend>
                {decisions.into_iter().map(|d| {
                    let id = d.id.clone();
                    view! {
                        <label class="option">
                            <input type="checkbox" value=d.id.clone() on:change=move |_| toggle(id.clone())/>
                            {d.name}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <p class="actions"><button type="button" class="button primary" id="compare" on:click=run>"Compare"</button></p>
            {move || message.get().map(|m| view! { <p class="notice warning" role="status">{m}</p> })}
            {move || loaded.get().map(|l| view! { <ComparisonView loaded=l/> })}
        </section>
    }
}

#[component]
fn ComparisonView(loaded: Loaded) -> impl IntoView {
    let Loaded {
        names,
        decisions,
        comparison,
    } = loaded;
    let rows = names
        .iter()
        .zip(&comparison.evaluations)
        .map(|(name, e)| ranking_row(name.clone(), e, false))
        .collect_view();
    let named: Vec<_> = names
        .iter()
        .cloned()
        .zip(decisions.iter().map(|d| d.weights))
        .collect();
    let priorities = Radar::of_priorities("the compared decisions' priorities", &named);
    let differences = comparison
        .differences
        .iter()
        .map(|d| {
            let groups = d
                .groups
                .iter()
                .map(|g| {
                    let who = g.who(&names);
                    view! { <li><strong>{answer_label(d.question, &g.answer)}</strong>" — "{who}</li> }
                })
                .collect_view();
            view! { <li data-question=d.question.id><p>{d.question.prompt}</p><ul>{groups}</ul></li> }
        })
        .collect_view();
    let verdict = if comparison.same_winner() {
        "They recommend the same language."
    } else {
        "They recommend different languages."
    };
    view! {
        <div class="panel" id="comparison">
            <p id="compare-verdict">{verdict}</p>
            <div class="table-scroll">
                <table>
                    <caption>"Ranking and margin"</caption>
                    <thead><tr><th scope="col">"Decision"</th><th scope="col">"Winner"</th><th scope="col">"Ranking"</th><th scope="col">"Margin"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h2>"Priorities"</h2>
            <PrioritiesChart radar=Signal::stored(priorities) id="compare-priorities"
                caption="Each decision's priorities (0–10)"/>
            <h2>"Answers that differ"</h2>
            <ol id="compare-differences">{differences}</ol>
        </div>
    }
}
