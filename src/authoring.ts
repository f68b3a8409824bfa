/**
 * `dpa-afx-parser/grammar`: what grammar authors need to extend dpa-AFX or build a neighbour format:
 * the parser combinators, `defineGrammar` and `extendGrammar`, the dpa-AFX rule spec and vocabulary, the
 * pipeline's types (drafts, refiners, line ranges) and the line index. Users who only parse need
 * the package's main entry.
 *
 * @example
 * import { extendGrammar, choice, token } from "dpa-afx-parser/grammar";
 * import { dpaAfx, parseArticle } from "dpa-afx-parser";
 * const g = extendGrammar(dpaAfx, { id: "double-dash", rules: (base) => ({ dash: (r) => choice(token(/--/y).desc("a double hyphen"), base.dash(r)) }) });
 * parseArticle("LINZ (dpa-AFX) -- Ein Satz./ab", { grammar: g }).dateline?.locations; // ["LINZ"]
 *
 * @module dpa-afx-parser/grammar
 */
export {
  check,
  choice,
  endOfLine,
  eol,
  exec,
  hspace,
  lenient,
  located,
  mapValue,
  offset,
  optHspace,
  peek,
  repeat,
  sequence,
  slashList,
  token,
  tokenMatch,
} from "./combinators/index.js";
export type { ExecResult, Located, Parser } from "./combinators/index.js";

export { buildRules, defineGrammar, extendGrammar, splitMessages } from "./grammar/index.js";
export type { Draft, DraftBlock, DraftUnit, Grammar, GrammarExtension, Layout, LineRange, MessageTop, Refiner, RuleSpec, Splitter } from "./grammar/index.js";
export type { ResolvedOptions } from "./options.js";

export { dpaAfx } from "./grammars/dpa-afx/index.js";
export { dpaAfxRuleSpec } from "./grammars/dpa-afx/rules/index.js";
export { dpaBasic } from "./grammars/dpa-basic/index.js";
export { vocabulary as dpaAfxVocabulary } from "./grammars/dpa-afx/vocabulary.js";
export type { DpaAfxVocabulary, TagEntry } from "./grammars/dpa-afx/vocabulary.js";
export type { DpaAfxRules } from "./grammars/dpa-afx/rules/index.js";
export type {
  BylineValue,
  DatelineValue,
  DateValue,
  EditorialNoteValue,
  FeedStampValue,
  FooterValue,
  HeadlineValue,
  TrailerValue,
} from "./grammars/dpa-afx/rules/values.js";
export { ratingRefiner } from "./ratings/index.js";

export { LineIndex } from "./article/position.js";
export { normaliseText } from "./article/build.js";
export type { DateParts } from "./article/build.js";
