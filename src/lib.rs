//! Stackwise: helps a small backend team choose its default language (Go, Node.js or
//! Python) and defend the choice. See ARCHITECTURE.md for the module map.
//!
//! The pure core (`model`, `session`, `share`, `store`, `record`, `route`, `trial`, `team`,
//! `first_screen`, `file_names`, `radar`, `markup`, `small_sort`) has no browser types and is
//! tested natively. The UI and the browser adapters only exist on `wasm32`.

// Std's sorts are disallowed in the app's code (clippy.toml, `small_sort`); the
// unit tests never reach the wasm and may use them.
#![cfg_attr(test, allow(clippy::disallowed_methods))]

pub mod file_names;
pub mod first_screen;
pub mod markdown;
pub mod markup;
pub mod model;
pub mod open_questions;
pub mod radar;
pub mod record;
pub mod route;
pub mod session;
pub mod share;
pub mod small_sort;
pub mod store;
pub mod team;
pub mod trial;

#[cfg(target_arch = "wasm32")]
pub mod adapters;
#[cfg(target_arch = "wasm32")]
pub mod ui;
