//! Priorities of several people or decisions side by side: a radar with one
//! series per name ([`Radar::of_priorities`]) and the table of the same numbers
//! below it, for the team view and the comparison of saved decisions.

use leptos::prelude::*;

use super::radar::{RadarChart, RadarHandle};
use crate::radar::Radar;

/// The radar of `radar`'s series and, below it, a table with a column per series
/// and a row per axis, captioned `caption`.
#[component]
pub fn PrioritiesChart(
    #[prop(into)] radar: Signal<Radar>,
    caption: &'static str,
    id: &'static str,
) -> impl IntoView {
    view! {
        <div class="priorities-chart" id=id>
            <RadarChart radar=radar handle=RadarHandle::new()/>
            <div class="table-scroll">
                <table class="priorities-table">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Criterion"</th>
                            {move || radar.with(|r| r.series.iter()
                                .map(|s| view! { <th scope="col">{s.name.clone()}</th> })
                                .collect_view())}
                        </tr>
                    </thead>
                    <tbody>
                        {move || radar.with(|r| r.axes.iter().enumerate().map(|(index, axis)| {
                            let cells = r.series.iter()
                                .map(|s| view! { <td>{s.values.get(index).copied()}</td> })
                                .collect_view();
                            view! { <tr><th scope="row">{axis.clone()}</th>{cells}</tr> }
                        }).collect_view())}
                    </tbody>
                </table>
            </div>
        </div>
    }
}
