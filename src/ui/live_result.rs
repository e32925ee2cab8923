//! The mini-result beside the questions: the ranking as bars with each score's
//! range over the open answers, moving live as the user answers, with the verdict
//! ("cannot decide yet" and what would decide it, "could change if …", "decided")
//! and the confidence, so nobody reads too much into an early lead.

use leptos::prelude::*;

use super::workspace::Workspace;
use crate::route::Route;

#[component]
pub fn LiveResult(workspace: Workspace) -> impl IntoView {
    let rows = move || {
        workspace.evaluation.with(|evaluation| {
            evaluation
                .results()
                .into_iter()
                .map(|result| {
                    let width = format!("{:.0}%", result.overall.clamp(0.0, 100.0));
                    view! {
                        <li class=format!("live-row lang-{}", result.language.id())
                            data-language=result.language.id()>
                            <span class="live-name">{format!("{}. {}", result.rank, result.language.name())}</span>
                            <span class="live-bar" aria-hidden="true"><span style:width=width></span></span>
                            <span class="live-score">{format!("{:.1}", result.overall)}</span>
                            <span class="live-range">{evaluation.verdict.range_note(result.language)}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let result_href = workspace.session.with_untracked(|s| {
        Route::Result {
            session: s.id.clone(),
        }
        .to_fragment()
    });
    view! {
        <aside class="live-result panel" aria-labelledby="live-title">
            <h2 id="live-title">"Ranking so far"</h2>
            <ol class="live-rows" aria-live="polite">{rows}</ol>
            <p class="live-verdict">
                {move || workspace.evaluation.with(|e| e.verdict.sentence(e.winner()))}
            </p>
            <p class="live-confidence">
                {move || workspace.evaluation.with(|e| e.confidence.level.label())}
            </p>
            <a class="button" href=result_href>"Open the full result"</a>
        </aside>
    }
}
