//! Entry point. In the browser it mounts the Leptos app; natively it only explains
//! how to run the app, since Stackwise is a browser-only program.

#[cfg(target_arch = "wasm32")]
fn main() {
    stackwise::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Stackwise runs in the browser. Serve it with `scripts/serve` (see README.md).");
}
