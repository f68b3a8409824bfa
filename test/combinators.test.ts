import P from "parsimmon";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anyScan, expectedOf, fail, fromRaw, inFastFrame, quick, quickOf, rawOf, reg, scan, scanOf } from "../src/combinators/fast.js";
import { docOf, inRegion, lineAt, lineHolds, lineScan, memoAt, memoLine, memoWindow, newDoc, withDoc } from "../src/combinators/lines.js";
import { lineOf } from "../src/text/lexer.js";
import { accepts, ANY, firstOfRegex, onlyChar, optional } from "../src/combinators/first.js";
import { check, choice, dpaAfxVocabulary, endOfLine, eol, exec, hspace, lenient, located, mapValue, optHspace, peek, repeat, sequence, slashList, token, tokenMatch } from "../src/authoring.js";
import { tokenAny } from "../src/combinators/index.js";

const word = token(/[a-z]+/y);

describe("combinators", () => {
  it("token matches in place only, with a capture group on request", () => {
    expect(word.parse("abc").status).toBe(true);
    expect(exec(word, "12abc", 0)).toBeNull();
    expect(exec(word, "12abc", 2)).toEqual({ value: "abc", end: 5 });
    expect(token(/(\d+)-/y, 1).parse("42-").status && token(/(\d+)-/y, 1).tryParse("42-")).toBe("42");
    expect(tokenMatch(/(\d+)-(\d+)/y).tryParse("4-2").slice(1)).toEqual(["4", "2"]);
  });
  it("sequence, choice, mapValue, check", () => {
    expect(sequence(word, token(/ /y), word).tryParse("ab cd")).toEqual(["ab", " ", "cd"]);
    expect(sequence(word, word).parse("ab").status).toBe(false);
    expect(choice(token(/x/y), word).tryParse("ab")).toBe("ab");
    expect(mapValue(word, (w, span) => [w.length, span]).tryParse("abc")).toEqual([3, { start: 0, end: 3 }]);
    expect(check(word, (w) => w.length > 2, "long").parse("ab").status).toBe(false);
    expect(check(word, (w) => w.length > 2, "long").tryParse("abc")).toBe("abc");
  });
  it("located, peek, repeat, lenient", () => {
    expect(exec(located(word), "  ab", 2)?.value).toEqual({ value: "ab", span: { start: 2, end: 4 } });
    expect(sequence(peek(word), token(/.+/y)).tryParse("ab1")).toEqual(["ab", "ab1"]);
    expect(repeat(token(/\/[a-z]+/y)).tryParse("/ab/cd")).toEqual(["/ab", "/cd"]);
    expect(repeat(word).parse("").status).toBe(true);
    expect(sequence(lenient(token(/x/y)), word).tryParse("ab")).toEqual([null, "ab"]);
  });
  it("slashList reads at most max items and ends before the slash after the last", () => {
    const values = (t: string, max?: number) => {
      const r = exec(slashList(word, false, max), t, 0);
      return r && [r.value.map((l) => l.value), r.end];
    };
    expect(values("a/b/c/d", 2)).toEqual([["a", "b"], 3]);
    expect(values("a/b/c/d", 4)).toEqual([["a", "b", "c", "d"], 7]);
    expect(values("a/b/c/d", 1)).toEqual([["a"], 1]);
    expect(values("a/b/c/d")).toEqual([["a", "b", "c", "d"], 7]);
    // The limit holds across empty segments too.
    expect(exec(slashList(word, true, 2), "a//b/c", 0)?.value.map((l) => l.value)).toEqual(["a", "b"]);
  });

  it("slashList with skipEmpty reads past one empty segment, spans exact; without it stops there", () => {
    const spans = (t: string, skip: boolean) => exec(slashList(word, skip), t, 0)?.value.map((l) => [l.value, l.span.start, l.span.end]);
    expect(spans("lfi//mis", true)).toEqual([["lfi", 0, 3], ["mis", 5, 8]]);
    expect(exec(slashList(word, true), "lfi//mis", 0)?.end).toBe(8);
    expect(spans("lfi//mis", false)).toEqual([["lfi", 0, 3]]);
    expect(exec(slashList(word, false), "lfi//mis", 0)?.end).toBe(3);
    // Two empty segments, or an empty one at the end: the list ends before the slashes.
    expect(exec(slashList(word, true), "lfi///mis", 0)?.end).toBe(3);
    expect(exec(slashList(word, true), "lfi//", 0)?.end).toBe(3);
    expect(exec(slashList(word, true), "//mis", 0)).toBeNull();
    expect(exec(slashList(word, true), "/mis", 0)).toBeNull();
    // Only a doubled slash: after a single one, an item that fails ends the list.
    expect(exec(slashList(word, true), "ab/1cd", 0)?.end).toBe(2);
    // By default an empty segment ends the list (places never have one).
    expect(exec(slashList(word), "lfi//mis", 0)?.end).toBe(3);
  });

  it("slashList leaves a trailing slash to the caller", () => {
    expect(slashList(word).tryParse("ab/cd").map((l) => l.value)).toEqual(["ab", "cd"]);
    expect(exec(slashList(word), "ab/cd/", 0)?.end).toBe(5);
    expect(exec(slashList(word), "ab/1", 0)?.end).toBe(2);
  });
  it("slashList of an item that may match nothing, or may start with a slash", () => {
    // One empty item at the start of the input is a list of one.
    expect(exec(slashList(token(/[a-z]*/y)), "", 0)).toEqual({ value: [{ value: "", span: { start: 0, end: 0 } }], end: 0 });
    // An item that takes its own leading slash keeps it: skipping empty segments looks only after a slash.
    const slashed = token(/\/?[a-z]+/y);
    expect(exec(slashList(slashed, true), "/ab", 0)?.value).toEqual([{ value: "/ab", span: { start: 0, end: 3 } }]);
    expect(exec(slashList(slashed, true), "ab//cd", 0)?.value).toEqual([
      { value: "ab", span: { start: 0, end: 2 } },
      { value: "/cd", span: { start: 3, end: 6 } },
    ]);
  });
  it("sequence of nothing matches nothing, with an empty list", () => {
    expect(exec(sequence(), "abc", 1)).toEqual({ value: [], end: 1 });
  });
  it("white space and line ends", () => {
    expect(hspace.tryParse("\u00a0\u202f \t")).toBe("\u00a0\u202f \t");
    expect(hspace.parse("").status).toBe(false);
    expect(optHspace.tryParse("")).toBe("");
    expect(eol.tryParse("\r\n")).toBe("\r\n");
    expect(exec(endOfLine, "a\nb", 1)).toEqual({ value: null, end: 1 });
    expect(exec(endOfLine, "ab", 1)).toBeNull();
    // HTML tags closing the line count as its end (the lexer reads through them); other tags do not.
    expect(exec(endOfLine, "<p>a</p>\nb", 4)).toEqual({ value: null, end: 4 });
    expect(exec(endOfLine, "<p>a</p> <br>", 4)).toEqual({ value: null, end: 4 });
    expect(exec(endOfLine, "a<b>c", 1)).toBeNull();
    expect(exec(endOfLine, "a</p>c", 1)).toBeNull();
    expect(exec(endOfLine, "a <DE0008469008>", 2)).toBeNull();
    expect(exec(endOfLine, "a\rb", 1)).toEqual({ value: null, end: 1 });
    // Only a tag counts, and only where the line's text has ended (spaces after the tags are no end).
    expect(exec(endOfLine, "<p>a</p>  ", 8)).toBeNull();
    expect(exec(endOfLine, "<p>x</p>\na<b>c", 10)).toBeNull();
    // Entities of white space closing the line count too; other entities do not.
    expect(exec(endOfLine, "a&nbsp;\nb", 1)).toEqual({ value: null, end: 1 });
    expect(exec(endOfLine, "a&nbsp;</p>", 1)).toEqual({ value: null, end: 1 });
    expect(exec(endOfLine, "a&amp;", 1)).toBeNull();
    expect(exec(endOfLine, "a&nbsp;b", 1)).toBeNull();
  });
  it("work with parsimmon's own combinators", () => {
    expect(P.sepBy(word, P.string(",")).tryParse("a,b")).toEqual(["a", "b"]);
  });
});

describe("tokenAny", () => {
  it("matches the first expression that matches here, in the list's order, like a choice of tokens", () => {
    const list = [/Mehr zum Thema\b/y, /Mehr\b/y, /Werbung\b/y];
    for (const t of ["Mehr zum Thema", "Mehr News", "Werbung", "Anzeige", "Mehrheit"]) {
      const any = tokenAny(list).parse(t);
      const each = choice(...list.map((re) => token(re))).parse(t);
      expect([t, any.status, any.status ? any.value : null]).toEqual([t, each.status, each.status ? each.value : null]);
    }
    expect(P.seq(tokenAny(list), P.all).tryParse("Mehr zum Thema!")).toEqual(["Mehr zum Thema", "!"]);
  });
  it("keeps each expression's flags: runs of the same flags are joined, others tried after in order", () => {
    const mixed = tokenAny([/mehr\b/y, /weiter/iy, /Werbung/y]);
    expect(mixed.parse("WEITER").status).toBe(true);
    expect(mixed.parse("MEHR").status).toBe(false);
    expect(mixed.parse("Werbung").status).toBe(true);
    expect(mixed.parse("WERBUNG").status).toBe(false);
    // At the current place only, never later in the text.
    expect(P.seq(P.string("x"), tokenAny([/Werbung/y])).parse("xWerbung").status).toBe(true);
    expect(P.seq(P.string("x"), tokenAny([/Werbung/y])).parse("x Werbung").status).toBe(false);
  });
  it("with no expressions matches nothing", () => {
    expect(tokenAny([]).parse("").status).toBe(false);
    expect(tokenAny([]).parse("x").status).toBe(false);
  });
});

describe("memoised line parsers", () => {
  // A parser counting its runs: it accepts a line starting with "A" and yields the line's number.
  function counted() {
    const runs: number[] = [];
    const inner = fromRaw<number>((input, i) => {
      runs.push(i);
      const doc = docOf(input);
      const k = lineAt(doc, i);
      if (input[i] !== "A") return fail(i, "an A");
      reg.value = k;
      return doc.lines.next[k]!;
    });
    return { runs, inner };
  }
  const text = "A1\nB2\nA3\n";
  /** Runs `fn` in fast mode (where memo tables are used), then puts the mode back as it was. */
  const inFastMode = (fn: () => void): void => inFastFrame(fn);

  it("memoLine keeps each line's answer apart in a text of several memo pages (2,048 lines each)", () => {
    // 5,000 lines: "A" lines succeed with their own number, "B" lines fail. Lines at the pages' edges
    // and the last line are asked twice, in an order that jumps between pages.
    const lines = Array.from({ length: 5000 }, (_, k) => (k % 3 === 0 ? `A${k}` : `B${k}`));
    const long = lines.join("\n");
    const doc = newDoc(long);
    const { runs, inner } = counted();
    const memo = rawOf(memoLine(inner));
    inFastMode(() => {
      withDoc(doc, () => {
        const asked = [4999, 0, 2048, 2047, 4096, 2049, 3, 4095, 1144];
        const answer = (k: number) => {
          const end = memo(long, doc.lines.start[k]!);
          return end < 0 ? "failed" : [end, reg.value];
        };
        const expected = (k: number) => (k % 3 === 0 ? [doc.lines.next[k], k] : "failed");
        for (const k of asked) expect(answer(k)).toEqual(expected(k));
        for (const k of [...asked].reverse()) expect(answer(k)).toEqual(expected(k));
        // Each line ran once, however often it was asked.
        expect(runs).toEqual(asked.map((k) => doc.lines.start[k]));
      });
    });
  });

  it("memoLine makes a page only where a line is asked, as long as the lines it holds, and remembers an empty match", () => {
    const long = Array.from({ length: 5000 }, (_, k) => `A${k}`).join("\n");
    const pagesOf = (doc: ReturnType<typeof newDoc>) => doc.memo.filter((t) => t !== undefined)[0]!;
    inFastMode(() => {
      const doc = newDoc(long);
      const memo = rawOf(memoLine(counted().inner));
      withDoc(doc, () => {
        memo(long, 0);
        memo(long, doc.lines.start[4096]!);
      });
      // Page 0 holds lines 0-2047, page 2 lines 4096-4999; page 1 was never asked for.
      expect(pagesOf(doc).map((page) => page?.length)).toEqual([2048, undefined, 904]);
      const short = newDoc(text);
      withDoc(short, () => memo(text, 0));
      expect(pagesOf(short).map((page) => page?.length)).toEqual([4]);
      // A parser that succeeds at a text's first offset without reading anything is remembered as a success.
      const empty = rawOf(memoLine(fromRaw<string>((_input, i) => ((reg.value = "empty"), i))));
      withDoc(newDoc(text), () => {
        expect([empty(text, 0), reg.value]).toEqual([0, "empty"]);
        reg.value = "other";
        expect([empty(text, 0), reg.value]).toEqual([0, "empty"]);
      });
    });
  });

  it("memoLine runs once per line start, answers failures and values again, and runs inside a line every time", () => {
    const { runs, inner } = counted();
    const memo = rawOf(memoLine(inner));
    inFastMode(() => {
      withDoc(newDoc(text), () => {
        expect([memo(text, 0), reg.value]).toEqual([3, 0]);
        expect(memo(text, 3)).toBe(-1);
        expect([memo(text, 6), reg.value]).toEqual([9, 2]);
        reg.value = "other";
        expect([memo(text, 0), reg.value]).toEqual([3, 0]);
        expect(memo(text, 3)).toBe(-1);
        expect([memo(text, 6), reg.value]).toEqual([9, 2]);
        expect(runs).toEqual([0, 3, 6]);
        memo(text, 1);
        memo(text, 1);
        expect(runs).toEqual([0, 3, 6, 1, 1]);
        // Where an error message is asked for, every ask runs: a remembered failure keeps no labels.
        reg.exact = true;
        memo(text, 0);
        memo(text, 3);
        expect(runs).toEqual([0, 3, 6, 1, 1, 0, 3]);
      });
    });
  });

  it("memoWindow: memoLine keeps answers only for the window's lines, in pages counted from its first line", () => {
    const long = Array.from({ length: 5000 }, (_, k) => `A${k}`).join("\n");
    const doc = newDoc(long);
    const { runs, inner } = counted();
    const memo = rawOf(memoLine(inner));
    const at = (k: number) => doc.lines.start[k]!;
    const pagesOf = () => doc.memo.filter((t) => t !== undefined)[0]!;
    inFastMode(() => {
      withDoc(doc, () => {
        memoWindow(doc, 3000, 3010);
        // Inside the window: the second ask is answered; the first and last lines of the window count.
        for (const k of [3000, 3000, 3009, 3009]) expect([memo(long, at(k)), reg.value]).toEqual([doc.lines.next[k], k]);
        expect(runs).toEqual([at(3000), at(3009)]);
        expect(pagesOf().map((page) => page?.length)).toEqual([10]);
        // Outside it (before, and from its end on): every ask runs.
        for (const k of [2999, 2999, 3010, 3010]) expect([memo(long, at(k)), reg.value]).toEqual([doc.lines.next[k], k]);
        expect(runs).toEqual([at(3000), at(3009), at(2999), at(2999), at(3010), at(3010)]);
        // A new window starts with no answers; its pages count from its own first line.
        runs.length = 0;
        memoWindow(doc, 1000, 4000);
        for (const k of [3009, 3009, 3048, 3048, 1000]) memo(long, at(k));
        expect(runs).toEqual([at(3009), at(3048), at(1000)]);
        // Lines 1000-3047 are page 0; 3048-3999 (952 lines) page 1.
        expect(pagesOf().map((page) => page?.length)).toEqual([2048, 952]);
      });
    });
  });

  it("lineAt finds the line of any offset from any line found last", () => {
    // Blank lines, every kind of line break, and runs of lines longer than the walk from the last line found.
    const input = "A\n\n\nB\r\n\r\nC\rD\n\n\n\n\n\n\nE\n";
    const doc = newDoc(input);
    for (let hint = 0; hint < doc.lines.count; hint++) {
      for (let offset = 0; offset <= input.length; offset++) {
        doc.hint = hint;
        expect([hint, offset, lineAt(doc, offset)]).toEqual([hint, offset, lineOf(doc.lines, offset)]);
        // The line found is remembered for the next lookup.
        expect(doc.hint).toBe(lineOf(doc.lines, offset));
      }
    }
  });

  it("a new doc has no memo tables and remembers answers for all its lines", () => {
    for (const doc of [newDoc("A1\nB2\nA3"), docOf("A1\nB2\nA3\nB4")]) {
      expect([doc.memo, doc.memoFrom, doc.memoTo]).toEqual([[], 0, doc.lines.count]);
    }
  });

  it("lineAt walks at most a few lines past the line found last before it searches", () => {
    const input = Array.from({ length: 200 }, (_, k) => `Zeile ${k}`).join("\n");
    const plain = newDoc(input);
    let reads = 0;
    const next = new Proxy(plain.lines.next as number[], {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const doc = { ...plain, lines: { ...plain.lines, next } };
    for (const k of [3, 150, 199, 1]) {
      doc.hint = 0;
      reads = 0;
      expect(lineAt(doc, plain.lines.start[k]! + 2)).toBe(k);
      expect(reads).toBeLessThanOrEqual(8);
    }
  });

  it("memoAt answers again at the same offset and region, and runs again elsewhere", () => {
    const { runs, inner } = counted();
    const memo = rawOf(memoAt(inner));
    const doc = newDoc(text);
    withDoc(doc, () => {
      expect([memo(text, 0), reg.value]).toEqual([3, 0]);
      reg.value = "other";
      expect([memo(text, 0), reg.value]).toEqual([3, 0]);
      expect(runs).toEqual([0]);
      expect(memo(text, 3)).toBe(-1);
      expect(memo(text, 3)).toBe(-1);
      expect(runs).toEqual([0, 3]);
      // Another region (line stop or body cut) is another question.
      inRegion(doc, 1, text.length, () => memo(text, 3));
      inRegion(doc, doc.stop, 5, () => memo(text, 3));
      expect(runs).toEqual([0, 3, 3, 3]);
      // Only the last answer is kept.
      memo(text, 0);
      expect(runs).toEqual([0, 3, 3, 3, 0]);
    });
  });
});

describe("inFastFrame", () => {
  it("runs its function in fast mode and restores the mode and the failure frames after it returns or throws", () => {
    const word = token(/[a-z]+/y).desc("a word");
    const outer = reg.exact;
    reg.exact = true;
    try {
      expect(inFastFrame(() => [reg.exact, rawOf(word)("abc1", 0)])).toEqual([false, 3]);
      expect(reg.exact).toBe(true);
      expect(() =>
        inFastFrame(() => {
          rawOf(word)("123", 0);
          throw new Error("stop");
        }),
      ).toThrow("stop");
      expect(reg.exact).toBe(true);
      // The frames are as they were: an exact run still reports what it expected, and only that.
      expect(expectedOf(word, "123").labels).toEqual(["a word"]);
    } finally {
      reg.exact = outer;
    }
  });
});

describe("FIRST sets of regular expressions", () => {
  const chars = (f: ReturnType<typeof firstOfRegex>) =>
    f.any ? "any" : Array.from({ length: 256 }, (_, c) => c).filter((c) => (f.bits[c >> 5]! & (1 << (c & 31))) !== 0).map((c) => String.fromCharCode(c)).join("") + (f.high ? "+high" : "");

  it("reads alternatives at the top and in a first group, and passes over a lookaround in front", () => {
    expect(chars(firstOfRegex(/Hinweis: |Quelle: /y))).toBe("HQ");
    expect(chars(firstOfRegex(/(?:Von|By) [^\r\n]{2,120}/y))).toBe("BV");
    expect(chars(firstOfRegex(/(Von|By)x/y))).toBe("BV");
    expect(chars(firstOfRegex(/(?<![-=_*])[-=_*]{5}/y))).toBe("*-=_");
    expect(chars(firstOfRegex(/(?=a)[ab]/y))).toBe("ab");
    expect(chars(firstOfRegex(/Copyright |©/y))).toBe("C©");
    // Shapes a linter would rewrite are built from their source.
    const rx = (source: string) => new RegExp(source, "y");
    expect(chars(firstOfRegex(rx("(?:(?:a|b)|c)d")))).toBe("abc");
    expect(chars(firstOfRegex(/quelle|x/iy))).toBe("QXqx+high");
    // Every lookaround in front, and a group's end found past escaped parentheses, classes and bars in it.
    for (const source of ["(?<=a)b", "(?<!a)b", "(?=a)b", "(?!a)b", "(?=a)(?<!c)b", "(?=[)])b", "(?=\\))b"]) {
      expect(chars(firstOfRegex(rx(source))), source).toBe("b");
    }
    expect(chars(firstOfRegex(rx("(?:[)|(]|\\)|b)c")))).toBe("()b|");
    expect(chars(firstOfRegex(rx("[|]a")))).toBe("|");
    expect(chars(firstOfRegex(rx("\\|a|b")))).toBe("b|");
    expect(chars(firstOfRegex(rx("(a|b)|c")))).toBe("abc");
    expect(chars(firstOfRegex(rx("[]a]")))).toBe("");
    expect(chars(firstOfRegex(rx("[\\]a]x")))).toBe("]a");
    // Escapes: a code unit, a named one, punctuation, digits; an unknown one gives up.
    expect(chars(firstOfRegex(rx("\\u00e4x")))).toBe("ä");
    expect(chars(firstOfRegex(rx("\\u00e4?x")))).toBe("xä");
    expect(chars(firstOfRegex(rx("\\(a")))).toBe("(");
    expect(chars(firstOfRegex(rx("\\t")))).toBe("\t");
    expect(chars(firstOfRegex(rx("\\d")))).toBe("0123456789");
    expect(firstOfRegex(rx("\\u00eg")).any).toBe(true);
    expect(firstOfRegex(rx("\\w")).any).toBe(true);
    // A back reference may match nothing; in a class, `\1` is no digit one either.
    expect(firstOfRegex(rx("\\1(a)")).any).toBe(true);
    expect(firstOfRegex(rx("[\\1]")).any).toBe(true);
    // A character beyond the basic plane (two code units, the quantifier after both), and U+FFFF (one).
    expect(chars(firstOfRegex(rx("😀b")))).toBe("+high");
    expect(chars(firstOfRegex(rx("😀?b")))).toBe("b+high");
    expect(chars(firstOfRegex(rx("\uffff?b")))).toBe("b+high");
    expect(chars(firstOfRegex(rx("\uffffb")))).toBe("+high");
    // Shapes close to a lookaround or a group that are neither, and bars inside a group under a quantifier.
    expect(chars(firstOfRegex(rx("[?=]x")))).toBe("=?");
    expect(chars(firstOfRegex(rx("(a=)b")))).toBe("a");
    expect(chars(firstOfRegex(rx("(?:=a)b")))).toBe("=");
    expect(chars(firstOfRegex(rx("(?:[a)]|b)c")))).toBe(")ab");
    expect(chars(firstOfRegex(rx("(?:a|b)?c")))).toBe("abc");
    expect(chars(firstOfRegex(rx("\\tabcd")))).toBe("\t");
    // Groups nest four deep at most.
    expect(chars(firstOfRegex(rx("((((a))))b")))).toBe("a");
    expect(firstOfRegex(rx("(((((a)))))b")).any).toBe(true);
  });

  it("gives up where an alternative, a group or the whole source may match nothing, or a group is not plain", () => {
    for (const source of ["a|", "(?:a|)b", "(?<name>a)b", "(?:a?)b", "a|\\s", "(?<!x)", "((((((a))))))", "a?", "(?:a)*", "a?b?", "a?(?=b)"]) {
      expect(firstOfRegex(new RegExp(source, "y")).any, source).toBe(true);
    }
    expect(firstOfRegex(/(((a)))/y).any).toBe(false);
  });

  it("reads an optional first atom with what follows it (any quantifier allowing none, greedy or lazy)", () => {
    for (const source of ["(?:a)?b", "(?:a)*b", "(?:a){0,2}b", "a{0}b", "a??b", "a*?b", "a{0,3}?b"]) {
      expect(chars(firstOfRegex(new RegExp(source, "y"))), source).toBe("ab");
    }
    // Several optional atoms in a row, and one in front of alternatives in a group.
    expect(chars(firstOfRegex(/a?b*c/y))).toBe("abc");
    expect(chars(firstOfRegex(/(?:[Hh]eute, )?\d:/y))).toBe("0123456789Hh");
    expect(chars(firstOfRegex(/x?(?:b|c)d/y))).toBe("bcx");
    // A quantifier that needs one or more keeps the atom's set alone.
    expect(chars(firstOfRegex(/a{1,2}b/y))).toBe("a");
    expect(chars(firstOfRegex(/a+b/y))).toBe("a");
  });

  it("never rules out a character a match starts with (every vocabulary expression, on wire-like text)", () => {
    const v = dpaAfxVocabulary;
    const res: RegExp[] = [...v.footers.map((f) => f.pattern), ...v.noteKinds.map((k) => k.pattern), ...v.siteLabels, ...v.chrome, ...v.teaserMarks];
    res.push(/(?:Von|By) [^\r\n]{2,120}?(?=[ \t]{0,8}(?:-{2}|-[ \t]{0,8}$|$))/my, /(?<![-=_*])[-=_*]{5}/y, /Copyright |Copyright\([cC]\)|© /y);
    const piece = fc.constantFrom("Hinweis: ", "Quelle: ", "ISIN DE0008404005", "© ", "Copyright(c) ", "-----", "=====", "--- Von Anna Berg, dpa-AFX ---", "By Tom Lee", "(Wiederholung: x)", "[mehr]", "dpa-AFX", "Veröffentlichung der Original-Studie", "Gemäß der Einstufung ", "AXC0135 2017-07-27/11:08", "dpa-AFX Broker - die ", "a", "Z", " ", "\n", "(", "ß");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.nat(200), (parts, k) => {
        const text = parts.join("");
        const i = text.length === 0 ? 0 : k % text.length;
        for (const re of res) {
          const sticky = new RegExp(re.source, re.flags.replace(/[gy]/g, "") + "y");
          sticky.lastIndex = i;
          if (sticky.test(text) && !accepts(firstOfRegex(re), text, i)) return false;
        }
        return true;
      }),
      { seed: 20261202, numRuns: 300 },
    );
  });
});

describe("single characters", () => {
  it("onlyChar names the one character of a FIRST set, else -1", () => {
    expect(onlyChar(firstOfRegex(/\(/y))).toBe(40);
    expect(onlyChar(firstOfRegex(/ÿ/y))).toBe(255);
    expect(onlyChar(firstOfRegex(/!/y))).toBe(33);
    expect(onlyChar(firstOfRegex(/[ab]/y))).toBe(-1);
    expect(onlyChar(firstOfRegex(/[a\u0100]/y))).toBe(-1);
    expect(onlyChar(ANY)).toBe(-1);
    expect(onlyChar(firstOfRegex(/a?b/y))).toBe(-1);
  });

  it("lineHolds answers for the rest of a line, asked in any order", () => {
    const text = "a (b\ncd\ne(f\n(";
    const doc = newDoc(text);
    const ask = (offset: number) => lineHolds(doc, offset, firstOfRegex(/\(/y));
    expect([ask(0), ask(3), ask(5), ask(8), ask(10), ask(12)]).toEqual([true, false, false, true, false, true]);
    expect([ask(12), ask(8), ask(0), ask(5), ask(3)]).toEqual([true, true, true, false, false]);
    expect(lineHolds(newDoc("abc"), 0, firstOfRegex(/\(/y))).toBe(false);
  });

  it("lineHolds finds any character of a set, beyond Latin-1 too, and every line when the set is not known", () => {
    const dash = firstOfRegex(/[-–—]/y);
    const text = "A – b\nC d\nE-f\nG — h\nI j";
    const doc = newDoc(text);
    const lines = text.split("\n").map((_, k) => doc.lines.start[k]!);
    expect(lines.map((at) => lineHolds(doc, at, dash))).toEqual([true, false, true, true, false]);
    // Backwards: each line read on its own, with the same answers.
    const back = newDoc(text);
    expect([...lines].reverse().map((at) => lineHolds(back, at, dash))).toEqual([false, true, true, false, true]);
    // From inside a line: only what stands at or after the offset.
    expect([lineHolds(newDoc(text), 3, dash), lineHolds(newDoc(text), 2, dash)]).toEqual([false, true]);
    // A set of several characters below 256, one of them a tab, and no character beyond Latin-1: a line
    // holding only a wider one holds none of them.
    const tabOrSemicolon = firstOfRegex(/[\t;]/y);
    expect(["a\tb", "a;b", "a b", "a – b", "x9"].map((t) => lineHolds(newDoc(t), 0, tabOrSemicolon))).toEqual([true, true, false, false, false]);
    expect(lineHolds(newDoc("C d"), 0, ANY)).toBe(true);
    expect(lineHolds(newDoc("C d"), 0, optional(dash))).toBe(true);
    expect(lineHolds(newDoc("\n"), 0, ANY)).toBe(true);
    // A set that may match nothing answers yes even where the line has no character left.
    expect(lineHolds(newDoc("\n"), 0, optional(dash))).toBe(true);
    expect(lineHolds(newDoc("\n"), 0, dash)).toBe(false);
  });

  it("scan gives a parser a scan source, made once when first asked; scanOf reads it, else its first characters' class, else null", () => {
    // Known first characters below 256: their class (read with the `i` flag, so it may find more, never less).
    const paren = scanOf(token(/\(/y));
    expect(paren).toBe("[\\x28]");
    expect([new RegExp(paren!, "i").test("KIEL (dpa-AFX)"), new RegExp(paren!, "i").test("Dax legt zu")]).toEqual([true, false]);
    // Unknown, possibly empty, or reaching past Latin-1: not known.
    expect(scanOf(P.regexp(/x/))).toBeNull();
    expect(scanOf(token(/a?/y))).toBeNull();
    expect(scanOf(token(/[–-]/y))).toBeNull();
    // A set that may match nothing, or holds no character at all: not known either.
    const never = (): number => -1;
    expect(scanOf(fromRaw(never, optional(firstOfRegex(/a/y))))).toBeNull();
    expect(scanOf(fromRaw(never, { any: false, nullable: false, high: false, bits: new Uint32Array(8) }))).toBeNull();
    // Characters below 16 written with two hex digits (`\x9` would read as the letters `x9`).
    const tab = new RegExp(scanOf(token(/[\t\n]/y))!, "i");
    expect([tab.test("a\tb"), tab.test("\n"), tab.test("x9")]).toEqual([true, true, false]);
    expect(anyScan(["a", "b", "a"])).toBe("a|b");
    expect(anyScan(["a", null])).toBeNull();
    let made = 0;
    const p = token(/b/y);
    expect(scan(p, () => (made++, "b+"))).toBe(p);
    expect([scanOf(p), scanOf(p), made]).toEqual(["b+", "b+", 1]);
    // A scan that reaches itself while it is made is not known.
    const q = token(/c/y);
    scan(q, () => scanOf(q) ?? "never");
    expect(scanOf(q)).toBe("never");
    const r = token(/d/y);
    scan(r, () => scanOf(r));
    expect(scanOf(r)).toBeNull();
  });

  it("lineScan rules out an offset whose rest of the line holds nothing the source finds; a null source nothing", () => {
    const text = "Dax legt zu \nKIEL (dpa-AFX) - Text\n(";
    const holds = lineScan(String.raw`\(`);
    withDoc(newDoc(text), () => {
      expect([holds(text, 0), holds(text, 14), holds(text, 18), holds(text, 19), holds(text, 35)]).toEqual([false, true, true, false, true]);
      // Case is ignored; the line's end (its last non-space character) bounds the search.
      expect(lineScan("LEGT")(text, 0)).toBe(true);
      expect(lineScan("zu \\n")(text, 0)).toBe(false);
      expect(lineScan(null)(text, 0)).toBe(true);
    });
  });

  it("quick gives a parser a quick test, made once when first asked; quickOf reads it, or one that rules nothing out", () => {
    const p = token(/b/y);
    expect(quickOf(p)("x", 0)).toBe(true);
    let made = 0;
    const test = (input: string, i: number) => input[i] === "b";
    expect(quick(p, () => (made++, test))).toBe(p);
    expect([quickOf(p), quickOf(p), made]).toEqual([test, test, 1]);
    expect([quickOf(p)("ab", 1), quickOf(p)("ab", 0)]).toEqual([true, false]);
    // A test that reaches itself while it is made rules nothing out.
    const q = token(/c/y);
    quick(q, () => quickOf(q));
    expect(quickOf(q)("x", 0)).toBe(true);
  });
});
