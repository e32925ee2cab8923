//! Thin adapters between the pure core and the browser: the URL fragment, local
//! storage, the clipboard, file downloads (the chart as a PNG among them), the
//! chart library (ECharts, loaded when a chart is first shown) and the static first
//! screen the app takes over. They hold no product logic; each turns
//! a browser API into plain values and errors.

pub mod clock;
pub mod echarts;
pub mod files;
pub mod first_screen;
pub mod location;
pub mod storage;
