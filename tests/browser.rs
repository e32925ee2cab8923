//! Browser tests: code that touches web APIs, run by wasm-bindgen-test in headless
//! Chromium (`cargo test --target wasm32-unknown-unknown --test browser`).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use stackwise::adapters::location;
use stackwise::route::Route;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn navigating_sets_the_fragment_and_reads_back_the_same_route() {
    let route = Route::Questionnaire {
        session: "abc".into(),
        step: 3,
    };
    location::navigate(&route);
    assert_eq!(location::current_fragment(), "#/d/abc/q/3");
    assert_eq!(location::current_route(), route);

    location::navigate(&Route::Landing);
    assert_eq!(location::current_route(), Route::Landing);
}
