//! After the choice: the one-sprint trial (a scorecard per trialled language),
//! what the trial says about the recommendation, the runtime-cost calculator and
//! the post-release review, on one page reached from the result and the record.

use leptos::prelude::*;

use super::trial_cost::CostCalculator;
use super::trial_fields::{FieldInput, Which};
use super::trial_review::ReviewForm;
use super::workspace::Workspace;
use crate::model::Language;
use crate::route::Route;
use crate::trial::assess::{self, Stance};
use crate::trial::fields::SCORECARD_FIELDS;

#[component]
pub fn TrialView(workspace: Workspace) -> impl IntoView {
    let id = workspace.session.with_untracked(|s| s.id.clone());
    let result_href = Route::Result {
        session: id.clone(),
    }
    .to_fragment();
    let record_href = Route::Record { session: id }.to_fragment();
    view! {
        <section class="trial-page" aria-labelledby="trial-title">
            <h1 id="trial-title">"Trial and review"</h1>
            <div class="actions no-print">
                <a class="button" href=result_href>"Back to the result"</a>
                <a class="button" href=record_href>"Decision record"</a>
            </div>
            <p class="muted">
                "Check the recommendation cheaply: within one sprint, build one ordinary endpoint, \
                 one background job and one deploy pipeline, without optimising, and note what \
                 happened. Everything here is optional and saved with the decision."
            </p>
            <Assessment workspace=workspace/>
            <Scorecards workspace=workspace/>
            <CostCalculator workspace=workspace/>
            <ReviewForm workspace=workspace/>
        </section>
    }
}

/// What the trial says, updated as the scorecards change.
#[component]
fn Assessment(workspace: Workspace) -> impl IntoView {
    let assessment = Memo::new(move |_| {
        let winner = workspace.evaluation.with(|e| e.winner());
        workspace
            .session
            .with(|s| assess::assess(&s.trial, &s.answers, winner))
    });
    let findings = move || {
        assessment.with(|a| {
            a.findings
                .iter()
                .map(|f| {
                    let (class, mark) = match f.stance {
                        Stance::Contradicts => ("finding against", "Against the recommendation"),
                        Stance::Supports => ("finding for", "Supports the recommendation"),
                    };
                    let note = f.note.clone().map(|n| format!(" Note: {n}"));
                    view! {
                        <li class=class data-rule=f.rule.id data-language=f.language.id()>
                            <strong>{mark}": "</strong>{f.evidence.clone()}{note}
                            <span class="finding-why muted">
                                {format!(" {} ({})", f.rule.reason, f.rule.source.name())}
                            </span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let revisit = move || {
        assessment.with(|a| {
            (!a.revisit.is_empty()).then(|| {
                let items = a
                    .revisit
                    .iter()
                    .map(|id| view! { <li data-question=*id>{assess::revisit_prompt(id)}</li> })
                    .collect_view();
                view! {
                    <h3>"Answers to revisit"</h3>
                    <ul class="revisit" id="trial-revisit">{items}</ul>
                }
            })
        })
    };
    view! {
        <div class="panel" id="trial-assessment">
            <h2>"What the trial says"</h2>
            <p id="trial-verdict"
                class=move || if assessment.with(|a| a.contradicts()) { "verdict contradicts" } else { "verdict" }>
                {move || assessment.with(|a| a.headline())}
            </p>
            <ul class="findings">{findings}</ul>
            {revisit}
        </div>
    }
}

/// A scorecard per trialled language, added and removed by the user.
#[component]
fn Scorecards(workspace: Workspace) -> impl IntoView {
    let cards = Language::ALL
        .iter()
        .map(|&language| {
            let trialled = move || workspace.session.with(|s| s.trial.scorecard(language).is_some());
            let add = move |_| {
                workspace.edit_trial(|trial, _| {
                    trial.scorecard_mut(language);
                    true
                });
            };
            let remove = move |_| {
                let empty = workspace.session.with_untracked(|s| {
                    s.trial
                        .scorecard(language)
                        .is_none_or(|c| c.readings.is_empty())
                });
                let confirmed = empty
                    || web_sys::window()
                        .and_then(|w| {
                            w.confirm_with_message(&format!(
                                "Remove the {language} scorecard and everything entered in it?"
                            ))
                            .ok()
                        })
                        .unwrap_or(false);
                if confirmed {
                    workspace.edit_trial(|trial, _| trial.remove(language));
                }
            };
            let fields = move || {
                SCORECARD_FIELDS
                    .iter()
                    .map(|field| {
                        view! { <FieldInput workspace=workspace which=Which::Scorecard(language) field=field/> }
                    })
                    .collect_view()
            };
            view! {
                <fieldset class=format!("scorecard lang-{}", language.id()) data-language=language.id()>
                    <legend>{language.name()}</legend>
                    <Show when=trialled fallback=move || view! {
                        <button type="button" class="button" id=format!("trial-add-{}", language.id())
                            disabled=workspace.read_only on:click=add>
                            {format!("We trialled {language}")}
                        </button>
                    }>
                        <div class="readings">{fields}</div>
                        <button type="button" class="button subtle" id=format!("trial-remove-{}", language.id())
                            disabled=workspace.read_only on:click=remove>
                            {format!("Remove the {language} scorecard")}
                        </button>
                    </Show>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <div class="panel" id="trial-scorecards">
            <h2>"One-sprint trial"</h2>
            <p class="muted">
                "Usually one or two languages: the recommendation, and the runner-up if in doubt. \
                 Hours are engineer hours; memory, startup and latency as measured on the service."
            </p>
            {cards}
        </div>
    }
}
