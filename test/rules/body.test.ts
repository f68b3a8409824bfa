// The body rules on their own: blocks and the body within a region and its cut, calendar rows, headings,
// paragraphs of copies that lost their blank lines, and the character helpers they share. Texts are our
// own, in dpa-AFX style. Written against the survivors of mutation testing.
import P from "parsimmon";
import { describe, expect, it } from "vitest";
import { dpaAfx } from "../../src/index.js";
import type { DpaAfxEntry } from "../../src/authoring.js";
import { exec } from "../../src/combinators/fast.js";
import { inRegion, newDoc, withDoc } from "../../src/combinators/lines.js";
import { allCapitals, endsOnLowerWord, firstSignificant, lastSignificant, numberOpens, runsOn } from "../../src/grammars/dpa-afx/rules/body.js";

const r = dpaAfx.rules;
function run<T>(rule: P.Parser<T>, text: string): { value: T; end: number } | null {
  const res = P.seq(rule, P.index).skip(P.all).parse(text);
  return res.status ? { value: res.value[0], end: res.value[1].offset } : null;
}
/** Runs `rule` at `at` with the region ending before line `stop` and body text cut at `cut`. */
function inside<T>(rule: P.Parser<T>, text: string, at: number, stop: number, cut = text.length) {
  const doc = newDoc(text);
  return withDoc(doc, () => inRegion(doc, stop, cut, () => exec(rule, text, at)));
}
const spans = (text: string, entries: readonly DpaAfxEntry[]) =>
  entries.map((e) => (e.kind === "block" ? e.value.lines.map((l) => text.slice(l.start, l.end)) : [e.kind]));

describe("block and body", () => {
  it("a block is the lines up to a blank line or the region's stop; the cut line ends at the cut", () => {
    const t = "Der Dax stieg\nam Montag.\n\nZweiter Absatz.";
    expect(spans(t, [run(r.block, t)!.value])).toEqual([["Der Dax stieg", "am Montag."]]);
    expect(run(r.block, t)!.end).toBe(25);
    expect(spans(t, [inside(r.block, t, 0, 1)!.value])).toEqual([["Der Dax stieg"]]);
    const cut = "Der Dax stieg am Montag./ab/DP/cd";
    const v = inside(r.block, cut, 0, 1, 24)!;
    expect([spans(cut, [v.value]), v.end]).toEqual([[["Der Dax stieg am Montag."]], 24]);
    // Spaces before the cut are no text, yet the block is read up to the cut.
    const spaced = "Der Dax stieg.  /ab/DP/cd";
    const w = inside(r.block, spaced, 0, 1, 16)!;
    expect([spans(spaced, [w.value]), w.end]).toEqual([[["Der Dax stieg."]], 16]);
    // Nothing but the cut's spaces left: no block.
    expect(inside(r.block, "  /ab/DP/cd", 0, 1, 2)).toBeNull();
    expect(run(r.block, "\nText")).toBeNull();
  });

  it("the body takes its blocks to the region's stop or the cut, going on below an empty first line", () => {
    const t = "Absatz eins.\n\nAbsatz zwei.\n\nAbsatz drei.";
    expect(spans(t, run(r.body, t)!.value)).toEqual([["Absatz eins."], ["Absatz zwei."], ["Absatz drei."]]);
    expect(spans(t, inside(r.body, t, 0, 3)!.value)).toEqual([["Absatz eins."], ["Absatz zwei."]]);
    expect(spans(t, inside(r.body, t, 0, 5, 26)!.value)).toEqual([["Absatz eins."], ["Absatz zwei."]]);
    expect(spans(t, inside(r.body, t, 0, 5, 14)!.value)).toEqual([["Absatz eins."]]);
    // From the end of a line holding only an item's dateline: the text below.
    const item = "FRANKFURT -  \nDer Dax stieg.\nUnd fiel.";
    expect(spans(item, inside(r.body, item, 11, 3)!.value)).toEqual([["Der Dax stieg.", "Und fiel."]]);
    expect(inside(r.body, item, 11, 3)!.end).toBe(item.length);
  });
});

describe("calendarRow", () => {
  const row = (t: string) => run(r.calendarRow, t)?.value ?? null;
  it("takes an optional time of one or two digits and a code of one to five capitals before a colon", () => {
    expect(row("10:00 DEU: Ifo-Index")).toEqual({ start: 0, end: 20 });
    expect(row("  9.30 USA: Arbeitsmarkt")).toEqual({ start: 2, end: 24 });
    expect(row("EU: Treffen der Finanzminister")).not.toBeNull();
    expect(row("10:00 DEUTS: Index")).not.toBeNull();
    expect(row("10:00 DEUTSC: Index")).toBeNull();
    expect(row("100:00 DEU: Index")).toBeNull();
    expect(row("10-00 DEU: Index")).toBeNull();
    expect(row("10:0 DEU: Index")).toBeNull();
    expect(row("10:0x DEU: Index")).toBeNull();
    expect(row("10:00DEU: Index")).toBeNull();
    expect(row("10:00 deu: Index")).toBeNull();
    expect(row("10:00 DEU Index")).toBeNull();
    expect(row("10:00 DEU")).toBeNull();
    expect(row("10:00 ")).toBeNull();
  });
});

describe("heading", () => {
  const head = (t: string) => run(r.heading, t) !== null;
  it("takes 3 to 100 characters and at most twelve words, starting with a capital, ending without , . ; : or a dash", () => {
    expect(head("Abc")).toBe(true);
    expect(head("Ab")).toBe(false);
    expect(head(`A${"b".repeat(99)}`)).toBe(true);
    expect(head(`A${"b".repeat(100)}`)).toBe(false);
    expect(head("Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf")).toBe(true);
    expect(head("Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn")).toBe(false);
    // Words are counted after each run of spaces: two spaces, or an entity read as spaces, part two words.
    expect(head("Eins  zwei  drei  vier  fünf  sechs  sieben  acht  neun  zehn  elf  zwölf")).toBe(true);
    expect(head("Eins  zwei  drei  vier  fünf  sechs  sieben  acht  neun  zehn  elf  zwölf  dreizehn")).toBe(false);
    // A sentence end inside the line, before two spaces as before one.
    expect(head("Dax steigt.  Anleger kaufen")).toBe(false);
    expect(head("Dax steigt. Anleger kaufen")).toBe(false);
    for (const end of [".", ",", ";", ":", " -", " –"]) expect(head(`Anleger greifen zu${end}`)).toBe(false);
    expect(head("Anleger greifen zu?")).toBe(true);
    expect(head("Anleger greifen zu!")).toBe(true);
    expect(head("\"Anleger greifen zu\"")).toBe(true);
    expect(head("anleger greifen zu")).toBe(false);
    expect(head("^ HINWEIS")).toBe(true);
    expect(head("10:00 DEU: Ifo-Index")).toBe(false);
    expect(head("DEU: Ifo-Index")).toBe(false);
  });

  it("takes a line opening with a number of up to four digits and a word; never a time, a price, a list's number or two numbers", () => {
    for (const t of ["2027 wird schwierig", "5 Fragen an den Chef", "100 Tage im Amt", "1000 Stellen fallen weg"]) expect([t, head(t)]).toEqual([t, true]);
    for (const t of ["10:00 DEU: Ifo-Index", "19.486,19 Punkte", "1. Der Umsatz", "2024 5,3 Mrd Euro", "12345 Stellen fallen weg", "2027  wird schwierig", "2027", "2027 "]) {
      expect([t, head(t)]).toEqual([t, false]);
    }
  });

  it("numberOpens: digits alone, one space, a letter; within the given end", () => {
    const cases: [string, number, number, boolean][] = [
      ["2027 wird", 0, 9, true],
      ["2027 Wird", 0, 9, true],
      ["5 Fragen", 0, 8, true],
      ["1234 a", 0, 6, true],
      ["x2027 wird", 1, 10, true],
      ["2027 wird", 0, 5, false],
      ["2027-wird", 0, 9, false],
      [" 2027 wird", 0, 10, false],
      ['2027 "wird"', 0, 11, false],
      ["12345 a", 0, 7, false],
      [" wird", 0, 5, false],
    ];
    for (const [text, from, to, want] of cases) expect([text, from, to, numberOpens(text, from, to)]).toEqual([text, from, to, want]);
  });

  it("refuses a sentence end inside the line, unless the line is in capitals", () => {
    expect(head("Gut. Anleger greifen zu")).toBe(false);
    expect(head("Gut! Anleger greifen zu")).toBe(false);
    expect(head("Gut? Anleger greifen zu")).toBe(false);
    expect(head("Gut. anleger greifen zu")).toBe(true);
    expect(head("GUT. ANLEGER GREIFEN ZU")).toBe(true);
    expect(head("Gut, Anleger greifen zu")).toBe(true);
  });
});

describe("paragraph", () => {
  const lines = (t: string) => run(r.paragraph, t)?.value ?? null;
  it("takes the next line while the sentence runs on", () => {
    expect(lines("Der Dax stieg,\nnachdem die Zinsen fielen.")).toBe(2);
    expect(lines("Der Dax stieg -\nDie Zinsen fielen.")).toBe(2);
    expect(lines("Der Dax stieg –\nDie Zinsen fielen.")).toBe(2);
    expect(lines("Der Dax und/\nDie Zinsen fielen.")).toBe(2);
    expect(lines("Der Dax stieg.\nDie Zinsen fielen.")).toBe(1);
    expect(lines("Der Dax stieg.\n\nnachdem")).toBe(1);
    const long = `Der Dax stieg am Montag ${"und stieg ".repeat(8)}weiter`;
    expect(long.length).toBeGreaterThan(100);
    expect(lines(`${long}\nDie Zinsen fielen.`)).toBe(2);
    expect(lines(`${long} Apple\nDie Zinsen fielen.`)).toBe(1);
    expect(lines("\nText")).toBeNull();
  });
});

describe("character helpers", () => {
  it("lastSignificant and firstSignificant read past quotes and brackets", () => {
    const t = "»(Text.)«";
    expect(String.fromCharCode(lastSignificant(t, 0, t.length))).toBe(".");
    expect(String.fromCharCode(firstSignificant(t, 0, t.length))).toBe("T");
    expect(lastSignificant("»)«", 0, 3)).toBe(-1);
    expect(firstSignificant("»(", 0, 2)).toBe(-1);
    expect(lastSignificant("ab", 1, 1)).toBe(-1);
    // A single character is its own first and last.
    expect(lastSignificant("a", 0, 1)).toBe(97);
    expect(firstSignificant("a", 0, 1)).toBe(97);
  });

  it("lastSignificant and firstSignificant read past quotes an HTML copy wrote as entities, and past nothing else", () => {
    const read = (t: string, from = 0, to = t.length) => [String.fromCharCode(firstSignificant(t, from, to)), String.fromCharCode(lastSignificant(t, from, to))];
    expect(read("&#39;HOPFENTHAL&#39;-WERFT SCHLIESST&quot;")).toEqual(["H", "T"]);
    expect(read("&bdquo;(&quot;Text&ldquo;)&raquo;")).toEqual(["T", "t"]);
    expect(read("&#x27;A&#x2019;")).toEqual(["A", "A"]);
    // Entities of other characters are text: `&amp;` opens, `&euro;` and a bare `;` close.
    expect(read("&amp; Co &euro;")).toEqual(["&", ";"]);
    expect(read("Text;")).toEqual(["T", ";"]);
    expect(read("a &quot")).toEqual(["a", "t"]);
    // Only within the stretch: an entity cut by its end is none, nor one whose `&` stands before the start.
    expect(read("&quot;A&quot;", 0, 5)).toEqual(["&", "t"]);
    expect(read("x&quot;A", 2)).toEqual(["q", "A"]);
    expect([firstSignificant("&quot;&#39;", 0, 11), lastSignificant("&quot;&#39;", 0, 11)]).toEqual([-1, -1]);
    // An `&` too far before the `;` is no entity of it; nor one before the stretch's start.
    expect(read(`&${"a".repeat(12)};`)).toEqual(["&", ";"]);
    expect(read("x&quot;", 2)).toEqual(["q", ";"]);
    expect(lastSignificant("&quot;", 1, 6)).toBe(59);
    // The entity's end must be the stretch's last character, its `&` the nearest before it.
    expect(read("&quot;x;")).toEqual(["x", ";"]);
    expect(read("A&amp;&quot;")).toEqual(["A", ";"]);
    expect(read("&#128512;A")).toEqual(["&", "A"]);
    expect(read("x&quot;")).toEqual(["x", "x"]);
    expect([firstSignificant("x&#39;", 1, 6), lastSignificant("x&#39;", 1, 6)]).toEqual([-1, -1]);
  });

  it("allCapitals needs four capitals and no small letter", () => {
    expect(allCapitals("VIEL LOB", 0, 8)).toBe(true);
    expect(allCapitals("A B C D", 0, 7)).toBe(true);
    expect(allCapitals("A B C", 0, 5)).toBe(false);
    expect(allCapitals("VIEL Lob", 0, 8)).toBe(false);
    expect(allCapitals("2026 1234", 0, 9)).toBe(false);
  });

  it("runsOn and endsOnLowerWord", () => {
    expect(runsOn("a,\nb", 2, 3, 4)).toBe(true);
    expect(runsOn("a.\nb", 2, 3, 4)).toBe(true);
    expect(runsOn("a.\nB", 2, 3, 4)).toBe(false);
    expect(endsOnLowerWord("Der Dax stieg", 0, 13)).toBe(true);
    expect(endsOnLowerWord("stieg", 0, 5)).toBe(true);
    expect(endsOnLowerWord("Der Dax", 0, 7)).toBe(false);
    expect(endsOnLowerWord("Der Dax-stieg", 0, 13)).toBe(false);
    expect(endsOnLowerWord("Der Dax stieg.", 0, 14)).toBe(false);
    expect(endsOnLowerWord("Xstieg", 1, 6)).toBe(true);
    expect(endsOnLowerWord("Apple", 0, 5)).toBe(false); // one capitalised word
    expect(endsOnLowerWord("Der Dax Apple", 8, 13)).toBe(false);
  });
});

describe("the bounds of headings, calendar rows and paragraphs", () => {
  const at = <T,>(rule: P.Parser<T>, t: string) => exec(rule, t)?.value ?? null;
  it("a heading: 3 to 100 characters, at most 12 words, no sentence end inside unless in capitals", () => {
    expect(at(r.heading, "Ab")).toBeNull();
    expect(at(r.heading, "Abc")).toEqual({ start: 0, end: 3 });
    // Measured from the line's own start, wherever the line stands.
    expect(exec(r.heading, "Der Dax.\nAb", 9)).toBeNull();
    expect(exec(r.heading, "Der Dax.\nAbc", 9)?.value).toEqual({ start: 9, end: 12 });
    expect(exec(r.heading, `Der Dax.\n${"X".repeat(100)}`, 9)?.value).toEqual({ start: 9, end: 109 });
    expect(at(r.heading, "X".repeat(100))).toEqual({ start: 0, end: 100 });
    expect(at(r.heading, "X".repeat(101))).toBeNull();
    const words = "Ein Zwei Drei Vier Fünf Sechs Sieben Acht Neun Zehn Elf Zwölf".split(" ");
    expect(at(r.heading, words.join(" "))).not.toBeNull();
    expect(at(r.heading, [...words, "Dreizehn"].join(" "))).toBeNull();
    // Spaces after the line's text are no word.
    expect(exec(r.heading, `${words.join(" ")}   \nText`)?.value).toEqual({ start: 0, end: words.join(" ").length });
    expect(at(r.heading, "Was nun? Anleger fragen")).toBeNull();
    expect(at(r.heading, "Was nun? anleger fragen")).not.toBeNull();
    expect(at(r.heading, "WAS NUN? ANLEGER FRAGEN")).not.toBeNull();
    expect(at(r.heading, "Was nun?")).toEqual({ start: 0, end: 8 });
    expect(at(r.heading, "^HINWEIS")).toEqual({ start: 0, end: 8 });
    expect(at(r.heading, "»Viel Lob.«")).toBeNull();
    expect(at(r.heading, "»Viel Lob«")).toEqual({ start: 0, end: 10 });
  });

  it("a calendar row: an optional time of one or two digits, then one to five capitals and a colon", () => {
    expect(at(r.calendarRow, "  10:00 DEU: Ifo")).toEqual({ start: 2, end: 16 });
    expect(at(r.calendarRow, "9.30 EU: Treffen")).toEqual({ start: 0, end: 16 });
    expect(at(r.calendarRow, "10:00 DEU:")).toEqual({ start: 0, end: 10 });
    expect(at(r.calendarRow, "ABCDE: x")).toEqual({ start: 0, end: 8 });
    for (const t of ["10:00 : x", ": x", "ABCDEF: x", "100:00 DEU: x", "10:0 DEU: x", "10:x0 DEU: x", "10:0x DEU: x", "10:00DEU: x", "10:00  DEU: x", "10 DEU: x", "10:00 DEU  ", "DEU :x", "DEU"]) {
      expect(at(r.calendarRow, t), t).toBeNull();
    }
  });

  it("a paragraph stops at the region's end, however the sentence runs on", () => {
    const t = "Der Dax stieg,\nnachdem die Zinsen\nfielen.";
    expect(inside(r.paragraph, t, 0, 3)?.value).toBe(3);
    expect(inside(r.paragraph, t, 0, 2)?.value).toBe(2);
    expect(inside(r.paragraph, t, 0, 1)?.value).toBe(1);
  });

  it("a paragraph runs on after a line stopping on a small word only when the line is over 100 characters", () => {
    const hundred = `Dax${" stieg".repeat(15)} weiter`;
    expect(hundred.length).toBe(100);
    expect(exec(r.paragraph, `${hundred}\nDie Zinsen fielen.`)?.value).toBe(1);
    expect(exec(r.paragraph, `${hundred}x\nDie Zinsen fielen.`)?.value).toBe(2);
    // Measured on the line itself, wherever it stands.
    const above = `${"X".repeat(59)}.\n`;
    expect(exec(r.paragraph, `${above}Der Dax stieg weiter\nDie Zinsen fielen.`, above.length)?.value).toBe(1);
  });
});
