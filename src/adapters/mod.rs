//! Thin adapters between the pure core and the browser: the URL fragment, local
//! storage, the clipboard, file downloads and the chart library. They hold no
//! product logic; each turns a browser API into plain values and errors.

pub mod chart_library;
pub mod clock;
pub mod files;
pub mod location;
pub mod storage;
