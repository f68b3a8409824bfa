/**
 * FIRST sets: the characters a parser's match can start with, known for tokens made from simple regular
 * expressions and passed through the combinators. A choice skips an alternative that cannot start with
 * the character at hand, a sequence fails before it runs a part that cannot: most tries of a rule on a
 * line that is not its kind then cost one character test. Used only where no error message is asked for
 * (see `reg.exact`): a skipped part records no expectation.
 */

/**
 * What a parser can start with: a bit per character below 256, and whether any character at or above
 * 256 may start it (`high`). `nullable`: it may match nothing, so it accepts any next character. `any`:
 * not known (treated as accepting everything).
 */
export interface First {
  readonly any: boolean;
  readonly nullable: boolean;
  readonly high: boolean;
  readonly bits: Uint32Array;
}

/** Unknown: accepts everything. */
export const ANY: First = Object.freeze({ any: true, nullable: true, high: true, bits: new Uint32Array(8) });

/** True when `f` allows a match at `i` of `input` (a cheap test, no call). */
export function accepts(f: First, input: string, i: number): boolean {
  if (f.any || f.nullable) return true;
  if (i >= input.length) return false;
  const c = input.charCodeAt(i);
  return c < 256 ? (f.bits[c >> 5]! & (1 << (c & 31))) !== 0 : f.high;
}

/** The one character `f` holds (a code below 256), or -1 when it holds none, several, or unknown ones. */
export function onlyChar(f: First): number {
  if (f.any || f.nullable || f.high) return -1;
  let found = -1;
  for (let w = 0; w < 8; w++) {
    const bits = f.bits[w]!;
    if (bits === 0) continue;
    if (found !== -1 || (bits & (bits - 1)) !== 0) return -1;
    found = w * 32 + (31 - Math.clz32(bits & -bits));
  }
  return found;
}

/** The set of the characters in `chars` (plus `high` for characters at or above 256). */
function setOf(codes: readonly number[], ranges: readonly [number, number][] = []): First {
  const bits = new Uint32Array(8);
  let high = false;
  const add = (c: number) => {
    if (c < 256) bits[c >> 5]! |= 1 << (c & 31);
    else high = true;
  };
  for (const c of codes) add(c);
  for (const [a, b] of ranges) {
    for (let c = a; c <= Math.min(b, 255); c++) add(c);
    if (b >= 256) high = true;
  }
  return { any: false, nullable: false, high, bits };
}

/** The union of two sets (what a choice can start with). */
export function union(a: First, b: First): First {
  if (a.any || b.any) return ANY;
  const bits = new Uint32Array(8);
  for (let k = 0; k < 8; k++) bits[k] = a.bits[k]! | b.bits[k]!;
  return { any: false, nullable: a.nullable || b.nullable, high: a.high || b.high, bits };
}

/** What a sequence can start with: its first part's set, and the next part's while the parts before may match nothing. */
export function sequenceFirst(parts: readonly First[]): First {
  let out: First = { any: false, nullable: true, high: false, bits: new Uint32Array(8) };
  for (const p of parts) {
    const nullable = out.nullable;
    out = union({ ...out, nullable: false }, p);
    if (!nullable) return { ...out, nullable: false };
    if (!p.nullable) return { ...out, nullable: false };
  }
  return out;
}

/** The same set, marked as possibly matching nothing (an optional part). */
export function optional(f: First): First {
  return f.any ? ANY : { ...f, nullable: true };
}

const ESCAPES: Record<string, number> = { t: 9, n: 10, r: 13, v: 11, f: 12, "0": 0 };

/**
 * The first character set of a regular expression's source, for the simple shapes tokens use: a
 * literal character, an escaped one, `\d`, or a class `[...]` of characters and ranges, not followed by
 * a quantifier that allows none. Anything else (a group, an alternation at the top, `\s`, `\w`, a
 * property escape, a negated class) gives {@link ANY}.
 *
 * @example
 * firstOfRegex(/[A-ZÄÖÜ][A-Z]*\/y); // A to Z, Ä, Ö, Ü
 */
export function firstOfRegex(re: RegExp): First {
  const src = re.source;
  if (hasTopLevelBar(src)) return ANY;
  let atom: First | null;
  let next = 0;
  const c0 = src[0];
  if (c0 === undefined) return ANY;
  if (c0 === "[") {
    const end = classEnd(src, 1);
    if (end < 0 || src[1] === "^") return ANY;
    atom = classSet(src.slice(1, end));
    next = end + 1;
  } else if (c0 === "\\") {
    const e = src[1];
    if (e === undefined) return ANY;
    if (e === "d") atom = setOf([], [[48, 57]]);
    else if (e === "u" && /^[\da-f]{4}$/i.test(src.slice(2, 6))) {
      atom = setOf([parseInt(src.slice(2, 6), 16)]);
      next = 6;
    } else if (ESCAPES[e] !== undefined) atom = setOf([ESCAPES[e]]);
    else if (/[\\^$.*+?()[\]{}|/\-°:;,'"<>=!&%#@~`]/.test(e)) atom = setOf([e.charCodeAt(0)]);
    else return ANY;
    if (next === 0) next = 2;
  } else if ("^$.*+?()[]{}|".includes(c0)) {
    return ANY;
  } else {
    const cp = src.codePointAt(0)!;
    atom = setOf([cp > 0xffff ? 0x10000 : cp]);
    next = cp > 0xffff ? 2 : 1;
  }
  if (atom === null) return ANY;
  // A quantifier that allows no occurrence makes the atom optional: give up (rare in tokens).
  const q = src[next];
  if (q === "*" || q === "?" || (q === "{" && /^\{0[,}]/.test(src.slice(next)))) return ANY;
  return re.flags.includes("i") ? withCases(atom) : atom;
}

/** True when the source has a `|` outside every group and class. */
function hasTopLevelBar(src: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === "\\") {
      k++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

/** Where the class opened before `from` ends (the index of its `]`), or -1. */
function classEnd(src: string, from: number): number {
  for (let k = from; k < src.length; k++) {
    if (src[k] === "\\") k++;
    else if (src[k] === "]" && k > from) return k;
    else if (src[k] === "]" && k === from) return k;
  }
  return -1;
}

/** The set of a class body (`A-ZÄÖÜ`, `-–—`, `\u00a0 \t`); null when it holds an escape we do not read. */
function classSet(body: string): First | null {
  const codes: number[] = [];
  const ranges: [number, number][] = [];
  const items: number[] = [];
  for (let k = 0; k < body.length; k++) {
    let c: number;
    if (body[k] === "\\") {
      const e = body[k + 1];
      if (e === undefined) return null;
      if (e === "u" && /^[\da-f]{4}$/i.test(body.slice(k + 2, k + 6))) {
        c = parseInt(body.slice(k + 2, k + 6), 16);
        k += 5;
      } else if (e === "d") {
        ranges.push([48, 57]);
        k++;
        continue;
      } else if (ESCAPES[e] !== undefined) {
        c = ESCAPES[e];
        k++;
      } else if (/[a-z]/i.test(e)) {
        return null;
      } else {
        c = e.charCodeAt(0);
        k++;
      }
    } else {
      c = body.codePointAt(k)!;
      if (c > 0xffff) k++;
    }
    items.push(c);
    // A range a-b: the dash between two items.
    if (body[k + 1] === "-" && k + 2 < body.length) {
      items.pop();
      let d: number;
      let j = k + 2;
      if (body[j] === "\\") {
        const e = body[j + 1];
        if (e === "u" && /^[\da-f]{4}$/i.test(body.slice(j + 2, j + 6))) {
          d = parseInt(body.slice(j + 2, j + 6), 16);
          j += 5;
        } else if (e !== undefined && !/[a-z]/i.test(e)) {
          d = e.charCodeAt(0);
          j += 1;
        } else return null;
      } else {
        d = body.codePointAt(j)!;
        if (d > 0xffff) j++;
      }
      ranges.push([c, d]);
      k = j;
      continue;
    }
  }
  for (const c of items) codes.push(c);
  return setOf(codes, ranges);
}

/** The set with both cases of every letter below 256 (for the `i` flag). */
function withCases(f: First): First {
  const codes: number[] = [];
  for (let c = 0; c < 256; c++) {
    if ((f.bits[c >> 5]! & (1 << (c & 31))) === 0) continue;
    codes.push(c);
    const s = String.fromCharCode(c);
    codes.push(s.toUpperCase().charCodeAt(0), s.toLowerCase().charCodeAt(0));
  }
  const out = setOf(codes);
  return { ...out, high: true };
}
