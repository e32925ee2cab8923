//! The result: ranking with margin, score ranges over the open answers, the
//! verdict (decided, could change if …, or cannot decide yet) and confidence, the
//! radar chart and the same
//! numbers as a table (each score expandable into the answers behind it), reasons
//! for and against, warnings with their triggers, sensitivity in plain words, and
//! the priority sliders that move all of it live.

use leptos::prelude::*;

use super::questionnaire::{confidence_message, edit_answers_link, verdict_message};
use super::radar::{RadarChart, RadarHandle, picture};
use super::weights::WeightSliders;
use super::workspace::Workspace;
use crate::adapters::{clock, files};
use crate::model::knowledge::baseline;
use crate::model::{Criterion, Evaluation, Language, Reason, Severity, Status, Warning};
use crate::radar::{Radar, export_title};
use crate::route::Route;

#[component]
pub fn Results(
    workspace: Workspace,
    actions: AnyView,
    /// Worded for someone who opened a share link (not the one who answered).
    #[prop(optional)]
    shared: bool,
) -> impl IntoView {
    let evaluation = workspace.evaluation;
    let chart = RadarHandle::new();
    // A memo: a priority change moves no score, so it does not redraw the chart.
    let radar = Memo::new(move |_| evaluation.with(Radar::of_languages));
    let chart_status = RwSignal::new(String::new());
    let name_field = NodeRef::<leptos::html::Input>::new();
    let download_png = move |_| {
        let (radar, recommended) =
            evaluation.with_untracked(|e| (Radar::of_languages(e), e.winner().name()));
        let (name, title) = workspace.session.with_untracked(|session| {
            (
                crate::record::chart_file_name(session),
                export_title(&session.name, recommended, &clock::today()),
            )
        });
        let hidden = chart.hidden_untracked();
        chart_status.set(String::new());
        leptos::task::spawn_local(async move {
            match picture(&radar, &hidden, &title).await {
                Ok(url) => files::download_data_url(&url, &name),
                Err(error) => chart_status.set(format!(
                    "The chart could not be downloaded: {error}. The table below has the same numbers."
                )),
            }
        });
    };
    view! {
        <section class="result" aria-labelledby="result-title">
            <h1 id="result-title">
                {move || evaluation.with(Evaluation::headline)}
            </h1>
            {(!workspace.read_only).then(|| view! {
                <label class="decision-name no-print">
                    "Name of this decision"
                    <input type="text" id="decision-name" maxlength=crate::session::MAX_NAME_CHARS
                        node_ref=name_field prop:value=workspace.name_for_field(name_field)
                        on:change=move |event| workspace.rename(&event_target_value(&event))/>
                </label>
            })}
            <Ranking evaluation=evaluation/>
            <p class="summary" id="summary">{move || evaluation.with(|e| e.summary.clone())}</p>
            <p class=move || evaluation.with(|e| format!("verdict verdict-{}", verdict_id(e)))
                id="verdict" data-status=move || evaluation.with(verdict_id)>
                {move || evaluation.with(|e| {
                    let own = (!workspace.read_only).then(|| workspace.session.with_untracked(|s| s.id.clone()));
                    verdict_message(&e.verdict.sentence(e.winner()), own.as_deref())
                })}
            </p>
            <p class=move || evaluation.with(|e| format!("confidence confidence-{}", e.confidence.level.id()))
                id="confidence">
                {move || evaluation.with(|e| {
                    let own = (!workspace.read_only).then(|| workspace.session.with_untracked(|s| s.id.clone()));
                    confidence_message(&e.confidence, own.as_deref())
                })}
            </p>
            {actions}
            <div class="result-grid">
                <div class="panel chart-panel">
                    <h2>"Scores per criterion"</h2>
                    <RadarChart radar=radar handle=chart/>
                    <div class="chart-actions no-print">
                        <button type="button" class="button" id="download-png" on:click=download_png>
                            "Download chart as PNG"
                        </button>
                        <p class="chart-status" role="status">{move || chart_status.get()}</p>
                    </div>
                    <ScoreTable evaluation=evaluation shared=shared/>
                </div>
                <div class="panel weights-panel">
                    <h2>{if shared { "Priorities in this link" } else { "Your priorities" }}</h2>
                    <p class="muted">{if shared {
                        "The priorities as shared. Save a copy to change them and see the ranking, chart, reasons and sensitivity follow."
                    } else {
                        "Move a slider: the ranking, chart, reasons and sensitivity update at once."
                    }}</p>
                    <WeightSliders workspace=workspace/>
                    <SensitivityView evaluation=evaluation/>
                </div>
            </div>
            <ReasonsView evaluation=evaluation shared=shared/>
            <WarningsView evaluation=evaluation shared=shared/>
        </section>
    }
}

/// `decided`, `open` or `cannot-decide`: the verdict as a stable id for styling
/// and tests.
fn verdict_id(evaluation: &Evaluation) -> &'static str {
    match evaluation.verdict.status {
        Status::Decided => "decided",
        Status::Open => "open",
        Status::CannotDecide(_) => "cannot-decide",
    }
}

#[component]
fn Ranking(evaluation: Memo<Evaluation>) -> impl IntoView {
    view! {
        <ol class="ranking" id="ranking">
            {move || evaluation.with(|e| {
                let margin = e.margin();
                e.results().into_iter().map(|result| {
                    let note = if result.rank == 1 {
                        format!("ahead by {margin:.1} points")
                    } else {
                        format!("{:.1} points behind", e.overall(e.winner()) - result.overall)
                    };
                    view! {
                        <li class=format!("rank-card lang-{}", result.language.id())
                            data-language=result.language.id() data-rank=result.rank>
                            <span class="rank-number">{result.rank}</span>
                            <span class="rank-name">{result.language.name()}</span>
                            <span class="rank-score">{format!("{:.1}", result.overall)}</span>
                            <span class="rank-range">{e.verdict.range_note(result.language)}</span>
                            <span class="rank-note">{note}</span>
                        </li>
                    }
                }).collect_view()
            })}
        </ol>
    }
}

/// The radar's numbers as a table; each cell opens the trace of that score.
#[component]
fn ScoreTable(evaluation: Memo<Evaluation>, shared: bool) -> impl IntoView {
    let rows = move || {
        evaluation.with(|e| {
            Criterion::ALL
                .iter()
                .map(|&criterion| {
                    let cells = Language::ALL
                        .iter()
                        .map(|&language| {
                            view! { <td>{score_cell(e, language, criterion, shared)}</td> }
                        })
                        .collect_view();
                    view! {
                        <tr data-criterion=criterion.id()>
                            <th scope="row">{criterion.name()}
                                <span class="weight-chip">{format!("weight {}", e.weights.get(criterion))}</span>
                            </th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let headers = Language::ALL
        .iter()
        .map(|language| view! { <th scope="col">{language.name()}</th> })
        .collect_view();
    view! {
        <div class="table-scroll">
            <table class="scores" id="score-table">
                <caption>"Scores out of 100. Open a score to see the answers behind it."</caption>
                <thead><tr><th scope="col">"Criterion"</th>{headers}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

fn score_cell(
    evaluation: &Evaluation,
    language: Language,
    criterion: Criterion,
    shared: bool,
) -> impl IntoView + use<> {
    let rating = baseline(language, criterion);
    let adjustments = evaluation
        .trace(language, criterion)
        .map(|adjustment| {
            view! {
                <li>
                    <span class="amount">{format!("{:+}", adjustment.amount)}</span>
                    " "{adjustment.reason}
                    <span class="because">{if shared { " — the answer: " } else { " — your answer: " }}{adjustment.answer.describe()}</span>
                </li>
            }
        })
        .collect_view();
    let clamp = evaluation.clamp(language, criterion).map(|clamp| {
        view! {
            <li>
                <span class="amount">{format!("{:+}", clamp.amount())}</span>
                " kept within 0–100"
            </li>
        }
    });
    view! {
        <details class="score-cell">
            <summary>{evaluation.score(language, criterion)}</summary>
            <ul class="trace">
                <li>
                    <span class="amount">{rating.score}</span>
                    " baseline: "{rating.rationale}
                    <span class="source">" ("{rating.source.name()}")"</span>
                </li>
                {adjustments}
                {clamp}
            </ul>
        </details>
    }
}

#[component]
fn SensitivityView(evaluation: Memo<Evaluation>) -> impl IntoView {
    view! {
        <div class="sensitivity" id="sensitivity">
            <h3>"How firm is this?"</h3>
            {move || evaluation.with(|e| {
                let s = &e.sensitivity;
                let headline = match s.smallest {
                    Some(change) => format!("{}: {}.", s.robustness.label(), change.describe()),
                    None => format!(
                        "{}: no change to a single priority would put another language first.",
                        s.robustness.label()
                    ),
                };
                let runners = s.runners_up.iter().map(|path| {
                    let change = path.cheapest_change.map_or_else(
                        || "No single priority change would make it win.".to_owned(),
                        |change| format!(
                            "It would lead if {} weighed {} instead of {}.",
                            change.criterion.name(),
                            change.to,
                            change.from
                        ),
                    );
                    let trails = path.trails_most.iter().map(|trail| {
                        format!("{} (−{})", trail.criterion.name(), trail.score_gap)
                    }).collect::<Vec<_>>().join(", ");
                    view! {
                        <li>
                            <strong>{path.language.name()}</strong>
                            {format!(" is {:.1} points behind. ", path.behind_by)}
                            {change}
                            {(!trails.is_empty()).then(|| format!(" It trails most on {trails}."))}
                        </li>
                    }
                }).collect_view();
                view! {
                    <p>{headline}</p>
                    <ul class="runners-up">{runners}</ul>
                }
            })}
        </div>
    }
}

/// One reason; `shared` words it for someone who did not give the answers.
fn reason_item(evaluation: &Evaluation, reason: &Reason, shared: bool) -> impl IntoView + use<> {
    let points = evaluation.in_overall_points(reason.weighted_points);
    let context = reason
        .context
        .map(|context| format!(" and {}", context.describe()));
    // The other answers that pushed the same way on the same criteria.
    let also: String = reason
        .also
        .iter()
        .map(|answer| format!("; also {}", answer.describe()))
        .collect();
    let criteria = reason
        .criteria
        .iter()
        .map(|criterion| criterion.name())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <li data-rule=reason.rule>
            <p class="reason-text">{reason.text}</p>
            <p class="because">
                {if shared { "From the answer: " } else { "From your answer: " }}{reason.answer.describe()}{context}{also}
                {format!(" · {criteria} · {points:.1} points of the overall score")}
            </p>
        </li>
    }
}

#[component]
fn ReasonsView(evaluation: Memo<Evaluation>, shared: bool) -> impl IntoView {
    let reason_item = move |e: &Evaluation, reason: &Reason| reason_item(e, reason, shared);
    view! {
        <div class="reasons-grid" id="reasons">
            {move || evaluation.with(|e| {
                let winner = e.winner();
                let for_winner = if e.reasons_for.is_empty() {
                    view! { <p class="muted">{if shared {
                        "No answer in this link has favoured it: this lead comes from the baseline ratings."
                    } else {
                        "No answer has favoured it yet: this lead comes from the baseline ratings. Answer more questions to make it yours."
                    }}</p> }.into_any()
                } else {
                    view! { <ul class="reasons">{e.reasons_for.iter().map(|r| reason_item(e, r)).collect_view()}</ul> }.into_any()
                };
                let against = e.reasons_against.iter().map(|against| {
                    let body = if against.reasons.is_empty() {
                        view! { <p class="muted">{if shared {
                            "It trails on the baseline ratings rather than on any answer in this link."
                        } else {
                            "It trails on the baseline ratings rather than on any answer of yours."
                        }}</p> }.into_any()
                    } else {
                        view! { <ul class="reasons">{against.reasons.iter().map(|r| reason_item(e, r)).collect_view()}</ul> }.into_any()
                    };
                    view! {
                        <div class="panel">
                            <h2>{format!("Against {}", against.language.name())}</h2>
                            {body}
                        </div>
                    }
                }).collect_view();
                view! {
                    <div class="panel">
                        <h2>{format!("Why {}", winner.name())}</h2>
                        {for_winner}
                    </div>
                    {against}
                }
            })}
        </div>
    }
}

fn warning_item(warning: &Warning) -> impl IntoView + use<> {
    let class = match warning.severity {
        Severity::Caution => "notice warning",
        Severity::Note => "notice note",
    };
    let triggers = warning
        .triggers
        .iter()
        .map(|trigger| view! { <li>{trigger.describe()}</li> })
        .collect_view();
    view! {
        <li class=class data-warning=warning.id>
            <h3>{warning.title}</h3>
            <p>{warning.message.clone()}</p>
            <details>
                <summary>"What triggered this"</summary>
                <ul>{triggers}</ul>
            </details>
        </li>
    }
}

#[component]
fn WarningsView(evaluation: Memo<Evaluation>, shared: bool) -> impl IntoView {
    view! {
        <div class="panel" id="warnings">
            <h2>"Warnings and notes"</h2>
            {move || evaluation.with(|e| {
                if e.warnings.is_empty() {
                    view! { <p class="muted">{if shared {
                        "None of the known traps applies to these answers."
                    } else {
                        "None of the known traps applies to your answers."
                    }}</p> }.into_any()
                } else {
                    view! { <ul class="warnings">{e.warnings.iter().map(warning_item).collect_view()}</ul> }.into_any()
                }
            })}
        </div>
    }
}

/// Links from the result to editing and the record (for a session the user owns).
pub fn own_session_links(workspace: Workspace) -> AnyView {
    let record = Route::Record {
        session: workspace.session.with_untracked(|s| s.id.clone()),
    }
    .to_fragment();
    let trial = Route::Trial {
        session: workspace.session.with_untracked(|s| s.id.clone()),
    }
    .to_fragment();
    view! {
        {edit_answers_link(workspace.session)}
        <a class="button" href=record id="open-record">"Decision record"</a>
        <a class="button" href=trial id="open-trial">"Trial and review"</a>
    }
    .into_any()
}
