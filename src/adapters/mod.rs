//! Thin adapters between the pure core and the browser: the URL fragment, local
//! storage, the clipboard, file downloads and the chart library. They hold no
//! product logic; each turns a browser API into plain values and errors.

pub mod location;
pub mod storage;
