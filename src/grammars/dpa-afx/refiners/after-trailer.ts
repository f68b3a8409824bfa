/**
 * Short lines between the trailer and the footers: a site's duplicated fragment of the body (a
 * `duplicate` extra), site chrome the `chromeLine` rule knows (a `chrome` one), or something else (an
 * `unrecognised` one).
 */
import { revise } from "../../../grammar/outline.js";
import { lineOf } from "../../../text/lexer.js";
import { entry } from "../outline.js";
import { chromeAt } from "./body-chrome.js";
import { find, has, type DpaAfxRefiner } from "./draft.js";

/** The refiner: judges each `afterTrailer` line. */
export const afterTrailer: DpaAfxRefiner = {
  name: "afterTrailer",
  refine(draft) {
    if (!has(draft, "afterTrailer")) return draft;
    const { input, lines } = draft;
    const bodyAt = find(draft, "body")?.span.start ?? draft.span.start;
    const trailerAt = find(draft, "trailer")?.span.start ?? draft.span.end;
    const from = lineOf(lines, bodyAt);
    const to = lineOf(lines, trailerAt);
    const outline = draft.outline.map((e) => {
      if (e.kind !== "afterTrailer") return e;
      const fragment = input.slice(e.span.start, e.span.end);
      let duplicate = false;
      for (let l = from; l <= to && !duplicate; l++) {
        const s = lines.start[l]!;
        const t = lines.end[l]!;
        if (input.slice(s, t).includes(fragment)) duplicate = true;
      }
      return entry("extra", e.span, { kind: duplicate ? "duplicate" : chromeAt(draft, e.span.start, e.span.end) ? "chrome" : "unrecognised" });
    });
    return revise(draft, { outline });
  },
};
