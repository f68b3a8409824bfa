// Property tests (fast-check, fixed seed): parseArticle is total, positions are sound, nothing is lost,
// the output is deterministic, and line-ending style or re-wrapping does not change any text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import P from "parsimmon";
import { dpaAfx, parseArticle, parseFeed, type Article } from "../src/index.js";
import { exec, extendGrammar, token } from "../src/authoring.js";
import { uncovered } from "./coverage.js";
import { pointsOf, positionedNodes, runs } from "./helpers.js";

const SEED = Number(process.env.SEED ?? 20261125);
const RUNS = Number(process.env.RUNS ?? runs(400));

// Pieces that make inputs look like wire text, so the generator reaches deep into the grammar.
const piece = fc.constantFrom(
  "date 2026-01-06 ", "date 2021-05\n", "21.08.2014\n", "AXC0135 2017-07-27/11:08\n", "ROUNDUP 2: ", "WDH/", "KORREKTUR: ",
  "Aktien Frankfurt Schluss: ", "(Wiederholung: Text)\n", "Von Anna Berg, dpa-AFX\n", "--- Von Anna Berg, dpa-AFX ---",
  "PARIS (dpa-AFX) - ", "NEW YORK/FRANKFURT (dpa-AFX Analyser) – ", "FRANKFURT - ", "BERLIN(dpa-AFX)-",
  "Der Dax stieg.", " und fiel", "Was nun?", "VIEL LOB\n", "/evs/DP/nas", "/la/tih/", ";", "/", "°", "(", ")",
  "ISIN DE0008404005", "Quelle: dpa-AFX", "Hinweis: Info", "Veröffentlichung der Original-Studie: 1.1.2020",
  "\n", "\n\n", "\r\n", "\r", "\n\n\n", " ", "\u00a0", "\u202f", "\t", "-----", "\ufffd", "ß", "Ü", "😀", "\ud800",
);
const wireLike = fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((a) => a.join(""));
const anyString = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 200 }), wireLike);

function checkPositions(input: string, a: Article) {
  const at = pointsOf(input); // computed from the input itself, not with the library's LineIndex
  for (const n of [...positionedNodes(a), ...a.diagnostics]) {
    const { start, end } = n.position!;
    expect(start.offset).toBeGreaterThanOrEqual(0);
    expect(end.offset).toBeGreaterThanOrEqual(start.offset);
    expect(end.offset).toBeLessThanOrEqual(input.length);
    expect(at(start.offset)).toEqual(start);
    expect(at(end.offset)).toEqual(end);
  }
  for (const d of a.diagnostics) expect(d.message.trim(), d.code).not.toBe("");
}

const params = { seed: SEED, numRuns: RUNS };

describe("properties", () => {
  it("never throws on any string", () => {
    fc.assert(fc.property(anyString, (s) => void parseArticle(s)), params);
  });
  it("positions are in bounds and line/column agree with the offset", () => {
    fc.assert(fc.property(anyString, (s) => checkPositions(s, parseArticle(s))), params);
  });
  it("every non-whitespace character lies in some node", () => {
    fc.assert(fc.property(anyString, (s) => {
          expect(uncovered(s, parseArticle(s))).toEqual([]);
        }), params);
  });
  it("the same input gives the same output", () => {
    fc.assert(fc.property(anyString, (s) => {
          expect(JSON.stringify(parseArticle(s))).toBe(JSON.stringify(parseArticle(s)));
        }), params);
  });
  it("CRLF for LF changes no text", () => {
    const texts = (a: Article) => JSON.stringify(a, (k, v) => (k === "position" ? undefined : v));
    fc.assert(
      fc.property(wireLike, (s) => {
        const lf = s.replace(/\r\n?/g, "\n");
        expect(texts(parseArticle(lf.replace(/\n/g, "\r\n")))).toBe(texts(parseArticle(lf)));
      }),
      params,
    );
  });
  it("re-wrapping a hard-wrapped paragraph changes no text", () => {
    const word = fc.constantFrom("Der", "Dax", "stieg", "am", "Montag", "um", "ein", "Prozent", "Anleger", "blieben", "vorsichtig");
    fc.assert(
      fc.property(fc.array(word, { minLength: 5, maxLength: 40 }), fc.integer({ min: 40, max: 80 }), (words, width) => {
        const sentence = words.join(" ") + ".";
        const lines: string[] = [];
        let line = "";
        for (const w of sentence.split(" ")) {
          if (line && line.length + 1 + w.length > width) {
            lines.push(line);
            line = w;
          } else line = line ? `${line} ${w}` : w;
        }
        lines.push(line);
        const a = parseArticle(`BERLIN (dpa-AFX) - ${lines.join("\n")}/ab/cd`);
        const b = parseArticle(`BERLIN (dpa-AFX) - ${sentence}/ab/cd`);
        expect(a.sections.flatMap((x) => x.paragraphs.map((p) => p.text))).toEqual(b.sections.flatMap((x) => x.paragraphs.map((p) => p.text)));
      }),
      params,
    );
  });
});

describe("the fast readings agree with the combinators", () => {
  // Where no error message is asked for, some rules read without the combinators (the tags of a headline,
  // the agency and dash after a dateline's places): on any line, the same value and the same end.
  const tagged = fc
    .tuple(
      fc.constantFrom("ROUNDUP 2", "WDH", "AKTIE IM FOKUS", "Aktien Frankfurt Schluss", "Devisen", "IPO", "INDEX-FLASH", "KIEL", "Dax", ""),
      fc.array(fc.tuple(fc.constantFrom("/", "/ "), fc.constantFrom("ROUNDUP", "KORREKTUR", "Verdacht des Betrugs", "xy", "")), { maxLength: 3 }),
      fc.constantFrom(": ", ":\t", ":", " - ", "\u00a0-\u00a0", " \u2013 ", " -", "- ", "-", " (dpa-AFX) - ", " ", ""),
      fc.string({ maxLength: 12 }),
    )
    .map(([head, rest, separator, title]) => head + rest.map(([slash, part]) => slash + part).join("") + separator + title);
  const oneLine = fc.oneof(tagged, wireLike).map((s) => s.split(/[\r\n]/)[0]!);
  const both = (parser: P.Parser<unknown>, line: string) => {
    const slow = P.seq(parser, P.index, P.all).parse(line);
    const fast = exec(parser, line, 0);
    return { fast: fast === null ? null : { value: fast.value, end: fast.end }, slow: slow.status ? { value: slow.value[0], end: slow.value[1].offset } : null };
  };
  // Cheap (one line each), so as many in mutation runs as in any other.
  const many = { seed: SEED, numRuns: 400 };
  it.each(["headline", "dateline", "lead"] as const)("%s", (rule) => {
    const parser = dpaAfx.rules[rule] as P.Parser<unknown>;
    fc.assert(
      fc.property(oneLine, (line) => {
        const { fast, slow } = both(parser, line);
        expect(fast).toEqual(slow);
      }),
      many,
    );
  });
  it("headline, separator by separator", () => {
    const lines = [
      "Devisen - Euro fester", "Devisen -Euro", "Devisen- Euro", "Devisen \u2013 Euro", "Devisen\u00a0-\u00a0Euro", "Devisen -", "Devisen  -  Euro",
      "ROUNDUP: Titel", "ROUNDUP:  Titel", "ROUNDUP:Titel", "ROUNDUP:\t\tTitel", "ROUNDUP: \tTitel", "ROUNDUP:", "ROUNDUP 2 : Titel",
      "IPO/ROUNDUP: Titel", "IPO: Titel", "IPO/xy: Titel", "ROUNDUP/Verdacht des Betrugs: Titel", "ROUNDUP/Verdacht - Titel",
      "WDH/ROUNDUP - Titel", "Aktien Frankfurt Schluss - Titel", "ROUNDUP/ - Titel", "ROUNDUP/WDH/KORREKTUR: Titel", "ROUNDUP/: Titel",
    ];
    for (const line of lines) {
      const { fast, slow } = both(dpaAfx.rules.headline as P.Parser<unknown>, line);
      expect([line, fast]).toEqual([line, slow]);
    }
    // Each separator read as one: the title starts after it.
    expect(exec(dpaAfx.rules.headline, "ROUNDUP:\t\tTitel", 0)?.value).toMatchObject({ tags: [{ value: "ROUNDUP" }], title: { value: "Titel", span: { start: 10 } } });
    expect(exec(dpaAfx.rules.headline, "Devisen  \u2013  Euro", 0)?.value).toMatchObject({ tags: [{ value: "Devisen" }], title: { value: "Euro", span: { start: 12 } } });
    expect(exec(dpaAfx.rules.headline, "IPO/ROUNDUP/Verdacht: Titel", 0)?.value).toMatchObject({ tags: [{ value: "IPO" }, { value: "ROUNDUP" }], topics: [{ value: "Verdacht" }] });
    expect(exec(dpaAfx.rules.headline, "Devisen -Euro", 0)?.value).toMatchObject({ tags: [], title: { value: "Devisen -Euro" } });
    // A topic rule of a grammar's own, ending before a dash: " - " still closes a lone tag only, as the combinators read it.
    const dashTopics = extendGrammar(dpaAfx, { id: "dash-topics", rules: () => ({ headlineTopic: () => token(/[a-z]+(?=[ \t]-)/y) }) });
    for (const line of ["ROUNDUP/verdacht - Titel", "ROUNDUP - Titel", "ROUNDUP/WDH - Titel"]) {
      const { fast, slow } = both(dashTopics.rules.headline as P.Parser<unknown>, line);
      expect([line, fast]).toEqual([line, slow]);
    }
    expect(exec(dashTopics.rules.headline, "ROUNDUP/verdacht - Titel", 0)?.value).toMatchObject({ tags: [], title: { value: "ROUNDUP/verdacht - Titel" } });
  });
});

describe("the coverage check itself", () => {
  it("notices a dropped node", () => {
    const input = "BERLIN (dpa-AFX) - Der Satz endet./ab/cd";
    const a = parseArticle(input);
    expect(uncovered(input, a)).toEqual([]);
    expect(uncovered(input, { ...a, trailer: null })).toEqual([34, 35, 36, 37, 38, 39]);
  });
});

describe("properties on hostile shapes, up to a few megabytes", () => {
  // Shapes from the hostile-input reproductions: long runs of one character, many short lines, many
  // footers or bylines on one line or in a row, huge page headers; sized up to a few MB.
  const scale = process.env.MUTATION ? 0.02 : 1; // mutation runs look for behaviour, not for stack limits
  const size = fc.integer({ min: 1, max: 3_000_000 * scale });
  const shape = fc.oneof(
    // Up to 6 million: past the 5.6 million at which a rule-line pattern once exhausted V8's regex stack.
    fc.tuple(fc.constantFrom("-", "=", "_", "*", "/", "(", "A", " ", "\n", ".", "°", "\u00a0"), fc.integer({ min: 1, max: 6_000_000 * scale })).map(([c, n]) => c.repeat(n)),
    fc.tuple(fc.constantFrom("ab\n", "x\n\n", "\r\n", "A/", "/ab", "(x)", "Von ", "-- Von A, dpa "), size).map(([p, n]) => p.repeat(Math.ceil(n / p.length))),
    fc.tuple(fc.constantFrom("Quelle: x ", "ISIN DE0008404005 ", "--- Von Anna Berg, dpa-AFX --- ", "Hinweis: y "), fc.integer({ min: 1, max: 60_000 * scale })).map(
      ([f, n]) => `FRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd\n${f.repeat(n)}`,
    ),
    fc.tuple(fc.constantFrom("Von Anna Berg, dpa-AFX\n", "Kopfzeile\n", "FRANKFURT (dpa-AFX) - x\n"), fc.integer({ min: 1, max: 100_000 * scale })).map(
      ([l, n]) => `${l.repeat(n)}12.03.2026\nTitel\n\nKIEL (dpa-AFX) - Text./ab\n`,
    ),
  );
  /** Line and column computed from the input itself (not from the library's LineIndex). */
  function pointAt(input: string, offset: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < offset; k++) {
      const c = input.charCodeAt(k);
      if (c === 10 || (c === 13 && input.charCodeAt(k + 1) !== 10)) {
        line++;
        lineStart = k + 1;
      }
    }
    return { line, column: offset - lineStart + 1 };
  }
  it("never throw, lose nothing, and place the first and last node right", () => {
    fc.assert(
      fc.property(shape, (s) => {
        const a = parseArticle(s);
        expect(uncovered(s, a)).toEqual([]);
        const feed = parseFeed(s);
        expect(feed.map((x) => x.position!.end.offset - x.position!.start.offset).reduce((p, q) => p + q, 0)).toBe(s.length);
        const nodes = positionedNodes(feed[feed.length - 1]!);
        for (const n of [nodes[0], nodes[nodes.length - 1]]) {
          if (!n) continue;
          const { start, end } = n.position!;
          expect({ line: start.line, column: start.column }).toEqual(pointAt(s, start.offset));
          expect({ line: end.line, column: end.column }).toEqual(pointAt(s, end.offset));
        }
      }),
      { seed: SEED, numRuns: Number(process.env.HOSTILE_RUNS ?? runs(24)) },
    );
  }, 300_000);
});
