/**
 * The playground's views, as pure functions from (input, parsed articles) to HTML strings: the input
 * highlighted by node type, the node tree, the diagnostics and a legend. No DOM here, so the unit tests
 * run them in Node; `main.ts` puts the strings into the page.
 *
 * Every character of the input goes through `escape`, and every class name through `className`, so a
 * pasted text can never inject markup.
 */
import type { Article, Diagnostic, Position } from "../../src/index.js";
// The library's own escaping (a module with no dependencies), so the page escapes as `toHtml` does.
import { escapeHtml as escape } from "../../src/format/html.js";

/** A positioned node found in the parse, with the positioned nodes inside it. */
export interface Mark {
  start: number;
  end: number;
  type: string;
  /** The node's `kind`, for footers and extras. */
  kind: string | null;
  /** Where the node sits in the result, e.g. `[0].sections[1].heading`. */
  path: string;
  children: Mark[];
}

/** A node type or kind as a safe CSS class fragment (extension grammars may add any type). */
export function className(name: string): string {
  return name.replace(/[^\w-]/g, "-");
}

function isNode(value: unknown): value is { type: string; position?: Position; kind?: unknown } {
  return typeof value === "object" && value !== null && typeof (value as { type?: unknown }).type === "string";
}

function isPositionMap(value: unknown): value is Record<string, Position> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((p) => typeof (p as Position | null)?.start?.offset === "number" && typeof (p as Position).end?.offset === "number");
}

/**
 * Every positioned node under `roots` (the articles themselves included), each once, nested by range.
 * `article.date` and `article.dates[0]` are the same node: it is marked once, at its first path. An
 * object with a `positions` map (an extension's result, such as a rating) gives one mark per field,
 * of the object's key as type and the field as kind (`rating`, `company`).
 */
export function marks(roots: readonly Article[]): Mark[] {
  const seen = new Set<object>();
  const flat: Mark[] = [];
  const visit = (value: unknown, path: string, key: string): void => {
    if (typeof value !== "object" || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`, key));
      return;
    }
    if (isNode(value) && value.position) {
      const { start, end } = value.position;
      const kind = typeof value.kind === "string" ? value.kind : null;
      flat.push({ start: start.offset, end: end.offset, type: value.type, kind, path, children: [] });
    }
    for (const [k, child] of Object.entries(value)) {
      // Diagnostics have positions too, but they are shown in their own list; a luxon `value` is no node.
      if (k === "position" || k === "diagnostics" || k === "value") continue;
      if (k === "positions" && isPositionMap(child)) {
        // Field positions of an extension's result, such as `article.rating.positions.company`.
        for (const [field, p] of Object.entries(child)) {
          flat.push({ start: p.start.offset, end: p.end.offset, type: key, kind: field, path: `${path}.positions.${field}`, children: [] });
        }
        continue;
      }
      visit(child, `${path}.${k}`, k);
    }
  };
  roots.forEach((a, i) => visit(a, `[${i}]`, "article"));
  return nest(flat);
}

/** Nests marks by range: outer first; a mark that crosses its parent's end is cut at it. */
export function nest(flat: Mark[]): Mark[] {
  const sorted = flat
    .filter((m) => m.end >= m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const top: Mark[] = [];
  const stack: Mark[] = [];
  for (const m of sorted) {
    while (stack.length && stack[stack.length - 1]!.end <= m.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && m.end > parent.end) m.end = parent.end;
    (parent ? parent.children : top).push(m);
    stack.push(m);
  }
  return top;
}

/** The number of marks of each type, for the legend. */
export function countTypes(tree: readonly Mark[]): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (ms: readonly Mark[]): void => {
    for (const m of ms) {
      counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
      walk(m.children);
    }
  };
  walk(tree);
  return counts;
}

/**
 * The input as HTML, each node a `<span class="hl hl-TYPE">` around its own characters (nested as the
 * nodes are), with its offsets in `data-start` and `data-end`. The text content of the result is exactly
 * the input: nothing added, nothing dropped.
 */
export function highlight(text: string, tree: readonly Mark[]): string {
  const out: string[] = [];
  const emit = (ms: readonly Mark[], from: number, to: number): void => {
    let at = from;
    for (const m of ms) {
      if (m.start > at) out.push(escape(text.slice(at, m.start)));
      const kind = m.kind ? ` hl-${className(m.type)}-${className(m.kind)}` : "";
      const label = m.kind ? `${m.type} (${m.kind})` : m.type;
      out.push(`<span class="hl hl-${className(m.type)}${kind}" data-path="${escape(m.path)}" data-start="${m.start}" data-end="${m.end}" title="${escape(label)}">`);
      emit(m.children, Math.max(m.start, at), m.end);
      out.push("</span>");
      at = Math.max(at, m.end);
    }
    if (to > at) out.push(escape(text.slice(at, to)));
  };
  emit(tree, 0, text.length);
  return out.join("");
}

/** `line:column` of a position's start, 1-based as in editors. */
export function where(position: Position | undefined): string {
  return position ? `${position.start.line}:${position.start.column}` : "";
}

/** `line:column–line:column` of a position. */
function span(p: Position): string {
  return `${p.start.line}:${p.start.column}–${p.end.line}:${p.end.column}`;
}

function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function scalar(value: unknown): string | null {
  if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return JSON.stringify(value);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) return JSON.stringify(value);
  // A luxon DateTime: its ISO form, as in the JSON output.
  if (typeof value === "object" && value !== null && typeof (value as { toISO?: unknown }).toISO === "function") {
    return JSON.stringify((value as { toISO(): string | null }).toISO());
  }
  return null;
}

/**
 * The parse as a tree of `<details>`: each node with its type, kind, an excerpt of its text, its
 * position and its fields (objects without a type, such as headline flags or a rating, nest the same
 * way); the trailer's codes each in a `<code class="trailer-code">`. What is present comes first; the
 * fields that are null are named together after it.
 */
export function treeHtml(articles: readonly Article[]): string {
  const seen = new Set<object>();
  const node = (value: Record<string, unknown>, path: string, key: string): string => {
    seen.add(value);
    const type = typeof value.type === "string" ? value.type : null;
    const position = type ? (value.position as Position | undefined) : undefined;
    const fields: string[] = [];
    const children: string[] = [];
    const absent: string[] = [];
    for (const [k, v] of Object.entries(value)) {
      if (k === "type" || k === "position" || k === "diagnostics" || (k === "text" && type)) continue;
      if (v === null) {
        absent.push(k); // listed after what is present
        continue;
      }
      if (value.type === "trailer" && k === "codes" && Array.isArray(v)) {
        const codes = v.map((c) => `<code class="trailer-code">${escape(String(c))}</code>`).join("/");
        fields.push(`<li><span class="key">codes</span> ${codes}</li>`);
        continue;
      }
      const s = scalar(v);
      if (s !== null) {
        fields.push(`<li><span class="key">${escape(k)}</span> ${escape(s)}</li>`);
      } else if (k === "positions" && isPositionMap(v)) {
        const list = Object.entries(v).map(([f, p]) => `${escape(f)} <span class="pos">${span(p)}</span>`);
        fields.push(`<li><span class="key">positions</span> ${list.join(", ")}</li>`);
      } else if (Array.isArray(v)) {
        v.forEach((x, i) => {
          if (typeof x === "object" && x !== null && !seen.has(x)) children.push(node(x as Record<string, unknown>, `${path}.${k}[${i}]`, `${k}[${i}]`));
        });
        if (!v.length) fields.push(`<li><span class="key">${escape(k)}</span> []</li>`);
      } else if (typeof v === "object" && v !== null && !seen.has(v)) {
        children.push(node(v as Record<string, unknown>, `${path}.${k}`, k));
      }
    }
    const badge = type ? ` <span class="type hl-${className(type)}">${escape(type)}</span>` : "";
    const text = type && typeof value.text === "string" ? ` <span class="excerpt">${escape(excerpt(value.text))}</span>` : "";
    const kind = type && typeof value.kind === "string" ? ` <span class="kind">${escape(value.kind)}</span>` : "";
    const pos = position ? ` <span class="pos">${span(position)}</span>` : "";
    const body = fields.length ? `<ul class="fields">${fields.join("")}</ul>` : "";
    const none = absent.length ? `<ul class="fields absent"><li><span class="key">null</span> ${absent.map(escape).join(", ")}</li></ul>` : "";
    return (
      `<details open class="node${type ? ` node-${className(type)}` : ""}" data-path="${escape(path)}">` +
      `<summary>${key === type ? "" : `<span class="key">${escape(key)}</span>`}${badge}${kind}${text}${pos}</summary>` +
      `${body}${children.join("")}${none}</details>`
    );
  };
  return articles.map((a, i) => node(a as unknown as Record<string, unknown>, `[${i}]`, articles.length > 1 ? `message ${i + 1}` : "article")).join("");
}

/** The diagnostics as a list; each item carries its offsets so the page can select the range. */
export function diagnosticsHtml(diagnostics: readonly Diagnostic[]): string {
  if (!diagnostics.length) return `<p class="none">No diagnostics.</p>`;
  const items = diagnostics.map((d) => {
    const { start, end } = d.position;
    return (
      `<li class="diagnostic ${className(d.severity)}" data-start="${start.offset}" data-end="${end.offset}" tabindex="0">` +
      `<span class="severity">${escape(d.severity)}</span> <code class="code">${escape(d.code)}</code> ` +
      `<span class="pos">${where(d.position)}</span> <span class="message">${escape(d.message)}</span></li>`
    );
  });
  return `<ol class="diagnostics">${items.join("")}</ol>`;
}

/** The legend: each node type present, in its highlight colour, with how often it occurs. */
export function legendHtml(counts: ReadonlyMap<string, number>): string {
  return [...counts]
    .map(([type, n]) => `<span class="legend-item hl hl-${className(type)}" data-type="${escape(type)}">${escape(type)} <b>${n}</b></span>`)
    .join(" ");
}

/** What a shared link restores: the text and the controls. */
export interface PlaygroundState {
  text: string;
  grammar: string;
  mode: string;
  zone: string;
}

/**
 * The state as a URL fragment (`grammar=…&mode=…&zone=…&text=…`), the text as base64url of its UTF-8
 * bytes. A well-formed text comes back exactly (a lone surrogate becomes U+FFFD, as in any UTF-8).
 */
export function encodeState(state: PlaygroundState): string {
  const bytes = new TextEncoder().encode(state.text);
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  const text = btoa(chunks.join("")).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
  return new URLSearchParams({ grammar: state.grammar, mode: state.mode, zone: state.zone, text }).toString();
}

/** Reads a fragment written by {@link encodeState}; null when it holds no text or is damaged. */
export function decodeState(fragment: string): PlaygroundState | null {
  const params = new URLSearchParams(fragment.startsWith("#") ? fragment.slice(1) : fragment);
  const encoded = params.get("text");
  if (encoded === null) return null;
  try {
    const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text, grammar: params.get("grammar") ?? "dpa-afx", mode: params.get("mode") ?? "article", zone: params.get("zone") ?? "Europe/Berlin" };
  } catch {
    return null;
  }
}

/**
 * The offer to switch to the feed mode, when a text parsed as one article holds `messages` messages
 * (a newsticker page, a feed file): empty for one message.
 */
export function feedOfferHtml(messages: number): string {
  if (messages < 2) return "";
  return `This text holds ${messages} messages. <button type="button" id="to-feed">Parse it as a feed</button>`;
}
