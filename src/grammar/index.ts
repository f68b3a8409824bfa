/**
 * What a grammar is: a typed rule map (parsimmon `createLanguage`) whose document rules yield an outline,
 * node builders keyed by outline kind, an ordered list of refiners and a vocabulary. Grammars are
 * immutable values; the driver that runs them is generic (./driver.ts).
 */
import P from "parsimmon";
import { firstOf, fromRaw, rawOf, reg, type Parser, type Raw } from "../combinators/fast.js";
import { accepts, type First } from "../combinators/first.js";
import type { Builders } from "./build.js";
import type { Refiner } from "./outline.js";

export { ArticleBuilder, build, defineBuilders, type Builder, type Builders } from "./build.js";
export { draftOf, messageTop, parseMessage, splitMessages, type DocumentRules, type LineRange } from "./driver.js";
export type { Draft, Entry, Refiner } from "./outline.js";

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
 * A grammar: the value `parseArticle` runs (`options.grammar`, default `dpaAfx`). Its rules include the
 * document rules the driver runs (`message`, `messageLead`, `messageFront`).
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
  /** Turn outline entries into nodes, one builder per entry kind. */
  readonly builders: Builders;
  /** The refiners, run in order on the outline before the builders. */
  readonly refiners: readonly Refiner[];
  /**
   * How many lines above a message's lead its front matter may stand at most (a stream keeps only
   * these lines to find where a message starts).
   */
  readonly messageLookback: number;
}

/**
 * Builds a rule map from a spec; each rule reaches the others through `r`.
 *
 * @example
 * const rules = buildRules(dpaAfxRuleSpec(vocabulary));
 * rules.trailer.tryParse("/evs/DP/nas").codes.length; // 3
 */
export function buildRules<R>(spec: RuleSpec<R>): R {
  // Like parsimmon's `createLanguage`, but a rule is built when another first asks for it: `r.x` builds
  // `x` then and hands out the rule itself, so our combinators call it directly. Only a rule asked for
  // while it is being built (a cycle) gets a reference parser that calls it once built; that reference
  // fails at once, without a call, where the rule cannot start (see ./first.ts).
  const keys = Object.keys(spec) as (keyof R & string)[];
  const rules = {} as Record<string, Parser<unknown>>;
  const cells: Record<string, { raw: Raw | null; first: First | null; ref: Parser<unknown> | null }> = {};
  const refs = {} as Record<string, Parser<unknown>>;
  const buildOne = (key: string): Parser<unknown> => {
    const done = rules[key];
    if (done !== undefined) return done;
    let cell = cells[key];
    if (cell !== undefined) {
      // Asked for while being built: a forward reference.
      const c = cell;
      c.ref ??= fromRaw(
        (input, i) => (!reg.exact && !accepts((c.first ??= firstOf(rules[key]!)), input, i) ? -1 : c.raw!(input, i)),
        () => firstOf(rules[key]!),
      );
      return c.ref;
    }
    cell = { raw: null, first: null, ref: null };
    cells[key] = cell;
    const built = (spec[key as keyof R] as (r: unknown) => unknown)(refs);
    if (!P.isParser(built)) throw new TypeError(`The rule '${key}' of a grammar must be a parsimmon parser.`);
    rules[key] = built as Parser<unknown>;
    cell.raw = rawOf(built as Parser<unknown>);
    return rules[key];
  };
  for (const key of keys) Object.defineProperty(refs, key, { get: () => buildOne(key), enumerable: true });
  for (const key of keys) buildOne(key);
  // A built grammar is shared by every parse in the process: freeze the map and its rules.
  for (const key of keys) Object.freeze(rules[key]);
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

/** The document rules the driver runs: every grammar must have them. */
const DOCUMENT_RULES = ["message", "messageLead", "messageFront"] as const;

/**
 * Makes a grammar value from its parts; the rules are built once, here.
 *
 * @example
 * const g = defineGrammar({ id: "dpa-afx", vocabulary, specFor: dpaAfxRuleSpec, builders: dpaAfxBuilders, refiners: dpaAfxRefiners });
 */
export function defineGrammar<R, V>(parts: {
  id: string;
  vocabulary: V;
  specFor: (vocabulary: V) => RuleSpec<R>;
  builders: Builders;
  refiners: readonly Refiner[];
  /** Lines above its lead a message's front matter may stand at most. @default 64 */
  messageLookback?: number;
}): Grammar<R, V> {
  const vocabulary = frozenCopy(parts.vocabulary);
  const spec = parts.specFor(vocabulary);
  for (const name of DOCUMENT_RULES) {
    if (!(name in (spec as object))) throw new TypeError(`The grammar '${parts.id}' has no '${name}' rule; every grammar needs ${DOCUMENT_RULES.join(", ")}.`);
  }
  return Object.freeze({
    id: parts.id,
    vocabulary,
    spec: Object.freeze({ ...spec }),
    specFor: parts.specFor,
    rules: buildRules(spec),
    builders: Object.freeze({ ...parts.builders }),
    refiners: Object.freeze([...parts.refiners]),
    messageLookback: parts.messageLookback ?? 64,
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
   * replace, structural or inline. An override may call the rule it replaces (`base.place(r)`); since rules
   * reach each other through `r`, every rule using an overridden one uses the override.
   */
  rules?: (base: RuleSpec<R>) => Partial<RuleSpec<R>>;
  /** Gets the base refiners and returns the new list (add, remove, reorder, replace by `name`). */
  refiners?: (base: readonly Refiner[]) => readonly Refiner[];
  /** Gets the base builders and returns the new table (add a builder for a new entry kind, replace one). */
  builders?: (base: Builders) => Builders;
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
    builders: extension.builders ? extension.builders(base.builders) : base.builders,
    refiners: extension.refiners ? extension.refiners(base.refiners) : base.refiners,
    messageLookback: base.messageLookback,
  });
}
