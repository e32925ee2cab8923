//! The URL-fragment adapter against the real `window.location`.

use stackwise::adapters::location;
use stackwise::route::Route;
use wasm_bindgen_test::wasm_bindgen_test;

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
