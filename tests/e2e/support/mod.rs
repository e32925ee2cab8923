//! Shared machinery for the end-to-end tests: a static server that records every
//! request, and a headless Chromium session wired to it.

pub mod browser;
pub mod flow;
pub mod page;
pub mod scratch_dist;
pub mod server;

use std::path::PathBuf;

pub use browser::Browser;

/// The built app to test: `$STACKWISE_DIST`, or `dist/` at the crate root.
pub fn dist_dir() -> PathBuf {
    let dist = std::env::var_os("STACKWISE_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"));
    assert!(
        dist.join("index.html").is_file(),
        "no built app at {} — build it first with `trunk build --release` (scripts/test does)",
        dist.display()
    );
    dist
}

/// One browser at a time: two cores do not run several Chromiums well. An async
/// lock, since each test holds it across its awaits.
pub async fn one_browser_at_a_time() -> tokio::sync::MutexGuard<'static, ()> {
    static LOCK: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());
    LOCK.lock().await
}
