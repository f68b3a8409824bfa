/**
 * The pipeline: input -> lexer -> the grammar's document rules (outline) -> refiners -> builders -> Article
 * with diagnostics (the generic driver in ./grammar/driver.ts); feeds split with the grammar's own rules.
 */
import { normaliseText } from "./article/build.js";
import { ParseError, type Diagnostic } from "./article/diagnostics.js";
import { decodeBytes, truncatedUtf8Diagnostic, windows1252Diagnostic } from "./decode.js";
import { LineIndex, type Position, type Span } from "./article/position.js";
import type { Article, Extra } from "./article/types.js";
import { memoWindow, type Doc } from "./combinators/lines.js";
import { emptyArticle } from "./grammar/build.js";
import { feedDoc, indexOf, messageOnItsOwn, parseMessage, splitMessages } from "./grammar/driver.js";
import type { Grammar, LineRange } from "./grammar/index.js";
import { dpaAfx } from "./grammars/dpa-afx/index.js";
import { resolveOptions, type ParseOptions, type ResolvedOptions } from "./options.js";

const bySpot = (a: Diagnostic, b: Diagnostic) => (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1);

/**
 * What the parse functions take: text, or bytes (UTF-8, or Windows-1252 for old feeds that are not UTF-8).
 *
 * @example
 * parseArticle(readFileSync("meldung.txt")); // a Buffer is a Uint8Array
 */
export type Input = string | Uint8Array;

/** Text from an input, and the diagnostic to add when bytes had to be read as Windows-1252. */
function toText(input: unknown, fn: string): { text: string; note: Diagnostic | null; endNote: Diagnostic | null } {
  if (typeof input === "string") return { text: input, note: null, endNote: null };
  if (input instanceof Uint8Array) {
    const d = decodeBytes(input);
    if (d.invalidAt !== null) {
      const p = new LineIndex(d.text).point(d.invalidAt);
      return { text: d.text, note: windows1252Diagnostic(p.offset, p.line, p.column), endNote: null };
    }
    if (d.truncatedAt !== null) {
      const p = new LineIndex(d.text).point(d.truncatedAt);
      return { text: d.text, note: null, endNote: truncatedUtf8Diagnostic(p.offset, p.line, p.column) };
    }
    return { text: d.text, note: null, endNote: null };
  }
  throw new TypeError(`${fn} expects a string or a Uint8Array, got ${input === null ? "null" : typeof input}.`);
}

/** Adds a decoding diagnostic to an article, keeping diagnostics in input order. */
function withNote(article: Article, note: Diagnostic | null): Article {
  if (note) article.diagnostics = article.diagnostics.concat(note).sort(bySpot);
  return article;
}

/**
 * The input each parsed Article came from (a reference, never a copy), and the offset its positions were
 * shifted by: kept on the Article under a symbol, not enumerable, so its JSON and keys are untouched and it
 * frees with it. (Not a WeakMap: its entries keep each message's text alive through young-generation
 * collections, which promotes it to old space.) @internal
 *
 * @example
 * sourceOf(parseArticle("PARIS (dpa-AFX) - Text./ab"))?.base; // 0
 */
export function sourceOf(article: Article): Source | undefined {
  return (article as { [SOURCE]?: Source })[SOURCE];
}

interface Source {
  text: string;
  base: number;
}
const SOURCE = Symbol("source");

/** Keeps the input of an Article on it (see {@link sourceOf}). */
function keepSource(article: Article, text: string, base: number): void {
  Object.defineProperty(article, SOURCE, { value: { text, base } satisfies Source });
}

/**
 * The original text of a parsed Article, byte for byte (as UTF-16 text): for `parseArticle` the whole
 * input, for `parseFeed` and `parseStream` the message's own stretch of it. Works on the Article object a
 * parse returned (the source travels with it, outside its JSON form); throws `TypeError` for an Article
 * that was not parsed here, such as one read back from JSON.
 *
 * @example
 * const input = "PARIS (dpa-AFX) -  Die Gespräche\u00a0dauern an./evs/DP/nas\r\n";
 * printSource(parseArticle(input)) === input; // true
 */
export function printSource(article: Article): string {
  const source = sourceOf(article);
  if (!source || !article.position) throw new TypeError("printSource needs an Article returned by a parse function.");
  return source.text.slice(article.position.start.offset - source.base, article.position.end.offset - source.base);
}

function run(input: Input, options: ParseOptions | undefined): Article {
  const { text, note, endNote } = toText(input, "parseArticle");
  const grammar = (options?.grammar ?? dpaAfx) as Grammar;
  const resolved = resolveOptions(options);
  return withNote(withNote(parseGuarded(grammar, text, resolved, undefined, { start: 0, end: text.length }), note), endNote);
}

/**
 * One message through the grammar. A grammar is total, so this never throws; should one throw all the
 * same (a bug, or an extension rule that throws), the message becomes an Article holding its text as an
 * `unparsed` extra with an error `internal/exception`: nothing lost, and a feed's other messages still parse.
 */
function parseGuarded(grammar: Grammar, input: string, options: ResolvedOptions, range: LineRange | undefined, span: Span, doc?: Doc): Article {
  try {
    const article = parseMessage(grammar, input, options, range, doc);
    // The input itself, for printSource (a stream's message is indexed with its place in the whole input).
    keepSource(article, input, range?.index.baseOffset ?? 0);
    return article;
  } catch (e) {
    const index = range?.index ?? new LineIndex(input);
    const article = failedArticle(input.slice(span.start, span.end), index.position(span.start, span.end), e);
    keepSource(article, input, index.baseOffset);
    return article;
  }
}

/**
 * The Article standing for a message whose parse (or rendering) threw: its raw text kept as one
 * `unparsed` extra at `position`, and an error `internal/exception` saying why. @internal
 */
export function failedArticle(raw: string, position: Position | undefined, error: unknown): Article {
  const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const at = position ?? { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
  const text = normaliseText(raw);
  return {
    ...emptyArticle(at),
    extras: text === "" ? [] : [{ type: "extra", kind: "unparsed", text, position: at }],
    diagnostics: [{ code: "internal/exception", severity: "error", message: `The parser failed on this message (${why}); its text is kept as an extra.`, position: at }],
  };
}

/**
 * Parses a stretch holding several messages (a feed file, a newsticker page) into one Article per
 * message, in input order, each with positions into the whole input. Lines before the first message
 * (a page header such as `dpa-AFX NEWSTICKER (Produktauszug)`) become `pageHeader` extras of the first
 * article, so nothing is lost. Total like `parseArticle`: a non-string throws `TypeError`, nothing else.
 * It returns every article at once; for a large feed, {@link parseStream} hands over one at a time and
 * keeps memory flat (thousands of kept articles also slow the parses after them: see the performance
 * guide).
 *
 * @example
 * const feed = "24.08.2016\nHP enttäuscht\n\nPALO ALTO (dpa-AFX) - Text./hbr/DP/he\n\n24.08.2016\nKatar kauft ein\n\nNEW YORK (dpa-AFX) - Text.";
 * parseFeed(feed).map((a) => a.headline?.text); // ["HP enttäuscht", "Katar kauft ein"]
 */
export function parseFeed(source: Input, options?: ParseOptions): Article[] {
  const { text: input, note, endNote } = toText(source, "parseFeed");
  const articles = feedArticles(input, options);
  if (articles[0]) withNote(articles[0], note);
  if (articles.length > 0) withNote(articles[articles.length - 1]!, endNote);
  return articles;
}

/** The articles of a feed text (what `parseFeed` and `parseStream` share). @internal */
export function feedArticles(input: string, options?: ParseOptions, split?: { doc?: Doc; index: LineIndex; ranges: LineRange[] }): Article[] {
  return [...feedArticleIterator(input, options, split)];
}

/**
 * The articles of a feed text one at a time: each is parsed only when asked for, so a stream holds one
 * message's nodes at a time. @internal
 */
export function* feedArticleIterator(input: string, options?: ParseOptions, split?: { doc?: Doc; index: LineIndex; ranges: LineRange[] }): Generator<Article> {
  const grammar = (options?.grammar ?? dpaAfx) as Grammar;
  const resolved = resolveOptions(options);
  // The rules find the feed's messages with no-break spaces as plain ones (see feedDoc); each article keeps the input.
  const doc = split?.doc ?? feedDoc(input);
  const index = split?.index ?? indexOf(doc);
  const ranges = split?.ranges ?? splitMessages(doc.input, grammar, doc, index);
  const head = ranges[0]?.first ?? 0;
  const header: Extra[] = [];
  for (let l = 0; l < head; l++) {
    const text = normaliseText(input.slice(index.starts[l], index.ends[l]));
    if (text === "") continue;
    let s = index.starts[l]!;
    let e = index.ends[l]!;
    while (s < e && isSpaceChar(input.charCodeAt(s))) s++;
    while (e > s && isSpaceChar(input.charCodeAt(e - 1))) e--;
    header.push({ type: "extra", kind: "pageHeader", text, position: index.position(s, e) });
  }
  for (let k = 0; k < ranges.length; k++) {
    // The messages tile the input: the first starts at its beginning (page header included), each ends
    // where the next begins (its trailing blank lines included), the last at the input's end.
    const range = ranges[k]!;
    const next = ranges[k + 1];
    const span = { start: k === 0 ? 0 : index.starts[range.first]!, end: next ? index.starts[next.first]! : input.length };
    // Memo tables for this message's lines only (see memoWindow).
    memoWindow(doc, range.first, range.last + 1);
    // Written out, not spread: a spread of `range` with one key added made V8 build a fresh hidden class
    // per message, kept in old space, which held each message's objects through young collections.
    const lines = { index: range.index, first: range.first, last: range.last, span };
    // A message whose HTML set paragraphs on one line is read on lines of its own, as parseArticle reads it.
    const own = messageOnItsOwn(input, doc, lines);
    const article = own === null ? parseGuarded(grammar, input, resolved, lines, span, doc) : parseGuarded(grammar, own.input, resolved, own.range, own.range.span, own.doc);
    // Header first, then the message's own extras (in input order); no spread of an input-sized list into a call.
    if (k === 0 && header.length > 0) article.extras = header.concat(article.extras);
    yield article;
  }
}

/** White space as the page header trims it: any Unicode space or line break. */
function isSpaceChar(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Parses one dpa-AFX message. Total: for any string it returns an Article and reports problems in
 * `article.diagnostics`; only a non-string throws (`TypeError`). With `{ strict: true }` it throws a
 * {@link ParseError} for the first error-severity diagnostic.
 *
 * @example
 * const a = parseArticle("PARIS (dpa-AFX) - Die Gespräche über den Haushalt dauern an./evs/DP/nas");
 * a.dateline?.locations;              // ["PARIS"]
 * a.sections[0]?.paragraphs[0]?.text; // "Die Gespräche über den Haushalt dauern an."
 * a.trailer?.codes;                   // ["evs", "DP", "nas"]
 */
export function parseArticle(input: Input, options?: ParseOptions): Article {
  const article = run(input, options);
  if (options?.strict) {
    const error = article.diagnostics.find((d) => d.severity === "error");
    if (error) throw new ParseError(error, article.diagnostics);
  }
  return article;
}

/**
 * The result of {@link safeParseArticle}: the article, or the error that failed it; the diagnostics either way.
 *
 * @example
 * const r = safeParseArticle("PARIS (dpa-AFX) - Die Gespräche dauern an./evs/DP/nas");
 * if (r.success) r.data.dateline?.locations; // ["PARIS"]
 * else console.error(r.error.code);
 */
export type SafeParseResult =
  | { success: true; data: Article; diagnostics: Diagnostic[] }
  | { success: false; error: ParseError; diagnostics: Diagnostic[] };

/**
 * Parses like `parseArticle` with `{ strict: true }` but returns the failure instead of throwing it.
 * A non-string still throws `TypeError` (a programming error, not a problem of the text).
 *
 * @example
 * const r = safeParseArticle("   ");
 * if (!r.success) r.error.code; // "input/empty"
 */
export function safeParseArticle(input: Input, options?: ParseOptions): SafeParseResult {
  const article = run(input, options);
  const error = article.diagnostics.find((d) => d.severity === "error");
  if (error) return { success: false, error: new ParseError(error, article.diagnostics), diagnostics: article.diagnostics };
  return { success: true, data: article, diagnostics: article.diagnostics };
}
