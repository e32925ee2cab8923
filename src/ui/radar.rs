//! The radar chart component, for every radar in the app: any [`Radar`] (the
//! result's three languages, a team's priorities, compared decisions) drawn by ECharts through
//! charming. The first chart shown loads the ECharts build; until then its space is
//! reserved, and if it cannot load, one line says so (the table beside every chart
//! has the same numbers). Drawn once, then updated as the scores, the theme (light,
//! dark, print) or the legend change; disposed when the view goes. Tooltips name
//! each score, the legend hides and shows a series, the accessible description is
//! written from the scores, and decal patterns tell the series apart without colour.

use std::cell::Cell;

use charming::component::{
    Aria, Decal, DecalItem, Legend, LegendType, RadarAxisName, RadarCoordinate, RadarIndicator,
    Title,
};
use charming::element::{
    AreaStyle, Color, LineStyle, SplitArea, SplitLine, Symbol, TextStyle, Tooltip, Trigger,
};
use charming::series::Radar as RadarSeries;
use charming::{Chart, Echarts, WasmRenderer};
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::*;

use crate::adapters::{echarts, files};
use crate::radar::{NARROW_CHART_PX, Palette, Radar, axis_label};

/// The downloaded picture's size in CSS pixels (drawn at twice that).
const PICTURE_WIDTH: u32 = 720;
const PICTURE_HEIGHT: u32 = 600;

/// What a chart on screen shares with the view around it: the series its legend
/// hides (for the picture and the description).
#[derive(Clone, Copy)]
pub struct RadarHandle {
    hidden: RwSignal<Vec<String>>,
}

impl RadarHandle {
    pub fn new() -> RadarHandle {
        RadarHandle {
            hidden: RwSignal::new(Vec::new()),
        }
    }

    /// The names of the series the legend hides now.
    pub fn hidden_untracked(&self) -> Vec<String> {
        self.hidden.get_untracked()
    }
}

impl Default for RadarHandle {
    fn default() -> Self {
        RadarHandle::new()
    }
}

/// Whether the system asks for a dark theme now.
fn prefers_dark_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
}

/// Whether the chart's element is narrower than [`NARROW_CHART_PX`].
fn is_narrow(id: &str) -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .is_some_and(|element| element.client_width() < NARROW_CHART_PX)
}

/// The chart options (charming) for `radar` in `palette`. `title` is the picture's
/// title line; `animate` is off for pictures and print; a `narrow` chart wraps its
/// axis names and draws the radar smaller, so the names fit.
fn options(
    radar: &Radar,
    palette: Palette,
    animate: bool,
    title: Option<&str>,
    narrow: bool,
) -> Chart {
    let text = TextStyle::new().color(palette.text);
    let radius = match (title.is_some(), narrow) {
        (true, _) => "60%",
        (false, true) => "50%",
        (false, false) => "62%",
    };
    let mut axis_name = RadarAxisName::new().color(palette.text);
    if narrow {
        axis_name = axis_name.font_size(11).line_height(13);
    }
    // No animation on the first draw (it cost frames right when the view opens);
    // changes animate.
    let mut chart = Chart::new()
        .animation(animate)
        .animation_duration(0)
        .animation_duration_update(200)
        .background_color(if title.is_some() {
            palette.background
        } else {
            "transparent"
        })
        .color(
            (0..radar.series.len())
                .map(|index| Color::from(palette.series_colour(index)))
                .collect(),
        )
        .aria(Aria::new().enabled(true).decal(decals(palette)))
        .tooltip(
            Tooltip::new()
                .trigger(Trigger::Item)
                .background_color(palette.background)
                .border_color(palette.grid),
        )
        .legend(
            Legend::new()
                .type_(legend_type(title.is_some()))
                .bottom(0)
                .text_style(text.clone())
                .inactive_color(palette.grid)
                .data(radar.series.iter().map(|s| s.name.clone()).collect()),
        )
        .radar(
            RadarCoordinate::new()
                .radius(radius)
                .center(vec!["50%", if title.is_some() { "52%" } else { "48%" }])
                .axis_name(axis_name)
                .split_line(SplitLine::new().line_style(LineStyle::new().color(palette.grid)))
                .split_area(SplitArea::new().show(false))
                .indicator(
                    radar
                        .axes
                        .iter()
                        .map(|axis| {
                            RadarIndicator::new()
                                .name(axis_label(axis, narrow))
                                .min(0)
                                .max(f64::from(radar.max))
                        })
                        .collect(),
                ),
        );
    if let Some(title) = title {
        chart = chart.title(
            Title::new()
                .text(title)
                .left("center")
                .top(8)
                .text_style(text.font_size(15)),
        );
    }
    radar
        .series
        .iter()
        .enumerate()
        .fold(chart, |chart, (index, series)| {
            let values: Vec<i64> = series.values.iter().map(|&v| i64::from(v)).collect();
            let tip = radar.tooltip(index).unwrap_or_default();
            chart.series(
                RadarSeries::new()
                    .name(series.name.as_str())
                    .area_style(AreaStyle::new().opacity(0.12))
                    .tooltip(Tooltip::new().formatter(tip.as_str()))
                    .data(vec![(values, series.name.as_str())]),
            )
        })
}

/// Decal patterns, one per series, so the series differ without colour: ECharts'
/// first three default patterns (diagonal lines, dots, crossing diagonals), then
/// horizontal and vertical lines, squares and triangles, in a colour that shows on
/// the theme. Seven, against eight series colours, so no two of the first 56
/// series share both. Given explicitly: charming writes an empty `decals` list
/// otherwise, which leaves ECharts with no pattern at all.
fn decals(palette: Palette) -> Decal {
    let colour = palette.decal;
    Decal::new().show(true).decals(vec![
        DecalItem::new()
            .color(colour)
            .dash_array_x(vec![1, 0])
            .dash_array_y(vec![2, 5])
            .symbol_size(1)
            .rotation(std::f64::consts::PI / 6.0),
        DecalItem::new()
            .color(colour)
            .symbol(Symbol::Circle)
            .dash_array_x(vec![vec![8, 8], vec![0, 8, 8, 0]])
            .dash_array_y(vec![6, 0])
            .symbol_size(0.8),
        DecalItem::new()
            .color(colour)
            .dash_array_x(vec![1, 0])
            .dash_array_y(vec![4, 3])
            .rotation(-std::f64::consts::PI / 4.0),
        DecalItem::new()
            .color(colour)
            .dash_array_x(vec![1, 0])
            .dash_array_y(vec![2, 4]),
        DecalItem::new()
            .color(colour)
            .dash_array_x(vec![1, 0])
            .dash_array_y(vec![2, 4])
            .rotation(std::f64::consts::FRAC_PI_2),
        DecalItem::new()
            .color(colour)
            .symbol(Symbol::Rect)
            .dash_array_x(vec![vec![6, 6], vec![0, 6, 6, 0]])
            .dash_array_y(vec![6, 0])
            .symbol_size(0.6),
        DecalItem::new()
            .color(colour)
            .symbol(Symbol::Triangle)
            .dash_array_x(vec![vec![10, 10], vec![0, 10, 10, 0]])
            .dash_array_y(vec![8, 0])
            .symbol_size(0.8),
    ])
}

/// Draws `chart` (charming's options) with `extras` on an ECharts instance: the
/// extras first, merged without drawing, so charming's update draws both in one
/// pass (see [`echarts::merge`]).
fn draw(instance: &Echarts, chart: &Chart, extras: &str) {
    echarts::merge(instance, extras);
    WasmRenderer::update(instance, chart);
}

/// The legend's kind: on screen one line that pages when a team's names do not
/// fit (they wrapped over the radar on a phone); the picture shows every name.
fn legend_type(picture: bool) -> LegendType {
    if picture {
        LegendType::Plain
    } else {
        LegendType::Scroll
    }
}

/// The options charming has no field for, as JSON merged with its own: the aria
/// description from the scores, the radar's spoke colour, the legend pager's
/// colours and, for a picture, which series the legend hides.
fn extra_options(radar: &Radar, hidden: &[String], palette: Palette, picture: bool) -> String {
    let mut extras = serde_json::json!({
        "aria": { "label": { "description": radar.describe(hidden) } },
        "radar": { "axisLine": { "lineStyle": { "color": palette.grid } } },
        "legend": {
            // The same type as charming's: a different one would make ECharts
            // replace the legend, and these colours with it.
            "type": legend_type(picture),
            "pageTextStyle": { "color": palette.text },
            "pageIconColor": palette.text,
            "pageIconInactiveColor": palette.grid,
        },
    });
    if picture {
        let selected: serde_json::Map<String, serde_json::Value> = radar
            .series
            .iter()
            .map(|s| (s.name.clone(), (!hidden.contains(&s.name)).into()))
            .collect();
        extras["legend"]["selected"] = selected.into();
    }
    extras.to_string()
}

/// The chart drawn in its element, and what must live as long as it does.
struct Drawn {
    chart: Echarts,
    _legend: Closure<dyn FnMut(JsValue)>,
}

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

#[derive(Clone, PartialEq)]
enum State {
    Loading,
    Drawn,
    Unavailable(String),
}

/// A radar chart; draws `radar` and follows it.
#[component]
pub fn RadarChart(#[prop(into)] radar: Signal<Radar>, handle: RadarHandle) -> impl IntoView {
    let id = NEXT_ID.with(|next| {
        next.set(next.get() + 1);
        format!("radar-chart-{}", next.get())
    });
    let state = RwSignal::new(State::Loading);
    let ready = RwSignal::new(echarts::is_loaded());
    if !ready.get_untracked() {
        leptos::task::spawn_local(async move {
            match echarts::load().await {
                Ok(()) => ready.set(true),
                Err(echarts::Unavailable(why)) => state.set(State::Unavailable(why)),
            }
        });
    }

    // The theme, live: the system's light or dark setting, and light for print.
    let query = prefers_dark_query();
    let dark = RwSignal::new(query.as_ref().is_some_and(|q| q.matches()));
    let on_theme = Closure::<dyn FnMut()>::new(move || {
        dark.set(prefers_dark_query().is_some_and(|q| q.matches()));
    });
    if let Some(query) = &query {
        let _ = query.add_event_listener_with_callback("change", on_theme.as_ref().unchecked_ref());
    }
    // Kept beside the chart (not in the cleanup closure, which must be thread-safe).
    let theme_listener = StoredValue::new_local(Some((query, on_theme)));
    let printing = RwSignal::new(false);
    let before_print = window_event_listener(leptos::ev::beforeprint, move |_| printing.set(true));
    let after_print = window_event_listener(leptos::ev::afterprint, move |_| printing.set(false));

    let drawn: StoredValue<Option<Drawn>, LocalStorage> = StoredValue::new_local(None);
    // Whether the chart was last drawn narrow; a resize that changes it redraws.
    let drawn_narrow = StoredValue::new(false);
    let narrow_changed = RwSignal::new(0u32);
    let element_id = id.clone();
    Effect::new(move |_| {
        let (dark, printing, hidden) = (dark.get(), printing.get(), handle.hidden.get());
        narrow_changed.track();
        if !ready.get() {
            return;
        }
        let narrow = !printing && is_narrow(&element_id);
        drawn_narrow.set_value(narrow);
        let palette = Palette::of(dark && !printing);
        let (chart, extras) = radar.with(|radar| {
            (
                options(radar, palette, !printing, None, narrow),
                extra_options(radar, &hidden, palette, false),
            )
        });
        let updated = drawn.with_value(|drawn| {
            drawn
                .as_ref()
                .map(|drawn| draw(&drawn.chart, &chart, &extras))
        });
        if updated.is_some() {
            return;
        }
        // Initialised by the adapter (charming's `render` would draw at once, and
        // the extras would draw the chart a second time), with the SVG renderer:
        // crisp in print, styled through the CSSOM only.
        match echarts::attached(&element_id) {
            Ok(instance) => {
                draw(&instance, &chart, &extras);
                let legend =
                    echarts::on_legend_change(&instance, move |now| handle.hidden.set(now));
                drawn.set_value(Some(Drawn {
                    chart: instance,
                    _legend: legend,
                }));
                state.set(State::Drawn);
            }
            Err(_) => state.set(State::Unavailable(
                "the chart could not be drawn in this page".to_owned(),
            )),
        }
    });

    let resized_id = id.clone();
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        if is_narrow(&resized_id) != drawn_narrow.get_value() {
            narrow_changed.update(|n| *n = n.wrapping_add(1));
        }
        drawn.with_value(|drawn| {
            if let Some(drawn) = drawn {
                drawn.chart.resize(JsValue::UNDEFINED);
            }
        });
    });
    on_cleanup(move || {
        resize.remove();
        before_print.remove();
        after_print.remove();
        theme_listener.update_value(|listener| {
            if let Some((Some(query), on_theme)) = listener.take() {
                let _ = query.remove_event_listener_with_callback(
                    "change",
                    on_theme.as_ref().unchecked_ref(),
                );
            }
        });
        drawn.update_value(|drawn| {
            if let Some(drawn) = drawn.take() {
                echarts::dispose(&drawn.chart);
            }
        });
    });

    view! {
        <div class="radar">
            <div id=id class="radar-chart" role="img"
                class:is-unavailable=move || matches!(state.get(), State::Unavailable(_))
                aria-busy=move || (state.get() == State::Loading).then_some("true")
                aria-label=move || radar.with(|radar| radar.describe(&handle.hidden.get()))
                data-state=move || match state.get() {
                    State::Loading => "loading",
                    State::Drawn => "drawn",
                    State::Unavailable(_) => "unavailable",
                }>
            </div>
            {move || match state.get() {
                State::Unavailable(why) => Some(view! {
                    <p class="chart-unavailable">
                        {format!("The chart is unavailable: {why}. The table below has the same numbers.")}
                    </p>
                }),
                _ => None,
            }}
        </div>
    }
}

/// `radar` as a PNG `data:` URL: drawn by ECharts in the light theme on a light
/// background, with `title` above it and the series in `hidden` left out.
pub async fn picture(radar: &Radar, hidden: &[String], title: &str) -> Result<String, String> {
    echarts::load()
        .await
        .map_err(|echarts::Unavailable(why)| why)?;
    let chart = echarts::detached(PICTURE_WIDTH, PICTURE_HEIGHT).map_err(|e| e.0)?;
    let palette = Palette::LIGHT;
    draw(
        &chart,
        &options(radar, palette, false, Some(title), false),
        &extra_options(radar, hidden, palette, true),
    );
    let svg = echarts::svg_data_url(&chart);
    echarts::dispose(&chart);
    let svg = svg.ok_or("the chart could not be drawn as an image")?;
    files::image_to_png_data_url(
        &svg,
        f64::from(PICTURE_WIDTH),
        f64::from(PICTURE_HEIGHT),
        2.0,
    )
    .await
}
