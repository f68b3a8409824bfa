/**
 * IPTC ninjs (News in JSON) from an Article, version 3.1 (camelCase names) or 2.2 (lower case names).
 * The field mapping is in docs/ninjs.md.
 */
import type { Article } from "../article/types.js";
import { toHtml } from "./html.js";
import { formatArticle } from "./text.js";

/**
 * Options of {@link toNinjs}.
 *
 * @example
 * toNinjs(article, { version: "2.2", language: "en" });
 */
export interface NinjsOptions {
  /**
   * The ninjs version: `3.1` (camelCase property names) or `2.2` (lower case).
   * @default "3.1"
   */
  version?: "3.1" | "2.2";
  /**
   * The IETF BCP 47 language of the text.
   * @default the article's `language`, else "de"
   */
  language?: string;
}

/**
 * A text block of ninjs 3.1: a headline, a body, a description.
 *
 * @example
 * { role: "main", contentType: "text/plain", value: "ROUNDUP: Brauerei hebt Prognose an" }
 */
export interface NinjsText {
  role: string;
  contentType: string;
  value: string;
}

/**
 * IPTC ninjs 3.1 as `toNinjs` writes it (camelCase names); every field but `uri` is optional in ninjs.
 *
 * @example
 * const n: Ninjs = toNinjs(article);
 * n.headlines?.[0]?.value; // "ROUNDUP: Brauerei hebt Prognose an"
 */
export interface Ninjs {
  /** A stable id from the content: `urn:dpa-afx:` and a hash of the canonical text. */
  uri: string;
  type: "text";
  /** Which standard the object follows: ninjs, its version and schema. */
  standard: NinjsStandard;
  firstCreated?: string;
  versionCreated?: string;
  pubStatus: "usable";
  edNote?: string;
  language: string;
  headlines?: NinjsText[];
  /** The plain-text body, then the same as HTML. */
  bodies?: NinjsText[];
  by?: string;
  located?: string;
  places?: { name: string; rel: "located" }[];
  infoSources?: { name: string; role: "source" }[];
  /** IPTC signals for corrections and repeats (ninjs has no signal property). */
  genres?: { name: string; uri: string }[];
  /** The trailer, with role `trailer`. */
  descriptions?: NinjsText[];
}

/**
 * The `standard` object of a ninjs document.
 *
 * @example
 * { name: "ninjs", version: "3.1", schema: "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#" }
 */
export interface NinjsStandard {
  name: "ninjs";
  version: "3.1" | "2.2";
  schema: string;
}

/**
 * A text block of ninjs 2.2 (lower-case names).
 *
 * @example
 * { role: "main", contenttype: "text/plain", value: "ROUNDUP: Brauerei hebt Prognose an" }
 */
export interface Ninjs22Text {
  role: string;
  contenttype: string;
  value: string;
}

/**
 * IPTC ninjs 2.2 as `toNinjs(article, { version: "2.2" })` writes it: the fields of {@link Ninjs} in lower case.
 *
 * @example
 * toNinjs(article, { version: "2.2" }).versioncreated; // "2026-03-12T00:00:00+01:00"
 */
export interface Ninjs22 {
  uri: string;
  type: "text";
  standard: NinjsStandard;
  firstcreated?: string;
  versioncreated?: string;
  pubstatus: "usable";
  ednote?: string;
  language: string;
  headlines?: Ninjs22Text[];
  bodies?: Ninjs22Text[];
  by?: string;
  located?: string;
  places?: { name: string; rel: "located" }[];
  infosources?: { name: string; role: "source" }[];
  genres?: { name: string; uri: string }[];
  descriptions?: Ninjs22Text[];
}

/** IPTC signal URIs for corrections and repeats, carried as genres (ninjs has no signal property). */
const SIGNALS: Record<string, { name: string; uri: string }> = {
  correction: { name: "correction", uri: "http://cv.iptc.org/newscodes/signal/correction" },
  repeat: { name: "repeat", uri: "http://cv.iptc.org/newscodes/signal/update" },
};

/** FNV-1a over the text, two 32-bit lanes: a stable id from content, the same in Node and browsers. */
function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/** What the message says it is: a correction, a repeat (from headline tags and the editorial note). */
function signals(a: Article): string[] {
  const out = new Set<string>();
  for (const t of a.headline?.tags ?? []) {
    if (/^KORREKTUR/.test(t)) out.add("correction");
    if (/^WDH/.test(t)) out.add("repeat");
  }
  if (a.editorialNote?.kind === "correction") out.add("correction");
  if (a.editorialNote?.kind === "repeat") out.add("repeat");
  return [...out];
}

/** The plain-text body: headings and paragraphs separated by blank lines, the dateline opening the lead. */
function plainBody(a: Article): string {
  const parts: string[] = [];
  let lead = true;
  for (const s of a.sections) {
    if (s.heading) parts.push(s.heading.text);
    for (const p of s.paragraphs) {
      parts.push(lead && a.dateline ? `${a.dateline.text} ${p.text}` : p.text);
      lead = false;
    }
  }
  return parts.join("\n\n");
}

/**
 * Converts an Article to IPTC ninjs, version 3.1 by default or 2.2. Its output validates against IPTC's
 * official schemas; the result is typed for the version asked for.
 *
 * @example
 * const n = toNinjs(parseArticle("date 2026-01-06\nROUNDUP: Titel\n\nPARIS (dpa-AFX) - Der Text ist kurz./evs/DP/nas"));
 * n.headlines?.[0]?.value; // "ROUNDUP: Titel"
 * n.located;               // "PARIS"
 */
export function toNinjs(article: Article, options?: NinjsOptions & { version?: "3.1" }): Ninjs;
export function toNinjs(article: Article, options: NinjsOptions & { version: "2.2" }): Ninjs22;
export function toNinjs(article: Article, options?: NinjsOptions): Ninjs | Ninjs22;
export function toNinjs(article: Article, options: NinjsOptions = {}): Ninjs | Ninjs22 {
  const version = options.version ?? "3.1";
  const v3 = version === "3.1";
  const key = (camel: string) => (v3 ? camel : camel.toLowerCase());
  const ct = key("contentType");
  const out: Record<string, unknown> = { uri: `urn:dpa-afx:${contentHash(formatArticle(article))}` };
  out.type = "text";
  out.standard = { name: "ninjs", version, schema: `http://www.iptc.org/std/ninjs/ninjs-schema_${version}.json#` };
  const date = article.date;
  if (date && (date.precision === "day" || date.precision === "minute") && date.value.isValid) {
    const iso = date.value.toISO({ suppressMilliseconds: true })!;
    out[key("firstCreated")] = iso;
    out[key("versionCreated")] = iso;
  }
  out[key("pubStatus")] = "usable";
  if (article.editorialNote) out[key("edNote")] = article.editorialNote.text;
  out.language = options.language ?? article.language ?? "de";
  if (article.headline) out.headlines = [{ role: "main", [ct]: "text/plain", value: article.headline.text }];
  const body = plainBody(article);
  if (body) {
    out.bodies = [
      { role: "main", [ct]: "text/plain", value: body },
      { role: "main", [ct]: "text/html", value: toHtml(article) },
    ];
  }
  if (article.byline) out.by = article.byline.text;
  if (article.dateline) {
    out.located = article.dateline.locations.join("/");
    out.places = article.dateline.locations.map((name) => ({ name, rel: "located" }));
    if (article.dateline.agency) out[key("infoSources")] = [{ name: article.dateline.agency, role: "source" }];
  }
  const sig = signals(article);
  if (sig.length) out.genres = sig.map((s) => SIGNALS[s]!);
  if (article.trailer) out.descriptions = [{ role: "trailer", [ct]: "text/plain", value: article.trailer.text }];
  return out as unknown as Ninjs | Ninjs22;
}
