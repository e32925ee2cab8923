//! Share links: the link for scenario A opens in a fresh browser with the same
//! ranking, read-only; it carries the decision's name, shown as text and kept by
//! "Save a copy"; a tampered link names the problem and leaves the user's saved
//! decisions alone.

use crate::support::flow::{SCENARIO_A, complete_decision, ranking};
use crate::support::{Browser, one_browser_at_a_time};

/// Completes scenario A and returns the share link's fragment and the ranking.
async fn share_scenario_a() -> (String, Vec<String>) {
    share_scenario_a_named(None).await
}

/// Like [`share_scenario_a`], the decision renamed to `name` first if given.
async fn share_scenario_a_named(name: Option<&str>) -> (String, Vec<String>) {
    let browser = Browser::launch("/").await;
    browser.open("").await;
    complete_decision(&browser, SCENARIO_A).await;
    if let Some(name) = name {
        // Select all and type over the name, then leave the field, as a person does.
        let field = browser.wait_for("#decision-name").await;
        field
            .send_keys(&format!("\u{e009}a\u{e000}{name}\t"))
            .await
            .unwrap();
        browser
            .wait_until(
                &format!("document.title.includes({})", serde_json::json!(name)),
                10,
            )
            .await;
    }
    let order = ranking(&browser).await;
    browser.click("#copy-link").await;
    let link = browser
        .wait_for("#share-link")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    browser.finish().await;
    let fragment = link
        .split_once('#')
        .map(|(_, fragment)| format!("#{fragment}"))
        .unwrap_or_default();
    assert!(fragment.starts_with("#/s/"), "share link was {link:?}");
    let payload_len = fragment.len() - "#/s/".len();
    assert!(
        payload_len <= 60,
        "payload of {payload_len} characters: {fragment}"
    );
    (fragment, order)
}

#[tokio::test(flavor = "current_thread")]
async fn the_link_for_scenario_a_shows_the_same_ranking_in_a_fresh_browser() {
    let _turn = one_browser_at_a_time().await;
    let (fragment, order) = share_scenario_a().await;
    assert_eq!(order.first().map(String::as_str), Some("node"));

    // A different browser profile on a different server: nothing shared but the link.
    let browser = Browser::launch("/").await;
    browser.open(&fragment).await;
    browser.wait_for("#shared-banner").await;
    assert_eq!(ranking(&browser).await, order);
    // Read-only: the priority sliders are disabled.
    let slider = browser.wait_for("input[data-criterion='hiring']").await;
    assert!(
        !slider.is_enabled().await.unwrap(),
        "sliders are read-only in a shared view"
    );
    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_link_carries_the_decision_name_as_text_and_the_copy_keeps_it() {
    let _turn = one_browser_at_a_time().await;
    // Markup in a name must stay text on the other side.
    let name = "Q3 <b>platform</b>";
    let (fragment, _) = share_scenario_a_named(Some(name)).await;

    let browser = Browser::launch("/").await;
    browser.open(&fragment).await;
    assert_eq!(
        browser.text("#shared-name").await,
        format!("Decision: {name}")
    );
    let markup = browser
        .eval("return document.querySelector('#shared-name b') === null && document.title;")
        .await;
    assert!(
        markup.as_str().is_some_and(|title| title.contains(name)),
        "the name is text, and the tab names it: {markup}"
    );
    browser.click("#save-copy").await;
    browser.wait_for("#result-actions").await;
    browser
        .wait_until(
            &format!(
                "document.querySelector('#decision-name').value === {}",
                serde_json::json!(format!("{name} (copy)"))
            ),
            10,
        )
        .await;
    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_tampered_link_shows_the_error_and_leaves_saved_decisions_intact() {
    let _turn = one_browser_at_a_time().await;
    let (fragment, _) = share_scenario_a().await;

    let browser = Browser::launch("/").await;
    // The user has a saved decision of their own (a copy of the shared one).
    browser.open(&fragment).await;
    browser.click("#save-copy").await;
    browser.wait_for("#result-actions").await;
    browser.open("#/sessions").await;
    let before = browser.text("#session-list").await;

    // Change one character of the payload.
    let mut tampered: Vec<char> = fragment.chars().collect();
    let last = tampered.len() - 1;
    tampered[last] = if tampered[last] == 'A' { 'B' } else { 'A' };
    let tampered: String = tampered.into_iter().collect();
    browser.open(&tampered).await;
    let error = browser.text("#share-error").await;
    assert!(
        error.to_lowercase().contains("changed")
            || error.to_lowercase().contains("damaged")
            || error.to_lowercase().contains("cut"),
        "the error should say the link was damaged: {error:?}"
    );
    // Garbage and an oversized payload are refused the same way.
    browser.open("#/s/%%%not-base64%%%").await;
    browser.wait_for("#share-error").await;
    browser.open(&format!("#/s/{}", "A".repeat(5000))).await;
    browser.wait_for("#share-error").await;

    browser.open("#/sessions").await;
    assert_eq!(
        browser.text("#session-list").await,
        before,
        "saved decisions changed"
    );
    browser.finish().await;
}
