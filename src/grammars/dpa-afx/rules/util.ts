/** Small helpers the dpa-AFX document rules share: spaces around a stretch of one line. */
import { isSpace } from "../../../text/chars.js";

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

/** True when `raw` (a rule's end, or -1) reaches `end` but for spaces. */
export function fills(input: string, ruleEnd: number, end: number): boolean {
  return ruleEnd >= 0 && skipSpaces(input, ruleEnd, end) >= end;
}

/**
 * True when the text ending at `end` ends in a full stop that closes a sentence: not the last dot of an
 * ellipsis (`Spanien ...`, where a site cut a headline short).
 *
 * @example
 * endsInFullStop("Der Dax stieg.", 14); // true
 * endsInFullStop("Betrugsfall ...", 15); // false
 */
export function endsInFullStop(input: string, end: number): boolean {
  return input.charCodeAt(end - 1) === 46 && !(input.charCodeAt(end - 2) === 46 && input.charCodeAt(end - 3) === 46);
}
