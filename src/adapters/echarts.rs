//! The one place the app reaches ECharts itself; charming does the rest. Loads the
//! app's radar-only ECharts build ([`crate::radar::SCRIPT`], served beside
//! `index.html`) the first time a chart is shown, so no byte of it is fetched
//! before; and makes the instance calls charming does not bind: `init` (on the
//! page's element, or on one that is not in the page for the picture) so that the
//! first draw is charming's `update`, options charming has no field for (merged
//! without drawing, so each change draws once), the legend's events, the chart as
//! an SVG `data:` URL, and `dispose`.
//! Every failure is a value; nothing here logs to the console.

use std::cell::RefCell;

use charming::Echarts;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::radar::SCRIPT;

/// Why no chart can be drawn, for the one line the view shows instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unavailable(pub String);

thread_local! {
    static LOADING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

/// The global `echarts` (present once the build has run; the single-file build
/// carries it inline), if any.
fn library() -> Option<JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &"echarts".into())
        .ok()
        .filter(JsValue::is_object)
}

/// Whether ECharts is there, so a chart can be drawn at once.
pub fn is_loaded() -> bool {
    library().is_some()
}

/// Loads the ECharts build once (later calls share the first load) and resolves
/// when the global `echarts` exists. After a failure the next call tries again.
pub async fn load() -> Result<(), Unavailable> {
    if is_loaded() {
        return Ok(());
    }
    let promise = LOADING.with(|slot| {
        let mut slot = slot.borrow_mut();
        if let Some(promise) = slot.as_ref() {
            return Ok(promise.clone());
        }
        let promise = add_script()?;
        *slot = Some(promise.clone());
        Ok::<_, Unavailable>(promise)
    })?;
    let loaded = JsFuture::from(promise).await;
    if loaded.is_ok() && is_loaded() {
        Ok(())
    } else {
        LOADING.with(|slot| slot.borrow_mut().take());
        Err(Unavailable(
            "the chart library could not be loaded (offline, or blocked)".to_owned(),
        ))
    }
}

fn add_script() -> Result<js_sys::Promise, Unavailable> {
    let failed = || Unavailable("the page cannot load the chart library".to_owned());
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or_else(failed)?;
    let script = document
        .create_element("script")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlScriptElement>().ok())
        .ok_or_else(failed)?;
    script.set_src(SCRIPT);
    script.set_async(true);
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let on_load = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        // A failed load settles the promise; the script element stays (harmless).
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        script.set_onload(Some(on_load.unchecked_ref()));
        script.set_onerror(Some(on_error.unchecked_ref()));
    });
    let head = document.head().ok_or_else(failed)?;
    head.append_child(&script).map_err(|_| failed())?;
    Ok(promise)
}

/// Calls `object.name(...args)`; `None` when it is not a function or throws.
fn call(object: &JsValue, name: &str, args: &js_sys::Array) -> Option<JsValue> {
    let method = js_sys::Reflect::get(object, &name.into()).ok()?;
    method
        .dyn_ref::<js_sys::Function>()?
        .apply(object, args)
        .ok()
}

/// A chart of `width` × `height` pixels on an element that is not in the page
/// (SVG renderer, no animation), for drawing a picture. Dispose it when done.
pub fn detached(width: u32, height: u32) -> Result<Echarts, Unavailable> {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("div").ok())
        .ok_or_else(not_prepared)?;
    init_on(&element, Some((width, height)))
}

/// A chart on the page's element `id`, sized by it, with nothing drawn yet: give
/// it [`merge`]d extras first, then charming's options, so the first frame is
/// rendered once with both.
pub fn attached(id: &str) -> Result<Echarts, Unavailable> {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .ok_or_else(not_prepared)?;
    init_on(&element, None)
}

fn not_prepared() -> Unavailable {
    Unavailable("the chart could not be prepared".to_owned())
}

/// `echarts.init(element, null, options)` with the SVG renderer (the only one the
/// build registers) and, when given, a fixed size.
fn init_on(element: &web_sys::Element, size: Option<(u32, u32)>) -> Result<Echarts, Unavailable> {
    let library = library().ok_or_else(not_prepared)?;
    let options = js_sys::Object::new();
    let mut entries = vec![("renderer", JsValue::from("svg"))];
    if let Some((width, height)) = size {
        entries.extend([("width", width.into()), ("height", height.into())]);
    }
    for (key, value) in entries {
        js_sys::Reflect::set(&options, &key.into(), &value).map_err(|_| not_prepared())?;
    }
    let chart = call(
        &library,
        "init",
        &js_sys::Array::of3(element, &JsValue::NULL, &options),
    )
    .filter(JsValue::is_object)
    .ok_or_else(not_prepared)?;
    Ok(chart.unchecked_into())
}

/// Merges options written as JSON into the chart (for fields charming lacks:
/// `aria.label.description`, the legend's `selected` map, the radar's axis line)
/// without drawing: ECharts' `lazyUpdate`. The next charming update draws both in
/// one pass, instead of drawing the chart twice (the second pass cost as much as
/// the first at 4x CPU throttling).
pub fn merge(chart: &Echarts, json: &str) {
    let Ok(options) = js_sys::JSON::parse(json) else {
        return;
    };
    let settings = js_sys::Object::new();
    if js_sys::Reflect::set(&settings, &"lazyUpdate".into(), &JsValue::TRUE).is_ok() {
        let _ = call(chart, "setOption", &js_sys::Array::of2(&options, &settings));
    }
}

/// The chart as drawn, as an SVG `data:` URL (the SVG renderer's `getDataURL`).
pub fn svg_data_url(chart: &Echarts) -> Option<String> {
    call(chart, "getDataURL", &js_sys::Array::new())?.as_string()
}

/// Frees the chart and its element's content.
pub fn dispose(chart: &Echarts) {
    let _ = call(chart, "dispose", &js_sys::Array::new());
}

/// Calls `on_change` with the names the legend hides, each time the user toggles a
/// legend entry. Keep the returned value as long as the chart lives.
pub fn on_legend_change(
    chart: &Echarts,
    mut on_change: impl FnMut(Vec<String>) + 'static,
) -> Closure<dyn FnMut(JsValue)> {
    let listener = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
        let Some(selected) = js_sys::Reflect::get(&event, &"selected".into())
            .ok()
            .filter(JsValue::is_object)
        else {
            return;
        };
        let hidden = js_sys::Object::entries(selected.unchecked_ref())
            .iter()
            .filter_map(|entry| {
                let entry: js_sys::Array = entry.unchecked_into();
                let shown = entry.get(1).as_bool().unwrap_or(true);
                (!shown).then(|| entry.get(0).as_string()).flatten()
            })
            .collect();
        on_change(hidden);
    });
    let _ = call(
        chart,
        "on",
        &js_sys::Array::of2(&"legendselectchanged".into(), listener.as_ref()),
    );
    listener
}
