/**
 * The playground page: parses what is pasted into the text box with the library's built ESM bundle
 * (`dist/index.js`, bundled into `playground.js` by `npm run playground`) and shows the views of
 * `view.ts`. Everything runs in the page; there is no server.
 */
import { dpaAfx, dpaAfxRatings, dpaBasic, parseArticle, parseFeed, toNinjs } from "dpa-afx-parser";
import type { Article, Grammar } from "dpa-afx-parser";
import example from "../../examples/article.txt";
import { countTypes, decodeState, diagnosticsHtml, encodeState, feedOfferHtml, highlight, legendHtml, marks, treeHtml } from "./view.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const GRAMMARS: Record<string, Grammar<any, any>> = { "dpa-afx": dpaAfx, "dpa-afx-ratings": dpaAfxRatings, "dpa-basic": dpaBasic };

function $<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`playground: #${id} is missing from the page`);
  return el as T;
}

const input = $<HTMLTextAreaElement>("input");
const grammar = $<HTMLSelectElement>("grammar");
const mode = $<HTMLSelectElement>("mode");
const zone = $<HTMLInputElement>("zone");
const source = $<HTMLPreElement>("source");
const legend = $("legend");
const tree = $("tree");
const diagnostics = $("diagnostics");
const json = $<HTMLPreElement>("json");
const ninjs = $<HTMLPreElement>("ninjs");
const status = $("status");
const offer = $("offer");

let articles: Article[] = [];

/** Parses the text box with the chosen grammar, mode and zone, and redraws every view. */
function render(): void {
  const text = input.value;
  const options = { grammar: GRAMMARS[grammar.value] ?? dpaAfx, zone: zone.value.trim() || "Europe/Berlin" };
  const started = performance.now();
  try {
    articles = mode.value === "feed" ? parseFeed(text, options) : [parseArticle(text, options)];
  } catch (error) {
    // The parser reports problems as diagnostics; only a broken option throws: an unknown zone is a
    // RangeError, shown at the zone field.
    const zoneError = error instanceof RangeError;
    zone.setAttribute("aria-invalid", String(zoneError));
    zone.classList.toggle("invalid", zoneError);
    status.textContent = `Could not parse: ${(error as Error).message}`;
    status.className = "status failed";
    return;
  }
  zone.setAttribute("aria-invalid", "false");
  zone.classList.remove("invalid");
  // A text holding several messages, parsed as one article: offer the feed mode.
  offer.innerHTML = mode.value === "feed" ? "" : feedOfferHtml(parseFeed(text, options).length);
  const ms = performance.now() - started;
  const tree_ = marks(articles);
  source.innerHTML = highlight(text, tree_);
  legend.innerHTML = legendHtml(countTypes(tree_));
  tree.innerHTML = treeHtml(articles);
  const all = articles.flatMap((a) => a.diagnostics);
  diagnostics.innerHTML = diagnosticsHtml(all);
  const one = mode.value !== "feed";
  json.textContent = JSON.stringify(one ? articles[0] : articles, null, 2);
  ninjs.textContent = JSON.stringify(one ? toNinjs(articles[0]!) : articles.map((a) => toNinjs(a)), null, 2);
  const n = articles.length;
  status.textContent = `${one ? "1 article" : `${n} message${n === 1 ? "" : "s"}`}, ${all.length} diagnostic${all.length === 1 ? "" : "s"}, parsed in ${ms.toFixed(1)} ms`;
  status.className = all.some((d) => d.severity === "error") ? "status has-errors" : "status";
  $("tab-diagnostics").textContent = `Diagnostics (${all.length})`;
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(render, 120);
}

/** Selects `[start, end)` in the text box and marks the node at `path` in the views. */
function focusRange(start: number, end: number, path: string | null): void {
  input.focus();
  input.setSelectionRange(start, end);
  for (const el of document.querySelectorAll(".active")) el.classList.remove("active");
  if (!path) return;
  for (const el of document.querySelectorAll(`[data-path="${CSS.escape(path)}"]`)) el.classList.add("active");
}

/** The offsets of the node at `path`, as its highlighted span carries them. */
function pathRange(path: string): [number, number] | null {
  const el = source.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
  return el ? [Number(el.dataset.start), Number(el.dataset.end)] : null;
}

source.addEventListener("click", (event) => {
  const span = (event.target as HTMLElement).closest<HTMLElement>("[data-path]");
  if (!span) return;
  const path = span.dataset.path!;
  const r = pathRange(path);
  if (r) focusRange(r[0], r[1], path);
  tree.querySelector(`details[data-path="${CSS.escape(path)}"]`)?.scrollIntoView({ block: "nearest" });
});

tree.addEventListener("click", (event) => {
  const summary = (event.target as HTMLElement).closest("summary");
  const details = summary?.parentElement;
  if (!details?.dataset.path) return;
  const r = pathRange(details.dataset.path);
  if (r) focusRange(r[0], r[1], details.dataset.path);
});

diagnostics.addEventListener("click", (event) => {
  const item = (event.target as HTMLElement).closest<HTMLElement>("[data-start]");
  if (item) focusRange(Number(item.dataset.start), Number(item.dataset.end), null);
});

for (const tab of document.querySelectorAll<HTMLButtonElement>("[role=tab]")) {
  tab.addEventListener("click", () => {
    for (const t of document.querySelectorAll<HTMLButtonElement>("[role=tab]")) {
      const selected = t === tab;
      t.setAttribute("aria-selected", String(selected));
      $(t.getAttribute("aria-controls")!).hidden = !selected;
    }
  });
}

input.addEventListener("input", schedule);
for (const control of [grammar, mode, zone]) control.addEventListener("change", render);
offer.addEventListener("click", (event) => {
  if ((event.target as HTMLElement).id !== "to-feed") return;
  mode.value = "feed";
  render();
});
$("load-example").addEventListener("click", () => {
  input.value = example;
  render();
});

// A shared link: the fragment holds the text and the controls, so the page needs no server to keep them.
$("share").addEventListener("click", () => {
  const fragment = encodeState({ text: input.value, grammar: grammar.value, mode: mode.value, zone: zone.value });
  history.replaceState(null, "", `#${fragment}`);
  navigator.clipboard?.writeText(location.href).then(
    () => (status.textContent = "Link copied: it holds the text and the settings."),
    () => (status.textContent = "The address bar holds the link: it holds the text and the settings."),
  );
});

const shared = decodeState(location.hash);
if (shared) {
  input.value = shared.text;
  if ([...grammar.options].some((o) => o.value === shared.grammar)) grammar.value = shared.grammar;
  if ([...mode.options].some((o) => o.value === shared.mode)) mode.value = shared.mode;
  zone.value = shared.zone;
} else if (input.value === "") {
  // A first visit opens on the bundled example, not on an empty box with a red diagnostic.
  input.value = example;
}
render();
