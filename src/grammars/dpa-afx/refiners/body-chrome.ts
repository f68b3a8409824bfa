/**
 * Site chrome inside or after the body, or between an overview item's paragraphs: a stand-alone short
 * line the grammar's `chromeLine` rule knows (`Artikel drucken`, `Zur Startseite`) is no paragraph and no
 * unrecognised line but a `chrome` extra.
 * A sentence that merely starts like chrome is body: the line must be short and end without a full stop.
 * Such lines ending a paragraph under its last finished sentence, where a copy kept no blank line between
 * (`... wolle.` then `Nach oben`), are chrome too; the paragraph ends before them.
 */
import { revise } from "../../../grammar/outline.js";
import { exec } from "../../../combinators/fast.js";
import type { Span } from "../../../article/position.js";
import { entry, type DpaAfxEntry, type EntryOf } from "../outline.js";
import { endsSentence, isCloser } from "../../../text/chars.js";
import { HEADING_MAX, lastSignificant } from "../rules/body.js";
import { endsInFullStop, pushAll } from "../rules/util.js";
import { rulesOf, type DpaAfxDraft, type DpaAfxRefiner } from "./draft.js";

/** True when the line `[start, end)` is site chrome: short, no full stop at its end, known to `chromeLine`. */
export function chromeAt(draft: DpaAfxDraft, start: number, end: number): boolean {
  return end - start <= HEADING_MAX && !endsInFullStop(draft.input, end) && exec(rulesOf(draft).chromeLine, draft.input, start) !== null;
}

/**
 * The refiner: one-line paragraphs that are site chrome become `chrome` extras, in the body and in an
 * overview's items after their lead (lines after the trailer: see `afterTrailer`).
 */
export const bodyChrome: DpaAfxRefiner = {
  name: "bodyChrome",
  refine(draft) {
    let changed = false;
    const outline: DpaAfxEntry[] = [];
    for (let k = 0; k < draft.outline.length; k++) {
      const e = draft.outline[k]!;
      if (e.kind === "paragraph" && isChrome(draft, e.value.lines)) {
        changed = true;
        outline.push(entry("extra", e.span, { kind: "chrome" }));
      } else if (e.kind === "paragraph" && textLines(draft, e.value.lines) < e.value.lines.length) {
        changed = true;
        pushAll(outline, withoutTrailingChrome(draft, e));
      } else if (e.kind === "item" && e.value.paragraphs.some((p, j) => j > 0 && isChrome(draft, p))) {
        changed = true;
        pushAll(outline, itemWithoutChrome(draft, e));
      } else outline.push(e);
    }
    return changed ? revise(draft, { outline }) : draft;
  },
};

/** True when the paragraph `lines` is one line of site chrome. */
function isChrome(draft: DpaAfxDraft, lines: readonly Span[]): boolean {
  return lines.length === 1 && chromeAt(draft, lines[0]!.start, lines[0]!.end);
}

/**
 * How many of a paragraph's lines are its text: all of them, or those above the chrome lines ending it
 * where the line above those ends a sentence (`Die Aktie gab nach.` then `Nach oben`).
 */
function textLines(draft: DpaAfxDraft, lines: readonly Span[]): number {
  let k = lines.length;
  while (k > 1 && chromeAt(draft, lines[k - 1]!.start, lines[k - 1]!.end)) k--;
  if (k === lines.length) return k;
  const last = lines[k - 1]!;
  const finished = endsSentence(lastSignificant(draft.input, last.start, last.end)) || isCloser(draft.input.charCodeAt(last.end - 1));
  return finished ? k : lines.length;
}

/** The paragraph without the chrome lines ending it (see {@link textLines}), then those as `chrome` extras. */
function withoutTrailingChrome(draft: DpaAfxDraft, p: EntryOf<"paragraph">): DpaAfxEntry[] {
  const { lines } = p.value;
  const k = textLines(draft, lines);
  const kept = lines.slice(0, k);
  const out: DpaAfxEntry[] = [entry("paragraph", { start: kept[0]!.start, end: kept[k - 1]!.end }, { ...p.value, lines: kept })];
  for (let j = k; j < lines.length; j++) out.push(entry("extra", lines[j]!, { kind: "chrome" }));
  return out;
}

/** The item without its chrome paragraphs (never its lead, the first), then those as `chrome` extras. */
function itemWithoutChrome(draft: DpaAfxDraft, item: EntryOf<"item">): DpaAfxEntry[] {
  const paragraphs: Span[][] = [];
  const extras: DpaAfxEntry[] = [];
  item.value.paragraphs.forEach((p, k) => {
    if (k > 0 && isChrome(draft, p)) extras.push(entry("extra", p[0]!, { kind: "chrome" }));
    else paragraphs.push(p);
  });
  // The item ends with its last paragraph left (the lead is never taken, so one is).
  const end = paragraphs.at(-1)!.at(-1)!.end;
  return [entry("item", { start: item.span.start, end }, { ...item.value, paragraphs }), ...extras];
}
