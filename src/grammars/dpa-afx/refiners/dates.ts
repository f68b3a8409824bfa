/** Picks the article's date: the most precise metadata date wins, the first one on a tie. */
import { revise } from "../../../grammar/outline.js";
import type { DatePrecision } from "../../../article/types.js";
import { entry } from "../outline.js";
import type { DpaAfxRefiner } from "./draft.js";

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, minute: 3 };

/** The refiner: marks the article's date among the `date` entries (`primary`). */
export const articleDate: DpaAfxRefiner = {
  name: "articleDate",
  refine(draft) {
    let best = -1;
    let rank = -1;
    draft.outline.forEach((e, i) => {
      if (e.kind !== "date") return;
      const r = RANK[e.value.date.precision] ?? 0;
      if (r > rank) {
        best = i;
        rank = r;
      }
    });
    if (best < 0) return draft;
    const outline = draft.outline.slice();
    const e = outline[best]!;
    if (e.kind === "date") outline[best] = entry("date", e.span, { ...e.value, primary: true });
    return revise(draft, { outline });
  },
};
