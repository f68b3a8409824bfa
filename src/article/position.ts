/**
 * Positions into the original input, unist style: 1-based `line` and `column`,
 * 0-based UTF-16 `offset`; `end` is the first character after the node.
 */

/**
 * One place in the input.
 *
 * @example
 * // "date 2026-01-06\nPARIS (dpa-AFX) - " : the P of PARIS
 * { line: 2, column: 1, offset: 16 }
 */
export interface Point {
  /** 1-based line number. */
  line: number;
  /** 1-based column, counted in UTF-16 code units. */
  column: number;
  /** 0-based UTF-16 offset into the input. */
  offset: number;
}

/**
 * Where a node stands in the input; `end` is exclusive (the first character after the node).
 *
 * @example
 * // the trailer of "Text./evs/DP/nas"
 * { start: { line: 1, column: 6, offset: 5 }, end: { line: 1, column: 17, offset: 16 } }
 */
export interface Position {
  start: Point;
  end: Point;
}

/**
 * A half-open range of 0-based offsets, `[start, end)`: what rules yield before positions are computed.
 *
 * @example
 * dpaAfx.rules.trailer.tryParse("/evs/DP/nas").span; // { start: 0, end: 11 }
 */
export interface Span {
  start: number;
  end: number;
}

/**
 * The index of the last of the ascending `starts` at or before `offset` (0 when none is): a binary search.
 *
 * @example
 * lineAt([0, 4, 9], 5); // 1
 */
export function lineAt(starts: ArrayLike<number>, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** How many lines past the one found last {@link LineIndex.lineOf} walks before it searches. */
const NEAR_LINES = 4;

/**
 * Maps offsets to line and column. Built once per input in one pass; each lookup starts at the line
 * found last (points are mostly asked in input order), else it is a binary search.
 * `\n`, `\r\n` and a lone `\r` each end a line.
 *
 * @example
 * const index = new LineIndex("date 2026-01-06\nPARIS (dpa-AFX) - ");
 * index.point(16); // { line: 2, column: 1, offset: 16 }
 */
export class LineIndex {
  /** Offset at which each line starts; `starts[0] === 0`. */
  readonly starts: ArrayLike<number>;
  /** Offset at which each line's content ends (before its line break). */
  readonly ends: ArrayLike<number>;
  readonly length: number;
  /** Where the indexed text stands in a longer input (a message of a stream): 0 for a whole input. @internal */
  readonly baseOffset: number;
  /** Lines before the indexed text in the longer input. @internal */
  readonly baseLine: number;
  /** Columns before the indexed text on its first line (non-zero when it starts inside a line). @internal */
  readonly baseColumn: number;
  /** The line {@link lineOf} found last, where it looks first. */
  private hint = 0;

  /**
   * @param input The text to index.
   * @param base Where `input` stands in a longer input, when it is part of one: points then come out in
   *   the longer input's lines, columns and offsets (a stream parses each message on its own).
   */
  constructor(input: string, base?: { offset: number; line: number; column: number }) {
    const starts = [0];
    const ends: number[] = [];
    const n = input.length;
    let i = input.indexOf("\n");
    // Fast path: find each \n with indexOf; look for lone \r only when the input has one.
    const hasCR = input.indexOf("\r") !== -1;
    if (!hasCR) {
      while (i !== -1) {
        ends.push(i);
        starts.push(i + 1);
        i = input.indexOf("\n", i + 1);
      }
      ends.push(n);
    } else {
      for (let k = 0; k < n; k++) {
        const c = input.charCodeAt(k);
        if (c === 10) {
          ends.push(k);
          starts.push(k + 1);
        } else if (c === 13) {
          ends.push(k);
          if (input.charCodeAt(k + 1) === 10) k++;
          starts.push(k + 1);
        }
      }
      ends.push(n);
    }
    this.starts = starts;
    this.ends = ends;
    this.length = n;
    this.baseOffset = base?.offset ?? 0;
    this.baseLine = base?.line ?? 0;
    this.baseColumn = base?.column ?? 0;
  }

  /**
   * A line index from line offsets already found (a stream finds them as chunks arrive). The arrays are
   * used as they are, not copied. @internal
   *
   * @example
   * LineIndex.fromLines([0, 3], [2, 5], 5).point(4); // { line: 2, column: 2, offset: 4 }
   */
  static fromLines(starts: ArrayLike<number>, ends: ArrayLike<number>, length: number, base?: { offset: number; line: number; column: number }): LineIndex {
    const index = Object.create(LineIndex.prototype) as { -readonly [K in keyof LineIndex]: LineIndex[K] };
    index.starts = starts;
    index.ends = ends;
    index.length = length;
    index.baseOffset = base?.offset ?? 0;
    index.baseLine = base?.line ?? 0;
    index.baseColumn = base?.column ?? 0;
    (index as unknown as { hint: number }).hint = 0;
    return index as LineIndex;
  }

  /** Number of lines (an input without a line break has one). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based index of the line holding `offset` (both in the indexed text). */
  lineOf(offset: number): number {
    // Points are asked in input order, mostly: the line found last, or one a few lines on, holds the next
    // offset. A feed's index holds every line of the feed, and a binary search over it for each point read
    // a few megabytes of line starts far apart (memory the caches do not hold) several times a node.
    const starts = this.starts;
    const last = starts.length - 1;
    let k = this.hint;
    if (starts[k]! <= offset) {
      const near = Math.min(last, k + NEAR_LINES);
      while (k < near && starts[k + 1]! <= offset) k++;
      if (k === last || offset < starts[k + 1]!) return (this.hint = k);
    }
    return (this.hint = lineAt(starts, offset));
  }

  /** The point at `offset` of the indexed text (clamped into it), in the whole input's terms. */
  point(offset: number): Point {
    const o = offset < 0 ? 0 : offset > this.length ? this.length : offset;
    const l = this.lineOf(o);
    return { line: l + 1 + this.baseLine, column: o - this.starts[l]! + 1 + (l === 0 ? this.baseColumn : 0), offset: o + this.baseOffset };
  }

  /** The position of a span. */
  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}
