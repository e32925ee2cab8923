//! What a first-time user trips over (issue 18): an appended share link, a foreign
//! file imported, the tab title, focus after Next, Ctrl+Z and the offline-ready
//! message.

use crate::support::flow::import_file;
use crate::support::{Browser, one_browser_at_a_time};

#[tokio::test(flavor = "current_thread")]
async fn a_share_link_with_bytes_appended_was_changed_or_cut() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    // The worked example of docs/share-links.md opens; with "AA" appended (two zero
    // bytes, which keep the checksum valid) it is refused, not another result.
    browser.open("#/s/AQoxPyiRog").await;
    browser.wait_for("#shared-banner").await;
    // Worded for its reader, with the record shown read-only on request.
    let page = browser.text("main").await;
    for words in [
        "Move a slider",
        "From your answer",
        "your answers",
        "answer of yours",
    ] {
        assert!(
            !page.contains(words),
            "{words:?} in the shared view:\n{page}"
        );
    }
    browser.click("#show-record").await;
    assert!(browser.text("#record").await.contains("Decision"));
    browser.open("#/s/AQoxPyiRogAA").await;
    let error = browser.text("#share-error").await;
    assert!(error.contains("changed or cut"), "{error:?}");
    // A Greek letter is named as the user sees it, not as its percent-encoding.
    browser.open("#/s/AQ%CE%B1xPyiRog").await;
    let error = browser.text("#share-error").await;
    assert!(error.contains("\"α\" (U+03B1) at position 3"), "{error:?}");
    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_json_file_that_is_no_decision_is_refused_and_a_repaired_one_is_summed_up() {
    let _turn = one_browser_at_a_time().await;
    let dir = std::env::temp_dir().join(format!("stackwise-foreign-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let foreign = dir.join("hello.json");
    std::fs::write(&foreign, r#"{"hello": 1}"#).unwrap();
    let damaged = dir.join("damaged.json");
    std::fs::write(
        &damaged,
        r#"{"name": "Damaged", "answers": {"team_size_now": "solo", "gone": "x"}}"#,
    )
    .unwrap();

    let browser = Browser::launch("/").await;
    browser.open("#/sessions").await;
    browser.wait_for("#no-sessions").await;
    import_file(&browser, &foreign).await;
    let error = browser.text("#import-error").await;
    assert!(
        error.contains("hello.json") && error.contains("not a Stackwise decision"),
        "{error:?}"
    );
    assert!(!error.contains("created_ms"), "{error:?}");
    let rows = browser
        .eval("return document.querySelectorAll('.session-row').length;")
        .await;
    assert_eq!(rows, serde_json::json!(0), "something was added");
    browser.wait_for("#no-sessions").await;

    // A real but damaged file: one plain sentence, the particulars behind a disclosure.
    import_file(&browser, &damaged).await;
    browser.wait_for("#ranking").await;
    let notice = browser.text("#notices [data-notice] p").await;
    assert!(notice.contains("filled in or left out"), "{notice:?}");
    assert!(
        !notice.contains("created_ms") && !notice.contains("assumed"),
        "{notice:?}"
    );
    browser.click("#notices details summary").await;
    let details = browser.text("#notices details ul").await;
    assert!(details.contains("created_ms"), "{details:?}");
    browser.finish().await;
    let _ = std::fs::remove_dir_all(&dir);
}

/// A fresh browser on the first step of a new decision.
async fn new_decision() -> Browser {
    let browser = Browser::launch("/").await;
    browser.open("").await;
    browser.click("#start-decision").await;
    browser.wait_for("#step-title").await;
    browser
}

/// The id of the focused element.
async fn focused_id(browser: &Browser) -> String {
    browser
        .eval("return document.activeElement ? document.activeElement.id : '';")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test(flavor = "current_thread")]
async fn after_start_and_next_focus_is_on_the_new_steps_heading() {
    let _turn = one_browser_at_a_time().await;
    let browser = new_decision().await;
    browser
        .wait_until(
            "document.activeElement && document.activeElement.id === 'step-title'",
            10,
        )
        .await;
    let first = browser.text("#step-title").await;
    browser.click("#next").await;
    browser
        .wait_until(
            &format!(
                "document.activeElement && document.activeElement.id === 'step-title' \
                 && document.activeElement.textContent !== {first:?}"
            ),
            10,
        )
        .await;
    assert_eq!(focused_id(&browser).await, "step-title");
    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn ctrl_z_undoes_outside_text_fields_and_a_slider_gesture_is_one_step() {
    use fantoccini::key::Key;
    let _turn = one_browser_at_a_time().await;
    let browser = new_decision().await;
    let option = "fieldset[data-question='team_size_now'] input[value='solo']";
    browser.click(option).await;
    assert!(browser.wait_for(option).await.is_selected().await.unwrap());
    let ctrl_z = format!("{}z", char::from(Key::Control));
    let press_ctrl_z = async |css: &str| {
        let element = browser.wait_for(css).await;
        element.send_keys(&ctrl_z).await.unwrap();
    };
    // Pressed on the option itself (not a text field): the answer is undone.
    press_ctrl_z(option).await;
    browser
        .wait_until(
            &format!("!document.querySelector(\"{option}\").checked"),
            10,
        )
        .await;

    // A slider dragged through several values is one Undo step.
    let session = browser
        .eval("return location.hash.split('/')[2];")
        .await
        .as_str()
        .unwrap()
        .to_owned();
    browser.open(&format!("#/d/{session}/q/6")).await;
    let slider = "input[data-criterion='hiring']";
    let before = browser.wait_for(slider).await.prop("value").await.unwrap();
    browser
        .eval(&format!(
            "const s = document.querySelector(\"{slider}\");
             for (const v of ['1', '2', '3']) {{
                 s.value = v; s.dispatchEvent(new Event('input', {{ bubbles: true }}));
             }}
             s.dispatchEvent(new Event('change', {{ bubbles: true }}));"
        ))
        .await;
    assert_eq!(
        browser
            .wait_for(slider)
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("3")
    );
    press_ctrl_z(slider).await;
    browser
        .wait_until(
            &format!(
                "document.querySelector(\"{slider}\").value === {:?}",
                before.unwrap_or_default()
            ),
            10,
        )
        .await;
    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_tab_title_names_the_view_and_the_decision() {
    let _turn = one_browser_at_a_time().await;
    let browser = new_decision().await;
    let step = browser.text("#step-title").await;
    browser
        .wait_until(
            &format!(
                "document.title === {:?}",
                format!("{step} · Untitled decision · Stackwise")
            ),
            10,
        )
        .await;
    browser.open("#/sessions").await;
    browser
        .wait_until("document.title === 'Saved decisions · Stackwise'", 10)
        .await;
    browser.open("#/method").await;
    browser
        .wait_until("document.title === 'How scoring works · Stackwise'", 10)
        .await;
    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_app_says_once_when_it_works_offline_and_when_it_is_offline() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    let ready = browser.text("#offline-ready").await;
    assert!(ready.contains("Stackwise now works offline"), "{ready:?}");
    // Said once: a reload, with the worker already active, does not say it again.
    browser.wait_for_service_worker_control().await;
    browser.reload().await;
    browser.wait_for("#landing-title").await;
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    let again = browser
        .eval("return document.querySelector('#offline-ready') !== null;")
        .await;
    assert_eq!(again, serde_json::Value::Bool(false), "said twice");
    // Offline is shown while it lasts.
    let conditions = |offline: bool| {
        serde_json::json!({
            "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1
        })
    };
    browser
        .cdp("Network.emulateNetworkConditions", conditions(true))
        .await;
    let status = browser.text("#offline-status").await;
    assert!(status.contains("You are offline"), "{status:?}");
    browser
        .cdp("Network.emulateNetworkConditions", conditions(false))
        .await;
    browser
        .wait_until("document.querySelector('#offline-status') === null", 10)
        .await;
    browser.finish().await;
}
