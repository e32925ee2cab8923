//! The product's main path: answer public scenario A through the UI, read the
//! result, move a priority, and check accessibility of both views.

use std::time::Duration;

use fantoccini::Locator;
use serde_json::json;

use crate::support::flow::{SCENARIO_A, complete_decision, ranking};
use crate::support::page::RADAR;
use crate::support::{Browser, one_browser_at_a_time};

#[tokio::test(flavor = "current_thread")]
async fn scenario_a_ranks_node_first_and_draws_the_radar() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    complete_decision(&browser, SCENARIO_A).await;

    assert_eq!(
        ranking(&browser).await.first().map(String::as_str),
        Some("node")
    );
    browser.wait_for("[data-warning='heavy_jobs_later']").await;
    browser.check_radar().await;
    // Sensitivity in plain words, naming each runner-up and what would change it.
    let sensitivity = browser.text("#sensitivity").await;
    for expected in ["Python is", "Go is", "points behind"] {
        assert!(
            sensitivity.contains(expected),
            "{expected:?} missing from {sensitivity:?}"
        );
    }
    // Reasons name the answers they came from.
    let reasons = browser.text("#reasons").await;
    assert!(reasons.contains("From your answer:"), "{reasons:?}");

    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn moving_a_priority_slider_updates_ranking_and_margin_live() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    complete_decision(&browser, SCENARIO_A).await;

    let before = browser.text("#ranking").await;
    set_slider(&browser, "runtime_cost", 10).await;
    set_slider(&browser, "team_fit", 0).await;
    set_slider(&browser, "delivery_speed", 0).await;
    let mut after = before.clone();
    for _ in 0..50 {
        after = browser.text("#ranking").await;
        if after != before {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_ne!(
        before, after,
        "moving sliders changed neither ranking nor margin"
    );
    let value = browser
        .text("label[for='weight-runtime_cost'] output")
        .await;
    assert_eq!(value, "10");

    browser.finish().await;
}

/// Sets a range input the way a user's drag does: value, then an `input` event.
async fn set_slider(browser: &Browser, criterion: &str, value: u8) {
    browser
        .client
        .execute(
            "const input = document.querySelector(`input[data-criterion='${arguments[0]}']`);
             input.value = String(arguments[1]);
             input.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![json!(criterion), json!(value)],
        )
        .await
        .expect("move a slider");
}

#[tokio::test(flavor = "current_thread")]
async fn questionnaire_and_result_have_no_serious_accessibility_violations() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    browser.click("#start-decision").await;
    browser.wait_for("fieldset[data-question]").await;
    let violations = axe(&browser).await;
    assert!(violations.is_empty(), "questionnaire: {violations:#?}");

    // Open a help text too, then finish and check the result view.
    browser.click(".help-toggle").await;
    browser.client.find(Locator::Css("#next")).await.unwrap();
    crate::support::flow::answer_visible(&browser, SCENARIO_A).await;
    for _ in 0..crate::support::flow::STEPS {
        browser.click("#next").await;
    }
    browser.wait_for(RADAR).await;
    let violations = axe(&browser).await;
    assert!(violations.is_empty(), "result: {violations:#?}");

    // The dark theme (system setting) meets the same bar, contrast included.
    browser
        .cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": "dark" }] }),
        )
        .await;
    let dark = browser
        .client
        .execute(
            "return matchMedia('(prefers-color-scheme: dark)').matches;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(dark, json!(true), "dark mode was not emulated");
    let violations = axe(&browser).await;
    assert!(violations.is_empty(), "result, dark theme: {violations:#?}");
    browser.click("#open-record").await;
    browser.wait_for("#record h1").await;
    let violations = axe(&browser).await;
    assert!(violations.is_empty(), "record, dark theme: {violations:#?}");
    for (view, ready) in [
        ("#/method", "#method-title"),
        ("#/sessions", "#session-list"),
    ] {
        browser.open(view).await;
        browser.wait_for(ready).await;
        let violations = axe(&browser).await;
        assert!(violations.is_empty(), "{view}, dark theme: {violations:#?}");
    }

    browser.finish().await;
}

/// Runs axe-core (installed by npm for tests only) on the page; returns the
/// serious and critical violations as "rule: target…" lines.
pub async fn axe(browser: &Browser) -> Vec<String> {
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/node_modules/axe-core/axe.min.js"
    ))
    .expect("axe-core is installed by scripts/setup (npm ci)");
    browser
        .client
        .execute(&source, vec![])
        .await
        .expect("load axe-core");
    let result = browser
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] })
                .then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | '))))
                .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .expect("run axe-core");
    result
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test(flavor = "current_thread")]
async fn a_360_px_phone_gets_no_horizontal_scrolling() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.client.set_window_size(360, 780).await.unwrap();
    browser.open("").await;
    browser.click("#start-decision").await;
    browser.wait_for("fieldset[data-question]").await;
    browser.click(".help-toggle").await;
    assert_fits(&browser, "questionnaire").await;
    crate::support::flow::answer_visible(&browser, SCENARIO_A).await;
    for _ in 0..crate::support::flow::STEPS {
        browser.click("#next").await;
    }
    browser.wait_for(RADAR).await;
    assert_fits(&browser, "result").await;
    browser.finish().await;
}

async fn assert_fits(browser: &Browser, view: &str) {
    let widths = browser
        .client
        .execute(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];",
            vec![],
        )
        .await
        .unwrap();
    let scroll = widths[0].as_f64().unwrap_or(0.0);
    let client = widths[1].as_f64().unwrap_or(0.0);
    assert!(
        client <= 400.0,
        "the window was not phone-sized: {client}px"
    );
    assert!(
        scroll <= client,
        "{view}: content is {scroll}px wide in a {client}px viewport"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn the_questionnaire_works_from_the_keyboard() {
    use fantoccini::key::Key;
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    browser
        .wait_for("#start-decision")
        .await
        .send_keys(&Key::Enter.to_string())
        .await
        .unwrap();
    let first = browser
        .wait_for("fieldset[data-question='team_size_now'] input[value='solo']")
        .await;

    // Arrow keys move through a radio group and choose as they go.
    first.send_keys(" ").await.unwrap();
    assert!(
        first.is_selected().await.unwrap(),
        "space chose the focused option"
    );
    first.send_keys(&Key::Down.to_string()).await.unwrap();
    let second = browser
        .wait_for("fieldset[data-question='team_size_now'] input[value='two_to_three']")
        .await;
    assert!(
        second.is_selected().await.unwrap(),
        "arrow down chose the next option"
    );
    assert!(!first.is_selected().await.unwrap());
    let progress = browser.text("[data-progress]").await;
    assert!(
        progress.starts_with("1 of "),
        "one answer counted: {progress}"
    );

    // Enter on an option goes to the next step.
    second.send_keys(&Key::Enter.to_string()).await.unwrap();
    browser
        .wait_for("fieldset[data-question='hiring_node']")
        .await;
    assert_eq!(browser.text(".step-count").await, "Step 2 of 7");

    // Every option and slider has an accessible name.
    let unnamed = browser
        .client
        .execute(
            "return [...document.querySelectorAll('input')].filter(i => !i.labels || i.labels.length === 0).length;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(unnamed, json!(0), "inputs without a label");
    browser.finish().await;
}
