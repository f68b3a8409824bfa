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
 * The first character set of a regular expression's source, for the shapes tokens use: a literal
 * character, an escaped one, `\d`, or a class `[...]` of characters and ranges, not followed by a
 * quantifier that allows none; a group of such alternatives (`(?:Von|By) `); alternatives at the top
 * (`Hinweis: |Quelle: `), each read so; a lookaround in front (`(?<![-=_*])[-=_*]{5}`), passed over,
 * since it reads no character; an optional first atom (`(?:Heute, )?\d`), read with what follows it.
 * Anything else (`\s`, `\w`, a property escape, a negated class, a source that may match nothing) gives
 * {@link ANY}.
 *
 * @example
 * firstOfRegex(/[A-ZÄÖÜ][A-Z]*\/y); // A to Z, Ä, Ö, Ü
 */
export function firstOfRegex(re: RegExp): First {
  const f = firstOfSource(re.source, 0);
  return f.any || !re.flags.includes("i") ? f : withCases(f);
}

/** How deep groups may nest before the set is not worked out (sources are a vocabulary's, never input). */
const MAX_DEPTH = 4;

/** The first set of a source (no flags applied); `depth` counts the groups it stands in. */
function firstOfSource(src: string, depth: number): First {
  if (depth > MAX_DEPTH) return ANY;
  const bars = topLevelBars(src);
  // Alternatives: the union of their sets (ANY when one of them is).
  if (bars.length > 0) return [-1, ...bars].map((b, k) => firstOfSource(src.slice(b + 1, bars[k] ?? src.length), depth)).reduce(union);
  let at = 0;
  // A lookaround in front reads no character: the set is what follows it (a superset, as it should be).
  for (LOOKAROUND.lastIndex = 0; LOOKAROUND.test(src); LOOKAROUND.lastIndex = at) at = groupEnd(src, at) + 1;
  let atom: First | null;
  let next: number;
  const c0 = src[at];
  if (c0 === undefined) return ANY;
  if (c0 === "(") {
    // A group, plain or non-capturing. In any other (a named group), the inner source starts with "?",
    // which gives ANY.
    const close = groupEnd(src, at);
    atom = firstOfSource(src.slice(src.startsWith("(?:", at) ? at + 3 : at + 1, close), depth + 1);
    next = close + 1;
  } else if (c0 === "[") {
    if (src[at + 1] === "^") return ANY;
    const end = classEnd(src, at + 1);
    atom = classSet(src.slice(at + 1, end));
    next = end + 1;
  } else if (c0 === "\\") {
    // An escape reads as a class of that one escape: `\u00e4`, `\d`, `\t`, `\(`.
    next = at + (src[at + 1] === "u" && /^[\da-f]{4}$/i.test(src.slice(at + 2, at + 6)) ? 6 : 2);
    atom = classSet(src.slice(at, next));
  } else if ("^$.*+?()[]{}|".includes(c0)) {
    return ANY;
  } else {
    const cp = src.codePointAt(at)!;
    atom = setOf([cp > 0xffff ? 0x10000 : cp]);
    next = at + (cp > 0xffff ? 2 : 1);
  }
  if (atom === null || atom.any) return ANY;
  // A quantifier that allows no occurrence makes the atom optional: the match starts with it or with
  // what follows (`(?:Heute, )?\d{1,2}:\d{2}`). Nothing following: the source may match nothing.
  const after = optionalEnd(src, next);
  return after === -1 ? atom : union(atom, firstOfSource(src.slice(after), depth));
}

/**
 * Where the quantifier at `at` ends when it allows no occurrence (`?`, `*`, `{0}`, `{0,n}`, each perhaps
 * lazy), else -1.
 */
function optionalEnd(src: string, at: number): number {
  const q = src[at];
  let end: number;
  if (q === "*" || q === "?") end = at + 1;
  else if (src.startsWith("{0,", at) || src.startsWith("{0}", at)) end = src.indexOf("}", at) + 1;
  else return -1;
  return src[end] === "?" ? end + 1 : end;
}

/** A lookahead or lookbehind opening: `(?=`, `(?!`, `(?<=`, `(?<!` (not a named group `(?<name>`). */
const LOOKAROUND = /\(\?<?[=!]/y;

/** Where the group opened at `open` closes (the index of its `)`); the source's length if it never does. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let k = open; k < src.length; k++) {
    const c = src[k];
    if (c === "\\") k++;
    else if (c === "[") k = classEnd(src, k + 1);
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return k;
  }
  return src.length;
}

/** Where the source has a `|` outside every group and class. */
function topLevelBars(src: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < src.length; k++) {
    const c = src[k];
    if (c === "\\") k++;
    else if (c === "[") k = classEnd(src, k + 1);
    else if (c === "(") k = groupEnd(src, k);
    else if (c === "|") out.push(k);
  }
  return out;
}

/** Where the class opened before `from` ends (the index of its `]`; `[]` is an empty class); the source's length if it never does. */
function classEnd(src: string, from: number): number {
  for (let k = from; k < src.length; k++) {
    if (src[k] === "\\") k++;
    else if (src[k] === "]") return k;
  }
  return src.length;
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
      } else if (/[\da-z]/i.test(e)) {
        // A letter or a digit names a class, a boundary or a back reference: not read.
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
