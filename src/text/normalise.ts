/**
 * A node's `text`: white space collapsed, hard wraps joined, ends trimmed. Whether a stretch needs any of
 * that is asked once of the regular-expression engine (native, far faster than a loop over characters in
 * JavaScript); a stretch that needs nothing is returned as a slice of the input, lines joined with one
 * space each; only one that does is walked character by character.
 */
import { BREAK_CLASS, isSpaceOrBreak, SPACE_CLASS } from "./chars.js";
import { stripMarkup } from "./markup.js";
import { twoSpaces } from "./two-spaces.js";

/**
 * Characters that cannot be odd white space or a break: printable ASCII with the plain space, Latin-1
 * from U+00A1, dashes, quotes, the ellipsis and the euro sign. A regular expression of one negated class
 * runs several times faster than one with an alternative, so most stretches are cleared by it alone.
 */
const COMMON = String.raw`\u0020-\u007e\u00a1-\u017f\u2013\u2014\u2018-\u201e\u2026\u20ac`;
/** White space other than the plain space. */
const ODD_SPACE = SPACE_CLASS.replace(String.raw`\u0020`, "");

/** Inside one span, a line break needs work too; across a stretch of lines, `\n` and `\r` do not. */
const SPAN = { rare: new RegExp(`[^${COMMON}]`), odd: new RegExp(`[${ODD_SPACE}${BREAK_CLASS}]`) };
const LINES = { rare: new RegExp(`[^\n\r${COMMON}]`), odd: new RegExp(`[${ODD_SPACE}\u2028\u2029]`) };

/**
 * True when `text` holds two spaces in a row (`twoSpaces`, asked by the caller the way that is fastest for
 * its length), or a character of `odd` (asked only when `rare` finds one).
 */
function holdsOdd(text: string, twoSpaces: boolean, classes: { rare: RegExp; odd: RegExp }): boolean {
  return twoSpaces || (classes.rare.test(text) && classes.odd.test(text));
}

/** True when `text` holds white space other than single plain spaces, or a line break. */
function needsWork(text: string): boolean {
  return holdsOdd(text, text.includes("  "), SPAN);
}

/**
 * True when no line of `input[start, end)` holds white space other than single plain spaces inside it:
 * then the text of any span within one line is its slice, and lines join with one space each. Asked once
 * per message, so each node's text costs a slice.
 *
 * @example
 * linesAreClean("Der Dax\nstieg.", 0, 14); // true
 */
export function linesAreClean(input: string, start: number, end: number): boolean {
  const text = input.slice(start, end);
  if (twoSpaces(text)) return false;
  // Most copies hold Latin-1 only: then each odd character that can occur is looked for with `includes`,
  // a native scan several times faster than a class (and `WIDE` answers at once on such a string).
  if (!WIDE.test(text)) return !LATIN_ODD.some((c) => text.includes(c));
  return !(LINES.rare.test(text) && LINES.odd.test(text));
}

/** A character beyond Latin-1. */
const WIDE = /[^\0-\u00ff]/;

/** The characters of `LINES.odd` within Latin-1 (tab, vertical tab, form feed, no-break space). */
const LATIN_ODD: readonly string[] = Array.from({ length: 256 }, (_, c) => String.fromCharCode(c)).filter((c) => LINES.odd.test(c));

/**
 * The normalised text of `input[start, end)`: every run of white space and line breaks (see
 * `isSpaceOrBreak`) becomes one space, and the ends are trimmed.
 *
 * @example
 * normalise("  Der Dax\u00a0stieg\r\n  um 1 Prozent ", 0, 32); // "Der Dax stieg um 1 Prozent"
 */
export function normalise(input: string, start: number, end: number, clean = false): string {
  return quick(input, start, end, clean) ?? textOf(addWords(spaced(), input, start, end));
}

/**
 * The trimmed text of `input[start, end)`: in a message without odd white space (`clean`) its slice, the
 * line breaks joined; otherwise its slice when it needs no work (asked of the regular expressions), else
 * undefined.
 */
function quick(input: string, start: number, end: number, clean: boolean): string | undefined {
  const raw = trimmed(input, start, end);
  if (clean) return raw.indexOf("\n") === -1 && raw.indexOf("\r") === -1 ? raw : raw.replace(CLEAN_BREAKS, " ");
  return needsWork(raw) ? undefined : raw;
}

/** The slice of `input[start, end)` without the white space and line breaks at its ends. */
function trimmed(input: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s < e && isSpaceOrBreak(input.charCodeAt(s))) s++;
  while (e > s && isSpaceOrBreak(input.charCodeAt(e - 1))) e--;
  return input.slice(s, e);
}

/**
 * The normalised text of `input[start, end)` where the caller knows it lies inside one line of a message
 * without odd white space (see `linesAreClean`): its trimmed slice, no line break looked for. A node's
 * text is asked so about a dozen times a message, and the two searches for a line break in each showed
 * as 1-2% of a parse in profiles.
 *
 * @example
 * lineText("  Der Dax stieg. \n", 0, 17); // "Der Dax stieg."
 */
export function lineText(input: string, start: number, end: number): string {
  return trimmed(input, start, end);
}

/**
 * A run of line breaks with the single spaces around and between them, in a message without odd white
 * space (see `linesAreClean`): one space in a node's text (a hard-wrapped footer's lines joined).
 */
const CLEAN_BREAKS = / ?[\n\r][ \n\r]*/g;

/**
 * The text of a node made of several lines (each a span of the input): the lines normalised and joined
 * with one space each, blank ones left out.
 *
 * @example
 * joinLines("Der Dax\nstieg.", [{ start: 0, end: 7 }, { start: 8, end: 14 }]); // "Der Dax stieg."
 */
export function joinLines(input: string, lines: readonly { start: number; end: number }[], clean = false): string {
  const n = lines.length;
  if (n === 1) return normalise(input, lines[0]!.start, lines[0]!.end, clean);
  // Lines the lexer trimmed: when none holds odd white space inside, their text joined with spaces is it.
  let out = "";
  for (let k = 0; k < n; k++) {
    const part = input.slice(lines[k]!.start, lines[k]!.end);
    if (k === ROPE_MAX || (!clean && needsWork(part)) || part === "" || isSpaceOrBreak(part.charCodeAt(0)) || isSpaceOrBreak(part.charCodeAt(part.length - 1))) {
      // The lines before are joined already: the rest go on from them.
      const all = spaced(out, k);
      for (let j = k; j < n; j++) addLine(all, input, lines[j]!.start, lines[j]!.end, clean);
      return textOf(all);
    }
    out = k === 0 ? part : `${out} ${part}`;
  }
  return out;
}

/**
 * The text of lines holding HTML: each line's tags dropped and entities decoded (see `stripMarkup`),
 * then normalised and joined with single spaces.
 *
 * @example
 * markupText("<p>Dax &amp; Co</p>", [{ start: 0, end: 18 }]); // "Dax & Co"
 */
export function markupText(input: string, lines: readonly { start: number; end: number }[]): string {
  const all = spaced();
  lines.forEach((line) => {
    const plain = stripMarkup(input.slice(line.start, line.end));
    addLine(all, plain, 0, plain.length, false);
  });
  return textOf(all);
}

/**
 * A text built of pieces joined with single spaces. The first pieces make a rope (`out + " " + piece`),
 * the fastest way while they are few; past `ROPE_MAX` they are joined in batches of `BATCH`, each into one
 * string as it fills. A rope keeps every piece alive until the text is read, and once they outgrow the
 * young generation each garbage collection copies them all again: a megabyte of two-letter lines spent
 * most of its parse so. A plain object made by one literal, not a class: the engine keeps a literal's
 * shape for good, while code optimised for a class instance's shape is thrown away when a full garbage
 * collection finds no instance left (and with it the long loops' optimised code, each parse again).
 */
interface Spaced {
  rope: string;
  count: number;
  parts: string[] | null;
  done: string[] | null;
}

/** A text of `count` pieces so far, joined in `rope`. */
const spaced = (rope = "", count = 0): Spaced => ({ rope, count, parts: null, done: null });

/** Adds the normalised text of `input[start, end)`: the slice when it needs no work, else its words. */
function addLine(all: Spaced, input: string, start: number, end: number, clean: boolean): void {
  const text = quick(input, start, end, clean);
  if (text === undefined) addWords(all, input, start, end);
  else add(all, text);
}

/**
 * Adds the words of `input[start, end)`: the stretches between its runs of white space (a single plain
 * space inside a stretch stays). One loop with one call of `add`, so that code the engine optimises in
 * the middle of a long loop has seen every path it takes.
 */
function addWords(all: Spaced, input: string, start: number, end: number): Spaced {
  let from = start;
  let k = start;
  for (;;) {
    // Printable ASCII and most letters: nothing to do (the common case, tested first).
    for (let c: number; k < end && (((c = input.charCodeAt(k)) > 32 && c < 0xa0) || !isSpaceOrBreak(c)); ) k++;
    let j = k;
    while (j < end && isSpaceOrBreak(input.charCodeAt(j))) j++;
    if (j === end || j !== k + 1 || k === start || input.charCodeAt(k) !== 32) {
      add(all, input.slice(from, k));
      if (j === end) return all;
      from = j;
    }
    k = j;
  }
}

function add(all: Spaced, piece: string): void {
  if (piece === "") return;
  if (++all.count <= ROPE_MAX) all.rope = all.count === 1 ? piece : `${all.rope} ${piece}`;
  else if ((all.parts ??= []).push(piece) === BATCH) {
    (all.done ??= []).push(all.parts.join(" "));
    all.parts = [];
  }
}

/** The pieces joined with single spaces. */
function textOf(all: Spaced): string {
  if (all.parts === null) return all.rope;
  const done = all.done ?? [];
  if (all.parts.length > 0) done.push(all.parts.join(" "));
  return `${all.rope} ${done.join(" ")}`;
}

/** Pieces a text keeps as a rope: their strings fit in the young generation with room to spare. */
const ROPE_MAX = 65536;

/** Pieces joined at a time past `ROPE_MAX`. */
const BATCH = 1024;
