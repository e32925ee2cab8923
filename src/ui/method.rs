//! "How scoring works": the method in plain words, the baseline ratings with their
//! rationale and source, and every answer rule, straight from the model's data.

use leptos::prelude::*;

use crate::model::knowledge::{BASELINE, RULES, SPREAD_CAPS};
use crate::model::verdict::FOUNDATION;
use crate::model::{Criterion, FORMULA, Language, Weights};

#[component]
pub fn MethodPage() -> impl IntoView {
    let defaults = Weights::default();
    let baseline_rows = BASELINE
        .iter()
        .map(|row| {
            let cells = Language::ALL
                .iter()
                .map(|&language| {
                    let rating = &row.ratings[language.index()];
                    view! {
                        <td>
                            <strong>{rating.score}</strong>
                            <span class="rationale">{rating.rationale}</span>
                            <span class="source">{rating.source.name()}</span>
                        </td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{row.criterion.name()}
                        <span class="weight-chip">{format!("default weight {}", defaults.get(row.criterion))}</span>
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let rules = RULES
        .iter()
        .map(|rule| {
            let effects = rule
                .effects
                .iter()
                .map(|effect| {
                    let amounts = Language::ALL
                        .iter()
                        .filter(|&&language| effect.amount(language) != 0)
                        .map(|&language| {
                            format!("{} {:+}", language.name(), effect.amount(language))
                        })
                        .collect::<Vec<_>>()
                        .join(", ");
                    format!("{}: {amounts}", effect.criterion.name())
                })
                .collect::<Vec<_>>()
                .join("; ");
            view! {
                <li data-rule=rule.id>
                    <p>{rule.reason}</p>
                    <p class="because">{effects}" · "{rule.source.name()}</p>
                </li>
            }
        })
        .collect_view();
    let caps = SPREAD_CAPS
        .iter()
        .map(|cap| {
            let criteria = cap
                .criteria
                .iter()
                .map(|c| c.name())
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <li data-rule=cap.id>
                    <p>{cap.reason}</p>
                    <p class="because">{format!("{criteria}: at most {} points apart", cap.max_spread)}" · "{cap.source.name()}</p>
                </li>
            }
        })
        .collect_view();
    let foundation = FOUNDATION
        .iter()
        .filter_map(|id| crate::model::question(id))
        .map(|q| view! { <li>{q.prompt}</li> })
        .collect_view();
    let criteria = Criterion::ALL
        .iter()
        .map(|criterion| view! { <li><strong>{criterion.name()}</strong>": "{criterion.description()}</li> })
        .collect_view();
    view! {
        <section class="method" aria-labelledby="method-title">
            <h1 id="method-title">"How scoring works"</h1>
            <p class="lede">{FORMULA}</p>
            <h2>"The process behind it"</h2>
            <ol>
                <li>"List the services you will really build in the next 12 months, not an imagined future."</li>
                <li>"Score each language on what hurts your team: hiring in your market, runtime cost, what your people can maintain, and how you run things."</li>
                <li>"Pick the language that loses the fewest points where it hurts most: your priorities weigh each shortfall."</li>
                <li>"Check it with a one-sprint trial, write a one-page decision record, and review after the first releases."</li>
            </ol>
            <h2>"The criteria"</h2>
            <ul>{criteria}</ul>
            <h2>"Baseline ratings"</h2>
            <p>"Before any answer, each language starts from these ratings (0–100). Your answers then move them; every move is listed under the score it changed on the result page."</p>
            <p>"Unknown is not evidence: runtime cost, concurrency, data & AI and operations start level for all three languages. Only an answer that shows the need (your traffic, your data work, who carries deploys) credits a language, and the answer with the least need credits nobody."</p>
            <div class="table-scroll">
                <table class="baseline">
                    <thead><tr>
                        <th scope="col">"Criterion"</th>
                        {Language::ALL.iter().map(|l| view! { <th scope="col">{l.name()}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>{baseline_rows}</tbody>
                </table>
            </div>
            <h2>"How answers move the scores"</h2>
            <p>{format!("{} rules, each with the reason and the source it paraphrases.", RULES.len())}</p>
            <ul class="rules">{rules}</ul>
            <p>"When your answers say a difference barely matters, it is capped:"</p>
            <ul class="rules">{caps}</ul>
            <h2>"Open questions and \u{201c}not sure\u{201d}"</h2>
            <p>"An open question or a \u{201c}not sure\u{201d} moves no score. Instead Stackwise tries each plausible answer to it and shows, beside every score, the range it could still move in. The leader is \u{201c}decided\u{201d} when no plausible answer, alone or together with the others, would put another language first; otherwise the result names the answers that could change it. Confidence counts the open questions and the leader's smallest lead over those answers, so a \u{201c}not sure\u{201d} can lower it but never raise it."</p>
            <p>"While nothing is known about the team's skills or this year's services, Stackwise does not recommend a language: it says it cannot decide yet and names the questions that would decide it, most decisive first. With part of them known, a clear leader is recommended provisionally, with the answers that could still change it; a lead too close to call waits for those answers. They are:"</p>
            <ul>{foundation}</ul>
            <h2 id="team-method">"Deciding as a team"</h2>
            <p>{crate::team::priorities::RULE}</p>
            <p id="consensus-definition">{crate::team::CONSENSUS_DEFINITION}</p>
            <h2>"Sources"</h2>
            <ul>
                <li>"Consultant guide: “Choosing Go, Node.js, or Python for a small backend team”."</li>
                <li>"Field report: an engineering team's account after building APIs, background services and a WebSocket pub-sub system in all three (Ashish Saxena)."</li>
                <li>"Agency 2026 guide (US market): “Golang vs Node.js vs Python: choosing the right backend language for your project in 2026”."</li>
                <li>"Startup studio guide: “How to choose the right backend technology for your startup” (March 2026)."</li>
            </ul>
        </section>
    }
}
