// Hostile input: the reproductions of issue 12 as behaviour tests. Time growth is measured by
// `npm run bench` (never in a timed test); here each shape must parse right, never throw, and lose nothing.
import { describe, expect, it } from "vitest";
import { decodeBytes, dpaAfx, formatArticle, formatDiagnostic, parseArticle, parseFeed, parseStream, printSource, safeParseArticle, toNinjs, type Article, type Diagnostic } from "../src/index.js";
import { dpaAfxVocabulary, extendGrammar, token } from "../src/authoring.js";
import { uncovered } from "./coverage.js";
import { collect, pieces } from "./helpers.js";


/** Mutation runs (MUTATION=1) use a tenth of the sizes: they look for behaviour, not for stack limits. */
const SCALE = process.env.MUTATION ? 0.02 : 1;

describe("long runs of one character", () => {
  // 6 million: past the 5.6 million at which `[-=_*]{5,}` exhausted V8's regular-expression stack.
  const N = 6_000_000 * SCALE;
  for (const c of ["-", "=", "_", "*"]) {
    it(`${N} × '${c}' parses in every entry point without throwing, nothing lost`, async () => {
      const s = c.repeat(N);
      const a = parseArticle(s);
      expect(uncovered(s, a)).toEqual([]);
      expect(safeParseArticle(s).diagnostics.length).toBeGreaterThan(0);
      expect(parseFeed(s)).toHaveLength(1);
      const streamed = await collect(parseStream(pieces([s.slice(0, N / 2), s.slice(N / 2)])));
      expect(streamed).toHaveLength(1);
    });
  }
  it("capitals before parentheses on every line and along one line: no glued dateline, nothing lost", () => {
    const n = 100_000 * SCALE;
    for (const s of ["Dax NEW YORK (".repeat(n), "Dax NEW YORK (dpa-AFX)\n".repeat(n / 4)]) {
      const a = parseArticle(s);
      expect(a.dateline).toBeNull();
      expect(uncovered(s, a)).toEqual([]);
    }
    // Glued headlines on each line of a feed: a message each.
    expect(parseFeed("Dax steigt BERLIN (dpa-AFX) - Text.\n\n".repeat(n / 20))).toHaveLength(n / 20);
  });
  it("a rule line of any length after the body is a rule footer", () => {
    const input = `FRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd\n\n${"=".repeat(100_000)}`;
    const a = parseArticle(input);
    expect(a.trailer?.codes).toEqual(["ab", "cd"]);
    expect(a.footers.map((f) => f.kind)).toEqual(["rule"]);
    expect(a.footers[0]!.position!.end.offset).toBe(input.length);
  });
});

describe("shapes that made searches run to the end of the input", () => {
  it("a feed of one-line messages without trailers: one article per message, each in its own span", () => {
    const n = 2_000;
    const feed = "FRANKFURT (dpa-AFX) - x\n".repeat(n);
    const articles = parseFeed(feed);
    expect(articles).toHaveLength(n);
    expect(articles.every((a) => a.dateline?.locations[0] === "FRANKFURT" && a.trailer === null)).toBe(true);
    expect(articles.map(printSource).join("")).toBe(feed);
  });
  it("byline lines after the body are read line by line, none lost", () => {
    const input = "FRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd\n" + "Von Anna Berg, dpa-AFX\n".repeat(3_000);
    const a = parseArticle(input);
    expect(a.byline?.authors).toEqual(["Anna Berg"]);
    expect(a.extras.filter((e) => e.kind === "duplicate")).toHaveLength(2_999);
    expect(uncovered(input, a)).toEqual([]);
  });
  it("many footers on one line: each is its own footer, ending where the next begins", () => {
    const n = 5_000;
    const line = Array.from({ length: n }, (_, k) => (k % 2 ? `Quelle: Firma ${k}` : `ISIN DE000000000${k % 10}`)).join(" ");
    const input = `FRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd\n${line}`;
    const a = parseArticle(input);
    expect(a.footers).toHaveLength(n);
    expect(a.footers[1]).toMatchObject({ kind: "source", text: "Quelle: Firma 1", value: "Firma 1" });
    expect(a.footers[2]).toMatchObject({ kind: "isin", value: "DE0000000002" });
    expect(uncovered(input, a)).toEqual([]);
  });
  it("a blank line inside many sentences in a row joins them into one paragraph", () => {
    const piece = "Der Dax stieg am Montag um ein Prozent und die Anleger blieben trotz der Daten aus den USA weiter vorsichtig und";
    const n = 3_000;
    const input = `FRANKFURT (dpa-AFX) - ${Array.from({ length: n }, () => piece).join("\n\n")} am Ende froh./ab/cd`;
    const a = parseArticle(input);
    expect(a.sections).toHaveLength(1);
    expect(a.sections[0]!.paragraphs).toHaveLength(1);
    expect(a.sections[0]!.paragraphs[0]!.text.length).toBe(n * (piece.length + 1) + " am Ende froh.".length - 1);
  });
  it("many short lines and many one-line blocks", () => {
    for (const input of ["ab\n".repeat(200_000), "x\n\n".repeat(100_000)]) {
      const a = parseArticle(input);
      expect(uncovered(input, a)).toEqual([]);
      expect(parseFeed(input)).toHaveLength(1);
    }
  });
  it("a message's U+FFFD is found in its own text, not in the rest of the feed", () => {
    const feed = "KIEL (dpa-AFX) - Eins./ab\nKIEL (dpa-AFX) - Zwei \ufffd./ab\n";
    const [a, b] = parseFeed(feed);
    expect(a!.diagnostics.map((d) => d.code)).not.toContain("input/replacement-character");
    expect(b!.diagnostics.find((d) => d.code === "input/replacement-character")?.position.start.offset).toBe(feed.indexOf("\ufffd"));
  });
});

describe("input-sized lists never spread into a call", () => {
  it("130,000 header lines above the first message of a feed", () => {
    const lines = 130_000 * SCALE;
    const header = "Kopfzeile\n".repeat(lines);
    const feed = `${header}12.03.2026\nTitel\n\nKIEL (dpa-AFX) - Text./ab\n`;
    const [a, ...rest] = parseFeed(feed);
    expect(rest).toEqual([]);
    expect(a!.extras.filter((e) => e.kind === "pageHeader")).toHaveLength(lines);
    expect(a!.position!.start.offset).toBe(0);
    expect(printSource(a!)).toBe(feed);
  });
  it("130,000 paragraphs through formatArticle, toNinjs and toHtml", () => {
    const n = 130_000 * SCALE;
    const body = Array.from({ length: n }, (_, k) => `Satz ${k}.`).join("\n\n");
    const a = parseArticle(`KIEL (dpa-AFX) - ${body}/ab`);
    expect(a.sections[0]!.paragraphs.length).toBe(n);
    expect(formatArticle(a).split("\n\n").length).toBeGreaterThanOrEqual(n);
    expect(toNinjs(a).uri).toMatch(/^urn:/);
  });
});

describe("formatDiagnostic", () => {
  /** The plain reading it replaced: the whole line, cut around the caret when long. */
  function reference(input: string, d: Diagnostic): string {
    const { line, column, offset } = d.position.start;
    const lineStart = offset - (column - 1);
    let lineEnd = lineStart;
    while (lineEnd < input.length && input[lineEnd] !== "\n" && input[lineEnd] !== "\r") lineEnd++;
    let text = input.slice(lineStart, lineEnd);
    let caretAt = column - 1;
    if (text.length > 100) {
      const cutLeft = Math.max(0, Math.min(caretAt - 40, text.length - 100));
      text = (cutLeft > 0 ? "…" : "") + text.slice(cutLeft, cutLeft + 100) + (cutLeft + 100 < text.length ? "…" : "");
      caretAt = caretAt - cutLeft + (cutLeft > 0 ? 1 : 0);
    }
    const span = d.position.end.line === line ? Math.max(1, Math.min(d.position.end.column - column, text.length - caretAt)) : 1;
    const pad = " ".repeat(String(line).length);
    const marker = text.slice(0, caretAt).replace(/[^\t]/g, " ") + "^".repeat(Math.max(1, span));
    return `${line}:${column} ${d.severity} ${d.code}: ${d.message}\n ${line} | ${text}\n ${pad} | ${marker}`;
  }
  it("shows the same frame as reading the whole line, for short and long lines", () => {
    const inputs = [
      "PARIS (dpa-AFX) - Text./evs/DP/nas;",
      "Ein Satz ohne Ortsmarke.\n\tmit Tab",
      `${"Quelle: x --- Von A ".repeat(40)}\nFRANKFURT (dpa-AFX) - Text`,
      `FRANKFURT (dpa-AFX) - ${"Der Dax stieg. ".repeat(30)}./ab/cd;`,
      "x".repeat(150) + "\ufffd" + "y".repeat(150),
    ];
    for (const input of inputs) {
      const a = parseArticle(input);
      expect(a.diagnostics.length).toBeGreaterThan(0);
      for (const d of a.diagnostics) expect(formatDiagnostic(input, d)).toBe(reference(input, d));
    }
  });
  it("reads a window around the caret on a megabyte line", () => {
    const input = "\ufffd" + "x".repeat(1_000_000) + "\ufffd";
    const d: Diagnostic = {
      code: "test/spot",
      severity: "info",
      message: "here",
      position: { start: { line: 1, column: 500_001, offset: 500_000 }, end: { line: 1, column: 500_002, offset: 500_001 } },
    };
    const lines = formatDiagnostic(input, d).split("\n");
    expect(lines[1]).toBe(` 1 | …${"x".repeat(100)}…`);
    expect(lines[2]).toBe(`   | ${" ".repeat(41)}^`);
  });
});

describe("a failing rule costs one message, not the feed", () => {
  it("a message whose parse throws becomes an error diagnostic in its slot; the others parse", () => {
    const broken = extendGrammar(dpaAfx, {
      id: "broken",
      rules: (base) => ({
        trailerCode: (r) =>
          base.trailerCode(r).map((code) => {
            if (code === "boom") throw new Error("rule failed");
            return code;
          }),
      }),
    });
    const feed = "KIEL (dpa-AFX) - Eins./ab\n\nKIEL (dpa-AFX) - Zwei./boom\n\nKIEL (dpa-AFX) - Drei./cd\n";
    const articles = parseFeed(feed, { grammar: broken });
    expect(articles).toHaveLength(3);
    expect(articles[0]!.trailer?.codes).toEqual(["ab"]);
    expect(articles[2]!.sections[0]!.paragraphs[0]!.text).toBe("Drei.");
    const failed = articles[1]!;
    expect(failed.diagnostics.map((d) => [d.code, d.severity])).toEqual([["internal/exception", "error"]]);
    expect(failed.extras[0]).toMatchObject({ kind: "unparsed", text: "KIEL (dpa-AFX) - Zwei./boom" });
    expect(articles.map(printSource).join("")).toBe(feed);
    const one = parseArticle("KIEL (dpa-AFX) - Zwei./boom", { grammar: broken });
    expect(one.diagnostics[0]!.code).toBe("internal/exception");
    expect(() => parseArticle("KIEL (dpa-AFX) - Zwei./boom", { grammar: broken, strict: true })).toThrow("internal/exception");
  });
});

describe("feeds: parent nodes contain their children", () => {
  const feed = "dpa-AFX NEWSTICKER (Produktauszug)\n\n12.03.2026\nEins\n\nKIEL (dpa-AFX) - Text eins./ab\n\n\n12.03.2026\nZwei\n\nKIEL (dpa-AFX) - Text zwei./cd";
  it("the page header belongs to the first article's span; the articles tile the input", () => {
    const articles = parseFeed(feed);
    expect(articles[0]!.extras[0]).toMatchObject({ kind: "pageHeader", position: { start: { offset: 0 } } });
    expect(articles[0]!.position!.start.offset).toBe(0);
    expect(articles[0]!.position!.end.offset).toBe(articles[1]!.position!.start.offset);
    expect(articles[1]!.position!.end.offset).toBe(feed.length);
    expect(articles.map(printSource).join("")).toBe(feed);
  });
  it("every node lies inside its article", () => {
    for (const a of parseFeed(feed)) {
      const { start, end } = a.position!;
      const nodes = JSON.stringify(a, (k, v) => (k === "position" ? v : v));
      for (const m of nodes.matchAll(/"offset":(\d+)/g)) {
        const o = Number(m[1]);
        expect(o).toBeGreaterThanOrEqual(start.offset);
        expect(o).toBeLessThanOrEqual(end.offset);
      }
    }
  });
});

describe("streams", () => {
  const msg = (k: number) => `12.03.2026\nFirma ${k} meldet Zahlen\n\nKIEL (dpa-AFX) - Die Firma ${k} hat mehr verdient./ab/DP/cd\n\n`;

  it("yields a message as soon as the line holding the next one's dateline is complete", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let sentSecond = false;
    const next = "12.03.2026\nFirma 2 meldet Zahlen\n\nKIEL (dpa-AFX) - Die Firma 2 hat mehr\nverdient./ab/DP/cd\n";
    async function* live() {
      yield msg(1);
      sentSecond = true;
      yield next.slice(0, next.indexOf("verdient")); // the next message's dateline line, and no more
      await gate; // a quiet feed: nothing more for now
      yield next.slice(next.indexOf("verdient"));
    }
    const it = parseStream(live())[Symbol.asyncIterator]();
    const first = await it.next();
    expect(sentSecond).toBe(true);
    expect((first.value as Article).headline?.text).toBe("Firma 1 meldet Zahlen");
    release();
    const second = await it.next();
    expect((second.value as Article).headline?.text).toBe("Firma 2 meldet Zahlen");
    expect((await it.next()).done).toBe(true);
  });

  it("keeps text in order when a string chunk follows bytes held back for sniffing", async () => {
    const first = new TextEncoder().encode("FRANKFURT (dpa-AFX) - Erster Teil ");
    const got = await collect(parseStream(pieces<string | Uint8Array>([first, "zweiter Teil./ab/DP/cd"])));
    expect(got[0]!.sections[0]!.paragraphs[0]!.text).toBe("Erster Teil zweiter Teil.");
    expect(got[0]!.trailer?.codes).toEqual(["ab", "DP", "cd"]);
  });

  it("reads a UTF-8 text cut inside its last character as UTF-8, and says so", async () => {
    const whole = new TextEncoder().encode("MÜNCHEN (dpa-AFX) - Der Umsatz stieg um 5 €");
    const cut = whole.subarray(0, whole.length - 1); // the € loses its last byte
    const d = decodeBytes(cut);
    expect(d).toMatchObject({ encoding: "utf-8", invalidAt: null, truncatedAt: d.text.length - 1 });
    expect(d.text.startsWith("MÜNCHEN")).toBe(true);
    for (const a of [parseArticle(cut), parseFeed(cut)[0]!, (await collect(parseStream(pieces([cut.subarray(0, 10), cut.subarray(10)]))))[0]!]) {
      expect(a.dateline?.locations).toEqual(["MÜNCHEN"]);
      const t = a.diagnostics.find((x) => x.code === "input/truncated-utf8");
      expect(t?.position.start).toEqual({ line: 1, column: d.text.length, offset: d.text.length - 1 });
    }
  });

  it("accepts ArrayBuffer chunks and refuses other chunk types by name", async () => {
    const text = msg(1);
    const buf = new TextEncoder().encode(text).buffer;
    expect(JSON.stringify(await collect(parseStream(pieces([buf]))))).toBe(JSON.stringify(parseFeed(text)));
    await expect(collect(parseStream(pieces([new Uint16Array([70, 82])] as unknown as string[])))).rejects.toThrow(/Uint16Array/);
    await expect(collect(parseStream(pieces([[70, 82]] as unknown as string[])))).rejects.toThrow(/type Array/);
    await expect(collect(parseStream(pieces([42] as unknown as string[])))).rejects.toThrow(/type number/);
  });

  it("cancels a web stream read without async iteration when the reader stops early", async () => {
    let cancelled = false;
    const rs = new ReadableStream<string>({
      pull(c) {
        c.enqueue(msg(1) + msg(2));
      },
      cancel() {
        cancelled = true;
      },
    });
    const bare = { getReader: () => rs.getReader() } as unknown as ReadableStream<string>; // no Symbol.asyncIterator
    for await (const a of parseStream(bare)) {
      expect(a.headline).not.toBeNull();
      break;
    }
    expect(cancelled).toBe(true);
  });

  it("cuts a message that grows past maxMessageBytes, reports it, and goes on", async () => {
    const line = "Der Dax stieg am Montag um ein Prozent.\n";
    const endless = `KIEL (dpa-AFX) - ${line.repeat(200)}`; // about 8 KB, no next message
    const tail = msg(3);
    const text = endless + tail;
    const chunks: string[] = [];
    for (let i = 0; i < text.length; i += 1000) chunks.push(text.slice(i, i + 1000));
    const got = await collect(parseStream(pieces(chunks), { maxMessageBytes: 3000 }));
    const cuts = got.filter((a) => a.diagnostics.some((d) => d.code === "input/message-too-long"));
    expect(cuts.length).toBeGreaterThanOrEqual(2);
    for (const a of cuts) {
      const d = a.diagnostics.find((x) => x.code === "input/message-too-long")!;
      expect(d.severity).toBe("error");
      expect(d.position.start.offset).toBe(a.position!.end.offset);
      expect(printSource(a).length).toBeLessThanOrEqual(3000);
    }
    expect(got[got.length - 1]!.headline?.text).toBe("Firma 3 meldet Zahlen");
    expect(got.map(printSource).join("")).toBe(text);
  });

  it("cuts one endless line inside the line, with columns that go on", async () => {
    const text = "x".repeat(10_000);
    const got = await collect(parseStream(pieces([text]), { maxMessageBytes: 4_000 }));
    expect(got.map(printSource).join("")).toBe(text);
    expect(got.map((a) => a.position!.start.column)).toEqual([1, 4001, 8001]);
    expect(got.every((a) => a.position!.start.line === 1)).toBe(true);
  });
});

describe("the grammar as shared state", () => {
  it("is frozen deeply: rules, vocabulary lists and their entries", () => {
    expect(() => {
      (dpaAfx.rules as unknown as Record<string, unknown>).trailer = token(/x/y);
    }).toThrow(TypeError);
    expect(() => (dpaAfx.vocabulary.upperTags as unknown as unknown[]).push({ tag: "X", meaning: "desk" })).toThrow(TypeError);
    expect(() => {
      (dpaAfx.vocabulary.noteKinds[0] as { kind: string }).kind = "other";
    }).toThrow(TypeError);
    expect(() => {
      (dpaAfxVocabulary.footers[0] as { kind: string }).kind = "x";
    }).toThrow(TypeError);
    expect(Object.isFrozen(dpaAfx.rules.trailer)).toBe(true);
    expect(parseArticle("KIEL (dpa-AFX) - Text./ab").trailer?.codes).toEqual(["ab"]);
  });
  it("a vocabulary's regular expressions carry no state from one parse into the next", () => {
    const input = "(Wiederholung: Text)\nKIEL (dpa-AFX) - Text./ab\n\nQuelle: dpa-AFX";
    const before = JSON.stringify(parseArticle(input));
    for (const k of dpaAfx.vocabulary.noteKinds) k.pattern.lastIndex = 7;
    for (const f of dpaAfx.vocabulary.footers) f.pattern.lastIndex = 3;
    const global = extendGrammar(dpaAfx, { id: "g", vocabulary: { noteKinds: [{ pattern: /wiederholung/gi, kind: "repeat" }] } });
    const kinds = [1, 2, 3].map(() => parseArticle(input, { grammar: global }).editorialNote?.kind);
    expect(kinds).toEqual(["repeat", "repeat", "repeat"]);
    expect(JSON.stringify(parseArticle(input))).toBe(before);
  });
  it("extendGrammar never freezes the caller's objects", () => {
    const agencies = ["dpa-AFX", "dpa-infoline"];
    extendGrammar(dpaAfx, { id: "x", vocabulary: { agencies } });
    expect(Object.isFrozen(agencies)).toBe(false);
  });
});
