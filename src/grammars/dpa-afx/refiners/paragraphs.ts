/**
 * Splits body blocks into paragraph units. A block is a run of non-blank lines; whether its single line
 * breaks separate paragraphs or merely wrap one is the judgement made here.
 *
 * - A block whose lines are all at most {@link WRAP_MAX} wide is one paragraph: a hard-wrapped feed copy
 *   (old feeds wrap near 70 columns) or a list or table the agency set as one block.
 * - A block with longer lines is a scraped copy that lost its blank lines: every break is a paragraph
 *   break unless the sentence clearly runs on (a line ending in a comma or hyphen, or the next line
 *   starting in lower case).
 * - Where most breaks of a block fall inside sentences (a site removed links and broke the line there),
 *   the block is one paragraph.
 * - A long paragraph that stops on a lower-case word runs on into the next block (a blank line that a
 *   copy put inside a sentence).
 */
import type { Span } from "../../../article/position.js";
import type { Draft, DraftUnit, Refiner } from "../../../grammar/index.js";
import { endsSentence, firstSignificant, isCloser, isLower, isUpper, lastSignificant } from "./text.js";

/** Widest line of a hard-wrapped block (old feeds wrap at 60-80 columns). */
export const WRAP_MAX = 90;
/** A line longer than this is never a heading. */
export const HEADING_MAX = 100;

/** True when the sentence on line `a` clearly runs on into line `b`. */
export function runsOn(input: string, a: Span, b: Span): boolean {
  const last = input.charCodeAt(a.end - 1);
  if (last === 44 /* , */ || last === 45 /* - */ || last === 0x2013 || last === 47 /* / */) return true;
  return isLower(firstSignificant(input, b.start, b.end));
}

/** True when more than half of a block's line breaks fall inside a sentence. */
export function brokenMidSentence(input: string, lines: Span[]): boolean {
  let mid = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = lines[k]!;
    if (!endsSentence(lastSignificant(input, a.start, a.end)) && !isCloser(input.charCodeAt(a.end - 1))) mid++;
  }
  return mid * 2 > lines.length - 1;
}

/** The widest full line (dateline included) of a block; a block's lines are consecutive input lines. */
function blockWidth(draft: Draft, block: Span[]): number {
  const { starts, ends } = draft.index;
  const first = draft.index.lineOf(block[0]!.start);
  let width = 0;
  for (let k = 0; k < block.length; k++) width = Math.max(width, ends[first + k]! - starts[first + k]!);
  return width;
}

/** The refiner: fills `draft.units` from `draft.blocks`. */
export const paragraphs: Refiner = {
  name: "paragraphs",
  refine(draft) {
    const { input } = draft;
    const units: DraftUnit[] = [];
    for (const { lines } of draft.blocks) {
      if (lines.length === 1) {
        units.push({ kind: "paragraph", lines, standalone: true });
        continue;
      }
      if (blockWidth(draft, lines) <= WRAP_MAX || brokenMidSentence(input, lines)) {
        units.push({ kind: "paragraph", lines, standalone: false });
        continue;
      }
      let from = 0;
      for (let k = 0; k < lines.length; k++) {
        if (k === lines.length - 1 || !runsOn(input, lines[k]!, lines[k + 1]!)) {
          const part = lines.slice(from, k + 1);
          units.push({ kind: "paragraph", lines: part, standalone: part.length === 1 });
          from = k + 1;
        }
      }
    }
    return { ...draft, units: joinBrokenSentences(input, units) };
  },
};

/** True when a blank line lies between `from` and `to`. */
function acrossBlank(input: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = input.charCodeAt(k);
    if (c === 10 || (c === 13 && input.charCodeAt(k + 1) !== 10)) breaks++;
  }
  return breaks >= 2;
}

/** True when the text ends on a word written in lower case (`erhöhte`, not `Apple` or `Berlin`). */
function endsOnLowerWord(input: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && isLower(input.charCodeAt(k))) k--;
  return k < end - 1 && (k < start || input.charCodeAt(k) === 32);
}

/**
 * A blank line inside a sentence is a rendering glitch: where a long paragraph stops on a lower-case word
 * (no final punctuation) and the next starts with a letter, the two are one paragraph.
 */
function joinBrokenSentences(input: string, units: DraftUnit[]): DraftUnit[] {
  const out: DraftUnit[] = [];
  // The unit made here by joining (its line list is ours to extend): each join appends, never copies.
  let joined: DraftUnit | null = null;
  for (const u of units) {
    const prev = out[out.length - 1];
    if (prev !== undefined) {
      const a = prev.lines[prev.lines.length - 1]!;
      const first = u.lines[0]!;
      const startsWord = isLower(input.charCodeAt(first.start)) || isUpper(input.charCodeAt(first.start));
      const long = a.end - prev.lines[0]!.start > HEADING_MAX;
      if (long && startsWord && acrossBlank(input, a.end, first.start) && endsOnLowerWord(input, a.start, a.end)) {
        if (joined !== prev) {
          joined = { kind: "paragraph", lines: prev.lines.slice(), standalone: false };
          out[out.length - 1] = joined;
        }
        for (const line of u.lines) joined.lines.push(line);
        continue;
      }
    }
    out.push(u);
  }
  return out;
}
