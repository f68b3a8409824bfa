/**
 * Splits body blocks into paragraphs. A block is a run of non-blank lines; whether its single line
 * breaks separate paragraphs or merely wrap one is the judgement made here.
 *
 * - A block whose lines are all at most {@link WRAP_MAX} wide is one paragraph: a hard-wrapped feed copy
 *   (old feeds wrap near 70 columns) or a list or table the agency set as one block.
 * - A block with longer lines is a scraped copy that lost its blank lines: it splits where the
 *   `paragraph` rule ends (a line whose sentence does not clearly run on into the next; a long line
 *   stopping on a lower-case word runs on, as it does across a blank line below).
 * - Where most breaks of a block fall inside sentences (a site removed links and broke the line there),
 *   the block is one paragraph.
 * - A long paragraph that stops on a lower-case word runs on into the next block (a blank line that a
 *   copy put inside a sentence).
 */
import { revise } from "../../../grammar/outline.js";
import type { Span } from "../../../article/position.js";
import { exec } from "../../../combinators/fast.js";
import { isCloser, isLower, isUpper, endsSentence } from "../../../text/chars.js";
import { lineOf } from "../../../text/lexer.js";
import { entry, type DpaAfxEntry, type EntryOf } from "../outline.js";
import { HEADING_MAX, endsOnLowerWord, lastSignificant } from "../rules/body.js";
import { rulesOf, type DpaAfxDraft, type DpaAfxRefiner } from "./draft.js";

/** Widest line of a hard-wrapped block (old feeds wrap at 60-80 columns). */
export const WRAP_MAX = 90;

/** True when more than half of a block's line breaks fall inside a sentence. */
export function brokenMidSentence(input: string, lines: readonly Span[]): boolean {
  let mid = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = lines[k]!;
    if (!endsSentence(lastSignificant(input, a.start, a.end)) && !isCloser(input.charCodeAt(a.end - 1))) mid++;
  }
  return mid * 2 > lines.length - 1;
}

/** The widest whole line (the dateline included) of a block; a block's lines are consecutive input lines. */
function blockWidth(draft: DpaAfxDraft, lines: readonly Span[]): number {
  const { start, end } = draft.lines;
  const first = lineOf(draft.lines, lines[0]!.start);
  let width = 0;
  for (let k = 0; k < lines.length; k++) width = Math.max(width, end[first + k]! - start[first + k]!);
  return width;
}

/** The units of one block: the whole block, or the paragraphs the `paragraph` rule reads in it. */
function split(draft: DpaAfxDraft, block: EntryOf<"block">): EntryOf<"paragraph">[] {
  const { lines } = block.value;
  const unit = (part: Span[], standalone: boolean) => entry("paragraph", { start: part[0]!.start, end: part[part.length - 1]!.end }, { lines: part, standalone });
  if (lines.length === 1) return [unit(lines, true)];
  if (blockWidth(draft, lines) <= WRAP_MAX || brokenMidSentence(draft.input, lines)) return [unit(lines, false)];
  const paragraph = rulesOf(draft).paragraph;
  const out: EntryOf<"paragraph">[] = [];
  let from = 0;
  while (from < lines.length) {
    const n = exec(paragraph, draft.input, lines[from]!.start)?.value ?? 1;
    const to = Math.min(lines.length, from + Math.max(1, n));
    const part = lines.slice(from, to);
    out.push(unit(part, part.length === 1));
    from = to;
  }
  return out;
}

/** True when a blank line lies between `from` and `to`. */
function acrossBlank(input: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = input.charCodeAt(k);
    if (c === 10 || (c === 13 && input.charCodeAt(k + 1) !== 10)) breaks++;
  }
  return breaks >= 2;
}

/** The refiner: turns `block` entries into `paragraph` entries. */
export const paragraphs: DpaAfxRefiner = {
  name: "paragraphs",
  refine(draft) {
    const { input } = draft;
    const outline: DpaAfxEntry[] = [];
    // The paragraph made here by joining (its line list is ours to extend): each join appends, never copies.
    let joined: EntryOf<"paragraph"> | null = null;
    let prev: EntryOf<"paragraph"> | null = null;
    let prevAt = -1;
    const all = draft.outline;
    for (let k = 0; k < all.length; k++) {
      const e = all[k]!;
      if (e.kind !== "block") {
        outline.push(e);
        continue;
      }
      const units = split(draft, e);
      for (let j = 0; j < units.length; j++) {
        const u = units[j]!;
        // A blank line inside a sentence is a rendering glitch: where a long paragraph stops on a lower-case
        // word and the next starts with a letter, the two are one paragraph.
        if (prev !== null) {
          const a = prev.value.lines[prev.value.lines.length - 1]!;
          const first = u.value.lines[0]!;
          const c = input.charCodeAt(first.start);
          const long = a.end - prev.value.lines[0]!.start > HEADING_MAX;
          if (long && (isLower(c) || isUpper(c)) && acrossBlank(input, a.end, first.start) && endsOnLowerWord(input, a.start, a.end)) {
            if (joined !== prev) {
              joined = entry("paragraph", prev.span, { lines: prev.value.lines.slice(), standalone: false });
              outline[prevAt] = joined;
              prev = joined;
            }
            u.value.lines.forEach((line) => joined!.value.lines.push(line));
            joined.span = { start: joined.span.start, end: u.span.end };
            continue;
          }
        }
        prevAt = outline.length;
        outline.push(u);
        prev = u;
      }
    }
    return revise(draft, { outline });
  },
};
