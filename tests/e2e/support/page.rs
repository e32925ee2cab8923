//! More ways to drive the page: run JavaScript, wait for a condition, reload, open
//! any URL (e.g. `file://`), and wait for the service worker to control the page.

use std::time::{Duration, Instant};

use serde_json::Value;

use super::Browser;

impl Browser {
    /// Runs `script` (a function body; `return` gives the result) in the page.
    pub async fn eval(&self, script: &str) -> Value {
        self.client
            .execute(script, Vec::new())
            .await
            .unwrap_or_else(|error| panic!("run in the page `{script}`: {error}"))
    }

    /// Runs an async function body in the page and returns what it resolves to.
    pub async fn eval_async(&self, body: &str) -> Value {
        let script = format!(
            "const done = arguments[arguments.length - 1];\n\
             (async () => {{ {body} }})().then(done, (error) => done({{ error: String(error) }}));"
        );
        self.client
            .execute_async(&script, Vec::new())
            .await
            .unwrap_or_else(|error| panic!("run async in the page `{body}`: {error}"))
    }

    /// Waits up to `seconds` for the JavaScript expression `condition` to be true.
    pub async fn wait_until(&self, condition: &str, seconds: u64) {
        let deadline = Instant::now() + Duration::from_secs(seconds);
        let script = format!("return Boolean({condition});");
        loop {
            // A navigation in progress can make one evaluation fail; try again.
            if let Ok(Value::Bool(true)) = self.client.execute(&script, Vec::new()).await {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "waited {seconds} s for `{condition}`"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Opens any URL (e.g. `file:///…/stackwise.html`) and waits for the app to mount.
    pub async fn open_url(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|error| panic!("navigate to {url}: {error}"));
        self.wait_for("[data-app-ready]").await;
    }

    /// Reloads the page and waits for the app to mount again.
    pub async fn reload(&self) {
        self.client.refresh().await.expect("reload the page");
        self.wait_for("[data-app-ready]").await;
    }

    /// Waits until a service worker controls the page (on the first visit it takes
    /// control as soon as it has cached the app shell).
    pub async fn wait_for_service_worker_control(&self) {
        self.wait_until(
            "navigator.serviceWorker && navigator.serviceWorker.controller \
             && navigator.serviceWorker.controller.state === 'activated'",
            30,
        )
        .await;
    }

    /// The names of the caches this origin holds.
    pub async fn cache_names(&self) -> Vec<String> {
        let names = self.eval_async("return await caches.keys();").await;
        names
            .as_array()
            .unwrap_or_else(|| panic!("caches.keys() gave {names}"))
            .iter()
            .filter_map(|name| name.as_str().map(str::to_owned))
            .collect()
    }
}

/// chromedriver's DevTools-protocol passthrough (not in the W3C standard).
#[derive(Debug)]
struct Cdp {
    command: String,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or("")
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        let body = serde_json::json!({ "cmd": self.command, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

impl Browser {
    /// Runs a Chrome DevTools Protocol command (e.g. `Page.getInstallabilityErrors`).
    pub async fn cdp(&self, command: &str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp {
                command: command.to_owned(),
                params,
            })
            .await
            .unwrap_or_else(|error| panic!("DevTools command {command}: {error}"))
    }
}

impl Browser {
    /// Moves the mouse over the point at fractions (`fx`, `fy`) of the first element
    /// matching `css`, scrolled into view first.
    pub async fn hover(&self, css: &str, fx: f64, fy: f64) {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction};
        self.wait_for(css).await;
        let rect = self
            .eval(&format!(
                "const element = document.querySelector({css:?});
                 element.scrollIntoView({{ block: 'center' }});
                 const r = element.getBoundingClientRect();
                 return [r.x + r.width * {fx}, r.y + r.height * {fy}];"
            ))
            .await;
        let (x, y) = (
            rect[0].as_f64().unwrap_or_default(),
            rect[1].as_f64().unwrap_or_default(),
        );
        let actions = MouseActions::new("mouse".into()).then(PointerAction::MoveTo {
            duration: None,
            x,
            y,
        });
        self.client
            .perform_actions(actions)
            .await
            .unwrap_or_else(|error| panic!("move the mouse over {css}: {error}"));
    }
}

impl Browser {
    /// Waits for the radar chart and checks it is drawn and alive: one polygon per
    /// language with a corner per criterion, each corner naming its score when
    /// pointed at; pointing at a language brings it forward (the others fade).
    pub async fn check_radar(&self) {
        self.wait_for("#radar-chart .radar-plot polygon").await;
        let plots = self
            .eval(
                "return [...document.querySelectorAll('#radar-chart .radar-plot')].map((g) => [
                   g.dataset.language,
                   g.querySelector('polygon').getAttribute('points').trim().split(' ').length,
                   [...g.querySelectorAll('circle > title')].filter((t) => / of 100$/.test(t.textContent)).length,
                 ]);",
            )
            .await;
        assert_eq!(
            plots,
            serde_json::json!([["go", 8, 8], ["node", 8, 8], ["python", 8, 8]]),
            "the radar's polygons"
        );
        self.hover(
            "#radar-chart .radar-plot[data-language='python'] circle",
            0.5,
            0.5,
        )
        .await;
        let faded = "return getComputedStyle(document.querySelector(\"#radar-chart .radar-plot[data-language='go']\")).opacity;";
        for _ in 0..50 {
            if self.eval(faded).await == Value::String("0.3".into()) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("pointing at Python's corner did not bring it forward");
    }
}
