/**
 * HTML left in the text (`<p>NEW YORK (dpa-AFX Analyser) - ...</p>`): the rules read through tags at the
 * lines' edges (the lexer leaves them outside each line's text, as it leaves Markdown marks there:
 * `## Titel`, `**Titel**`), and node text drops tags and decodes entities. Runs of tags inside a line that
 * the rules read as line breaks (see `paragraphBreaks`) are looked up in the input as given
 * (`draft.source`). This refiner keeps both as `markup` extras (nothing is lost; their text is empty, since
 * marks are not text) and says once, with `input/html` (info), where the first tag or entity stands.
 */
import { revise } from "../../../grammar/outline.js";
import { firstMarkup } from "../../../text/markup.js";
import { hiddenBlocks } from "../../../text/hidden.js";
import type { Span } from "../../../article/position.js";
import { lineOf } from "../../../text/lexer.js";
import { entry, type DpaAfxEntry } from "../outline.js";
import { pushAll, skipSpaces, trimEnd } from "../rules/util.js";
import { isSpace } from "../../../text/chars.js";
import type { DpaAfxRefiner } from "./draft.js";

/**
 * Where the run of characters the view (`input`) changed, and white space among them, that starts at `k`
 * ends: at the next character it reads as given (`source`), never past `end`.
 */
function runEnd(source: string, input: string, k: number, end: number): number {
  let e = k + 1;
  while (e < end && (source.charCodeAt(e) !== input.charCodeAt(e) || isSpace(source.charCodeAt(e)))) e++;
  return e;
}

/**
 * The runs of tags the rules' view (`input`) read as a blank line (`</p><p>` inside a line: see
 * `paragraphBreaks`), as `markup` extras over the input as given (`source`), within `[start, end)`;
 * the scripts, styles and comments the view blanked (`hidden`, sorted) are passed over.
 */
function brokenRuns(source: string, input: string, start: number, end: number, hidden: readonly Span[]): DpaAfxEntry[] {
  const out: DpaAfxEntry[] = [];
  let h = 0;
  for (let k = start; k < end; k++) {
    while (h < hidden.length && hidden[h]!.end <= k) h++;
    if (h < hidden.length && hidden[h]!.start <= k) {
      k = hidden[h]!.end - 1;
      continue;
    }
    // A run starts at a tag the view blanked (a no-break space the view reads as a plain one is no run).
    if (source.charCodeAt(k) !== 60 || input.charCodeAt(k) === 60) continue;
    // The run, up to its last tag's `>`.
    const e = runEnd(source, input, k, end);
    const to = trimEnd(source, k, e);
    out.push(entry("extra", { start: k, end: to }, { kind: "markup" }));
    k = e - 1;
  }
  return out;
}

/**
 * The scripts, styles and comments `blocks` (sorted) that no entry of `outline` (sorted by start, as the
 * refiners keep it) overlaps, as `markup` extras; one inside a paragraph is that node's. One pass over each.
 */
function looseBlocks(blocks: readonly Span[], outline: readonly DpaAfxEntry[]): DpaAfxEntry[] {
  const out: DpaAfxEntry[] = [];
  let j = 0;
  // How far the entries starting before the block's end reach (the `body` entry is no node).
  let reach = -1;
  for (const b of blocks) {
    for (; j < outline.length && outline[j]!.span.start < b.end; j++) if (outline[j]!.kind !== "body") reach = Math.max(reach, outline[j]!.span.end);
    if (reach <= b.start) out.push(entry("extra", b, { kind: "markup" }));
  }
  return out;
}

/**
 * Entities of white space the rules' view reads as spaces (see `spaceEntities`) that no entry of `outline`
 * (sorted by start) holds, as `markup` extras over the input as given, within `[start, end)`: those
 * between a dateline and its lead, a sentence and its trailer, or at a line's edge. Those inside a
 * paragraph or heading are that node's. One pass over the stretch and one over the outline.
 */
function looseEntities(source: string, input: string, outline: readonly DpaAfxEntry[], start: number, end: number): DpaAfxEntry[] {
  const out: DpaAfxEntry[] = [];
  let j = 0;
  // How far the entries starting at or before the run reach.
  let reach = -1;
  for (let k = source.indexOf("&", start); k !== -1 && k < end; k = source.indexOf("&", k + 1)) {
    if (input.charCodeAt(k) !== 32) continue;
    const e = runEnd(source, input, k, end);
    // (The `body` entry marks where the body stands: it is no node.)
    for (; j < outline.length && outline[j]!.span.start <= k; j++) if (outline[j]!.kind !== "body") reach = Math.max(reach, outline[j]!.span.end);
    // What the entries before leave of the run, up to the next entry (nodes start on text, never inside a run).
    const from = skipSpaces(source, Math.max(k, reach), e);
    const to = trimEnd(source, from, j < outline.length ? Math.min(e, outline[j]!.span.start) : e);
    if (from < to) out.push(entry("extra", { start: from, end: to }, { kind: "markup" }));
    k = e - 1;
  }
  return out;
}

/** The refiner: `markup` extras for tags and Markdown marks at line edges, and one `input/html` info when HTML is found. */
export const markup: DpaAfxRefiner = {
  name: "markup",
  refine(draft) {
    const { input, lines, span } = draft;
    // Asked of the input as given: the rules' view has no tags where HTML set paragraphs on one line.
    const source = draft.source ?? input;
    // Scripts, styles and comments the view blanked: each a `markup` extra, where no entry holds it.
    const hidden = hiddenBlocks(source, span.start, span.end);
    const tag = firstMarkup(source, span.start, span.end);
    const at = hidden.length === 0 || (tag !== -1 && tag < hidden[0]!.start) ? tag : hidden[0]!.start;
    // Markdown marks at the lines' edges (`## Titel`) are found by the lexer alone.
    if (at === -1 && !lines.markup) return draft;
    const found: DpaAfxEntry[] = source === input ? [] : brokenRuns(source, input, span.start, span.end, hidden);
    pushAll(found, looseBlocks(hidden, draft.outline));
    if (lines.markup) {
      // The message's own lines only: in a feed its span ends where the next message's first line starts.
      const to = lineOf(lines, Math.max(span.start, span.end - 1));
      for (let k = lineOf(lines, span.start); k <= to; k++) {
        const s = Math.max(lines.start[k]!, span.start);
        const e = Math.min(lines.end[k]!, span.end);
        // Before the text and after it; all of a line whose text is empty.
        const edges: [number, number][] = lines.first[k] === lines.last[k] ? [[s, e]] : [[s, Math.max(lines.first[k]!, s)], [Math.min(lines.last[k]!, e), e]];
        for (const [a, b] of edges) {
          const from = skipSpaces(input, a, b);
          const to = trimEnd(input, from, b);
          if (from < to) found.push(entry("extra", { start: from, end: to }, { kind: "markup" }));
        }
      }
    }
    const diagnostics =
      at === -1
        ? draft.diagnostics
        : draft.diagnostics.concat({
            code: "input/html",
            severity: "info",
            message: "The text holds HTML tags or entities: tags are not read as text, entities are decoded.",
            position: draft.index.position(at, at),
          });
    let outline = found.length === 0 ? draft.outline : draft.outline.concat(found).sort((a, b) => a.span.start - b.span.start);
    // Entities of white space the view read as spaces: those no entry holds.
    const loose = source === input ? [] : looseEntities(source, input, outline, span.start, span.end);
    if (loose.length > 0) outline = outline.concat(loose).sort((a, b) => a.span.start - b.span.start);
    return revise(draft, { outline, diagnostics });
  },
};

