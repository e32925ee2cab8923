//! The radar chart: one series per language across the criteria, drawn by
//! ECharts through charming. The chart library loads on demand; until then (or if
//! it fails) the accessible table beside the chart carries the same numbers.

use charming::component::{Legend, RadarCoordinate};
use charming::element::{AreaStyle, Tooltip, Trigger};
use charming::series::Radar;
use charming::theme::Theme;
use charming::{Chart, Echarts, WasmRenderer};
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::adapters::chart_library;
use crate::model::{Criterion, Evaluation, Language};

/// The DOM id of the chart container (one radar per page).
pub const RADAR_ID: &str = "radar-chart";

/// Language colours, shared with the stylesheet's `--go`/`--node`/`--python`.
fn colour(language: Language, dark: bool) -> &'static str {
    match (language, dark) {
        (Language::Go, false) => "#007d9c",
        (Language::Node, false) => "#3c873a",
        (Language::Python, false) => "#b8860b",
        (Language::Go, true) => "#5cc8e0",
        (Language::Node, true) => "#8fd18c",
        (Language::Python, true) => "#f2cf5b",
    }
}

/// The chart options for an evaluation: one radar series per language.
pub fn radar_chart(evaluation: &Evaluation, dark: bool) -> Chart {
    let indicators: Vec<(&str, i64, i64)> = Criterion::ALL
        .iter()
        .map(|criterion| (criterion.name(), 0, 100))
        .collect();
    let chart = Chart::new()
        .animation_duration_update(200)
        .background_color("transparent")
        .color(
            Language::ALL
                .iter()
                .map(|&language| charming::element::Color::from(colour(language, dark)))
                .collect(),
        )
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .legend(
            Legend::new().bottom(0).data(
                Language::ALL
                    .iter()
                    .map(|language| language.name())
                    .collect(),
            ),
        )
        .radar(RadarCoordinate::new().radius("62%").indicator(indicators));
    Language::ALL.iter().fold(chart, |chart, &language| {
        let values: Vec<i64> = Criterion::ALL
            .iter()
            .map(|&criterion| i64::from(evaluation.score(language, criterion)))
            .collect();
        chart.series(
            Radar::new()
                .name(language.name())
                .area_style(AreaStyle::new().opacity(0.12))
                .data(vec![(values, language.name())]),
        )
    })
}

/// Whether the system asks for a dark theme.
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

/// The live chart instance, if drawn.
#[derive(Clone, Copy)]
pub struct RadarHandle(StoredValue<Option<Echarts>, LocalStorage>);

impl RadarHandle {
    /// A PNG data URL of the chart as drawn (for the download button).
    pub fn png_data_url(&self) -> Option<String> {
        self.0.with_value(|chart| {
            let chart: &JsValue = chart.as_ref()?.as_ref();
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"type".into(), &"png".into());
            let _ = js_sys::Reflect::set(&options, &"pixelRatio".into(), &2.into());
            let background = if prefers_dark() { "#1a1e24" } else { "#ffffff" };
            let _ = js_sys::Reflect::set(&options, &"backgroundColor".into(), &background.into());
            chart_library::call_method(chart, "getDataURL", &js_sys::Array::of1(&options))?
                .as_string()
        })
    }
}

#[derive(Clone, PartialEq)]
enum ChartState {
    Loading,
    Drawn,
    Failed(String),
}

/// The chart container; draws and redraws as `evaluation` changes.
#[component]
pub fn RadarChart(evaluation: Memo<Evaluation>, handle: RadarHandle) -> impl IntoView {
    let state = RwSignal::new(ChartState::Loading);
    let library_ready = RwSignal::new(chart_library::is_loaded());
    if !library_ready.get_untracked() {
        leptos::task::spawn_local(async move {
            match chart_library::ensure_loaded().await {
                Ok(()) => library_ready.set(true),
                Err(message) => state.set(ChartState::Failed(message)),
            }
        });
    }
    Effect::new(move |_| {
        if !library_ready.get() {
            return;
        }
        let chart = evaluation.with(|evaluation| radar_chart(evaluation, prefers_dark()));
        let drawn = handle.0.with_value(|instance| {
            if let Some(instance) = instance {
                WasmRenderer::update(instance, &chart);
                true
            } else {
                false
            }
        });
        if drawn {
            return;
        }
        let theme = if prefers_dark() {
            Theme::Dark
        } else {
            Theme::Default
        };
        match WasmRenderer::new_opt(None, None)
            .theme(theme)
            .render(RADAR_ID, &chart)
        {
            Ok(instance) => {
                handle.0.set_value(Some(instance));
                state.set(ChartState::Drawn);
            }
            Err(error) => state.set(ChartState::Failed(format!(
                "The radar chart could not be drawn ({error:?}). The table has the same numbers."
            ))),
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        handle.0.with_value(|instance| {
            if let Some(instance) = instance {
                instance.resize(JsValue::UNDEFINED);
            }
        });
    });
    on_cleanup(move || {
        resize.remove();
        handle.0.update_value(|instance| {
            if let Some(instance) = instance.take() {
                chart_library::call_method(&instance, "dispose", &js_sys::Array::new());
            }
        });
    });
    view! {
        <div class="radar-wrap">
            <div id=RADAR_ID class="radar" role="img"
                data-state=move || match state.get() {
                    ChartState::Loading => "loading",
                    ChartState::Drawn => "drawn",
                    ChartState::Failed(_) => "failed",
                }
                aria-label="Radar chart of the three languages' scores per criterion; the table that follows has the same numbers.">
            </div>
            {move || match state.get() {
                ChartState::Loading => Some(view! { <p class="radar-status">"Loading the chart…"</p> }.into_any()),
                ChartState::Failed(message) => Some(view! { <p class="notice">{message}</p> }.into_any()),
                ChartState::Drawn => None,
            }}
        </div>
    }
}

impl RadarHandle {
    /// A handle with no chart yet.
    pub fn new() -> RadarHandle {
        RadarHandle(StoredValue::new_local(None))
    }
}

impl Default for RadarHandle {
    fn default() -> Self {
        RadarHandle::new()
    }
}
