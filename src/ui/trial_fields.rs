//! One input of the trial page: a scorecard measure, a calculator assumption or a
//! review item, with its help, its validation message and (where the field keeps
//! one) its note. What the user typed stays in the box while it is refused, so
//! nothing is lost on bad input; the last good value stays saved meanwhile.

use leptos::prelude::*;

use super::workspace::Workspace;
use crate::model::Language;
use crate::trial::fields::{Field, FieldKind};
use crate::trial::{InputError, Readings, Review, Trial};

/// Which readings an input edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    /// The scorecard of a trialled language.
    Scorecard(Language),
    /// The calculator's assumptions.
    Assumptions,
    /// The post-release review.
    Review,
}

impl Which {
    /// The prefix of element ids ("trial-go", "assumption", "review").
    pub fn prefix(self) -> String {
        match self {
            Which::Scorecard(l) => format!("trial-{}", l.id()),
            Which::Assumptions => "assumption".to_owned(),
            Which::Review => "review".to_owned(),
        }
    }

    fn has_notes(self) -> bool {
        self != Which::Assumptions
    }

    fn readings<'a>(self, trial: &'a Trial, review: &'a Review) -> Option<&'a Readings> {
        match self {
            Which::Scorecard(l) => trial.scorecard(l).map(|c| &c.readings),
            Which::Assumptions => Some(trial.assumptions()),
            Which::Review => Some(&review.readings),
        }
    }
}

/// Reads the current readings (reactively).
fn read<R>(workspace: Workspace, which: Which, f: impl Fn(&Readings) -> R) -> Option<R> {
    workspace
        .session
        .with(|s| which.readings(&s.trial, &s.review).map(&f))
}

/// Applies typed text to a field, saving it when it changed.
fn set_text(
    workspace: Workspace,
    which: Which,
    field: &'static Field,
    text: &str,
) -> Result<(), InputError> {
    let mut result = Ok(());
    workspace.edit_trial(|trial, review| {
        let before = (trial.clone(), review.clone());
        result = match which {
            Which::Scorecard(l) if trial.scorecard(l).is_some() => {
                trial.scorecard_mut(l).readings.set_text(field, text)
            }
            Which::Scorecard(_) => Ok(()),
            Which::Assumptions => trial.set_assumption(field, text),
            Which::Review => review.readings.set_text(field, text),
        };
        (trial.clone(), review.clone()) != before
    });
    result
}

fn set_note(workspace: Workspace, which: Which, field: &'static Field, note: &str) {
    workspace.edit_trial(|trial, review| {
        let readings = match which {
            Which::Scorecard(l) if trial.scorecard(l).is_some() => {
                &mut trial.scorecard_mut(l).readings
            }
            Which::Review => &mut review.readings,
            _ => return false,
        };
        let before = readings.note(field).to_owned();
        readings.set_note(field, note);
        readings.note(field) != before
    });
}

/// One labelled input for `field`.
#[component]
pub fn FieldInput(workspace: Workspace, which: Which, field: &'static Field) -> impl IntoView {
    let id = format!("{}-{}", which.prefix(), field.id);
    let error_id = format!("{id}-error");
    let help_id = format!("{id}-help");
    let draft = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let current = move || read(workspace, which, |r| r.text(field)).unwrap_or_default();
    let on_input = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        let outcome = set_text(workspace, which, field, &text);
        error.set(outcome.err().map(|e| e.to_string()));
        draft.set(Some(text));
    };
    // Leaving the box shows the saved value, unless the typed text was refused.
    let on_change = move |_| {
        if error.with_untracked(Option::is_none) {
            draft.set(None);
        }
    };
    let described = format!("{help_id} {error_id}");
    let control = match field.kind {
        FieldKind::Number(q) => view! {
            <span class="reading-number">
                <input type="text" inputmode="decimal" id=id.clone() autocomplete="off"
                    aria-describedby=described
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    disabled=workspace.read_only
                    prop:value=move || draft.get().unwrap_or_else(current)
                    on:input=on_input on:change=on_change/>
                <span class="unit">{q.unit}</span>
            </span>
        }
        .into_any(),
        FieldKind::Choice(options) => view! {
            <select id=id.clone() aria-describedby=described disabled=workspace.read_only
                on:change=move |event| {
                    let outcome = set_text(workspace, which, field, &event_target_value(&event));
                    error.set(outcome.err().map(|e| e.to_string()));
                }>
                <option value="" prop:selected=move || current().is_empty()>"— not recorded —"</option>
                {options
                    .iter()
                    .map(|c| view! { <option value=c.id prop:selected=move || current() == c.id>{c.label}</option> })
                    .collect_view()}
            </select>
        }
        .into_any(),
    };
    let note = which.has_notes().then(|| {
        let note_id = format!("{id}-note");
        view! {
            <input type="text" class="reading-note" id=note_id maxlength=crate::trial::readings::MAX_NOTE_CHARS
                placeholder="Short note (optional)"
                aria-label=format!("Note on {}", field.label)
                disabled=workspace.read_only
                prop:value=move || read(workspace, which, |r| r.note(field).to_owned()).unwrap_or_default()
                on:change=move |event| set_note(workspace, which, field, &event_target_value(&event))/>
        }
    });
    view! {
        <div class="reading" data-field=field.id>
            <label for=id>{field.label}</label>
            {control}
            {note}
            <p class="reading-help muted" id=help_id>{field.help}</p>
            <p class="reading-error" id=error_id role="alert">{move || error.get()}</p>
        </div>
    }
}
