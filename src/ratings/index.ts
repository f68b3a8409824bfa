/**
 * Ratings as a grammar extension: the `rating` refiner fills `article.rating` (declared on
 * `ArticleExtensions` in the article types, so it reaches users of the bundled declarations), and
 * `dpaAfxRatings` is `dpaAfx` with it.
 */
import { build, extendGrammar, type Grammar, type Refiner } from "../grammar/index.js";
import { dpaAfx } from "../grammars/dpa-afx/index.js";
import type { DpaAfxRules } from "../grammars/dpa-afx/rules/index.js";
import type { DpaAfxVocabulary } from "../grammars/dpa-afx/vocabulary.js";
import { extractWith } from "./extract.js";

/**
 * The refiner that reads the rating from the paragraphs the earlier refiners made; add it last.
 *
 * @example
 * const g = extendGrammar(dpaAfx, { id: "mine", refiners: (list) => [...list, ratingRefiner] });
 */
export const ratingRefiner: Refiner = {
  name: "rating",
  refine(draft) {
    // The rating reads the nodes the earlier refiners settled: build them provisionally from the outline.
    const provisional = build(draft);
    // Positions stand in the whole input (a stream's message knows its place): the base says where.
    const rating = extractWith(provisional, { text: draft.input, base: draft.index.baseOffset });
    return {
      ...draft,
      fields: { ...draft.fields, rating },
      diagnostics: rating ? draft.diagnostics.concat(rating.diagnostics) : draft.diagnostics,
    };
  },
};

/**
 * `dpaAfx` with analyst ratings: every Article it parses carries `rating`.
 *
 * @example
 * parseArticle('FRANKFURT (dpa-AFX Analyser) - Die Landesbank Nordlicht hat Hopfenthal von "Halten" auf "Kaufen" hochgestuft.', { grammar: dpaAfxRatings }).rating?.ratingAction; // "upgrade"
 */
export const dpaAfxRatings: Grammar<DpaAfxRules, DpaAfxVocabulary> = extendGrammar(dpaAfx, {
  id: "dpa-afx-ratings",
  refiners: (list) => [...list, ratingRefiner],
});
