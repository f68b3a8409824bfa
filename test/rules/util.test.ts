// The small helpers the dpa-AFX document rules share, at their bounds. Texts are our own.
import { describe, expect, it } from "vitest";
import { endsInFullStop, holdsBar, skipSpaces, trimEnd, wrapsHeadline, wrapsOn } from "../../src/grammars/dpa-afx/rules/util.js";
import { lex } from "../../src/text/lexer.js";

describe("spaces around a stretch", () => {
  it("trimEnd never moves before `start`, even when spaces stand before it", () => {
    const t = "Dax   stieg";
    expect(trimEnd(t, 4, 6)).toBe(4); // all spaces from 3 on: stops at start, not at 3
    expect(trimEnd(t, 4, 4)).toBe(4);
    expect(trimEnd(t, 0, 6)).toBe(3);
    expect(trimEnd("Dax\u00a0\t", 0, 5)).toBe(3);
  });

  it("skipSpaces never moves past `end`, even when spaces follow it", () => {
    const t = "Dax   stieg";
    expect(skipSpaces(t, 3, 5)).toBe(5);
    expect(skipSpaces(t, 3, 3)).toBe(3);
    expect(skipSpaces(t, 3, 11)).toBe(6);
  });

  it("endsInFullStop: a full stop, but not the last dot of an ellipsis", () => {
    expect(["Der Dax stieg.", "Betrugsfall ...", "Dax stieg", "."].map((s) => endsInFullStop(s, s.length))).toEqual([true, false, false, true]);
  });
});

describe("wrapsOn", () => {
  it("a line of at most 100 characters with text on the next line wraps onto it", () => {
    const at = (text: string, l = 0) => wrapsOn(lex(text), l);
    expect(at("KIEL (dpa-AFX) - Die Nordlicht AG hat mehr\numgeschlagen./ab/cd")).toBe(true);
    expect(at("KIEL (dpa-AFX) - Die Nordlicht AG hat mehr\r\numgeschlagen./ab/cd")).toBe(true);
    // Exactly 100 characters (white space at its end aside) wraps; 101 is a paragraph on one line.
    expect(at(`${"x".repeat(100)}   \nweiter`)).toBe(true);
    expect(at(`${"x".repeat(101)}\nweiter`)).toBe(false);
    // A blank line (spaces only) or no line under it: no wrap.
    expect(at("KIEL (dpa-AFX) - Text\n   \nweiter")).toBe(false);
    expect(at("KIEL (dpa-AFX) - Text")).toBe(false);
    expect(at("Titel\nKIEL (dpa-AFX) - Text\nweiter", 1)).toBe(true);
    expect(at("Titel\nKIEL (dpa-AFX) - Text\nweiter", 2)).toBe(false);
  });
});

describe("wrapsHeadline", () => {
  it("the line right under the headline, opening no parenthesis, in a copy whose lead line wraps", () => {
    const text = "Titel senkt die\nPrognose\n\nKIEL (dpa-AFX) - Text\nweiter";
    const lines = lex(text);
    expect(wrapsHeadline(lines, 0, 16, 3)).toBe(true);
    // Not the line right under it, or a lead line that does not wrap.
    expect(wrapsHeadline(lines, 0, text.indexOf("KIEL"), 3)).toBe(false);
    expect(wrapsHeadline(lines, 0, 16, 4)).toBe(false);
    // A line opening a parenthesis opens a note.
    const note = lex("Titel senkt die\n(Wiederholung\n\nKIEL (dpa-AFX) - Text\nweiter");
    expect(wrapsHeadline(note, 0, 16, 3)).toBe(false);
  });
});

describe("holdsBar", () => {
  it("finds a bar with white space on both sides, within the stretch asked", () => {
    const bar = (t: string, s = 0, e = t.length) => holdsBar(t, s, e);
    expect([bar("Börse | Aktien"), bar("Börse\t|\tAktien"), bar("a | b")]).toEqual([true, true, true]);
    // A bar glued to a word on either side, two bars, a bar at either edge, no bar: none.
    expect([bar("Börse|Aktien"), bar("Börse |Aktien"), bar("Börse| Aktien"), bar("Börse || Aktien"), bar("| Börse"), bar("Börse |"), bar("Der Dax stieg"), bar("Kurs + 1 - 2")]).toEqual([false, false, false, false, false, false, false, false]);
    // The bar must stand inside the stretch, with its spaces: `x | Börse` from the space after the bar.
    const t = "x | Börse | x";
    expect([bar(t, 3, 9), bar(t, 0, 3), bar(t, 3, 10), bar(t, 2, 9)]).toEqual([false, false, false, false]);
    expect([bar(t, 1, 9), bar(t, 0, 4)]).toEqual([true, true]);
    // Only a bar counts: a sign or a letter between spaces is none, before a bar glued to its words or after.
    expect([bar(" a b"), bar("Börse|Aktien + Dax"), bar("x + Börse|Aktien")]).toEqual([false, false, false]);
  });
});
