// The preview page. Everything that comes from the content or from messages is put in with
// textContent or setAttribute on elements made here: never as HTML.
"use strict";

const view = { choices: null, edition: null, page: 1, request: 0, showLastGood: false };
const $ = (id) => document.getElementById(id);

function element(tag, text, attributes) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
  return node;
}

function selected() {
  const hash = new URLSearchParams(location.hash.slice(1));
  return { lang: hash.get("lang"), layout: hash.get("layout"), brand: hash.get("brand") || "0",
           page: parseInt(hash.get("page") || "1", 10) || 1 };
}

function remember() {
  const hash = new URLSearchParams({ lang: $("pick-language").value, layout: $("pick-layout").value,
                                     brand: $("pick-brand").value, page: String(view.page) });
  history.replaceState(null, "", "#" + hash.toString());
}

async function getJSON(url) {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(url + ": " + response.status);
  return response.json();
}

function fill(select, values, labels, wanted) {
  select.replaceChildren(...values.map((value, i) => element("option", labels[i], { value: String(value) })));
  if (values.map(String).includes(wanted)) select.value = wanted;
}

async function loadChoices() {
  const choices = await getJSON("/api/choices");
  view.choices = choices;
  const want = selected();
  fill($("pick-language"), choices.languages, choices.languages, want.lang);
  fill($("pick-layout"), choices.layouts, choices.layouts, want.layout);
  fill($("pick-brand"), choices.brands.map((_, i) => i), choices.brands, want.brand);
  if (!choices.languages.length) {  // the content cannot be loaded and never could: show why
    showErrors(choices.problems, false);
    $("status").textContent = "The content file has errors";
  }
}

async function loadEdition() {
  if (!view.choices || !view.choices.languages.length) return;
  const ask = ++view.request;
  const query = new URLSearchParams({ lang: $("pick-language").value, layout: $("pick-layout").value,
                                      brand: $("pick-brand").value });
  const edition = await getJSON("/api/edition?" + query.toString());
  if (ask !== view.request) return;  // a newer choice was made meanwhile
  const changedEdition = !view.edition || view.edition.id !== edition.id;
  view.edition = edition;
  if (changedEdition) view.showLastGood = false;
  render();
}

function problemItem(problem) {
  const item = element("li", null, { class: problem.severity });
  item.append(element("span", problem.severity, { class: "severity" }), " ");
  if (problem.where) {
    item.append(problem.link ? element("a", problem.where, { href: problem.link, target: "_blank", rel: "noopener" })
                             : element("span", problem.where, { class: "where" }), ": ");
  }
  item.append(problem.path ? problem.path + ": " : "", problem.message);
  if (problem.hint) item.append(" ", element("span", "(" + problem.hint + ")", { class: "hint" }));
  return item;
}

function showErrors(problems, haveLastGood) {
  $("errors").hidden = false;
  $("error-list").replaceChildren(...problems.map(problemItem));
  $("show-last-good").hidden = !haveLastGood;
  $("pages").hidden = !view.showLastGood;
}

function render() {
  const edition = view.edition;
  const failed = edition.errors.length > 0;
  if (failed) {
    showErrors(edition.errors, edition.pages.length > 0);
  } else {
    $("errors").hidden = true;
    $("pages").hidden = false;
  }
  $("status").textContent = !edition.built ? "Building…" : failed ? "Build failed" : "Up to date";
  $("status").dataset.state = !edition.built ? "building" : failed ? "failed" : "ready";
  const pdf = $("pdf-link");
  pdf.hidden = !edition.pdf;
  if (edition.pdf) pdf.setAttribute("href", edition.pdf);
  pdf.textContent = failed ? "Open the last good PDF" : "Open the PDF";
  showPage();
  $("findings-status").textContent = edition.checking ? "Checking…" :
    edition.findings.length ? edition.findings.length + " finding(s) for this edition" : "No findings for this edition";
  $("finding-list").replaceChildren(...edition.findings.map(problemItem));
}

function showPage() {
  const pages = view.edition ? view.edition.pages : [];
  if (pages.length) view.page = Math.min(Math.max(1, view.page), pages.length);  // else: kept until pages come
  const page = pages[view.page - 1];
  const image = $("page-image");
  if (page) {
    if (image.getAttribute("src") !== page.url) image.setAttribute("src", page.url);
    image.setAttribute("width", page.width);
    image.setAttribute("height", page.height);
    image.setAttribute("alt", "Page " + page.number + " of " + pages.length);
    $("page-text").textContent = page.text;
    $("page-number").textContent = "Page " + page.number + " of " + pages.length;
  } else {
    image.removeAttribute("src");
    image.setAttribute("alt", "");
    $("page-text").textContent = "";
    $("page-number").textContent = "–";
  }
  $("previous").disabled = view.page <= 1;
  $("next").disabled = view.page >= pages.length;
  if (view.choices && view.choices.languages.length) remember();
}

function turn(by) {
  if (!view.edition || !view.edition.pages.length) return;
  view.page += by;
  showPage();
}

function connect() {
  const events = new EventSource("/events");
  events.addEventListener("edition", (event) => {
    if (view.edition && JSON.parse(event.data) === view.edition.id) loadEdition().catch(report);
  });
  events.addEventListener("building", () => {
    $("status").textContent = "Rebuilding…";
    $("status").dataset.state = "building";
  });
  events.addEventListener("choices", () => loadChoices().then(loadEdition).catch(report));
  events.addEventListener("open", () => loadChoices().then(loadEdition).catch(report));
  events.addEventListener("error", () => { $("status").textContent = "Disconnected: is brochure serve still running?"; });
}

function report(error) {
  $("status").textContent = "Error: " + error.message;
}

document.addEventListener("DOMContentLoaded", () => {
  view.page = selected().page;
  for (const id of ["pick-language", "pick-layout", "pick-brand"]) {
    $(id).addEventListener("change", () => { view.page = 1; loadEdition().catch(report); });
  }
  $("previous").addEventListener("click", () => turn(-1));
  $("next").addEventListener("click", () => turn(1));
  $("show-last-good").addEventListener("click", () => { view.showLastGood = true; $("pages").hidden = false; });
  document.addEventListener("keydown", (event) => {
    if (event.target.closest && event.target.closest("select, input, textarea")) return;
    if (event.key === "ArrowLeft") turn(-1);
    if (event.key === "ArrowRight") turn(1);
  });
  connect();
});
