//! The radar chart: one polygon per language across the criteria, drawn as SVG
//! from the pure geometry in `radar_figure` and coloured by the stylesheet (so it
//! follows the light or dark theme and prints crisply). The legend's buttons show
//! or hide a language; pointing at a corner names its score. The table beside the
//! chart carries the same numbers for screen readers and keyboard users.

use leptos::prelude::*;

use crate::model::{CRITERION_COUNT, Evaluation, Language};
use crate::radar_figure::{self, HEIGHT, WIDTH};

/// The DOM id of the chart container (one radar per page).
pub const RADAR_ID: &str = "radar-chart";

/// Which languages the chart shows (the legend toggles them).
#[derive(Clone, Copy)]
pub struct ShownLanguages(RwSignal<Vec<Language>>);

impl ShownLanguages {
    /// All languages shown.
    pub fn new() -> ShownLanguages {
        ShownLanguages(RwSignal::new(Language::ALL.to_vec()))
    }

    /// The languages shown, in [`Language::ALL`] order (untracked).
    pub fn get_untracked(&self) -> Vec<Language> {
        self.0.get_untracked()
    }

    /// The chart's accessible name: which languages it shows, and where the
    /// numbers are.
    fn describe(&self) -> String {
        let names: Vec<&str> = self
            .0
            .with(|shown| shown.iter().map(|l| l.name()).collect());
        let shown = match names.as_slice() {
            [] => "no language (all are hidden)".to_owned(),
            [one] => format!("{one}'s scores"),
            [init @ .., last] => format!("the scores of {} and {last}", init.join(", ")),
        };
        format!(
            "Radar chart of {shown} per criterion, from 0 at the centre to 100 at the rim; \
             the table that follows has the same numbers."
        )
    }

    fn is_shown(&self, language: Language) -> bool {
        self.0.with(|shown| shown.contains(&language))
    }

    fn toggle(&self, language: Language) {
        self.0.update(|shown| {
            let now_shown = !shown.contains(&language);
            shown.retain(|&l| l != language);
            if now_shown {
                shown.push(language);
            }
            shown.sort_by_key(|l| Language::ALL.iter().position(|all| all == l));
        });
    }
}

impl Default for ShownLanguages {
    fn default() -> Self {
        ShownLanguages::new()
    }
}

/// Whether the system asks for a dark theme (for the downloaded image's colours).
pub fn prefers_dark() -> bool {
    web_sys::window()
        .and_then(|window| {
            window
                .match_media("(prefers-color-scheme: dark)")
                .ok()
                .flatten()
        })
        .is_some_and(|query| query.matches())
}

/// The chart; redraws the polygons as `evaluation` changes.
#[component]
pub fn RadarChart(evaluation: Memo<Evaluation>, shown: ShownLanguages) -> impl IntoView {
    let grid = radar_figure::grid();
    let plots = Memo::new(move |_| evaluation.with(|e| radar_figure::plots(&e.scores)));
    let rings = grid
        .rings
        .into_iter()
        .map(|ring| {
            view! {
                <polygon class="radar-ring" points=ring.points/>
                <text class="radar-ring-label" x=ring.label_at.x y=ring.label_at.y>{ring.score}</text>
            }
        })
        .collect_view();
    let axes = grid
        .axes
        .into_iter()
        .map(|axis| {
            let lines = axis
                .lines
                .iter()
                .enumerate()
                .map(|(index, line)| {
                    view! { <tspan x=axis.label_at.x dy=axis.line_dy(index)>{*line}</tspan> }
                })
                .collect_view();
            view! {
                <line class="radar-spoke" x1=radar_figure::CENTRE.x y1=radar_figure::CENTRE.y
                    x2=axis.rim.x y2=axis.rim.y/>
                <text class="radar-label" x=axis.label_at.x y=axis.label_at.y
                    text-anchor=axis.anchor.svg()>{lines}</text>
            }
        })
        .collect_view();
    let plot_views = Language::ALL
        .iter()
        .enumerate()
        .map(|(index, &language)| {
            let corners = (0..CRITERION_COUNT)
                .map(|corner| {
                    let vertex = move || {
                        plots.with(|plots| {
                            plots
                                .get(index)
                                .and_then(|plot| plot.vertices.get(corner))
                                .cloned()
                        })
                    };
                    view! {
                        <circle r="4"
                            cx=move || vertex().map(|v| v.at.x)
                            cy=move || vertex().map(|v| v.at.y)>
                            <title>{move || vertex().map(|v| v.describe(language))}</title>
                        </circle>
                    }
                })
                .collect_view();
            view! {
                <g class=format!("radar-plot lang-{}", language.id())
                    data-language=language.id()
                    class:is-hidden=move || !shown.is_shown(language)>
                    <polygon points=move || plots.with(|plots| {
                        plots.get(index).map(|plot| plot.points.clone()).unwrap_or_default()
                    })/>
                    {corners}
                </g>
            }
        })
        .collect_view();
    let legend = Language::ALL
        .iter()
        .map(|&language| {
            view! {
                <button type="button" class=format!("radar-toggle lang-{}", language.id())
                    data-language=language.id()
                    aria-pressed=move || if shown.is_shown(language) { "true" } else { "false" }
                    on:click=move |_| shown.toggle(language)>
                    <span class="radar-swatch" aria-hidden="true"></span>
                    {language.name()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div id=RADAR_ID class="radar">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img"
                aria-label=move || shown.describe()>
                <g class="radar-grid" aria-hidden="true">{rings}{axes}</g>
                {plot_views}
            </svg>
            <div class="radar-legend" role="group" aria-label="Languages shown on the chart">
                {legend}
            </div>
        </div>
    }
}
