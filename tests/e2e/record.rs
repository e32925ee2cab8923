//! The decision record: generated from scenario A, shown as a page, and printed
//! on exactly one A4 page by the print stylesheet.

use serde_json::json;

use crate::support::flow::{SCENARIO_A, complete_decision};
use crate::support::{Browser, one_browser_at_a_time};

#[tokio::test(flavor = "current_thread")]
async fn the_record_for_scenario_a_prints_on_one_page() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    complete_decision(&browser, SCENARIO_A).await;
    let name = browser.wait_for("#decision-name").await;
    // Emptying the name and leaving the field keeps the name (and shows it again).
    name.clear().await.unwrap();
    name.send_keys("\t").await.unwrap();
    let kept = browser
        .eval("return document.getElementById('decision-name').value;")
        .await;
    assert_eq!(kept, json!("Untitled decision"), "an emptied name is kept");
    let name = browser.wait_for("#decision-name").await;
    // Select all and type over it, as a person does (Control+A, then release).
    name.send_keys("\u{e009}a\u{e000}Acme SaaS backend\t")
        .await
        .unwrap();
    browser.click("#open-record").await;
    let title = browser.text("#record h1").await;
    assert!(title.contains("Node.js"), "record title: {title:?}");
    assert!(
        title.starts_with("Acme SaaS backend"),
        "the record uses the decision's name: {title:?}"
    );
    for heading in [
        "Decision",
        "One-sprint trial",
        "Review after the first releases",
    ] {
        let text = browser.text("#record").await;
        assert!(text.contains(heading), "the record lacks {heading:?}");
    }

    let pages = printed_pages(&browser).await;
    assert_eq!(pages, 1, "the record printed on {pages} pages");

    browser.finish().await;
}

/// How many A4 pages the current view prints on (Chromium's print to PDF, with
/// the print stylesheet).
pub(crate) async fn printed_pages(browser: &Browser) -> usize {
    let pdf = browser
        .cdp(
            "Page.printToPDF",
            json!({ "paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": true }),
        )
        .await;
    let data = pdf["data"].as_str().unwrap_or_default();
    let url_safe: String = data
        .trim_end_matches('=')
        .chars()
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            other => other,
        })
        .collect();
    let bytes = stackwise::share::base64url::decode(&url_safe).expect("a PDF in base64");
    let text = String::from_utf8_lossy(&bytes);
    text.matches("/Type /Page\n").count()
        + text.matches("/Type /Page\r").count()
        + text.matches("/Type /Page/").count()
        + text.matches("/Type /Page>").count()
        + text.matches("/Type/Page/").count()
        + text.matches("/Type/Page>").count()
        + text.matches("/Type/Page\n").count()
}
