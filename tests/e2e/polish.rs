//! What a first-time user trips over (issue 18): an appended share link, a foreign
//! file imported, the tab title, focus after Next, Ctrl+Z and the offline-ready
//! message.

use crate::support::{Browser, one_browser_at_a_time};

#[tokio::test(flavor = "current_thread")]
async fn a_share_link_with_bytes_appended_was_changed_or_cut() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    // The worked example of docs/share-links.md opens; with "AA" appended (two zero
    // bytes, which keep the checksum valid) it is refused, not another result.
    browser.open("#/s/AQoxPyiRog").await;
    browser.wait_for("#shared-banner").await;
    browser.open("#/s/AQoxPyiRogAA").await;
    let error = browser.text("#share-error").await;
    assert!(error.contains("changed or cut"), "{error:?}");
    // A Greek letter is named as the user sees it, not as its percent-encoding.
    browser.open("#/s/AQ%CE%B1xPyiRog").await;
    let error = browser.text("#share-error").await;
    assert!(error.contains("\"α\" (U+03B1) at position 3"), "{error:?}");
    browser.finish().await;
}
