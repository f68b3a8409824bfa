/**
 * Line-level parsers: the pieces document rules are made of. A document rule is a parsimmon parser over
 * the text like any other, whose positions are line starts: it reads the text's line tokens (the lexer's,
 * made once per text) and consumes whole lines. Inline rules run inside one line at a time.
 *
 * The lines a rule may read end at the current region's `stop` (a message of a feed, the body before its
 * tail); a standalone `.parse(text)` reads the whole text.
 */
import { isSpace } from "../text/chars.js";
import { lex, lineOf, type Lines } from "../text/lexer.js";
import { fail, firstOf, fromRaw, onOutermostCallEnd, rawOf, reg, type Parser, type Quick, type Raw } from "./fast.js";
import { accepts, onlyChar, type First } from "./first.js";

/**
 * A lexed text and the region document rules may read.
 *
 * @example
 * const doc = docOf("Titel\n\nKIEL (dpa-AFX) - Text.");
 * doc.lines.count; // 3
 */
export interface Doc {
  /** The text the rules read (see `plainSpaces`, `spaceEntities`, `plainBreaks` and `paragraphBreaks`: the input's length, the same offsets). */
  readonly input: string;
  /**
   * The input as given, when the text the rules read holds line breaks it does not (HTML paragraphs on
   * one line, Unicode line separators), or spaces where it writes entities: positions are counted in its
   * lines, and the markup refiner reads it. Undefined when the view changed no more than no-break spaces.
   */
  readonly source?: string;
  readonly lines: Lines;
  /** Rules read lines before this one (exclusive); default: all. */
  stop: number;
  /**
   * Rules that look above the line they are asked at read no line above this one; default 0. A feed's
   * splitter sets it to its floor (the lines above belong to the message before, which a stream no longer holds).
   */
  floor: number;
  /** Body text ends at this offset (a trailer after it on its line is not body); default: the text's end. */
  cut: number;
  /** The line found last (lookups run mostly in order). */
  hint: number;
  /**
   * Per-line memo tables of {@link memoLine} parsers, by the parser's number: each in pages of 2,048
   * lines (`MEMO_PAGE`) counted from `memoFrom`, made when a line of theirs is first asked.
   */
  memo: ((({ end: number; value: unknown } | undefined)[] | undefined)[] | undefined)[];
  /** The first line {@link memoLine} keeps answers for; default 0 (a feed's parser sets it per message). */
  memoFrom: number;
  /** The line before which {@link memoLine} keeps answers (exclusive); default: all lines. */
  memoTo: number;
  /** The last answer of each {@link memoAt} parser, by the parser's number: where it was asked (offset and region), its end and value. */
  readonly memoAt: ({ at: number; stop: number; cut: number; end: number; value: unknown } | undefined)[];
  /** Per character code (see `lineHolds`): where a search for it started, and where it found it next (or -1). */
  readonly nextChar: Map<number, { from: number; at: number }>;
}

/** The text the pipeline is parsing (kept until it is done). */
let pinned: Doc | null = null;
/**
 * The two texts lexed last, kept during one outermost parser call: a rule that parses a line on its own
 * never evicts the text around it. Dropped when the call ends, so no text outlives its parse.
 */
let recent: Doc | null = null;
let older: Doc | null = null;
onOutermostCallEnd(() => {
  recent = null;
  older = null;
});

/**
 * The lexed form of `input` (made once per text and kept while it is in use).
 *
 * @example
 * docOf(text) === docOf(text); // true
 */
export function docOf(input: string): Doc {
  if (pinned !== null && pinned.input === input) return pinned;
  if (recent !== null && recent.input === input) return recent;
  if (older !== null && older.input === input) {
    const d = older;
    older = recent;
    recent = d;
    return d;
  }
  const doc = newDoc(input);
  older = recent;
  recent = doc;
  return doc;
}

/**
 * Runs `fn` with `doc` kept as the text being parsed (the pipeline pins the message or feed it parses),
 * then lets it go. Returns what `fn` returns.
 */
export function withDoc<T>(doc: Doc, fn: () => T): T {
  const saved = pinned;
  pinned = doc;
  try {
    return fn();
  } finally {
    pinned = saved;
  }
}

/**
 * A new lexed form of `input`, not cached (the pipeline pins it with {@link withDoc}). `source`: the input
 * as given, when `input` is a view of it with line breaks or entities read as spaces (see {@link Doc.source}).
 */
export function newDoc(input: string, source?: string): Doc {
  const lines = lex(input);
  return { input, source, lines, stop: lines.count, floor: 0, cut: input.length, hint: 0, memo: [], memoFrom: 0, memoTo: lines.count, memoAt: [], nextChar: new Map() };
}

/**
 * Runs `fn` with the doc's region set to end before line `stop` (and body text cut at `cut`), then
 * restores the region it had.
 */
export function inRegion<T>(doc: Doc, stop: number, cut: number, fn: () => T): T {
  const savedStop = doc.stop;
  const savedCut = doc.cut;
  doc.stop = stop;
  doc.cut = cut;
  try {
    return fn();
  } finally {
    doc.stop = savedStop;
    doc.cut = savedCut;
  }
}

/**
 * `raw(input, at)` run with the doc's region set as {@link inRegion} sets it: the same, without a
 * function made for each call (the tail walk asks a rule of every line it passes).
 */
export function rawInRegion(doc: Doc, stop: number, cut: number, raw: Raw, input: string, at: number): number {
  const savedStop = doc.stop;
  const savedCut = doc.cut;
  doc.stop = stop;
  doc.cut = cut;
  try {
    return raw(input, at);
  } finally {
    doc.stop = savedStop;
    doc.cut = savedCut;
  }
}

/**
 * The line holding `offset`, looked up from the last line found: most lookups land on it or a few lines
 * after (the blank lines a caller skips between), or on the line above (a walk up the lines); the rest
 * take a binary search. A feed's splitter skipped every blank line, and each of those lookups searched
 * the whole feed's lines.
 */
export function lineAt(doc: Doc, offset: number): number {
  const { start, next, count } = doc.lines;
  let k = doc.hint;
  if (start[k]! <= offset) {
    const near = Math.min(count - 1, k + NEAR_LINES);
    while (k < near && next[k]! <= offset) k++;
    if (k === count - 1 || offset < next[k]!) {
      doc.hint = k;
      return k;
    }
  } else if (k > 0 && start[k - 1]! <= offset) {
    doc.hint = k - 1;
    return k - 1;
  }
  k = lineOf(doc.lines, offset);
  doc.hint = k;
  return k;
}

/** How many lines past the last one found {@link lineAt} walks before it searches. */
const NEAR_LINES = 4;

/** True when line `k` holds nothing but white space. */
export function isBlank(doc: Doc, k: number): boolean {
  return doc.lines.first[k] === doc.lines.last[k];
}

/**
 * Where the text of line `k` starts when read from `offset` (the line's first non-space character at or
 * after it), and where it ends (after its last non-space character).
 */
export function textFrom(doc: Doc, k: number, offset: number): number {
  const { first, last } = doc.lines;
  if (offset <= first[k]!) return first[k]!;
  let i = offset;
  const input = doc.input;
  const end = last[k]!;
  while (i < end && isSpace(input.charCodeAt(i))) i++;
  return i;
}

/**
 * Blank lines from a line start, zero or more (within the region): yields how many.
 *
 * @example
 * exec(blankLines, "\n \nText", 0); // { value: 2, end: 3 }
 */
export const blankLines: Parser<number> = fromRaw<number>((input, i) => {
  const doc = docOf(input);
  let k = lineAt(doc, i);
  let n = 0;
  if (doc.lines.start[k] !== i && i !== doc.lines.first[k]) {
    reg.value = 0;
    return i;
  }
  let at = i;
  while (k < doc.stop && isBlank(doc, k) && at < doc.lines.next[k]!) {
    at = doc.lines.next[k]!;
    n++;
    k++;
  }
  reg.value = n;
  return at;
});

/**
 * A line `inline` fills: the inline rule runs at the line's first non-space character (at or after the
 * current offset) and must reach its last one. Consumes the line and its break; yields the rule's value.
 *
 * @example
 * wholeLine(dpaAfx.rules.dottedDate).parse("21.08.2014  \n").status; // true
 */
export function wholeLine<T>(inline: Parser<T>, label = "a line of its own"): Parser<T> {
  const inner = rawOf(inline);
  return fromRaw<T>((input, i) => {
    const doc = docOf(input);
    const k = lineAt(doc, i);
    if (k >= doc.stop || isBlank(doc, k)) return fail(i, label);
    const s = textFrom(doc, k, i);
    const e = doc.lines.last[k]!;
    if (s >= e) return fail(i, label);
    const end = inner(input, s);
    if (end < 0) return -1;
    if (end < e && textFrom(doc, k, end) < e) return fail(end, "the end of the line");
    return doc.lines.next[k]!;
  });
}

/**
 * One non-blank line (within the region), consumed with its break; yields the span of its text.
 *
 * @example
 * exec(textLine, "  Der Dax stieg.\n", 0)?.value; // { start: 2, end: 16 }
 */
export const textLine: Parser<{ start: number; end: number }> = fromRaw((input, i) => {
  const doc = docOf(input);
  const k = lineAt(doc, i);
  if (k >= doc.stop || isBlank(doc, k)) return fail(i, "a line of text");
  const s = textFrom(doc, k, i);
  if (s >= doc.lines.last[k]!) return fail(i, "a line of text");
  reg.value = { start: s, end: doc.lines.last[k]! };
  return doc.lines.next[k]!;
});

/**
 * True when the line holding `offset` has, at or after `offset`, a character of `set` (always true for a
 * set that is not known or may match nothing). For a set of one character the next occurrence found is
 * remembered, so asking every line of a text in order costs one native search over the text (a feed's
 * splitter asks each line whether it may hold a dateline's agency, the trailer line whether it holds a
 * slash); a question behind the last search, or about several characters, reads its own line only.
 *
 * @example
 * lineHolds(docOf("A (b)\nC"), 0, firstOf(token(/\(/y))); // true
 */
export function lineHolds(doc: Doc, offset: number, set: First): boolean {
  if (set.any || set.nullable) return true;
  const end = doc.lines.last[lineAt(doc, offset)]!;
  if (offset >= end) return false;
  const code = onlyChar(set);
  if (code < 0) {
    for (let k = offset; k < end; k++) if (accepts(set, doc.input, k)) return true;
    return false;
  }
  const char = String.fromCharCode(code);
  let known = doc.nextChar.get(code);
  // Asked behind the last search (out of order): this line's slice only, never the text beyond it.
  if (known !== undefined && offset < known.from) return doc.input.slice(offset, end).includes(char);
  if (known === undefined || (known.at !== -1 && offset > known.at)) {
    known = { from: offset, at: doc.input.indexOf(char, offset) };
    doc.nextChar.set(code, known);
  }
  return known.at !== -1 && known.at < end;
}

/**
 * A quick test (see `quick` in `./fast.ts`) from a scan source (see `scan`): false where the rest of the
 * line from the offset asked (to the end of its text, `Lines.last`: before white space and tags at its
 * edge) holds nothing the source finds. A null source rules nothing out. The source is read with the `i`
 * flag, within the line only.
 *
 * @example
 * lineScan(String.raw`\(`)("Dax legt zu\nKIEL (dpa-AFX) - Text", 0); // false
 */
export function lineScan(source: string | null): Quick {
  if (source === null) return () => true;
  const re = new RegExp(source, "i");
  return (input, i) => {
    const doc = docOf(input);
    return re.test(input.slice(i, doc.lines.last[lineAt(doc, i)]));
  };
}

/**
 * Starts fresh {@link memoLine} tables that keep answers for lines `from` to `to` (exclusive) only; an
 * answer outside them is worked out each time. A feed's messages each get their own window, and its
 * splitter none: tables over a whole feed filled the young generation with pages the collector copied
 * (a real-shaped 20 MB feed: see the performance guide). @internal
 *
 * @example
 * memoWindow(doc, range.first, range.last + 1);
 */
export function memoWindow(doc: Doc, from: number, to: number): void {
  doc.memo = [];
  doc.memoFrom = from;
  doc.memoTo = to;
}

/**
 * `fn()` with fresh memo tables for lines `from` to `to` (see {@link memoWindow}); the doc's own tables
 * and window are back after, also when `fn` throws. @internal
 *
 * @example
 * inMemoWindow(doc, 0, 0, () => splitLines(doc)); // no tables while splitting
 */
export function inMemoWindow<T>(doc: Doc, from: number, to: number, fn: () => T): T {
  const { memo, memoFrom, memoTo } = doc;
  memoWindow(doc, from, to);
  try {
    return fn();
  } finally {
    doc.memo = memo;
    doc.memoFrom = memoFrom;
    doc.memoTo = memoTo;
  }
}

/** A {@link memoLine} answer at one line: where the parser ended and its value. */
interface MemoEntry {
  end: number;
  value: unknown;
}

/** The answer of a parser that failed at a line. */
const FAILED: MemoEntry = { end: -1, value: undefined };

/** Lines a memo page holds (a power of two): 2,048 entries stay a regular heap object. */
const MEMO_BITS = 11;
const MEMO_PAGE = 1 << MEMO_BITS;

/** How many memoised parsers exist: each gets its own table slot in a doc. */
let memoCount = 0;

/**
 * `parser` remembering its last answer in a text: asked again at the same offset in the same region, it
 * answers without running (an overview and an ordinary message both ask for the item heads of a
 * message). For parsers that depend only on the text and the region.
 */
export function memoAt<T>(parser: Parser<T>): Parser<T> {
  const inner = rawOf(parser);
  const id = memoCount++;
  return fromRaw<T>((input, i) => {
    const doc = docOf(input);
    const last = doc.memoAt[id];
    if (last !== undefined && last.at === i && last.stop === doc.stop && last.cut === doc.cut) {
      if (last.end < 0) return fail(i, "something else");
      reg.value = last.value;
      return last.end;
    }
    const end = inner(input, i);
    doc.memoAt[id] = { at: i, stop: doc.stop, cut: doc.cut, end: end < 0 ? -1 : end, value: end < 0 ? undefined : reg.value };
    return end;
  }, () => firstOf(parser));
}

/**
 * `parser` memoised per line of a text: it runs at most once at each line start of the doc's memo window
 * (`Doc.memoFrom` to `Doc.memoTo`; default the whole text), however often rules ask. For parsers that
 * depend only on the text from their line on, never on the region.
 */
export function memoLine<T>(parser: Parser<T>): Parser<T> {
  const inner = rawOf(parser);
  const id = memoCount++;
  return fromRaw<T>((input, i) => {
    // An exact run (an error message asked for) reads afresh: a remembered failure keeps no labels.
    if (reg.exact) return inner(input, i);
    const doc = docOf(input);
    const k = lineAt(doc, i);
    if (doc.lines.start[k] !== i || k < doc.memoFrom || k >= doc.memoTo) return inner(input, i);
    let pages = doc.memo[id];
    if (pages === undefined) {
      pages = [];
      doc.memo[id] = pages;
    }
    // A page per 2,048 lines, made when first needed: a table of the whole text cost every rule asked
    // once a table as long as the text (a 33,000-line paragraph spent a quarter of its parse allocating
    // them), and a feed one of its whole length. A window shorter than a page gets a page of its length.
    const j = k - doc.memoFrom;
    const p = j >>> MEMO_BITS;
    let table = pages[p];
    if (table === undefined) {
      table = new Array<MemoEntry | undefined>(Math.min(MEMO_PAGE, doc.memoTo - doc.memoFrom - (p << MEMO_BITS)));
      pages[p] = table;
    }
    const at = j & (MEMO_PAGE - 1);
    const known = table[at];
    if (known !== undefined) {
      if (known === FAILED) return fail(i, "something else");
      reg.value = known.value;
      return known.end;
    }
    const end = inner(input, i);
    table[at] = end < 0 ? FAILED : { end, value: reg.value };
    return end;
  }, () => firstOf(parser));
}
