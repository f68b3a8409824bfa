/**
 * What a grammar is: a typed rule map (parsimmon `createLanguage`), a layout that runs the rules over
 * the input, an ordered list of refiners and a vocabulary. Grammars are immutable values.
 */
import P from "parsimmon";
import type { LineIndex, Span } from "../article/position.js";

/**
 * A stretch of whole lines of an input, first and last inclusive, with the line index of the whole
 * input (built once per feed, shared by its messages).
 *
 * @example
 * { index: new LineIndex(feed), first: 4, last: 17 }
 */
export interface LineRange {
  index: LineIndex;
  first: number;
  last: number;
}
import type { Diagnostic } from "../article/diagnostics.js";
import type { Article } from "../article/types.js";
import type { ResolvedOptions } from "../options.js";

/**
 * A rule spec: for each rule, a function from the finished rule map to the rule's parser (parsimmon `createLanguage`).
 *
 * @example
 * const spec: RuleSpec<{ code: Parser<string>; codes: Parser<Located<string>[]> }> = {
 *   code: () => token(/[a-z]{1,6}/y),
 *   codes: (r) => slashList(r.code),
 * };
 */
export type RuleSpec<R> = { [K in keyof R]: (r: R) => R[K] };

/**
 * A body block handed to the refiners: consecutive non-blank input lines, each as a span of the input
 * (trimmed; the first starts after the dateline).
 *
 * @example
 * // "Der Dax stieg\nam Montag." gives one block of two line spans
 * { lines: [{ start: 19, end: 32 }, { start: 33, end: 44 }] }
 */
export interface DraftBlock {
  lines: Span[];
}

/**
 * A unit of body text once split: a paragraph or a heading, as the lines it covers.
 *
 * @example
 * { kind: "heading", lines: [{ start: 120, end: 142 }], standalone: true }
 */
export interface DraftUnit {
  kind: "paragraph" | "heading";
  lines: Span[];
  /** True when the unit is a whole block of one line (a stand-alone line). */
  standalone: boolean;
}

/**
 * What the layout hands to the refiners: the parsed nodes of everything but the body, and the body as
 * blocks of lines. Refiners turn blocks into units; `parseArticle` turns units into sections.
 *
 * @example
 * const draft = dpaAfx.layout(input, dpaAfx, { zone: "Europe/Berlin", strict: false });
 * draft.blocks.length;
 */
export interface Draft {
  readonly input: string;
  readonly index: LineIndex;
  readonly options: ResolvedOptions;
  /** The article as built so far: every field but `sections` is final after the layout (refiners may still change them). */
  article: Omit<Article, "sections">;
  /** The body as blank-line-separated blocks. */
  blocks: DraftBlock[];
  /** The body split into paragraphs and headings (filled by refiners). */
  units: DraftUnit[];
  diagnostics: Diagnostic[];
}

/**
 * A refiner: one judgement call over the draft, small and pure (returns a new draft or the same one).
 *
 * @example
 * const noHeadings: Refiner = {
 *   name: "noHeadings",
 *   refine: (d) => ({ ...d, units: d.units.map((u) => ({ ...u, kind: "paragraph" as const })) }),
 * };
 */
export interface Refiner {
  /** A stable name, so extensions can remove or replace it. */
  readonly name: string;
  /** Makes the judgement over the draft; returns a new draft (or the same one when nothing changes). */
  refine(draft: Draft): Draft;
}

/**
 * Runs the grammar's rules over the input and returns the draft the refiners work on. Must be total:
 * never throw on a string, report problems as diagnostics.
 *
 * @example
 * const layout: Layout<DpaAfxRules, DpaAfxVocabulary> = dpaAfx.layout;
 */
export type Layout<R, V> = (input: string, grammar: Grammar<R, V>, options: ResolvedOptions, range?: LineRange) => Draft;

/**
 * Splits a stretch holding several messages into the line ranges of its messages (in input order).
 * Lines before the first message (a page header) belong to no range.
 *
 * @example
 * dpaAfx.split(feed, dpaAfx, new LineIndex(feed)); // [{ first: 2, last: 9, ... }, { first: 10, last: 15, ... }]
 */
export type Splitter<R, V> = (input: string, grammar: Grammar<R, V>, index: LineIndex) => LineRange[];

/**
 * A grammar: the value `parseArticle` runs (`options.grammar`, default `dpaAfx`).
 *
 * @example
 * parseArticle(text, { grammar: dpaAfx });
 * dpaAfx.rules.dateline.parse("PARIS (dpa-AFX) - ").status; // true
 */
export interface Grammar<R = unknown, V = unknown> {
  /** A stable id such as `dpa-afx`. */
  readonly id: string;
  /** The vocabulary its rules read. */
  readonly vocabulary: V;
  /** The rule spec the rules were built from. */
  readonly spec: RuleSpec<R>;
  /** Makes the rule spec for a vocabulary (how `extendGrammar` rebuilds rules for a new vocabulary). */
  readonly specFor: (vocabulary: V) => RuleSpec<R>;
  /** The built rules: parsimmon parsers usable on their own. */
  readonly rules: R;
  readonly layout: Layout<R, V>;
  /** Splits a feed into messages (used by `parseFeed`). */
  readonly split: Splitter<R, V>;
  /** The refiners, run in order after the layout. */
  readonly refiners: readonly Refiner[];
}

/**
 * Builds a rule map from a spec; each rule reaches the others through `r`.
 *
 * @example
 * const rules = buildRules(dpaAfxRuleSpec(vocabulary));
 * rules.trailer.tryParse("/evs/DP/nas").codes.length; // 3
 */
export function buildRules<R>(spec: RuleSpec<R>): R {
  return P.createLanguage(spec as unknown as P.TypedRule<Record<string, unknown>>) as unknown as R;
}

/**
 * Makes a grammar value from its parts; the rules are built once, here.
 *
 * @example
 * const g = defineGrammar({ id: "dpa-afx", vocabulary, spec: dpaAfxRuleSpec(vocabulary), layout, refiners });
 */
export function defineGrammar<R, V>(parts: {
  id: string;
  vocabulary: V;
  specFor: (vocabulary: V) => RuleSpec<R>;
  layout: Layout<R, V>;
  split: Splitter<R, V>;
  refiners: readonly Refiner[];
}): Grammar<R, V> {
  const spec = parts.specFor(parts.vocabulary);
  return Object.freeze({
    id: parts.id,
    vocabulary: parts.vocabulary,
    spec: Object.freeze({ ...spec }),
    specFor: parts.specFor,
    rules: buildRules(spec),
    layout: parts.layout,
    split: parts.split,
    refiners: Object.freeze([...parts.refiners]),
  });
}

/**
 * What an extension changes; everything but `id` is optional.
 *
 * @example
 * const ext: GrammarExtension<DpaAfxRules, DpaAfxVocabulary> = {
 *   id: "flat",
 *   refiners: (list) => list.filter((r) => r.name !== "headings"),
 * };
 */
export interface GrammarExtension<R, V> {
  /** The new grammar's id, such as `dpa-basic`. */
  id: string;
  /**
   * Rule overrides: gets the base spec (built for the extended vocabulary) and returns the rules to
   * replace. An override may call the rule it replaces (`base.place(r)`); since rules reach each other
   * through `r`, every rule using an overridden one uses the override.
   */
  rules?: (base: RuleSpec<R>) => Partial<RuleSpec<R>>;
  /** Gets the base refiners and returns the new list (add, remove, reorder, replace by `name`). */
  refiners?: (base: readonly Refiner[]) => readonly Refiner[];
  /** Vocabulary entries to change; merged over the base vocabulary (lists replace lists). */
  vocabulary?: Partial<V>;
}

/**
 * Makes a new grammar from a base grammar and an extension. The base is unchanged; nothing global
 * changes. Pass the result to `parseArticle(text, { grammar })`.
 *
 * @example
 * const mixedCase = extendGrammar(dpaAfx, {
 *   id: "dpa-basic",
 *   rules: (base) => ({ place: (r) => choice(token(/[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+){0,3}/y), base.place(r)) }),
 * });
 * parseArticle("Waghäusel (dpa) - Ein Satz.", { grammar: mixedCase }).dateline?.locations; // ["Waghäusel"]
 */
export function extendGrammar<R, V>(base: Grammar<R, V>, extension: GrammarExtension<R, V>): Grammar<R, V> {
  const vocabulary = extension.vocabulary ? (Object.freeze({ ...base.vocabulary, ...extension.vocabulary }) as V) : base.vocabulary;
  const specFor = (v: V): RuleSpec<R> => {
    const baseSpec = base.specFor(v);
    return { ...baseSpec, ...(extension.rules ? extension.rules(baseSpec) : {}) } as RuleSpec<R>;
  };
  return defineGrammar({
    id: extension.id,
    vocabulary,
    specFor,
    layout: base.layout,
    split: base.split,
    refiners: extension.refiners ? extension.refiners(base.refiners) : base.refiners,
  });
}
