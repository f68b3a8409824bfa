/**
 * A commented skeleton for a new grammar. Copy this folder to `src/grammars/<your-id>/`, rename
 * `myGrammar`, and follow docs/extending.md. Use only what `src/index.ts` and `src/authoring.ts` export
 * (a test checks that for dpa-basic; copy that test too).
 *
 * A grammar is four things: rules (one map, inline and structural alike), vocabulary (data), builders
 * (outline entry to Article node, keyed by kind) and refiners (judgement calls on the outline). The
 * driver that runs them is shared; no grammar writes its own.
 *
 * This file is not exported from the package; it only has to compile.
 */
import { choice, located, mapValue, token } from "../../combinators/index.js";
import { extendGrammar, type Grammar } from "../../grammar/index.js";
import { dpaAfx } from "../dpa-afx/index.js";
import type { DpaAfxRules } from "../dpa-afx/rules/index.js";
import type { DpaAfxVocabulary } from "../dpa-afx/vocabulary.js";

/**
 * Step 1: decide what differs from dpa-AFX in your sample texts (never copy their sentences; write
 * fixtures in the same style). Step 2: override only those rules. Step 3: add vocabulary as data.
 * Step 4: test each override on a whole text (`parseArticle(text, { grammar })`) and on its own
 * (`myGrammar.rules.heading.parse(...)`); `draftOf(myGrammar, text)` shows what the rules found where.
 *
 * @example
 * parseArticle("LINZ (apa) -- Ein Satz.", { grammar: myGrammar }).dateline?.agency; // "apa"
 */
export const myGrammar: Grammar<DpaAfxRules, DpaAfxVocabulary> = extendGrammar(dpaAfx, {
  id: "my-grammar",
  rules: (base) => ({
    // An inline override. It gets the finished rule map `r` and may call the rule it replaces. Here the
    // dateline dash also accepts a double hyphen ("LINZ (apa) -- Ein Satz."); `dateline` uses `r.dash`,
    // so it follows, and so do the lead, the feed splitter and overview items. New leaf rules are sticky
    // regular expressions with `.desc()` saying what a reader would.
    dash: (r) => choice(token(/--/y).desc("a double hyphen"), base.dash(r)),
    // A structural override, the same way: the `heading` rule decides which stand-alone lines may be
    // section headings, and the `headings` refiner asks it for every block. Numbered headings
    // ("2. Die Zinsen sinken.") are accepted besides the base rule's; the value is the heading's span.
    heading: (r) => choice(base.heading(r), mapValue(located(token(/\d{1,2}\. [A-ZÄÖÜ][^\r\n]{2,80}/y)), (t) => t.span)),
  }),
  // Vocabulary is data: extend lists instead of matching by hand in rules. A new footer kind is one
  // entry: its opener (sticky) and the expression that finds its value.
  vocabulary: {
    agencies: [...dpaAfx.vocabulary.agencies, "apa"],
    footers: [...dpaAfx.vocabulary.footers, { kind: "contact", pattern: /Kontakt: /y, value: /Kontakt:(.*)/ }],
  },
  // Refiners are judgement calls on the outline; keep, drop or add by name.
  refiners: (list) => list,
  // Builders turn outline entries into nodes, keyed by kind; replace one or add one for a new kind.
  builders: (base) => base,
});
