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
 * Maps offsets to line and column. Built once per input in one pass; each lookup is a binary search.
 * `\n`, `\r\n` and a lone `\r` each end a line.
 *
 * @example
 * const index = new LineIndex("date 2026-01-06\nPARIS (dpa-AFX) - ");
 * index.point(16); // { line: 2, column: 1, offset: 16 }
 */
export class LineIndex {
  /** Offset at which each line starts; `starts[0] === 0`. */
  readonly starts: number[];
  /** Offset at which each line's content ends (before its line break). */
  readonly ends: number[];
  readonly length: number;

  constructor(input: string) {
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
  }

  /** Number of lines (an input without a line break has one). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based index of the line holding `offset`. */
  lineOf(offset: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The point at `offset` (clamped into the input). */
  point(offset: number): Point {
    const o = offset < 0 ? 0 : offset > this.length ? this.length : offset;
    const l = this.lineOf(o);
    return { line: l + 1, column: o - this.starts[l]! + 1, offset: o };
  }

  /** The position of a span. */
  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}
