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
 * - In a text holding HTML, tags that stand between paragraphs (`</p>` closing a line, `<p>` opening the
 *   next, `<br>` on both sides) cut a block first. Such tags inside a line were read as a blank line
 *   before the rules ran (see `paragraphBreaks`).
 */
import { revise } from "../../../grammar/outline.js";
import type { Span } from "../../../article/position.js";
import { exec } from "../../../combinators/fast.js";
import { isCloser, isLower, isUpper, endsSentence } from "../../../text/chars.js";
import { lineOf } from "../../../text/lexer.js";
import { tagRunAt, type TagRun } from "../../../text/markup.js";
import { entry, type DpaAfxEntry, type EntryOf } from "../outline.js";
import { HEADING_MAX, endsOnLowerWord, lastSignificant } from "../rules/body.js";
import { pushAll, skipSpaces } from "../rules/util.js";
import { chromeAt } from "./body-chrome.js";
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
function judge(draft: DpaAfxDraft, lines: Span[]): EntryOf<"paragraph">[] {
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

/**
 * The units of one block. In a text holding HTML, tags at the edge between two lines that stand between
 * paragraphs (`</p>` closing one, `<p>` opening the next) cut it first, and the lines on either side are
 * judged apart.
 */
function split(draft: DpaAfxDraft, block: EntryOf<"block">, html: boolean): DpaAfxEntry[] {
  const { lines } = block.value;
  if (!html) return judge(draft, lines);
  const out: DpaAfxEntry[] = [];
  const k0 = lineOf(draft.lines, lines[0]!.start);
  let from = 0;
  for (let j = 0; j < lines.length; j++) {
    if (j + 1 < lines.length && !cutBetween(draft.input, draft.lines, k0 + j)) continue;
    pushAll(out, judge(draft, lines.slice(from, j + 1)));
    from = j + 1;
  }
  return out;
}

/** True when the tags closing line `k` and opening the next stand between paragraphs. */
function cutBetween(input: string, lines: DpaAfxDraft["lines"], k: number): boolean {
  const closing = edgeRun(input, lines.last[k]!, lines.end[k]!);
  const opening = edgeRun(input, lines.start[k + 1]!, lines.first[k + 1]!);
  return closing.paragraph || opening.paragraph || closing.breaks + opening.breaks >= 2;
}

const NO_RUN: TagRun = { end: -1, paragraph: false, breaks: 0 };

/** The tags at a line's edge `[a, b)` (white space and tags only, as the lexer left them). */
function edgeRun(input: string, a: number, b: number): TagRun {
  const s = skipSpaces(input, a, b);
  return (s < b ? tagRunAt(input, s, b) : null) ?? NO_RUN;
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
    // Tags between two lines stand at the lines' edges, which the lexer marks.
    const html = draft.lines.markup;
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
      const units = split(draft, e, html);
      for (let j = 0; j < units.length; j++) {
        const u = units[j]!;
        if (u.kind !== "paragraph") {
          outline.push(u);
          continue;
        }
        // A blank line inside a sentence is a rendering glitch: where a long paragraph stops on a lower-case
        // word and the next starts with a letter, the two are one paragraph (unless the next is a line of
        // site chrome, `Teilen | Drucken`, under a text a site cut mid-word).
        if (prev !== null) {
          const a = prev.value.lines[prev.value.lines.length - 1]!;
          const first = u.value.lines[0]!;
          const c = input.charCodeAt(first.start);
          const long = a.end - prev.value.lines[0]!.start > HEADING_MAX;
          if (long && (isLower(c) || isUpper(c)) && acrossBlank(input, a.end, first.start) && endsOnLowerWord(input, a.start, a.end) && !chromeAt(draft, u.span.start, u.span.end)) {
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
