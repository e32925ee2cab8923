//! Other tabs saving the decision this tab is working on: the conflict notice and
//! its choices, driven through the UI, and text being typed that another tab's
//! save must leave alone.

use std::time::Duration;

use fantoccini::Locator;
use serde_json::json;

use crate::storage::{
    session_id, start_and_answer_first_step, storage_value, type_new_name_in_list,
    wait_for_stored_name,
};
use crate::support::{Browser, one_browser_at_a_time};

const CONFLICT: &str = "was also changed in another tab";

fn option(question: &str, value: &str) -> String {
    format!("fieldset[data-question='{question}'] input[value='{value}']")
}

/// The stored answer to `question` of decision `id`.
async fn stored_answer(browser: &Browser, id: &str, question: &str) -> serde_json::Value {
    let raw = storage_value(browser, &format!("stackwise.session.{id}"))
        .await
        .unwrap_or_else(|| panic!("{id} is not stored"));
    let record: serde_json::Value = serde_json::from_str(&raw).unwrap();
    record["session"]["answers"][question].clone()
}

/// Waits until decision `id` is stored with `value` as its answer to `question`.
async fn wait_for_stored_answer(browser: &Browser, id: &str, question: &str, value: &str) {
    for _ in 0..100 {
        if stored_answer(browser, id, question).await == json!(value) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(stored_answer(browser, id, question).await, json!(value));
}

/// Saves decision `id` as another tab of this site would (from a hidden frame,
/// another document of the site, so this tab keeps the focus): its answer to
/// `question` becomes `value`. With `then_click`, clicks that element in the same
/// script, before this tab can have processed the resulting storage event (as a
/// click a few milliseconds after another tab's save does).
async fn save_elsewhere(
    browser: &Browser,
    id: &str,
    question: &str,
    value: &str,
    then_click: Option<&str>,
) {
    browser
        .client
        .execute(
            "const [key, question, value, thenClick] = arguments;
             const record = JSON.parse(localStorage.getItem(key));
             record.revision += 1;
             record.session.answers[question] = value;
             record.session.updated_ms += 1;
             let frame = document.getElementById('other-document');
             if (!frame) {
               frame = document.createElement('iframe');
               frame.id = 'other-document';
               frame.hidden = true;
               document.body.append(frame);
             }
             frame.contentWindow.localStorage.setItem(key, JSON.stringify(record));
             if (thenClick) document.querySelector(thenClick).click();",
            vec![
                json!(format!("stackwise.session.{id}")),
                json!(question),
                json!(value),
                json!(then_click),
            ],
        )
        .await
        .unwrap();
}

/// Another tab answers; this tab answers a moment later, before it has processed
/// the other tab's storage event. This tab's save is refused and it says so;
/// when the event then arrives, this tab's answer stays (it used to be replaced
/// by the other version: "you now see that version", and "keep mine" or
/// "overwrite" then acted on the other tab's answers). Overwriting stores this
/// tab's answer, and a second tab that had the decision open shows it.
#[tokio::test(flavor = "current_thread")]
async fn a_save_racing_another_tabs_save_asks_and_keeps_this_tabs_answer() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    let id = session_id(&start_and_answer_first_step(&browser).await);
    let step = format!("#/d/{id}/q/1");
    browser.open(&step).await;
    browser.wait_for(&option("hiring_node", "easy")).await;
    let this_tab = browser.client.window().await.unwrap();
    let second_tab = browser.client.new_window(true).await.unwrap().handle;
    browser
        .client
        .switch_to_window(second_tab.clone())
        .await
        .unwrap();
    browser.open(&step).await;
    browser.wait_for(&option("hiring_node", "easy")).await;
    browser.client.switch_to_window(this_tab).await.unwrap();

    let easy = option("hiring_node", "easy");
    save_elsewhere(&browser, &id, "hiring_node", "hard", Some(&easy)).await;
    browser
        .wait_until(
            &format!("document.getElementById('notices').textContent.includes({CONFLICT:?})"),
            10,
        )
        .await;
    // The other tab's event arrives after the refused save: the conflict stays,
    // and so does the answer given here.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let notices = browser.text("#notices").await;
    assert!(
        !notices.contains("you now see that version"),
        "this tab's answer was replaced: {notices:?}"
    );
    assert_eq!(notices.matches(CONFLICT).count(), 1, "{notices:?}");
    let checked = browser
        .eval(&format!("return document.querySelector({easy:?}).checked;"))
        .await;
    assert_eq!(checked, json!(true), "this tab's answer is gone");
    assert_eq!(
        stored_answer(&browser, &id, "hiring_node").await,
        json!("hard")
    );

    let overwrite = format!(
        "//div[@data-notice][contains(., '{CONFLICT}')]//button[normalize-space(.)='Overwrite with mine']"
    );
    browser
        .client
        .find(Locator::XPath(&overwrite))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_stored_answer(&browser, &id, "hiring_node", "easy").await;
    let notices = browser.text("#notices").await;
    assert!(!notices.contains(CONFLICT), "{notices:?}");

    // The second tab, with nothing unsaved, shows the version that won.
    browser.client.switch_to_window(second_tab).await.unwrap();
    browser
        .wait_until(&format!("document.querySelector({easy:?})?.checked"), 10)
        .await;
    browser.finish().await;
}

/// A rename being typed on the saved-decisions page, in the row of the very
/// decision another tab saves, survives that save; saving the name then keeps
/// the other tab's answer too.
#[tokio::test(flavor = "current_thread")]
async fn a_rename_being_typed_survives_another_tabs_save_of_that_decision() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    let id = session_id(&start_and_answer_first_step(&browser).await);
    browser.open("#/sessions").await;
    let row = format!(".session-row[data-session='{id}']");
    type_new_name_in_list(&browser, &id, "Half-typed").await;

    save_elsewhere(&browser, &id, "hiring_node", "easy", None).await;
    browser
        .wait_until(
            &format!("document.querySelector({row:?})?.textContent.includes('7 of')"),
            10,
        )
        .await;
    let input = format!("{row} .rename-form input[name='name']");
    let typed = browser
        .eval(&format!(
            "return document.querySelector({input:?})?.value ?? null;"
        ))
        .await;
    assert_eq!(
        typed,
        json!("Half-typed"),
        "the rename in progress was lost"
    );

    browser
        .click(&format!("{row} .rename-form button[type='submit']"))
        .await;
    wait_for_stored_name(&browser, &id, "Half-typed").await;
    assert_eq!(
        stored_answer(&browser, &id, "hiring_node").await,
        json!("easy")
    );
    browser.finish().await;
}

/// The name field of the result view keeps what is being typed when another tab
/// saves the decision; committing it then renames the decision.
#[tokio::test(flavor = "current_thread")]
async fn the_name_being_typed_on_the_result_view_survives_another_tabs_save() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    let id = session_id(&start_and_answer_first_step(&browser).await);
    browser.open(&format!("#/d/{id}/result")).await;
    let field = browser.wait_for("#decision-name").await;
    // Chromium fetches a spelling dictionary from Google for a text field it
    // spell-checks while it keeps the focus; this test needs the focus there.
    browser
        .eval("document.getElementById('decision-name').spellcheck = false;")
        .await;
    field.click().await.unwrap();
    // Select all and type over it, as a person does (Control+A, then release).
    field
        .send_keys("\u{e009}a\u{e000}Typed here")
        .await
        .unwrap();

    save_elsewhere(&browser, &id, "hiring_node", "moderate", None).await;
    browser
        .wait_until(
            "document.getElementById('notices').textContent.includes('updated in another tab')",
            10,
        )
        .await;
    let typed = browser
        .eval("return document.getElementById('decision-name').value;")
        .await;
    assert_eq!(typed, json!("Typed here"), "the name being typed was wiped");
    assert_eq!(
        stored_answer(&browser, &id, "hiring_node").await,
        json!("moderate")
    );

    // Leaving the field commits the name, over the other tab's version.
    browser.click("#result-title").await;
    wait_for_stored_name(&browser, &id, "Typed here").await;
    assert_eq!(
        stored_answer(&browser, &id, "hiring_node").await,
        json!("moderate")
    );
    browser.finish().await;
}
