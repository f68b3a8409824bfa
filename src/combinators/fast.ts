/**
 * Fast parsers on parsimmon's public API. Every parser here is a parsimmon parser (`Parsimmon(fn)` with
 * replies from `makeSuccess` and `makeFailure`), usable with `.parse`, `P.seq`, `P.alt` and everything else
 * parsimmon offers. Beside it a side table keeps the parser's raw function, which our combinators call
 * directly: it returns the end offset of a match (or -1) and leaves the value in a register, so a
 * success allocates no reply and merges no `expected` lists. A part made some other way (parsimmon's own
 * combinators, a user's override) has no raw function: it runs through `.parse` with a public-API runner
 * that starts it at the right offset. Nothing here reads or writes parsimmon's private fields.
 */
import P from "parsimmon";
import { accepts, ANY, type First } from "./first.js";

/**
 * A parsimmon parser. Re-exported so extension authors need no direct parsimmon import for types.
 *
 * @example
 * const code: Parser<string> = dpaAfx.rules.trailerCode;
 */
export type Parser<T> = P.Parser<T>;

/** A raw parser: the end offset of a match starting at `i` (its value left in `reg.value`), or -1. @internal */
export type Raw = (input: string, i: number) => number;

/**
 * The register raw parsers pass values and failures through. `value`: the value of the last success.
 * `far`: the furthest offset a part failed at in the current frame, with `labels[base, count)` saying what
 * was expected there (one array, reused: a failure allocates nothing). Read right after the call that set
 * it: a call completes every call it makes before it returns. @internal
 */
export const reg = { value: undefined as unknown, far: -1, base: 0, count: 0, labels: [] as string[], exact: true };

/**
 * Records that `label` was expected at `i`; returns -1 (a failure). When no error message is asked for
 * (`reg.exact` false: the pipeline's own runs through `exec`), nothing is recorded. @internal
 */
export function fail(i: number, label: string): number {
  if (!reg.exact) return -1;
  if (i > reg.far) {
    reg.far = i;
    reg.count = reg.base;
    reg.labels[reg.count++] = label;
  } else if (i === reg.far) {
    for (let k = reg.base; k < reg.count; k++) if (reg.labels[k] === label) return -1;
    reg.labels[reg.count++] = label;
  }
  return -1;
}

/** The outer frames' `far` and `base`, two numbers per frame. */
const frameStack: number[] = [];

/** Starts a fresh failure frame (the outer one is kept on the stack); returns the depth before it. */
function openFrame(): number {
  const depth = frameStack.length;
  frameStack.push(reg.far, reg.base);
  reg.base = reg.count;
  reg.far = -1;
  return depth;
}

/** Drops frames down to `depth`, as after a rule that threw: the register is as it was before the call. */
function unwindTo(depth: number): void {
  while (frameStack.length > depth) closeFrame();
}

/** What the last framed run left: its value and, when asked for, where it failed and what it expected. */
const ran = { value: undefined as unknown, far: -1, labels: [] as string[] };

/** Ends the frame opened last (the outer frame restored); with `keep`, its failure goes to `ran`. */
function closeFrame(keep = false): void {
  if (keep) {
    ran.far = reg.far;
    ran.labels = reg.labels.slice(reg.base, reg.count);
  }
  reg.count = reg.base;
  reg.base = frameStack.pop()!;
  reg.far = frameStack.pop()!;
  if (frameStack.length === 0) {
    reg.value = undefined;
    for (const fn of afterCall) fn();
  }
}

/**
 * Runs `run(input, i)` in a frame of its own, `exact` or fast, and returns what it returns; leaves its
 * value (and with `keep` its failure) in `ran`. A throw leaves the register as it was.
 */
function runFramed<T>(run: (input: string, i: number) => T, input: string, i: number, exact: boolean, keep: boolean): T {
  const depth = openFrame();
  const outer = reg.exact;
  reg.exact = exact;
  let out: T;
  try {
    out = run(input, i);
  } catch (e) {
    reg.exact = outer;
    unwindTo(depth);
    throw e;
  }
  reg.exact = outer;
  ran.value = reg.value;
  closeFrame(keep);
  return out;
}

/** Run after each outermost call of a parser completes (the line rules drop the texts they cached). */
const afterCall: (() => void)[] = [];

/** Registers `fn` to run after each outermost parser call. @internal */
export function onOutermostCallEnd(fn: () => void): void {
  afterCall.push(fn);
}

const RAW = new WeakMap<object, Raw>();
/** What each parser can start with, computed when first asked (rules reach others that are built later). */
const FIRST = new WeakMap<object, First | (() => First)>();
const computing = new Set<object>();

/** What `parser` can start with ({@link ANY} when not known). @internal */
export function firstOf(parser: Parser<unknown>): First {
  const f = FIRST.get(parser);
  if (f === undefined) return ANY;
  if (typeof f !== "function") return f;
  if (computing.has(parser)) return ANY;
  computing.add(parser);
  try {
    const value = f();
    FIRST.set(parser, value);
    return value;
  } finally {
    computing.delete(parser);
  }
}

/**
 * A quick test of a parser: false only where the parser cannot match (true says nothing). A rule that asks
 * every line of a text runs it first and passes over the lines it rules out, without running the parser.
 * @internal
 */
export type Quick = (input: string, i: number) => boolean;

/** The quick test of a parser without one: rules nothing out. */
const ALWAYS: Quick = () => true;

/** Each parser's quick test, or what makes it when first asked (see {@link quick}). */
const QUICK = new WeakMap<object, Quick | { make: () => Quick }>();

/**
 * Gives `parser` a quick test (see {@link Quick}), made when first asked: a rule's own cheap check (a place
 * in capitals is never followed by a small letter), or the quick test of the rule it starts with, so that
 * an override of that rule is followed (an override without one rules nothing out). Returns `parser`.
 *
 * @example
 * const dateline = quick(sequence(r.places, rest), () => quickOf(r.places));
 * @internal
 */
export function quick<T>(parser: Parser<T>, make: () => Quick): Parser<T> {
  QUICK.set(parser, { make });
  return parser;
}

/** The quick test of `parser`, or one that rules nothing out. @internal */
export function quickOf(parser: Parser<unknown>): Quick {
  const q = QUICK.get(parser);
  if (q === undefined) return ALWAYS;
  if (typeof q === "function") return q;
  // Asked while making it (a test that reaches itself): rules nothing out.
  QUICK.set(parser, ALWAYS);
  const made = q.make();
  QUICK.set(parser, made);
  return made;
}

/** Each parser's scan source, or what makes it when first asked (see {@link scan}). */
const SCAN = new WeakMap<object, string | null | { make: () => string | null }>();

/**
 * Gives `parser` a scan: the source of a regular expression that, read with the `i` flag, finds
 * something in every stretch of a line that holds a match of the parser (null: not known). Where a
 * rule's match may stand anywhere on a line (a lead's dateline after a glued date or a note), a line
 * the scan finds nothing in is not asked. Made when first asked, from the scans or first characters of
 * the rules the parser reads, so that overrides are followed. Returns `parser`.
 *
 * @example
 * scan(agencyAndDash, () => scanOf(r.agency)); // a match holds its agency
 * @internal
 */
export function scan<T>(parser: Parser<T>, make: () => string | null): Parser<T> {
  SCAN.set(parser, { make });
  return parser;
}

/**
 * The scan source of `parser` (see {@link scan}): its own; else, for a parser whose first characters
 * are known (none at or above 256, never empty), the class of them; else null (not known: nothing is
 * ruled out). @internal
 */
export function scanOf(parser: Parser<unknown>): string | null {
  const s = SCAN.get(parser);
  if (s === undefined) return classOfFirst(firstOf(parser));
  if (s === null || typeof s === "string") return s;
  // Asked while making it (a scan that reaches itself): not known.
  SCAN.set(parser, null);
  const made = s.make();
  SCAN.set(parser, made);
  return made;
}

/**
 * The scan of a choice (see {@link scan}): the scans of its parts as alternatives, each once; null when
 * one is not known. @internal
 *
 * @example
 * anyScan([scanOf(r.dottedDate), scanOf(r.siteDate)]); // "\\d\\d"
 */
export function anyScan(parts: readonly (string | null)[]): string | null {
  if (parts.includes(null)) return null;
  return [...new Set(parts)].join("|");
}

/** A regular expression's class of the characters of `f`, or null when they are not all known. */
function classOfFirst(f: First): string | null {
  if (f.any || f.nullable || f.high) return null;
  let out = "";
  for (let c = 0; c < 256; c++) if (accepts(f, String.fromCharCode(c), 0)) out += `\\x${c.toString(16).padStart(2, "0")}`;
  return out === "" ? null : `[${out}]`;
}

/**
 * Makes a parser from a raw function: a parsimmon parser whose `desc` and `map` stay fast, registered
 * so our combinators run the raw function directly. @internal
 */
export function fromRaw<T>(raw: Raw, first?: First | (() => First)): Parser<T> {
  const p = P((input: string, i: number) => {
    const end = runFramed(raw, input, i, true, true);
    if (end >= 0) return P.makeSuccess(end, ran.value as T);
    return P.makeFailure(ran.far >= 0 ? ran.far : i, ran.labels.length > 0 ? ran.labels : "something else");
  });
  RAW.set(p, raw);
  if (first !== undefined) FIRST.set(p, first);
  // Own properties shadow parsimmon's: the same meaning, without leaving the fast path.
  Object.defineProperty(p, "desc", { value: (label: string) => describeAs(p as Parser<T>, label) });
  Object.defineProperty(p, "map", { value: <U>(fn: (value: T) => U) => mapValue(p as Parser<T>, (v) => fn(v)) });
  return p as Parser<T>;
}

/** Jump target of the runner of a foreign parser (set right before it runs). */
let jumpTo = 0;
const jump = P((_input: string, _i: number) => P.makeSuccess(jumpTo, null));
const here = P((_input: string, i: number) => P.makeSuccess(i, i));
/** What a foreign parser yields in its runner when it fails: the runner itself never fails. */
const FAILED = Symbol("failed");
const foreign = new WeakMap<object, Raw>();

/**
 * The raw function of any parser: its own, or, for a parser made some other way, a runner that jumps to
 * the offset, runs it and notes where it ended, through parsimmon's public `seq`, `alt`, `succeed`, `all`
 * and `parse`. The runner never fails (a failing `.parse` would index the whole input's lines on every
 * call); a foreign part's failure is recorded at its start. @internal
 */
export function rawOf(parser: Parser<unknown>): Raw {
  const own = RAW.get(parser);
  if (own) return own;
  let raw = foreign.get(parser);
  if (!raw) {
    const runner = P.seq(jump, P.alt(parser, P.succeed(FAILED)), here).skip(P.all);
    raw = (input, i) => {
      jumpTo = i;
      const r = runner.parse(input);
      if (r.status && r.value[1] !== FAILED) {
        reg.value = r.value[1];
        return r.value[2];
      }
      return fail(i, "something else");
    };
    foreign.set(parser, raw);
  }
  return raw;
}

/**
 * A parser's failures described by one label, as a reader would name what was expected (parsimmon's
 * `desc`): where it fails, the label replaces what its parts expected. @internal
 */
export function describeAs<T>(parser: Parser<T>, label: string): Parser<T> {
  const inner = rawOf(parser);
  return fromRaw<T>((input, i) => {
    if (!reg.exact) return inner(input, i);
    // A frame of our own, kept in locals (no allocation): the outer frame's far, base and label count.
    const outerFar = reg.far;
    const outerBase = reg.base;
    const outerCount = reg.count;
    reg.base = outerCount;
    reg.far = -1;
    const end = inner(input, i);
    const innerFar = reg.far;
    const innerCount = reg.count;
    reg.base = outerBase;
    reg.far = outerFar;
    if (end < 0) {
      reg.count = outerCount;
      return fail(innerFar >= 0 ? innerFar : i, label);
    }
    // Failures inside a success still count where they got furthest (as parsimmon merges them).
    if (innerFar > outerFar) {
      reg.far = innerFar;
      let n = outerBase;
      for (let k = outerCount; k < innerCount; k++) reg.labels[n++] = reg.labels[k]!;
      reg.count = n;
    } else if (innerFar === outerFar && innerFar >= 0) {
      reg.count = outerCount;
      for (let k = outerCount; k < innerCount; k++) {
        const l = reg.labels[k]!;
        let seen = false;
        for (let j = outerBase; j < reg.count && !seen; j++) seen = reg.labels[j] === l;
        if (!seen) reg.labels[reg.count++] = l;
      }
    } else {
      reg.count = outerCount;
    }
    return end;
  }, () => firstOf(parser));
}

/**
 * Maps a parser's value (like `.map`, without parsimmon's per-call bookkeeping); the callback may also
 * read the span the value covered.
 *
 * @example
 * mapValue(token(/\d{4}/y), Number).parse("2026"); // { status: true, value: 2026 }
 */
export function mapValue<T, U>(parser: Parser<T>, fn: (value: T, span: { start: number; end: number }) => U): Parser<U> {
  const inner = rawOf(parser);
  const first = () => firstOf(parser);
  if (fn.length > 1) {
    return fromRaw<U>((input, i) => {
      const end = inner(input, i);
      if (end < 0) return -1;
      reg.value = fn(reg.value as T, { start: i, end });
      return end;
    }, first);
  }
  const noSpan = fn as (value: T) => U;
  return fromRaw<U>((input, i) => {
    const end = inner(input, i);
    if (end < 0) return -1;
    reg.value = noSpan(reg.value as T);
    return end;
  }, first);
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
 * Runs `parser` at `start` inside `input` without parsimmon's per-call bookkeeping of `.parse()`: no
 * end-of-input check, no line/column index, no record of what was expected (`.parse` and the pipeline's
 * diagnostics keep that). Returns null on failure. This is how the pipeline runs rules.
 *
 * @example
 * exec(dpaAfx.rules.dateline, "date 2026-01-06 PARIS (dpa-AFX) - Text", 16); // { value: {...}, end: 34 }
 */
export function exec<T>(parser: Parser<T>, input: string, start = 0): ExecResult<T> | null {
  const end = runFramed(rawOf(parser), input, start, false, false);
  return end >= 0 ? { value: ran.value as T, end } : null;
}

/**
 * Runs `fn` inside one fast-mode frame, as {@link exec} runs one parser: `fn` may then call many raws
 * (see {@link rawOf}) directly, without a frame for each call (a feed's splitter asks a rule of every
 * line). A throw leaves the register as it was. @internal
 *
 * @example
 * inFastFrame(() => rawOf(dpaAfx.rules.trailer)("Text./ab/DP/cd", 5)); // 14
 */
export function inFastFrame<T>(fn: () => T): T {
  return runFramed(fn, "", 0, false, false);
}

/**
 * What `parser` expected where it failed on `input` from `start`, as its `.desc()` labels (empty when it
 * matched), and how far it got. @internal
 */
export function expectedOf(parser: Parser<unknown>, input: string, start = 0): { far: number; labels: string[] } {
  const end = runFramed(rawOf(parser), input, start, true, true);
  return end >= 0 ? { far: -1, labels: [] } : { far: ran.far >= 0 ? ran.far : start, labels: ran.labels };
}

/** True when `parser` cannot start at `i` (fast mode only: an exact run tries everything). @internal */
export function cannotStart(first: First, input: string, i: number): boolean {
  return !reg.exact && !accepts(first, input, i);
}
