//! The advice when little is known: an empty decision says it cannot decide yet
//! (in the live result and on the result view) and names the deciding questions;
//! a decision with one "not sure" recommends a language, shows the score ranges and
//! says whether the pick is decided or what could change it.

use crate::support::flow::{SCENARIO_A, complete_decision};
use crate::support::{Browser, one_browser_at_a_time};

#[tokio::test(flavor = "current_thread")]
async fn an_empty_decision_cannot_decide_yet_and_names_the_deciding_questions() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    browser.click("#start-decision").await;
    browser.wait_for("#step-title").await;
    let live = browser.text(".live-result .live-verdict").await;
    assert!(live.starts_with("Cannot decide yet"), "{live:?}");
    assert!(
        live.contains("The answers that would decide it"),
        "{live:?}"
    );
    // Ranges instead of bare scores while everything is open.
    let rows = browser.text(".live-result .live-rows").await;
    assert!(rows.contains("could range"), "{rows:?}");

    browser.click(".live-result a.button").await;
    browser.wait_for("#ranking").await;
    let title = browser.text("#result-title").await;
    assert_eq!(title, "Cannot decide yet");
    browser
        .wait_for("#verdict[data-status='cannot-decide']")
        .await;
    let verdict = browser.text("#verdict").await;
    assert!(
        verdict.contains("\""),
        "names the deciding questions: {verdict:?}"
    );
    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn one_not_sure_shows_ranges_and_whether_the_pick_is_decided() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    // Scenario A with every answer given except traffic, answered "not sure".
    let answers: Vec<(&str, &[&str])> = SCENARIO_A
        .iter()
        .map(|&(question, options)| match question {
            "hiring_go" => (question, &["hard"][..]),
            "hiring_python" => (question, &["moderate"][..]),
            "heavy_work_outlook" => (question, &["possible"][..]),
            "traffic_level" => (question, &["not_sure"][..]),
            _ => (question, options),
        })
        .collect();
    complete_decision(&browser, &answers).await;

    let title = browser.text("#result-title").await;
    assert_eq!(title, "Recommended default: Node.js");
    let ranking = browser.text("#ranking").await;
    assert!(ranking.contains("could range"), "{ranking:?}");
    let status = browser
        .wait_for("#verdict")
        .await
        .attr("data-status")
        .await
        .ok()
        .flatten()
        .unwrap_or_default();
    let verdict = browser.text("#verdict").await;
    match status.as_str() {
        "decided" => assert!(verdict.starts_with("Decided"), "{verdict:?}"),
        "open" => assert!(verdict.starts_with("Could change if"), "{verdict:?}"),
        other => panic!("one \"not sure\" must not stop a recommendation: {other} {verdict:?}"),
    }
    browser.finish().await;
}
