//! The team view of a decision (`#/d/<id>/team`): invite colleagues, gather their
//! reply links, see each person's result and the combined one, everyone's
//! priorities on a radar, how far apart the team is per criterion, the
//! disagreements sorted by how much they matter, and settle them; then set chosen
//! people against the team ([`super::team_compare`]). All rules live in
//! [`crate::team`]; this only renders and asks.

use leptos::prelude::*;

use super::copy_link::{CopyLink, link_to};
use super::priorities_chart::PrioritiesChart;
use super::team_compare::AgainstTeam;
use super::team_reply::NameField;
use super::workspace::Workspace;
use crate::adapters::files;
use crate::model::questionnaire::progress;
use crate::model::{Answer, Answers, Evaluation, Weights};
use crate::radar::Radar;
use crate::route::Route;
use crate::team::agreement::answer_label;
use crate::team::compare::COMBINED_NAME;
use crate::team::link::{
    Gathered, ReplyError, gather_read, invite_fragment, read_replies, read_reply_file,
};
use crate::team::{CONSENSUS_DEFINITION, Disagreement, Participant, Standing, TeamResult};

/// A reply held back because its sender already takes part.
#[derive(Clone)]
struct Pending {
    index: usize,
    participant: Participant,
}

#[component]
pub fn TeamView(workspace: Workspace) -> impl IntoView {
    let session = workspace.session;
    let result = Memo::new(move |_| session.with(|s| s.team.combine()));
    let id = session.with_untracked(|s| s.id.clone());
    let invite = Signal::derive(move || {
        session.with(|s| link_to(&invite_fragment(&s.name, &s.answers, &s.weights)))
    });
    view! {
        <section class="team" aria-labelledby="team-title" id="team-view">
            <h1 id="team-title">{move || session.with(|s| format!("Team decision: {}", s.name))}</h1>
            <p class="actions no-print">
                <a class="button" href=Route::Result { session: id.clone() }.to_fragment()>"Back to the result"</a>
                <a class="button" href=Route::Record { session: id }.to_fragment()>"Decision record"</a>
                <a class="button" id="compare-link" href=Route::Compare.to_fragment()>"Compare saved decisions"</a>
            </p>
            <div class="panel" id="invite-panel">
                <h2>"Invite colleagues"</h2>
                <p>"Send this link to each colleague by chat or e-mail. It carries your answers as \
                    a starting point; each of them answers in their own browser and sends you back a \
                    reply link. Nothing is sent anywhere by Stackwise."</p>
                <CopyLink link=invite label="Copy invitation link" id="copy-invite"
                    field_id="copy-invite-field" field_label="Invitation link"
                    copied="Invitation link copied. Paste it into your team's chat."/>
            </div>
            {(!workspace.read_only).then(|| view! { <Gather workspace=workspace/> })}
            <Show when=move || session.with(|s| !s.team.is_empty())>
                <Combined workspace=workspace result=result/>
                <AgainstTeam session=session result=result/>
            </Show>
        </section>
    }
}

/// Pasting reply links (or choosing exported files) and what became of each.
#[component]
fn Gather(workspace: Workspace) -> impl IntoView {
    let session = workspace.session;
    let pasted = RwSignal::new(String::new());
    let lead_name = RwSignal::new("Lead".to_owned());
    let lines = RwSignal::new(Vec::<String>::new());
    let pending = RwSignal::new(Vec::<Pending>::new());
    // Adds what was read (links or files); the lead's own answers join first.
    let apply = move |replies: Vec<(String, Result<Participant, ReplyError>)>| {
        let lead = lead_name.get_untracked();
        let mut report = Vec::new();
        let mut held = Vec::new();
        // Read before the update: the session cannot be read while it changes.
        let (answers, weights) = session.with_untracked(|s| (s.answers.clone(), s.weights));
        workspace.update_team(|team| {
            let before = team.clone();
            if team.is_empty() {
                let _ = team.add(Participant::new(&lead, answers, weights));
            }
            let mut added = false;
            for outcome in gather_read(team, replies) {
                match outcome {
                    Gathered::Added(name) => {
                        added = true;
                        report.push(format!("{name} added."));
                    }
                    Gathered::Refused { reason, .. } => report.push(reason),
                    Gathered::SamePerson { index, participant } => {
                        report.push(format!(
                            "{} already takes part: replace the earlier reply?",
                            participant.name
                        ));
                        held.push(Pending { index, participant });
                    }
                }
            }
            if !added {
                // Nothing usable: not even the lead joins.
                *team = before;
            }
            added
        });
        if report.is_empty() {
            report.push("Paste one or more reply links first.".to_owned());
        }
        lines.set(report);
        pending.set(held);
    };
    let add = move |_| {
        let replies = read_replies(&pasted.get_untracked());
        if !replies.is_empty() {
            pasted.set(String::new());
        }
        apply(replies);
    };
    let on_files = move |event: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let chosen: Vec<web_sys::File> = input
            .files()
            .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
            .unwrap_or_default();
        input.set_value("");
        leptos::task::spawn_local(async move {
            let mut replies = Vec::new();
            for file in chosen {
                let read = match files::read_text(&file).await {
                    Ok(text) => read_reply_file(&text),
                    Err(error) => Err(ReplyError::File(error)),
                };
                replies.push((file.name(), read));
            }
            apply(replies);
        });
    };
    let replace = move |index: usize| {
        let Some(p) = pending.with_untracked(|list| list.get(index).cloned()) else {
            return;
        };
        workspace.update_team(|team| team.replace(p.index, p.participant.clone()).is_ok());
        pending.update(|list| {
            list.remove(index);
        });
        lines.update(|l| {
            l.push(format!(
                "{}'s newer reply replaced the earlier one.",
                p.participant.name
            ))
        });
    };
    let keep = move |index: usize| {
        pending.update(|list| {
            if index < list.len() {
                list.remove(index);
            }
        });
    };
    view! {
        <div class="panel" id="gather-panel">
            <h2>"Add replies"</h2>
            <Show when=move || session.with(|s| s.team.is_empty())>
                <NameField id="lead-name" value=lead_name/>
            </Show>
            <label>
                "Reply links (one or many, each on its own line)"
                <textarea id="reply-links" rows="4" prop:value=move || pasted.get()
                    on:input=move |event| pasted.set(event_target_value(&event))></textarea>
            </label>
            <p class="actions">
                <button type="button" class="button primary" id="add-replies" on:click=add>"Add replies"</button>
                <label class="button file-button">
                    "Add exported files"
                    <input type="file" multiple accept=".json,application/json" id="reply-files"
                        class="visually-hidden" on:change=on_files/>
                </label>
            </p>
            <p class="muted">"A file exported from Stackwise joins under the decision's name in it."</p>
            <div role="status">
                <ul class="gather-report" id="gather-report">
                    {move || lines.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
            </div>
            {move || pending.get().into_iter().enumerate().map(|(i, p)| view! {
                <p class="notice warning pending-replace">
                    {format!("Replace {}'s earlier reply with the newer one?", p.participant.name)}
                    " "
                    <button type="button" class="button" on:click=move |_| replace(i)>"Replace"</button>
                    <button type="button" class="button" on:click=move |_| keep(i)>"Keep the earlier one"</button>
                </p>
            }).collect_view()}
        </div>
    }
}

/// Everyone's result, the combined one, the spread, the disagreements.
#[component]
fn Combined(workspace: Workspace, result: Memo<TeamResult>) -> impl IntoView {
    let session = workspace.session;
    let adopt = move |_| {
        let (answers, weights) = result.with_untracked(|r| (r.answers.clone(), r.weights));
        workspace.adopt(&answers, weights);
    };
    let priorities = Memo::new(move |_| {
        session.with(|s| {
            result.with(|r| {
                let mut named: Vec<(String, Weights)> = s
                    .team
                    .participants
                    .iter()
                    .map(|p| (p.name.clone(), p.weights))
                    .collect();
                named.push((COMBINED_NAME.to_owned(), r.weights));
                Radar::of_priorities("everyone's priorities and the team's combined ones", &named)
            })
        })
    });
    view! {
        <div class="panel" id="team-result">
            <h2>"Where the team stands"</h2>
            <p id="consensus">
                {move || result.with(|r| format!(
                    "Consensus {} % (answers {:.0} %, priorities {:.0} %). {}",
                    r.consensus.percent(), r.consensus.answers * 100.0, r.consensus.priorities * 100.0,
                    r.backing_sentence()))}
            </p>
            <p class="muted">{CONSENSUS_DEFINITION}" "<a href="#/method">"How scoring works"</a></p>
            <div class="table-scroll">
                <table id="participants">
                    <caption>"Each person's own result, and the team's combined one"</caption>
                    <thead><tr><th scope="col">"Who"</th><th scope="col">"Answered"</th><th scope="col">"Winner"</th><th scope="col">"Ranking"</th><th scope="col">"Margin"</th></tr></thead>
                    <tbody>
                        {move || session.with(|s| result.with(|r| {
                            let mut rows: Vec<_> = s.team.participants.iter().zip(&r.own)
                                .map(|(p, e)| ranking_row(p.name.clone(), &p.answers, e, false)).collect();
                            rows.push(ranking_row(COMBINED_NAME.to_owned(), &r.answers, &r.evaluation, true));
                            rows.collect_view()
                        }))}
                    </tbody>
                </table>
            </div>
            {(!workspace.read_only).then(|| view! {
                <p class="actions">
                    <button type="button" class="button primary" id="adopt" on:click=adopt>
                        "Use the team's answers and priorities for this decision"
                    </button>
                </p>
                <p class="muted">"The decision then scores, warns and writes its record like any other; Undo takes it back."</p>
            })}
            <h3>"Everyone's priorities"</h3>
            <PrioritiesChart radar=priorities id="team-priorities"
                caption="Each person's priorities and the team's combined ones (0–10)"/>
            <Spread result=result/>
            <Disagreements workspace=workspace result=result/>
        </div>
    }
}

/// One row of a ranking table: who, how much of the questionnaire their answers
/// cover (a short reply covers little, and its winner rests on that), winner,
/// ranking and margin.
pub(super) fn ranking_row(
    who: String,
    answers: &Answers,
    e: &Evaluation,
    team: bool,
) -> impl IntoView + use<> {
    let (answered, shown) = progress(answers);
    let order = e
        .ranking
        .order
        .iter()
        .map(|l| l.name())
        .collect::<Vec<_>>()
        .join(" › ");
    view! {
        <tr class=if team { "team-row" } else { "" } data-winner=e.winner().id()>
            <th scope="row">{who}</th>
            <td>{format!("{answered} of {shown}")}</td>
            <td>{e.winner().name()}</td>
            <td>{order}</td>
            <td>{format!("{:.1}", e.margin())}</td>
        </tr>
    }
}

/// Per criterion: lowest, highest and combined weight, and how far apart.
#[component]
fn Spread(result: Memo<TeamResult>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table id="spread">
                <caption>"Priorities: how far apart the team is (0–10)"</caption>
                <thead><tr><th scope="col">"Criterion"</th><th scope="col">"Lowest"</th><th scope="col">"Highest"</th><th scope="col">"Combined"</th><th scope="col">"Team"</th></tr></thead>
                <tbody>
                    {move || result.with(|r| r.spreads.iter().map(|s| view! {
                        <tr data-criterion=s.criterion.id()>
                            <th scope="row">{s.criterion.name()}</th>
                            <td>{s.lowest}</td><td>{s.highest}</td><td>{s.combined}</td>
                            <td>{s.level().label()}</td>
                        </tr>
                    }).collect_view())}
                </tbody>
            </table>
        </div>
    }
}

/// Questions answered differently, the most important first, with who said what.
#[component]
fn Disagreements(workspace: Workspace, result: Memo<TeamResult>) -> impl IntoView {
    let session = workspace.session;
    view! {
        <h3>"Where answers differ"</h3>
        <ol class="disagreements" id="disagreements">
            {move || session.with(|s| result.with(|r| {
                if r.disagreements.is_empty() {
                    return view! { <li>"Everyone who answered gave the same answers."</li> }.into_any();
                }
                r.disagreements.iter().map(|d| disagreement(workspace, d, &s.team.participants)).collect_view().into_any()
            }))}
        </ol>
    }
}

fn disagreement(
    workspace: Workspace,
    d: &Disagreement,
    participants: &[Participant],
) -> impl IntoView + use<> {
    let q = d.agreement.question;
    let chosen = d.agreement.chosen().cloned();
    let standing = match d.standing() {
        Standing::InDispute => "in dispute",
        Standing::Settled => "settled",
        Standing::Agreed => "agreed",
    };
    let names: Vec<&str> = participants.iter().map(|p| p.name.as_str()).collect();
    let groups = d
        .agreement
        .groups
        .iter()
        .map(|g| {
            let who = g.who(&names);
            let answer = g.answer.clone();
            let is_chosen = chosen.as_ref() == Some(&answer);
            let settle = move |_| {
                let answer: Answer = answer.clone();
                workspace.update_team(|team| team.settle(q.id, &answer).is_ok());
            };
            view! {
                <li class:chosen=is_chosen>
                    <strong>{answer_label(q, &g.answer)}</strong>" — "{who}
                    {(!workspace.read_only && !is_chosen).then(|| view! {
                        " "<button type="button" class="button settle" on:click=settle>"Settle on this"</button>
                    })}
                    {is_chosen.then_some(" (the team's answer)")}
                </li>
            }
        })
        .collect_view();
    let sentences = d.sentences(participants);
    let unsettle = move |_| {
        workspace.update_team(|team| team.unsettle(q.id));
    };
    let settled = d.standing() == Standing::Settled;
    let matters = if d.changes_winner() {
        "Changes the winner".to_owned()
    } else {
        format!("Moves the winner's lead by up to {:.1} points", d.swing())
    };
    view! {
        <li class=format!("disagreement standing-{}", standing.replace(' ', "-")) data-question=q.id>
            <p><strong>{q.prompt}</strong>" "<span class="standing">{format!("({standing})")}</span></p>
            <p class="muted">{matters}</p>
            <ul>{groups}</ul>
            {sentences.into_iter().map(|s| view! { <p class="what-if">{s}</p> }).collect_view()}
            {(settled && !workspace.read_only).then(|| view! {
                <button type="button" class="button" on:click=unsettle>"Reopen"</button>
            })}
        </li>
    }
}
