//! After the choice: a trial that contradicts the recommendation, and the app says
//! so; the cost calculator follows its inputs; a review is recorded; all of it is
//! in the exported file and the printed record, and survives a reload.

use serde_json::{Value, json};

use crate::files::{CAPTURE_DOWNLOADS, downloads};
use crate::record::printed_pages;
use crate::support::flow::{SCENARIO_A, complete_decision};
use crate::support::{Browser, one_browser_at_a_time};

/// Selects everything in a text input and types `text` over it, as a person does.
async fn type_over(browser: &Browser, css: &str, text: &str) {
    let input = browser.wait_for(css).await;
    input
        .send_keys(&format!("\u{e009}a\u{e000}{text}"))
        .await
        .unwrap_or_else(|e| panic!("type into `{css}`: {e}"));
}

async fn choose(browser: &Browser, css: &str, value: &str) {
    browser
        .wait_for(css)
        .await
        .select_by_value(value)
        .await
        .unwrap_or_else(|e| panic!("choose {value} in `{css}`: {e}"));
}

/// Waits up to 10 s until the element's text contains `part`; says what it shows
/// otherwise.
async fn wait_text(browser: &Browser, css: &str, part: &str) {
    browser.wait_for(css).await;
    let script = format!("return document.querySelector({}).textContent;", json!(css));
    let mut shown = Value::Null;
    for _ in 0..100 {
        shown = browser.eval(&script).await;
        if shown.as_str().is_some_and(|t| t.contains(part)) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("`{css}` never showed {part:?}; it shows {shown}");
}

async fn value_of(browser: &Browser, css: &str) -> Value {
    browser
        .eval(&format!(
            "return document.querySelector({}).value;",
            json!(css)
        ))
        .await
}

#[tokio::test(flavor = "current_thread")]
async fn a_contradicting_trial_the_calculator_and_a_review_end_up_in_the_file_and_record() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    complete_decision(&browser, SCENARIO_A).await;
    browser.click("#open-trial").await;
    wait_text(&browser, "#trial-verdict", "No trial recorded yet.").await;

    browser.click("#trial-add-node").await;
    browser.click("#trial-add-go").await;

    // A bad value is refused with a message, and stays in the box as typed.
    type_over(&browser, "#trial-node-idle_memory_mb", "-40").await;
    wait_text(
        &browser,
        "#trial-node-idle_memory_mb-error",
        "Idle memory per instance cannot be negative",
    )
    .await;
    assert_eq!(
        value_of(&browser, "#trial-node-idle_memory_mb").await,
        json!("-40")
    );
    type_over(&browser, "#trial-node-latency_ms", "fast").await;
    wait_text(
        &browser,
        "#trial-node-latency_ms-error",
        "\"fast\" is not one",
    )
    .await;
    type_over(&browser, "#trial-node-latency_ms", "35").await;
    type_over(&browser, "#trial-node-idle_memory_mb", "420").await;
    browser
        .wait_until(
            "document.querySelector('#trial-node-idle_memory_mb-error').textContent === ''",
            10,
        )
        .await;

    // Node.js, the recommendation, took far longer than Go, and someone dreads it.
    for (lang, hours, memory) in [
        ("node", ["20", "12", "8"], None),
        ("go", ["6", "5", "4"], Some("20")),
    ] {
        for (field, value) in ["endpoint_hours", "job_hours", "pipeline_hours"]
            .into_iter()
            .zip(hours)
        {
            type_over(&browser, &format!("#trial-{lang}-{field}"), value).await;
        }
        if let Some(mb) = memory {
            type_over(&browser, &format!("#trial-{lang}-idle_memory_mb"), mb).await;
        }
    }
    choose(&browser, "#trial-node-dread", "yes").await;
    type_over(&browser, "#trial-node-dread-note", "callback soup\t").await;
    wait_text(
        &browser,
        "#trial-verdict",
        "The trial contradicts the recommendation (Node.js)",
    )
    .await;
    let revisit = browser.text("#trial-revisit").await;
    assert!(revisit.contains("Node"), "answers to revisit: {revisit}");
    let findings = browser.text("#trial-assessment .findings").await;
    assert!(findings.contains("Node.js took 40 h"), "{findings}");

    // The calculator: defaults first (4 instances at 4.00 per GB-month), then more
    // production instances and a different price.
    wait_text(&browser, "#cost-node-monthly", "6.56").await;
    wait_text(&browser, "#cost-go-monthly", "0.31").await;
    type_over(&browser, "#assumption-production_instances", "10").await;
    wait_text(&browser, "#cost-node-monthly", "19.69").await;
    type_over(&browser, "#assumption-price_per_gb_month", "5").await;
    wait_text(&browser, "#cost-node-monthly", "24.61").await;
    wait_text(
        &browser,
        "#cost-monthly-gap",
        "Node.js costs 23.44 more than Go a month",
    )
    .await;
    wait_text(&browser, "#cost-assumptions", "5.00 per GB-month").await;
    wait_text(
        &browser,
        "#cost-engineer-gap",
        "Node.js costs 1,875.00 more than Go",
    )
    .await;

    // The review after two releases: two signs of a bad fit, change early.
    type_over(&browser, "#review-releases", "2").await;
    choose(&browser, "#review-cloud_bill", "over_budget").await;
    choose(&browser, "#review-delivery_speed", "worse").await;
    choose(&browser, "#review-outcome", "change_early").await;
    wait_text(&browser, "#review-verdict", "2 signs of a bad fit").await;
    wait_text(
        &browser,
        "#review-change-costs",
        "extracting one new service",
    )
    .await;

    // Saved: a reload shows the same.
    browser.reload().await;
    wait_text(
        &browser,
        "#trial-verdict",
        "The trial contradicts the recommendation (Node.js)",
    )
    .await;
    assert_eq!(
        value_of(&browser, "#assumption-production_instances").await,
        json!("10")
    );

    // In the exported file.
    browser.click("a[href$='/result']").await;
    browser
        .client
        .execute(CAPTURE_DOWNLOADS, vec![])
        .await
        .unwrap();
    browser.click("#export-json").await;
    let file = downloads(&browser, 1).await.remove(0);
    let session: Value = serde_json::from_str(file["text"].as_str().unwrap()).unwrap();
    assert_eq!(session["version"], 2);
    let cards = &session["trial"]["scorecards"];
    assert_eq!(cards[0]["language"], "go");
    assert_eq!(cards[1]["language"], "node");
    assert_eq!(cards[1]["idle_memory_mb"], 420);
    assert_eq!(cards[1]["latency_ms"], 35);
    assert_eq!(cards[1]["dread"], "yes");
    assert_eq!(cards[1]["notes"]["dread"], "callback soup");
    assert_eq!(session["trial"]["assumptions"]["production_instances"], 10);
    assert_eq!(session["trial"]["assumptions"]["price_per_gb_month"], 5);
    assert_eq!(session["review"]["outcome"], "change_early");
    assert_eq!(session["review"]["releases"], 2);

    // In the printed record, collapsed to the results.
    browser.click("#open-record").await;
    wait_text(
        &browser,
        "#record",
        "The trial contradicts the recommendation (Node.js)",
    )
    .await;
    let record = browser.text("#record").await;
    for part in [
        "Against: Node.js took 40 h",
        "Idle memory cost, on our assumptions:",
        "Result after 2 releases:",
        "Outcome: change early.",
        "extracting one new service",
    ] {
        assert!(
            record.contains(part),
            "the record lacks {part:?}:\n{record}"
        );
    }
    assert!(!record.contains("Within one sprint, build in"), "{record}");
    let pages = printed_pages(&browser).await;
    assert_eq!(
        pages, 1,
        "the record with a trial and a review printed on {pages} pages"
    );

    browser.finish().await;
}
