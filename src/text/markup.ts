/**
 * HTML left inside wire text by RSS feeds and news APIs (`<p>NEW YORK (dpa-AFX Analyser) - ...</p>`,
 * `<a href="...">[weiter]</a>`, `&amp;`). Tags are not text: the lexer reads through tags at a line's
 * edges (see `lex`), and node text drops tags and decodes entities. Only tags of real HTML elements
 * count, so instrument tags such as `<DE0008469008>` or `<DJI.DJI>` stay text.
 *
 * Every search here is bounded by the line (tags never span lines here) and by the next `<`.
 */
import { isSpace, skipSpaces, trimEnd } from "./chars.js";
import { entityAt } from "./entities.js";

/**
 * HTML elements whose tags appear in syndicated text (lower case; matched without regard to case).
 * Data, not grammar: the names HTML defines for text, links, lists, tables and layout.
 */
export const HTML_ELEMENTS: ReadonlySet<string> = new Set([
  // text and inline
  "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd",
  "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "wbr",
  // blocks
  "address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "figcaption", "figure",
  "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
  "section", "ul",
  // tables and media
  "caption", "col", "colgroup", "iframe", "img", "picture", "source", "table", "tbody", "td", "tfoot", "th",
  "thead", "tr", "video",
]);

/** The longest tag read (attributes included): longer stretches are text. */
const MAX_TAG = 2048;
/** The longest element name in {@link HTML_ELEMENTS}. */
const MAX_NAME = 10;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Where the HTML tag starting at `i` ends (after its `>`), or -1: `<p>`, `</p>`, `<br/>`,
 * `<a href="https://...">`. Reads no further than `limit`, the next `<` or {@link MAX_TAG} characters.
 *
 * @example
 * tagEnd("<p>NEW YORK", 0, 11); // 3
 * tagEnd("<DE0008469008>", 0, 14); // -1: no HTML element
 */
export function tagEnd(input: string, i: number, limit: number): number {
  if (input.charCodeAt(i) !== 60) return -1;
  const nameStart = input.charCodeAt(i + 1) === 47 ? i + 2 : i + 1;
  let k = nameEnd(input, nameStart, limit);
  if (k === nameStart || k - nameStart > MAX_NAME) return -1;
  if (!HTML_ELEMENTS.has(input.slice(nameStart, k).toLowerCase())) return -1;
  const c = input.charCodeAt(k);
  // After the name: `>`, `/>`, or white space and attributes up to `>`.
  if (c !== 62 && c !== 47 && c !== 32 && c !== 9) return -1;
  const stop = Math.min(limit, i + MAX_TAG);
  for (; k < stop; k++) {
    const x = input.charCodeAt(k);
    if (x === 62) return k + 1;
    if (x === 60 || x === 10 || x === 13) return -1;
  }
  return -1;
}

/**
 * Where the HTML tag ending right before `end` (a `>` at `end - 1`) starts, or -1; reads back no further
 * than `limit` or {@link MAX_TAG} characters.
 *
 * @example
 * tagStart("Text.</p>", 9, 0); // 5
 */
export function tagStart(input: string, end: number, limit: number): number {
  if (end - 1 < limit || input.charCodeAt(end - 1) !== 62) return -1;
  const low = Math.max(limit, end - MAX_TAG);
  for (let k = end - 2; k >= low; k--) {
    const x = input.charCodeAt(k);
    if (x === 60) return tagEnd(input, k, end) === end ? k : -1;
    if (x === 62 || x === 10 || x === 13) return -1;
  }
  return -1;
}

/**
 * Where the element name starting at `s` ends: ASCII letters, then digits allowed (`h2`); reads at most
 * one character past {@link MAX_NAME}, never past `limit`.
 */
function nameEnd(input: string, s: number, limit: number): number {
  let k = s;
  while (k < limit && k - s <= MAX_NAME && (isAsciiLetter(input.charCodeAt(k)) || (k > s && isAsciiDigit(input.charCodeAt(k))))) k++;
  return k;
}

/**
 * The element name of the tag at `i` (lower case; the tag is known to be one, see {@link tagEnd}).
 *
 * @example
 * tagNameAt("Titel<BR/>", 5); // "br"
 */
export function tagNameAt(text: string, i: number): string {
  const s = text.charCodeAt(i + 1) === 47 ? i + 2 : i + 1;
  return text.slice(s, nameEnd(text, s, text.length)).toLowerCase();
}

/**
 * Where the HTML tag or entity of white space (`&nbsp;`, `&#160;`) starting at `i` ends, within `limit`,
 * or -1: what the lexer reads through at a line's edges.
 *
 * @example
 * edgeMarkupEnd("&nbsp;FRANKFURT", 0, 15); // 6
 */
export function edgeMarkupEnd(input: string, i: number, limit: number): number {
  const t = tagEnd(input, i, limit);
  if (t !== -1) return t;
  const entity = entityAt(input, i);
  // (An entity of no character, `&shy;`, reads NaN: no space.)
  return entity !== null && entity.end <= limit && isSpace(entity.text.charCodeAt(0)) ? entity.end : -1;
}

/**
 * Where the HTML tag or entity of white space ending right before `end` starts, reading back no further
 * than `limit`, or -1.
 *
 * @example
 * edgeMarkupStart("Text./ab/cd&nbsp;", 17, 0); // 11
 */
export function edgeMarkupStart(input: string, end: number, limit: number): number {
  // A tag ends in `>`, an entity in `;`.
  if (input.charCodeAt(end - 1) !== 59) return tagStart(input, end, limit);
  // An entity is at most 12 characters long (see `entityAt`).
  for (let k = end - 3; k >= Math.max(limit, end - 12); k--) {
    if (input.charCodeAt(k) === 38) return edgeMarkupEnd(input, k, end) === end ? k : -1;
  }
  return -1;
}

/**
 * The text the rules read where an HTML copy wrote white space as an entity (`ROUNDUP:&nbsp;Titel`,
 * `3.&#160;Dezember`, `Von&nbsp;Anna Berg`): each entity of one white-space character as that many plain
 * spaces, so the rules read the words around it as they read them around a space. The same length, so
 * every offset is the input's (node text collapses the spaces; the markup refiner keeps those no node
 * holds as `markup` extras). Each `&` is read at most `ENTITY_MAX` (see `entityAt`) characters on. The text itself
 * when it holds no such entity.
 *
 * @example
 * spaceEntities("ROUNDUP:&nbsp;Titel"); // "ROUNDUP:      Titel"
 */
export function spaceEntities(text: string): string {
  let amp = text.indexOf("&");
  let out = "";
  let from = 0;
  while (amp !== -1) {
    const entity = entityAt(text, amp);
    // (An entity of no character, `&shy;`, reads NaN: no space.)
    if (entity === null || !isSpace(entity.text.charCodeAt(0))) {
      amp = text.indexOf("&", amp + 1);
      continue;
    }
    out += text.slice(from, amp) + " ".repeat(entity.end - amp);
    from = entity.end;
    amp = text.indexOf("&", from);
  }
  return from === 0 ? text : out + text.slice(from);
}

/** How far back a run of tags breaking a line is read (`</h1> <p class="lead">`). */
export const TAG_RUN_MAX = 120;

/**
 * Where the run of HTML tags (white space between them) ending at `end` starts, when a tag of the run
 * breaks the line (`<br>`, `</p>`, `<h1>`: see `PARAGRAPH_ELEMENTS`), reading back no further than
 * `limit`; otherwise -1. Each tag is read once.
 *
 * @example
 * breakTagsBefore("Titel</h1> <p>FRANKFURT", 0, 14); // 5
 */
export function breakTagsBefore(input: string, limit: number, end: number): number {
  let from = -1;
  let breaks = false;
  for (let t = tagStart(input, end, limit); t !== -1; t = tagStart(input, end, limit)) {
    const name = tagNameAt(input, t);
    if (name === "br" || PARAGRAPH_ELEMENTS.has(name)) breaks = true;
    from = t;
    end = trimEnd(input, limit, t);
  }
  return breaks ? from : -1;
}

/**
 * Where the run of tags breaking the line that ends at `end` (white space aside) starts, reading back at
 * most {@link TAG_RUN_MAX} characters and never before `limit`; -1 when no such run ends there. Tags that
 * print a line break stand where a line break would (`Titel<br><br>FRANKFURT`, `/ab/cd</p><p>Quelle:`).
 *
 * @example
 * breakRunBefore("Titel<br> F", 0, 10); // 5
 */
export function breakRunBefore(input: string, limit: number, end: number): number {
  const q = trimEnd(input, limit, end);
  return input.charCodeAt(q - 1) === 62 ? breakTagsBefore(input, Math.max(limit, q - TAG_RUN_MAX), q) : -1;
}

/**
 * Where the first HTML tag or entity in `input[start, end)` starts, or -1 (found with `indexOf`, each
 * candidate checked within its own stretch, so the whole costs the text's length).
 *
 * @example
 * firstMarkup("Dax &amp; Co", 0, 12); // 4
 */
export function firstMarkup(input: string, start: number, end: number): number {
  // Searched in the stretch's own slice: a message of a feed never searches the messages after it.
  const text = start === 0 && end === input.length ? input : input.slice(start, end);
  let lt = text.indexOf("<");
  let amp = text.indexOf("&");
  while (lt !== -1 || amp !== -1) {
    if (lt !== -1 && (amp === -1 || lt < amp)) {
      if (tagEnd(text, lt, text.length) !== -1) return start + lt;
      lt = text.indexOf("<", lt + 1);
    } else {
      if (entityAt(text, amp) !== null) return start + amp;
      amp = text.indexOf("&", amp + 1);
    }
  }
  return -1;
}

/**
 * Elements whose tags stand between paragraphs (`</p><p>`, `</h2>`, `<li>`): such a tag inside a line, or
 * at the edge between two lines, separates paragraphs as a blank line does. Two line breaks in a row
 * (`<br><br>`) do too; one is a line break. A table's row is one paragraph: its cells (`td`, `th`) are
 * not cut apart (their tags read as a space).
 */
export const PARAGRAPH_ELEMENTS: ReadonlySet<string> = new Set([
  "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt", "figcaption", "figure",
  "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
  "table", "tbody", "tfoot", "thead", "tr", "ul",
]);

/**
 * A run of HTML tags with only white space between them: where it ends (after its last tag), whether a
 * tag of a {@link PARAGRAPH_ELEMENTS} element is among them, and how many `<br>` it holds.
 */
export interface TagRun {
  end: number;
  paragraph: boolean;
  breaks: number;
}

/**
 * The run of tags starting at `i` (a tag must start there; white space between tags is read through), up
 * to `limit`, or null. Each tag is read once.
 *
 * @example
 * tagRunAt("Text.</p> <p>Mehr", 5, 17); // { end: 13, paragraph: true, breaks: 0 }
 */
export function tagRunAt(input: string, i: number, limit: number): TagRun | null {
  let k = i;
  let end = -1;
  let paragraph = false;
  let breaks = 0;
  for (let t = tagEnd(input, k, limit); t !== -1; t = tagEnd(input, k, limit)) {
    const name = tagNameAt(input, k);
    if (name === "br") breaks++;
    else if (PARAGRAPH_ELEMENTS.has(name)) paragraph = true;
    end = t;
    k = skipSpaces(input, t, limit);
  }
  return end === -1 ? null : { end, paragraph, breaks };
}

/** Elements that break text: their tags read as a space (`Satz.<br>Satz.`), other tags as nothing. */
const BREAKING = new Set(["br", "p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "ul", "ol", "dd", "dt", "section", "article", "header", "footer", "pre", "table"]);

/**
 * A word or name read from the raw text, as the vocabulary writes it: its entities decoded (`M&auml;rz` is
 * `März`, `M&Auml;RKTE` is `MÄRKTE`); the word itself when it holds none.
 *
 * @example
 * decodedWord("Er&ouml;ffnung"); // "Eröffnung"
 */
export function decodedWord(word: string): string {
  return word.includes("&") ? stripMarkup(word) : word;
}

/**
 * `text` without its HTML tags and with its entities decoded; white space left as it is (the caller
 * collapses it). A tag of a breaking element (`<br>`, `</p>`) reads as a space, any other as nothing.
 *
 * @example
 * stripMarkup('Text ...<a href="x">[weiter]</a>'); // "Text ...[weiter]"
 */
export function stripMarkup(text: string): string {
  let out = "";
  let from = 0;
  let k = 0;
  const n = text.length;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (c === 60) {
      const e = tagEnd(text, k, n);
      if (e !== -1) {
        out += text.slice(from, k) + (BREAKING.has(tagNameAt(text, k)) ? " " : "");
        from = k = e;
        continue;
      }
    } else if (c === 38) {
      const ent = entityAt(text, k);
      if (ent !== null) {
        out += text.slice(from, k) + ent.text;
        from = k = ent.end;
        continue;
      }
    }
    k++;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * The text the rules read, when HTML set paragraphs on one line (`<p>Titel</p><p>FRANKFURT (dpa-AFX) -
 * Text.</p>`, `Titel<br><br>FRANKFURT`, as RSS feeds and data sets ship them): each run of tags inside a
 * line that separates paragraphs (a tag of a {@link PARAGRAPH_ELEMENTS} element, or two `<br>`) becomes
 * spaces and a blank line, and a lone `<br>` spaces and a line break, so the document rules find
 * headline, notes, dateline and footers on lines of their own and judge the lines as any others. The
 * same length, so every offset is the input's (positions are counted in the input's own lines, not this
 * view's; the markup refiner keeps the runs as `markup` extras). Runs at a line's edges stay: the lexer
 * reads through them. The text itself when it holds no such run.
 *
 * @example
 * paragraphBreaks("<p>Titel</p><p>KIEL (dpa-AFX) - Text.</p>"); // "<p>Titel     \n\nKIEL (dpa-AFX) - Text.</p>"
 */
export function paragraphBreaks(text: string): string {
  let lt = text.indexOf("<");
  if (lt === -1) return text;
  let out = "";
  let from = 0;
  // The next line break at or after `lt` (a tag run never crosses one); moved on only as `lt` passes it.
  let lf = -2;
  let cr = -2;
  while (lt !== -1) {
    if (lf !== -1 && lf < lt) lf = text.indexOf("\n", lt);
    if (cr !== -1 && cr < lt) cr = text.indexOf("\r", lt);
    const eol = lf === -1 ? (cr === -1 ? text.length : cr) : cr === -1 ? lf : Math.min(lf, cr);
    const run = tagRunAt(text, lt, eol);
    if (run === null) {
      lt = text.indexOf("<", lt + 1);
      continue;
    }
    // Between paragraphs a blank line, for a lone <br> a line break; inline tags stay.
    const breaks = run.paragraph || run.breaks >= 2 ? "\n\n" : run.breaks === 1 ? "\n" : "";
    if (breaks !== "" && skipSpaces(text, run.end, eol) < eol && !lineStartBefore(text, lt)) {
      out += text.slice(from, lt) + " ".repeat(run.end - lt - breaks.length) + breaks;
      from = run.end;
    }
    lt = text.indexOf("<", run.end);
  }
  return from === 0 ? text : out + text.slice(from);
}

/** True when only white space stands between the line's start and `i`. */
function lineStartBefore(text: string, i: number): boolean {
  const k = trimEnd(text, 0, i);
  return k === 0 || text.charCodeAt(k - 1) === 10 || text.charCodeAt(k - 1) === 13;
}
