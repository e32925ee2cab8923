//! Driving the questionnaire as a user would: start a decision, answer the
//! questions shown on each step by clicking their options, go Next.

use fantoccini::Locator;

use super::Browser;

/// Answers of the brief's public scenario A (four-person SaaS team, TypeScript
/// frontend, API + light workers + admin tool, moderate traffic), as a real team
/// would click them. `not_sure` is the "Not sure" choice.
pub const SCENARIO_A: &[(&str, &[&str])] = include!("../../fixtures/scenario_a.rs");

/// Number of questionnaire steps (six sections and the priorities).
pub const STEPS: usize = 7;

/// From the landing view: starts a decision, answers `answers` step by step and
/// ends on the result view.
pub async fn complete_decision(browser: &Browser, answers: &[(&str, &[&str])]) {
    browser.click("#start-decision").await;
    for step in 0..STEPS {
        browser.wait_for("#step-title").await;
        let step_label = format!("Step {} of {STEPS}", step + 1);
        browser
            .client
            .wait()
            .for_element(Locator::XPath(&format!(
                "//p[@class='step-count' and text()='{step_label}']"
            )))
            .await
            .unwrap_or_else(|e| panic!("never reached {step_label}: {e}"));
        answer_visible(browser, answers).await;
        browser.click("#next").await;
    }
    browser.wait_for("#ranking").await;
}

/// Clicks the options of every listed question shown on the current step, in
/// order (so conditional questions appear before they are answered).
pub async fn answer_visible(browser: &Browser, answers: &[(&str, &[&str])]) {
    for (question, options) in answers {
        let selector = format!("fieldset[data-question='{question}']");
        if browser.client.find(Locator::Css(&selector)).await.is_err() {
            continue;
        }
        for option in *options {
            let input = format!("{selector} input[value='{option}']");
            let element = browser.wait_for(&input).await;
            if !element.is_selected().await.expect("read checked state") {
                element
                    .click()
                    .await
                    .unwrap_or_else(|e| panic!("click {input}: {e}"));
                ticked(browser, &selector, &input).await;
            }
        }
    }
}

/// Waits until the option just clicked reads as checked, so the next click is
/// aimed at a page that has taken this one in; a click that landed elsewhere
/// fails here, naming what the question then had checked.
async fn ticked(browser: &Browser, fieldset: &str, input: &str) {
    let script = format!("return document.querySelector(\"{input}\")?.checked === true;");
    for _ in 0..50 {
        if browser.eval(&script).await == serde_json::Value::Bool(true) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let checked = browser
        .eval(&format!(
            "return [...document.querySelectorAll(\"{fieldset} input:checked\")].map(i => i.value).join(', ');"
        ))
        .await;
    panic!("clicked {input}, but it is not checked after 5 s; checked: {checked}");
}

/// The language ids in rank order, as shown by the ranking cards.
pub async fn ranking(browser: &Browser) -> Vec<String> {
    let cards = browser
        .client
        .find_all(Locator::Css("#ranking [data-language]"))
        .await
        .expect("find ranking cards");
    let mut ids = Vec::new();
    for card in cards {
        ids.push(
            card.attr("data-language")
                .await
                .ok()
                .flatten()
                .unwrap_or_default(),
        );
    }
    ids
}

/// Picks `file` in the saved decisions' import field (the page must show it).
pub async fn import_file(browser: &Browser, file: &std::path::Path) {
    browser
        .wait_for("#import-file")
        .await
        .send_keys(&file.display().to_string())
        .await
        .unwrap_or_else(|e| panic!("pick {}: {e}", file.display()));
}
