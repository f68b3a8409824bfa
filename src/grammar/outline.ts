/**
 * What a grammar's document rules yield and what refiners and builders work on: the outline, a list of
 * entries saying what stands where (kind, span, value), in input order. Compare mdast-util-from-markdown:
 * micromark's tokens in, handlers keyed by token type out.
 */
import type { Diagnostic } from "../article/diagnostics.js";
import type { LineIndex, Span } from "../article/position.js";
import type { ResolvedOptions } from "../options.js";
import type { Lines } from "../text/lexer.js";
import type { Grammar } from "./index.js";

/**
 * One thing the grammar found: its kind, the span of the input it stands on, and what the rule read there.
 *
 * @example
 * // "Quelle: dpa-AFX" at offset 120
 * { kind: "footer", span: { start: 120, end: 135 }, value: { kind: "source", value: "dpa-AFX" } }
 */
export interface Entry<K extends string = string, V = unknown> {
  kind: K;
  span: Span;
  value: V;
}

/**
 * A message on its way to an Article: the outline the grammar found, what refiners decided, and the
 * diagnostics so far.
 *
 * @example
 * const noStandfirst: Refiner = {
 *   name: "noStandfirst",
 *   refine: (d) => ({ ...d, outline: d.outline.filter((e) => e.kind !== "standfirst") }),
 * };
 */
export interface Draft<E extends Entry = Entry> {
  /** The grammar parsing the text (its rules and vocabulary, for refiners that read them). */
  readonly grammar: Grammar;
  /** The text the spans point into: the whole input, or a stream's message with its place in the input. */
  readonly input: string;
  /**
   * The input as given, when the rules read a view of it with line breaks of its own (HTML paragraphs
   * set on one line, `<p>Titel</p><p>KIEL (dpa-AFX) - ...`: see `paragraphBreaks`; Unicode line
   * separators: see `plainBreaks`), or of entities read as spaces (see `spaceEntities`); undefined otherwise.
   * The same length and offsets as `input`.
   */
  readonly source?: string;
  /** Line and column of offsets, for positions. */
  readonly index: LineIndex;
  /** The text's line tokens (the lexer's). */
  readonly lines: Lines;
  readonly options: ResolvedOptions;
  /** The message's stretch of `input`: the Article's position. */
  readonly span: Span;
  /** What stands where, in input order. */
  outline: E[];
  /** Article fields a refiner decides outright (`language`, fields of extensions such as `rating`). */
  fields: Readonly<Record<string, unknown>>;
  diagnostics: Diagnostic[];
}

/**
 * A new draft with some parts changed and the rest kept: what a refiner returns. Written out field by
 * field, so every draft has one shape: a spread (`{ ...draft, outline }`) costs about four times as much
 * here, and drafts of several shapes slow every refiner that reads them.
 *
 * @example
 * revise(draft, { outline: draft.outline.filter((e) => e.kind !== "extra") });
 */
export function revise<E extends Entry>(draft: Draft<E>, change: { outline?: E[]; fields?: Readonly<Record<string, unknown>>; diagnostics?: Diagnostic[] }): Draft<E> {
  return {
    grammar: draft.grammar,
    input: draft.input,
    source: draft.source,
    index: draft.index,
    lines: draft.lines,
    options: draft.options,
    span: draft.span,
    outline: change.outline ?? draft.outline,
    fields: change.fields ?? draft.fields,
    diagnostics: change.diagnostics ?? draft.diagnostics,
  };
}

/**
 * A refiner: one judgement call over the draft, small and pure (returns a new draft or the same one).
 *
 * @example
 * const noHeadings: Refiner = {
 *   name: "noHeadings",
 *   refine: (d) => ({ ...d, outline: d.outline.map((e) => (e.kind === "heading" ? { ...e, kind: "paragraph" } : e)) }),
 * };
 */
export interface Refiner<E extends Entry = Entry> {
  /** A stable name, so extensions can remove or replace it. */
  readonly name: string;
  /** Makes the judgement over the draft; returns a new draft (or the same one when nothing changes). */
  refine(draft: Draft<E>): Draft<E>;
}
