/**
 * Grammar-agnostic parsimmon pieces for rule authors, character-level. Every parser made here is a
 * parsimmon parser (see ./fast.ts): `.parse`, `.desc`, `.map` and parsimmon's own combinators work on it.
 * Tokens are sticky regular expressions matched in place: they never copy the rest of the input
 * (parsimmon's `P.regexp` slices the input on every call, which turns long inputs quadratic).
 */
import type { Span } from "../article/position.js";
import { isSpace, SPACE_CLASS } from "../text/chars.js";
import { fail, firstOf, fromRaw, mapValue, rawOf, reg, type Parser, type Raw } from "./fast.js";
import { accepts, ANY, firstOfRegex, optional, sequenceFirst, union, type First } from "./first.js";
import { docOf, lineAt } from "./lines.js";

export { exec, mapValue, type ExecResult, type Parser } from "./fast.js";

/**
 * A value and the offsets it was parsed from, `[start, end)` relative to the string parsed.
 *
 * @example
 * dpaAfx.rules.places.tryParse("NEW YORK/FRANKFURT")[1]; // { value: "FRANKFURT", span: { start: 9, end: 18 } }
 */
export interface Located<T> {
  value: T;
  span: Span;
}

/** The text of a regular expression that matches one fixed string (`/\(/y`, `/Quelle: /y`), or null. */
function literalOf(re: RegExp): string | null {
  if (/[imsuv]/.test(re.flags)) return null;
  // Plain characters and escaped punctuation only: no class, group, quantifier, anchor or alternation.
  if (!/^(?:[^\\^$.*+?()[\]{}|]|\\[\\^$.*+?()[\]{}|/-])+$/.test(re.source)) return null;
  return re.source.replace(/\\(.)/g, "$1");
}

/**
 * Matches `re` exactly at the current place and yields the whole match (or capture group `group`).
 * Give the expression the sticky flag `y` (a sticky copy is made once either way, without `g`). An
 * expression that is one fixed string is matched without the regular-expression engine.
 *
 * @example
 * const code = token(/[A-Za-z]{1,6}/y).desc("a trailer code");
 * code.parse("evs"); // { status: true, value: "evs" }
 */
export function token(re: RegExp, group = 0): Parser<string> {
  const label = String(re);
  const literal = group === 0 ? literalOf(re) : null;
  if (literal !== null) {
    const n = literal.length;
    const c0 = literal.charCodeAt(0);
    return fromRaw<string>(
      (input, i) => {
        if (input.charCodeAt(i) !== c0 || !input.startsWith(literal, i)) return fail(i, label);
        reg.value = literal;
        return i + n;
      },
      () => firstOfRegex(re),
    );
  }
  const sticky = stickyCopy(re);
  const first = firstOfRegex(re);
  if (group === 0) {
    // `test` builds no match array; the value is sliced only on a match.
    return fromRaw<string>((input, i) => {
      if (!reg.exact && !accepts(first, input, i)) return -1;
      sticky.lastIndex = i;
      if (!sticky.test(input)) return fail(i, label);
      const end = sticky.lastIndex;
      reg.value = input.slice(i, end);
      return end;
    }, first);
  }
  return fromRaw<string>((input, i) => {
    if (!reg.exact && !accepts(first, input, i)) return -1;
    sticky.lastIndex = i;
    const m = sticky.exec(input);
    if (m === null) return fail(i, label);
    reg.value = m[group] ?? "";
    return i + m[0].length;
  }, first);
}

/**
 * Like {@link token} but yields the match array, for rules that read several groups at once.
 *
 * @example
 * tokenMatch(/(\d{2})\.(\d{2})\./y).tryParse("21.08.").slice(1); // ["21", "08"]
 */
export function tokenMatch(re: RegExp): Parser<RegExpExecArray> {
  const sticky = stickyCopy(re);
  const label = String(re);
  const first = firstOfRegex(re);
  return fromRaw<RegExpExecArray>((input, i) => {
    if (!reg.exact && !accepts(first, input, i)) return -1;
    sticky.lastIndex = i;
    const m = sticky.exec(input);
    if (m === null) return fail(i, label);
    reg.value = m;
    return i + m[0].length;
  }, first);
}

/** A sticky copy of `re` (never `g`: `lastIndex` is set before every use). */
function stickyCopy(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace(/[gy]/g, "") + "y");
}

/**
 * The current 0-based offset, consuming nothing (cheaper than `P.index`, which computes line and column).
 *
 * @example
 * sequence(token(/ab/y), offset).tryParse("ab"); // ["ab", 2]
 */
export const offset: Parser<number> = fromRaw<number>((_input, i) => {
  reg.value = i;
  return i;
}, ANY);

/**
 * Runs parsers one after another and yields their values as a tuple.
 *
 * @example
 * sequence(place, optHspace, agency).parse("PARIS (dpa-AFX)"); // ["PARIS", " ", { value: "dpa-AFX", ... }]
 */
export function sequence<T extends unknown[]>(...parsers: { [K in keyof T]: Parser<T[K]> }): Parser<T> {
  const raws: Raw[] = (parsers as Parser<unknown>[]).map((p) => rawOf(p));
  const n = raws.length;
  let first: First | null = null;
  const firstOfAll = () => sequenceFirst((parsers as Parser<unknown>[]).map((p) => firstOf(p)));
  return fromRaw<T>((input, i) => {
    // A sequence that cannot start here fails before it allocates anything.
    if (!reg.exact && !accepts((first ??= firstOfAll()), input, i)) return -1;
    // Nor before its first part matched (most tries end there).
    let values: unknown[] | undefined;
    let at = i;
    for (let k = 0; k < n; k++) {
      at = raws[k]!(input, at);
      if (at < 0) return -1;
      (values ??= new Array(n))[k] = reg.value;
    }
    reg.value = values ?? [];
    return at;
  }, firstOfAll);
}

/**
 * The first of `res` that matches at the current place, yielding the whole match, as {@link choice} of
 * their tokens would, in fewer runs of the engine: each run of expressions with the same flags is joined
 * into one alternation, which the engine tries in the same order. For vocabulary lists of expressions
 * (none may hold a back-reference: the groups are renumbered when joined).
 *
 * @example
 * tokenAny([/Anzeige\b/y, /Werbung\b/y]).parse("Werbung"); // "Werbung"
 */
export function tokenAny(res: readonly RegExp[]): Parser<string> {
  const runs: Parser<string>[] = [];
  for (let k = 0; k < res.length; ) {
    const flags = res[k]!.flags;
    const sources: string[] = [];
    for (; k < res.length && res[k]!.flags === flags; k++) sources.push(`(?:${res[k]!.source})`);
    runs.push(token(new RegExp(sources.join("|"), flags)));
  }
  // eslint-disable-next-line no-restricted-syntax -- vocabulary-sized (a run per change of flags), never input-sized
  return runs.length === 1 ? runs[0]! : choice(...runs);
}

/**
 * The first of `parsers` that succeeds; when all fail, what each expected where it got furthest.
 *
 * @example
 * choice(token(/-/y), token(/–/y)).parse("–"); // "–"
 */
export function choice<T>(...parsers: Parser<T>[]): Parser<T> {
  const raws = parsers.map((p) => rawOf(p));
  const n = raws.length;
  let firsts: First[] | null = null;
  return fromRaw<T>(
    (input, i) => {
      if (reg.exact) {
        for (let k = 0; k < n; k++) {
          const end = raws[k]!(input, i);
          if (end >= 0) return end;
        }
        return n === 0 ? fail(i, "a choice") : -1;
      }
      // Only the alternatives that can start with the character at hand are tried.
      firsts ??= parsers.map((p) => firstOf(p));
      for (let k = 0; k < n; k++) {
        if (!accepts(firsts[k]!, input, i)) continue;
        const end = raws[k]!(input, i);
        if (end >= 0) return end;
      }
      return -1;
    },
    () => parsers.map((p) => firstOf(p)).reduce(union, { any: false, nullable: false, high: false, bits: new Uint32Array(8) }),
  );
}

/**
 * Succeeds only where `parser` does and `predicate` accepts its value.
 *
 * @example
 * check(token(/[A-Z]+/y), (s) => s.length > 2, "a long word").parse("EZB"); // "EZB"
 */
export function check<T>(parser: Parser<T>, predicate: (value: T) => boolean, expected: string): Parser<T> {
  const inner = rawOf(parser);
  return fromRaw<T>(
    (input, i) => {
      const end = inner(input, i);
      if (end < 0) return -1;
      return predicate(reg.value as T) ? end : fail(i, expected);
    },
    () => firstOf(parser),
  );
}

/**
 * Zero or more `parser`s in a row (stops at the first failure or at a match that consumes nothing).
 *
 * @example
 * repeat(token(/\/[a-z]+/y)).parse("/evs/nas"); // ["/evs", "/nas"]
 */
export function repeat<T>(parser: Parser<T>): Parser<T[]> {
  const inner = rawOf(parser);
  return fromRaw<T[]>((input, i) => {
    const out: T[] = [];
    let at = i;
    for (;;) {
      const end = inner(input, at);
      if (end < 0 || end === at) break;
      out.push(reg.value as T);
      at = end;
    }
    reg.value = out;
    return at;
  }, () => optional(firstOf(parser)));
}

/**
 * Runs `parser` without consuming: its value where it matches, its failure where not.
 *
 * @example
 * sequence(peek(token(/Quelle: /y)), token(/.+/y)).parse("Quelle: dpa-AFX"); // ["Quelle: ", "Quelle: dpa-AFX"]
 */
export function peek<T>(parser: Parser<T>): Parser<T> {
  const inner = rawOf(parser);
  return fromRaw<T>((input, i) => (inner(input, i) < 0 ? -1 : i), () => firstOf(parser));
}

/**
 * Succeeds, consuming nothing, where `parser` fails; fails where it matches (parsimmon's `notFollowedBy`).
 *
 * @example
 * sequence(notAhead(token(/Von /y)), token(/[^\n]+/y)).parse("Von Anna Berg").status; // false
 */
export function notAhead(parser: Parser<unknown>, expected = "something else"): Parser<null> {
  const inner = rawOf(parser);
  return fromRaw<null>((input, i) => {
    if (inner(input, i) >= 0) return fail(i, expected);
    reg.value = null;
    return i;
  }, ANY);
}

/**
 * Wraps a parser so its value comes with the span it covered.
 *
 * @example
 * located(token(/[A-Z]+/y)).parse("PARIS"); // { status: true, value: { value: "PARIS", span: { start: 0, end: 5 } } }
 */
export function located<T>(parser: Parser<T>): Parser<Located<T>> {
  return mapValue(parser, (value, span) => ({ value, span }));
}

/** Spaces from `i` as {@link isSpace} defines them: the offset after the last one. @internal */
export function spacesFrom(input: string, i: number): number {
  let k = i;
  while (k < input.length && isSpace(input.charCodeAt(k))) k++;
  return k;
}

/**
 * Horizontal white space, at least one character: what `isSpace` in `src/text/chars.ts` accepts (space,
 * tab, NBSP, narrow and thin spaces, ...), never a line break.
 *
 * @example
 * hspace.tryParse("\u00a0 "); // "\u00a0 "
 */
export const hspace: Parser<string> = fromRaw<string>((input, i) => {
  const end = spacesFrom(input, i);
  if (end === i) return fail(i, "a space");
  reg.value = input.slice(i, end);
  return end;
}, firstOfRegex(new RegExp(`[${SPACE_CLASS}]`)));

/**
 * Optional horizontal white space (may match nothing).
 *
 * @example
 * sequence(token(/PARIS/y), optHspace, token(/\(/y)).tryParse("PARIS("); // ["PARIS", "", "("]
 */
export const optHspace: Parser<string> = fromRaw<string>((input, i) => {
  const end = spacesFrom(input, i);
  reg.value = end === i ? "" : input.slice(i, end);
  return end;
}, optional(firstOfRegex(new RegExp(`[${SPACE_CLASS}]`))));

/**
 * A line break: `\n`, `\r\n` or a lone `\r`.
 *
 * @example
 * eol.tryParse("\r\n"); // "\r\n"
 */
export const eol: Parser<string> = fromRaw<string>((input, i) => {
  const c = input.charCodeAt(i);
  if (c === 10) {
    reg.value = "\n";
    return i + 1;
  }
  if (c === 13) {
    const crlf = input.charCodeAt(i + 1) === 10;
    reg.value = crlf ? "\r\n" : "\r";
    return i + (crlf ? 2 : 1);
  }
  return fail(i, "a line break");
}, firstOfRegex(/[\n\r]/));

/**
 * The end of a line: a line break or the end of the input, consuming nothing. HTML tags and entities of
 * white space closing the line (`FRANKFURT (dpa-AFX Broker)</p>`, `FRANKFURT (dpa-AFX)&nbsp;`) count as
 * its end, as the lexer reads them at a line's edges like white space.
 *
 * @example
 * sequence(token(/FRANKFURT/y), endOfLine).parse("FRANKFURT\nDer Dax").status; // false: .parse wants the whole input; use exec
 * exec(sequence(token(/FRANKFURT/y), endOfLine), "FRANKFURT\nDer Dax"); // { value: ["FRANKFURT", null], end: 9 }
 */
export const endOfLine: Parser<null> = fromRaw<null>((input, i) => {
  const c = input.charCodeAt(i);
  if (i < input.length && c !== 10 && c !== 13 && !((c === 60 || c === 38) && edgeMarkupFrom(input, i))) return fail(i, "the end of a line");
  reg.value = null;
  return i;
}, ANY);

/** True when from `i` on, its line holds only the HTML tags and entities the lexer reads through at a line's end. */
function edgeMarkupFrom(input: string, i: number): boolean {
  const doc = docOf(input);
  return doc.lines.markup && i >= doc.lines.last[lineAt(doc, i)]!;
}

/**
 * One or more `item`s separated by `/` (no spaces around the slashes), each located. With `skipEmpty`,
 * a doubled slash between two items (an empty segment, `lfi//mis`) separates them too. At most `max`
 * items (default: no limit) are read; the list ends before the slash after the last one.
 *
 * @example
 * slashList(token(/[a-z]+/y)).parse("evs/nas"); // values "evs" and "nas" with their spans
 * slashList(token(/[a-z]+/y), true).parse("lfi//mis"); // values "lfi" and "mis"
 */
export function slashList<T>(item: Parser<T>, skipEmpty = false, max = Infinity): Parser<Located<T>[]> {
  const inner = rawOf(item);
  return fromRaw<Located<T>[]>((input, i) => {
    // The list is made once its first item matched (most tries end before).
    let end = inner(input, i);
    if (end < 0) return -1;
    const out: Located<T>[] = [];
    let at = i;
    for (;;) {
      if (end < 0 && skipEmpty && input.charCodeAt(at) === 47 /* / */) {
        // An empty segment: the item after the second slash, or the list ends before the first one.
        end = inner(input, at + 1);
        if (end >= 0) at++;
        else end = -1;
      }
      if (end < 0) {
        // The slash belongs to what follows; end the list before it.
        reg.value = out;
        return at - 1;
      }
      out.push({ value: reg.value as T, span: { start: at, end } });
      at = end;
      if (input.charCodeAt(at) !== 47 /* / */ || out.length >= max) {
        reg.value = out;
        return at;
      }
      at++;
      end = inner(input, at);
    }
  }, () => firstOf(item));
}

/**
 * Tries `parser`; where it fails, succeeds with `null` without consuming anything.
 * For optional parts that must never fail the surrounding rule.
 *
 * @example
 * sequence(lenient(token(/°[ \t]?/y)), token(/\/[a-z]+/y)).tryParse("/wb"); // [null, "/wb"]
 */
export function lenient<T>(parser: Parser<T>): Parser<T | null> {
  const inner = rawOf(parser);
  return fromRaw<T | null>((input, i) => {
    const end = inner(input, i);
    if (end >= 0) return end;
    reg.value = null;
    return i;
  }, () => optional(firstOf(parser)));
}

/**
 * `parser`, whose failures add nothing to what a failed parse says it expected: for a second reading
 * tried beside the usual one (a partner's mixed-case dateline beside the capitals one), so a plain
 * sentence still reports what the usual reading expected. @internal
 *
 * @example
 * choice(token(/[A-Z]+/y).desc("a place in capitals"), quiet(token(/[A-Z][a-z]+ \(/y)));
 */
export function quiet<T>(parser: Parser<T>): Parser<T> {
  const inner = rawOf(parser);
  return fromRaw<T>(
    (input, i) => {
      const exact = reg.exact;
      reg.exact = false;
      try {
        return inner(input, i);
      } finally {
        reg.exact = exact;
      }
    },
    () => firstOf(parser),
  );
}
