//! Side by side: saved decisions (`#/compare`: pick two or more), or, from the
//! team view, participants against the team's combined decision. Both show the
//! same comparison: each one's winner, ranking and margin, their priorities per
//! criterion (a radar and a table), and the questions they answered differently.
//! The rules are [`crate::team::compare`].

use leptos::prelude::*;

use super::priorities_chart::PrioritiesChart;
use super::services::Services;
use super::team::ranking_row;
use crate::radar::Radar;
use crate::session::{Session, parse_session};
use crate::team::agreement::answer_label;
use crate::team::compare::{Comparison, against_team, compare};
use crate::team::{Participant, TeamResult};

/// What is compared: full names, the decisions themselves and their comparison.
#[derive(Clone, PartialEq)]
struct Loaded {
    names: Vec<String>,
    decisions: Vec<Participant>,
    comparison: Comparison,
}

impl Loaded {
    fn new(names: Vec<String>, decisions: Vec<Participant>) -> Loaded {
        let comparison = compare(&decisions);
        Loaded {
            names,
            decisions,
            comparison,
        }
    }
}

/// Adds `item` to `list`, or removes it when it is there.
fn toggle<T: PartialEq>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(at) => {
            list.remove(at);
        }
        None => list.push(item),
    }
}

#[component]
pub fn CompareView() -> impl IntoView {
    let services = expect_context::<Services>();
    let chosen = RwSignal::new(Vec::<String>::new());
    let loaded = RwSignal::new(None::<Loaded>);
    let message = RwSignal::new(None::<String>);
    let decisions = services.list();
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
        loaded.set(Some(Loaded::new(names, list)));
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
                            <input type="checkbox" value=d.id.clone()
                                on:change=move |_| chosen.update(|ids| toggle(ids, id.clone()))/>
                            {d.name}
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <p class="actions"><button type="button" class="button primary" id="compare" on:click=run>"Compare"</button></p>
            {move || message.get().map(|m| view! { <p class="notice warning" role="status">{m}</p> })}
            {move || loaded.get().map(|l| view! { <ComparisonView loaded=l team=false/> })}
        </section>
    }
}

/// From the team view: the participants ticked, against the team's combined
/// decision ([`against_team`]); follows the team as replies and settlements change.
#[component]
pub(super) fn AgainstTeam(session: RwSignal<Session>, result: Memo<TeamResult>) -> impl IntoView {
    let chosen = RwSignal::new(Vec::<usize>::new());
    let loaded = Memo::new(move |_| {
        chosen.with(|chosen| {
            (!chosen.is_empty()).then(|| {
                session.with(|s| {
                    result.with(|r| {
                        let decisions = against_team(&s.team, r, chosen);
                        let names = decisions.iter().map(|d| d.name.clone()).collect();
                        Loaded::new(names, decisions)
                    })
                })
            })
        })
    });
    view! {
        <div class="panel" id="against-team-panel">
            <h2>"Compare people with the team"</h2>
            <fieldset id="against-team">
            <legend>"Whose answers and priorities to set beside the team's combined ones"</legend>
            {move || session.with(|s| s.team.participants.iter().enumerate().map(|(i, p)| view! {
                <label class="option">
                    <input type="checkbox" value=i prop:checked=move || chosen.with(|c| c.contains(&i))
                        on:change=move |_| chosen.update(|c| toggle(c, i))/>
                    {p.name.clone()}
                </label>
            }).collect_view())}
            </fieldset>
        </div>
        {move || loaded.get().map(|l| view! { <ComparisonView loaded=l team=true/> })}
    }
}

/// A comparison: the verdict, ranking and margin, priorities, answers that differ.
/// With `team`, the last one compared is the team's combined decision.
#[component]
fn ComparisonView(loaded: Loaded, team: bool) -> impl IntoView {
    let Loaded {
        names,
        decisions,
        comparison,
    } = loaded;
    let last = names.len().saturating_sub(1);
    let rows = names
        .iter()
        .zip(decisions.iter().zip(&comparison.evaluations))
        .enumerate()
        .map(|(i, (name, (d, e)))| ranking_row(name.clone(), &d.answers, e, team && i == last))
        .collect_view();
    let named: Vec<_> = names
        .iter()
        .cloned()
        .zip(decisions.iter().map(|d| d.weights))
        .collect();
    let (subject, who) = if team {
        (
            "the chosen people's priorities and the team's combined ones",
            "Who",
        )
    } else {
        ("the compared decisions' priorities", "Decision")
    };
    let priorities = Radar::of_priorities(subject, &named);
    let same_answers = comparison.differences.is_empty();
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
            <h2>"Side by side"</h2>
            <p id="compare-verdict">{verdict}</p>
            <div class="table-scroll">
                <table id="compare-ranking">
                    <caption>"Ranking and margin"</caption>
                    <thead><tr><th scope="col">{who}</th><th scope="col">"Answered"</th><th scope="col">"Winner"</th><th scope="col">"Ranking"</th><th scope="col">"Margin"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h3>"Priorities"</h3>
            <PrioritiesChart radar=Signal::stored(priorities) id="compare-priorities"
                caption="Priorities side by side (0–10)"/>
            <h3>"Answers that differ"</h3>
            {if same_answers {
                view! { <p id="compare-no-differences">"None: every answer given is the same. Where one of them left a question open, only the others' answers are compared."</p> }.into_any()
            } else {
                view! { <ol id="compare-differences">{differences}</ol> }.into_any()
            }}
        </div>
    }
}
