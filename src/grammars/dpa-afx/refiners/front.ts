/**
 * Headline or standfirst: the lines of text above the lead. The first one that does not end in a full
 * stop is the headline; the first other one is the standfirst; any further one is kept as an
 * unrecognised extra.
 */
import { entry } from "../outline.js";
import { has, type DpaAfxRefiner } from "./draft.js";

/** The refiner: turns `frontText` entries into `headline`, `standfirst` and `extra` entries. */
export const front: DpaAfxRefiner = {
  name: "front",
  refine(draft) {
    if (!has(draft, "frontText")) return draft;
    let headline = has(draft, "headline");
    let standfirst = has(draft, "standfirst");
    const outline = draft.outline.map((e) => {
      if (e.kind !== "frontText") return e;
      if (!headline && draft.input.charCodeAt(e.span.end - 1) !== 46 /* . */) {
        headline = true;
        return entry("headline", e.span, e.value);
      }
      if (!standfirst) {
        standfirst = true;
        return entry("standfirst", e.span, null);
      }
      return entry("extra", e.span, { kind: "unrecognised" });
    });
    return { ...draft, outline };
  },
};
