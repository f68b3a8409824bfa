/**
 * A commented skeleton for a new grammar. Copy this folder to `src/grammars/<your-id>/`, rename
 * `myGrammar`, and follow docs/extending.md. Use only what `src/index.ts` exports (a test checks that
 * for dpa-basic; copy that test too).
 *
 * This file is not exported from the package; it only has to compile.
 */
import { choice, token } from "../../combinators/index.js";
import { extendGrammar, type Grammar } from "../../grammar/index.js";
import { dpaAfx } from "../dpa-afx/index.js";
import type { DpaAfxRules } from "../dpa-afx/rules/index.js";
import type { DpaAfxVocabulary } from "../dpa-afx/vocabulary.js";

/**
 * Step 1: decide what differs from dpa-AFX in your sample texts (never copy their sentences; write
 * fixtures in the same style). Step 2: override only those rules. Step 3: add vocabulary as data.
 *
 * @example
 * parseArticle("LINZ (apa) - Ein Satz.", { grammar: myGrammar }).dateline?.agency; // "apa"
 */
export const myGrammar: Grammar<DpaAfxRules, DpaAfxVocabulary> = extendGrammar(dpaAfx, {
  id: "my-grammar",
  rules: (base) => ({
    // An override gets the finished rule map `r` and may call the rule it replaces. Here the dateline
    // dash also accepts a double hyphen ("LINZ (apa) -- Ein Satz."); `dateline` uses `r.dash`, so it
    // follows. New leaf rules are sticky regular expressions with `.desc()` saying what a reader would.
    dash: (r) => choice(token(/--/y).desc("a double hyphen"), base.dash(r)),
  }),
  // Vocabulary is data: extend lists instead of matching by hand in rules.
  vocabulary: { agencies: [...dpaAfx.vocabulary.agencies, "apa"] },
  // Refiners are judgement calls; keep, drop or add by name.
  refiners: (list) => list,
});
