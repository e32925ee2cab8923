//! Sessions in local storage: answers survive a reload, unreadable data is moved
//! to a backup key with a message (and the app still starts), and two tabs see
//! each other's changes.

use std::time::Duration;

use serde_json::json;

use crate::support::flow::{SCENARIO_A, answer_visible};
use crate::support::{Browser, one_browser_at_a_time};

/// Starts a decision and answers the first step; returns the URL fragment.
pub(crate) async fn start_and_answer_first_step(browser: &Browser) -> String {
    browser.click("#start-decision").await;
    browser
        .wait_for("fieldset[data-question='team_size_now']")
        .await;
    answer_visible(browser, SCENARIO_A).await;
    browser
        .client
        .current_url()
        .await
        .unwrap()
        .fragment()
        .map(|f| format!("#{f}"))
        .unwrap_or_default()
}

pub(crate) async fn storage_value(browser: &Browser, key: &str) -> Option<String> {
    let value = browser
        .client
        .execute(
            "return localStorage.getItem(arguments[0]);",
            vec![json!(key)],
        )
        .await
        .unwrap();
    value.as_str().map(str::to_owned)
}

async fn set_storage_value(browser: &Browser, key: &str, value: &str) {
    browser
        .client
        .execute(
            "localStorage.setItem(arguments[0], arguments[1]);",
            vec![json!(key), json!(value)],
        )
        .await
        .unwrap();
}

async fn storage_keys(browser: &Browser) -> Vec<String> {
    let value = browser
        .client
        .execute("return Object.keys(localStorage).sort();", vec![])
        .await
        .unwrap();
    value
        .as_array()
        .map(|keys| {
            keys.iter()
                .filter_map(|k| k.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test(flavor = "current_thread")]
async fn answers_are_back_after_a_reload() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    let fragment = start_and_answer_first_step(&browser).await;
    assert!(fragment.starts_with("#/d/"), "{fragment}");

    browser.reload().await;
    let checked = browser
        .wait_for("fieldset[data-question='proficiency_node'] input[value='some']")
        .await;
    assert!(
        checked.is_selected().await.unwrap(),
        "the answer was lost on reload"
    );
    let progress = browser.text("[data-progress]").await;
    assert!(
        progress.starts_with("6 of"),
        "progress after reload: {progress}"
    );

    // The start page offers to continue it.
    browser.open("#/").await;
    browser.click("#continue-decision").await;
    let again = browser
        .wait_for("fieldset[data-question='proficiency_node'] input[value='some']")
        .await;
    assert!(again.is_selected().await.unwrap());

    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_corrupt_record_is_backed_up_and_the_app_still_starts() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    start_and_answer_first_step(&browser).await;
    let key = storage_keys(&browser)
        .await
        .into_iter()
        .find(|key| key.starts_with("stackwise.session."))
        .expect("a stored session");

    let readable = storage_value(&browser, &key)
        .await
        .expect("the stored session record");

    // Hand-edit our key into something unreadable, then reload.
    let garbage = "{ this is not a session";
    set_storage_value(&browser, &key, garbage).await;
    browser.open("#/sessions").await;
    browser.reload().await;

    let notices = browser.text("#notices").await;
    assert!(
        notices.contains("backup"),
        "no message about the backup: {notices:?}"
    );
    browser.wait_for("#no-sessions").await;
    let backups: Vec<String> = storage_keys(&browser)
        .await
        .into_iter()
        .filter(|k| k.starts_with("stackwise.backup."))
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert_eq!(
        storage_value(&browser, &backups[0]).await.as_deref(),
        Some(garbage)
    );
    assert_eq!(
        storage_value(&browser, &key).await,
        None,
        "the unreadable value was moved"
    );

    // The backup is listed under the saved decisions. This one cannot be
    // restored: the attempt says why and keeps it.
    browser
        .wait_for(&format!("#backup-list [data-backup='{}']", backups[0]))
        .await;
    browser.click("#backup-list [data-action='restore']").await;
    let problem = browser.text("#backup-error").await;
    assert!(
        problem.contains("could not be restored") && problem.contains("stays here"),
        "{problem:?}"
    );
    assert_eq!(
        storage_value(&browser, &backups[0]).await.as_deref(),
        Some(garbage),
        "a failed restore keeps the backup"
    );

    // A readable backup (here: the record as it was before the damage) is
    // restored as a new decision, with the answers it held.
    let readable_backup = format!("stackwise.backup.1.{key}");
    set_storage_value(&browser, &readable_backup, &readable).await;
    browser.reload().await;
    browser
        .click(&format!(
            "#backup-list [data-backup='{readable_backup}'] [data-action='restore']"
        ))
        .await;
    browser.wait_for("#ranking").await;
    assert!(
        browser
            .text("#notices")
            .await
            .contains("Restored the backup"),
        "no message about the restore"
    );
    browser.open("#/sessions").await;
    browser.wait_for("#session-list .session-row").await;

    // Discarding asks first, then deletes the backup for good.
    browser
        .click(&format!(
            "#backup-list [data-backup='{readable_backup}'] [data-action='discard']"
        ))
        .await;
    assert!(
        storage_value(&browser, &readable_backup).await.is_some(),
        "nothing is discarded before the confirmation"
    );
    browser
        .click(&format!(
            "#backup-list [data-backup='{readable_backup}'] [data-action='confirm-discard']"
        ))
        .await;
    browser
        .wait_until(
            &format!("!document.querySelector(\"[data-backup='{readable_backup}']\")"),
            10,
        )
        .await;
    assert_eq!(storage_value(&browser, &readable_backup).await, None);
    assert!(storage_value(&browser, &backups[0]).await.is_some());

    // The app still works: a new decision can be started and saved.
    browser.open("").await;
    start_and_answer_first_step(&browser).await;
    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn two_tabs_see_each_others_changes() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("#/sessions").await;
    browser.wait_for("#no-sessions").await;
    let list_tab = browser.client.window().await.unwrap();

    // A second tab creates and answers a decision.
    let second = browser.client.new_window(true).await.unwrap();
    let second_handle = second.handle.clone();
    browser
        .client
        .switch_to_window(second.handle)
        .await
        .unwrap();
    browser.open("").await;
    start_and_answer_first_step(&browser).await;

    // The first tab's list shows it without a reload.
    browser
        .client
        .switch_to_window(list_tab.clone())
        .await
        .unwrap();
    let list = browser.text("#session-list").await;
    assert!(
        list.contains("6 of"),
        "the other tab's answers are not in the list: {list:?}"
    );

    // An edit in the second tab (one more answer) shows up in the first tab too.
    browser
        .client
        .switch_to_window(second_handle)
        .await
        .unwrap();
    browser.click("#next").await;
    browser
        .click("fieldset[data-question='hiring_node'] input[value='easy']")
        .await;
    browser.client.switch_to_window(list_tab).await.unwrap();
    let mut list = String::new();
    for _ in 0..60 {
        list = browser.text("#session-list").await;
        if list.contains("7 of") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        list.contains("7 of"),
        "the other tab's edit did not arrive: {list:?}"
    );
    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_session_list_renames_duplicates_deletes_and_undoes() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    start_and_answer_first_step(&browser).await;
    browser.open("#/sessions").await;

    // Rename.
    browser
        .click(".session-row .session-actions button:nth-of-type(1)")
        .await;
    let input = browser.wait_for(".rename-form input[name='name']").await;
    input.clear().await.unwrap();
    input.send_keys("Payments platform").await.unwrap();
    browser.click(".rename-form button[type='submit']").await;
    browser.wait_for(".session-row a.session-name").await;
    assert_eq!(
        browser.text(".session-row a.session-name").await,
        "Payments platform"
    );

    // Duplicate: two rows, the copy named as such.
    browser
        .click(".session-row .session-actions button:nth-of-type(2)")
        .await;
    let names = row_names(&browser, 2).await;
    assert!(
        names.contains(&"Payments platform (copy)".to_owned()),
        "{names:?}"
    );

    // Delete the newest (the copy, listed first), then undo from the notice.
    browser.click(".session-row .session-actions .danger").await;
    if rows_within(&browser, 1, 60).await.is_none() {
        // Seen once in CI: the click reached no handler (no row went, no notice).
        // Say so in the log with what the page showed, and click once more, so a
        // lost WebDriver click does not fail the run; a delete that never works
        // still fails below.
        eprintln!(
            "delete: still two rows 3 s after the click; rows {:?}, notices {:?}; clicking again",
            rows_within(&browser, 2, 1).await,
            browser.text("#notices").await
        );
        browser.click(".session-row .session-actions .danger").await;
    }
    let names = row_names(&browser, 1).await;
    assert_eq!(names, vec!["Payments platform".to_owned()]);
    let keys_after_delete = storage_keys(&browser).await.len();
    browser.click("#notices .notice-buttons .button").await;
    let names = row_names(&browser, 2).await;
    assert_eq!(names.len(), 2, "undo brought the decision back: {names:?}");
    assert_eq!(
        storage_keys(&browser).await.len(),
        keys_after_delete + 1,
        "undo restored the stored record"
    );

    // Everything survives a reload.
    browser.reload().await;
    assert_eq!(row_names(&browser, 2).await.len(), 2);
    browser.finish().await;
}

/// The names in the session list once it has `count` rows.
async fn row_names(browser: &Browser, count: usize) -> Vec<String> {
    match rows_within(browser, count, 60).await {
        Some(names) => names,
        None => panic!(
            "the session list never had {count} rows: {:?}",
            browser.text("#session-list").await
        ),
    }
}

/// The names in the session list if it has `count` rows within `tries` × 50 ms.
async fn rows_within(browser: &Browser, count: usize, tries: usize) -> Option<Vec<String>> {
    for _ in 0..tries {
        let rows = browser
            .client
            .find_all(fantoccini::Locator::Css("#session-list .session-name"))
            .await
            .unwrap_or_default();
        if rows.len() == count {
            let mut names = Vec::new();
            for row in rows {
                names.push(row.text().await.unwrap_or_default());
            }
            return Some(names);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    None
}

/// The session id in a decision's URL fragment (`#/d/<id>/…`).
pub(crate) fn session_id(fragment: &str) -> String {
    fragment
        .split('/')
        .nth(2)
        .unwrap_or_else(|| panic!("no session id in {fragment:?}"))
        .to_owned()
}

/// Makes this tab's storage refuse (`true`) or accept writes and removals, as a
/// full disk or a browser that locks storage does.
pub(crate) async fn refuse_writes(browser: &Browser, refuse: bool) {
    browser
        .client
        .execute(
            "if (!window.__writes) {
               window.__writes = { refuse: false };
               const { setItem, removeItem } = Storage.prototype;
               Storage.prototype.setItem = function (key, value) {
                 if (window.__writes.refuse) {
                   throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
                 }
                 return setItem.call(this, key, value);
               };
               Storage.prototype.removeItem = function (key) {
                 if (window.__writes.refuse) {
                   throw new DOMException('Storage is locked.', 'SecurityError');
                 }
                 return removeItem.call(this, key);
               };
             }
             window.__writes.refuse = arguments[0];",
            vec![json!(refuse)],
        )
        .await
        .unwrap();
}

/// Opens a decision's rename form in the saved-decisions list (which must be
/// shown) and types `name` into it, without saving.
pub(crate) async fn type_new_name_in_list(browser: &Browser, id: &str, name: &str) {
    let row = format!(".session-row[data-session='{id}']");
    browser
        .click(&format!("{row} .session-actions button:nth-of-type(1)"))
        .await;
    let input = browser
        .wait_for(&format!("{row} .rename-form input[name='name']"))
        .await;
    input.clear().await.unwrap();
    input.send_keys(name).await.unwrap();
}

/// Renames a decision from the saved-decisions list (which must be shown).
async fn rename_from_list(browser: &Browser, id: &str, name: &str) {
    type_new_name_in_list(browser, id, name).await;
    browser
        .click(&format!(
            ".session-row[data-session='{id}'] .rename-form button[type='submit']"
        ))
        .await;
}

/// The name a decision has in storage.
pub(crate) async fn stored_name(browser: &Browser, id: &str) -> String {
    let raw = storage_value(browser, &format!("stackwise.session.{id}"))
        .await
        .unwrap_or_else(|| panic!("{id} is not stored"));
    let record: serde_json::Value = serde_json::from_str(&raw).unwrap();
    // A stored record is `{"revision": n, "session": {…}}`.
    record["session"]["name"]
        .as_str()
        .unwrap_or_else(|| panic!("no name in {raw}"))
        .to_owned()
}

pub(crate) async fn wait_for_stored_name(browser: &Browser, id: &str, name: &str) {
    for _ in 0..100 {
        if stored_name(browser, id).await == name {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "{id} is stored as {:?}, not {name:?}",
        stored_name(browser, id).await
    );
}

/// Waits for the one notice of a conflict over this tab's version named `mine`
/// (the tab coming back to the front must not repeat it), then clicks one of its
/// choices.
async fn choose_in_conflict(browser: &Browser, mine: &str, label: &str) {
    let notice = format!("//div[@data-notice][starts-with(normalize-space(.), '\"{mine}\" was')]");
    let button = format!("{notice}//button[normalize-space(.)='{label}']");
    for _ in 0..100 {
        if let Ok(found) = browser
            .client
            .find(fantoccini::Locator::XPath(&button))
            .await
        {
            // The tab coming back to the front re-reads storage and finds the same
            // conflict again: it must not be offered twice.
            browser
                .eval("document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));")
                .await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            let notices = browser.text("#notices").await;
            assert_eq!(
                notices.matches("was also changed in another tab").count(),
                1,
                "one notice per conflict: {notices:?}"
            );
            found.click().await.unwrap();
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!(
        "no conflict notice about {mine:?} offering {label:?}: {}",
        browser.text("#notices").await
    );
}

#[tokio::test(flavor = "current_thread")]
async fn a_conflict_over_a_decision_that_is_not_open_is_settled_on_that_decision() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    let other = session_id(&start_and_answer_first_step(&browser).await);
    browser.open("").await;
    let open = session_id(&start_and_answer_first_step(&browser).await);
    let open_before = storage_value(&browser, &format!("stackwise.session.{open}")).await;
    browser.open("#/sessions").await;
    let this_tab = browser.client.window().await.unwrap();
    let second_tab = browser.client.new_window(true).await.unwrap().handle;

    // This tab renames the decision that is not open while storage refuses
    // writes (the new name waits in memory); then another tab renames it too.
    let conflict = |mine: &'static str, theirs: &'static str| {
        let (browser, this_tab, second_tab, other) = (&browser, &this_tab, &second_tab, &other);
        async move {
            refuse_writes(browser, true).await;
            rename_from_list(browser, other, mine).await;
            browser
                .client
                .switch_to_window(second_tab.clone())
                .await
                .unwrap();
            browser.open("#/sessions").await;
            rename_from_list(browser, other, theirs).await;
            wait_for_stored_name(browser, other, theirs).await;
            browser
                .client
                .switch_to_window(this_tab.clone())
                .await
                .unwrap();
        }
    };

    // "Take theirs" brings the other tab's version into this tab's list.
    conflict("Mine", "Theirs").await;
    choose_in_conflict(&browser, "Mine", "Take theirs").await;
    let name = format!(".session-row[data-session='{other}'] a.session-name");
    browser
        .wait_until(
            &format!("document.querySelector({name:?})?.textContent === 'Theirs'"),
            10,
        )
        .await;
    assert_eq!(stored_name(&browser, &other).await, "Theirs");

    // "Overwrite with mine" (once writes work again) stores this tab's version.
    conflict("Mine again", "Theirs again").await;
    refuse_writes(&browser, false).await;
    choose_in_conflict(&browser, "Mine again", "Overwrite with mine").await;
    wait_for_stored_name(&browser, &other, "Mine again").await;

    // The open decision was never touched.
    assert_eq!(
        storage_value(&browser, &format!("stackwise.session.{open}")).await,
        open_before
    );
    browser.finish().await;
}

/// Opening another decision frees the one before it (its workspace is disposed);
/// going back to it reads it again from storage, and both keep working.
#[tokio::test(flavor = "current_thread")]
async fn switching_between_decisions_keeps_both_working() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    let first = start_and_answer_first_step(&browser).await;
    browser.open("").await;
    let second = start_and_answer_first_step(&browser).await;
    for round in 0..3 {
        for fragment in [&first, &second] {
            browser.open(fragment).await;
            browser.click("#next").await;
            browser
                .wait_for("fieldset[data-question='hiring_node']")
                .await;
            // An edit and its undo on the decision just (re)opened.
            browser
                .click("fieldset[data-question='hiring_node'] input[value='easy']")
                .await;
            browser.click("#undo").await;
            browser
                .wait_until(
                    "!document.querySelector(\"fieldset[data-question='hiring_node'] input[value='easy']\").checked",
                    10,
                )
                .await;
            // Give a disposed workspace the chance to be touched, were it still used.
            tokio::time::sleep(Duration::from_millis(50 * round)).await;
        }
    }
    browser.open("#/sessions").await;
    let list = browser.text("#session-list").await;
    assert_eq!(list.matches("6 of").count(), 2, "{list:?}");
    browser.finish().await;
}

/// Another tab's edit to one decision redraws that row only: a rename being typed
/// in another row of the list is not lost.
#[tokio::test(flavor = "current_thread")]
async fn another_tabs_edit_leaves_a_rename_in_progress_alone() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    let renamed = session_id(&start_and_answer_first_step(&browser).await);
    browser.open("").await;
    let edited = start_and_answer_first_step(&browser).await;
    browser.open("#/sessions").await;
    let list_tab = browser.client.window().await.unwrap();
    let row = format!(".session-row[data-session='{renamed}']");
    type_new_name_in_list(&browser, &renamed, "Half-typed").await;

    let second = browser.client.new_window(true).await.unwrap().handle;
    browser.client.switch_to_window(second).await.unwrap();
    browser.open(&edited).await;
    browser.click("#next").await;
    browser
        .click("fieldset[data-question='hiring_node'] input[value='easy']")
        .await;
    browser.client.switch_to_window(list_tab).await.unwrap();

    let edited_row = format!(".session-row[data-session='{}']", session_id(&edited));
    browser
        .wait_until(
            &format!("document.querySelector({edited_row:?})?.textContent.includes('7 of')"),
            10,
        )
        .await;
    let typed = browser
        .eval(&format!(
            "return document.querySelector({:?})?.value ?? null;",
            format!("{row} .rename-form input[name='name']")
        ))
        .await;
    assert_eq!(
        typed,
        json!("Half-typed"),
        "the rename in progress was lost"
    );
    browser.finish().await;
}

/// A delete that cannot reach storage says so (it comes back after a reload)
/// instead of claiming the decision is gone.
#[tokio::test(flavor = "current_thread")]
async fn a_delete_storage_refuses_says_the_decision_will_come_back() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    let id = session_id(&start_and_answer_first_step(&browser).await);
    browser.open("#/sessions").await;
    refuse_writes(&browser, true).await;
    let row = format!(".session-row[data-session='{id}']");
    browser
        .click(&format!("{row} .session-actions button.danger"))
        .await;
    browser
        .wait_until(
            "document.getElementById('notices').textContent.includes('this tab only')",
            10,
        )
        .await;
    assert!(
        !browser.text("#notices").await.contains("Deleted"),
        "the notice claims a delete that did not happen"
    );
    refuse_writes(&browser, false).await;
    browser.reload().await;
    browser.wait_for(&row).await;
    browser.finish().await;
}

/// An answer given while storage refuses writes is not lost when the page is
/// reloaded after storage works again (before "Try again" or another edit): it
/// is written as soon as storage accepts it, or at the latest before the page
/// goes. While it cannot be written, leaving the page asks first.
#[tokio::test(flavor = "current_thread")]
async fn an_edit_storage_refused_is_saved_once_storage_works_again() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    let id = session_id(&start_and_answer_first_step(&browser).await);
    browser.open(&format!("#/d/{id}/q/1")).await;
    refuse_writes(&browser, true).await;
    let easy = "fieldset[data-question='hiring_node'] input[value='easy']";
    browser.click(easy).await;
    browser.wait_for("#not-saving").await;
    let asks = browser
        .eval(
            "const event = new Event('beforeunload', { cancelable: true });
             window.dispatchEvent(event);
             return event.defaultPrevented;",
        )
        .await;
    assert_eq!(
        asks,
        json!(true),
        "leaving with unsaved changes does not ask"
    );

    refuse_writes(&browser, false).await;
    browser.reload().await;
    browser
        .wait_until(&format!("document.querySelector({easy:?})?.checked"), 10)
        .await;
    let raw = storage_value(&browser, &format!("stackwise.session.{id}"))
        .await
        .unwrap();
    assert!(raw.contains(r#""hiring_node":"easy""#), "{raw}");
    browser.finish().await;
}

/// A decision saved by a newer Stackwise is listed read-only; opening it says
/// plainly what can be done with it instead of only that it cannot be opened.
#[tokio::test(flavor = "current_thread")]
async fn opening_a_decision_from_a_newer_version_says_what_can_be_done() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    let record = r#"{"revision":4,"session":{"format":"stackwise-session","version":99,"id":"future","name":"From the future","created_ms":5,"updated_ms":9,"answers":{}}}"#;
    set_storage_value(&browser, "stackwise.session.future", record).await;
    browser.open("#/sessions").await;
    browser.reload().await;
    let row = browser.text(".session-row[data-session='future']").await;
    assert!(row.contains("read-only"), "{row:?}");
    browser.open("#/d/future/result").await;
    let text = browser.text("#main").await;
    for expected in [
        "newer version of Stackwise",
        "Reload",
        "export it",
        "delete it",
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text:?}");
    }
    assert_eq!(
        storage_value(&browser, "stackwise.session.future")
            .await
            .as_deref(),
        Some(record),
        "a newer decision is never changed"
    );
    browser.finish().await;
}
