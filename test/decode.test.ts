// Bytes to text: the encoding sniffed, Windows-1252's 32 special bytes, UTF-8 cut short at the end, the
// first invalid byte; and the stream paths around them.
import { describe, expect, it } from "vitest";
import { decodeBytes, parseFeed, parseStream } from "../src/index.js";
import { decodeWindows1252, firstInvalid, sniffEncoding, truncatedTail, truncatedUtf8Diagnostic, windows1252Diagnostic } from "../src/decode.js";
import { collect, pieces } from "./helpers.js";

const bytes = (...b: number[]) => Uint8Array.from(b);

describe("sniffEncoding", () => {
  it("takes valid UTF-8 as UTF-8, even cut short, and anything else as Windows-1252", () => {
    expect(sniffEncoding(new TextEncoder().encode("Grüße"))).toBe("utf-8");
    expect(sniffEncoding(bytes(0x47, 0xc3))).toBe("utf-8"); // "G" and half an "Ã"-lead: cut short
    expect(sniffEncoding(bytes(0x47, 0xfc, 0x20))).toBe("windows-1252"); // ü as one byte
    expect(sniffEncoding(bytes())).toBe("utf-8");
    // Only the first 64 KiB decide: an invalid byte after them does not count.
    const big = new Uint8Array(70_000).fill(0x41);
    big[69_000] = 0xfc;
    expect(sniffEncoding(big)).toBe("utf-8");
    big[100] = 0xfc;
    expect(sniffEncoding(big)).toBe("windows-1252");
  });
});

describe("truncatedTail", () => {
  it("finds a lead byte whose continuation did not arrive, of any sequence length", () => {
    expect(truncatedTail(bytes(0x41, 0xc3))).toBe(1); // 2-byte sequence, 1 of 2
    expect(truncatedTail(bytes(0x41, 0xe2, 0x82))).toBe(1); // €: 2 of 3
    expect(truncatedTail(bytes(0x41, 0xe2))).toBe(1); // 1 of 3
    expect(truncatedTail(bytes(0x41, 0xf0, 0x9f, 0x98))).toBe(1); // an emoji: 3 of 4
    expect(truncatedTail(bytes(0x41, 0xe2, 0x82, 0xac))).toBe(-1); // € whole
    expect(truncatedTail(bytes(0x41, 0xc3, 0xa4))).toBe(-1); // ä whole
    expect(truncatedTail(bytes(0x41))).toBe(-1);
    expect(truncatedTail(bytes())).toBe(-1);
    expect(truncatedTail(bytes(0x80, 0x80, 0x80, 0x80))).toBe(-1); // no lead within three bytes: not a cut sequence
    expect(truncatedTail(bytes(0x41, 0xc1))).toBe(-1); // not a lead byte at all
  });

  it("reads the byte values at the edges of each lead range, and a lead at the very first byte", () => {
    // [bytes, where the cut sequence starts]: the lowest and highest lead of each length, and the bytes just outside.
    const cases: [number[], number][] = [
      [[0xc3], 0],
      [[0xc2], 0],
      [[0xdf], 0],
      [[0xe0, 0xa0], 0],
      [[0xef], 0],
      [[0xf0, 0x90, 0x80], 0],
      [[0xf4, 0x8f], 0],
      [[0xf5], -1],
      [[0xff], -1],
      [[0x41, 0x41, 0xe0, 0xa0], 2],
    ];
    for (const [b, at] of cases) expect([b, truncatedTail(bytes(...b))]).toEqual([b, at]);
  });
});

describe("decodeWindows1252", () => {
  it("maps the 32 bytes 0x80-0x9F as Windows-1252 does, keeping the five unassigned ones", () => {
    expect(decodeWindows1252(bytes(0x80, 0x82, 0x84, 0x85, 0x91, 0x93, 0x94, 0x96, 0x97, 0x9f))).toBe("€‚„…‘“”–—Ÿ");
    expect(decodeWindows1252(bytes(0x81, 0x8d, 0x8f, 0x90, 0x9d))).toBe("\u0081\u008d\u008f\u0090\u009d");
    expect(decodeWindows1252(bytes(0x41, 0xe4, 0xdf, 0xff))).toBe("Aäßÿ");
    expect(decodeWindows1252(bytes(0x41, 0x80, 0x42, 0x9f))).toBe("A€BŸ");
    expect(decodeWindows1252(bytes())).toBe("");
    // The edges of the mapped range: 0x7F and 0xA0 are Latin-1 as they are.
    expect(decodeWindows1252(bytes(0x7f, 0xa0, 0x41))).toBe("\u007f\u00a0A");
    expect(decodeWindows1252(bytes(0xa0))).toBe("\u00a0");
  });
});

describe("firstInvalid", () => {
  it("finds the first byte that breaks UTF-8", () => {
    expect(firstInvalid(bytes(0x4b, 0x49, 0xdc, 0x20))).toBe(2);
    expect(firstInvalid(bytes(0x4b, 0x49, 0xdc))).toBe(0); // cut short at the end: not invalid (0: none found)
    expect(firstInvalid(bytes(0xc3, 0xa4, 0xe2, 0x82, 0xac, 0xfc))).toBe(5);
    expect(firstInvalid(bytes(0xe2, 0x41, 0x41))).toBe(0); // a lead byte without its continuation
    expect(firstInvalid(bytes(0xf0, 0x9f, 0x98, 0x80, 0x80))).toBe(4); // a continuation byte on its own
    expect(firstInvalid(bytes(0xf5))).toBe(0);
    expect(firstInvalid(bytes(0x41, 0x42))).toBe(0);
  });

  it("reads the byte values at the edges of each lead range", () => {
    // A valid sequence after an A, then 0xFF: the first invalid byte is the 0xFF (or the lead, if it is none).
    const cases: [number[], number][] = [
      [[0x41, 0xc2, 0xa0, 0xff], 3],
      [[0x41, 0xdf, 0xbf, 0xff], 3],
      [[0x41, 0xe0, 0xa0, 0x80, 0xff], 4],
      [[0x41, 0xef, 0xbf, 0xbf, 0xff], 4],
      [[0x41, 0xf0, 0x90, 0x80, 0x80, 0xff], 5],
      [[0x41, 0xf4, 0x8f, 0xbf, 0xbf, 0xff], 5],
      [[0x41, 0xf5, 0x80, 0x80, 0x80, 0xff], 1],
      [[0x41, 0xc1, 0xbf], 1],
    ];
    for (const [b, at] of cases) expect([b, firstInvalid(bytes(...b))]).toEqual([b, at]);
  });
});

describe("encoding diagnostics", () => {
  it("are warnings one character long, with a message, at the offset and column given", () => {
    const one = (d: ReturnType<typeof windows1252Diagnostic>) => [d.code, d.severity, d.message.length > 0, d.position];
    const at = (line: number, column: number, offset: number) => ({ line, column, offset });
    expect(one(windows1252Diagnostic(4))).toEqual(["input/windows-1252", "warning", true, { start: at(1, 5, 4), end: at(1, 6, 5) }]);
    expect(one(windows1252Diagnostic(9, 2, 3))).toEqual(["input/windows-1252", "warning", true, { start: at(2, 3, 9), end: at(2, 4, 10) }]);
    expect(one(truncatedUtf8Diagnostic(9, 2, 3))).toEqual(["input/truncated-utf8", "warning", true, { start: at(2, 3, 9), end: at(2, 4, 10) }]);
  });
});

describe("decodeBytes", () => {
  it("drops a BOM, and reports where Windows-1252 text first failed as UTF-8", () => {
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ text: "A", encoding: "utf-8", invalidAt: null, truncatedAt: null });
    expect(decodeBytes(bytes(0x41, 0x80))).toEqual({ text: "A€", encoding: "windows-1252", invalidAt: 1, truncatedAt: null });
  });
});

describe("streams around bytes", () => {
  const text = "MÜNCHEN (dpa-AFX) - Für 5 € mehr./ab\r\nKIEL (dpa-AFX) - Zwei./cd\r";
  it("stream Windows-1252 cut anywhere as parseFeed reads it, with the note on the first message", async () => {
    const cp1252 = Uint8Array.from([...text].map((c) => (c === "€" ? 0x80 : c.charCodeAt(0))));
    for (const at of [1, 2, 20, cp1252.length - 1]) {
      const got = await collect(parseStream(pieces([cp1252.subarray(0, at), cp1252.subarray(at)])));
      expect(JSON.stringify(got)).toBe(JSON.stringify(parseFeed(cp1252)));
      expect(got[0]!.diagnostics.map((d) => [d.code, d.position.start.offset])).toEqual([["input/windows-1252", 1]]);
      expect(got[1]!.diagnostics.map((d) => d.code)).not.toContain("input/windows-1252");
    }
  });
  it("put the Windows-1252 note among the first message's diagnostics in the order of their places", async () => {
    const stray = "MÜNCHEN (dpa-AFX) - Für 5 € mehr./ab;\r\nKIEL (dpa-AFX) - Zwei./cd\r";
    const cp1252 = Uint8Array.from([...stray].map((c) => (c === "€" ? 0x80 : c.charCodeAt(0))));
    const got = await collect(parseStream(pieces([cp1252])));
    const order = [["input/windows-1252", 1], ["trailer/stray-punctuation", 36]];
    expect(got[0]!.diagnostics.map((d) => [d.code, d.position.start.offset])).toEqual(order);
    expect(parseFeed(cp1252)[0]!.diagnostics.map((d) => [d.code, d.position.start.offset])).toEqual(order);
  });
  it("take a lone CR at a chunk's end as a line break once the next chunk shows no LF", async () => {
    const parts = ["KIEL (dpa-AFX) - Eins./ab\r", "KIEL (dpa-AFX) - Zwei./cd\r", "\nKIEL (dpa-AFX) - Drei./ef"];
    const whole = parts.join("");
    expect(JSON.stringify(await collect(parseStream(pieces(parts))))).toBe(JSON.stringify(parseFeed(whole)));
    expect((await collect(parseStream(pieces(parts)))).map((a) => a.trailer?.codes[0])).toEqual(["ab", "cd", "ef"]);
  });
  it("flush half a UTF-8 character before a string chunk, and refuse a bad bound or source", async () => {
    const euro = new TextEncoder().encode("KIEL (dpa-AFX) - 5 €");
    const got = await collect(parseStream(pieces<string | Uint8Array>([euro.subarray(0, euro.length - 1), " mehr./ab"])));
    expect(got[0]!.sections[0]!.paragraphs[0]!.text).toBe("5 \ufffd mehr.");
    await expect(collect(parseStream(pieces(["x"]), { maxMessageBytes: 0 }))).rejects.toThrow(RangeError);
    await expect(collect(parseStream(null as unknown as AsyncIterable<string>))).rejects.toThrow(TypeError);
    await expect(collect(parseStream({} as unknown as AsyncIterable<string>))).rejects.toThrow("expects a stream, an async iterable or an iterable of chunks");
    class Chunk {}
    await expect(collect(parseStream(pieces([new Chunk()] as unknown as string[])))).rejects.toThrow("type Chunk");
  });
  it("never cut a surrogate pair or a CRLF in two at the bound", async () => {
    const emoji = "😀".repeat(10); // 20 code units
    const got = await collect(parseStream(pieces([emoji]), { maxMessageBytes: 7 }));
    expect(got.map((a) => a.position!.end.offset - a.position!.start.offset)).toEqual([6, 6, 6, 2]);
    const crlf = "x".repeat(9) + "\r\n" + "y".repeat(9);
    const cut = await collect(parseStream(pieces([crlf]), { maxMessageBytes: 10 }));
    expect(cut[0]!.position!.end.offset).toBe(11); // after the whole CRLF, a line start
    expect(cut.map((a) => a.position!.start.line)).toEqual([1, 2]);
  });
});
