/**
 * `dpa-afx-parser/grammar`: what grammar authors need to extend dpa-AFX or build a neighbour format:
 * the character-level and line-level combinators, `defineGrammar` and `extendGrammar`, the generic
 * driver and its types (outline entries, drafts, refiners, builders), the dpa-AFX rule spec, outline,
 * builders, refiners and vocabulary, and the line index. Users who only parse need the package's main entry.
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
  notAhead,
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
export { blankLines, docOf, inRegion, isBlank, lineAt, memoLine, textFrom, textLine, wholeLine } from "./combinators/lines.js";
export type { Doc } from "./combinators/lines.js";
export { lex, lineOf } from "./text/lexer.js";
export type { Lines } from "./text/lexer.js";
export { isSpace, isSpaceOrBreak, plainSpaces, SPACE_CLASS, SPACE_OR_BREAK_CLASS } from "./text/chars.js";

export { ArticleBuilder, build, buildRules, defineBuilders, defineGrammar, draftOf, extendGrammar, messageTop, parseMessage, splitMessages } from "./grammar/index.js";
export type { Builder, Builders, DocumentRules, Draft, Entry, Grammar, GrammarExtension, LineRange, Refiner, RuleSpec } from "./grammar/index.js";
export type { ResolvedOptions } from "./options.js";

export { dpaAfx } from "./grammars/dpa-afx/index.js";
export { dpaAfxBuilders } from "./grammars/dpa-afx/builders.js";
export { dpaAfxRefiners } from "./grammars/dpa-afx/refiners/index.js";
export { dpaAfxRuleSpec } from "./grammars/dpa-afx/rules/index.js";
export { dpaBasic } from "./grammars/dpa-basic/index.js";
export { vocabulary as dpaAfxVocabulary } from "./grammars/dpa-afx/vocabulary.js";
export type { DpaAfxVocabulary, TagEntry } from "./grammars/dpa-afx/vocabulary.js";
export type { DpaAfxRules, GluedDatelineValue, LeadValue, TailValue, TrailerLineValue } from "./grammars/dpa-afx/rules/index.js";
export type { DateEntryValue, DatelineEntryValue, DpaAfxEntry, FooterEntryValue, ItemHeadValue, ItemValue, LinesValue } from "./grammars/dpa-afx/outline.js";
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
