// The text layer: one definition of the character classes (the regular-expression classes agree with
// the functions on every code point of the Basic Multilingual Plane), the line lexer, and node text.
import { describe, expect, it } from "vitest";
import { hspace, optHspace } from "../src/combinators/index.js";
import * as chars from "../src/text/chars.js";
import { BREAK_CLASS, feedText, isBreak, isSpace, isSpaceOrBreak, oneSpace, plainBreaks, plainSpaces, SPACE_CLASS, SPACE_OR_BREAK_CLASS } from "../src/text/chars.js";
import { lex, lineOf, scratchLines } from "../src/text/lexer.js";
import { joinLines, lineText, linesAreClean, markupText, normalise } from "../src/text/normalise.js";
import { parseArticle } from "../src/index.js";

const BMP = 0x10000;
/** The characters of the BMP that `view` changes in a text, each with what it reads there instead; every view keeps the length. */
const changedBy = (view: (s: string) => string): Map<number, string> => {
  const changed = new Map<number, string>();
  for (let c = 0; c < BMP; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates are no characters
    const s = `a${String.fromCharCode(c)}b`;
    const v = view(s);
    expect(v.length).toBe(3);
    if (v !== s) changed.set(c, v.charAt(1));
  }
  return changed;
};
const disagreements = (re: RegExp, fn: (c: number) => boolean): number[] => {
  const out: number[] = [];
  for (let c = 0; c < BMP; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // lone surrogates are no characters
    if (re.test(String.fromCharCode(c)) !== fn(c)) out.push(c);
  }
  return out;
};

describe("character classes", () => {
  it("regular-expression classes accept exactly what the functions accept", () => {
    expect(disagreements(new RegExp(`^[${SPACE_CLASS}]$`), isSpace)).toEqual([]);
    expect(disagreements(new RegExp(`^[${BREAK_CLASS}]$`), isBreak)).toEqual([]);
    expect(disagreements(new RegExp(`^[${SPACE_OR_BREAK_CLASS}]$`), isSpaceOrBreak)).toEqual([]);
  });

  it("the white-space combinators take what isSpace takes, and no line break", () => {
    for (let c = 0; c < BMP; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      if (hspace.parse(s).status !== isSpace(c)) throw new Error(`hspace disagrees with isSpace at U+${c.toString(16)}`);
    }
    expect(hspace.parse("\n").status).toBe(false);
    expect(optHspace.parse("").status).toBe(true);
    expect(hspace.parse(" \t\u00a0\u2009").status).toBe(true);
  });

  it("oneSpace reads each run of plain spaces as one, and gives a text without runs back as it is", () => {
    expect(oneSpace("NEW   YORK")).toBe("NEW YORK");
    expect(oneSpace("AKTIE  IM  FOKUS  2")).toBe("AKTIE IM FOKUS 2");
    // Only plain spaces: a tab or a single space stays.
    expect(oneSpace("A\t\tB C")).toBe("A\t\tB C");
    const plain = "Aktien Frankfurt Schluss";
    expect(oneSpace(plain)).toBe(plain);
  });

  it.each([
    ["plainSpaces: the no-break spaces as plain ones", plainSpaces, [[0xa0, " "], [0x202f, " "]], "NEW\u00a0YORK\u202f(dpa-AFX)\u00a0-\u00a0", "NEW YORK (dpa-AFX) - "],
    ["plainBreaks: the Unicode line and paragraph separators as line feeds", plainBreaks, [[0x2028, "\n"], [0x2029, "\n"]], "Titel\u2028\u2028KIEL (dpa-AFX) - Text.\u2029Mehr.\u2028", "Titel\n\nKIEL (dpa-AFX) - Text.\nMehr.\n"],
    ["feedText: both as plain spaces, keeping the feed's own lines", feedText, [[0xa0, " "], [0x2028, " "], [0x2029, " "], [0x202f, " "]], "Titel\u2028\u2028KIEL\u00a0(dpa-AFX) - Text.\nMehr.", "Titel  KIEL (dpa-AFX) - Text.\nMehr."],
  ] as const)("%s: exactly these characters, at the same length; a text without them as it is", (_, view, changed, sample, read) => {
    expect([...changedBy(view)]).toEqual(changed);
    expect(view(sample)).toBe(read);
    // A text without them is the same string, not a copy; other line breaks stay as written.
    const plain = "Titel\r\n\r\nKIEL (dpa-AFX) - Text.";
    expect(view(plain)).toBe(plain);
  });

  it("names the typical spaces of wire copy", () => {
    for (const c of [0x20, 0x09, 0xa0, 0x202f, 0x2009, 0xfeff]) expect(isSpace(c)).toBe(true);
    for (const c of [0x0a, 0x0d, 0x2028, 0x2029]) expect([isSpace(c), isBreak(c), isSpaceOrBreak(c)]).toEqual([false, true, true]);
    for (const c of [0x41, 0xe4, 0x2d, 0x200b]) expect(isSpaceOrBreak(c)).toBe(false);
  });
});

describe("the character predicates", () => {
  /** Every BMP character a predicate accepts, as one string. */
  const accepted = (fn: (c: number) => boolean) => {
    let out = "";
    for (let c = 0; c < 0x10000; c++) if (!(c >= 0xd800 && c <= 0xdfff) && fn(c)) out += String.fromCharCode(c);
    return out;
  };
  const range = (a: string, b: string) => Array.from({ length: b.charCodeAt(0) - a.charCodeAt(0) + 1 }, (_, k) => String.fromCharCode(a.charCodeAt(0) + k)).join("");
  it("accept exactly the characters their JSDoc names", () => {
    const lower = `${range("a", "z")}${range("ß", "ö")}${range("ø", "ÿ")}`;
    const upper = `${range("A", "Z")}${range("À", "Ö")}${range("Ø", "Þ")}`;
    expect(accepted(chars.isLower)).toBe(lower);
    expect(accepted(chars.isUpper)).toBe(upper);
    expect(accepted(chars.isLetter)).toBe(`${range("A", "Z")}${range("a", "z")}${range("À", "Ö")}${range("Ø", "ö")}${range("ø", "ÿ")}`);
    expect(accepted(chars.isGermanLower)).toBe(`${range("a", "z")}ßäöü`);
    expect(accepted(chars.isDigit)).toBe("0123456789");
    expect(accepted(chars.endsSentence)).toBe("!.:?…");
    expect(accepted(chars.isCloser)).toBe(`"')]«»‘’“”`);
    expect(accepted(chars.isOpener)).toBe(`"'(«»‘‚“„`);
    expect(accepted(chars.isDash)).toBe("-–—");
  });
  it("isAnyLetter: isLetter up to Latin-1, Unicode's letters beyond, and no punctuation", () => {
    // Latin-1 exactly as isLetter; beyond it, agreement with \p{L} on the whole BMP.
    const letters = accepted(chars.isAnyLetter);
    expect(letters.slice(0, accepted(chars.isLetter).length)).toBe(accepted(chars.isLetter));
    const beyond = [...letters].filter((ch) => ch.charCodeAt(0) > 0xff).join("");
    expect(beyond).toBe(accepted((c) => c > 0xff && /\p{L}/u.test(String.fromCharCode(c))));
    expect(beyond.length).toBeGreaterThan(40000);
    for (const ch of "łźčΩЖ") expect([ch, chars.isAnyLetter(ch.charCodeAt(0))]).toEqual([ch, true]);
    for (const ch of "“”„…–—€×÷¿") expect([ch, chars.isAnyLetter(ch.charCodeAt(0))]).toEqual([ch, false]);
  });
  it("isWordChar: a letter of any script or a digit", () => {
    expect(accepted(chars.isWordChar)).toBe(accepted((c) => chars.isAnyLetter(c) || chars.isDigit(c)));
    for (const ch of "aß9ł") expect([ch, chars.isWordChar(ch.charCodeAt(0))]).toEqual([ch, true]);
    for (const ch of "/;“… ") expect([ch, chars.isWordChar(ch.charCodeAt(0))]).toEqual([ch, false]);
  });
});

describe("the line lexer", () => {
  it("cuts at LF, CRLF and a lone CR, and keeps a last empty line after a final break", () => {
    const input = "Titel\r\n\r\n  KIEL (dpa-AFX) - Text. \rZwei\n";
    const l = lex(input);
    expect(l.count).toBe(5);
    expect(l.start).toEqual([0, 7, 9, 35, 40]);
    expect(l.end).toEqual([5, 7, 34, 39, 40]);
    expect(l.next).toEqual([7, 9, 35, 40, 40]);
    // Text without surrounding spaces; a blank line has first === last.
    expect(input.slice(l.first[2], l.last[2])).toBe("KIEL (dpa-AFX) - Text.");
    expect(l.first[1]).toBe(l.last[1]);
    expect(l.first[4]).toBe(l.last[4]);
  });

  it("treats a line of spaces and no-break spaces as blank", () => {
    const l = lex("a\n \u00a0\t\nb");
    expect(l.first[1]).toBe(l.last[1]);
    expect(l.first[2]).toBe(l.start[2]);
  });

  it("lexes the empty text as one empty line", () => {
    const l = lex("");
    expect([l.count, l.start[0], l.end[0], l.next[0]]).toEqual([1, 0, 0, 0]);
  });

  it("finds the line of an offset, line breaks included", () => {
    const l = lex("ab\r\ncd\ref");
    expect([0, 2, 3, 4, 6, 7, 9].map((o) => lineOf(l, o))).toEqual([0, 0, 0, 1, 1, 2, 2]);
  });

  /** Checks every array of `lex(input)` against line starts found one character at a time. */
  function expectExact(input: string) {
    const l = lex(input);
    const start = [0];
    for (let i = 0; i < input.length; i++) {
      const c = input[i];
      if (c === "\n" || (c === "\r" && input[i + 1] !== "\n")) start.push(i + 1);
    }
    expect(l.count).toBe(start.length);
    for (const array of [l.start, l.end, l.next, l.first, l.last]) expect(array.length).toBe(l.count);
    const [starts, ends, nexts, firsts, lasts] = [l.start, l.end, l.next, l.first, l.last].map((a) => Array.from(a));
    expect(starts).toEqual(start);
    expect(nexts).toEqual([...start.slice(1), input.length]);
    const text = input.split(/\r\n|\r|\n/);
    expect(text.length).toBe(start.length);
    expect(ends).toEqual(text.map((t, k) => start[k]! + t.length));
    expect(firsts).toEqual(text.map((t, k) => start[k]! + t.length - t.trimStart().length));
    expect(lasts).toEqual(text.map((t, k) => start[k]! + t.trimEnd().length));
    // Typed arrays hold at most twice the lines (or the first room of 16,384), not one per character.
    if (ArrayBuffer.isView(l.start)) expect(l.start.buffer.byteLength / 4).toBeLessThanOrEqual(Math.max(16_384, 2 * l.count));
    return l;
  }

  it("gives a long text (typed arrays) exactly one entry per line, as a short one", () => {
    // Short, and of more than 8,192 lines, with CRLF, LF and a lone CR: a text moves to typed arrays at
    // its 8,193rd line, and they are cut to the count.
    const unit = "  Zeile mit Text \r\n\r\nNoch eine\rLetzte\n";
    for (const input of [unit.repeat(3), unit.repeat(1000), unit.repeat(5000)]) {
      const l = expectExact(input);
      expect(Array.from(l.end).slice(0, 4)).toEqual([17, 19, 30, 37]);
      // Only the text of 20,000 lines takes the typed arrays.
      expect([input.length, ArrayBuffer.isView(l.start)]).toEqual([input.length, l.count > 16_384]);
    }
    // Exactly 8,192 lines stay in plain arrays; one more moves them.
    expect(ArrayBuffer.isView(expectExact(`${"a\n".repeat(8191)}a`).start)).toBe(false);
    expect(ArrayBuffer.isView(expectExact(`${"a\n".repeat(8192)}a`).start)).toBe(true);
  });

  it("gives each text arrays of its own, whatever was lexed before or after it (the first 1,024 lines go through shared scratch arrays)", () => {
    const short = lex("Titel\n\n  KIEL (dpa-AFX) - Text.");
    const before = [short.start, short.end, short.next, short.first, short.last].map((a) => Array.from(a));
    // Texts of 1,023 to 1,025 lines (the scratch arrays hold 1,024), then a longer one, lexed after it.
    for (const n of [1023, 1024, 1025, 3000]) {
      const l = expectExact(`${"  Zeile \r\n".repeat(n - 1)}Ende`);
      expect([l.count, Array.isArray(l.start), l.last[n - 1]]).toEqual([n, true, 10 * (n - 1) + 4]);
    }
    expect([short.start, short.end, short.next, short.first, short.last].map((a) => Array.from(a))).toEqual(before);
    expect(before).toEqual([[0, 6, 7], [5, 6, 31], [6, 7, 31], [0, 6, 9], [5, 6, 31]]);
  });

  it("writes a text's first lines into scratch arrays that never hold more than 1,024", () => {
    lex("a\nb\nc");
    expect(scratchLines()).toBeGreaterThanOrEqual(3);
    for (const n of [1025, 5000, 9000]) expect(lex("x\n".repeat(n)).count).toBe(n + 1);
    expect(scratchLines()).toBe(1024);
  });

  it("grows its typed arrays when the lines come shorter than the first ones promised, up to a line per character", () => {
    // Sized from long first lines, then 30,000 blank lines: the arrays double twice.
    expectExact(`${"Der Dax stieg am Montag um ein Prozent auf neue Punkte, Anleger blieben.\n".repeat(8200)}${"\n".repeat(30_000)}`);
    // Nothing but line breaks: as many lines as characters, and one more.
    expect(expectExact("\n".repeat(20_000)).count).toBe(20_001);
    expect(expectExact("\r".repeat(9_000)).count).toBe(9_001);
  });

  it("stays linear on a million breaks of each kind", () => {
    for (const br of ["\n", "\r\n", "\r"]) expect(lex(br.repeat(1_000_000)).count).toBe(1_000_001);
  });
});

describe("node text", () => {
  // A text of lines, each followed by `gap(k)` but the last, and the lines' spans.
  const spansOf = (texts: string[], gap: (k: number) => string = () => "\n") => {
    let input = "";
    const lines = texts.map((t, k) => {
      const line = { start: input.length, end: input.length + t.length };
      input += t + (k + 1 < texts.length ? gap(k) : "");
      return line;
    });
    return { input, lines };
  };
  // What a text must be, by a route of its own: split at every run of white space, empty pieces dropped.
  const runs = new RegExp(`[${SPACE_OR_BREAK_CLASS}]+`);
  const words = (s: string) =>
    s
      .split(runs)
      .filter((w) => w !== "")
      .join(" ");
  // And of a node's lines: each line's words, blank lines left out, joined with one space.
  const wordsOfLines = (input: string, lines: { start: number; end: number }[]) =>
    lines
      .map((l) => words(input.slice(l.start, l.end)))
      .filter((t) => t !== "")
      .join(" ");

  it("returns a slice when nothing needs work, and collapses every other white space", () => {
    const s = "Der Dax stieg.";
    expect(normalise(s, 0, s.length)).toBe(s);
    expect(normalise("  Der Dax\u00a0stieg\r\n  um 1 Prozent ", 0, 32)).toBe("Der Dax stieg um 1 Prozent");
    expect(normalise("a  b", 0, 4)).toBe("a b");
    expect(normalise("a\tb", 0, 3)).toBe("a b");
    expect(normalise("a\u2028b", 0, 3)).toBe("a b");
    // Rare characters that are no white space are kept as they are.
    expect(normalise("Kurs 5 € → 6 €", 0, 14)).toBe("Kurs 5 € → 6 €");
    expect(normalise("  \t ", 0, 4)).toBe("");
    // Asked of a message without odd white space (`clean`), a span still has its line breaks collapsed.
    for (const nl of ["\n", "\r", "\r\n"]) expect(normalise(`a${nl}b`, 0, 2 + nl.length, true)).toBe("a b");
  });

  it("joins the lines of a span in a clean message as it collapses them elsewhere", () => {
    // A hard-wrapped footer; a line ending or opening in a space, blank lines, a lone `\r` among CRLF
    // breaks: each the same text as without the message's clean flag.
    const spans = [
      "Hinweis: Die Studie\nlag der Redaktion\nvor.",
      "Hinweis: Die Studie\r\nlag vor.",
      "Hinweis: Die Studie \nlag vor.",
      "Hinweis: Die Studie\n lag vor.",
      "Hinweis: Die Studie\n\nlag vor.",
      "Hinweis: Die Studie\n \nlag vor.",
      "Hinweis: Die Studie\r\nlag\rvor.",
      "Hinweis: Die Studie\r\n\r\nlag vor.",
      "Hinweis: Die Studie\rlag\r\nvor.",
      "\n Hinweis: Die\nStudie \n",
    ];
    for (const s of spans) {
      expect(linesAreClean(s, 0, s.length)).toBe(true);
      expect(normalise(s, 0, s.length, true)).toBe(words(s));
    }
  });

  it("joins hard-wrapped lines with one space each, normalising a line only when it needs it", () => {
    const input = "Der Dax\nstieg am\u00a0Montag  deutlich.\nEnde";
    const lines = [
      { start: 0, end: 7 },
      { start: 8, end: 34 },
      { start: 35, end: 39 },
    ];
    expect(joinLines(input, lines)).toBe("Der Dax stieg am Montag deutlich. Ende");
    expect(joinLines("Der Dax\nstieg.", [{ start: 0, end: 7 }, { start: 8, end: 14 }])).toBe("Der Dax stieg.");
    // An empty line contributes nothing, not a double space.
    expect(joinLines("a\n \nb", [{ start: 0, end: 1 }, { start: 2, end: 3 }, { start: 4, end: 5 }])).toBe("a b");
    expect(joinLines("\nb", [{ start: 0, end: 0 }, { start: 1, end: 2 }])).toBe("b");
  });

  it("joins a node of many lines as it joins two, normalising only the line that needs it", () => {
    const texts = Array.from({ length: 40 }, (_, k) => `Zeile ${k}`);
    const { input, lines } = spansOf(texts);
    const expected = texts.join(" ");
    expect(joinLines(input, lines, true)).toBe(expected);
    expect(joinLines(input, lines)).toBe(expected);
    // Odd white space inside one of many lines still gets normalised.
    const odd = input.replace("Zeile 30", "Zeile\u00a0 30");
    const shifted = lines.map((l, k) => (k < 30 ? l : { start: l.start + (k === 30 ? 0 : 1), end: l.end + 1 }));
    expect(joinLines(odd, shifted)).toBe(expected);
  });

  it("joins thousands of lines as it joins two, whatever breaks and white space stand between them", () => {
    // Each case: the lines' texts and the gap after each; the node's lines are the texts' spans.
    const texts = Array.from({ length: 5000 }, (_, k) => `Zeile ${k} Kurs`);
    const at = (k: number, text: string) => texts.map((t, j) => (j === k ? text : t));
    const cases = [
      spansOf(texts, () => "\n"),
      spansOf(texts, () => "\r\n"),
      spansOf(texts, () => "\r"),
      spansOf(texts, (k) => (k === 2500 ? "\r\n" : "\n")),
      spansOf(texts, (k) => (k === 4000 ? "\n\n" : "\n")),
      spansOf(texts, (k) => (k === 10 ? " " : "\n")),
      spansOf(texts, (k) => (k === 10 ? " \n" : "\n")),
      spansOf(at(4999, ""), () => "\n"),
      spansOf(at(0, ""), () => "\n"),
      spansOf(at(3, " Zeile"), () => "\n"),
      spansOf(at(3, "Zeile "), () => "\n"),
      spansOf(at(3, "Zeile\u00a0drei"), () => "\n"),
      spansOf(at(3, "Zeile  drei"), () => "\n"),
      spansOf(at(3, "Zeile\u2028drei"), () => "\n"),
    ];
    for (const { input, lines } of cases) {
      const expected = wordsOfLines(input, lines);
      expect(joinLines(input, lines)).toBe(expected);
      // A message asked once (`clean`) holds no odd white space: only those cases are asked so.
      if (!/[\u00a0\u2028]| {2}/.test(input)) expect(joinLines(input, lines, true)).toBe(expected);
    }
    expect(joinLines(cases[1]!.input, cases[1]!.lines)).toBe(texts.join(" "));
    // Past 65,536 lines, clean ones too are joined in batches, to the same text.
    const ws = Array.from({ length: 70000 }, (_, k) => `w${k}`);
    const many = spansOf(ws);
    expect(joinLines(many.input, many.lines, true)).toBe(ws.join(" "));
    expect(joinLines(many.input, many.lines)).toBe(ws.join(" "));
  });

  it("collapses a line break inside a span of a message without odd white space, whichever the line end", () => {
    // A footer wrapped over two lines: its text is one line, for "\n", "\r\n" and a lone "\r" alike.
    for (const nl of ["\n", "\r\n", "\r"]) {
      const text = ["FRANKFURT (dpa-AFX) - Der Dax stieg am Montag./ab/cd", "", "Hinweis: Die Studie lag der Redaktion vor ihrer", "Veröffentlichung nicht im Wortlaut vor."].join(nl);
      expect(parseArticle(text).footers.map((f) => f.text)).toEqual(["Hinweis: Die Studie lag der Redaktion vor ihrer Veröffentlichung nicht im Wortlaut vor."]);
    }
  });

  it("collapses thousands of runs of white space in one stretch as it collapses a few", () => {
    // A few pieces; then the first 65,536 make a rope and the rest batches of 1,024: one short of the
    // rope, exactly the rope, one more, exactly one batch more, one more than that.
    for (const n of [3, 65535, 65536, 65537, 66560, 66561]) {
      for (const run of n === 3 ? ["\t", " \u00a0", "\r\n "] : ["\t"]) {
        const s = ` ${Array.from({ length: n }, (_, k) => `w${k} x`).join(run)}${run}`;
        expect(normalise(s, 0, s.length)).toBe(words(s));
      }
    }
    // Many lines, each needing work or none, some blank: the lines' words joined by single spaces.
    const { input, lines } = spansOf(Array.from({ length: 3000 }, (_, k) => (k % 7 === 0 ? " \t " : k % 3 === 0 ? `a\t${k} b` : `Zeile ${k}`)));
    expect(joinLines(input, lines)).toBe(words(input));
    expect(markupText(input, lines)).toBe(words(input));
  });
});

describe("a message's lines asked once whether they need white-space work", () => {
  it("are clean when no line holds odd or doubled white space, whatever the line breaks", () => {
    expect(linesAreClean("Der Dax\nstieg.\r\nEnde", 0, 19)).toBe(true);
    expect(linesAreClean("Kurs 5 € → 6 €", 0, 14)).toBe(true);
    for (const odd of ["a  b", "a\tb", "a\u00a0b", "a\u2028b", "a\u3000b", "a \nb"]) expect([odd, linesAreClean(odd, 0, odd.length)]).toEqual([odd, odd === "a \nb"]);
    // Only the stretch asked about counts.
    expect(linesAreClean("Eins.\nZwei  drei", 0, 5)).toBe(true);
  });

  it("find every odd character of Latin-1, in a text of Latin-1 only and in one with a wider character", () => {
    for (let c = 0; c < 256; c++) {
      const ch = String.fromCharCode(c);
      const odd = c !== 10 && c !== 13 && c !== 32 && isSpace(c);
      // Latin-1 only, and the same with a character beyond it (before and after the odd one).
      for (const text of [`a${ch}b`, `„a${ch}b`, `a${ch}b€`]) expect([c, text.length, linesAreClean(text, 0, text.length)]).toEqual([c, text.length, !odd]);
    }
    for (const wide of ["\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"]) {
      expect(linesAreClean(`a${wide}b`, 0, 3)).toBe(false);
      expect(linesAreClean(`a${wide}b`, 0, 1)).toBe(true);
      // A text of nothing but characters beyond Latin-1.
      expect(linesAreClean(`€${wide}`, 0, 2)).toBe(false);
    }
    // Two spaces count in either kind of text; the stretch bounds what is asked.
    expect(linesAreClean("€ a  b", 0, 6)).toBe(false);
    expect(linesAreClean("a\tb Der Dax", 3, 11)).toBe(true);
    expect(linesAreClean("Der Dax\u00a0", 0, 7)).toBe(true);
  });

  it("give the same node text either way: a message with odd white space in one paragraph", () => {
    const a = parseArticle("KIEL (dpa-AFX) - Der Dax\nstieg am Montag.\n\nDie\u00a0Händler  blieben\truhig./ab");
    expect(a.sections[0]!.paragraphs.map((p) => p.text)).toEqual(["Der Dax stieg am Montag.", "Die Händler blieben ruhig."]);
    const b = parseArticle("KIEL (dpa-AFX) - Der Dax\nstieg am Montag.\n\nDie Händler\nblieben ruhig./ab");
    expect(b.sections[0]!.paragraphs.map((p) => p.text)).toEqual(["Der Dax stieg am Montag.", "Die Händler blieben ruhig."]);
  });

  it("give a stretch inside one line its trimmed slice, as normalise does in a clean message", () => {
    const text = "  Der Dax stieg. \r\n Ende \nx";
    for (const [s, e] of [[0, 17], [2, 15], [3, 3], [20, 25], [28, 29]] as const) expect(lineText(text, s, e)).toBe(normalise(text, s, e, true));
    expect(lineText(text, 0, 17)).toBe("Der Dax stieg.");
  });

  it("give a node inside one line, and one over several, the same text in a clean message", () => {
    // A footer hard-wrapped over two lines (a CRLF between them), one on a line of its own, a heading and
    // a one-line paragraph: only the wrapped footer's text joins lines.
    const a = parseArticle("KIEL (dpa-AFX) - Der Dax stieg am Montag deutlich.\n\nVIEL LOB\n\nDie Händler blieben ruhig./ab\n\nHinweis: Mögliche Konflikte stehen\r\nauf der Website.\n\nISIN DE0008469008 ");
    expect(a.footers.map((f) => f.text)).toEqual(["Hinweis: Mögliche Konflikte stehen auf der Website.", "ISIN DE0008469008"]);
    expect([a.sections[1]!.heading!.text, a.sections[1]!.paragraphs[0]!.text]).toEqual(["VIEL LOB", "Die Händler blieben ruhig."]);
  });
});

