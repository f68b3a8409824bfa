/**
 * The dpa-AFX grammar: rules, builders, refiners and vocabulary as one immutable value.
 */
import { defineGrammar, type Grammar } from "../../grammar/index.js";
import { dpaAfxBuilders } from "./builders.js";
import { dpaAfxRefiners } from "./refiners/index.js";
import { dpaAfxRuleSpec, type DpaAfxRules } from "./rules/index.js";
import { vocabulary, type DpaAfxVocabulary } from "./vocabulary.js";

/**
 * The dpa-AFX grammar. Its `rules` are parsimmon parsers usable on their own.
 *
 * @example
 * dpaAfx.rules.dateline.parse("NEW YORK/FRANKFURT (dpa-AFX Analyser) - ");
 * // { status: true, value: { locations: [{ value: "NEW YORK", ... }, { value: "FRANKFURT", ... }], agency: { value: "dpa-AFX Analyser", ... }, ... } }
 * dpaAfx.rules.trailer.parse("/evs/DP/nas").value.codes.map((c) => c.value); // ["evs", "DP", "nas"]
 */
export const dpaAfx: Grammar<DpaAfxRules, DpaAfxVocabulary> = defineGrammar({
  id: "dpa-afx",
  vocabulary,
  specFor: dpaAfxRuleSpec,
  builders: dpaAfxBuilders,
  refiners: dpaAfxRefiners,
});
