/**
 * Turns dpa-AFX news wire text into a typed, positioned {@link Article}: parse one message, a feed or a
 * stream, and write it as canonical text, HTML, ninjs or JSON. Grammar authors find the combinators and
 * the grammar-building API in `dpa-afx-parser/grammar`.
 *
 * @example
 * import { parseArticle } from "dpa-afx-parser";
 * const article = parseArticle("FRANKFURT (dpa-AFX) - Der Dax hat am Montag zugelegt./ajx/DP/mis");
 * article.trailer?.codes; // ["ajx", "DP", "mis"]
 *
 * @module dpa-afx-parser
 */
export { parseArticle, parseFeed, printSource, safeParseArticle } from "./parse.js";
export type { Input, SafeParseResult } from "./parse.js";
export { parseStream } from "./stream.js";
export type { StreamOptions, StreamSource } from "./stream.js";
export { decodeBytes } from "./decode.js";
export type { Decoded, TextEncoding } from "./decode.js";
export type { ParseOptions } from "./options.js";

export { formatArticle } from "./format/text.js";
export { escapeHtml, toHtml } from "./format/html.js";
export { toNinjs } from "./format/ninjs.js";
export type { Ninjs, Ninjs22, Ninjs22Text, NinjsOptions, NinjsStandard, NinjsText } from "./format/ninjs.js";
export { toJson } from "./article/json.js";
export type { ArticleJSON, DateNodeJSON, JsonOptions } from "./article/json.js";

export { extractRating } from "./ratings/extract.js";
export { dpaAfxRatings } from "./ratings/index.js";
export type { Rating, RatingPositions, RatingTarget } from "./ratings/types.js";

export { ParseError, formatDiagnostic } from "./article/diagnostics.js";
export type { Diagnostic, DiagnosticCode, Severity } from "./article/diagnostics.js";
export type { Point, Position, Span } from "./article/position.js";
export type {
  Article,
  ArticleExtensions,
  ArticleLanguage,
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

// The grammars a user passes as `{ grammar }`; building one is in `dpa-afx-parser/grammar`.
export { dpaAfx } from "./grammars/dpa-afx/index.js";
export { dpaBasic } from "./grammars/dpa-basic/index.js";
export type { Grammar } from "./grammar/index.js";
