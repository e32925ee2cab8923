//! The guided questionnaire: one section per step, then the priorities. Shows
//! progress, a section list to jump anywhere, "why this matters" on demand, and a
//! live mini-result that moves as the user answers.

use std::cell::{Cell, RefCell};

use leptos::prelude::*;

use super::live_result::LiveResult;
use super::weights::WeightSliders;
use super::workspace::Workspace;
use crate::adapters::location;
use crate::first_screen::{self, STEP_COUNT, step_title};
use crate::model::questionnaire::{self, Question, Visibility, section_questions};
use crate::model::{Answer, Confidence, SECTIONS, question};
use crate::open_questions::{self, Part};
use crate::route::Route;

thread_local! {
    /// The last step shown, per decision: where "Edit answers" returns to.
    static LAST_STEP: RefCell<Option<(String, usize)>> = const { RefCell::new(None) };
    /// A question to focus when its step opens (a link to an open question).
    static FOCUS_QUESTION: Cell<Option<&'static str>> = const { Cell::new(None) };
}

/// The step of this decision the user last saw, if any.
pub fn last_step(session_id: &str) -> Option<usize> {
    LAST_STEP.with_borrow(|last| {
        last.as_ref()
            .filter(|(id, _)| id == session_id)
            .map(|&(_, step)| step)
    })
}

/// A link to one question of a decision: opens its step with the question focused.
pub fn question_link(
    session_id: &str,
    question: &'static str,
    step: usize,
    text: String,
) -> AnyView {
    let href = Route::Questionnaire {
        session: session_id.to_owned(),
        step,
    }
    .to_fragment();
    view! {
        <a href=href data-open-question=question on:click=move |_| FOCUS_QUESTION.set(Some(question))>
            {text}
        </a>
    }
    .into_any()
}

/// The confidence message, its open-question phrases linked to the questions
/// (plain text where there is no decision to edit, as in a shared view).
pub fn confidence_message(confidence: &Confidence, session_id: Option<&str>) -> AnyView {
    linked_parts(open_questions::message_parts(confidence), session_id)
}

/// The verdict sentence, the deciding questions it quotes linked to them.
pub fn verdict_message(sentence: &str, session_id: Option<&str>) -> AnyView {
    linked_parts(open_questions::text_parts(sentence), session_id)
}

fn linked_parts(parts: Vec<Part<'_>>, session_id: Option<&str>) -> AnyView {
    parts
        .into_iter()
        .map(|part| match (part, session_id) {
            (
                Part::Link {
                    text,
                    question,
                    step,
                },
                Some(id),
            ) => question_link(id, question, step, text.to_owned()),
            (Part::Link { text, .. } | Part::Text(text), _) => text.to_owned().into_any(),
        })
        .collect_view()
        .into_any()
}

/// "Edit answers": to the first open question, else back to the step the user
/// came from.
pub fn edit_answers_link(session: RwSignal<crate::session::Session>) -> AnyView {
    let target = move || {
        session.with(|s| {
            let step = open_questions::edit_step(&s.answers, last_step(&s.id));
            let href = Route::Questionnaire {
                session: s.id.clone(),
                step,
            }
            .to_fragment();
            (href, open_questions::first_open(&s.answers))
        })
    };
    view! {
        <a class="button" href=move || target().0 id="edit-answers"
            on:click=move |_| FOCUS_QUESTION.set(target().1)>"Edit answers"</a>
    }
    .into_any()
}

#[component]
pub fn Questionnaire(workspace: Workspace, step: usize) -> impl IntoView {
    let step = step.min(STEP_COUNT - 1);
    let session_id = workspace.session.with_untracked(|s| s.id.clone());
    LAST_STEP.set(Some((session_id.clone(), step)));
    let go_to = {
        let session_id = session_id.clone();
        move |target: usize| {
            let route = if target >= STEP_COUNT {
                Route::Result {
                    session: session_id.clone(),
                }
            } else {
                Route::Questionnaire {
                    session: session_id.clone(),
                    step: target,
                }
            };
            location::navigate(&route);
        }
    };
    let next = {
        let go_to = go_to.clone();
        move || go_to(step + 1)
    };
    let on_submit = {
        let next = next.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            next();
        }
    };
    // Enter on an option goes to the next step (radios and checkboxes do not
    // submit a form by themselves).
    let on_keydown = {
        let next = next.clone();
        move |event: leptos::ev::KeyboardEvent| {
            if event.key() == "Enter" && target_is_input(&event) {
                event.prevent_default();
                next();
            }
        }
    };
    // Which questions are shown: computed once per change, read by every question,
    // the progress line and the section list (and only changes re-render them).
    let visibility = Memo::new(move |_| workspace.session.with(|s| Visibility::of(&s.answers)));
    let progress_now = Memo::new(move |_| {
        visibility.with(|v| workspace.session.with(|s| v.answered(&s.answers, None)))
    });
    let section = SECTIONS.get(step).copied();
    let back_href = if step == 0 {
        "#/".to_owned()
    } else {
        Route::Questionnaire {
            session: session_id.clone(),
            step: step - 1,
        }
        .to_fragment()
    };
    // After Start, Next or a jump, reading starts at the new step's heading (the
    // view is patched in place, so the Next button would otherwise keep focus), or
    // at the question a link from the result asked for. An option focused on the
    // static first step before the app took over keeps its focus.
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            let wanted = FOCUS_QUESTION.take();
            request_animation_frame(move || {
                if let Some(input) = wanted.and_then(first_input_of) {
                    input.scroll_into_view();
                    let _ = input.focus();
                } else if !focus_on_an_option() {
                    let _ = heading.focus();
                }
            });
        }
    });
    let next_label = if step + 1 >= STEP_COUNT {
        "See the result"
    } else {
        "Next"
    };

    view! {
        <div class="decide-layout">
            <StepList workspace=workspace visibility=visibility current=step session_id=session_id.clone()/>
            <form class="step panel" on:submit=on_submit on:keydown=on_keydown
                aria-labelledby="step-title" novalidate>
                <ProgressLine progress=progress_now/>
                <p class="step-count">{first_screen::step_count_text(step)}</p>
                {match section {
                    Some(section) => view! {
                        <h1 id="step-title" tabindex="-1" node_ref=heading>{section.title}</h1>
                        <p class="step-intro">{section.intro}</p>
                        <SectionQuestions workspace=workspace visibility=visibility section_id=section.id/>
                    }.into_any(),
                    None => view! {
                        <h1 id="step-title" tabindex="-1" node_ref=heading>{step_title(step)}</h1>
                        <p class="step-intro">
                            "How much each criterion matters to your team, from 0 (ignore it) to 10 "
                            "(it decides). The ranking weighs each language's shortfalls by these."
                        </p>
                        <WeightSliders workspace=workspace/>
                    }.into_any(),
                }}
                <div class="step-actions">
                    <a class="button" href=back_href>"Back"</a>
                    <button type="button" class="button" id="undo"
                        disabled=move || !workspace.can_undo()
                        on:click=move |_| workspace.undo()>"Undo"</button>
                    <button type="submit" class="button primary" id="next">{next_label}</button>
                </div>
            </form>
            <LiveResult workspace=workspace/>
        </div>
    }
}

/// The bar and the "n of m answered" line over the questions on the page:
/// `progress` is (answered, asked).
#[component]
pub(super) fn ProgressLine(#[prop(into)] progress: Signal<(usize, usize)>) -> impl IntoView {
    view! {
        <div class="progress-line">
            <progress id="answer-progress"
                max=move || progress.get().1.max(1)
                value=move || progress.get().0
                aria-label="Questions answered"></progress>
            <span class="progress-text" data-progress="">
                {move || { let (done, total) = progress.get(); first_screen::progress_text(done, total) }}
            </span>
        </div>
    }
}

/// The first option of a question on the page.
fn first_input_of(question: &'static str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()?
        .document()?
        .query_selector(&format!("fieldset[data-question='{question}'] input"))
        .ok()??
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Whether an answer option has focus (put back there from the static first step).
fn focus_on_an_option() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element())
        .is_some_and(|active| {
            active
                .closest("fieldset[data-question]")
                .ok()
                .flatten()
                .is_some()
        })
}

fn target_is_input(event: &leptos::ev::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|input| matches!(input.type_().as_str(), "radio" | "checkbox"))
}

/// The section list: jump to any step, with how much of each is answered.
#[component]
fn StepList(
    workspace: Workspace,
    visibility: Memo<Visibility>,
    current: usize,
    session_id: String,
) -> impl IntoView {
    let items = (0..STEP_COUNT)
        .map(|step| {
            let href = Route::Questionnaire {
                session: session_id.clone(),
                step,
            }
            .to_fragment();
            let counts = move || {
                let section = SECTIONS.get(step)?;
                let (done, total) = visibility.with(|v| {
                    workspace
                        .session
                        .with(|s| v.answered(&s.answers, Some(section.id)))
                });
                Some(format!("{done}/{total}"))
            };
            view! {
                <li>
                    <a href=href class:current=step == current
                        aria-current=if step == current { Some("step") } else { None }>
                        <span>{step_title(step)}</span>
                        <span class="step-counts">{counts}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="step-list" aria-label="Sections">
            <ol>{items}</ol>
        </nav>
    }
}

/// The visible questions of one section (only those `only` accepts, when given);
/// conditional ones appear and disappear as answers change (their answers are kept).
#[component]
pub(super) fn SectionQuestions(
    workspace: Workspace,
    visibility: Memo<Visibility>,
    section_id: &'static str,
    #[prop(optional)] only: Option<fn(&Question) -> bool>,
) -> impl IntoView {
    section_questions(section_id)
        .filter(move |question| only.is_none_or(|only| only(question)))
        .map(|question| {
            let visible = move || visibility.with(|v| v.is_visible(question.id));
            view! {
                <Show when=visible>
                    <QuestionField workspace=workspace question_id=question.id/>
                </Show>
            }
        })
        .collect_view()
}

#[component]
fn QuestionField(workspace: Workspace, question_id: &'static str) -> impl IntoView {
    let Some(question) = question(question_id) else {
        return ().into_any();
    };
    let help_open = RwSignal::new(false);
    let help_id = format!("help-{}", question.id);
    let input_type = first_screen::input_type(question.kind);
    let options = question
        .options
        .iter()
        .map(|option| {
            let option_id = option.id;
            let checked = move || {
                workspace
                    .session
                    .with(|s| s.answers.is_selected(question.id, option_id))
            };
            // The heart of the product offers only the services ticked.
            let offered = move || {
                workspace
                    .session
                    .with(|s| questionnaire::is_offered(&s.answers, question.id, option_id))
            };
            view! {
                <Show when=offered>
                    <label class="option">
                        <input type=input_type name=question.id value=option_id
                            prop:checked=checked
                            on:click=move |_| workspace.choose(question.id, option_id)/>
                        <span>{option.label}</span>
                    </label>
                </Show>
            }
        })
        .collect_view();
    let not_sure = question.allows_not_sure.then(|| {
        let checked = move || {
            workspace
                .session
                .with(|s| matches!(s.answers.get(question.id), Some(Answer::NotSure)))
        };
        view! {
            <label class="option not-sure">
                <input type=input_type name=question.id value="not_sure"
                    prop:checked=checked
                    on:click=move |_| workspace.toggle_not_sure(question.id)/>
                <span>{first_screen::NOT_SURE_LABEL}</span>
            </label>
        }
    });
    let hint = first_screen::hint(question.kind);
    view! {
        <fieldset class="question" id=format!("q-{}", question.id) data-question=question.id>
            <legend>{question.prompt}</legend>
            <div class="question-tools">
                <span class="hint">{hint}</span>
                <button type="button" class="link-button help-toggle"
                    aria-expanded=move || help_open.get().to_string()
                    aria-controls=help_id.clone()
                    on:click=move |_| help_open.update(|open| *open = !*open)>
                    "Why this matters"
                </button>
            </div>
            <p class="help" id=help_id.clone() hidden=move || !help_open.get()>{question.help}</p>
            <div class="options">{options}{not_sure}</div>
        </fieldset>
    }
    .into_any()
}
