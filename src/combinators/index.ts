/**
 * Grammar-agnostic parsimmon pieces for rule authors. Every token here is a sticky regular expression
 * matched in place: it never copies the rest of the input (parsimmon's `P.regexp` slices the input on
 * every call, which turns long inputs quadratic).
 */
import P from "parsimmon";
import type { Span } from "../article/position.js";

/**
 * A parsimmon parser. Re-exported so extension authors need no direct parsimmon import for types.
 *
 * @example
 * const code: Parser<string> = dpaAfx.rules.trailerCode;
 */
export type Parser<T> = P.Parser<T>;

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

interface RawReply<T> {
  status: boolean;
  index: number;
  value: T;
  furthest: number;
  expected: string[];
}
type Runnable<T> = P.Parser<T> & { _: (input: string, i: number) => RawReply<T> };

// Replies shaped like parsimmon's own, without a fresh `expected` array per call: successes share one
// frozen empty list, failures the list made once per token (parsimmon replaces these lists, never mutates them).
const NONE: string[] = Object.freeze([]) as unknown as string[];
function ok<T>(index: number, value: T): P.Reply<T> {
  return { status: true, index, value, furthest: -1, expected: NONE } as unknown as P.Reply<T>;
}
function fail<T>(furthest: number, expected: string[]): P.Reply<T> {
  return { status: false, index: -1, value: null, furthest, expected } as unknown as P.Reply<T>;
}

/**
 * Matches `re` exactly at the current place and yields the whole match (or capture group `group`).
 * The regular expression must not use the `g` or `y` flag; a sticky copy is made once.
 *
 * @example
 * const code = token(/[A-Za-z]{1,6}/y).desc("a trailer code");
 * code.parse("evs"); // { status: true, value: "evs" }
 */
export function token(re: RegExp, group = 0): Parser<string> {
  const match = stickyMatcher(re);
  const expected = [String(re)];
  return P((input, i) => {
    const m = match(input, i);
    return m === null ? fail(i, expected) : ok(i + m[0].length, m[group] ?? "");
  });
}

/**
 * Like {@link token} but yields the match array, for rules that read several groups at once.
 *
 * @example
 * tokenMatch(/(\d{2})\.(\d{2})\./y).tryParse("21.08.").slice(1); // ["21", "08"]
 */
export function tokenMatch(re: RegExp): Parser<RegExpExecArray> {
  const match = stickyMatcher(re);
  const expected = [String(re)];
  return P((input, i) => {
    const m = match(input, i);
    return m === null ? fail(i, expected) : ok(i + m[0].length, m);
  });
}

/** A sticky copy of `re` (made once) run at an offset. */
function stickyMatcher(re: RegExp): (input: string, i: number) => RegExpExecArray | null {
  const sticky = new RegExp(re.source, re.flags.replace(/[gy]/g, "") + "y");
  return (input, i) => {
    sticky.lastIndex = i;
    return sticky.exec(input);
  };
}

/**
 * The current 0-based offset, consuming nothing (cheaper than `P.index`, which computes line and column).
 *
 * @example
 * sequence(token(/ab/y), offset).tryParse("ab"); // ["ab", 2]
 */
export const offset: Parser<number> = P((_input, i) => ok(i, i));

// The combinators below run their parts directly and never merge parsimmon's `expected` lists on
// success (parsimmon's own `seq`, `alt` and `map` build a sorted set union at every step, which made
// whole rules cost microseconds). On failure they pass on the furthest failure unchanged.

function run<T>(parser: Parser<T>, input: string, i: number): RawReply<T> {
  return (parser as Runnable<T>)._(input, i);
}

/**
 * Runs parsers one after another and yields their values as a tuple.
 *
 * @example
 * sequence(place, optHspace, agency).parse("PARIS (dpa-AFX)"); // ["PARIS", " ", { value: "dpa-AFX", ... }]
 */
export function sequence<T extends unknown[]>(...parsers: { [K in keyof T]: Parser<T[K]> }): Parser<T> {
  const n = parsers.length;
  return P((input, i) => {
    const values = new Array(n);
    let at = i;
    for (let k = 0; k < n; k++) {
      const r = run(parsers[k] as Parser<unknown>, input, at);
      if (!r.status) return r as unknown as P.Reply<T>;
      values[k] = r.value;
      at = r.index;
    }
    return ok(at, values as T);
  });
}

/**
 * The first of `parsers` that succeeds; when all fail, the failure that got furthest.
 *
 * @example
 * choice(token(/-/y), token(/–/y)).parse("–"); // "–"
 */
export function choice<T>(...parsers: Parser<T>[]): Parser<T> {
  return P((input, i) => {
    let best: RawReply<T> | null = null;
    for (const p of parsers) {
      const r = run(p, input, i);
      if (r.status) return r as unknown as P.Reply<T>;
      if (best === null || r.furthest > best.furthest) best = r;
    }
    return (best ?? P.makeFailure(i, "a choice")) as P.Reply<T>;
  });
}

/**
 * Maps a parser's value (like `.map`, without parsimmon's per-call bookkeeping).
 *
 * @example
 * mapValue(token(/\d{4}/y), Number).parse("2026"); // 2026
 */
export function mapValue<T, U>(parser: Parser<T>, fn: (value: T, span: Span) => U): Parser<U> {
  const wantsSpan = fn.length > 1; // build the span object only for callbacks that read it
  return P((input, i) => {
    const r = run(parser, input, i);
    if (!r.status) return r as unknown as P.Reply<U>;
    return ok(r.index, fn(r.value, wantsSpan ? { start: i, end: r.index } : (undefined as unknown as Span)));
  });
}

/**
 * Succeeds only where `parser` does and `predicate` accepts its value.
 *
 * @example
 * check(token(/[A-Z]+/y), (s) => s.length > 2, "a long word").parse("EZB"); // "EZB"
 */
export function check<T>(parser: Parser<T>, predicate: (value: T) => boolean, expected: string): Parser<T> {
  return P((input, i) => {
    const r = run(parser, input, i);
    if (!r.status) return r as unknown as P.Reply<T>;
    return predicate(r.value) ? (r as unknown as P.Reply<T>) : P.makeFailure(i, expected);
  });
}

/**
 * Zero or more `parser`s in a row (stops at the first failure or at a match that consumes nothing).
 *
 * @example
 * repeat(token(/\/[a-z]+/y)).parse("/evs/nas"); // ["/evs", "/nas"]
 */
export function repeat<T>(parser: Parser<T>): Parser<T[]> {
  return P((input, i) => {
    const out: T[] = [];
    let at = i;
    for (;;) {
      const r = run(parser, input, at);
      if (!r.status || r.index === at) return ok(at, out);
      out.push(r.value);
      at = r.index;
    }
  });
}

/**
 * Runs `parser` without consuming: its value where it matches, its failure where not.
 *
 * @example
 * sequence(peek(token(/Quelle: /y)), token(/.+/y)).parse("Quelle: dpa-AFX"); // ["Quelle: ", "Quelle: dpa-AFX"]
 */
export function peek<T>(parser: Parser<T>): Parser<T> {
  return P((input, i) => {
    const r = run(parser, input, i);
    return r.status ? ok(i, r.value) : (r as unknown as P.Reply<T>);
  });
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

/**
 * Horizontal white space, at least one character: spaces, tabs, NBSP, narrow and thin spaces.
 *
 * @example
 * hspace.tryParse("\u00a0 "); // "\u00a0 "
 */
export const hspace: Parser<string> = token(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/y).desc("a space");

/**
 * Optional horizontal white space (may match nothing).
 *
 * @example
 * sequence(token(/PARIS/y), optHspace, token(/\(/y)).tryParse("PARIS("); // ["PARIS", "", "("]
 */
export const optHspace: Parser<string> = token(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*/y);

/**
 * A line break: `\n`, `\r\n` or a lone `\r`.
 *
 * @example
 * eol.tryParse("\r\n"); // "\r\n"
 */
export const eol: Parser<string> = token(/\r\n?|\n/y).desc("a line break");

/**
 * The end of a line: a line break or the end of the input, consuming nothing.
 *
 * @example
 * sequence(token(/FRANKFURT/y), endOfLine).parse("FRANKFURT\nDer Dax").status; // false: .parse wants the whole input; use exec
 * exec(sequence(token(/FRANKFURT/y), endOfLine), "FRANKFURT\nDer Dax"); // { value: ["FRANKFURT", null], end: 9 }
 */
export const endOfLine: Parser<null> = P((input, i) =>
  i >= input.length || input.charCodeAt(i) === 10 || input.charCodeAt(i) === 13 ? ok(i, null) : P.makeFailure(i, "the end of a line"),
);

/**
 * One or more `item`s separated by `/` (no spaces around the slashes), each located.
 *
 * @example
 * slashList(token(/[a-z]+/y)).parse("evs/nas"); // values "evs" and "nas" with their spans
 */
export function slashList<T>(item: Parser<T>): Parser<Located<T>[]> {
  return P((input, i) => {
    const out: Located<T>[] = [];
    let at = i;
    for (;;) {
      const r = run(item, input, at);
      if (!r.status) {
        if (out.length === 0) return r as unknown as P.Reply<Located<T>[]>;
        // The slash belongs to what follows; end the list before it.
        return ok(at - 1, out);
      }
      out.push({ value: r.value, span: { start: at, end: r.index } });
      at = r.index;
      if (input.charCodeAt(at) !== 47 /* / */) return ok(at, out);
      at++;
    }
  });
}

/**
 * Tries `parser`; where it fails, succeeds with `null` without consuming anything.
 * For optional parts that must never fail the surrounding rule.
 *
 * @example
 * sequence(lenient(token(/°[ \t]?/y)), token(/\/[a-z]+/y)).tryParse("/wb"); // [null, "/wb"]
 */
export function lenient<T>(parser: Parser<T>): Parser<T | null> {
  return P((input, i) => {
    const r = run(parser, input, i);
    return r.status ? (r as unknown as P.Reply<T | null>) : ok(i, null);
  });
}

/**
 * The result of {@link exec}: the value and where the match ended.
 *
 * @example
 * exec(dpaAfx.rules.trailer, "/evs/DP/nas", 0)?.end; // 11
 */
export interface ExecResult<T> {
  value: T;
  end: number;
}

/**
 * Runs `parser` at `start` inside `input` without parsimmon's per-call bookkeeping of `.parse()`:
 * no end-of-input check, no line/column cache. Returns null on failure. This is how the pipeline runs rules.
 *
 * @example
 * exec(dpaAfx.rules.dateline, "date 2026-01-06 PARIS (dpa-AFX) - Text", 16); // { value: {...}, end: 34 }
 */
export function exec<T>(parser: Parser<T>, input: string, start = 0): ExecResult<T> | null {
  const reply = (parser as Runnable<T>)._(input, start);
  return reply.status ? { value: reply.value, end: reply.index } : null;
}
