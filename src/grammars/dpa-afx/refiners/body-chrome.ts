/**
 * Site chrome inside or after the body: a stand-alone short line the grammar's `chromeLine` rule knows
 * (`Artikel drucken`, `Zur Startseite`) is no paragraph and no unrecognised line but a `chrome` extra.
 * A sentence that merely starts like chrome is body: the line must be short and end without a full stop.
 */
import { revise } from "../../../grammar/outline.js";
import { exec } from "../../../combinators/fast.js";
import { entry } from "../outline.js";
import { HEADING_MAX } from "../rules/body.js";
import { endsInFullStop } from "../rules/util.js";
import { rulesOf, type DpaAfxDraft, type DpaAfxRefiner } from "./draft.js";

/** True when the line `[start, end)` is site chrome: short, no full stop at its end, known to `chromeLine`. */
export function chromeAt(draft: DpaAfxDraft, start: number, end: number): boolean {
  return end - start <= HEADING_MAX && !endsInFullStop(draft.input, end) && exec(rulesOf(draft).chromeLine, draft.input, start) !== null;
}

/** The refiner: one-line paragraphs that are site chrome become `chrome` extras (lines after the trailer: see `afterTrailer`). */
export const bodyChrome: DpaAfxRefiner = {
  name: "bodyChrome",
  refine(draft) {
    let changed = false;
    const outline = draft.outline.map((e) => {
      if (e.kind !== "paragraph" || e.value.lines.length !== 1 || !chromeAt(draft, e.span.start, e.span.end)) return e;
      changed = true;
      return entry("extra", e.span, { kind: "chrome" });
    });
    return changed ? revise(draft, { outline }) : draft;
  },
};
