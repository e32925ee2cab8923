//! Loads the app's own radar-only ECharts build (`echarts-radar.min.js`, served
//! beside `index.html`) on demand, so it never blocks the first screen. charming
//! calls it as the global `echarts`; nothing may render a chart before
//! [`ensure_loaded`] has succeeded.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Where the bundle is, relative to the page (works under any sub-path).
const BUNDLE: &str = "echarts-radar.min.js";

thread_local! {
    static LOADING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

/// Whether the global `echarts` is there.
pub fn is_loaded() -> bool {
    web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &"echarts".into()).ok())
        .is_some_and(|value| value.is_object())
}

/// Loads the bundle once (later calls share the first load) and resolves when the
/// global `echarts` exists. The error says what failed, for the user.
pub async fn ensure_loaded() -> Result<(), String> {
    if is_loaded() {
        return Ok(());
    }
    let promise = LOADING.with(|slot| {
        let mut slot = slot.borrow_mut();
        match slot.as_ref() {
            Some(promise) => Ok::<_, String>(promise.clone()),
            None => {
                let promise = inject_script()?;
                *slot = Some(promise.clone());
                Ok(promise)
            }
        }
    })?;
    let loaded = JsFuture::from(promise).await;
    if loaded.is_ok() && is_loaded() {
        Ok(())
    } else {
        // Let a later attempt (e.g. back online) try again.
        LOADING.with(|slot| slot.borrow_mut().take());
        Err(
            "The chart library could not be loaded, so the radar chart is not shown. \
             The table below has the same numbers."
                .to_owned(),
        )
    }
}

fn inject_script() -> Result<js_sys::Promise, String> {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or("no document to load the chart library into")?;
    let script = document
        .create_element("script")
        .map_err(|_| "could not create a script element")?
        .dyn_into::<web_sys::HtmlScriptElement>()
        .map_err(|_| "could not create a script element")?;
    script.set_src(BUNDLE);
    script.set_async(true);
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let on_load = Closure::once_into_js(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call0(&JsValue::NULL);
        });
        script.set_onload(Some(on_load.unchecked_ref()));
        script.set_onerror(Some(on_error.unchecked_ref()));
    });
    let head = document.head().ok_or("the page has no <head>")?;
    head.append_child(&script)
        .map_err(|_| "could not add the chart library to the page")?;
    Ok(promise)
}

/// Calls a method with no arguments on a JS object, ignoring failures (used for
/// chart methods charming does not bind, such as `dispose`).
pub fn call_method(object: &JsValue, name: &str, args: &js_sys::Array) -> Option<JsValue> {
    let method = js_sys::Reflect::get(object, &name.into()).ok()?;
    let method = method.dyn_ref::<js_sys::Function>()?;
    method.apply(object, args).ok()
}
