// parseStream gives exactly parseFeed's articles whatever the chunk boundaries; bytes decode as UTF-8
// or Windows-1252 with a diagnostic.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import { collect, cutAt as cut, pieces, runs } from "./helpers.js";
import { describe, expect, it } from "vitest";
import { decodeBytes, parseArticle, parseFeed, parseStream, type Article } from "../src/index.js";

const SEED = Number(process.env.SEED ?? 20261125);
const RUNS = Number(process.env.RUNS ?? runs(150));

const json = (a: Article[]) => JSON.stringify(a);

/** Line ends as feeds write them: LF, CRLF (Windows), or a lone CR (old Mac exports). */
type Ends = "lf" | "crlf" | "cr";
// Every third message an overview without a dateline of its own (its first item opens it).
const message = (k: number, ends: Ends | boolean) => {
  const t =
    k % 3 === 2
      ? `1${k % 9}.03.2026\ndpa-AFX Überblick: KONJUNKTUR ${k}\n\nIfo-Index steigt\n\nBERLIN - Die Stimmung hellte sich auf.\n\nÖlpreise fallen\n\nPARIS - Die Preise gaben nach./ab/DP/cd\n\n`
      : `1${k % 9}.03.2026\nFirma ${k} meldet Zahlen\n\nMÜNCHEN (dpa-AFX) - Die Firma ${k} hat mehr verdient. Der Umsatz stieg.\n\nÜber die Dividende wird im Mai entschieden./ab/DP/cd\n\n`;
  const e = ends === true ? "crlf" : ends === false ? "lf" : ends;
  return e === "crlf" ? t.replace(/\n/g, "\r\n") : e === "cr" ? t.replace(/\n/g, "\r") : t;
};
// A byte-order mark on top sometimes (a BOM is dropped from bytes, kept in strings, in both entry points alike).
const feed = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom<Ends>("lf", "crlf", "cr"), fc.constantFrom("", "dpa-AFX NEWSTICKER (Produktauszug)\n\n"), fc.boolean())
  .map(([n, ends, header, bom]) => (bom ? "\ufeff" : "") + header + Array.from({ length: n }, (_, k) => message(k, ends)).join(""));
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 });

describe("parseStream", () => {
  it("equals parseFeed on the whole text for any chunk boundaries (strings)", async () => {
    await fc.assert(
      fc.asyncProperty(feed, cuts, async (text, at) => {
        expect(json(await collect(parseStream(pieces(cut(text, at)))))).toBe(json(parseFeed(text)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
  it("equals parseFeed for any chunk boundaries in UTF-8 bytes (mid-character, mid-CRLF)", async () => {
    await fc.assert(
      fc.asyncProperty(feed, cuts, async (text, at) => {
        const bytes = new TextEncoder().encode(text);
        expect(json(await collect(parseStream(pieces(cut(bytes, at)))))).toBe(json(parseFeed(bytes)));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
  it("equals parseFeed on large feeds (incremental emission) for any chunk boundaries", async () => {
    const big = fc
      .tuple(fc.integer({ min: 300, max: 900 }), fc.boolean())
      .map(([n, crlf]) => Array.from({ length: n }, (_, k) => message(k, crlf)).join(""));
    await fc.assert(
      fc.asyncProperty(big, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 40 }), async (text, at) => {
        expect(json(await collect(parseStream(pieces(cut(text, at)))))).toBe(json(parseFeed(text)));
      }),
      { seed: SEED, numRuns: runs(12) },
    );
  });
  it("yields every message as soon as the next one starts: the reader never runs ahead of the source", async () => {
    const text = Array.from({ length: 3000 }, (_, k) => message(k, false)).join("");
    let sent = 0; // characters the source has handed out
    async function* counted() {
      for (let i = 0; i < text.length; i += 4096) {
        sent = Math.min(text.length, i + 4096);
        yield text.slice(i, i + 4096);
      }
    }
    let n = 0;
    let worstLag = 0;
    for await (const a of parseStream(counted())) {
      // When a message comes out, the source has sent at most one chunk beyond the next message's dateline.
      const end = a.position!.end.offset;
      if (end < text.length) worstLag = Math.max(worstLag, sent - end);
      n++;
    }
    expect(n).toBe(3000);
    const messageLength = message(0, false).length;
    expect(worstLag).toBeLessThanOrEqual(4096 + messageLength);
  });
  it("reads Node Readables and web ReadableStreams", async () => {
    const text = message(1, false) + message(2, false);
    const want = json(parseFeed(text));
    expect(json(await collect(parseStream(Readable.from([Buffer.from(text)]))))).toBe(want);
    const web = new ReadableStream<Uint8Array>({
      start(c) {
        for (const part of cut(new TextEncoder().encode(text), [0.3, 0.6])) c.enqueue(part);
        c.close();
      },
    });
    expect(json(await collect(parseStream(web)))).toBe(want);
  });
  it("equals parseFeed on the real streams cut into small chunks", async () => {
    const dir = resolve(import.meta.dirname, "..", process.env.DPA_AFX_CORPUS ?? "../shared/corpus", "streams");
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".txt")) : [];
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const bytes = readFileSync(join(dir, f));
      const parts: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += 7) parts.push(bytes.subarray(i, i + 7));
      expect(json(await collect(parseStream(pieces(parts))))).toBe(json(parseFeed(new Uint8Array(bytes))));
    }
  });
  it("rejects what is no stream", async () => {
    await expect(collect(parseStream(42 as unknown as AsyncIterable<string>))).rejects.toThrow(TypeError);
  });
});

describe("bytes", () => {
  it("decodes UTF-8 and drops a BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("MÜNCHEN (dpa-AFX) - Text./ab")]);
    const a = parseArticle(bytes);
    expect(a.dateline?.locations).toEqual(["MÜNCHEN"]);
    expect(a.dateline?.position?.start.offset).toBe(0);
    expect(a.diagnostics).toEqual([]);
  });
  it("falls back to Windows-1252 with a diagnostic", () => {
    // "MÜNCHEN (dpa-AFX) - 5 € mehr./ab" in Windows-1252
    const text = "MÜNCHEN (dpa-AFX) - 5 € mehr./ab";
    const bytes = Uint8Array.from([...text].map((c) => (c === "€" ? 0x80 : c.charCodeAt(0))));
    expect(decodeBytes(bytes)).toMatchObject({ text, encoding: "windows-1252", invalidAt: 1 });
    const a = parseArticle(bytes);
    expect(a.dateline?.locations).toEqual(["MÜNCHEN"]);
    expect(a.diagnostics.map((d) => [d.code, d.position.start.offset])).toEqual([["input/windows-1252", 1]]);
    expect(parseFeed(bytes)[0]!.diagnostics.map((d) => d.code)).toEqual(["input/windows-1252"]);
  });
  it("streams Windows-1252 like parseFeed", async () => {
    const text = message(1, false).replace("Die", "Für");
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const got = await collect(parseStream(pieces(cut(bytes, [0.2, 0.5]))));
    expect(json(got)).toBe(json(parseFeed(bytes)));
    expect(got[0]!.diagnostics.map((d) => d.code)).toContain("input/windows-1252");
  });
});
