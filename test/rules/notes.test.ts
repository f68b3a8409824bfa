import P from "parsimmon";
import { describe, expect, it } from "vitest";
import { dpaAfx } from "../../src/index.js";
import { exec } from "../../src/combinators/fast.js";
import { inRegion, newDoc, withDoc } from "../../src/combinators/lines.js";
import { parenAt } from "../../src/grammars/dpa-afx/rules/notes.js";

const { editorialNote, byline, footer, siteLabel, wrappedNote } = dpaAfx.rules;

describe("editorial note", () => {
  it("reads the note and its kind", () => {
    expect(editorialNote.tryParse("(Wiederholung: Die Meldung wurde bereits am Vortag gesendet.)")).toMatchObject({ kind: "repeat" });
    expect(editorialNote.tryParse("(Berichtigt wird im dritten Absatz der Name des Werks.)").kind).toBe("correction");
    expect(editorialNote.tryParse("(neu: Kurse aktualisiert)").kind).toBe("update");
    expect(editorialNote.tryParse("(Das ist eine Klammer)").kind).toBe("other");
  });
  it("rejects an unclosed parenthesis", () => {
    expect(editorialNote.parse("(Wiederholung: ohne Ende").status).toBe(false);
  });
});

describe("byline", () => {
  it("reads authors and agency", () => {
    expect(byline.tryParse("Von Lena Kortmann, dpa-AFX")).toMatchObject({ authors: ["Lena Kortmann"], agency: "dpa-AFX", ruled: false });
    expect(byline.tryParse("Von Jan Berg und Eva Stein, dpa").authors).toEqual(["Jan Berg", "Eva Stein"]);
  });
  it("reads an agency after a bar or a slash between spaces, and 'Ein Beitrag von'", () => {
    expect(byline.tryParse("Von Lena Kortmann | dpa-AFX")).toMatchObject({ authors: ["Lena Kortmann"], agency: "dpa-AFX" });
    expect(byline.tryParse("Von Lena Kortmann  /  dpa-AFX")).toMatchObject({ authors: ["Lena Kortmann"], agency: "dpa-AFX" });
    expect(byline.tryParse("Von Jan Berg und Eva Stein | dpa | Kiel")).toMatchObject({ authors: ["Jan Berg", "Eva Stein"], agency: "dpa" });
    expect(byline.tryParse("von Lena Kortmann | dpa-AFX")).toMatchObject({ authors: ["Lena Kortmann"], agency: "dpa-AFX" });
    expect(byline.tryParse("Ein Beitrag von Lena Kortmann")).toMatchObject({ authors: ["Lena Kortmann"], agency: null });
    expect(byline.tryParse("Ein Beitrag von Lena Kortmann, dpa-AFX")).toMatchObject({ authors: ["Lena Kortmann"], agency: "dpa-AFX" });
    // Unspaced, a slash joins two names; a bar or slash does not make a sentence names.
    expect(byline.tryParse("Von Jan Berg/Eva Stein, dpa").authors).toEqual(["Jan Berg/Eva Stein"]);
    expect(byline.parse("Von Kiel nach Lübeck | Die Fähre").status).toBe(false);
    expect(byline.parse("Ein Beitrag von uns").status).toBe(false);
  });
  it("reads an agency in parentheses after the last name", () => {
    expect(byline.tryParse("Von Lena Kortmann (dpa-AFX)")).toMatchObject({ authors: ["Lena Kortmann"], agency: "dpa-AFX" });
    expect(byline.tryParse("Von Jan Berg und Eva Stein (dpa)")).toMatchObject({ authors: ["Jan Berg", "Eva Stein"], agency: "dpa" });
    expect(byline.tryParse("Von Jan Berg, Eva Stein (dpa-AFX)")).toMatchObject({ authors: ["Jan Berg", "Eva Stein"], agency: "dpa-AFX" });
    expect(byline.tryParse("Von Jan Berg, dpa-AFX, und Eva Stein (dpa)")).toMatchObject({ authors: ["Jan Berg", "Eva Stein"], agency: "dpa" });
    // In parentheses after a comma too.
    expect(byline.tryParse("Von Jan Berg, (dpa)")).toMatchObject({ authors: ["Jan Berg"], agency: "dpa" });
    // A place in parentheses is no agency, nor is an agency with words after it.
    expect(byline.tryParse("Von Lena Kortmann (Kiel)")).toMatchObject({ authors: ["Lena Kortmann (Kiel)"], agency: null });
    expect(byline.tryParse("Von Lena Kortmann (dpa-AFX) Kiel")).toMatchObject({ agency: null });
    // A closing parenthesis alone opens none.
    expect(byline.tryParse("Von Lena Kortmann, dpa)")).toMatchObject({ authors: ["Lena Kortmann"], agency: "dpa)" });
    // Nor is a word that merely starts like one after a comma.
    expect(byline.tryParse("Von Lena Kortmann, Xydpa Kiel")).toMatchObject({ authors: ["Lena Kortmann", "Xydpa Kiel"], agency: null });
  });
  it("reads a small 'von' only where an agency follows a comma", () => {
    expect(byline.tryParse("von Lena Kortmann, dpa-AFX")).toMatchObject({ authors: ["Lena Kortmann"], agency: "dpa-AFX" });
    expect(byline.tryParse("von Jan Berg und Eva Stein, dpa")).toMatchObject({ authors: ["Jan Berg", "Eva Stein"], agency: "dpa" });
    // Without one it is the rest of a wrapped sentence (`... die Anteile` / `von Hopfenthal Bräu`).
    for (const t of ["von Lena Kortmann", "von Hopfenthal Bräu, Lindqvist", "vonLena Kortmann, dpa-AFX", "von Dpa Kortmann"]) expect(byline.parse(t).status).toBe(false);
    expect(byline.parse("Von Lena Kortmann").status).toBe(true);
  });
  it("reads a site's author label", () => {
    expect(byline.tryParse("Autorin: Lena Kortmann")).toMatchObject({ authors: ["Lena Kortmann"], agency: null });
    expect(byline.tryParse("Autor: Jan Berg, dpa-AFX")).toMatchObject({ authors: ["Jan Berg"], agency: "dpa-AFX" });
    expect(byline.tryParse("Author: Jan Berg")).toMatchObject({ authors: ["Jan Berg"] });
    // The agency alone is a site label, no byline; the label glued to the name is none either.
    for (const t of ["Autor: dpa-AFX", "Autor:Jan Berg", "Autoren: Jan Berg"]) expect(byline.parse(t).status).toBe(false);
  });
  it("reads the ruled form after the trailer, text without the rules", () => {
    const v = byline.tryParse("--- Von Jan Berg, dpa-AFX ---");
    expect(v.ruled).toBe(true);
    expect(v.text.value).toBe("Von Jan Berg, dpa-AFX");
    expect(v.span).toEqual({ start: 0, end: 29 });
  });
});

describe("footer", () => {
  it("knows the kinds of footers", () => {
    const kind = (s: string) => footer.tryParse(s).kind;
    expect(kind("ISIN DE000HPF0001")).toBe("isin");
    expect(kind("Quelle: dpa-AFX")).toBe("source");
    expect(kind("Copyright RTT News/dpa-AFX")).toBe("copyright");
    expect(kind("Hinweis: Informationen zur Offenlegungspflicht finden Sie hier.")).toBe("notice");
    expect(kind("Veröffentlichung der Original-Studie: 12.03.2026 / 08:15 / MEZ")).toBe("disclosure");
    expect(kind("AXC0135 2017-07-27/11:08")).toBe("feedStamp");
    expect(kind("Alle Angaben ohne Gewähr.")).toBe("disclaimer");
  });
  it("rejects body text", () => {
    expect(footer.parse("Der Dax stieg.").status).toBe(false);
  });
  it("reads site labels", () => {
    expect(siteLabel.parse("dpa-AFX").status).toBe(true);
  });
  it("reads a time without a day, or one relative to the reading, that ends its line or the text", () => {
    const times = ["14:05", "9:05 Uhr", "14:05:30", "Heute, 14:05", "heute,14:05", "Gestern 9:30", "gestern, 09:30 Uhr"];
    const relative = ["vor 1 Sekunde", "vor 30 Sekunden", "vor 1 Minute", "vor 15 Minuten", "vor einer Stunde", "vor 12 Stunden", "vor einem Tag", "vor 3 Tagen", "vor wenigen Minuten", "vor 120 Minuten"];
    const english = ["a second ago", "45 seconds ago", "a minute ago", "15 minutes ago", "an hour ago", "3 hours ago", "a day ago", "2 days ago", "120 minutes ago"];
    for (const t of [...times, ...relative, ...english]) {
      // At the end of the text, before a line break, and with spaces before either.
      expect([t, siteLabel.parse(t).status, P.seq(siteLabel, P.string("\n")).parse(`${t}\n`).status, siteLabel.parse(`${t}  `).status]).toEqual([t, true, true, true]);
      // Text after it on the line: no label.
      expect([t, siteLabel.parse(`${t} Der Dax`).status]).toEqual([t, false]);
    }
    for (const t of ["14:5", "141:05", "vor 1234 Minuten", "vor 2 Wochen", "1234 hours ago", "Morgen, 14:05"]) expect([t, siteLabel.parse(t).status]).toEqual([t, false]);
  });
});

describe("parenAt", () => {
  it("finds the first parenthesis of either kind in [from, to), never one at or after `to`", () => {
    expect(parenAt("ab (c)", 0, 6)).toBe(3);
    expect(parenAt("ab c) (", 0, 7)).toBe(4);
    expect(parenAt("ab (c", 0, 3)).toBe(-1);
    expect(parenAt("ab(c", 0, 2)).toBe(-1);
    expect(parenAt("(a)", 1, 3)).toBe(2);
    expect(parenAt("abc", 0, 3)).toBe(-1);
    expect(parenAt("", 0, 0)).toBe(-1);
  });
});

describe("wrappedNote", () => {
  /** The note read at the text's start: [text, kind, end], or null. */
  const read = (t: string) => {
    const res = P.seq(wrappedNote, P.index, P.all).parse(t);
    return res.status ? [res.value[0].text, res.value[0].kind, res.value[1].offset] : null;
  };
  it("reads a note hard-wrapped over two to five lines, to its first ')'; the line may go on after it", () => {
    expect(read("(Wiederholung: Im dritten Absatz wurde\nein Wort ergänzt.)")).toEqual(["(Wiederholung: Im dritten Absatz wurde\nein Wort ergänzt.)", "repeat", 57]);
    expect(read("(Berichtigt wird im dritten\r\nAbsatz der Name.) PARIS (dpa-AFX) - Text")).toEqual(["(Berichtigt wird im dritten\r\nAbsatz der Name.)", "correction", 46]);
    expect(read("(neu: mehr\nDetails\nund\nKurse\nam Ende)")![1]).toBe("update");
    // The kind is read on the note's text with its line breaks as spaces: `Tippfehler` may stand anywhere.
    expect(read("(Im dritten Absatz einen\nTippfehler beseitigt)")![1]).toBe("correction");
    expect(read("(Ein Hinweis der\nRedaktion)")![1]).toBe("other");
  });
  it("needs its '(' to open a line, no other parenthesis and no blank line before its ')', and at most five lines", () => {
    expect(read("(Wiederholung: im Absatz)")).toBeNull(); // one line: editorialNote's
    expect(read(" (Wiederholung: Im dritten\nAbsatz.)")).toBeNull();
    expect(read("Text (Wiederholung: Im dritten\nAbsatz.)")).toBeNull();
    expect(read("(Wiederholung: (2) Im dritten\nAbsatz.)")).toBeNull();
    expect(read("(Wiederholung: Im dritten\nAbsatz (2).)")).toBeNull();
    expect(read("(Wiederholung: Im dritten\n\nAbsatz.)")).toBeNull();
    expect(read("(a\nb\nc\nd\ne)")).not.toBeNull();
    expect(read("(a\nb\nc\nd\ne\nf)")).toBeNull();
    expect(read("(Wiederholung: Im dritten\nAbsatz ohne Ende")).toBeNull();
    expect(read("Wiederholung: Im dritten\nAbsatz.)")).toBeNull();
    // Asked inside a line, at a '(' that does not open it: none.
    expect(exec(wrappedNote, "Text (Wiederholung: Im dritten\nAbsatz.)", 5)).toBeNull();
    const failed = wrappedNote.parse("(Wiederholung: Im dritten\nAbsatz ohne Ende") as { status: boolean; expected?: string[] };
    expect(failed.expected).toEqual(["an editorial note wrapped over lines"]);
  });
  it("reads the kind with each line break as a space", () => {
    expect(read("(neu\nKurse und mehr Details)")![1]).toBe("update");
    expect(read("(neu\rKurse und mehr Details)")![1]).toBe("update");
  });
  it("never reads past the region's stop", () => {
    const t = "(Wiederholung: Im dritten\nAbsatz.)";
    const doc = newDoc(t);
    const ask = (stop: number) => withDoc(doc, () => inRegion(doc, stop, t.length, () => exec(wrappedNote, t, 0)))?.end ?? -1;
    expect([ask(2), ask(1)]).toEqual([34, -1]);
  });
});


describe("frontChromeLine", () => {
  const { frontChromeLine } = dpaAfx.rules;
  it.each([
    "Hopfenthal 12,30 EUR +2,5%", "Hopfenthal AG 12,30 € +0,30 (+2,50%)", "DAX 24.123,45 Pkt. -0,8 %", "Nordlicht 1.234,5 ±0 / ±0,0%", "Nordbank 8,10 USD –0,4", "Hopfenthal 12 Punkte +1",
    // Figures in the name's words; the spaces each gap may hold; a unit without its full stop; a change
    // written with a space after its sign, or before its percent sign; a second change of whole percent.
    "Nord3 12,30 EUR +2,5%", "Nord Bank3 12,30 EUR +2,5%", "Hopfenthal   12,30 EUR +2,5%", "Hopfenthal 12,30€ +2,5%", "Hopfenthal 12,30   EUR +2,5%",
    "DAX 24.123,45 Pkt +0,8%", "DAX 24.123,45 Pts +0,8%", "DAX 24.123,45 Pts. +0,8%", "Hopfenthal 12,30 EUR   +2,5%", "Hopfenthal 12,30 EUR + 2,5%",
    "Nordlicht 1.234,5 +12,5   (+10,25 %)", "Nordlicht 1.234,5 +12,5 /   + 1%",
  ])("reads the quote row %j", (line) => {
    expect(frontChromeLine.parse(line)).toEqual({ status: true, value: line });
  });
  it.each(["Dax steigt um 1,2%", "Hopfenthal 12,30 EUR", "Hopfenthal 12,30 EUR +2,5% im Plus", "Ölpreis 80 Dollar -2%", "12,30 EUR +2,5%", "Hopfenthal 12,30 EUR +2,5%\nKIEL"])("is no quote row: %j", (line) => {
    expect(frontChromeLine.parse(line).status).toBe(false);
  });
  it("stops at its line's end", () => {
    expect(exec(frontChromeLine, "Hopfenthal 12,30 EUR +2,5%\nKIEL (dpa-AFX) - Text.", 0)?.end).toBe(26);
  });
});
