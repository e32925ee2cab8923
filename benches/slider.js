// Runs `params.changes` weight-slider moves on the result view (after
// `params.warmUp` uncounted ones) and returns the time of each from just before
// the `input` event is dispatched until the `#ranking` DOM has changed, and then:
// * mode "layout": until the browser has recomputed style and layout for the
//   changed page (forced by measuring the chart). The work from the input to a
//   screen ready to paint, without the wait for the display's next frame.
// * mode "frame": until just after the next animation frame (a task queued from
//   requestAnimationFrame), so it includes the wait for that frame and its paint.
//
// The radar (ECharts, SVG) plots scores per criterion, which priorities do not
// change: its drawing must stay as it is. A change to it is a problem (the figure
// then counts as not measured), as the chart would show something not timed.
const { mode, changes, warmUp } = params;
const radar = document.querySelector(".radar-chart[data-state='drawn']");
if (!radar || !radar.querySelector("svg")) return { error: "no drawn radar chart (.radar-chart svg)" };
const sliders = [...document.querySelectorAll("input[data-criterion]")];
if (sliders.length === 0) return { error: "no input[data-criterion] sliders" };
let st = null;
const within = (node, selector) => {
  const element = node.nodeType === 1 ? node : node.parentElement;
  return Boolean(element && element.closest(selector));
};
const afterFrame = () =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
const observer = new MutationObserver((records) => {
  if (!st) return;
  const now = performance.now();
  const ranking = (record) =>
    within(record.target, "#ranking") ||
    [...record.addedNodes].some((n) => n.nodeType === 1 && (n.id === "ranking" || n.querySelector("#ranking")));
  if (st.rank === null && records.some(ranking)) st.rank = now;
  if (st.radar === null && records.some((record) => within(record.target, ".radar-chart svg"))) st.radar = now;
  if (st.rank !== null && st.done === null) {
    if (mode === "layout") {
      radar.getBoundingClientRect();
      st.done = performance.now();
      st.resolve("done");
    } else {
      st.done = 0;
      afterFrame().then((time) => {
        if (st) {
          st.done = time;
          st.resolve("done");
        }
      });
    }
  }
});
observer.observe(document.getElementById("main") || document.body, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
});
const samples = [];
const parts = { ranking: [], layout: [] };
let radarChanges = 0;
const problems = [];
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
for (let i = 0; i < changes + warmUp; i++) {
  await pause(50);
  const slider = sliders[i % sliders.length];
  const target = slider.value === slider.max ? slider.min : slider.max;
  let resolveDone;
  const done = new Promise((resolve) => {
    resolveDone = resolve;
  });
  st = { rank: null, radar: null, done: null, t0: 0, resolve: resolveDone };
  slider.value = target;
  st.t0 = performance.now();
  slider.dispatchEvent(new Event("input", { bubbles: true }));
  const outcome = await Promise.race([done, pause(2000).then(() => "timeout")]);
  if (outcome === "timeout") {
    problems.push(`change ${i} (${slider.dataset.criterion} to ${target}): ranking unchanged`);
  } else if (i >= warmUp) {
    samples.push(st.done - st.t0);
    parts.ranking.push(st.rank - st.t0);
    parts.layout.push(st.done - st.rank);
    if (st.radar !== null) radarChanges += 1;
  }
  if (st.radar !== null) {
    problems.push(`change ${i} (${slider.dataset.criterion} to ${target}): the radar's drawing changed`);
  }
  st = null;
}
observer.disconnect();
return { samples, parts, problems, radarChanges };
