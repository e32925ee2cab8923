//! A static file server for `dist/` that is also the browser's HTTP proxy.
//!
//! Chromium is started with this server as its proxy for every host, loopback
//! included, so every request the page makes passes through here. Requests for the
//! server's own origin are answered from `dist/` (under an optional sub-path);
//! anything else is refused and recorded, so a test can assert that no request
//! left the origin. Going "offline" drops every connection unanswered, which the
//! browser sees as a network failure; holding a file back delays its answer.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// One request as the browser sent it.
#[derive(Clone, Debug)]
pub struct Request {
    pub method: String,
    /// The request target as sent: a path, an absolute URL (proxied), or host:port (CONNECT).
    pub target: String,
}

#[derive(Default)]
struct Shared {
    requests: Mutex<Vec<Request>>,
    foreign: Mutex<Vec<Request>>,
    offline: AtomicBool,
    /// Requests whose path ends with this wait until it is cleared.
    held: Mutex<Option<String>>,
    stop: AtomicBool,
}

pub struct StaticServer {
    addr: SocketAddr,
    mount: String,
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl StaticServer {
    /// Serves `root` under `mount` (`"/"` or e.g. `"/tools/stackwise/"`) on a free loopback port.
    pub fn start(root: &Path, mount: &str) -> StaticServer {
        assert!(
            mount.starts_with('/') && mount.ends_with('/'),
            "mount must be /…/"
        );
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        listener
            .set_nonblocking(true)
            .expect("non-blocking listener");
        let addr = listener.local_addr().expect("listener address");
        let shared = Arc::new(Shared::default());
        let thread = {
            let shared = Arc::clone(&shared);
            let root = root.to_path_buf();
            let mount = mount.to_owned();
            let authority = addr.to_string();
            std::thread::spawn(move || accept_loop(listener, shared, root, mount, authority))
        };
        StaticServer {
            addr,
            mount: mount.to_owned(),
            shared,
            thread: Some(thread),
        }
    }

    /// `host:port` of this server, also the proxy address for the browser.
    pub fn authority(&self) -> String {
        self.addr.to_string()
    }

    /// The app's URL: origin plus sub-path.
    pub fn app_url(&self) -> String {
        format!("http://{}{}", self.addr, self.mount)
    }

    pub fn origin(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request that was addressed to another origin.
    pub fn foreign_requests(&self) -> Vec<Request> {
        lock(&self.shared.foreign).clone()
    }

    /// Every request received, in order.
    pub fn requests(&self) -> Vec<Request> {
        lock(&self.shared.requests).clone()
    }

    /// While offline, every connection is dropped without an answer.
    #[allow(dead_code)] // not every test binary goes offline
    pub fn set_offline(&self, offline: bool) {
        self.shared.offline.store(offline, Ordering::SeqCst);
    }
}

impl StaticServer {
    /// Holds back every answer to a path ending with `suffix` (e.g. `.wasm`, to
    /// keep the app from starting) until [`StaticServer::release`].
    #[allow(dead_code)] // not every test binary holds files back
    pub fn hold(&self, suffix: &str) {
        *lock(&self.shared.held) = Some(suffix.to_owned());
    }

    /// Answers the held requests, and every later one, at once.
    #[allow(dead_code)]
    pub fn release(&self) {
        *lock(&self.shared.held) = None;
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn accept_loop(
    listener: TcpListener,
    shared: Arc<Shared>,
    root: PathBuf,
    mount: String,
    authority: String,
) {
    while !shared.stop.load(Ordering::SeqCst) {
        match listener.accept() {
            Ok((stream, _)) => {
                let shared = Arc::clone(&shared);
                let root = root.clone();
                let mount = mount.clone();
                let authority = authority.clone();
                std::thread::spawn(move || {
                    let _ = handle(stream, &shared, &root, &mount, &authority);
                });
            }
            Err(error) if error.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(2));
            }
            Err(_) => std::thread::sleep(Duration::from_millis(10)),
        }
    }
}

fn handle(
    stream: TcpStream,
    shared: &Shared,
    root: &Path,
    mount: &str,
    authority: &str,
) -> std::io::Result<()> {
    stream.set_nonblocking(false)?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    if shared.offline.load(Ordering::SeqCst) {
        return Ok(()); // dropped unanswered: a network error for the browser
    }
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut content_length = 0usize;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.trim().eq_ignore_ascii_case("content-length")
        {
            content_length = value.trim().parse().unwrap_or(0);
        }
    }
    if content_length > 0 {
        let mut body = vec![0; content_length.min(1 << 20)];
        reader.read_exact(&mut body)?;
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("").to_owned();
    let target = parts.next().unwrap_or("").to_owned();
    let request = Request {
        method: method.clone(),
        target: target.clone(),
    };
    lock(&shared.requests).push(request.clone());

    let path = if method == "CONNECT" {
        None
    } else if let Some(rest) = target.strip_prefix("http://") {
        let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        (host == authority).then(|| {
            if path.is_empty() {
                "/".to_owned()
            } else {
                path.to_owned()
            }
        })
    } else if target.starts_with('/') {
        Some(target.clone())
    } else {
        None
    };
    let mut stream = stream;
    let Some(path) = path else {
        lock(&shared.foreign).push(request);
        return respond(
            &mut stream,
            &method,
            "403 Forbidden",
            "text/plain",
            b"not this origin",
        );
    };
    while lock(&shared.held).as_deref().is_some_and(|suffix| {
        path.split(['?', '#'])
            .next()
            .unwrap_or("")
            .ends_with(suffix)
    }) && !shared.stop.load(Ordering::SeqCst)
    {
        std::thread::sleep(Duration::from_millis(20));
    }
    match resolve(root, mount, &path) {
        Some(file) => match std::fs::read(&file) {
            Ok(body) => respond(&mut stream, &method, "200 OK", content_type(&file), &body),
            Err(_) => respond(
                &mut stream,
                &method,
                "404 Not Found",
                "text/plain",
                b"not found",
            ),
        },
        None => respond(
            &mut stream,
            &method,
            "404 Not Found",
            "text/plain",
            b"not found",
        ),
    }
}

/// Maps a URL path under `mount` to a file in `root`; directories serve index.html.
fn resolve(root: &Path, mount: &str, url_path: &str) -> Option<PathBuf> {
    let path = url_path.split(['?', '#']).next().unwrap_or("");
    let relative = path
        .strip_prefix(mount)
        .or_else(|| (path.to_owned() + "/" == mount).then_some(""))?;
    let mut file = root.to_path_buf();
    for segment in relative.split('/').filter(|s| !s.is_empty()) {
        if segment == ".." || segment.contains('\\') {
            return None;
        }
        file.push(segment.replace("%20", " "));
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

fn respond(
    stream: &mut TcpStream,
    method: &str,
    status: &str,
    content_type: &str,
    body: &[u8],
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(body)?;
    }
    stream.flush()
}
