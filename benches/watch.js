// An init script for every new document in the tab (prefixed by the bench with
// `const params = {...};`). A MutationObserver that, when `params.clickStart`,
// clicks "Start a new decision" as soon as it exists (the app's way to its first
// question), and records with `performance.now()` (ms since navigation start) when
// the condition `params.until` first holds (`dom`) and the next animation frame
// after that (`frame`: the first frame that can show it).
//   until: "first-question"  the first question's options exist, are shown and
//                            enabled (the static first step is in the page from
//                            the start, hidden until Start makes it the :target);
//   until: { rows: N }       the session list shows at least N rows.
(() => {
  if (window.top !== window) return;
  const conditions = {
    "first-question": () => {
      const input = document.querySelector("fieldset[data-question] input");
      return input !== null && !input.disabled && input.checkVisibility();
    },
    rows: () => document.querySelectorAll("#session-list > li").length >= params.until.rows,
  };
  const holds = typeof params.until === "string" ? conditions[params.until] : conditions.rows;
  const bench = { dom: null, frame: null, clicked: null };
  window.__bench = bench;
  let observer = null;
  const check = () => {
    if (bench.dom !== null) return;
    if (params.clickStart && bench.clicked === null) {
      const start = document.getElementById("start-decision");
      if (start) {
        bench.clicked = performance.now();
        start.click();
      }
    }
    if (holds()) {
      bench.dom = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => {
        bench.frame = performance.now();
      });
    }
  };
  observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  addEventListener("hashchange", check);
})();
