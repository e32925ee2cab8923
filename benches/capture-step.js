// The parts of the app's page the static floor pages are made of: stylesheet, icon,
// title, language, header, the first questionnaire step and the footer.
const href = (css) => {
  const element = document.querySelector(css);
  return element ? element.getAttribute("href") : null;
};
const html = (css) => {
  const element = document.querySelector(css);
  return element ? element.outerHTML : "";
};
return {
  css: href("link[rel=stylesheet]"),
  icon: href("link[rel=icon]"),
  title: document.title,
  lang: document.documentElement.lang,
  header: html(".site-header"),
  step: html("main .decide-layout"),
  footer: html(".site-footer"),
};
