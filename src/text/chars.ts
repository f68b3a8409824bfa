/**
 * The character classes, defined once: white space, line breaks, letters in both cases, digits, sentence
 * ends, closing and opening quotes and brackets. Code tests characters with these functions; rules that
 * need a regular-expression class take the strings below, built from the same lists, and a test checks
 * that both agree on every code point they name.
 */

/**
 * Horizontal white space: space, tab, vertical tab, form feed, no-break space, Ogham space, the spaces
 * U+2000 to U+200A, narrow no-break space, medium mathematical space, ideographic space, and U+FEFF (a
 * byte-order mark inside a text reads as a space). Line breaks are not in it.
 */
const SPACES: readonly (number | readonly [number, number])[] = [0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x1680, [0x2000, 0x200a], 0x202f, 0x205f, 0x3000, 0xfeff];

/** Line breaks: `\n`, `\r`, and the Unicode line and paragraph separators (which text normalises to spaces). */
const BREAKS: readonly number[] = [0x0a, 0x0d, 0x2028, 0x2029];

function classOf(set: readonly (number | readonly [number, number])[]): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
  return set.map((x) => (typeof x === "number" ? hex(x) : `${hex(x[0])}-${hex(x[1])}`)).join("");
}

/**
 * The white-space class for regular expressions, without brackets: `[${SPACE_CLASS}]` matches exactly
 * what {@link isSpace} accepts.
 *
 * @example
 * new RegExp(`[${SPACE_CLASS}]+`, "y");
 */
export const SPACE_CLASS: string = classOf(SPACES);

/** Line breaks, for regular expressions (what {@link isBreak} accepts). */
export const BREAK_CLASS: string = classOf(BREAKS);

/** White space and line breaks, for regular expressions (what {@link isSpaceOrBreak} accepts). */
export const SPACE_OR_BREAK_CLASS: string = classOf([...SPACES, ...BREAKS]);

/**
 * True for horizontal white space (see {@link SPACE_CLASS}).
 *
 * @example
 * isSpace(0xa0); // true: a no-break space
 */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first offset at or after `i` that is not a space, never past `end`. */
export function skipSpaces(input: string, i: number, end: number): number {
  while (i < end && isSpace(input.charCodeAt(i))) i++;
  return i;
}

/** The offset after the last non-space character before `end`, never before `start`. */
export function trimEnd(input: string, start: number, end: number): number {
  while (end > start && isSpace(input.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * The text the rules read: `text` with each no-break space (U+00A0, and the narrow one U+202F) read as a
 * plain space, so that every rule written with a space (`Von `, `Quelle: `, `NEW YORK`,
 * `Aktien Frankfurt Schluss:`) also reads a web copy that joined those words with a no-break space. The
 * same length, so every offset and position is the input's own; node text normalises these spaces
 * anyway, and the input itself is kept as it came (`printSource`). The text itself when it holds none
 * (two native scans, no copy: a few tenths of a percent of a parse).
 *
 * @example
 * plainSpaces("NEW\u00a0YORK (dpa-AFX) - "); // "NEW YORK (dpa-AFX) - "
 */
export function plainSpaces(text: string): string {
  let out = text;
  for (const c of NO_BREAK_SPACES) if (out.includes(c)) out = out.replaceAll(c, " ");
  return out;
}

/**
 * `text` with each run of plain spaces inside it as one: the words of a phrase as the vocabulary writes
 * them, when a copy set two spaces between them or an HTML copy an entity the rules read as spaces
 * (`NEW  YORK`, `AKTIE IM&nbsp;FOKUS`). The text itself when it holds no run.
 *
 * @example
 * oneSpace("NEW   YORK"); // "NEW YORK"
 */
export function oneSpace(text: string): string {
  return text.includes("  ") ? text.replace(/ {2,}/g, " ") : text;
}

/** The no-break spaces {@link plainSpaces} reads as plain ones. */
const NO_BREAK_SPACES: readonly string[] = ["\u00a0", "\u202f"];

/**
 * `text` with each Unicode line separator (U+2028) and paragraph separator (U+2029) read as a line feed:
 * some data sets and pages write a copy's line breaks so, and the rules find lines only at `\n` and `\r`.
 * The same length; a doc reading it keeps the input as its source, so positions still count the input's
 * own lines (where these characters break none, as in vfile). The text itself when it holds none (two
 * native scans).
 *
 * @example
 * plainBreaks("Titel\u2028\u2028KIEL (dpa-AFX) - Text."); // "Titel\n\nKIEL (dpa-AFX) - Text."
 */
export function plainBreaks(text: string): string {
  let out = text;
  for (const c of SEPARATORS) if (out.includes(c)) out = out.replaceAll(c, "\n");
  return out;
}

/** The separators {@link plainBreaks} reads as line feeds. */
const SEPARATORS: readonly string[] = ["\u2028", "\u2029"];

/**
 * A feed's text as its messages are found in it: no-break spaces as plain ones (`plainSpaces`), and the
 * Unicode separators as spaces, since messages are found on the feed's own lines (those a stream cuts
 * too). A message holding separators is then read on lines of its own (see `plainBreaks`). The same
 * length; the text itself when it holds none of them.
 *
 * @example
 * feedText("Titel\u2028\u2028KIEL (dpa-AFX) - Text."); // "Titel  KIEL (dpa-AFX) - Text."
 */
export function feedText(text: string): string {
  let out = plainSpaces(text);
  for (const c of SEPARATORS) if (out.includes(c)) out = out.replaceAll(c, " ");
  return out;
}

/** True for a line break character (`\n`, `\r`, U+2028, U+2029). */
export function isBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** True for white space or a line break: what collapses to one space in a node's text. */
export function isSpaceOrBreak(c: number): boolean {
  return isSpace(c) || isBreak(c);
}

/** A lower-case letter, ASCII or Latin-1 (`ä`, `ß`, `é`). */
export function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** An upper-case letter, ASCII or Latin-1 (`Ä`, `Ö`, `Ü`). */
export function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** A small letter of German words, ASCII or `ä`, `ö`, `ü`, `ß`: what no dateline place in capitals is followed by. */
export function isGermanLower(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf;
}

/** A letter, ASCII or Latin-1. */
export function isLetter(c: number): boolean {
  return isLower(c) || isUpper(c);
}

/** Unicode's letters, for characters beyond Latin-1 (asked rarely: at the edges of a word). */
const ANY_LETTER = /\p{L}/u;

/**
 * A letter of any script: ASCII and Latin-1 as {@link isLetter}, beyond them Unicode's letter class
 * (`ł`, `č`, `Ω`). Punctuation above Latin-1 (`“`, `…`, `–`, `€`) is no letter.
 *
 * @example
 * isAnyLetter("ź".charCodeAt(0)); // true
 * isAnyLetter("“".charCodeAt(0)); // false
 */
export function isAnyLetter(c: number): boolean {
  return isLetter(c) || (c > 0xff && ANY_LETTER.test(String.fromCharCode(c)));
}

/**
 * `text` written so a regular expression matches it as it stands: every metacharacter escaped.
 *
 * @example
 * escapeRegExp("Do."); // "Do\\."
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A digit `0` to `9`. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * What a word is made of: a letter of any script or a digit (a trailer never starts inside a word).
 *
 * @example
 * isWordChar("ß".charCodeAt(0)); // true
 * isWordChar("“".charCodeAt(0)); // false
 */
export function isWordChar(c: number): boolean {
  return isAnyLetter(c) || isDigit(c);
}

/** Punctuation that ends a sentence: `.`, `!`, `?`, `:` and the ellipsis `…`. */
export function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2026;
}

/** Closing quotes and brackets a sentence end may hide behind: `"`, `'`, `)`, `]`, `“`, `”`, `’`, `‘`, `»`, `«`. */
export function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201c || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0xab || c === 0x2018;
}

/** Opening quotes and brackets a sentence may start behind: `"`, `'`, `(`, `„`, `“`, `‚`, `»`, `«`, `‘`. */
export function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 0x201e || c === 0x201c || c === 0x201a || c === 0xbb || c === 0xab || c === 0x2018;
}

/** The dashes a dateline or a headline separator uses: hyphen, en dash, em dash. */
export function isDash(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014;
}
