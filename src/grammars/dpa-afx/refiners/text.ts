/** Character tests the refiners share. Plain code-unit checks: no regular expressions on the hot path. */

/** Horizontal white space of any kind (space, tab, NBSP, narrow and thin spaces, BOM). */
export function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x205f || c === 0x3000 || c === 11 || c === 12
  );
}

/** A lower-case letter, ASCII or Latin-1/Latin Extended (`ä`, `ß`, `é`). */
export function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** An upper-case letter, ASCII or Latin-1 (`Ä`, `Ö`, `Ü`). */
export function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** A digit. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Punctuation that ends a sentence, closing quotes and brackets included. */
export function endsSentence(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 58 || c === 0x2026;
}

/** Closing quotes and brackets a sentence end may hide behind. */
export function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201c || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0xab || c === 0x2018;
}

/** The last character of `input[start, end)` that is not a closing quote or bracket, or -1. */
export function lastSignificant(input: string, start: number, end: number): number {
  let k = end - 1;
  while (k >= start && isCloser(input.charCodeAt(k))) k--;
  return k >= start ? input.charCodeAt(k) : -1;
}

/** The first letter-ish character of `input[start, end)` after opening quotes and brackets, or -1. */
export function firstSignificant(input: string, start: number, end: number): number {
  let k = start;
  while (k < end) {
    const c = input.charCodeAt(k);
    if (c !== 34 && c !== 39 && c !== 40 && c !== 0x201e && c !== 0x201c && c !== 0x201a && c !== 0xbb && c !== 0xab && c !== 0x2018) return c;
    k++;
  }
  return -1;
}

/** Length of the first word of `input[start, end)` (up to the first space). */
export function firstWordLength(input: string, start: number, end: number): number {
  let k = start;
  while (k < end && !isSpace(input.charCodeAt(k))) k++;
  return k - start;
}

/**
 * A calendar or table row: an optional time (`10:00 `, `9.30 `), then a code of one to five capitals and
 * a colon (`DEU: Handelsbilanz 01/26`, `EU: Treffen der Finanzminister`). Such rows end without a full stop.
 */
export function isListRow(input: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && isSpace(input.charCodeAt(k))) k++;
  // The time: one or two digits, a colon or a dot, two digits, a space.
  let d = k;
  while (d < end && d - k < 2 && isDigit(input.charCodeAt(d))) d++;
  if (d > k) {
    const sep = input.charCodeAt(d);
    if ((sep !== 58 && sep !== 46) || !isDigit(input.charCodeAt(d + 1)) || !isDigit(input.charCodeAt(d + 2)) || !isSpace(input.charCodeAt(d + 3))) return false;
    k = d + 4;
  }
  let caps = k;
  while (caps < end && caps - k < 5 && isUpper(input.charCodeAt(caps))) caps++;
  return caps > k && caps < end && input.charCodeAt(caps) === 58;
}
