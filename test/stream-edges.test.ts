// parseStream's edges, case by case (written against the survivors of mutation testing): what it
// refuses and how it says so, characters and line breaks split across chunks, a UTF-8 text cut at its
// end, and the first message of a feed coming out before the source ends.
import { describe, expect, it } from "vitest";
import { parseFeed, parseStream, type Article } from "../src/index.js";
import { collect, pieces } from "./helpers.js";

const enc = (s: string) => new TextEncoder().encode(s);
const summary = (as: Article[]) =>
  as.map((a) => ({ position: a.position, lines: a.sections.flatMap((s) => s.paragraphs.map((p) => [p.text, p.position!.start.line, p.position!.end.column])), diagnostics: a.diagnostics.map((d) => [d.code, d.position.start.offset]) }));

describe("parseStream refuses clearly", () => {
  it("a source that is no stream, with a TypeError", async () => {
    for (const bad of [42, null, undefined, {}]) {
      await expect(collect(parseStream(bad as never))).rejects.toThrow("parseStream expects a stream, an async iterable or an iterable of chunks.");
      await expect(collect(parseStream(bad as never))).rejects.toBeInstanceOf(TypeError);
    }
  });

  it("one whole text (a string, a Buffer, a Uint8Array), pointing to parseFeed", async () => {
    const text = "KIEL (dpa-AFX) - Die Werft baut zwei Fähren./kro/DP/men";
    // @ts-expect-error one whole string is not a source of chunks
    await expect(collect(parseStream(text))).rejects.toThrow("got one string: for a whole text in memory, use parseFeed.");
    // @ts-expect-error nor are one text's bytes
    await expect(collect(parseStream(enc(text)))).rejects.toThrow(new TypeError("parseStream expects a stream, an async iterable or an iterable of chunks, got one Uint8Array: for a whole text in memory, use parseFeed."));
    await expect(collect(parseStream(Buffer.from(text) as never))).rejects.toThrow("got one Uint8Array");
  });
});

describe("parseStream reads chunks already in memory", () => {
  const feed = "12.03.2026\r\nWerft erhält Auftrag\r\n\r\nKIEL (dpa-AFX) - Die Werft baut zwei Fähren für 5 €./kro/DP/men\r\n\r\nBrauerei hebt Prognose\n\nMÜNCHEN (dpa-AFX) - Die Brauerei traut sich mehr zu./lko/DP/zb\n";
  // Cut inside a CRLF and inside the euro sign's three UTF-8 bytes.
  const crlf = feed.indexOf("\r\n") + 1;
  const bytes = enc(feed);
  const euro = bytes.indexOf(0xe2) + 1;

  it("from an array of strings, bytes and ArrayBuffers, exactly as parseFeed", async () => {
    const expected = summary(parseFeed(feed));
    expect(expected).toHaveLength(2);
    expect(summary(await collect(parseStream([feed.slice(0, crlf), feed.slice(crlf)])))).toEqual(expected);
    const cut = [bytes.slice(0, euro), bytes.slice(euro, euro + 1).buffer, bytes.slice(euro + 1)];
    expect(summary(await collect(parseStream(cut)))).toEqual(expected);
    expect(summary(await collect(parseStream([])))).toEqual(summary(parseFeed("")));
  });

  it("from a generator, one line at a time, and stops asking it when the reader stops", async () => {
    const longer = `${feed}\nDie Aktie legte zu.\n\nAnalysten hatten damit gerechnet.\n`;
    const lines = longer.split(/(?<=\n)/);
    let asked = 0;
    function* parts() {
      for (const line of lines) {
        asked++;
        yield line;
      }
    }
    expect(summary(await collect(parseStream(parts())))).toEqual(summary(parseFeed(longer)));
    asked = 0;
    for await (const first of parseStream(parts())) {
      expect(first.headline?.text).toBe("Werft erhält Auftrag");
      break;
    }
    // The first message came out once the second one's dateline line was complete: the rest was never asked for.
    expect(asked).toBeLessThan(lines.length - 2);
  });

  it("a maxMessageBytes under 1, with a RangeError naming the value", async () => {
    for (const bad of [0, -1, Number.NaN]) {
      await expect(collect(parseStream(pieces(["KIEL (dpa-AFX) - Text./ab"]) as never, { maxMessageBytes: bad }))).rejects.toThrow(new RangeError(`maxMessageBytes must be at least 1, got ${String(bad)}.`));
    }
    const one = await collect(parseStream(pieces(["KIEL (dpa-AFX) - Text./ab"]) as never, { maxMessageBytes: 1 }));
    expect(one.length).toBeGreaterThan(0);
  });

  it("a chunk of another type, naming the type", async () => {
    const named: [unknown, string][] = [
      [null, "null"],
      [7, "number"],
      [new Map(), "Map"],
      [new (class Brief {})(), "Brief"],
      [Object.create(null), "Object"],
      [new Uint16Array(2), "Uint16Array"],
    ];
    for (const [chunk, name] of named) {
      await expect(collect(parseStream(pieces(["KIEL (dpa-AFX) - ", chunk]) as never))).rejects.toThrow(new RegExp(`\\b${name}\\b`));
    }
  });
});

describe("parseStream across chunk boundaries", () => {
  const feed = "12.03.2026\nHändler bleiben ruhig\r\n\r\nKIEL (dpa-AFX) - Die Börse schloss ruhiger.\r\nDer Dax fiel./ab/DP/cd\r\n\r\n12.03.2026\nÖlpreis fällt\n\nBERLIN (dpa-AFX) - Öl wurde billiger./ef";

  it("decodes a character whose bytes are split between two chunks", async () => {
    const bytes = enc(feed);
    // Cut inside every multi-byte character in turn.
    for (let k = 1; k < bytes.length; k++) {
      if ((bytes[k]! & 0xc0) !== 0x80) continue;
      const got = await collect(parseStream(pieces([bytes.slice(0, k), bytes.slice(k)]) as never));
      expect(summary(got)).toEqual(summary(parseFeed(feed)));
    }
  });

  it("decodes a split character after the first 64 KiB too, where bytes are decoded as they come", async () => {
    // The first 64 KiB are held back to tell the encoding; after them each chunk is decoded at once, and a
    // character cut by a chunk boundary must wait for its other bytes.
    const pad = "12.03.2026\nHändler bleiben ruhig\n\nKIEL (dpa-AFX) - Die Börse schloss ruhiger./ab\n\n".repeat(1000);
    const text = `${pad}${feed}`;
    const bytes = enc(text);
    const big = enc(pad).length;
    let cuts = 0;
    for (let k = big; k < bytes.length && cuts < 6; k++) {
      if ((bytes[k]! & 0xc0) !== 0x80) continue;
      cuts++;
      const got = await collect(parseStream(pieces([bytes.slice(0, big), bytes.slice(big, k), bytes.slice(k)]) as never));
      expect(summary(got.slice(-2))).toEqual(summary(parseFeed(text).slice(-2)));
    }
    expect(cuts).toBe(5); // ä, ö, Ö, ä, Ö
  });

  it("counts two CRs split between two chunks as two line breaks, so the next message starts on its line", async () => {
    const text = "KIEL (dpa-AFX) - Erster Satz./ab\r\rBERLIN (dpa-AFX) - Zweiter Satz./cd";
    const at = text.indexOf("\r") + 1;
    const got = await collect(parseStream(pieces([text.slice(0, at), text.slice(at)]) as never));
    expect(got).toHaveLength(2);
    expect(summary(got)).toEqual(summary(parseFeed(text)));
  });

  it("counts a CRLF split between two chunks as one line break", async () => {
    for (let k = 1; k < feed.length; k++) {
      if (feed[k - 1] !== "\r") continue;
      const got = await collect(parseStream(pieces([feed.slice(0, k), feed.slice(k)]) as never));
      expect(summary(got)).toEqual(summary(parseFeed(feed)));
      // As bytes, too.
      const b = enc(feed);
      const at = enc(feed.slice(0, k)).length;
      expect(summary(await collect(parseStream(pieces([b.slice(0, at), b.slice(at)]) as never)))).toEqual(summary(parseFeed(feed)));
    }
  });

  it("reads a lone CR at the end of a chunk as a line break when no LF follows", async () => {
    const text = "KIEL (dpa-AFX) - Erster Satz.\rZweiter Satz./ab";
    const at = text.indexOf("\r") + 1;
    expect(summary(await collect(parseStream(pieces([text.slice(0, at), text.slice(at)]) as never)))).toEqual(summary(parseFeed(text)));
  });

  it("marks a UTF-8 text cut inside its last character, at that character", async () => {
    const text = "KIEL (dpa-AFX) - Die Börse schloss ruhiger./ab Ä";
    const bytes = enc(text).slice(0, -1); // the Ä loses its second byte
    for (const parts of [[bytes], [bytes.slice(0, 10), bytes.slice(10)], [bytes.slice(0, -1), bytes.slice(-1)]]) {
      const [a] = await collect(parseStream(pieces(parts) as never));
      const d = a!.diagnostics.find((x) => x.code === "input/truncated-utf8")!;
      expect(d.position.start.offset).toBe(text.length - 1);
      expect(summary([a!])).toEqual(summary(parseFeed(bytes)));
    }
  });
});

describe("parseStream cuts a message past maxMessageBytes", () => {
  const cuts = async (text: string, max: number, chunks: string[] = [text]) =>
    (await collect(parseStream(pieces(chunks) as never, { maxMessageBytes: max }))).map((a) => [
      a.position!.start.offset,
      a.position!.start.line,
      a.position!.start.column,
      a.position!.end.offset,
      a.diagnostics.filter((d) => d.code === "input/message-too-long").map((d) => {
        expect(d.message).not.toBe("");
        return [d.position.start.offset, d.position.start.line, d.position.start.column];
      }),
    ]);

  it("inside one long line, every max characters, with columns", async () => {
    const text = `KIEL (dpa-AFX) - ${"x".repeat(100)}`;
    const expected = [
      [0, 1, 1, 40, [[40, 1, 41]]],
      [40, 1, 41, 80, [[80, 1, 81]]],
      [80, 1, 81, 117, []],
    ];
    expect(await cuts(text, 40)).toEqual(expected);
    // Chunk by chunk the cuts fall at the same places.
    expect(await cuts(text, 40, text.match(/[\s\S]{1,7}/g)!)).toEqual(expected);
  });

  it("at the last line start in reach", async () => {
    expect(await cuts("KIEL (dpa-AFX) - Eins\nzwei zwei\ndrei drei drei\n", 25)).toEqual([
      [0, 1, 1, 22, [[22, 2, 1]]],
      [22, 2, 1, 47, []],
    ]);
  });

  it("never between the halves of a surrogate pair or of a CRLF", async () => {
    expect(await cuts(`KIEL (dpa-AFX) - ${"\u{1F600}".repeat(20)}`, 25)).toEqual([
      [0, 1, 1, 25, [[25, 1, 26]]],
      [25, 1, 26, 49, [[49, 1, 50]]],
      [49, 1, 50, 57, []],
    ]);
    expect(await cuts("KIEL (dpa-AFX) - Eins eins\r\nzwei", 27)).toEqual([
      [0, 1, 1, 28, [[28, 2, 1]]],
      [28, 2, 1, 32, []],
    ]);
  });
});

