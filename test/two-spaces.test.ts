// The search for two spaces in a row that every message asks before its nodes' text is made: the
// WebAssembly search (where Node's Buffer and WebAssembly are at hand) checked against the regular
// expression it stands in for, at every place of a pair, across its pages, and on random texts.
import { describe, expect, it } from "vitest";
import { searchIn, twoSpaces, wasmSearch, wasmTwoSpaces, type BufferClass, type Wasm } from "../src/text/two-spaces.js";

/** A seeded linear congruential generator (enough for choosing characters), so a failure can be replayed. */
const lcg = (seed: number) => () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;

describe("two spaces in a row", () => {
  const PAGE = 65536;
  it("are searched with WebAssembly under Node, and with the expression where Buffer or WebAssembly is missing or refuses", () => {
    expect(wasmTwoSpaces()).not.toBeNull();
    const B = Buffer as unknown as BufferClass;
    const W = Reflect.get(globalThis, "WebAssembly") as Wasm;
    expect(wasmSearch(B, W)!("a  b")).toBe(true);
    expect(wasmSearch(undefined, W)).toBeNull();
    expect(wasmSearch(B, undefined)).toBeNull();
    // A page whose policy forbids compiling WebAssembly: the constructor throws.
    const refusing = { Module: class { constructor() { throw new Error("compiling WebAssembly is not allowed"); } }, Instance: W.Instance } as unknown as Wasm;
    expect(wasmSearch(B, refusing)).toBeNull();
    // Only where `process` names a Node version: a browser bundle's `Buffer` writes bytes in JavaScript.
    expect(searchIn({ Buffer: B, WebAssembly: W, process: { versions: { node: "20.20.2" } } })!("a  b")).toBe(true);
    expect(searchIn({ Buffer: B, WebAssembly: W })).toBeNull();
    expect(searchIn({ Buffer: B, WebAssembly: W, process: { versions: {} } })).toBeNull();
    expect(searchIn({ Buffer: B, WebAssembly: W, process: {} })).toBeNull();
    expect(searchIn({ Buffer: B, WebAssembly: W, process: { versions: { node: 20 } } })).toBeNull();
  });
  it("are found wherever they stand, and only where they stand", () => {
    for (const [text, found] of [
      ["", false],
      [" ", false],
      ["  ", true],
      ["NEW  YORK", true],
      ["NEW YORK (dpa-AFX) - Der Dax stieg.", false],
      ["a b c d e f g h i j k l m n o p q r s t u v w x y z", false],
      [`${"x".repeat(40)}  `, true],
      [`${"x ".repeat(40)}`, false],
      [" \u00a0 ", false],
      ["\t\t", false],
    ] as const) {
      expect([text, twoSpaces(text)]).toEqual([text, found]);
    }
  });
  it("agree with the regular expression on every place of a pair in texts of every length up to 80", () => {
    const bad: string[] = [];
    for (let n = 2; n <= 80; n++) {
      for (let at = 0; at + 1 < n; at++) {
        const text = `${"ab".repeat(n).slice(0, at)}  ${"cd".repeat(n).slice(0, n - at - 2)}`;
        if (twoSpaces(text) !== true || wasmTwoSpaces()!(text) !== true) bad.push(text);
        const single = `${text.slice(0, at + 1)}x${text.slice(at + 2)}`;
        if (twoSpaces(single) !== false || wasmTwoSpaces()!(single) !== false) bad.push(single);
      }
    }
    expect(bad).toEqual([]);
  });
  it("are not read from a character whose low byte is a space (U+2020, U+0120): the expression confirms", () => {
    for (const text of ["\u2020\u2020", "a\u0120 b", " \u2020", "\u0120\u0120 x"]) {
      expect([text, wasmTwoSpaces()!(text)]).toEqual([text, true]);
      expect([text, twoSpaces(text)]).toEqual([text, false]);
    }
    expect(twoSpaces("\u2020  \u2020")).toBe(true);
  });
  it("are found across the pages a long text is searched in, and at its very ends", () => {
    for (const at of [0, 1, PAGE - 3, PAGE - 2, PAGE - 1, PAGE, PAGE + 1, 2 * PAGE - 3, 2 * PAGE - 2, 2 * PAGE - 1, 3 * PAGE - 2]) {
      for (const n of [at + 2, at + 3, 3 * PAGE]) {
        const text = `${"x".repeat(at)}  ${"x".repeat(n - at - 2)}`;
        expect([at, n, twoSpaces(text)]).toEqual([at, n, true]);
      }
    }
    for (const n of [PAGE - 1, PAGE, PAGE + 1, 2 * PAGE - 1, 2 * PAGE, 3 * PAGE + 5]) expect([n, twoSpaces("x ".repeat(n).slice(0, n))]).toEqual([n, false]);
  });
  it("agree with the regular expression on random texts", () => {
    const r = lcg(5);
    const alphabet = [" ", " ", "a", "ä", "\n", "\u2020", "\u0120", "€", "\t", "\u00a0"];
    for (let k = 0; k < 3000; k++) {
      const n = Math.floor(r() * 120);
      let text = "";
      for (let j = 0; j < n; j++) text += alphabet[Math.floor(r() * alphabet.length)];
      expect([text, twoSpaces(text)]).toEqual([text, / {2}/.test(text)]);
    }
  });
});
