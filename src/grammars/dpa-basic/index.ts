/**
 * The dpa basic service style, built only with the public extension API (`extendGrammar`, the exported
 * combinators and the `dpaAfx` grammar): datelines with places in mixed case (`Waghäusel (dpa) - `,
 * `Berlin/Washington (dpa) - `), bylines `Von ..., dpa`, no AFX trailer. The worked example of
 * docs/extending.md.
 */
import { check, choice, token } from "../../combinators/index.js";
import { extendGrammar, type Grammar } from "../../grammar/index.js";
import { dpaAfx } from "../dpa-afx/index.js";
import type { DpaAfxRules } from "../dpa-afx/rules/index.js";
import type { DpaAfxVocabulary } from "../dpa-afx/vocabulary.js";

/** A place written in mixed case: `Waghäusel`, `Bad Homburg`, `Halle (Saale)` is not one (parentheses). */
const mixedCasePlace = token(/[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+){0,3}/y).desc("a place in mixed case");

/**
 * The dpa basic service grammar: `dpaAfx` with mixed-case places. A mixed-case dateline must name its
 * agency (`Berlin (dpa) - `), so a headline such as `Bayern - Dortmund 2:1` is never taken for one.
 *
 * @example
 * const a = parseArticle("Von Jana Roth, dpa\n\nWaghäusel (dpa) - Ein Storch ist zurück.", { grammar: dpaBasic });
 * a.dateline?.locations; // ["Waghäusel"]
 * a.byline?.authors;     // ["Jana Roth"]
 */
export const dpaBasic: Grammar<DpaAfxRules, DpaAfxVocabulary> = extendGrammar(dpaAfx, {
  id: "dpa-basic",
  rules: (base) => ({
    // The override calls the rule it replaces (mixed case first: the capitals rule would take just the "W"
    // of "Waghäusel"); `places`, `dateline` and `endDateline` use it through `r`.
    place: (r) => choice(mixedCasePlace, base.place(r)),
    dateline: (r) =>
      check(
        base.dateline(r),
        (v) => v.agency !== null || v.locations.every((l) => l.value === l.value.toUpperCase()),
        "a dateline naming its agency",
      ),
  }),
  vocabulary: { agencies: [...dpaAfx.vocabulary.agencies, "dpa-infoline", "epd"] },
});
