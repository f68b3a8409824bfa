/**
 * Document rules for what ends a message: the trailer line, footers, a dateline printed after the body,
 * and the tail they form, found from the message's end.
 */
import type { Span } from "../../../article/position.js";
import { cannotStart, fail, firstOf, fromRaw, quickOf, rawOf, reg, type Parser, type Quick, type Raw } from "../../../combinators/fast.js";
import type { First } from "../../../combinators/first.js";
import { docOf, inRegion, isBlank, lineAt, textFrom, type Doc } from "../../../combinators/lines.js";
import { isSpaceOrBreak, isUpper, isWordChar } from "../../../text/chars.js";
import { emphasisEnd } from "../../../text/markdown.js";
import { withLetterEntities } from "../../../text/entities.js";
import { breakRunBefore } from "../../../text/markup.js";
import { entry, type DpaAfxEntry } from "../outline.js";
import type { DpaAfxVocabulary } from "../vocabulary.js";
import { fills, skipSpaces, trimEnd } from "./util.js";
import type { BylineValue, DatelineValue, DateValue, FeedStampValue, FooterValue, TrailerValue } from "./values.js";
import type { DpaAfxRules } from "./index.js";

type TailRefs = Pick<
  DpaAfxRules,
  "trailer" | "endMark" | "footer" | "footers" | "byline" | "analysisDate" | "feedStamp" | "endDateline" | "trailerLine" | "footerLines" | "endDatelineLine" | "gluedEndDateline" | "strayLine"
>;

/**
 * What `trailerLine` yields: the trailer, what follows it on its line (footers, a ruled byline), and
 * whether it stands alone at the start of its line.
 *
 * @example
 * dpaAfx.rules.trailerLine.tryParse("Der Dax stieg./evs/DP/nas").trailer.codes.map((c) => c.value); // ["evs", "DP", "nas"]
 */
export interface TrailerLineValue {
  trailer: TrailerValue;
  /** Footers and bylines after the trailer on its line (an `unrecognised` extra for anything else). */
  rest: DpaAfxEntry[];
  /** True when the trailer opens its line's text (an old feed's end mark may close the line above). */
  alone: boolean;
}

/**
 * What `gluedEndDateline` yields: the dateline entry and where it starts.
 *
 * @example
 * dpaAfx.rules.gluedEndDateline.tryParse("darunter./ajx/misFRANKFURT (dpa-AFX)").start; // 17
 */
export interface GluedDatelineValue {
  entry: DpaAfxEntry;
  start: number;
}

/** The end of the text the tail rules may read on line `k`: its last non-space character, or the doc's cut. */
function lineEnd(doc: Doc, k: number): number {
  const e = doc.lines.last[k]!;
  return doc.cut < e ? Math.max(doc.lines.start[k]!, doc.cut) : e;
}

const openersCache = new WeakMap<DpaAfxVocabulary, RegExp>();

/** The openers of footers and ruled bylines, as one expression to find them inside a line (once per vocabulary). */
export function footerOpeners(v: DpaAfxVocabulary): RegExp {
  let re = openersCache.get(v);
  if (!re) {
    // A letter may be written as an entity (`Ver&ouml;ffentlichung`), as the `footer` rule reads it.
    const parts = v.footers.map((f) => withLetterEntities(f.pattern.source));
    parts.push(String.raw`(?<!-)-{2,8}[ \t]{0,8}Von `);
    re = new RegExp(parts.map((p) => `(?:${p})`).join("|"), "g");
    openersCache.set(v, re);
  }
  return re;
}

/**
 * Offsets of the footer and ruled-byline openers in `[from, end)`, searched in that stretch only (a slice
 * of it): never past `end`, whatever follows.
 */
export function openersIn(re: RegExp, input: string, from: number, end: number): number[] {
  const out: number[] = [];
  if (end <= from) return out;
  const text = input.slice(from, end);
  let at = 0;
  while (at < text.length) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) break;
    out.push(from + m.index);
    at = m.index + Math.max(1, m[0].length);
  }
  return out;
}

/**
 * Footers (and ruled bylines) from here to the end of the region's text, each running to the next opener:
 * `Quelle: dpa-AFX ISIN DE0008404005`. The first must open here; text between that is neither becomes an
 * `unrecognised` extra. Yields footer, date and byline entries.
 * @example footers.parse("Quelle: dpa-AFX ISIN DE0008404005") // two footer entries
 */
export const footers = (v: DpaAfxVocabulary) => (r: TailRefs): Parser<DpaAfxEntry[]> => {
  const footer = rawOf(r.footer);
  const byline = rawOf(r.byline);
  const analysisDate = rawOf(r.analysisDate);
  const feedStamp = rawOf(r.feedStamp);
  const kindAt = (input: string, s: number, limit: number): FooterValue | null =>
    footer(input.slice(s, Math.max(s, limit)), 0) >= 0 ? (reg.value as FooterValue) : null;
  const bylineAt = (input: string, s: number, e: number): BylineValue | null => {
    const end = byline(input, s);
    return end >= 0 && skipSpaces(input, end, e) >= trimEnd(input, s, e) ? (reg.value as BylineValue) : null;
  };
  let footerFirst: First | null = null;
  let bylineFirst: First | null = null;
  return fromRaw<DpaAfxEntry[]>((input, i) => {
    const doc = docOf(input);
    let lastLine = doc.stop - 1;
    while (lastLine > 0 && isBlank(doc, lastLine)) lastLine--;
    const end = lastLine >= 0 ? lineEnd(doc, lastLine) : i;
    const start = skipSpaces(input, i, end);
    if (start >= end) return fail(i, "a footer");
    // A text where neither a footer nor a byline can start (a small letter, a quote) is not searched for
    // openers (unless an error message is asked for).
    if (cannotStart((footerFirst ??= firstOf(r.footer)), input, start) && cannotStart((bylineFirst ??= firstOf(r.byline)), input, start)) return -1;
    const found = openersIn(footerOpeners(v), input, start, end);
    const starts = found[0] === start ? found : [start].concat(found);
    // The last segment is read to the end of its own line: a line of many footers costs its length once.
    const limit = (k: number, at: number) => (k + 1 < starts.length ? starts[k + 1]! : doc.lines.end[lineAt(doc, at)]!);
    const first = kindAt(input, start, limit(0, start));
    if (first === null && bylineAt(input, start, end) === null) return fail(start, "a footer");
    const out: DpaAfxEntry[] = [];
    for (let k = 0; k < starts.length; k++) {
      const segmentEnd = k + 1 < starts.length ? starts[k + 1]! : end;
      const s = skipSpaces(input, starts[k]!, segmentEnd);
      // A segment running to an opener on a later line ends before the line breaks and spaces in between.
      let e = segmentEnd;
      while (e > s && isSpaceOrBreak(input.charCodeAt(e - 1))) e--;
      if (s >= e) continue;
      // (The first segment starts where the text does: its kind is known.)
      const f = k === 0 ? first : kindAt(input, s, limit(k, s));
      if (f !== null) {
        if (f.kind === "analysisDate" && analysisDate(input, s) >= 0) {
          const d = reg.value as DateValue;
          out.push(entry("date", d.span, { date: d, source: "analysisDate", primary: false }));
        }
        if (f.kind === "feedStamp" && feedStamp(input, s) >= 0) {
          const d = (reg.value as FeedStampValue).date;
          out.push(entry("date", d.span, { date: d, source: "feedStamp", primary: false }));
        }
        out.push(entry("footer", { start: s, end: e }, { kind: f.kind, value: f.value }));
        continue;
      }
      const b = bylineAt(input, s, e);
      if (b !== null) out.push(entry("byline", b.span, b));
      else out.push(entry("extra", { start: s, end: e }, { kind: "unrecognised" }));
    }
    reg.value = out;
    return doc.lines.next[lastLine]!;
  });
};

/**
 * Footer lines: footers opening on this line's text, read over the lines below it to the region's end
 * (one line, or a footer hard-wrapped over a block). Consumes the lines.
 * @example footerLines.parse("Hinweis: Informationen zur Offenlegungspflicht\\nfinden Sie unter ...") // one footer over two lines
 */
export const footerLines = (r: TailRefs): Parser<DpaAfxEntry[]> => {
  const footers = rawOf(r.footers);
  return fromRaw<DpaAfxEntry[]>((input, i) => {
    const doc = docOf(input);
    const k = lineAt(doc, i);
    if (k >= doc.stop || isBlank(doc, k)) return fail(i, "a footer");
    return footers(input, textFrom(doc, k, i));
  });
};

/**
 * A dateline standing alone on a line after the body, as some sites print it: `FRANKFURT (dpa-AFX Broker)`.
 * @example endDatelineLine.parse("FRANKFURT (dpa-AFX Broker)") // a dateline entry placed at the end
 */
export const endDatelineLine = (r: TailRefs): Parser<DpaAfxEntry[]> => {
  const endDateline = rawOf(r.endDateline);
  return fromRaw<DpaAfxEntry[]>((input, i) => {
    const doc = docOf(input);
    const k = lineAt(doc, i);
    if (k >= doc.stop || isBlank(doc, k)) return fail(i, "a dateline after the body");
    const s = textFrom(doc, k, i);
    let end = endDateline(input, s);
    // A Markdown emphasis opening it (`**FRANKFURT** (dpa-AFX Broker)`): the dateline after it, the mark kept as markup.
    const o = end < 0 ? emphasisEnd(input, s) : -1;
    if (o !== -1) end = endDateline(input, o);
    if (!fills(input, end, doc.lines.last[k]!)) return fail(s, "a dateline after the body");
    const d = reg.value as DatelineValue;
    const out: DpaAfxEntry[] = o !== -1 ? [entry("extra", { start: s, end: o }, { kind: "markup" })] : [];
    out.push(entry("dateline", { start: d.span.start, end: trimEnd(input, d.span.start, d.span.end) }, { dateline: d, placement: "end" }));
    reg.value = out;
    return doc.lines.next[k]!;
  });
};

/** How far back from a line's end a glued end dateline may start. */
const GLUED_WINDOW = 100;

/**
 * A dateline without dash glued to the end of a line, as some feeds print it after the trailer and
 * footers: `...darunter./ajx/tih/misFRANKFURT (dpa-AFX)`. It is looked for where a word in capitals
 * starts within the last 100 characters, and must reach the line's end.
 * @example gluedEndDateline.parse("Text./ajx/misFRANKFURT (dpa-AFX)") // start 13
 */
export const gluedEndDateline = (r: TailRefs): Parser<GluedDatelineValue> => {
  const endDateline = rawOf(r.endDateline);
  return fromRaw<GluedDatelineValue>((input, i) => {
    const doc = docOf(input);
    const k = lineAt(doc, i);
    const s = textFrom(doc, k, i);
    const e = lineEnd(doc, k);
    for (let p = Math.max(s, e - GLUED_WINDOW); p < e; p++) {
      // A place starts with a capital that no capital precedes ("misFRANKFURT", "Text Berlin").
      if (!isUpper(input.charCodeAt(p)) || (p > s && isUpper(input.charCodeAt(p - 1)))) continue;
      const end = endDateline(input, p);
      if (!fills(input, end, e)) continue;
      const d = reg.value as DatelineValue;
      reg.value = { entry: entry("dateline", { start: d.span.start, end: trimEnd(input, d.span.start, d.span.end) }, { dateline: d, placement: "end" }), start: p };
      return e;
    }
    return fail(i, "a dateline after the body");
  });
};

/** How far back from where it ends a trailer may start (twelve codes of six letters and their slashes). */
const TRAILER_WINDOW = 120;

/** Characters a trailer is written with: letters, digits, slashes, a stray semicolon. */
export const isTrailerChar = (c: number): boolean => isWordChar(c) || c === 47 || c === 59;

/**
 * The trailer ending exactly at `stop` (spaces before `stop` aside). It is looked for in the run of
 * letters, digits, slashes and semicolons that ends there (and an end mark `°` before it, spaces
 * between allowed): the leftmost place in that run, at its start or after a character that is no letter
 * or digit, from which `trailer` reads exactly to `stop`. A run holds no space, so a line of words costs
 * only its last word.
 */
function trailerEndingAt(trailer: Raw, input: string, from: number, end: number): { value: TrailerValue; end: number } | null {
  const stop = trimEnd(input, from, end);
  if (stop <= from) return null;
  const floor = Math.max(from, stop - TRAILER_WINDOW);
  let run = stop;
  while (run > floor && isTrailerChar(input.charCodeAt(run - 1))) run--;
  if (run === stop) return null;
  // An old feed's end mark before the trailer, glued to the text or not: "24,7° /wb/DP/aa".
  const mark = trimEnd(input, floor, run);
  const start = mark > floor && input.charCodeAt(mark - 1) === 0xb0 ? mark - 1 : run;
  for (let p = start; p < stop; p++) {
    if (p > start && p < run) continue;
    // Inside the run, a trailer starts after a character that is no letter or digit ("wolle./evs"),
    // never inside a word ("und/oder").
    if (p > run && isWordChar(input.charCodeAt(p - 1))) continue;
    if (p === run && p > from && isWordChar(input.charCodeAt(p - 1))) continue;
    if (trailer(input, p) === stop) return { value: reg.value as TrailerValue, end: stop };
  }
  return null;
}

/**
 * A line holding the agency trailer: at its end (`...wolle./evs/DP/nas`), or followed on the line by
 * footers or a ruled byline (`.../ajx/DP/mis Quelle: dpa-AFX`). The trailer is looked for in the run of
 * letters, digits, slashes and semicolons that ends the line (an end mark `°` may stand before it); for
 * trailers written otherwise, override this rule. Consumes the line.
 * @example trailerLine.parse("Er wolle./evs/DP/nas") // trailer /evs/DP/nas
 */
export const trailerLine = (v: DpaAfxVocabulary) => (r: TailRefs): Parser<TrailerLineValue> => {
  const trailer = rawOf(r.trailer);
  const footers = rawOf(r.footers);
  let mayHold: Quick | null = null;
  return fromRaw<TrailerLineValue>((input, i) => {
    const doc = docOf(input);
    const k = lineAt(doc, i);
    if (k >= doc.stop || isBlank(doc, k)) return fail(i, "a trailer such as '/evs/DP/nas'");
    const ls = Math.max(i, doc.lines.start[k]!);
    // A line the trailer's quick test rules out (no slash) is not searched for one, nor for footer openers
    // (unless an error message is asked for: then the parts say what they expected).
    if (!reg.exact && !(mayHold ??= quickOf(r.trailer))(input, ls)) return -1;
    const le = lineEnd(doc, k);
    let t = trailerEndingAt(trailer, input, ls, le);
    let rest: DpaAfxEntry[] = [];
    if (t === null) {
      for (const at of openersIn(footerOpeners(v), input, ls, le)) {
        t = trailerEndingAt(trailer, input, ls, at);
        // Tags that break the line may stand between them (`/ab/cd</p><p>Quelle: dpa-AFX`).
        const tags = t === null ? breakRunBefore(input, ls, at) : -1;
        if (tags !== -1) t = trailerEndingAt(trailer, input, ls, tags);
        if (t === null) continue;
        const after = tags !== -1 ? at : skipSpaces(input, t.end, le);
        const cutAt = Math.min(doc.cut, doc.lines.last[k]!);
        if (inRegion(doc, k + 1, cutAt, () => footers(input, after)) >= 0) rest = reg.value as DpaAfxEntry[];
        else rest = [entry("extra", { start: after, end: trimEnd(input, after, le) }, { kind: "unrecognised" })];
        break;
      }
    }
    if (t === null) return fail(i, "a trailer such as '/evs/DP/nas'");
    reg.value = { trailer: t.value, rest, alone: textFrom(doc, k, ls) === t.value.span.start };
    return doc.lines.next[k]!;
  });
};

/**
 * A short line (at most 160 characters) below the trailer: a site's duplicated fragment or some other
 * leftover, judged by the `afterTrailer` refiner.
 * @example strayLine.parse("Mehr zum Thema") // { start: 0, end: 14 }
 */
export const strayLine = (): Parser<Span> =>
  fromRaw<Span>((input, i) => {
    const doc = docOf(input);
    const k = lineAt(doc, i);
    if (k >= doc.stop || isBlank(doc, k)) return fail(i, "a short line");
    const s = textFrom(doc, k, i);
    const e = doc.lines.last[k]!;
    if (e - s > 160) return fail(i, "a short line");
    reg.value = { start: s, end: e };
    return doc.lines.next[k]!;
  });

export { tail, bareTail, type TailValue } from "./tail-walk.js";
