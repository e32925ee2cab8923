// Opens the session list from the landing view (as the "Saved decisions" link
// does) and times it: hash change to the DOM having `params.rows` rows, and to the
// next animation frame.
location.hash = "#/";
await new Promise((resolve) => setTimeout(resolve, 300));
const t0 = performance.now();
const rows = () => document.querySelectorAll("#session-list > li").length >= params.rows;
location.hash = "#/sessions";
const deadline = t0 + 10000;
while (!rows() && performance.now() < deadline) {
  await new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    setTimeout(() => {
      observer.disconnect();
      resolve();
    }, 100);
  });
}
const dom = performance.now() - t0;
await new Promise((resolve) => requestAnimationFrame(resolve));
const frame = performance.now() - t0;
return {
  ok: rows(),
  dom,
  frame,
  items: document.querySelectorAll("#session-list > li").length,
  empty: document.getElementById("no-sessions") !== null,
};
