/**
 * dpa-afx-parser: turns dpa-AFX news wire text into a typed, positioned {@link Article}.
 *
 * @example
 * import { parseArticle } from "dpa-afx-parser";
 * const article = parseArticle("FRANKFURT (dpa-AFX) - Der Dax hat am Montag zugelegt./ajx/DP/mis");
 * article.trailer?.codes; // ["ajx", "DP", "mis"]
 *
 * @packageDocumentation
 */
export { parseArticle, parseFeed, printSource, safeParseArticle } from "./parse.js";
export type { Input, SafeParseResult } from "./parse.js";
export { parseStream } from "./stream.js";
export type { StreamOptions, StreamSource } from "./stream.js";
export { decodeBytes } from "./decode.js";
export { formatArticle } from "./format/text.js";
export { escapeHtml, toHtml } from "./format/html.js";
export { toNinjs } from "./format/ninjs.js";
export { extractRating } from "./ratings/extract.js";
export { dpaAfxRatings, ratingRefiner } from "./ratings/index.js";
export type { Rating, RatingPositions, RatingTarget } from "./ratings/extract.js";
export type { ArticleJSON, DateNodeJSON } from "./article/json.js";
export type { Ninjs, NinjsOptions } from "./format/ninjs.js";
export type { Decoded, TextEncoding } from "./decode.js";
export type { ParseOptions, ResolvedOptions } from "./options.js";

export { ParseError, formatDiagnostic } from "./article/diagnostics.js";
export type { Diagnostic, DiagnosticCode, Severity } from "./article/diagnostics.js";
export { LineIndex } from "./article/position.js";
export type { Point, Position, Span } from "./article/position.js";
export { normaliseText } from "./article/build.js";
export type { DateParts } from "./article/build.js";
export type {
  Article,
  ArticleExtensions,
  ArticleNode,
  Byline,
  DateNode,
  DatePrecision,
  DateSource,
  Dateline,
  EditorialNote,
  EditorialNoteKind,
  ExtensionNodes,
  Extra,
  ExtraKind,
  Footer,
  FooterKind,
  Headline,
  HeadlineFlags,
  Heading,
  Node,
  OverviewItem,
  Paragraph,
  Section,
  Standfirst,
  Trailer,
} from "./article/types.js";

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
