// The files of this site whose request started (Resource Timing's startTime, the
// clock of __bench.frame) before the first frame that showed the question usable.
const base = new URL(".", location.href).href;
return performance
  .getEntriesByType("resource")
  .filter((entry) => entry.startTime <= window.__bench.frame && entry.name.startsWith(base))
  .map((entry) => entry.name.slice(base.length).split(/[?#]/)[0]);
