//! The first screen loads cleanly, from the root and from a sub-path.

use crate::support::{Browser, one_browser_at_a_time};

#[tokio::test(flavor = "current_thread")]
async fn landing_view_renders_with_no_console_errors_and_no_foreign_requests() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;

    let title = browser.text("h1").await;
    assert!(
        title.contains("backend language"),
        "landing title was {title:?}"
    );
    let start = browser.text("#start-decision").await;
    assert_eq!(start, "Start a new decision");
    assert!(
        browser
            .server
            .requests()
            .iter()
            .any(|r| r.method == "GET" && r.target.ends_with(".wasm")),
        "the wasm module was never requested: {:#?}",
        browser.server.requests()
    );

    browser.finish().await;
}
