//! The static first screen in index.html: usable before the app has loaded, and
//! nothing the user did on it is lost when the app takes over.

use serde_json::Value;

use crate::support::{Browser, one_browser_at_a_time};

/// The options ticked before the app is there: a single choice, changed once,
/// and one more question.
const TICKED: [(&str, &str); 2] = [
    ("team_size_now", "two_to_three"),
    ("proficiency_go", "one_shipped"),
];

fn input(name: &str, value: &str) -> String {
    format!("fieldset[data-question] input[name='{name}'][value='{value}']")
}

/// Opens the app at `fragment` with its wasm held back by the server (until
/// `release`), so the page is what index.html and the stylesheet give. Does not
/// wait for the page to load, since its start-up script waits for the wasm.
async fn open_without_the_app(browser: &Browser, fragment: &str) {
    browser.server.hold(".wasm");
    browser
        .client
        .goto("about:blank")
        .await
        .expect("open a blank page");
    let url = format!("{}{fragment}", browser.server.app_url());
    browser
        .eval(&format!("location.assign({url:?}); return null;"))
        .await;
}

#[tokio::test(flavor = "current_thread")]
async fn answers_given_before_the_app_has_loaded_are_kept_when_it_takes_over() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    open_without_the_app(&browser, "").await;

    browser.click("#start-decision").await;
    let first = input(TICKED[0].0, "solo");
    browser.wait_for(&first).await;
    browser
        .wait_until(
            &format!("document.querySelector(\"{first}\").checkVisibility()"),
            10,
        )
        .await;
    let before = browser
        .eval(
            "return { hash: location.hash, \
                     app: !!document.querySelector('[data-app-ready]'), \
                     landingShown: document.querySelector('.landing').checkVisibility(), \
                     next: document.getElementById('next').disabled, \
                     questions: [...document.querySelectorAll('fieldset[data-question]')] \
                        .map((f) => f.dataset.question) };",
        )
        .await;
    assert_eq!(before["hash"], "#/new", "{before}");
    assert_eq!(
        before["app"], false,
        "the app must not be there yet: {before}"
    );
    assert_eq!(before["landingShown"], false, "{before}");
    assert_eq!(before["next"], true, "Next waits for the app: {before}");
    let static_questions = before["questions"].as_array().cloned().unwrap_or_default();
    assert!(static_questions.len() >= 5, "{before}");

    // A wrong click, corrected, then another question; the focus stays on the
    // last option clicked.
    browser.click(&first).await;
    for (name, value) in TICKED {
        browser.click(&input(name, value)).await;
    }

    browser.server.release();
    browser.wait_for("[data-app-ready]").await;
    let after = browser
        .eval(&format!(
            "const checked = (n, v) => document.querySelector(`{}`).checked; \
             return {{ hash: location.hash, \
                      ticked: [checked('{}', '{}'), checked('{}', '{}'), checked('{}', 'solo')], \
                      focused: [document.activeElement.name, document.activeElement.value], \
                      progress: document.querySelector('[data-progress]').textContent, \
                      undo: document.getElementById('undo').disabled, \
                      questions: [...document.querySelectorAll('fieldset[data-question]')] \
                         .map((f) => f.dataset.question) }};",
            "fieldset[data-question] input[name='${n}'][value='${v}']",
            TICKED[0].0,
            TICKED[0].1,
            TICKED[1].0,
            TICKED[1].1,
            TICKED[0].0,
        ))
        .await;
    let hash = after["hash"].as_str().unwrap_or_default().to_owned();
    assert!(
        hash.starts_with("#/d/") && hash.ends_with("/q/0"),
        "the app shows the new decision's first step: {after}"
    );
    assert_eq!(
        after["ticked"],
        serde_json::json!([true, true, false]),
        "{after}"
    );
    assert_eq!(
        after["focused"],
        serde_json::json!([TICKED[1].0, TICKED[1].1]),
        "the focus is back on the option last clicked: {after}"
    );
    assert!(
        after["progress"]
            .as_str()
            .is_some_and(|p| p.starts_with("2 of ")),
        "{after}"
    );
    assert_eq!(
        after["undo"], false,
        "the early answers can be undone: {after}"
    );
    let app_questions = after["questions"].as_array().cloned().unwrap_or_default();
    for question in &static_questions {
        assert!(
            app_questions.contains(question),
            "the app's first step lacks {question}: {after}"
        );
    }

    // They are saved at once, like any answer.
    let saved = browser
        .eval(
            "return Object.entries(localStorage) \
               .filter(([k]) => k.startsWith('stackwise.session.')).map(([, v]) => v);",
        )
        .await;
    let saved = saved.as_array().cloned().unwrap_or_default();
    assert_eq!(
        saved.len(),
        1,
        "exactly one decision was created: {saved:?}"
    );
    let record = saved[0].as_str().unwrap_or_default();
    for (name, value) in TICKED {
        assert!(
            record.contains(name) && record.contains(value),
            "{name}={value} not saved: {record}"
        );
    }

    // Undo takes both early answers back in one step.
    browser.click("#undo").await;
    browser
        .wait_until(
            "document.querySelector('[data-progress]').textContent.startsWith('0 of ')",
            10,
        )
        .await;

    // `#/new` was replaced in the history: Back goes to the landing view, and
    // never starts another decision.
    browser.eval("history.back(); return null;").await;
    browser
        .wait_until(
            "['', '#/'].includes(location.hash) && document.getElementById('continue-decision')",
            10,
        )
        .await;
    let saved_count = browser
        .eval("return Object.keys(localStorage).filter((k) => k.startsWith('stackwise.session.')).length;")
        .await;
    assert_eq!(
        saved_count,
        Value::from(1),
        "Back started no other decision"
    );

    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn when_the_app_cannot_load_the_static_screen_says_so() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.cdp("Network.enable", serde_json::json!({})).await;
    browser
        .cdp(
            "Network.setBlockedURLs",
            serde_json::json!({ "urls": ["*.wasm"] }),
        )
        .await;
    browser
        .client
        .goto(&format!("{}#/new", browser.server.app_url()))
        .await
        .expect("open the app at #/new");
    browser
        .wait_until(
            "[...document.querySelectorAll('[data-start-status]')] \
               .some((s) => s.classList.contains('error') && s.checkVisibility())",
            20,
        )
        .await;
    let status = browser
        .eval("return document.querySelector('.first-step [data-start-status]').textContent;")
        .await;
    assert!(
        status
            .as_str()
            .is_some_and(|s| s.contains("could not load") && s.contains("reload")),
        "{status}"
    );
    // The first step stays usable: what is ticked is still there to reload into.
    browser.click(&input(TICKED[0].0, TICKED[0].1)).await;
    assert_eq!(
        browser
            .eval("return document.getElementById('next').disabled;")
            .await,
        Value::Bool(true)
    );
    let errors = browser.console_errors().await;
    assert!(
        errors
            .iter()
            .any(|e| e.contains("Stackwise could not start")),
        "the failure is in the console too: {errors:#?}"
    );
    browser
        .cdp("Network.setBlockedURLs", serde_json::json!({ "urls": [] }))
        .await;
    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_deep_link_waits_for_the_app_instead_of_showing_the_landing_view() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    open_without_the_app(&browser, "#/sessions").await;
    browser.wait_for("#start-decision").await;
    let shown = browser
        .eval("return document.querySelector('.landing').checkVisibility({ visibilityProperty: true });")
        .await;
    assert_eq!(
        shown,
        Value::Bool(false),
        "the static landing view must not show"
    );
    browser.server.release();
    browser.wait_for("#sessions-title").await;
    let shown = browser
        .eval("return document.getElementById('sessions-title').checkVisibility({ visibilityProperty: true });")
        .await;
    assert_eq!(shown, Value::Bool(true), "the app's view shows");
    browser.finish().await;
}
