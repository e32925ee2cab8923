//! Offline: after one visit the service worker has the app shell, so the app loads,
//! routes, completes a decision and saves it with the network off; a new deployment is offered
//! as "a new version is available" and a broken one never replaces the cached
//! version; a development build retires the worker.

use std::time::Duration;

use crate::support::flow::{SCENARIO_A, complete_decision};
use crate::support::scratch_dist::ScratchDist;
use crate::support::{Browser, one_browser_at_a_time};

const SUB_PATH: &str = "/tools/stackwise/";

#[tokio::test(flavor = "current_thread")]
async fn after_one_visit_the_app_loads_routes_decides_and_saves_with_the_network_off() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch(SUB_PATH).await;
    browser.open("").await;
    browser.wait_for_service_worker_control().await;
    let caches = browser.cache_names().await;
    assert_eq!(caches.len(), 1, "one cache for the app shell: {caches:?}");

    browser.server.set_offline(true);
    let served_before = browser.server.requests().len();

    // A reload and a deep link, both with the network off.
    browser.reload().await;
    browser.wait_for("#landing-title").await;
    browser.open("#/method").await;
    browser.reload().await;
    browser.wait_for("#method-title").await;

    // A whole decision, offline: answer every step and see the result. No chart was
    // shown online, so the chart library was never kept: the view says so in one
    // line and keeps the table (tests/e2e/chart.rs draws it offline once it was
    // shown). Then find the decision saved (localStorage) after another offline
    // reload.
    browser.open("#/").await;
    complete_decision(&browser, SCENARIO_A).await;
    browser
        .wait_for(".radar-chart[data-state='unavailable']")
        .await;
    let line = browser.text(".chart-unavailable").await;
    assert!(line.contains("chart is unavailable"), "{line}");
    browser.wait_for("#score-table").await;
    browser.open("#/sessions").await;
    browser.reload().await;
    let saved = browser.text("#session-list").await;
    assert!(!saved.trim().is_empty(), "the decision was not saved");

    // Nothing reached the server while it was offline (connections were dropped
    // before they were read), yet everything worked.
    assert_eq!(browser.server.requests().len(), served_before);
    browser.server.set_offline(false);
    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_new_deployment_is_offered_and_reload_switches_to_it() {
    let _turn = one_browser_at_a_time().await;
    let dist = ScratchDist::copy_of_dist();
    let browser = Browser::launch_serving(&dist.root, SUB_PATH).await;
    browser.open("").await;
    browser.wait_for_service_worker_control().await;
    let old_caches = browser.cache_names().await;
    assert!(
        browser
            .client
            .find(fantoccini::Locator::Css("#update-notice"))
            .await
            .is_err()
    );

    // Deploy a new version: one file changes, the hook writes a new sw.js.
    let css = dist.find("main-", ".css");
    let path = dist.path(&css);
    let mut content = std::fs::read_to_string(&path).expect("read the stylesheet");
    content.push_str("\n/* deployment 2 */\n");
    std::fs::write(&path, content).expect("change the stylesheet");
    // The page links it with an integrity hash; keep the page consistent with it.
    relink_with_integrity(&dist, &css);
    dist.run_post_build();

    // The browser finds the new worker on the next navigation; it downloads the
    // whole new version, waits, and the page says so.
    browser.reload().await;
    browser.wait_for("#update-notice").await;
    let notice = browser.text("#update-notice").await;
    assert!(
        notice.contains("A new version of Stackwise is available"),
        "{notice:?}"
    );
    // Until the user chooses, the old version keeps running from its cache, and the
    // new one waits, complete, in a cache of its own.
    let both = browser.cache_names().await;
    assert_eq!(both.len(), 2, "{both:?}");
    assert!(
        old_caches.iter().all(|name| both.contains(name)),
        "{both:?}"
    );

    browser
        .eval("window.beforeUpdate = true; return null;")
        .await;
    browser.click("#apply-update").await;
    browser
        .wait_until(
            "!window.beforeUpdate && document.querySelector('[data-app-ready]')",
            30,
        )
        .await;
    assert!(
        browser
            .client
            .find(fantoccini::Locator::Css("#update-notice"))
            .await
            .is_err(),
        "the notice is still shown after the update"
    );
    let new_caches = browser.cache_names().await;
    assert_eq!(
        new_caches.len(),
        1,
        "old caches were not deleted: {new_caches:?}"
    );
    assert_ne!(new_caches, old_caches, "still on the old version's cache");
    let served_css = browser
        .eval_async(&format!("return await (await fetch({css:?})).text();"))
        .await;
    assert!(
        served_css
            .as_str()
            .is_some_and(|text| text.contains("deployment 2")),
        "the page is not running the new version"
    );

    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_half_downloaded_update_never_breaks_the_cached_version() {
    let _turn = one_browser_at_a_time().await;
    let dist = ScratchDist::copy_of_dist();
    let browser = Browser::launch_serving(&dist.root, SUB_PATH).await;
    browser.open("").await;
    browser.wait_for_service_worker_control().await;
    let old_caches = browser.cache_names().await;

    // A new deployment whose stylesheet has a new name…
    let css = dist.find("main-", ".css");
    let new_css = "main-0123456789abcdef.css";
    std::fs::rename(dist.path(&css), dist.path(new_css)).expect("rename the stylesheet");
    let index = std::fs::read_to_string(dist.path("index.html")).expect("read index.html");
    std::fs::write(dist.path("index.html"), index.replace(&css, new_css))
        .expect("write index.html");
    dist.run_post_build();
    // …uploaded only in part: the stylesheet is missing (404).
    std::fs::rename(dist.path(new_css), dist.path("held-back.css")).expect("hold back a file");
    assert_eq!(install_new_version(&browser).await, "redundant");

    // …then uploaded with one file corrupted or stale (its digest does not match).
    std::fs::rename(dist.path("held-back.css"), dist.path(new_css)).expect("restore the file");
    let icon = dist.path(&dist.find("icon-", ".svg"));
    let original_icon = std::fs::read(&icon).expect("read the icon");
    std::fs::write(&icon, b"<svg/>").expect("corrupt the icon");
    assert_eq!(install_new_version(&browser).await, "redundant");

    // Neither attempt replaced, or left anything beside, the cached version, and the
    // page was never told of an update.
    assert_eq!(browser.cache_names().await, old_caches);
    assert!(
        browser
            .client
            .find(fantoccini::Locator::Css("#update-notice"))
            .await
            .is_err()
    );
    // The cached version still loads, online and off.
    browser.reload().await;
    browser.wait_for("#landing-title").await;
    browser.server.set_offline(true);
    browser.reload().await;
    browser.wait_for("#landing-title").await;
    let styled = browser
        .eval("return [...document.styleSheets].some((sheet) => sheet.cssRules.length > 0);")
        .await;
    assert_eq!(
        styled,
        serde_json::json!(true),
        "the stylesheet did not load"
    );
    browser.server.set_offline(false);

    // Once the deployment is complete, the update goes through.
    std::fs::write(&icon, original_icon).expect("restore the icon");
    assert_eq!(install_new_version(&browser).await, "installed");
    browser.wait_for("#update-notice").await;

    browser.finish().await;
}

/// Asks the browser to check for a new service worker now and waits for its
/// install to end: "installed" (complete, now waiting) or "redundant" (failed).
async fn install_new_version(browser: &Browser) -> String {
    let state = browser
        .eval_async(
            "const registration = await navigator.serviceWorker.getRegistration();
             await registration.update();
             const worker = registration.installing;
             if (!worker) return registration.waiting ? 'installed' : 'no new version';
             const done = () => worker.state === 'installed' || worker.state === 'redundant'
                 || worker.state === 'activated';
             if (!done()) {
               await new Promise((resolve) => worker.addEventListener('statechange', () => {
                 if (done()) resolve();
               }));
             }
             return worker.state;",
        )
        .await;
    // Give the page's own statechange listener its turn.
    tokio::time::sleep(Duration::from_millis(200)).await;
    state
        .as_str()
        .map(str::to_owned)
        .unwrap_or_else(|| state.to_string())
}

/// Updates the `integrity` of the `<link>` to `file` in index.html after its content
/// changed (Trunk writes sha384 digests).
fn relink_with_integrity(dist: &ScratchDist, file: &str) {
    let script = r#"
import base64, hashlib, re, sys
root = sys.argv[1]
name = sys.argv[2]
digest = base64.b64encode(hashlib.sha384(open(f"{root}/{name}", "rb").read()).digest()).decode()
page = open(f"{root}/index.html", encoding="utf-8").read()
page = re.sub(r'(href="\./' + re.escape(name) + r'" integrity=")[^"]*', lambda m: m.group(1) + "sha384-" + digest, page)
open(f"{root}/index.html", "w", encoding="utf-8").write(page)
"#;
    let status = std::process::Command::new("python3")
        .args(["-c", script])
        .arg(&dist.root)
        .arg(file)
        .status()
        .expect("run python3");
    assert!(status.success(), "could not update the integrity of {file}");
}

#[tokio::test(flavor = "current_thread")]
async fn a_development_build_retires_the_release_worker_and_its_caches() {
    let _turn = one_browser_at_a_time().await;
    let dist = ScratchDist::copy_of_dist();
    let browser = Browser::launch_serving(&dist.root, SUB_PATH).await;
    browser.open("").await;
    browser.wait_for_service_worker_control().await;

    // Turn the copy into what `trunk serve` produces: Trunk's live-reload script
    // (marked by its address placeholder) in the page, then the hook.
    let index = std::fs::read_to_string(dist.path("index.html")).expect("read index.html");
    let dev_page = index.replace(
        "</body>",
        "<script>/* live reload: {{__TRUNK_ADDRESS__}} */</script></body>",
    );
    std::fs::write(dist.path("index.html"), dev_page).expect("write index.html");
    dist.run_post_build();

    // The next navigation finds the retiring worker: it deletes the caches,
    // unregisters, and reloads the page from the server.
    browser.reload().await;
    browser
        .wait_until(
            "!navigator.serviceWorker.controller && document.querySelector('[data-app-ready]')",
            30,
        )
        .await;
    let left = browser
        .eval_async(
            "return { caches: await caches.keys(),
                      registrations: (await navigator.serviceWorker.getRegistrations()).length,
                      registerScript: document.querySelectorAll('script[src*=register-sw]').length };",
        )
        .await;
    assert_eq!(
        left,
        serde_json::json!({ "caches": [], "registrations": 0, "registerScript": 0 })
    );

    browser.finish().await;
}
