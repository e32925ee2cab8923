//! The clock adapter against the browser's own clock and `Intl`.

use stackwise::adapters::clock;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

/// 2026-11-22 08:19:00 UTC.
const MOMENT_MS: u64 = 1_795_335_540_000;

#[wasm_bindgen_test]
fn dates_are_shown_as_the_browser_formats_them_in_the_users_locale() {
    let shown = clock::local_date_time(MOMENT_MS);
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into()).unwrap();
    js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into()).unwrap();
    let expected = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &options)
        .format()
        .call1(
            &JsValue::UNDEFINED,
            &js_sys::Date::new(&JsValue::from_f64(MOMENT_MS as f64)),
        )
        .unwrap()
        .as_string()
        .unwrap();
    assert_eq!(shown, expected);
    assert!(shown.contains("2026"), "{shown:?}");
    // The cached formatter formats other moments too, not just the first one.
    let a_day_later = clock::local_date_time(MOMENT_MS + 24 * 3_600_000);
    assert_ne!(a_day_later, shown);
}

#[wasm_bindgen_test]
fn now_is_a_real_moment_after_this_code_was_written() {
    assert!(clock::now_ms() > MOMENT_MS - 365 * 24 * 3_600_000);
}
