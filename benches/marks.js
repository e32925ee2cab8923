// The marks of `watch.js` for this load, and when the last byte of the wasm
// arrived (Resource Timing), or null before the watch script ran.
if (!window.__bench) return null;
const wasm = performance.getEntriesByType("resource").find((entry) => entry.name.endsWith(".wasm"));
return [window.__bench.dom, window.__bench.frame, window.__bench.clicked, wasm ? wasm.responseEnd : null];
