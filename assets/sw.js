// Stackwise's service worker: keeps the app shell so Stackwise loads and works with
// the network off after the first visit. See docs/hosting.md.
//
// - Install: downloads every file of this build (the list and their SHA-256 digests
//   are written below by scripts/post-build) into a cache named after this build.
//   cache.addAll is all-or-nothing and every response must match its digest, so a
//   half-downloaded or mixed deployment fails the install and the version already
//   cached keeps running untouched.
// - The chart library (BUILD.lazy, the ECharts build the app loads when a chart is
//   first shown) is not precached: nothing downloads it before a chart is shown. The
//   first time the page fetches it through this worker, the response (checked
//   against its digest) is kept in this build's cache. A chart shown before this
//   worker took over is kept from the browser's HTTP cache at activation (never from
//   the network), and a new version takes the file over from the old cache when its
//   digest is unchanged.
// - Waiting: a new version waits until the page asks it to take over (the page shows
//   "A new version of Stackwise is available"; its Reload button posts `skipWaiting`).
// - Activate: deletes this deployment's older caches and takes control of open pages.
// - Fetch: the app's own files come from the cache; a navigation to the app gets the
//   cached index.html (views live in the URL fragment, so there is one HTML page).
//   Requests to any other origin, and anything that is not a file of this build, are
//   left to the browser untouched and never cached.
// - Development builds (`trunk serve`, with live reload) get a "retire" build instead:
//   it removes any worker and cache a release build left on this origin, so a dev
//   server never shows stale files.

// @build-begin (replaced by scripts/post-build; an unbuilt worker refuses to install)
const BUILD = { version: "unbuilt", files: {}, lazy: {} };
// @build-end

const SCOPE = self.registration.scope; // e.g. https://example.org/tools/stackwise/
// Caches belong to the whole origin; the prefix keeps two deployments of Stackwise on
// one origin (e.g. /stackwise/ and /stackwise-beta/) from deleting each other's.
const PREFIX = `stackwise:${SCOPE}:`;
const CACHE = PREFIX + BUILD.version;
const INDEX = new URL("index.html", SCOPE).href;
const urls = (files) =>
  new Map(Object.entries(files || {}).map(([file, integrity]) => [new URL(file, SCOPE).href, integrity]));
const FILES = urls(BUILD.files);
const LAZY = urls(BUILD.lazy);

self.addEventListener("install", (event) => {
  event.waitUntil(BUILD.retire ? self.skipWaiting() : precache());
});

async function precache() {
  if (FILES.size === 0 || !FILES.has(INDEX)) {
    throw new Error("Stackwise: this sw.js was not prepared by scripts/post-build");
  }
  const requests = [...FILES].map(
    ([url, integrity]) => new Request(url, { cache: "reload", integrity }),
  );
  try {
    const cache = await caches.open(CACHE);
    await cache.addAll(requests);
    await adoptLazyFiles(cache, (url) => caches.match(url));
  } catch (error) {
    // Leave nothing half-filled behind; the next update check starts afresh.
    await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((name) => name.startsWith(PREFIX) && (BUILD.retire || name !== CACHE))
          .map((name) => caches.delete(name)),
      );
      if (!BUILD.retire) {
        // A chart shown before this worker took over came through the HTTP cache.
        const cache = await caches.open(CACHE);
        await adoptLazyFiles(cache, (url) =>
          fetch(new Request(url, { cache: "only-if-cached", mode: "same-origin" })).catch(() => undefined),
        );
      }
      if (BUILD.retire) {
        await self.registration.unregister();
        const pages = await self.clients.matchAll({ type: "window" });
        await Promise.all(pages.map((page) => page.navigate(page.url)));
      } else {
        await self.clients.claim();
      }
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "skipWaiting") {
    self.skipWaiting();
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (BUILD.retire || request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return; // never touch another origin
  const key = url.origin + url.pathname;
  if (request.mode === "navigate" && (key === SCOPE || key === INDEX)) {
    event.respondWith(cacheFirst(INDEX, request));
  } else if (FILES.has(key)) {
    event.respondWith(cacheFirst(key, request));
  } else if (LAZY.has(key)) {
    event.respondWith(keepOnceUsed(key));
  }
});

// Whether a response's body has the SHA-256 digest `integrity` ("sha256-…").
async function matches(response, integrity) {
  const digest = await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer());
  const base64 = btoa(String.fromCharCode(...new Uint8Array(digest)));
  return `sha256-${base64}` === integrity;
}

// Copies each lazy file that `find(url)` has, with the right digest, into `cache`;
// never from the network. A missing one stays missing until a chart asks for it.
async function adoptLazyFiles(cache, find) {
  for (const [url, integrity] of LAZY) {
    if (await cache.match(url)) continue;
    const response = await find(url);
    if (response && response.ok && (await matches(response, integrity))) {
      await cache.put(url, response);
    }
  }
}

// Offline before the chart library was ever kept, the answer is "204 No Content": the
// page's script loads empty, the app says in one line that the chart is unavailable,
// and the console shows no failed request.
async function keepOnceUsed(key) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  if (cached) return cached;
  try {
    const response = await fetch(new Request(key, { integrity: LAZY.get(key) }));
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch {
    return new Response(null, { status: 204, statusText: "Not kept offline" });
  }
}

async function cacheFirst(key, request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  return cached || fetch(request);
}
