//! Time from the browser, handed to the pure core as plain values, and shown to
//! people in their locale.

/// Milliseconds since the Unix epoch (0 if the clock is unusable).
pub fn now_ms() -> u64 {
    let now = js_sys::Date::now();
    if now.is_finite() && now > 0.0 {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let ms = now as u64;
        ms
    } else {
        0
    }
}

/// A local date like "2026-11-22", for file names and the record.
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}

thread_local! {
    /// One formatter for every date shown: building an `Intl.DateTimeFormat` (as
    /// each `toLocaleString` call with a locale does) costs more than formatting,
    /// and the saved-decisions list shows hundreds of dates at once.
    static DATE_TIME: Option<js_sys::Function> = {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
        let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
        let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &options).format();
        Some(format).filter(|format| format.is_function())
    };
}

/// A moment (ms since the Unix epoch) as date and time in the user's locale, e.g.
/// "22 Nov 2026, 08:19" (or "Nov 22, 2026, 8:19 AM").
pub fn local_date_time(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    DATE_TIME
        .with(|format| {
            format
                .as_ref()
                .and_then(|format| format.call1(&wasm_bindgen::JsValue::UNDEFINED, &date).ok())
        })
        .and_then(|formatted| formatted.as_string())
        .unwrap_or_else(|| {
            date.to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED)
                .as_string()
                .unwrap_or_default()
        })
}
