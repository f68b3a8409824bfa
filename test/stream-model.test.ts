// parseStream's blocks against a model written from the documentation alone: where messages start, where
// `maxMessageBytes` cuts, each block's offset, line, column and line range, and the error at each cut,
// whatever the chunks. And what the stream holds while it reads: bounded by one message, never the input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dpaAfx, parseFeed, parseStream, type Grammar } from "../src/index.js";
import { messageBlocks, parseBlock, type HeldText, type MessageBlock, type StreamOptions } from "../src/stream.js";
import { collect, cutAt, pieces } from "./helpers.js";

const SEED = Number(process.env.SEED ?? 20261130);
// Not reduced in mutation runs: the model runs fast, and rare shapes (a cut right at a CRLF) need the runs.
const RUNS = Number(process.env.RUNS ?? 200);
const grammar = dpaAfx as unknown as Grammar;

/** Offsets where a line starts (after "\n", "\r\n" or a lone "\r"), the text's start included. */
function lineStarts(text: string): number[] {
  const out = [0];
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) out.push(k + 1);
  }
  return out;
}

/** Lines before `offset` and columns before it on its line (0-based), from the text itself. */
function place(starts: number[], offset: number): { line: number; column: number } {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return { line, column: offset - starts[line]! };
}

interface Expected {
  text: string;
  offset: number;
  line: number;
  column: number;
  messages: { first: number; last: number }[];
  cut: [number, number, number] | null;
}

/**
 * The blocks as the documentation describes them. Messages start at `tops` (line starts; lines above the
 * first are its page header). A message longer than `max` is cut at the last line start within
 * `max` of where it starts, else after `max` units, moved back before a surrogate pair (forward past it
 * when that would not move at all) or forward past a CRLF; each cut carries an error there, except a cut
 * at the start of a line longer than `max` (that line's own cuts carry it).
 */
function model(text: string, tops: number[], max: number): Expected[] {
  const starts = lineStarts(text);
  const startSet = new Set(starts);
  const ends = [...tops.slice(1), text.length];
  const segments = ends.map((end, k) => ({ from: k === 0 ? 0 : tops[k]!, end, top: tops[k] ?? -1 }));
  if (segments.length === 0) segments.push({ from: 0, end: text.length, top: -1 });
  const out: Expected[] = [];
  const emit = (from: number, to: number, top: number, cut: boolean, final: boolean) => {
    const t = text.slice(from, to);
    const p = place(starts, from);
    const lines = lineStarts(t).length;
    const atLineStart = startSet.has(to) && to > from && !final;
    const first = top >= from && top < to ? place(starts, top).line - p.line : 0;
    const c = place(starts, to);
    out.push({ text: t, offset: from, line: p.line, column: p.column, messages: [{ first, last: lines - 1 - (atLineStart ? 1 : 0) }], cut: cut ? [to, c.line + 1, c.column + 1] : null });
  };
  segments.forEach(({ from, end, top }, k) => {
    let o = from;
    while (end - o > max) {
      const limit = o + max;
      let cut = -1;
      let clean = false;
      for (const s of starts) if (s > o && s <= limit) cut = s;
      if (cut !== -1) {
        // Before a line longer than the bound: no error there (the cuts inside that line carry it).
        const after = starts.find((s) => s > cut) ?? text.length;
        clean = after - cut > max;
      } else {
        cut = limit;
        const c = text.charCodeAt(cut - 1);
        if (c >= 0xd800 && c < 0xdc00) cut += cut - 1 > o ? -1 : 1;
        else if (c === 13 && text.charCodeAt(cut) === 10) cut++;
      }
      emit(o, cut, top, !clean, false);
      o = cut;
    }
    const last = k === segments.length - 1;
    if (o < end || last) emit(o, end, top, false, last);
  });
  return out;
}

const shape = (b: MessageBlock): Expected => ({
  text: b.text,
  offset: b.offset,
  line: b.line,
  column: b.column,
  messages: b.messages,
  cut: b.endNotes.length === 0 ? null : (() => {
    expect(b.endNotes.map((d) => [d.code, d.severity])).toEqual([["input/message-too-long", "error"]]);
    const s = b.endNotes[0]!.position.start;
    return [s.offset, s.line, s.column] as [number, number, number];
  })(),
});

const blocks = async (chunks: (string | Uint8Array)[], options?: StreamOptions, watch?: (h: HeldText) => void) =>
  collect(messageBlocks(pieces(chunks), grammar, options, watch));

// Lines of a feed: datelines (each starts a message), lower-case body lines ending in a full stop (never a
// headline or a message start), long lines, characters outside the BMP, blank lines; any line end.
const dateline = fc.constantFrom("KIEL (dpa-AFX) - Die Börse schloss ruhig.", "BERLIN (dpa-AFX) - Öl wurde billiger./ab", "PARIS (dpa-AFX) - Der Cac stieg.");
const bodyLine = fc.oneof(
  fc.constantFrom("der dax fiel.", "die anleger blieben vorsichtig.", "", "", "händler sprachen von gewinnmitnahmen./ab/DP/cd"),
  fc.integer({ min: 1, max: 90 }).map((n) => `${"x".repeat(n)}.`),
  fc.integer({ min: 1, max: 12 }).map((n) => `kurs ${"\u{1F4C8}".repeat(n)}.`),
);
const lineEnd = fc.constantFrom("\n", "\r\n", "\r");
const feedText = fc
  .tuple(fc.array(bodyLine, { maxLength: 3 }), fc.array(fc.tuple(dateline, fc.array(bodyLine, { maxLength: 6 })), { minLength: 0, maxLength: 5 }), lineEnd, fc.boolean())
  .map(([header, messages, end, closed]) => {
    const lines = [...header, ...messages.flatMap(([d, body]) => [d, ...body])];
    return lines.join(end) + (closed && lines.length > 0 ? end : "");
  });

/** The text in chunks that end at line ends only. */
function byLines(s: string, every: number): string[] {
  const starts = lineStarts(s);
  const out: string[] = [];
  for (let k = 0; k < starts.length; k += every) out.push(s.slice(starts[k], starts[k + every] ?? s.length));
  return out;
}

describe("parseStream's blocks follow the model", () => {
  it("message starts are the datelines (the model's premise)", async () => {
    await fc.assert(
      fc.asyncProperty(feedText, async (text) => {
        const got = await blocks([text], { maxMessageBytes: 1e9 });
        const datelines = lineStarts(text).filter((s) => /^[A-Z]+ \(dpa-AFX\)/.test(text.slice(s, s + 20)));
        expect(got.slice(1).map((b) => b.offset)).toEqual(datelines.slice(1));
        expect(got.map(shape)).toEqual(model(text, datelines, 1e9));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("cuts where the model cuts, in one chunk, in chunks ending at line ends, and in chunks ending anywhere", async () => {
    await fc.assert(
      fc.asyncProperty(feedText, fc.integer({ min: 1, max: 140 }), fc.integer({ min: 1, max: 4 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }), async (text, max, every, at) => {
        const datelines = lineStarts(text).filter((s) => /^[A-Z]+ \(dpa-AFX\)/.test(text.slice(s, s + 20)));
        const expected = model(text, datelines, max);
        expect((await blocks([text], { maxMessageBytes: max })).map(shape)).toEqual(expected);
        expect((await blocks(byLines(text, every), { maxMessageBytes: max })).map(shape)).toEqual(expected);
        expect((await blocks(cutAt(text, at), { maxMessageBytes: max })).map(shape)).toEqual(expected);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("a bound of one unit takes a surrogate pair whole and ends", async () => {
    const text = "\u{1F4C8}\u{1F4C8}ab";
    expect((await blocks([text], { maxMessageBytes: 1 })).map((b) => b.text)).toEqual(["\u{1F4C8}", "\u{1F4C8}", "a", "b"]);
    const articles = await collect(parseStream(pieces([text]), { maxMessageBytes: 1 }));
    expect(articles.map((a) => a.diagnostics.filter((d) => d.code === "input/message-too-long").length)).toEqual([1, 1, 1, 0]);
  });

  it("waits for a line that may start the next message instead of cutting before it", async () => {
    // The first message fits the bound; the second's dateline arrives in pieces past the bound.
    const text = "KIEL (dpa-AFX) - Die Börse schloss ruhig.\nBERLIN (dpa-AFX) - Öl wurde billiger./ab";
    const max = 60;
    const whole = await blocks([text], { maxMessageBytes: max });
    for (let k = 43; k < text.length; k += 5) {
      const got = await blocks([text.slice(0, k), text.slice(k)], { maxMessageBytes: max });
      expect(got.map(shape)).toEqual(whole.map(shape));
    }
    expect(whole[0]!.endNotes).toEqual([]);
    expect(whole[1]!.offset).toBe(text.indexOf("BERLIN"));
  });
});

describe("what parseStream holds while it reads", () => {
  const message = (k: number) => `${(k % 28) + 1}.03.2026\nFirma ${k} meldet Zahlen\n\nMÜNCHEN (dpa-AFX) - Die Firma ${k} hat mehr verdient.\n\nDer Umsatz stieg./ab/DP/cd\n\n`;

  it("stays within a few messages however long the feed, in chunks of any size", async () => {
    for (const size of [7, 64, 1000]) {
      const text = Array.from({ length: 3000 }, (_, k) => message(k)).join("");
      const chunks = Array.from({ length: Math.ceil(text.length / size) }, (_, k) => text.slice(k * size, (k + 1) * size));
      const most: HeldText = { pieces: 0, text: 0, lines: 0, tail: 0 };
      let seen = 0;
      const got = await blocks(chunks, undefined, (h) => {
        seen++;
        for (const key of Object.keys(most) as (keyof HeldText)[]) most[key] = Math.max(most[key], h[key]);
      });
      expect(got).toHaveLength(3000);
      expect(seen).toBe(chunks.length);
      const one = message(3000).length;
      expect(most.text).toBeGreaterThanOrEqual(Math.min(one, size));
      // One message, the line looked back over, and the chunk that brought them; never thousands of lines.
      expect(most.text).toBeLessThanOrEqual(2 * one + size);
      expect(most.pieces).toBeLessThanOrEqual(Math.ceil((2 * one) / size) + 2);
      expect(most.lines).toBeLessThanOrEqual(4 * (grammar.messageLookback + 8) + size);
      expect(most.tail).toBeLessThanOrEqual((grammar.messageLookback + 8) * 60 + 2 * size);
    }
  });

  it("decodes a big chunk of bytes a piece at a time, each piece's messages out before the next", async () => {
    const text = Array.from({ length: 3000 }, (_, k) => message(k)).join("");
    const bytes = new TextEncoder().encode(text);
    const size = 65536;
    const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, k) => bytes.subarray(k * size, (k + 1) * size));
    const held: HeldText[] = [];
    const got = await blocks(chunks, undefined, (h) => held.push(h));
    expect(got.map((b) => b.text).join("")).toBe(text);
    // A report per piece of at most 8 KiB, not per chunk.
    const piece = 8192;
    expect(held.length).toBeGreaterThanOrEqual(Math.floor((bytes.length - size) / piece));
    // The first 64 KiB are decoded at once, when the encoding is told; after the message open across
    // them is out, one message and the piece that brought the next, never a whole chunk.
    const one = message(3000).length;
    const after = held.slice(held.findIndex((h, k) => k > 0 && h.text < size / 2));
    expect(after.length).toBeGreaterThan(held.length - 40);
    for (const h of after) expect(h.text).toBeLessThanOrEqual(2 * one + piece);
  });
});

describe("parseStream's bytes, held back and decoded", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  const msg = (k: number) => `KIEL (dpa-AFX) - Meldung ${k} über die Börse./ab\n`;
  // More than the 64 KiB held back to tell the encoding.
  const big = Array.from({ length: 1500 }, (_, k) => msg(k)).join("");
  const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0)); // ü, ö as Windows-1252 bytes

  it("keeps reading Windows-1252 after a string chunk", async () => {
    const got = await collect(parseStream(pieces<string | Uint8Array>([latin1(big), "BERLIN (dpa-AFX) - Text./cd\n", latin1("MÜNCHEN (dpa-AFX) - Größer./ef")])));
    expect(got.at(-1)!.dateline?.locations).toEqual(["MÜNCHEN"]);
    expect(got.at(-1)!.sections[0]!.paragraphs[0]!.text).toBe("Größer.");
    expect(got[0]!.diagnostics.map((d) => d.code)).toContain("input/windows-1252");
  });

  it("marks a UTF-8 text cut in its last character after the first 64 KiB, in the last message's terms", async () => {
    const text = `${big}BERLIN (dpa-AFX) - Ende Ä`;
    const bytes = enc(text).slice(0, -1);
    for (const parts of [[bytes], [bytes.slice(0, 70_000), bytes.slice(70_000)]]) {
      const got = await collect(parseStream(pieces(parts)));
      const d = got.at(-1)!.diagnostics.find((x) => x.code === "input/truncated-utf8")!;
      expect([d.position.start.offset, d.position.start.line]).toEqual([text.length - 1, 1501]);
      expect(got.slice(0, -1).flatMap((a) => a.diagnostics.map((x) => x.code))).not.toContain("input/truncated-utf8");
    }
  });

  it("reads a character cut by a string chunk as U+FFFD, not as a text cut at its end", async () => {
    for (const head of [enc("KIEL (dpa-AFX) - Ä").slice(0, -1), enc(`${big}KIEL (dpa-AFX) - Ä`).slice(0, -1)]) {
      const got = await collect(parseStream(pieces<string | Uint8Array>([head, "bc./ab"])));
      const last = got.at(-1)!;
      expect(last.sections[0]!.paragraphs[0]!.text).toBe("\ufffdbc.");
      expect(last.diagnostics.map((d) => d.code)).not.toContain("input/truncated-utf8");
    }
  });

  // A Node Buffer as well: its slice() shares its memory, and the CLI reads stdin into one reused Buffer.
  it.each([
    ["a Uint8Array", () => new Uint8Array(5)],
    ["a Node Buffer", () => Buffer.alloc(5)],
  ])("copies what it holds back, so a source may reuse its buffer (%s)", async (_kind, make) => {
    const buffer = make();
    async function* reuse() {
      for (const part of ["KIEL ", "(dpa-", "AFX) ", "- Tex", "t./ab"]) {
        buffer.set(enc(part));
        yield buffer;
      }
    }
    const [a] = await collect(parseStream(reuse()));
    expect([a!.dateline?.text, a!.sections[0]!.paragraphs[0]!.text, a!.trailer?.text]).toEqual(["KIEL (dpa-AFX) -", "Text.", "/ab"]);
  });

  it("decodes as soon as 64 KiB arrived: the first message goes out before the next chunk is asked for", async () => {
    const bytes = enc(big);
    let pulled = 0;
    async function* source() {
      for (let at = 0; at < bytes.length; at += 65_536) {
        pulled++;
        yield bytes.slice(at, at + 65_536);
      }
    }
    for await (const _ of parseStream(source())) break;
    expect(pulled).toBe(1);
  });

  it("decodes a character split exactly where the held-back bytes end", async () => {
    const text = `${big.slice(0, 65_530)}ÄÖÜ${big.slice(65_530)}`;
    const bytes = enc(text);
    const at = enc(text.slice(0, 65_531)).length - 1; // inside the Ö
    const got = await collect(parseStream(pieces([bytes.slice(0, at), bytes.slice(at)])));
    expect(got.map((a) => a.sections.map((s) => s.paragraphs.map((p) => p.text)))).toEqual(parseFeed(text).map((a) => a.sections.map((s) => s.paragraphs.map((p) => p.text))));
    expect(at).toBeGreaterThanOrEqual(65_536);
  });
});

describe("parseStream's blocks as a worker gets them", () => {
  it("parse to the same articles without the lexed text and index (which are not posted)", async () => {
    const text = "12.03.2026\nKopf\n\nKIEL (dpa-AFX) - Eins.\r\nZwei./ab\n\nBERLIN (dpa-AFX) - Drei./cd";
    for (const max of [1e9, 12]) {
      const got = await blocks([text.slice(0, 20), text.slice(20)], { maxMessageBytes: max });
      for (const b of got) {
        const { doc: _doc, index: _index, ...posted } = b;
        expect(JSON.stringify([...parseBlock(structuredClone(posted))])).toBe(JSON.stringify([...parseBlock(b)]));
      }
      expect(got.length).toBeGreaterThan(1);
    }
  });
});

describe("what parseStream holds on a line that never ends", () => {
  it("stays within twice the bound however long the line, after a message start", async () => {
    const max = 500;
    const chunks = ["KIEL (dpa-AFX) - Text./ab\n", ...Array.from({ length: 400 }, () => "x".repeat(37))];
    let most = 0;
    const got = await blocks(chunks, { maxMessageBytes: max }, (h) => (most = Math.max(most, h.text)));
    expect(most).toBeLessThanOrEqual(2 * max + 37);
    expect(most).toBeGreaterThan(max);
    expect(got.length).toBeGreaterThan(25);
  });
});

describe("parseStream's cuts at the edges of the bound", () => {
  it("never between the halves of U+10000 (high and low surrogate at the ends of their ranges)", async () => {
    for (const c of ["\u{10000}", "\u{10FFFF}"]) {
      const text = `KIEL (dpa-AFX) - ${c.repeat(12)}`;
      for (const max of [20, 21]) {
        const got = await blocks([text], { maxMessageBytes: max });
        expect(got.map((b) => b.text).join("")).toBe(text);
        for (const b of got) expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(b.text)).toBe(false);
      }
    }
  });

  it("a cut before a line exactly as long as the bound (with its break) carries the error; one unit longer, not", async () => {
    const first = "KIEL (dpa-AFX) - Eins.\n"; // 23
    const at = (line: string, max: number) => blocks([first + line], { maxMessageBytes: max }).then((bs) => bs[0]!.endNotes.length);
    expect(await at(`${"y".repeat(24)}\nzwei.`, 25)).toBe(1); // the line with its break is 25: it fits
    expect(await at(`${"y".repeat(25)}\nzwei.`, 25)).toBe(0); // 26: longer than the bound
  });
});

describe("parseStream's cuts and line ends across chunks, case by case", () => {
  const datelines = (text: string) => lineStarts(text).filter((s) => /^[A-Z]+ \(dpa-AFX\)/.test(text.slice(s, s + 20)));
  const check = async (text: string, max: number, chunkings: string[][]) => {
    const expected = model(text, datelines(text), max);
    for (const chunks of chunkings) expect([chunks, (await blocks(chunks, { maxMessageBytes: max })).map(shape)]).toEqual([chunks, expected]);
  };

  it("a lone CR that ends a chunk, then chunks that do not end in one", async () => {
    const text = "KIEL (dpa-AFX) - Eins.\rzwei.\rBERLIN (dpa-AFX) - Drei.\rvier.\rPARIS (dpa-AFX) - Fünf.";
    const cr = text.indexOf("\r") + 1;
    const pieces = [text.slice(0, cr), text.slice(cr, cr + 3), text.slice(cr + 3, cr + 11), text.slice(cr + 11, 60), text.slice(60)];
    await check(text, 1e9, [pieces]);
    await check(text, 30, [pieces]);
  });

  it("a dateline cut inside by the bound before its line ended is still a message start", async () => {
    const text = "der dax fiel.\rKIEL (dpa-AFX) - Die Börse schloss ruhig.\rPARIS (dpa-AFX) - Der Cac stieg.\rder dax fiel.";
    await check(text, 33, [[text], byLines(text, 2), byLines(text, 3)]);
  });

  it("a page header longer than the bound, cut before the first message's start", async () => {
    const text = "zeile eins.\nzeile zwei.\nzeile drei.\nKIEL (dpa-AFX) - Text./ab\nBERLIN (dpa-AFX) - Mehr./cd\n";
    for (const max of [5, 13, 15, 25, 30]) await check(text, max, [[text], byLines(text, 1), byLines(text, 2), cutAt(text, [0.1, 0.3, 0.5, 0.7])]);
  });

  it("a surrogate pair or a CRLF at a cut in a later chunk than the one the open message starts in", async () => {
    const pairs = `KIEL (dpa-AFX) - ${"\u{1F4C8}".repeat(30)}`;
    const crlf = `KIEL (dpa-AFX) - ${"ab\r\n".repeat(20)}`;
    for (const max of [20, 21, 22, 23]) {
      await check(pairs, max, [cutAt(pairs, [0.2, 0.4, 0.6, 0.8]), Array.from({ length: Math.ceil(pairs.length / 3) }, (_, k) => pairs.slice(3 * k, 3 * k + 3))]);
      await check(crlf, max, [cutAt(crlf, [0.25, 0.5, 0.75])]);
    }
  });

  it("marks a character cut at the end of the source when the last block starts at it", async () => {
    const text = "KIEL (dpa-AFX) - abcÄ";
    const bytes = new TextEncoder().encode(text).slice(0, -1);
    const got = await blocks([bytes as unknown as string], { maxMessageBytes: text.length - 1 });
    expect(got.map((b) => b.offset)).toEqual([0, text.length - 1]);
    expect(got.at(-1)!.endNotes.map((d) => [d.code, d.position.start.offset])).toEqual([["input/truncated-utf8", text.length - 1]]);
  });
});
