//! End-to-end tests: the release build in `dist/`, served by a test server on a free
//! loopback port, driven in headless Chromium through WebDriver.
//!
//! Run through `scripts/test` (which builds `dist/` first), or by hand with
//! `trunk build --release && cargo test --test e2e`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
// Never in the wasm: std's sorts are fine here (clippy.toml).
#![allow(clippy::disallowed_methods)]

mod support;

mod advice;
mod chart;
mod conflicts;
mod decision;
mod files;
mod first_screen;
mod hosting;
mod landing;
mod offline;
mod polish;
mod record;
mod sharing;
mod single_file;
mod storage;
mod team;
mod trial;
