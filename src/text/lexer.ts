/**
 * The line lexer: cuts a text once into line tokens. It is the only code that walks the input to find
 * structure; the document rules read these tokens, and inline rules run inside one line at a time.
 *
 * A token is an index into parallel arrays (no object per line): where the line starts and ends, and
 * where its text starts and ends without surrounding white space. `\n`, `\r\n` and a lone `\r` end a
 * line, as in {@link LineIndex}. Plain arrays of small integers, which V8 reads fastest; typed arrays for
 * texts of 8,192 lines or more, where filling plain arrays gets about ten times slower per entry.
 */
import { lineAt } from "../article/position.js";
import { isSpace } from "./chars.js";
import { markdownEdges, setextUnderline } from "./markdown.js";
import { edgeMarkupEnd, edgeMarkupStart } from "./markup.js";

/**
 * Line tokens of a text: line `k` runs from `start[k]` to `end[k]` (before its break); its text without
 * surrounding white space is `[first[k], last[k])`, empty for a blank line; `next[k]` is where the
 * following line starts (after the break; the text's length for the last line).
 *
 * @example
 * const lines = lex("Titel\n\n  KIEL (dpa-AFX) - Text.");
 * lines.count;                       // 3
 * lines.first[2];                    // 9: the K after two spaces
 * lines.first[1] === lines.last[1];  // true: line 1 is blank
 */
export interface Lines {
  readonly input: string;
  readonly count: number;
  readonly start: ArrayLike<number>;
  readonly end: ArrayLike<number>;
  readonly next: ArrayLike<number>;
  readonly first: ArrayLike<number>;
  readonly last: ArrayLike<number>;
  /** True when some line has HTML tags at its edges (`<p>`, `</p>`), left outside `first` and `last`. */
  readonly markup: boolean;
}

/**
 * Lexes `input` into lines. A text ending in a line break has an empty last line, as in `LineIndex`.
 * HTML tags at a line's edges are read through like white space (`<p>NEW YORK ...</p>`: the text starts
 * at the N), and so are Markdown marks there (`## Titel`, `**VIEL LOB**`) and a Setext heading's underline
 * (`===` under a line as long: see `setextUnderline`); they stay in the line's span.
 *
 * @example
 * lex("a\r\nb").next[0]; // 3
 */
export function lex(input: string): Lines {
  const n = input.length;
  // The first SCRATCH_ROOM lines go into the module's scratch arrays, written by index, and are copied out
  // at the end into packed arrays of exactly their count: packed arrays of small integers are what every
  // reader is fastest on, and arrays grown by push from empty allocated 4.6 KB for a real-shaped article
  // of 3 KB, 2.6 KB of it left behind as garbage (copied out: 2 KB; about 3% less time in paired rounds).
  // A text that passes SCRATCH_ROOM lines goes on in plain arrays grown by push. One that reaches
  // TYPED_FROM lines moves to typed arrays, sized from the lines per character so far and doubled when
  // full: a plain array grown by push outgrows the largest regular object (128 KB) when its room steps
  // from 14,021 to 21,047 entries, and from there on every push cost about ten times as much (16,000 blank
  // lines: 315 ns a line, against 27 in typed arrays). (Counting the line breaks first, to size them once,
  // cost two more passes.)
  let scratch = true;
  let typed = false;
  let room = TYPED_FROM;
  let start: number[] | Int32Array = SCRATCH.start;
  let end: number[] | Int32Array = SCRATCH.end;
  let next: number[] | Int32Array = SCRATCH.next;
  let first: number[] | Int32Array = SCRATCH.first;
  let last: number[] | Int32Array = SCRATCH.last;
  let count = 0;
  let s = 0;
  let markup = false;
  // A Setext underline read as markup until the line below says otherwise (-1: none), and its text; the
  // width of the line above (its text with any marks), whether it is blank (the text's start counts as a
  // blank line), and whether the line above it is.
  let underline = -1;
  let underlineStart = 0;
  let underlineEnd = 0;
  let above = 0;
  let aboveBlank = true;
  let twoAboveBlank = aboveBlank;
  // Line breaks are found with indexOf (native, far faster than a loop over characters): the next "\n"
  // and the next "\r" are kept, and whichever comes first ends the line ("\r\n" counts once).
  let lf = input.indexOf("\n");
  let cr = input.indexOf("\r");
  for (;;) {
    let e: number;
    let after: number;
    if (lf === -1 && cr === -1) {
      e = n;
      after = n;
    } else if (cr === -1 || (lf !== -1 && lf < cr)) {
      e = lf;
      after = lf + 1;
      lf = input.indexOf("\n", after);
    } else if (lf === cr + 1) {
      e = cr;
      after = cr + 2;
      lf = input.indexOf("\n", after);
      cr = input.indexOf("\r", after);
    } else {
      e = cr;
      after = cr + 1;
      cr = input.indexOf("\r", after);
    }
    // The text without the white space around it: only the line's ends are read.
    let a = s;
    let b = e;
    while (a < b && isSpace(input.charCodeAt(a))) a++;
    while (b > a && isSpace(input.charCodeAt(b - 1))) b--;
    const width = b - a;
    // Tags and entities of white space at the edges, and Markdown marks (rare: a few comparisons when
    // there are none).
    const ca = input.charCodeAt(a);
    const cb = input.charCodeAt(b - 1);
    if (ca === 60 || cb === 62 || ca === 38 || cb === 59 || ca === 35 || ca === 42 || ca === 95) {
      const t = tagEdges(input, a, b);
      if (t !== null) {
        markup = true;
        a = t[0];
        b = t[1];
      }
    }
    // A Setext heading's underline (`Dax legt zu` over `===========`) is markup, its line blank to the rules,
    // once the line below it is blank too (or the text ends): a table's header over its rule and rows is not.
    if (underline !== -1) {
      if (a < b) {
        first[underline] = underlineStart;
        last[underline] = underlineEnd;
        aboveBlank = false;
      } else markup = true;
      underline = -1;
    }
    if (width === above && !aboveBlank && twoAboveBlank && setextUnderline(input, a, b)) {
      underline = count;
      underlineStart = a;
      underlineEnd = b;
      a = b;
    }
    twoAboveBlank = aboveBlank;
    aboveBlank = a === b;
    above = width;
    if (scratch && count === SCRATCH_ROOM) {
      // Past the scratch arrays: plain ones of their own, grown by push from here.
      start = (start as number[]).slice(0, count);
      end = (end as number[]).slice(0, count);
      next = (next as number[]).slice(0, count);
      first = (first as number[]).slice(0, count);
      last = (last as number[]).slice(0, count);
      scratch = false;
    }
    if (count === room) {
      // Full: typed arrays for about the lines the rest of the text holds at this rate, or twice the room;
      // never more than the text can hold (a line per character, and one more).
      room = Math.min(n + 1, typed ? room * 2 : Math.max(room * 2, Math.ceil((count / s) * n * 1.1) + 64));
      start = grown(start, room);
      end = grown(end, room);
      next = grown(next, room);
      first = grown(first, room);
      last = grown(last, room);
      typed = true;
    }
    // Scratch and typed arrays are filled by index, each kind by stores of its own (one store written for
    // both saw two kinds of array, and a text of 100,000 blank lines took three times as long); plain
    // arrays grow by push.
    if (scratch) {
      (start as number[])[count] = s;
      (end as number[])[count] = e;
      (next as number[])[count] = after;
      (first as number[])[count] = a;
      (last as number[])[count] = b;
    } else if (typed) {
      start[count] = s;
      end[count] = e;
      next[count] = after;
      first[count] = a;
      last[count] = b;
    } else {
      (start as number[]).push(s);
      (end as number[]).push(e);
      (next as number[]).push(after);
      (first as number[]).push(a);
      (last as number[]).push(b);
    }
    count++;
    s = after;
    if (e === n) break;
  }
  // An underline on the last line: the text's end stands below it.
  if (underline !== -1) markup = true;
  // Scratch arrays: copies of the filled part; typed arrays: views of it (no copy).
  const cut = (a: number[] | Int32Array) => (scratch ? (a as number[]).slice(0, count) : typed ? (a as Int32Array).subarray(0, count) : a);
  return { input, count, start: cut(start), end: cut(end), next: cut(next), first: cut(first), last: cut(last), markup };
}

/**
 * The text of `[a, b)` without the HTML tags and entities of white space (`&nbsp;`) at its edges, and
 * then the Markdown marks there (see `markdownEdges`: `## Titel`, `**Titel**`), or null when it has none.
 */
function tagEdges(input: string, a: number, b: number): [number, number] | null {
  let found = false;
  // (Nothing is found in an empty stretch.)
  for (let t = edgeMarkupEnd(input, a, b); t !== -1; t = edgeMarkupEnd(input, a, b)) {
    found = true;
    a = t;
    while (a < b && isSpace(input.charCodeAt(a))) a++;
  }
  for (let t = edgeMarkupStart(input, b, a); t !== -1; t = edgeMarkupStart(input, b, a)) {
    found = true;
    b = t;
    while (b > a && isSpace(input.charCodeAt(b - 1))) b--;
  }
  // Markdown marks inside the tags (`<p>**Titel**</p>`); read once: `## **Titel**` is both.
  const md = a < b ? markdownEdges(input, a, b) : null;
  if (md !== null) return md;
  return found ? [a, b] : null;
}

/**
 * The arrays the first {@link SCRATCH_ROOM} lines of every text are written into (`lex` copies them out
 * before it returns, and calls nothing that lexes): they grow to that room once and are reused.
 */
const SCRATCH = { start: [] as number[], end: [] as number[], next: [] as number[], first: [] as number[], last: [] as number[] };

/** How many lines the scratch arrays hold at most: 40 KB kept for good, whatever the longest text was. */
const SCRATCH_ROOM = 1 << 10;

/** How many lines the scratch arrays hold now (for tests). @internal */
export function scratchLines(): number {
  return SCRATCH.start.length;
}

/** A typed array of `size` entries holding the entries of `a` first. */
function grown(a: number[] | Int32Array, size: number): Int32Array {
  const t = new Int32Array(size);
  t.set(a);
  return t;
}

/**
 * Texts reaching this many lines get typed arrays: well below the 14,021 entries where a plain array's
 * next growth leaves the regular heap. Offsets fit: a JavaScript string holds fewer than 2^31 code units.
 */
const TYPED_FROM = 1 << 13;

/**
 * The line holding `offset`: the last line starting at or before it (a binary search).
 *
 * @example
 * lineOf(lex("ab\ncd"), 4); // 1
 */
export function lineOf(lines: Lines, offset: number): number {
  return lineAt(lines.start, offset);
}
