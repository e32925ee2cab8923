//! Headless Chromium driven through chromedriver and fantoccini, wired to a
//! [`StaticServer`] that serves the app and proxies (and records) everything else.
//!
//! Every process started here is stopped when the [`Browser`] is dropped, whether
//! the test passed or panicked: chromedriver runs in its own process group, which
//! is killed as a whole, and any Chromium left using the test's profile directory
//! is killed by name.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

use super::server::StaticServer;

/// The flags every test browser starts with (see DEVELOPERS.md): headless, no
/// first-run or background network traffic, a fresh profile per browser.
const CHROMIUM_FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1280,900",
    // Chromium's own background traffic, silenced so that the proxy log holds
    // only what the page asked for: network time, translation and hints, the
    // extension and component updaters, Google sign-in, and autofill lookups
    // (triggered by form fields). (Found by running
    // Chromium against a logging proxy; each flag removed one kind of request.)
    "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,AutofillServerCommunication",
    "--disable-extensions",
    "--component-updater=url-source=http://127.0.0.1:1/",
    "--gaia-url=http://127.0.0.1:1",
    "--google-base-url=http://127.0.0.1:1",
];

pub struct Browser {
    pub client: Client,
    pub server: StaticServer,
    driver: Driver,
}

impl Browser {
    /// Serves `dist` under `mount` and opens a fresh headless Chromium on it.
    pub async fn launch(mount: &str) -> Browser {
        Browser::launch_serving(&super::dist_dir(), mount).await
    }

    /// Serves the directory `root` (e.g. a copy of `dist` a test changes) under
    /// `mount` and opens a fresh headless Chromium on it.
    pub async fn launch_serving(root: &std::path::Path, mount: &str) -> Browser {
        let server = StaticServer::start(root, mount);
        let driver = Driver::start();
        let mut args: Vec<String> = CHROMIUM_FLAGS.iter().map(|flag| flag.to_string()).collect();
        args.push(format!("--user-data-dir={}", driver.profile.display()));
        args.push(format!("--proxy-server=http://{}", server.authority()));
        // Send loopback through the proxy too, so the server sees every request.
        args.push("--proxy-bypass-list=<-loopback>".into());
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({ "binary": chromium_binary(), "args": args }),
        );
        capabilities.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
        // No prediction or preconnect, and a default search engine on the test
        // server itself: Chromium preconnects to the search engine's origin on
        // navigation, which would otherwise be Debian's default.
        let search_url = format!("{}/search?q={{searchTerms}}", server.origin());
        let prefs = json!({
            "net.network_prediction_options": 2,
            "search.suggest_enabled": false,
            "default_search_provider_data": {
                "template_url_data": { "short_name": "test", "keyword": "test", "url": search_url }
            }
        });
        if let Some(options) = capabilities
            .get_mut("goog:chromeOptions")
            .and_then(|options| options.as_object_mut())
        {
            options.insert("prefs".into(), prefs);
        }
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&driver.url())
            .await
            .expect("start a WebDriver session in headless Chromium");
        Browser {
            client,
            server,
            driver,
        }
    }

    /// Opens the app at `fragment` (e.g. `"#/"`) and waits for the app to mount.
    pub async fn open(&self, fragment: &str) {
        let url = format!("{}{}", self.server.app_url(), fragment);
        self.client.goto(&url).await.expect("navigate to the app");
        self.wait_for("[data-app-ready]").await;
    }

    /// Waits up to 20 s for an element matching `css`.
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|error| panic!("waited 20 s for `{css}`: {error}"))
    }

    /// Waits for the first element matching `css` and clicks it.
    pub async fn click(&self, css: &str) {
        self.wait_for(css)
            .await
            .click()
            .await
            .unwrap_or_else(|error| panic!("click `{css}`: {error}"));
    }

    /// Text of the first element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        self.wait_for(css)
            .await
            .text()
            .await
            .expect("read element text")
    }

    /// Browser console entries at level SEVERE since the last call.
    pub async fn console_errors(&self) -> Vec<String> {
        let entries = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .expect("read the browser console log");
        entries
            .as_array()
            .map(|entries| {
                entries
                    .iter()
                    .filter(|entry| entry["level"] == "SEVERE")
                    .map(|entry| entry["message"].as_str().unwrap_or("").to_owned())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Asserts the two properties every test ends with: no console errors, and
    /// no request to any origin but the test server. Then closes the session.
    pub async fn finish(self) {
        let errors = self.console_errors().await;
        assert!(errors.is_empty(), "browser console errors: {errors:#?}");
        let foreign = self.server.foreign_requests();
        assert!(
            foreign.is_empty(),
            "requests left the origin {}: {foreign:#?}",
            self.server.origin()
        );
        let Browser {
            client,
            server,
            driver,
        } = self;
        let _ = client.close().await;
        drop(driver);
        drop(server);
    }
}

/// chromedriver's log endpoint (not in the W3C standard, so not in fantoccini).
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/se/log", session_id.unwrap_or("")))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "type": "browser" }).to_string()),
        )
    }
}

fn chromium_binary() -> String {
    std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/lib/chromium/chromium".into())
}

/// A chromedriver process in its own process group, with a fresh profile directory.
struct Driver {
    child: Child,
    port: u16,
    profile: PathBuf,
}

impl Driver {
    fn start() -> Driver {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let port = free_port();
        let profile = std::env::temp_dir().join(format!(
            "stackwise-e2e-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&profile);
        std::fs::create_dir_all(&profile).expect("create a fresh Chromium profile directory");
        let binary = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let child = {
            use std::os::unix::process::CommandExt;
            Command::new(&binary)
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .process_group(0)
                .spawn()
                .unwrap_or_else(|error| {
                    panic!("start `{binary}` (install it with scripts/setup): {error}")
                })
        };
        let driver = Driver {
            child,
            port,
            profile,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not listen on port {port} within 20 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        driver
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.child.kill();
        let _ = self.child.wait();
        // Chromium normally dies with its driver's group; make sure of it.
        let _ = Command::new("pkill")
            .args(["-KILL", "-f", &self.profile.display().to_string()])
            .status();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .expect("find a free loopback port")
}
