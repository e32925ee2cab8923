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
    #[allow(dead_code)] // no test points at an element now; kept for those that will
    pub async fn hover(&self, css: &str, fx: f64, fy: f64) {
        self.wait_for(css).await;
        let rect = self
            .eval(&format!(
                "const element = document.querySelector({css:?});
                 element.scrollIntoView({{ block: 'center' }});
                 const r = element.getBoundingClientRect();
                 return [r.x + r.width * {fx}, r.y + r.height * {fy}];"
            ))
            .await;
        self.move_mouse(&rect).await;
    }

    /// Moves the mouse to the viewport point `[x, y]` (a JSON pair from the page).
    async fn move_mouse(&self, point: &Value) {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction};
        let (x, y) = (
            point[0].as_f64().unwrap_or_default(),
            point[1].as_f64().unwrap_or_default(),
        );
        let actions = MouseActions::new("mouse".into()).then(PointerAction::MoveTo {
            duration: None,
            x,
            y,
        });
        self.client
            .perform_actions(actions)
            .await
            .unwrap_or_else(|error| panic!("move the mouse to {point}: {error}"));
    }
}

/// The result's radar chart once ECharts has drawn it.
pub const RADAR: &str = ".radar-chart[data-state='drawn']";

impl Browser {
    /// Runs `body` with `chart` bound to the ECharts instance of the first radar
    /// chart on the page.
    pub async fn eval_chart(&self, body: &str) -> Value {
        self.eval(&format!(
            "const chart = echarts.getInstanceByDom(document.querySelector('.radar-chart'));\n{body}"
        ))
        .await
    }

    /// Waits for the radar chart and checks it is drawn and alive: an ECharts
    /// instance (SVG) with one series per language and a value per criterion, whose
    /// tooltip names every score of the language pointed at.
    pub async fn check_radar(&self) {
        self.wait_for(RADAR).await;
        let series = self
            .eval_chart(
                "return [chart.getOption().series.map((s) => [s.name, s.data[0].value.length]),
                         Boolean(document.querySelector('.radar-chart svg'))];",
            )
            .await;
        assert_eq!(
            series,
            serde_json::json!([[["Go", 8], ["Node.js", 8], ["Python", 8]], true]),
            "the radar's series"
        );
        let tip = "const tip = document.querySelector('.radar-chart .chart-tip');
                   return tip && tip.offsetParent !== null ? tip.textContent : '';";
        // The chart animates its series in: point again until the corner is there.
        for attempt in 0..30 {
            self.hover_radar_point(2, 0, f64::from(attempt % 2)).await;
            tokio::time::sleep(Duration::from_millis(150)).await;
            let text = self.eval(tip).await;
            let text = text.as_str().unwrap_or_default();
            if text.starts_with("Python") {
                assert!(text.matches(char::is_numeric).count() >= 8, "{text}");
                return;
            }
        }
        panic!("pointing at Python's first corner showed no tooltip with its scores");
    }

    /// Moves the mouse over the corner of `series` on the axis `axis`, `nudge`
    /// pixels to the right (a new position makes a new `mousemove`).
    pub async fn hover_radar_point(&self, series: usize, axis: usize, nudge: f64) {
        let point = self
            .eval_chart(&format!(
                "document.querySelector('.radar-chart').scrollIntoView({{ block: 'center' }});
                 const value = chart.getOption().series[{series}].data[0].value[{axis}];
                 const radar = chart.getModel().getComponent('radar').coordinateSystem;
                 const [x, y] = radar.dataToPoint(value, {axis});
                 const r = document.querySelector('.radar-chart').getBoundingClientRect();
                 return [r.x + x + {nudge}, r.y + y];"
            ))
            .await;
        self.move_mouse(&point).await;
    }
}
