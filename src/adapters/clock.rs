//! Time and fresh ids from the browser, handed to the pure core as plain values.

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> u64 {
    let now = js_sys::Date::now();
    if now.is_finite() && now > 0.0 {
        now as u64
    } else {
        0
    }
}

/// A short, URL-safe, practically unique id (time plus randomness).
pub fn new_id() -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut id = format!("{:x}", now_ms());
    for _ in 0..6 {
        let index = (js_sys::Math::random() * ALPHABET.len() as f64) as usize;
        if let Some(&byte) = ALPHABET.get(index) {
            id.push(char::from(byte));
        }
    }
    id
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
