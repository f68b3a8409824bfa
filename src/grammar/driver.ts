/**
 * The generic driver every grammar runs on: lex the text once, run the grammar's `message` rule over a
 * message's lines to get the outline, let the refiners judge it, build the Article with the builders.
 * Feeds are split into messages with the grammar's own `messageLead` and `messageFront` rules.
 */
import { LineIndex, type Span } from "../article/position.js";
import type { Article } from "../article/types.js";
import { exec, inFastFrame, rawOf, type Parser, type Raw } from "../combinators/fast.js";
import { docOf, inMemoWindow, inRegion, isBlank, newDoc, rawInRegion, withDoc, type Doc } from "../combinators/lines.js";
import { resolveOptions, type ParseOptions, type ResolvedOptions } from "../options.js";
import { feedText, plainBreaks, plainSpaces } from "../text/chars.js";
import { lineOf } from "../text/lexer.js";
import { paragraphBreaks, spaceEntities } from "../text/markup.js";
import { blankHidden } from "../text/hidden.js";
import { mojibakeAt } from "../decode.js";
import type { DiagnosticCode } from "../article/diagnostics.js";
import { build } from "./build.js";
import type { Grammar } from "./index.js";
import type { Draft, Entry } from "./outline.js";

/**
 * The rules the driver runs; every grammar has them.
 *
 * @example
 * const rules: DocumentRules = dpaAfx.rules;
 */
export interface DocumentRules {
  /** One message: its lines in, its outline out. */
  message: Parser<Entry[]>;
  /** A line that opens a new message of a feed (a dateline naming an agency, for dpa-AFX). */
  messageLead: Parser<unknown>;
  /** The front matter a message of a feed may carry above its lead line (read up to the lead line). */
  messageFront: Parser<unknown>;
  /**
   * A line that opens a message of a feed whatever follows it, asked under a blank line where no lead is
   * found (for dpa-AFX a date alone on its line: `date 2026-07-31`, `21.08.2014`); optional. A lead whose front matter reaches up to it
   * belongs to the message it opens.
   */
  messageBreak?: Parser<unknown>;
}

/**
 * A stretch of whole lines of an input, first and last inclusive, with the line index of the whole
 * input (built once per feed, shared by its messages).
 *
 * @example
 * { index, first: 4, last: 17 }
 */
export interface LineRange {
  index: LineIndex;
  first: number;
  last: number;
  /**
   * The offsets the message's node spans (its `position`), when wider than its lines: in a feed the
   * messages tile the input, so the first also holds the page header above it and each holds the blank
   * lines after it. Default: from the first line's start to the last line's end.
   */
  span?: Span;
}

/**
 * The line index of a lexed text (its arrays shared, not copied); of the input as given when the rules
 * read a view with line breaks of its own, so positions count the input's lines.
 */
export function indexOf(doc: Doc, base?: { offset: number; line: number; column: number }): LineIndex {
  if (doc.source !== undefined) return new LineIndex(doc.source, base);
  return LineIndex.fromLines(doc.lines.start, doc.lines.end, doc.input.length, base);
}

/**
 * The lexed text of one message as the rules read it: no-break spaces as plain ones (`plainSpaces`),
 * scripts, styles and HTML comments as white space (`blankHidden`), entities of white space as spaces
 * (`spaceEntities`), Unicode line and paragraph separators as line feeds (`plainBreaks`), and HTML
 * paragraphs set on one line on lines of their own (`paragraphBreaks`). Offsets are the input's.
 */
function messageDoc(input: string): Doc {
  const plain = plainSpaces(input);
  const view = withBreaks(plain);
  return view === plain ? newDoc(plain) : newDoc(view, input);
}

/**
 * What the rules read that `text` does not write as plain spaces and line breaks (see messageDoc): scripts,
 * styles and comments, white space written as entities, and line breaks written as separators or tags;
 * `text` itself when none.
 */
function withBreaks(text: string): string {
  return paragraphBreaks(plainBreaks(spaceEntities(blankHidden(text))));
}

/**
 * The lexed text of a feed as the rules read it to find its messages: `feedText`, with white space written
 * as entities, and scripts, styles and comments, read as spaces (see `spaceEntities`, `blankHidden`); the
 * feed itself as `source` when it holds any, for the markup refiner. The feed's own lines either way.
 */
export function feedDoc(input: string): Doc {
  const plain = feedText(input);
  const view = spaceEntities(blankHidden(plain, input));
  return view === plain ? newDoc(plain) : newDoc(view, input);
}

/**
 * A feed's message holding line breaks the feed's own lines do not (HTML paragraphs set on one line, or
 * Unicode line separators: see messageDoc), made ready to be read as `parseArticle` reads it: its own
 * text (`input`'s stretch `range.span`), lexed as {@link messageDoc} lexes it, and its lines and a line
 * index placing it in the whole input. Null when the message holds none: it is then read on the feed's
 * shared lines (`doc`). Searched in the message's own slice.
 */
export function messageOnItsOwn(input: string, doc: Doc, range: LineRange & { span: Span }): { input: string; doc: Doc; range: LineRange & { span: Span } } | null {
  const { span } = range;
  const view = doc.input.slice(span.start, span.end);
  const text = input.slice(span.start, span.end);
  // Separators are looked for in the message's own text (the feed's view holds them as spaces: see
  // feedText), tag runs in the view; each answers with the same string when there is none. (Scripts,
  // styles and comments the feed's view has blanked already, as the message's own would: see feedDoc.)
  if (plainBreaks(text) === text && paragraphBreaks(view) === view) return null;
  const broken = withBreaks(plainSpaces(text));
  const own = newDoc(broken, text);
  const at = range.index.point(span.start);
  const index = new LineIndex(text, { offset: at.offset, line: at.line - 1, column: at.column - 1 });
  // The message's first and last lines, found again among its own lines by where they start and end.
  const first = lineOf(own.lines, doc.lines.start[range.first]! - span.start);
  const last = lineOf(own.lines, doc.lines.end[range.last]! - span.start);
  return { input: text, doc: own, range: { index, first, last, span: { start: 0, end: text.length } } };
}

/** The draft of the message on `range`'s lines (the whole text when none): its outline, no refiner run yet. */
function outlineDraft(grammar: Grammar, doc: Doc, options: ResolvedOptions, range?: LineRange): Draft {
  const { input, lines } = doc;
  const index = range?.index ?? indexOf(doc);
  const first = range ? Math.max(0, range.first) : 0;
  const last = range ? Math.min(lines.count - 1, range.last) : lines.count - 1;
  const span = range?.span ?? { start: lines.start[first]!, end: range ? lines.end[last]! : input.length };
  const rules = grammar.rules as DocumentRules;
  let nonBlank = false;
  for (let k = first; k <= last && !nonBlank; k++) nonBlank = !isBlank(doc, k);
  const outline = nonBlank ? (inRegion(doc, last + 1, input.length, () => exec(rules.message, input, lines.start[first]!))?.value ?? []) : [];
  const draft: Draft = { grammar, input, source: doc.source, index, lines, options, span, outline, fields: {}, diagnostics: [] };
  if (!nonBlank) {
    draft.diagnostics.push({ code: "input/empty", severity: "error", message: "The text is empty or holds only white space.", position: index.position(span.start, span.end) });
  }
  return draft;
}

/**
 * The draft of one message as the grammar's `message` rule leaves it, before any refiner: what a grammar
 * author tests a refiner on (`refiner.refine(draftOf(grammar, text))`), or reads to see what the rules
 * found where.
 *
 * @param options Zone and strictness as for `parseArticle` (default zone `Europe/Berlin`).
 * @example
 * draftOf(dpaAfx, "PARIS (dpa-AFX) - Text./ab/DP/cd").outline.map((e) => e.kind); // ["dateline", "body", "block", "trailer"]
 */
export function draftOf<R, V>(grammar: Grammar<R, V>, input: string, options?: ParseOptions): Draft {
  const resolved = resolveOptions(options);
  const doc = messageDoc(input);
  return withDoc(doc, () => outlineDraft(grammar as unknown as Grammar, doc, resolved));
}

/**
 * Parses the message on the lines of `range` (the whole text when none) into an Article. Total for a
 * grammar whose rules are: it reports, never throws.
 *
 * @example
 * const a = parseMessage(dpaAfx, "PARIS (dpa-AFX) - Text./ab", { zone: "Europe/Berlin", strict: false });
 */
export function parseMessage<R, V>(grammar: Grammar<R, V>, input: string, options: ResolvedOptions, range?: LineRange, given?: Doc): Article {
  const g = grammar as unknown as Grammar;
  // The rules read the text with no-break spaces as plain ones and HTML paragraphs on lines of their own
  // (see messageDoc); offsets are the input's.
  const doc = given ?? messageDoc(input);
  return withDoc(doc, () => {
    let draft = outlineDraft(g, doc, options, range);
    // An index loop: `for...of` over the refiners allocated an iterator result per refiner (600 bytes a
    // parse), as the calls in its body are never inlined.
    const refiners = g.refiners;
    for (let k = 0; k < refiners.length; k++) draft = refiners[k]!.refine(draft);
    // Searched in the message's own stretch: a feed's messages never search each other's text.
    const { span } = draft;
    const own = input.slice(span.start, span.end);
    // Signs of a wrong decoding, each reported once a message at its first place.
    const replaced = own.indexOf("\ufffd");
    if (replaced !== -1) warn(draft, "input/replacement-character", "The text holds U+FFFD: it was decoded from bytes in the wrong encoding.", span.start + replaced, 1);
    const garbled = mojibakeAt(own);
    if (garbled !== -1) {
      const pair = own.slice(garbled, garbled + 2);
      warn(draft, "input/mojibake", `The text holds '${pair}' where one letter was meant: UTF-8 bytes were read as Windows-1252 or Latin-1. Decode them as UTF-8 (or pass the bytes).`, span.start + garbled, 2);
    }
    return build(draft);
  });
}

/** Adds a warning about the input at `[at, at + length)` to the draft. */
function warn(draft: Draft, code: DiagnosticCode, message: string, at: number, length: number): void {
  draft.diagnostics = draft.diagnostics.concat({ code, severity: "warning", message, position: draft.index.position(at, at + length) });
}

/**
 * Where a message starts, asked one line at a time: when `line` opens a new message (the grammar's
 * `messageLead` matches there), the line its front matter starts on (the furthest line up from which
 * `messageFront` reads every line down to the lead, never above `floor`, at most `grammar.messageLookback`
 * lines up; the walk up passes one line it cannot read from right under one it can, as a standfirst stands
 * under its headline); otherwise -1. It reads only lines `floor` to `line`, so a stream can ask it of each line as
 * the line completes. (`splitMessages` and `parseStream` also open a message at a `messageBreak` line
 * under a blank line where no lead is found.)
 *
 * @example
 * // "24.08.2016\nHP enttäuscht\n\nPALO ALTO (dpa-AFX) - Text."
 * messageTop(feed, dpaAfx, 3, 0); // 0: the date line above the headline
 */
export function messageTop<R, V>(input: string, grammar: Grammar<R, V>, line: number, floor: number, doc: Doc = docOf(spaceEntities(feedText(input)))): number {
  const g = grammar as unknown as Grammar;
  // The doc's text: the input as the rules read it (see feedText).
  return withDoc(doc, () => inFastFrame(() => topOf(doc.input, g, line, floor, doc, endsOf(g))));
}

/** A grammar's `messageLead` and `messageFront` as raws (see `rawOf`), run inside one fast frame (`inFastFrame`). */
interface Ends {
  readonly lead: Raw;
  readonly front: Raw;
  /** The grammar's `messageBreak`, or null when it has none. */
  readonly brk: Raw | null;
}
const endsByGrammar = new WeakMap<Grammar, Ends>();

/**
 * The grammar's {@link Ends}, made once per grammar: `messageTop` is asked of every line of a feed. The
 * splitter runs them in one fast frame for the whole feed; a frame for each ask (and two functions and a
 * result object made for each) cost a fifth of splitting (a real-shaped 20 MB feed: see the performance guide).
 */
function endsOf(grammar: Grammar): Ends {
  let ends = endsByGrammar.get(grammar);
  if (ends === undefined) {
    const rules = grammar.rules as DocumentRules;
    ends = { lead: rawOf(rules.messageLead), front: rawOf(rules.messageFront), brk: rules.messageBreak ? rawOf(rules.messageBreak) : null };
    endsByGrammar.set(grammar, ends);
  }
  return ends;
}

/** What {@link messageTop} answers; run inside a fast frame (`inFastFrame`), as it calls the raws directly. */
function topOf(input: string, grammar: Grammar, line: number, floor: number, doc: Doc, ends: Ends): number {
  const { lines } = doc;
  if (line >= lines.count || isBlank(doc, line)) return -1;
  const low = Math.max(floor, line - grammar.messageLookback);
  // A lead that looks above its line (an overview's first item) reads no line above `low`, as a stream
  // holds none.
  const savedFloor = doc.floor;
  doc.floor = low;
  try {
    if (rawInRegion(doc, lines.count, input.length, ends.lead, input, lines.start[line]!) < 0) return -1;
  } finally {
    doc.floor = savedFloor;
  }
  let top = line;
  // Walk up over non-blank lines while the front matter still reads from there down to the lead. Each
  // step reads the lines below it again: rules remembered per line answer them from a memo window over
  // the lines the walk may read.
  inMemoWindow(doc, low, line + 1, () => {
    const reads = (t: number) => rawInRegion(doc, line, lines.start[line]!, ends.front, input, lines.start[t]!) === lines.start[line];
    for (let t = line - 1; t >= low; t--) {
      if (isBlank(doc, t)) continue;
      if (reads(t)) top = t;
      // A line the front matter cannot open (a standfirst, a sentence) may stand right under one that
      // opens it (its headline): the walk looks one line further up before it stops.
      else if (t - 1 >= low && !isBlank(doc, t - 1) && reads(t - 1)) top = --t;
      else break;
    }
  });
  return top;
}

/**
 * True when `line`, where no lead is found, opens a message all the same: the grammar's `messageBreak`
 * matches it, under a blank line at or below `floor` or on the input's first line (`first`). A caller
 * that meets one starts a message there and keeps it as the floor, so that a lead below whose front
 * matter reaches up to it (`messageTop` answering this line) joins that message.
 */
export function messageBreakAt<R, V>(input: string, grammar: Grammar<R, V>, line: number, floor: number, doc: Doc, first: boolean): boolean {
  const brk = endsOf(grammar as unknown as Grammar).brk;
  // The line above is looked at first: most lines stand under text and need no frame.
  return mayBreak(line, floor, doc, brk, first) && withDoc(doc, () => inFastFrame(() => breaks(doc.input, line, doc, brk)));
}

/** True when `line` stands where a message break may: under a blank line at or below `floor`, or first; and the grammar has the rule. */
function mayBreak(line: number, floor: number, doc: Doc, brk: Raw | null, first: boolean): brk is Raw {
  return brk !== null && (first || (line - 1 >= floor && isBlank(doc, line - 1)));
}

/** True when the grammar's `messageBreak` (`brk`) matches `line`; inside a fast frame (`inFastFrame`). */
function breaks(input: string, line: number, doc: Doc, brk: Raw): boolean {
  return rawInRegion(doc, doc.lines.count, input.length, brk, input, doc.lines.start[line]!) >= 0;
}

/** What {@link messageBreakAt} answers, inside a fast frame (`inFastFrame`). */
function breakOf(input: string, line: number, floor: number, doc: Doc, brk: Raw | null, first: boolean): boolean {
  return mayBreak(line, floor, doc, brk, first) && breaks(input, line, doc, brk);
}

/**
 * The line ranges of the messages of a text holding several (in input order), from {@link messageTop}
 * asked of each line once (and, where no lead is found, whether the grammar's `messageBreak` opens a
 * message there all the same). Lines before
 * the first message (a page header) belong to no range.
 *
 * @example
 * splitMessages(feed, dpaAfx).map((r) => r.first); // [0, 6]
 */
export function splitMessages<R, V>(input: string, grammar: Grammar<R, V>, doc: Doc = feedDoc(input), index: LineIndex = indexOf(doc)): LineRange[] {
  const g = grammar as unknown as Grammar;
  // The doc's text: the input as the rules read it (see feedText).
  const text = doc.input;
  return withDoc(doc, () => inFastFrame(() => {
    const n = doc.lines.count;
    const tops: number[] = [];
    let floor = 0;
    const ends = endsOf(g);
    // No memo tables while splitting: each line is asked about once, and tables over the whole feed cost
    // more than they saved (the window the doc had is restored after).
    inMemoWindow(doc, 0, 0, () => {
      for (let line = 0; line < n; line++) {
        const top = topOf(text, g, line, floor, doc, ends);
        if (top >= 0) {
          // A lead whose front matter reaches up to a message break joins the message the break opened.
          if (top !== tops[tops.length - 1]) tops.push(top);
          floor = line + 1;
        } else if (breakOf(text, line, floor, doc, ends.brk, line === 0)) {
          tops.push(line);
          floor = line; // a lead below may read its front matter up to here
        }
      }
    });
    if (tops.length === 0) return [{ index, first: 0, last: n - 1 }];
    return tops.map((first, k) => ({ index, first, last: k + 1 < tops.length ? tops[k + 1]! - 1 : n - 1 }));
  }));
}
