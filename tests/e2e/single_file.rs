//! The single-file build: one HTML file, opened from file:// with no server, runs
//! the app with nothing fetched, no service worker, and its own strict CSP.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::json;

use crate::support::flow::{SCENARIO_A, complete_decision};
use crate::support::{Browser, dist_dir, one_browser_at_a_time};

/// Builds the single file from the dist/ under test, with the documented command.
fn build_single_file() -> PathBuf {
    let out = std::env::temp_dir().join(format!(
        "stackwise-e2e-single-{}/stackwise.html",
        std::process::id()
    ));
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/build-single-file");
    let status = Command::new("python3")
        .arg(&script)
        .arg("--no-build")
        .arg("--dist")
        .arg(dist_dir())
        .arg("--out")
        .arg(&out)
        .status()
        .expect("run scripts/build-single-file");
    assert!(status.success(), "scripts/build-single-file failed");
    out
}

#[tokio::test(flavor = "current_thread")]
async fn the_single_file_build_completes_a_decision_from_file_url_with_nothing_fetched() {
    let _turn = one_browser_at_a_time().await;
    let file = build_single_file();
    let html = std::fs::read_to_string(&file).expect("read the single file");
    assert!(
        !html.contains(" src=\"") && !html.contains("href=\"./"),
        "the single file refers to other files"
    );

    // The test server is still the browser's proxy: anything fetched would show.
    let browser = Browser::launch("/").await;
    let url = format!("file://{}", file.display());
    browser.open_url(&url).await;
    let title = browser.text("#landing-title").await;
    assert!(title.contains("backend language"), "{title:?}");

    let facts = browser
        .eval(
            "return {
               protocol: location.protocol,
               fetched: performance.getEntriesByType('resource').map((entry) => entry.name),
               externalScripts: document.querySelectorAll('script[src]').length,
               worker: Boolean(navigator.serviceWorker && navigator.serviceWorker.controller),
               policy: document.querySelector('meta[http-equiv=Content-Security-Policy]').content,
             };",
        )
        .await;
    assert_eq!(facts["protocol"], "file:");
    assert_eq!(facts["fetched"], json!([]), "the page fetched files");
    assert_eq!(facts["externalScripts"], 0);
    assert_eq!(facts["worker"], false, "no service worker from file://");
    let policy = facts["policy"].as_str().unwrap_or_default();
    assert!(policy.starts_with("default-src 'none'"), "{policy}");
    let scripts = policy
        .split(';')
        .map(str::trim)
        .find(|directive| directive.starts_with("script-src "))
        .unwrap_or_else(|| panic!("no script-src in {policy}"));
    assert!(
        !scripts.contains("'unsafe-inline'") && !scripts.contains("'unsafe-eval'"),
        "{scripts}"
    );

    // Views route in the fragment and survive a reload here too.
    browser.open_url(&format!("{url}#/method")).await;
    browser.wait_for("#method-title").await;
    browser.reload().await;
    browser.wait_for("#method-title").await;

    // A whole decision: answer every step, see the result and its radar chart (the
    // ECharts build is inline, so it draws from file:// with no request), whose
    // tooltip names the scores pointed at, and find it saved in this browser
    // (localStorage) after a reload.
    browser.open_url(&format!("{url}#/")).await;
    complete_decision(&browser, SCENARIO_A).await;
    browser.check_radar().await;
    browser.open_url(&format!("{url}#/sessions")).await;
    browser.reload().await;
    let saved = browser.text("#session-list").await;
    assert!(!saved.trim().is_empty(), "the decision was not saved");

    assert!(
        browser.server.requests().is_empty(),
        "the single file made requests: {:#?}",
        browser.server.requests()
    );
    browser.finish().await;
    let _ = std::fs::remove_dir_all(file.parent().unwrap_or(&file));
}
