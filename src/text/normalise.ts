/**
 * A node's `text`: white space collapsed, hard wraps joined, ends trimmed. Whether a stretch needs any of
 * that is asked once of the regular-expression engine (native, far faster than a loop over characters in
 * JavaScript); a stretch that needs nothing is returned as a slice of the input, lines joined with one
 * space each; only one that does is walked character by character.
 */
import { BREAK_CLASS, isSpaceOrBreak, SPACE_CLASS } from "./chars.js";
import { stripMarkup } from "./markup.js";

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
  // On a whole message the expression finds two spaces sooner than `includes` (which stops at every space).
  if (DOUBLE_SPACE.test(text)) return false;
  // Most copies hold Latin-1 only: then each odd character that can occur is looked for with `includes`,
  // a native scan several times faster than a class (and `WIDE` answers at once on such a string).
  if (!WIDE.test(text)) return !LATIN_ODD.some((c) => text.includes(c));
  return !(LINES.rare.test(text) && LINES.odd.test(text));
}

/** Two plain spaces in a row. */
const DOUBLE_SPACE = / {2}/;

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
  let s = start;
  let e = end;
  while (s < e && isSpaceOrBreak(input.charCodeAt(s))) s++;
  while (e > s && isSpaceOrBreak(input.charCodeAt(e - 1))) e--;
  const raw = input.slice(s, e);
  if (clean ? raw.indexOf("\n") === -1 && raw.indexOf("\r") === -1 : !needsWork(raw)) return raw;
  let out = "";
  let from = s;
  let k = s;
  while (k < e) {
    const c = input.charCodeAt(k);
    // Printable ASCII and most letters: nothing to do (the common case, tested first).
    if ((c > 32 && c < 0xa0) || !isSpaceOrBreak(c)) {
      k++;
      continue;
    }
    // A run of white space: a single plain space stays, anything else becomes one space.
    let j = k + 1;
    while (j < e && isSpaceOrBreak(input.charCodeAt(j))) j++;
    if (c === 32 && j === k + 1) {
      k = j;
      continue;
    }
    out += input.slice(from, k) + " ";
    from = j;
    k = j;
  }
  return from === s ? raw : out + input.slice(from, e);
}

/**
 * The text of a node made of several lines (each a span of the input, trimmed): the lines normalised and
 * joined with one space each.
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
    if ((!clean && needsWork(part)) || (part.length > 0 && (isSpaceOrBreak(part.charCodeAt(0)) || isSpaceOrBreak(part.charCodeAt(part.length - 1))))) {
      return joinSlow(input, lines);
    }
    out = k === 0 ? part : `${out} ${part}`;
  }
  return out;
}

function joinSlow(input: string, lines: readonly { start: number; end: number }[]): string {
  return joinParts(lines, (line) => normalise(input, line.start, line.end));
}

/** The non-empty texts `part` gives for the lines, joined with single spaces. */
function joinParts(lines: readonly { start: number; end: number }[], part: (line: { start: number; end: number }) => string): string {
  let out = "";
  for (let k = 0; k < lines.length; k++) {
    const text = part(lines[k]!);
    if (text === "") continue;
    out = out === "" ? text : `${out} ${text}`;
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
  return joinParts(lines, (line) => {
    const plain = stripMarkup(input.slice(line.start, line.end));
    return normalise(plain, 0, plain.length);
  });
}
