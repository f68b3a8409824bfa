/**
 * Document rules for the body: blocks of lines between blank lines, and the shapes the refiners ask
 * about inside them (a heading, a calendar row, a paragraph of a copy that lost its blank lines).
 */
import { fail, fromRaw, rawOf, reg, type Parser } from "../../../combinators/fast.js";
import { docOf, isBlank, lineAt, textFrom } from "../../../combinators/lines.js";
import type { Span } from "../../../article/position.js";
import { endsSentence, isCloser, isDigit, isDash, isLower, isOpener, isSpace, isUpper } from "../../../text/chars.js";
import { ENTITY_MAX, entityAt } from "../../../text/entities.js";
import { entry, type DpaAfxEntry, type EntryOf } from "../outline.js";
import { skipSpaces, trimEnd } from "./util.js";
import type { DpaAfxRules } from "./index.js";

type BodyRefs = Pick<
  DpaAfxRules,
  "block" | "calendarRow"
>;

/**
 * Body text between blank lines: the non-blank lines from here (within the region; the body's last
 * line ends where its trailer starts), each as the span of its text.
 * @example block.parse("Der Dax stieg\nam Montag.") // lines [0, 13) and [14, 24)
 */
export const block = (): Parser<EntryOf<"block">> =>
  fromRaw<EntryOf<"block">>((input, i) => {
    const doc = docOf(input);
    const { start, last, next } = doc.lines;
    const k0 = lineAt(doc, i);
    // The first line makes an array of one (many blocks have one line): `[]` and a first push make 16 slots.
    let lines: Span[] | null = null;
    let at = i;
    for (let k = k0; k < doc.stop && !isBlank(doc, k); k++) {
      const s = textFrom(doc, k, k === k0 ? i : start[k]!);
      // The line the body's cut falls on ends there (before the trailer glued to the last sentence).
      const cutHere = doc.cut < next[k]!;
      const e = cutHere ? trimEnd(input, s, Math.max(s, Math.min(doc.cut, last[k]!))) : last[k]!;
      if (e <= s) break;
      if (lines === null) lines = [{ start: s, end: e }];
      else lines.push({ start: s, end: e });
      at = cutHere ? Math.max(e, doc.cut) : next[k]!;
      if (cutHere) break;
    }
    if (lines === null) return fail(i, "a line of body text");
    reg.value = entry("block", { start: lines[0]!.start, end: lines[lines.length - 1]!.end }, { lines, standalone: lines.length === 1 });
    return at;
  });

/**
 * The body: blocks of text from here to the end of the region, blank lines between them skipped.
 * @example body.parse("Absatz eins.\n\nAbsatz zwei.") // two block entries
 */
export const body = (r: BodyRefs): Parser<DpaAfxEntry[]> => {
  const block = rawOf(r.block);
  return fromRaw<DpaAfxEntry[]>((input, i) => {
    const doc = docOf(input);
    const { start, next } = doc.lines;
    const out: DpaAfxEntry[] = [];
    const k0 = lineAt(doc, i);
    let at = i;
    let k = k0;
    while (k < doc.stop) {
      if (isBlank(doc, k)) {
        at = next[k]!;
        k++;
        continue;
      }
      const from = k === k0 ? Math.max(i, start[k]!) : start[k]!;
      if (from >= doc.cut) break;
      if (k === k0 && textFrom(doc, k, from) >= doc.lines.last[k]!) {
        // Nothing left of the first line (an item's dateline stood alone on it): go on below.
        at = next[k]!;
        k++;
        continue;
      }
      const end = block(input, from);
      if (end < 0) break;
      out.push(reg.value as DpaAfxEntry);
      at = end;
      if (end >= doc.cut) break;
      // The block ended at a line start (the line after it); go on from that line.
      k = lineAt(doc, end);
      if (start[k] !== end) k++;
    }
    reg.value = out;
    return at;
  });
};

/** What a calendar row and a heading say they expected (their `.desc()`, also given by every early exit). */
const CALENDAR_ROW = "a calendar row such as '10:00 DEU: Ifo-Index'";
const HEADING = "a heading";

/**
 * A calendar or table row: an optional time (`10:00 `, `9.30 `), then a code of one to five capitals and
 * a colon (`DEU: Handelsbilanz 01/26`, `EU: Treffen der Finanzminister`); such rows end without a full
 * stop. Consumes the row to the end of its line; yields the row's span.
 * @example calendarRow.parse("10:00 DEU: Ifo-Index") // { start: 0, end: 20 }
 */
export const calendarRow = (): Parser<Span> =>
  fromRaw<Span>((input, i) => {
    const doc = docOf(input);
    const k = lineAt(doc, i);
    const end = doc.lines.last[k]!;
    const s = skipSpaces(input, i, end);
    let d = s;
    while (d < end && d - s < 2 && isDigit(input.charCodeAt(d))) d++;
    let c = s;
    if (d > s) {
      const sep = input.charCodeAt(d);
      if ((sep !== 58 && sep !== 46) || !isDigit(input.charCodeAt(d + 1)) || !isDigit(input.charCodeAt(d + 2)) || !isSpace(input.charCodeAt(d + 3))) return fail(i, CALENDAR_ROW);
      c = d + 4;
    }
    let caps = c;
    while (caps < end && caps - c < 5 && isUpper(input.charCodeAt(caps))) caps++;
    if (caps === c || caps >= end || input.charCodeAt(caps) !== 58) return fail(i, CALENDAR_ROW);
    reg.value = { start: s, end };
    return end;
  }).desc(CALENDAR_ROW);

/** A line longer than this is never a heading. */
export const HEADING_MAX = 100;
/** At most this many words. */
export const HEADING_MAX_WORDS = 12;

/**
 * The last character of `input[start, end)` that is not a closing quote or bracket, or -1. A quote an
 * HTML copy wrote as an entity (`&quot;`, `&#39;`, `&ldquo;`) is one too.
 */
export function lastSignificant(input: string, start: number, end: number): number {
  let k = end - 1;
  for (;;) {
    while (k >= start && isCloser(input.charCodeAt(k))) k--;
    // An entity ends in `;` (most lines end otherwise and are not searched); its `&` stands at most
    // ENTITY_MAX characters before, inside the stretch.
    if (input.charCodeAt(k) !== 59) break;
    const amp = ampBefore(input, Math.max(start, k - ENTITY_MAX), k);
    if (quoteEntityEnd(input, amp, k + 1, isCloser) !== k + 1) break;
    k = amp - 1;
  }
  return k >= start ? input.charCodeAt(k) : -1;
}

/**
 * The first character of `input[start, end)` after opening quotes and brackets, or -1. A quote an HTML
 * copy wrote as an entity (`&quot;`, `&#39;`, `&bdquo;`) is one too.
 */
export function firstSignificant(input: string, start: number, end: number): number {
  let k = start;
  for (;;) {
    while (k < end && isOpener(input.charCodeAt(k))) k++;
    const e = quoteEntityEnd(input, k, end, isOpener);
    if (e === -1) break;
    k = e;
  }
  return k < end ? input.charCodeAt(k) : -1;
}

/** The last `&` in `input[low, k)`, or -1. */
function ampBefore(input: string, low: number, k: number): number {
  for (let a = k - 1; a >= low; a--) if (input.charCodeAt(a) === 38) return a;
  return -1;
}

/** Where the entity at `k` ends (within `end`) when it stands for a character `is` accepts (a quote); otherwise -1. */
function quoteEntityEnd(input: string, k: number, end: number, is: (c: number) => boolean): number {
  const e = entityAt(input, k);
  return e !== null && e.end <= end && is(e.text.charCodeAt(0)) ? e.end : -1;
}

/** True when the line has at least four letters and no lower-case letter (`VIEL LOB VON ANALYSTEN`). */
export function allCapitals(input: string, start: number, end: number): boolean {
  let letters = 0;
  for (let k = start; k < end; k++) {
    const c = input.charCodeAt(k);
    if (isLower(c)) return false;
    if (isUpper(c)) letters++;
  }
  return letters >= 4;
}

/**
 * A line that reads as a section heading on its own (its neighbours are the `headings` refiner's
 * business): at most 100 characters and twelve words, starting with a capital (after a calendar's `^`
 * marker: `^ HINWEIS`) or with a number and a word (`2027 wird schwierig`, see `numberOpens`), no final full stop,
 * comma, colon, semicolon or dash, no sentence inside it, and no calendar row. Consumes the line's text.
 * @example heading.parse("Händler bleiben vorsichtig") // { start: 0, end: 26 }
 */
export const heading = (r: BodyRefs): Parser<Span> => {
  const calendarRow = rawOf(r.calendarRow);
  return fromRaw<Span>((input, i) => {
    const doc = docOf(input);
    const k = lineAt(doc, i);
    const start = textFrom(doc, k, i);
    const end = doc.lines.last[k]!;
    if (end - start > HEADING_MAX || end - start < 3) return fail(i, HEADING);
    const last = lastSignificant(input, start, end);
    if (last === 46 || last === 44 || last === 59 || last === 58 || isDash(last) || last === -1) return fail(i, HEADING);
    // A calendar's marker line opens with a caret (`^ HINWEIS`, `^ TERMINE`).
    const from = input.charCodeAt(start) === 94 /* ^ */ ? skipSpaces(input, start + 1, end) : start;
    if (!isUpper(firstSignificant(input, from, end)) && !numberOpens(input, from, end)) return fail(i, HEADING);
    if (calendarRow(input, start) >= 0) return fail(i, HEADING);
    const caps = allCapitals(input, start, end);
    let words = 1;
    for (let k2 = start; k2 < end; k2++) {
      // A word after each run of spaces (two spaces, or an entity read as spaces, part words as one does).
      if (!isSpace(input.charCodeAt(k2)) || isSpace(input.charCodeAt(k2 - 1))) continue;
      words++;
      // A sentence end inside the line: "... gestiegen. Der ..."
      const p = k2 > start ? lastSignificant(input, start, k2) : -1;
      const after = skipSpaces(input, k2, end);
      if ((p === 46 || p === 33 || p === 63) && after < end && isUpper(input.charCodeAt(after)) && !caps) return fail(i, HEADING);
    }
    if (words > HEADING_MAX_WORDS) return fail(i, HEADING);
    reg.value = { start, end };
    return end;
  }).desc(HEADING);
};

/** The most digits a number opening a heading has (`2027`, `100 Tage im Amt`). */
const HEADING_NUMBER_MAX = 4;

/**
 * True when `input[start, end)` opens with a number of digits alone, a space and a word (`2027 wird
 * schwierig`, `5 Fragen an den Chef`): a heading may. A time, a price or a list's number (`10:00 DEU:`,
 * `19.486,19 Punkte`, `1. Der Umsatz`) or a number before another number (`2024 5,3 Mrd`) does not open one.
 */
export function numberOpens(input: string, start: number, end: number): boolean {
  let k = start;
  while (isDigit(input.charCodeAt(k))) k++;
  const digits = k - start;
  const c = input.charCodeAt(k + 1);
  return digits >= 1 && digits <= HEADING_NUMBER_MAX && input.charCodeAt(k) === 32 && k + 1 < end && (isUpper(c) || isLower(c));
}

/** True when the sentence on the line ending at `aEnd` clearly runs on into the line starting at `bStart`. */
export function runsOn(input: string, aEnd: number, bStart: number, bEnd: number): boolean {
  const last = input.charCodeAt(aEnd - 1);
  if (last === 44 /* , */ || last === 45 /* - */ || last === 0x2013 || last === 47 /* / */) return true;
  return isLower(firstSignificant(input, bStart, bEnd));
}

/** True when the text ends on a word written in lower case (`erhöhte`, not `Apple` or `Berlin`). */
export function endsOnLowerWord(input: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && isLower(input.charCodeAt(k))) k--;
  return k < end - 1 && (k < start || input.charCodeAt(k) === 32);
}

/**
 * One paragraph of a copy that lost its blank lines: this line and the ones below it in its block while
 * the sentence clearly runs on (a line ending in a comma, hyphen or slash, a line longer than a heading
 * stopping on a lower-case word, or the next starting in lower case). Yields how many lines it took.
 * @example paragraph.parse("Der Dax stieg,\nnachdem die Zinsen fielen.") // 2
 */
export const paragraph = (): Parser<number> =>
  fromRaw<number>((input, i) => {
    const doc = docOf(input);
    const { first, last } = doc.lines;
    let k = lineAt(doc, i);
    if (k >= doc.stop || isBlank(doc, k)) return fail(i, "a paragraph");
    let n = 1;
    while (k + 1 < doc.stop && !isBlank(doc, k + 1) && (runsOn(input, last[k]!, first[k + 1]!, last[k + 1]!) || (last[k]! - first[k]! > HEADING_MAX && endsOnLowerWord(input, first[k]!, last[k]!)))) {
      k++;
      n++;
    }
    reg.value = n;
    return last[k]!;
  });

/** True when a line ends a sentence or a list item: sentence punctuation, a digit, or a closing quote. */
export function endsFinished(input: string, start: number, end: number): boolean {
  const c = lastSignificant(input, start, end);
  return endsSentence(c) || isDigit(c) || isCloser(input.charCodeAt(end - 1));
}
