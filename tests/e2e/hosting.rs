//! dist/ on any static host: served from a sub-path with no rewrite rules, deep links
//! survive a reload, the app can be installed, and it runs under a strict
//! Content-Security-Policy.

use serde_json::json;

use crate::support::{Browser, one_browser_at_a_time};

const SUB_PATH: &str = "/tools/stackwise/";

#[tokio::test(flavor = "current_thread")]
async fn served_under_a_sub_path_every_view_survives_a_reload_and_deep_link() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch(SUB_PATH).await;

    for (fragment, heading) in [
        ("#/method", "#method-title"),
        ("#/sessions", "#sessions-title"),
        ("#/", "#landing-title"),
    ] {
        // A deep link opened directly…
        browser.open(fragment).await;
        browser.wait_for(heading).await;
        // …and the same view after a reload.
        browser.reload().await;
        browser.wait_for(heading).await;
        let location = browser.eval("return location.href;").await;
        assert_eq!(
            location,
            json!(format!("{}{fragment}", browser.server.app_url())),
            "the address changed on reload"
        );
    }

    // Every request stayed under the sub-path: relative URLs, no rewrites needed.
    let origin = browser.server.origin();
    let outside: Vec<_> = browser
        .server
        .requests()
        .into_iter()
        .filter(|request| {
            let path = request
                .target
                .strip_prefix(&origin)
                .unwrap_or(&request.target);
            !path.starts_with(SUB_PATH)
        })
        .collect();
    assert!(
        outside.is_empty(),
        "requests outside {SUB_PATH}: {outside:#?}"
    );

    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_app_is_installable_from_a_sub_path() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch(SUB_PATH).await;
    browser.open("").await;

    let manifest = browser
        .eval_async(
            "const link = document.querySelector('link[rel=manifest]');
             const response = await fetch(link.href);
             return { url: response.url, status: response.status, body: await response.json() };",
        )
        .await;
    assert_eq!(manifest["status"], 200, "{manifest}");
    let body = &manifest["body"];
    assert_eq!(body["start_url"], "./", "start_url must be relative");
    assert_eq!(body["scope"], "./", "scope must be relative");
    assert_eq!(body["display"], "standalone");
    let icons = body["icons"].as_array().expect("manifest icons");
    for icon in icons {
        let src = icon["src"].as_str().expect("icon src");
        let checked = browser
            .eval_async(&format!(
                "const url = new URL({src:?}, {url:?});
                 const response = await fetch(url);
                 const blob = await response.blob();
                 let size = null;
                 if (blob.type === 'image/png') {{
                   const bitmap = await createImageBitmap(blob);
                   size = bitmap.width + 'x' + bitmap.height;
                 }}
                 return {{ status: response.status, type: blob.type, size }};",
                url = manifest["url"].as_str().expect("manifest url"),
            ))
            .await;
        assert_eq!(checked["status"], 200, "icon {src}: {checked}");
        assert_eq!(checked["type"], icon["type"], "icon {src}: {checked}");
        if icon["type"] == "image/png" {
            assert_eq!(checked["size"], icon["sizes"], "icon {src}: {checked}");
        }
    }
    assert!(
        icons
            .iter()
            .any(|icon| icon["purpose"] == "maskable" && icon["sizes"] == "512x512"),
        "no 512x512 maskable icon"
    );

    // Chromium's own verdict (the DevTools protocol's installability check), once
    // the service worker controls the page.
    browser.wait_for_service_worker_control().await;
    let verdict = browser.cdp("Page.getInstallabilityErrors", json!({})).await;
    let errors = verdict["installabilityErrors"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        errors.is_empty(),
        "Chromium says not installable: {errors:#?}"
    );

    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_strict_content_security_policy_lets_the_wasm_run_and_blocks_the_rest() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;

    let policy = browser
        .eval("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content;")
        .await;
    let policy = policy.as_str().expect("a CSP meta tag");
    let directives: Vec<Vec<&str>> = policy
        .split(';')
        .map(|directive| directive.split_whitespace().collect())
        .collect();
    let sources = |name: &str| -> Vec<&str> {
        directives
            .iter()
            .find(|directive| directive.first() == Some(&name))
            .map(|directive| directive[1..].to_vec())
            .unwrap_or_else(|| panic!("no {name} in the policy {policy:?}"))
    };
    assert_eq!(sources("default-src"), ["'self'"]);
    let scripts = sources("script-src");
    assert!(scripts.contains(&"'wasm-unsafe-eval'"), "{scripts:?}");
    assert!(
        scripts.iter().any(|source| source.starts_with("'sha256-")),
        "Trunk's inline script must be allowed by hash: {scripts:?}"
    );
    for weak in [
        "'unsafe-inline'",
        "'unsafe-eval'",
        "*",
        "data:",
        "blob:",
        "http:",
        "https:",
    ] {
        assert!(
            !scripts.contains(&weak),
            "script-src allows {weak}: {policy}"
        );
    }
    assert_eq!(sources("style-src"), ["'self'"]);
    // Style attributes: only the page's own, by hash; never any inline style.
    let style_attributes = sources("style-src-attr");
    assert_eq!(
        style_attributes.first(),
        Some(&"'unsafe-hashes'"),
        "{policy}"
    );
    assert!(
        style_attributes[1..]
            .iter()
            .all(|source| source.starts_with("'sha256-")),
        "{policy}"
    );
    assert_eq!(sources("connect-src"), ["'self'"]);
    assert_eq!(sources("worker-src"), ["'self'"]);
    assert_eq!(sources("object-src"), ["'none'"]);
    assert_eq!(sources("base-uri"), ["'none'"]);
    assert_eq!(sources("form-action"), ["'none'"]);

    // The policy is in force: code from a string (eval, here through a string timer,
    // since WebDriver's own scripts are exempt) and an injected inline script are
    // refused…
    browser
        .eval(
            "window.stringRan = false;
             window.injectedRan = false;
             setTimeout('window.stringRan = true', 0);
             const script = document.createElement('script');
             script.textContent = 'window.injectedRan = true;';
             document.body.append(script);
             return null;",
        )
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let refused = browser
        .eval("return { stringRan: window.stringRan, injectedRan: window.injectedRan };")
        .await;
    assert_eq!(refused, json!({ "stringRan": false, "injectedRan": false }));
    // …and say so in the console, which is exactly what must never happen otherwise.
    let violations = browser.console_errors().await;
    assert!(
        violations
            .iter()
            .all(|message| message.contains("Content Security Policy")),
        "unexpected console errors: {violations:#?}"
    );
    assert!(!violations.is_empty(), "the refusals were not reported");

    browser.finish().await;
}
