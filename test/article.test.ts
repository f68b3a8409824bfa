// The output model's helpers on their own: node text, real dates, lazy date values, the line index,
// ParseError and formatDiagnostic's frame, toJson.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError, formatDiagnostic, parseArticle, toJson, type Diagnostic } from "../src/index.js";
import { LineIndex, normaliseText } from "../src/authoring.js";
import { isRealDate, makeDateNode } from "../src/article/build.js";
import { lineAt } from "../src/article/position.js";

describe("normaliseText", () => {
  it("turns every kind of white space run into one space and trims", () => {
    for (const ws of ["\t", "\n", "\v", "\f", "\r", " ", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"]) {
      expect(normaliseText(`a${ws}b`), JSON.stringify(ws)).toBe("a b");
      expect(normaliseText(`a${ws}${ws} b`), JSON.stringify(ws)).toBe("a b");
    }
    expect(normaliseText("  Der Dax  stieg \n")).toBe("Der Dax stieg");
    expect(normaliseText("Der Dax stieg")).toBe("Der Dax stieg");
    expect(normaliseText("a\u200bb")).toBe("a\u200bb"); // a zero-width space is no space to collapse
    expect(normaliseText("")).toBe("");
  });
});

describe("isRealDate", () => {
  const d = (year: number, month: number | null, day: number | null, hour: number | null = null, minute: number | null = null) =>
    isRealDate({ iso: "", precision: "day", year, month, day, hour, minute });
  it("knows months, month lengths, leap years and clock times", () => {
    expect([d(2026, 1, 31), d(2026, 12, 1), d(2026, 2, 28), d(2024, 2, 29), d(2026, null, null), d(2026, 5, null)]).toEqual([true, true, true, true, true, true]);
    expect([d(2026, 0, 1), d(2026, 13, 1), d(2026, 2, 29), d(2026, 4, 31), d(2026, 1, 0), d(2026, 1, 32)]).toEqual([false, false, false, false, false, false]);
    expect([d(2026, 1, 1, 23, 59), d(2026, 1, 1, 0, 0), d(2026, 1, 1, 24, 0), d(2026, 1, 1, 23, 60)]).toEqual([true, true, false, false]);
  });

  it("counts February 29 in years divisible by four, but not in centuries unless divisible by 400", () => {
    expect([d(2024, 2, 29), d(2000, 2, 29), d(2400, 2, 29), d(1900, 2, 29), d(2100, 2, 29), d(2023, 2, 29)]).toEqual([true, true, true, false, false, false]);
    expect([d(2023, 2, 28), d(2026, 6, 30), d(2026, 6, 31), d(2026, 9, 31), d(2026, 11, 31), d(2026, 7, 31), d(2026, 8, 31)]).toEqual([true, true, false, false, false, true, true]);
  });
});

describe("date nodes", () => {
  it("build their luxon value on first read, in the zone given, at the start of the period written", () => {
    const n = makeDateNode({ iso: "2026-03", precision: "month", year: 2026, month: 3, day: null, hour: null, minute: null }, "prefix", "date 2026-03", undefined, "UTC");
    expect(n.value.toISO()).toBe("2026-03-01T00:00:00.000Z");
    expect(n.value).toBe(n.value); // built once
    expect("position" in n).toBe(false); // a node without position has no position key
    const m = makeDateNode({ iso: "2026-03-12T14:05", precision: "minute", year: 2026, month: 3, day: 12, hour: 14, minute: 5 }, "dotted", "12.03.2026 14:05", undefined, "Europe/Berlin");
    expect(m.value.toISO()).toBe("2026-03-12T14:05:00.000+01:00");
    expect(JSON.parse(JSON.stringify(m))).toEqual({ type: "date", iso: "2026-03-12T14:05", precision: "minute", source: "dotted", text: "12.03.2026 14:05", value: "2026-03-12T14:05:00.000+01:00" });
  });

  it("show `value` as an own enumerable key after the data fields, read through one getter shared by every node", () => {
    const parts = { iso: "2014-08-21", precision: "day", year: 2014, month: 8, day: 21, hour: null, minute: null } as const;
    const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 11, offset: 10 } };
    const a = makeDateNode(parts, "dotted", "21.08.2014", position, "Europe/Berlin");
    const b = makeDateNode({ ...parts, iso: "2014-08-22", day: 22 }, "dotted", "22.08.2014", undefined, "UTC");
    expect(Object.keys(a)).toEqual(["type", "iso", "precision", "source", "text", "position", "value"]);
    expect(Object.keys(b)).toEqual(["type", "iso", "precision", "source", "text", "value"]);
    // Spreading reads the getter: the copy holds the DateTime itself.
    expect({ ...a }.value.toISODate()).toBe("2014-08-21");
    expect(b.value.toISO()).toBe("2014-08-22T00:00:00.000Z");
    // One getter for all nodes (a getter per node gives each node its own hidden class in V8, which keeps
    // short-lived objects alive through scavenges: parseStream's memory grew with it).
    const getter = (n: object) => Object.getOwnPropertyDescriptor(n, "value")?.get;
    expect(getter(a)).toBeTypeOf("function");
    expect(getter(a)).toBe(getter(b));
    expect(getter(parseArticle("21.08.2014\nPARIS (dpa-AFX) - Text./ab").date!)).toBe(getter(a));
    // As a getter written in an object literal is: enumerable and configurable (a user may replace it).
    expect(Object.getOwnPropertyDescriptor(a, "value")).toMatchObject({ enumerable: true, configurable: true });
    const c = makeDateNode(parts, "dotted", "21.08.2014", undefined, "UTC") as { value?: unknown };
    delete c.value;
    expect("value" in c).toBe(false);
    // Plain objects still: a strict comparison with a literal holds.
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(b).toStrictEqual({ type: "date", iso: "2014-08-22", precision: "day", source: "dotted", text: "22.08.2014", value: b.value });
  });
});

describe("LineIndex", () => {
  it("maps offsets to lines and columns for LF, CRLF and lone CR, clamped to the text", () => {
    const text = "ab\r\ncd\ref\ngh";
    const index = new LineIndex(text);
    expect(index.lineCount).toBe(4);
    expect(index.starts).toEqual([0, 4, 7, 10]);
    expect(index.ends).toEqual([2, 6, 9, 12]);
    expect([0, 2, 3, 4, 6, 7, 10, 12].map((o) => index.point(o))).toEqual([
      { line: 1, column: 1, offset: 0 },
      { line: 1, column: 3, offset: 2 },
      { line: 1, column: 4, offset: 3 },
      { line: 2, column: 1, offset: 4 },
      { line: 2, column: 3, offset: 6 },
      { line: 3, column: 1, offset: 7 },
      { line: 4, column: 1, offset: 10 },
      { line: 4, column: 3, offset: 12 },
    ]);
    expect(index.point(-5)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(index.point(99)).toEqual({ line: 4, column: 3, offset: 12 });
    expect(new LineIndex("").lineCount).toBe(1);
    expect(new LineIndex("a\n").starts).toEqual([0, 2]);
    // A lone CR as the text's second character (where a search for it answers 1).
    expect(new LineIndex("a\rb").starts).toEqual([0, 2]);
  });
  it("puts a text that stands inside a longer one in the longer one's terms", () => {
    const index = new LineIndex("xy\nz", { offset: 100, line: 7, column: 5 });
    expect(index.point(1)).toEqual({ line: 8, column: 7, offset: 101 }); // the first line goes on at column 6
    expect(index.point(3)).toEqual({ line: 9, column: 1, offset: 103 });
    expect(index.position(0, 4)).toEqual({ start: { line: 8, column: 6, offset: 100 }, end: { line: 9, column: 2, offset: 104 } });
    const lines = LineIndex.fromLines([0, 3], [2, 4], 4, { offset: 10, line: 1, column: 0 });
    expect(lines.point(3)).toEqual({ line: 3, column: 1, offset: 13 });
  });
  it("answers the same asked in any order: forward, backward, a line on, far ahead, at the last line", () => {
    const text = Array.from({ length: 40 }, (_, k) => "x".repeat(k % 5)).join("\n");
    const model = (o: number) => {
      const at = Math.min(o, text.length); // clamped into the text
      const before = text.slice(0, at).split("\n");
      return { line: before.length, column: before[before.length - 1]!.length + 1, offset: at };
    };
    const all = Array.from({ length: text.length + 1 }, (_, o) => o);
    const orders = [all, [...all].reverse(), all.map((_, k) => (k * 37) % all.length), [0, text.length, 1, text.length - 1, 3, 0, 60, 61, 200, 5]];
    for (const order of orders) {
      const index = new LineIndex(text);
      for (const o of order) expect(index.point(o)).toEqual(model(o));
    }
    // Lines found from the line before: one, four and five lines on (the walk goes four lines, then searches).
    const index = LineIndex.fromLines([0, 2, 4, 6, 8, 10, 12], [1, 3, 5, 7, 9, 11, 13], 13);
    expect([0, 2, 10, 12, 12, 2, 4].map((o) => index.lineOf(o))).toEqual([0, 1, 5, 6, 6, 1, 2]);
    expect([0, 9, 1].map((o) => index.lineOf(o))).toEqual([0, 4, 0]);
  });
  it("finds a line by binary search", () => {
    const starts = [0, 4, 9, 20];
    expect([0, 3, 4, 8, 9, 19, 20, 99].map((o) => lineAt(starts, o))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(lineAt([], 5)).toBe(0);
  });
});

describe("ParseError", () => {
  it("carries the failing diagnostic, all diagnostics and what was expected", () => {
    const d: Diagnostic = { code: "input/empty", severity: "error", message: "Nothing.", position: { start: { line: 2, column: 3, offset: 5 }, end: { line: 2, column: 3, offset: 5 } } };
    const e = new ParseError(d);
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.code, e.message, e.expected, e.diagnostics]).toEqual(["ParseError", "input/empty", "input/empty: Nothing. (2:3)", [], [d]]);
    const f = new ParseError({ ...d, expected: ["a", "b"] }, [d, d]);
    expect(f.message).toBe("input/empty: Nothing. (2:3); expected a or b");
    expect(new ParseError({ ...d, expected: ["a"] }).message).toBe("input/empty: Nothing. (2:3); expected a");
    expect(new ParseError({ ...d, expected: ["a", "b", "c"] }).message).toBe("input/empty: Nothing. (2:3); expected a, b or c");
    expect(f.diagnostics).toHaveLength(2);
  });
});

describe("formatDiagnostic", () => {
  const at = (line: number, column: number, offset: number, endColumn = column + 1, endLine = line): Diagnostic => ({
    code: "x/y",
    severity: "warning",
    message: "M.",
    position: { start: { line, column, offset }, end: { line: endLine, column: endColumn, offset: offset + (endColumn - column) } },
  });
  it("frames the line with a caret under the span, tabs kept", () => {
    expect(formatDiagnostic("ab\n\tcdef\ngh", at(2, 3, 5, 5))).toBe("2:3 warning x/y: M.\n 2 | \tcdef\n   | \t ^^");
    expect(formatDiagnostic("abc\r\ndef", at(1, 2, 1))).toBe("1:2 warning x/y: M.\n 1 | abc\n   |  ^");
    expect(formatDiagnostic("abc\rdef", at(1, 4, 3))).toBe("1:4 warning x/y: M.\n 1 | abc\n   |    ^");
    // A span over several lines is marked with one caret; an empty span with one too.
    expect(formatDiagnostic("abc\ndef", at(1, 2, 1, 3, 2)).split("\n")[2]).toBe("   |  ^");
    expect(formatDiagnostic("abc", at(1, 2, 1, 2)).split("\n")[2]).toBe("   |  ^");
    // Line numbers of several digits widen the gutter.
    expect(formatDiagnostic("x\n".repeat(11) + "abc", at(12, 1, 22)).split("\n").slice(1)).toEqual([" 12 | abc", "    | ^"]);
  });
  it("cuts a long line around the caret, with an ellipsis on each cut side", () => {
    const line = "0123456789".repeat(30); // 300 characters
    const near = formatDiagnostic(line, at(1, 11, 10)).split("\n");
    expect(near[1]).toBe(` 1 | ${line.slice(0, 100)}…`);
    expect(near[2]).toBe(`   | ${" ".repeat(10)}^`);
    const mid = formatDiagnostic(line, at(1, 151, 150)).split("\n");
    expect(mid[1]).toBe(` 1 | …${line.slice(110, 210)}…`);
    expect(mid[2]).toBe(`   | ${" ".repeat(41)}^`);
    const end = formatDiagnostic(line, at(1, 300, 299)).split("\n");
    expect(end[1]).toBe(` 1 | …${line.slice(200, 300)}`);
    expect(end[2]).toBe(`   | ${" ".repeat(100)}^`);
    // A line of exactly the window's width is shown whole.
    expect(formatDiagnostic(line.slice(0, 100), at(1, 50, 49)).split("\n")[1]).toBe(` 1 | ${line.slice(0, 100)}`);
  });
  it("falls back to the input's start when the position does not fit the text", () => {
    expect(formatDiagnostic("abc", at(3, 9, 2)).split("\n").slice(1)).toEqual([" 3 | abc", "   | ^"]);
    expect(formatDiagnostic("abc", at(1, 1, 10)).split("\n").slice(1)).toEqual([" 1 | abc", "   | ^"]);
    // A point at the very end of the text, on the empty line after a final line break, fits.
    expect(formatDiagnostic("abc\n", at(2, 1, 4)).split("\n").slice(1)).toEqual([" 2 | ", "   | ^"]);
  });
  it("gives the message alone for a diagnostic without a position (read back from JSON without positions)", () => {
    expect(formatDiagnostic("abc", { code: "x/y", severity: "info", message: "M." } as unknown as Diagnostic)).toBe("info x/y: M.");
  });
  it("marks a span only as far as the line shown, and one caret for a span over lines", () => {
    expect(formatDiagnostic("abc\ndefgh", at(1, 2, 1, 6, 2)).split("\n")[2]).toBe("   |  ^");
    expect(formatDiagnostic("abc", at(1, 2, 1, 10)).split("\n")[2]).toBe("   |  ^^");
  });
  it("frames any line as a reading of the whole line would (it reads only a window around the caret)", () => {
    // The model reads the caret's whole line, then cuts it to the window of 100 characters.
    const model = (input: string, d: Diagnostic) => {
      const { line, column, offset } = d.position.start;
      let caretAt = column - 1;
      let lineStart = offset - caretAt;
      if (lineStart < 0 || lineStart > input.length) [lineStart, caretAt] = [0, 0];
      let lineEnd = lineStart + caretAt;
      while (lineEnd < input.length && input[lineEnd] !== "\n" && input[lineEnd] !== "\r") lineEnd++;
      const length = lineEnd - lineStart;
      let text = input.slice(lineStart, lineEnd);
      if (length > 100) {
        const cutLeft = Math.max(0, Math.min(caretAt - 40, length - 100));
        text = (cutLeft > 0 ? "…" : "") + input.slice(lineStart + cutLeft, lineStart + Math.min(length, cutLeft + 100)) + (cutLeft + 100 < length ? "…" : "");
        caretAt = caretAt - cutLeft + (cutLeft > 0 ? 1 : 0);
      }
      const span = d.position.end.line === line ? Math.max(1, Math.min(d.position.end.column - column, text.length - caretAt)) : 1;
      const marker = text.slice(0, caretAt).replace(/[^\t]/g, " ") + "^".repeat(span);
      const pad = " ".repeat(String(line).length);
      return `${line}:${column} warning x/y: M.\n ${line} | ${text}\n ${pad} | ${marker}`;
    };
    const lineOf = fc.tuple(fc.integer({ min: 0, max: 260 }), fc.constantFrom("\n", "\r\n", "\r", "")).map(([n, end]) => "ab\tcdefghij".repeat(26).slice(0, n) + end);
    const text = fc.array(lineOf, { minLength: 1, maxLength: 4 }).map((ls) => ls.join(""));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat({ max: 300 }), fc.boolean(), (input, pick, width, sameLine) => {
        const index = new LineIndex(input);
        const offset = pick % (input.length + 1);
        const start = index.point(offset);
        const d = at(start.line, start.column, offset, sameLine ? start.column + (width % 120) : width % 7, sameLine ? start.line : start.line + 1);
        expect(formatDiagnostic(input, d)).toBe(model(input, d));
      }),
      { seed: 20261201, numRuns: 3000 },
    );
  });
});

describe("toJson", () => {
  it("keeps positions unless told not to", () => {
    const a = parseArticle("KIEL (dpa-AFX) - Text./ab");
    expect(toJson(a).position).toEqual(a.position);
    expect(toJson(a, { positions: true }).dateline?.position).toEqual(a.dateline?.position);
    expect(toJson(a, { positions: false }).position).toBeUndefined();
  });
});
