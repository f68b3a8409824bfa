/**
 * Grammar-agnostic parsimmon pieces for rule authors. Every token here is a sticky regular expression
 * matched in place: it never copies the rest of the input (parsimmon's `P.regexp` slices the input on
 * every call, which turns long inputs quadratic).
 */
import P from "parsimmon";
import type { Span } from "../article/position.js";

/** A parsimmon parser. Re-exported so extension authors need no direct parsimmon import for types. */
export type Parser<T> = P.Parser<T>;

/** A value and the offsets it was parsed from, `[start, end)` relative to the string parsed. */
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
  return P((input, i) => {
    const m = match(input, i);
    return m === null ? P.makeFailure(i, String(re)) : P.makeSuccess(i + m[0].length, m[group] ?? "");
  });
}

/** Like {@link token} but yields the match array, for rules that read several groups at once. */
export function tokenMatch(re: RegExp): Parser<RegExpExecArray> {
  const match = stickyMatcher(re);
  return P((input, i) => {
    const m = match(input, i);
    return m === null ? P.makeFailure(i, String(re)) : P.makeSuccess(i + m[0].length, m);
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

/** The current 0-based offset, consuming nothing (cheaper than `P.index`, which computes line and column). */
export const offset: Parser<number> = P((_input, i) => P.makeSuccess(i, i));

/**
 * Wraps a parser so its value comes with the span it covered.
 *
 * @example
 * located(token(/[A-Z]+/y)).parse("PARIS"); // { status: true, value: { value: "PARIS", span: { start: 0, end: 5 } } }
 */
export function located<T>(parser: Parser<T>): Parser<Located<T>> {
  return P.seqMap(offset, parser, offset, (start, value, end) => ({ value, span: { start, end } }));
}

/** Horizontal white space, at least one character: spaces, tabs, NBSP, narrow and thin spaces. */
export const hspace: Parser<string> = token(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+/y).desc("a space");

/** Optional horizontal white space. */
export const optHspace: Parser<string> = token(/[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*/y);

/** A line break: `\n`, `\r\n` or a lone `\r`. */
export const eol: Parser<string> = token(/\r\n?|\n/y).desc("a line break");

/** The end of a line: a line break or the end of the input, consuming nothing. */
export const endOfLine: Parser<null> = P.lookahead(token(/\r|\n|$/y)).result(null);

/**
 * One or more `item`s separated by `/` (no spaces around the slashes), each located.
 *
 * @example
 * slashList(token(/[a-z]+/y)).parse("evs/nas"); // values "evs" and "nas" with their spans
 */
export function slashList<T>(item: Parser<T>): Parser<Located<T>[]> {
  return P.sepBy1(located(item), P.string("/"));
}

/**
 * Tries `parser`; where it fails, succeeds with `null` without consuming anything.
 * For optional parts that must never fail the surrounding rule.
 */
export function lenient<T>(parser: Parser<T>): Parser<T | null> {
  return parser.or(P.succeed(null));
}

/** The result of {@link exec}: the value and where the match ended, or null. */
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
