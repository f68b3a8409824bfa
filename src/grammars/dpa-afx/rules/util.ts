/** Small helpers the dpa-AFX document rules share: spaces around a stretch of one line, appending entries. */
import type { Raw } from "../../../combinators/fast.js";
import { isSpace, skipSpaces, trimEnd } from "../../../text/chars.js";
import { lineOf, type Lines } from "../../../text/lexer.js";
import type { DpaAfxVocabulary } from "../vocabulary.js";

/**
 * Appends `items` to `into` (an index loop: a `for...of` makes an iterator result per item where it runs
 * unoptimised, as a rule asked once of a long text does; never a spread, which throws on long arrays).
 */
export function pushAll<T>(into: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k++) into.push(items[k]!);
}

/**
 * The longest line that wraps onto the next in a hard-wrapped copy (old feeds wrap near 70 columns); a
 * longer line followed by text is a paragraph set on one line, with a blank line lost after it.
 */
const MAX_WRAPPED_LINE = 100;

/**
 * True when line `l` wraps onto the next: it is at most {@link MAX_WRAPPED_LINE} characters long and text
 * stands on the next line. Asked of a lead's line, it tells a hard-wrapped copy, where a headline may be
 * wrapped onto a second line too.
 *
 * @example
 * wrapsOn(lex("KIEL (dpa-AFX) - Die Nordlicht AG hat mehr\numgeschlagen./ab/cd"), 0); // true
 */
export function wrapsOn(lines: Lines, l: number): boolean {
  // (Under the last line both `first` and `last` read undefined, the same: no text stands there.)
  return lines.first[l + 1] !== lines.last[l + 1] && lines.last[l]! - lines.start[l]! <= MAX_WRAPPED_LINE;
}

/**
 * True when the text at `s` may be the line a headline on line `head` was wrapped onto: the line right
 * under it, opening no parenthesis (that opens a note), in a hard-wrapped copy (the lead's line `lead`
 * wraps: see {@link wrapsOn}). The `front` refiner joins such a line to the headline; a feed's
 * `messageFront` keeps it with its message.
 *
 * @example
 * wrapsHeadline(lex("Titel senkt die\nPrognose\n\nKIEL (dpa-AFX) - Text\nweiter"), 0, 16, 3); // true
 */
export function wrapsHeadline(lines: Lines, head: number, s: number, lead: number): boolean {
  return lineOf(lines, s) === head + 1 && lines.input.charCodeAt(s) !== 40 && wrapsOn(lines, lead);
}

/** The space helpers the rules share live with the character classes (`text/chars.ts`). */
export { skipSpaces, trimEnd };

/**
 * A date prefix (`date 2026-01-06`) at `s` that a space or the line's end `e` follows: its end, or -1 (a
 * prefix glued to the next word, `date 2026-01-06Der`, is none). Its value is left in the register.
 */
export function datePrefixEnd(datePrefix: Raw, input: string, s: number, e: number): number {
  const end = datePrefix(input, s);
  return end >= 0 && (end >= e || isSpace(input.charCodeAt(end))) ? end : -1;
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
  return input.charCodeAt(end - 1) === 46 && !endsInEllipsis(input, 0, end);
}

/**
 * True when `input[start, end)` ends in an ellipsis, `...` or `…` (what a teaser or a headline a site cut
 * short ends with).
 *
 * @example
 * endsInEllipsis("sich an ...", 0, 11); // true
 */
export function endsInEllipsis(input: string, start: number, end: number): boolean {
  if (end > start && input.charCodeAt(end - 1) === 0x2026) return true;
  return end - start >= 3 && input.startsWith("...", end - 3);
}

/**
 * True when `input[start, end)` (one line) holds a bar between spaces, as a site writes between a page's
 * title and its name (`BASF hebt Prognose an | boerse.example`) or between the steps of its menu
 * (`Börse | Aktien | BASF`); a headline of the wire never does.
 *
 * @example
 * holdsBar("Börse | Aktien", 0, 14); // true
 */
export function holdsBar(input: string, start: number, end: number): boolean {
  // Each bar found with indexOf in the line's own slice (native, and never past the line: a headline
  // without a bar costs a few nanoseconds, not a walk over its characters).
  const line = input.slice(start, end);
  for (let k = line.indexOf("|", 1); k !== -1 && k < line.length - 1; k = line.indexOf("|", k + 1)) {
    if (isSpace(line.charCodeAt(k - 1)) && isSpace(line.charCodeAt(k + 1))) return true;
  }
  return false;
}

/** The vocabulary's agencies and partner agencies in lower case, built once per vocabulary. */
const agencySets = new WeakMap<DpaAfxVocabulary, Set<string>>();

/**
 * True when the vocabulary names `agency` (as an agency or a partner agency; case does not matter).
 *
 * @example
 * knownAgency("DPA-AFX", dpaAfx.vocabulary); // true
 */
export function knownAgency(agency: string, v: DpaAfxVocabulary): boolean {
  let known = agencySets.get(v);
  if (!known) {
    known = new Set([...v.agencies, ...v.partnerAgencies].map((x) => x.toLowerCase()));
    agencySets.set(v, known);
  }
  return known.has(agency.toLowerCase());
}
