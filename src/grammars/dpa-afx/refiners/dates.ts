/** Picks the article's date: the most precise metadata date wins, the first one on a tie. */
import type { DatePrecision } from "../../../article/types.js";
import type { Refiner } from "../../../grammar/index.js";

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, minute: 3 };

/** The refiner: sets `article.date` from `article.dates`. */
export const articleDate: Refiner = {
  name: "articleDate",
  refine(draft) {
    let best = null;
    for (const d of draft.article.dates) {
      if (best === null || (RANK[d.precision] ?? 0) > (RANK[best.precision] ?? 0)) best = d;
    }
    return { ...draft, article: { ...draft.article, date: best } };
  },
};
