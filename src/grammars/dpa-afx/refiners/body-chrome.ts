/**
 * Site chrome inside or after the body, or between an overview item's paragraphs: a stand-alone short
 * line the grammar's `chromeLine` rule knows (`Artikel drucken`, `Zur Startseite`) is no paragraph and no
 * unrecognised line but a `chrome` extra.
 * A sentence that merely starts like chrome is body: the line must be short and end without a full stop.
 */
import { revise } from "../../../grammar/outline.js";
import { exec } from "../../../combinators/fast.js";
import type { Span } from "../../../article/position.js";
import { entry, type DpaAfxEntry, type EntryOf } from "../outline.js";
import { HEADING_MAX } from "../rules/body.js";
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
