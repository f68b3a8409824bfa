/**
 * Splits body blocks into paragraph units. A block is a run of non-blank lines; whether its single line
 * breaks separate paragraphs or merely wrap one is the judgement made here.
 *
 * - Lines no longer than {@link WRAP_MAX} but longer than {@link LIST_MAX} read as a hard-wrapped feed copy:
 *   a break is a paragraph break only where the next line's first word would have fitted on the line
 *   (a wrapping program would have put it there).
 * - Longer lines (scraped copies that lost their blank lines) and short list lines: every break is a
 *   paragraph break unless the sentence clearly runs on (a line ending in a comma or hyphen, or the next
 *   line starting in lower case).
 */
import type { Draft, DraftUnit, Refiner } from "../../../grammar/index.js";
import type { Span } from "../../../article/position.js";
import { endsSentence, firstSignificant, firstWordLength, isLower, lastSignificant } from "./text.js";

/** Widest line of a hard-wrapped block (old feeds wrap at 60-80 columns). */
export const WRAP_MAX = 90;
/** A line longer than this is never a heading; without final punctuation it runs on. */
export const HEADING_MAX = 100;
/** Narrowest plausible wrap width; blocks of shorter lines are lists or tables. */
export const LIST_MAX = 50;

function runsOn(input: string, a: Span, b: Span): boolean {
  const last = input.charCodeAt(a.end - 1);
  if (last === 44 /* , */ || last === 45 /* - */ || last === 0x2013 || last === 47) return true;
  const next = firstSignificant(input, b.start, b.end);
  return isLower(next);
}

/** True when the break between lines `a` and `b` of a block starts a new paragraph. */
export function breaksParagraph(draft: Draft, block: Span[], k: number, width: number): boolean {
  const { input, index } = draft;
  const a = block[k]!;
  const b = block[k + 1]!;
  if (width > WRAP_MAX || width <= LIST_MAX) {
    if (runsOn(input, a, b)) return false;
    // A line too long for a heading that stops without final punctuation runs on into the next one.
    const line = index.lineOf(a.start);
    const full = index.ends[line]! - index.starts[line]!;
    if (full > HEADING_MAX && !endsSentence(lastSignificant(input, a.start, a.end))) return false;
    return true;
  }
  const line = index.lineOf(a.start);
  const full = index.ends[line]! - index.starts[line]!;
  return full + 1 + firstWordLength(input, b.start, b.end) <= width;
}

function blockWidth(draft: Draft, block: Span[]): number {
  let width = 0;
  for (const s of block) {
    const line = draft.index.lineOf(s.start);
    width = Math.max(width, draft.index.ends[line]! - draft.index.starts[line]!);
  }
  return width;
}

/** The refiner: fills `draft.units` from `draft.blocks`. */
export const paragraphs: Refiner = {
  name: "paragraphs",
  refine(draft) {
    const units: DraftUnit[] = [];
    for (const { lines } of draft.blocks) {
      if (lines.length === 1) {
        units.push({ kind: "paragraph", lines, standalone: true });
        continue;
      }
      const width = blockWidth(draft, lines);
      const wrapped = width > LIST_MAX && width <= WRAP_MAX;
      let from = 0;
      for (let k = 0; k < lines.length; k++) {
        if (k === lines.length - 1 || breaksParagraph(draft, lines, k, width)) {
          const part = lines.slice(from, k + 1);
          units.push({ kind: "paragraph", lines: part, standalone: part.length === 1 && !wrapped });
          from = k + 1;
        }
      }
    }
    return { ...draft, units };
  },
};
