//! `window.localStorage` for the decision store ([`crate::store`]), the `storage`
//! event other tabs fire, and the clock and ids the pure store is given.
//!
//! * [`LocalStorage`] implements [`KeyValueStorage`]; every browser failure is a
//!   value: `QuotaExceededError` → [`StorageError::QuotaExceeded`]; no storage,
//!   `SecurityError` (storage disabled) or any other exception →
//!   [`StorageError::Unavailable`]. [`LocalStorage::unavailable`] behaves like a
//!   browser that refuses storage (for tests, or a "don't save anything" mode).
//! * [`open_store`] opens the store at startup.
//! * [`listen`] subscribes to the `storage` event; the returned
//!   [`StorageListener`] removes the listener when dropped.
//! * [`now_ms`], [`new_decision_id`], [`fresh_decision_id`].
//!
//! The storage area comes from `gloo-storage` ([`gloo_storage::LocalStorage::raw`]),
//! reached only after `web-sys` has confirmed there is one: `raw()` panics when
//! storage is disabled or missing. Every operation then uses the area's own
//! methods, because gloo's typed calls do not fit the store: its `get`/`set`
//! (de)serialize JSON (the store keeps exact text, and must read unreadable values
//! to back them up), and its `delete`, `length` and `clear` panic when the browser
//! throws (a locked storage throws on `removeItem`), where the store needs the
//! failure as a value — a `QuotaExceededError` above all.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::store::{DecisionStore, KeyValueStorage, StorageError, StorageEvent, StoreNotice};

/// `window.localStorage` as a [`KeyValueStorage`]. Holds no browser object (it
/// looks storage up on each call), so it is `Copy`, `Send` and `Sync` and fits in
/// any signal.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LocalStorage {
    refuse: bool,
}

impl LocalStorage {
    /// The real local storage.
    pub const fn new() -> LocalStorage {
        LocalStorage { refuse: false }
    }

    /// A local storage that fails every call with [`StorageError::Unavailable`], as
    /// in a browser with storage disabled. Nothing real is read or written.
    pub const fn unavailable() -> LocalStorage {
        LocalStorage { refuse: true }
    }

    /// The browser's storage area, or why there is none.
    fn area(self) -> Result<web_sys::Storage, StorageError> {
        if self.refuse {
            return Err(StorageError::unavailable(
                "storage is switched off for this tab",
            ));
        }
        let window = web_sys::window().ok_or_else(|| StorageError::unavailable("no window"))?;
        match window.local_storage() {
            // Checked first: gloo's `raw()` panics where this is an error or `None`.
            Ok(Some(_)) => Ok(<gloo_storage::LocalStorage as gloo_storage::Storage>::raw()),
            Ok(None) => Err(StorageError::unavailable("no localStorage")),
            Err(e) => Err(error_from_js(&e)),
        }
    }
}

fn js_property(value: &JsValue, name: &str) -> JsValue {
    if !value.is_object() {
        return JsValue::UNDEFINED;
    }
    js_sys::Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

/// Maps an exception thrown by the Storage API to a [`StorageError`].
pub fn error_from_js(error: &JsValue) -> StorageError {
    let name = js_property(error, "name").as_string().unwrap_or_default();
    let message = js_property(error, "message")
        .as_string()
        .or_else(|| error.as_string())
        .unwrap_or_default();
    let code = js_property(error, "code").as_f64();
    // 22: QUOTA_EXCEEDED_ERR; 1014 and the NS_ name: older Firefox.
    let quota = name == "QuotaExceededError"
        || name == "NS_ERROR_DOM_QUOTA_REACHED"
        || code == Some(22.0)
        || code == Some(1014.0);
    if quota {
        return StorageError::QuotaExceeded;
    }
    let detail = match (name.is_empty(), message.is_empty()) {
        (true, true) => String::new(),
        (false, true) => name,
        (true, false) => message,
        (false, false) => format!("{name}: {message}"),
    };
    StorageError::Unavailable { detail }
}

impl KeyValueStorage for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.area()?.get_item(key).map_err(|e| error_from_js(&e))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.area()?
            .set_item(key, value)
            .map_err(|e| error_from_js(&e))
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.area()?.remove_item(key).map_err(|e| error_from_js(&e))
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let area = self.area()?;
        let length = area.length().map_err(|e| error_from_js(&e))?;
        let mut keys = Vec::new();
        for i in 0..length {
            if let Some(key) = area.key(i).map_err(|e| error_from_js(&e))? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// Opens the decision store on local storage at startup (see
/// [`DecisionStore::open`]): show the returned notices.
pub fn open_store() -> (DecisionStore<LocalStorage>, Vec<StoreNotice>) {
    DecisionStore::open(LocalStorage::new(), now_ms())
}

/// A `storage` event listener on `window`; dropping it removes the listener. To
/// keep it for the page's whole life, call [`StorageListener::forget`].
pub struct StorageListener {
    window: web_sys::Window,
    closure: Closure<dyn FnMut(web_sys::StorageEvent)>,
}

impl StorageListener {
    /// Removes the listener now (same as dropping it).
    pub fn remove(self) {}

    /// Keeps the listener installed for the rest of the page's life.
    pub fn forget(self) {
        std::mem::forget(self);
    }
}

impl Drop for StorageListener {
    fn drop(&mut self) {
        let _ = self
            .window
            .remove_event_listener_with_callback("storage", self.closure.as_ref().unchecked_ref());
    }
}

impl std::fmt::Debug for StorageListener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("StorageListener")
    }
}

/// Calls `on_event` for every `storage` event about local storage (another tab
/// of this site changed it; the browser never reports a tab's own writes). Pass
/// the event to [`DecisionStore::on_storage_event`]. `None` if there is no window
/// or the listener could not be added.
pub fn listen(mut on_event: impl FnMut(StorageEvent) + 'static) -> Option<StorageListener> {
    let window = web_sys::window()?;
    let closure =
        Closure::<dyn FnMut(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            // Ignore sessionStorage events (same event name, other area).
            if let (Some(area), Ok(local)) = (event.storage_area(), LocalStorage::new().area())
                && !js_sys::Object::is(area.as_ref(), local.as_ref())
            {
                return;
            }
            on_event(StorageEvent {
                key: event.key(),
                old_value: event.old_value(),
                new_value: event.new_value(),
            });
        });
    window
        .add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(StorageListener { window, closure })
}

pub use super::clock::now_ms;

/// Fills `bytes` from `crypto.getRandomValues` (reached through `Reflect`: the
/// `Crypto` web-sys feature is not enabled); `None` if that is missing.
fn crypto_random(bytes: &mut [u8]) -> Option<()> {
    let crypto = js_property(&js_sys::global().into(), "crypto");
    let get_random_values = js_property(&crypto, "getRandomValues")
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let length = u32::try_from(bytes.len()).ok()?;
    let array = js_sys::Uint8Array::new_with_length(length);
    get_random_values
        .call1(&crypto, &JsValue::from(array.clone()))
        .ok()?;
    array.copy_to(bytes);
    Some(())
}

/// Fills `bytes` with random bytes: from `crypto`, else from `Math.random`.
fn fill_random(bytes: &mut [u8]) {
    if crypto_random(bytes).is_none() {
        for b in bytes.iter_mut() {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let r = (js_sys::Math::random() * 256.0) as u8;
            *b = r;
        }
    }
}

/// A new random decision id: 16 characters of `0-9a-z` (about 82 bits), valid for
/// [`crate::store::is_valid_id`] and the `#/d/<id>` route.
pub fn new_decision_id() -> String {
    const ALPHABET: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut bytes = [0u8; 16];
    fill_random(&mut bytes);
    bytes
        .iter()
        .map(|b| char::from(ALPHABET.get(usize::from(*b) % 36).copied().unwrap_or(b'0')))
        .collect()
}

/// A new decision id not used by `store` (for create, duplicate, import, copy).
pub fn fresh_decision_id<S: KeyValueStorage>(store: &DecisionStore<S>) -> String {
    loop {
        let id = new_decision_id();
        if !store.contains(&id) {
            return id;
        }
    }
}
