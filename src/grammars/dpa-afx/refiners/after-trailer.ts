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
    // The body's lines (the trailer's with them): never the held lines, which stand below the body even
    // where no trailer does. Without a body nothing is a duplicate.
    const body = find(draft, "body")?.span;
    const from = body ? lineOf(lines, body.start) : 0;
    const to = body ? lineOf(lines, body.end) : -1;
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
