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
  /**
   * The offsets the message's node spans (its `position`), when wider than its lines: in a feed the
   * messages tile the input, so the first also holds the page header above it and each holds the blank
   * lines after it. Default: from the first line's start to the last line's end.
   */
  span?: Span;
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
  /** The grammar parsing the text (its vocabulary, for refiners that read one). */
  readonly grammar: Grammar;
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
 * Where a message starts, asked one line at a time: when the lead of a new message opens on `line`
 * (its dateline), the line its front matter starts on (a date line, a headline, notes above the lead,
 * never above `floor`); otherwise -1. It reads only lines `floor` to `line`, so a stream can ask it of
 * each line as the line completes. `floor` is the line after the previous message's lead (0 at first).
 *
 * @example
 * // "24.08.2016\nHP enttäuscht\n\nPALO ALTO (dpa-AFX) - Text."
 * dpaAfx.messageTop(feed, dpaAfx, new LineIndex(feed), 3, 0); // 0: the date line above the headline
 */
export type MessageTop<R, V> = (input: string, grammar: Grammar<R, V>, index: LineIndex, line: number, floor: number) => number;

/**
 * The split every grammar gets from its `messageTop`: each line is asked once, in order.
 *
 * @example
 * splitMessages(feed, dpaAfx, new LineIndex(feed)).map((r) => r.first); // [0, 6]
 */
export function splitMessages<R, V>(input: string, grammar: Grammar<R, V>, index: LineIndex): LineRange[] {
  const n = index.lineCount;
  const tops: number[] = [];
  let floor = 0;
  for (let line = 0; line < n; line++) {
    const top = grammar.messageTop(input, grammar, index, line, Math.max(floor, line - grammar.messageLookback));
    if (top < 0) continue;
    tops.push(top);
    floor = line + 1;
  }
  if (tops.length === 0) return [{ index, first: 0, last: n - 1 }];
  return tops.map((first, k) => ({ index, first, last: k + 1 < tops.length ? tops[k + 1]! - 1 : n - 1 }));
}

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
  /** Where a message starts, line by line (used by `parseFeed` through `split`, and by `parseStream`). */
  readonly messageTop: MessageTop<R, V>;
  /**
   * How many lines above its line `messageTop` may read (front matter is never further up): the floor
   * it gets is never lower. A stream keeps only these lines for it.
   */
  readonly messageLookback: number;
  /** Splits a feed into messages (used by `parseFeed`): {@link splitMessages} over `messageTop`. */
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
  const rules = P.createLanguage(spec as unknown as P.TypedRule<Record<string, unknown>>) as unknown as Record<string, P.Parser<unknown>>;
  // Each rule is a lazy parser that settles on its first run; run each once on "" so it settles now,
  // then freeze the map and the rules: a built grammar is shared by every parse in the process.
  for (const key of Object.keys(rules)) {
    rules[key]!.parse("");
    Object.freeze(rules[key]);
  }
  return Object.freeze(rules) as unknown as R;
}

/**
 * A deep, frozen copy of grammar data (a vocabulary): arrays and plain objects are copied and frozen,
 * regular expressions copied (so no `lastIndex` is shared with the caller's), other values kept.
 * The caller's objects are never frozen.
 *
 * @example
 * const v = frozenCopy({ agencies: ["dpa-AFX"] });
 * Object.isFrozen(v.agencies); // true
 */
export function frozenCopy<T>(value: T): T {
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as T;
  if (Array.isArray(value)) return Object.freeze(value.map((x) => frozenCopy(x))) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(value)) out[k] = frozenCopy(x);
    return Object.freeze(out) as T;
  }
  return value;
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
  messageTop: MessageTop<R, V>;
  /** Lines above its line `messageTop` may read. @default 64 */
  messageLookback?: number;
  refiners: readonly Refiner[];
}): Grammar<R, V> {
  const vocabulary = frozenCopy(parts.vocabulary);
  const spec = parts.specFor(vocabulary);
  return Object.freeze({
    id: parts.id,
    vocabulary,
    spec: Object.freeze({ ...spec }),
    specFor: parts.specFor,
    rules: buildRules(spec),
    layout: parts.layout,
    messageTop: parts.messageTop,
    messageLookback: parts.messageLookback ?? 64,
    split: splitMessages,
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
  const vocabulary = extension.vocabulary ? ({ ...base.vocabulary, ...extension.vocabulary } as V) : base.vocabulary;
  const specFor = (v: V): RuleSpec<R> => {
    const baseSpec = base.specFor(v);
    return { ...baseSpec, ...(extension.rules ? extension.rules(baseSpec) : {}) } as RuleSpec<R>;
  };
  return defineGrammar({
    id: extension.id,
    vocabulary,
    specFor,
    layout: base.layout,
    messageTop: base.messageTop,
    messageLookback: base.messageLookback,
    refiners: extension.refiners ? extension.refiners(base.refiners) : base.refiners,
  });
}
