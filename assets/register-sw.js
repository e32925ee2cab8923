// Registers Stackwise's service worker (assets/sw.js: the offline app shell) once
// the app has started, and tells the app when a new version is waiting. See
// docs/hosting.md.
//
// Contract with the app (src/ui/update_notice.rs):
// - when a new version is installed and waiting, this script sets the attribute
//   `data-update-available` on <html> (for an app that mounts later) and dispatches
//   the window event `stackwise:update-available`;
// - when the app dispatches the window event `stackwise:apply-update`, this script
//   posts `skipWaiting` to the waiting worker and reloads once it has taken over;
// - when the first worker of this site has finished precaching and is active (the
//   app now works offline), it sets `data-offline-ready` on <html> and dispatches
//   `stackwise:offline-ready`, once: a site that already had a worker was ready.
//
// Only pages served over http(s) register a worker: the single-file build opened from
// file:// has none (and does not even include this script).
(() => {
  "use strict";
  const protocol = window.location.protocol;
  if (!("serviceWorker" in navigator) || (protocol !== "https:" && protocol !== "http:")) {
    return;
  }
  const container = navigator.serviceWorker;
  // A page that was controlled at load is running the old version when a new worker
  // takes over (here or from another tab), so it reloads; the very first install
  // taking control of a fresh page needs no reload.
  const hadController = Boolean(container.controller);
  let applyRequested = false;
  let reloading = false;
  let waiting = null;

  let offlineReady = false;
  function announceOfflineReady() {
    if (offlineReady) return;
    offlineReady = true;
    document.documentElement.setAttribute("data-offline-ready", "");
    window.dispatchEvent(new Event("stackwise:offline-ready"));
  }

  function announce(worker) {
    waiting = worker;
    document.documentElement.setAttribute("data-update-available", "");
    window.dispatchEvent(new Event("stackwise:update-available"));
  }

  function watch(registration) {
    // With no active worker yet, this is the first install: the app works offline
    // once it is activated (installing means every file was precached).
    let firstInstall = !registration.active;
    const track = (worker) => {
      if (!worker) return;
      worker.addEventListener("statechange", () => {
        // "installed" with an active worker means: downloaded completely, waiting.
        if (worker.state === "installed" && registration.active) {
          announce(worker);
        }
        if (worker.state === "activated" && firstInstall) {
          firstInstall = false;
          announceOfflineReady();
        }
      });
    };
    if (registration.waiting && registration.active) {
      announce(registration.waiting);
    }
    track(registration.installing); // an update check the navigation already started
    registration.addEventListener("updatefound", () => track(registration.installing));
    // Long-lived tabs look for a new deployment every hour (the browser also checks
    // on every navigation). A failed check (offline) changes nothing.
    setInterval(() => {
      if (navigator.onLine) registration.update().catch(() => {});
    }, 60 * 60 * 1000);
  }

  container.addEventListener("controllerchange", () => {
    if (reloading || !(hadController || applyRequested)) return;
    reloading = true;
    window.location.reload();
  });

  window.addEventListener("stackwise:apply-update", () => {
    applyRequested = true;
    if (waiting) {
      waiting.postMessage({ type: "skipWaiting" });
    } else {
      window.location.reload();
    }
  });

  async function start() {
    try {
      // An existing registration is reused as is: calling register() again would
      // force a network check, which fails (and says so in the console) when offline.
      const scope = new URL("./", window.location.href).href;
      const existing = await container.getRegistration(scope);
      watch(
        existing && existing.scope === scope
          ? existing
          : await container.register("sw.js", { scope, updateViaCache: "none" }),
      );
    } catch (error) {
      // No offline support on this host (e.g. a browser setting blocks workers);
      // the app itself works the same.
      console.warn("Stackwise: offline support is unavailable:", error);
    }
  }

  // Precaching downloads the whole app again (wasm included), so it waits
  // until the app has started and the first screen is up, then a little longer,
  // never competing with what the first question needs.
  const AFTER_START_MS = 2000;
  let scheduled = false;
  function later() {
    if (scheduled) return;
    scheduled = true;
    setTimeout(start, AFTER_START_MS);
  }
  if (window.wasmBindings) {
    later(); // the app started before this deferred script ran
  } else {
    window.addEventListener("TrunkApplicationStarted", later, { once: true });
    // Should the app fail to start, still make the shell available offline.
    window.addEventListener("load", () => setTimeout(later, 10000), { once: true });
  }
})();
