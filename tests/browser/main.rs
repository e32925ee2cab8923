//! Browser tests: code that touches web APIs, run by wasm-bindgen-test in headless
//! Chromium (`cargo test --target wasm32-unknown-unknown --test browser`).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
// Never in the wasm: std's sorts are fine here (clippy.toml).
#![allow(clippy::disallowed_methods)]

use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

mod clock;
mod location;
mod storage;
