// Opens the result view at `params.result` (a fragment) from the landing view, the
// app already running, and times from the hash change to the first animation frame
// after the scores table is there (`table`, the floor) and after the radar chart is
// drawn (`chart`). `library` says whether ECharts was already in the page.
location.hash = "#/";
await new Promise((resolve) => setTimeout(resolve, 300));
const library = typeof window.echarts === "object";
const t0 = performance.now();
const marks = { table: null, chart: null };
const frameAfter = (name) =>
  requestAnimationFrame(() => {
    marks[name] = performance.now() - t0;
  });
let tableSeen = false;
let chartSeen = false;
const check = () => {
  if (!tableSeen && document.querySelector("#score-table tbody tr")) {
    tableSeen = true;
    frameAfter("table");
  }
  const chart = document.querySelector(".radar-chart");
  if (!chartSeen && chart && chart.dataset.state === "drawn") {
    chartSeen = true;
    frameAfter("chart");
  }
  const failed = chart && chart.dataset.state === "unavailable";
  return failed || (marks.table !== null && marks.chart !== null);
};
const observer = new MutationObserver(check);
observer.observe(document.body, { childList: true, subtree: true, attributes: true });
location.hash = params.result;
const deadline = t0 + 20000;
while (performance.now() < deadline) {
  if (check()) break;
  await new Promise((resolve) => setTimeout(resolve, 5));
}
observer.disconnect();
const state = (document.querySelector(".radar-chart") || { dataset: {} }).dataset.state || "missing";
return { library, state, table: marks.table, chart: marks.chart };
