// The edges of each inline rule: what its `.desc()` label says, spaces and tabs where one or more are
// allowed, exact spans, and the values it computes. Written against the survivors of mutation testing.
import { describe, expect, it } from "vitest";
import { dpaAfx, parseArticle } from "../../src/index.js";
import { extendGrammar } from "../../src/authoring.js";

const r = dpaAfx.rules;
/** What a rule expected where it failed on `text` (its `.desc()` label, through parsimmon's parse). */
const expected = (rule: { parse(s: string): { status: boolean; expected?: string[] } }, text = "!") => {
  const res = rule.parse(text);
  expect(res.status).toBe(false);
  return res.expected;
};

describe("labels: what each leaf rule says it expected", () => {
  it("names itself in the words of a reader", () => {
    expect(expected(r.place)).toEqual(["a place in capitals"]);
    expect(expected(r.agency)).toEqual(["an agency in parentheses"]);
    expect(expected(r.dash)).toEqual(["a dash"]);
    expect(expected(r.datePrefix)).toEqual(["a date prefix like 'date 2026-01-06'"]);
    expect(expected(r.dottedDate)).toEqual(["a date like '21.08.2014'"]);
    expect(expected(r.feedStamp)).toEqual(["a feed stamp like 'AXC0135 2017-07-27/11:08'"]);
    expect(expected(r.upperTag)).toEqual(["a desk tag in capitals"]);
    expect(expected(r.deskTag)).toEqual(["a desk tag such as 'Aktien Frankfurt Schluss'"]);
    expect(expected(r.headlineTopic, ":")).toEqual(["a topic"]);
    expect(expected(r.editorialNote)).toEqual(["an editorial note in parentheses"]);
    expect(expected(r.byline)).toEqual(["a byline like 'Von Anna Ringle, dpa-AFX'"]);
    expect(expected(r.siteLabel)).toEqual(["a site label"]);
    expect(expected(r.footer)).toEqual(["a footer"]);
    expect(expected(r.trailerCode)).toEqual(["a trailer code"]);
    expect(expected(r.trailer)).toContain("a slash opening the trailer");
  });
});

describe("dates", () => {
  it("allow several spaces or a tab where the text has them", () => {
    expect(r.datePrefix.tryParse("date  2026-01-06").iso).toBe("2026-01-06");
    expect(r.datePrefix.tryParse("date\t2021-05").iso).toBe("2021-05");
    expect(r.datePrefix.tryParse("date 2026-01-06 14:23").precision).toBe("minute");
    expect(r.datePrefix.tryParse("date 2026-01-06T14:23").iso).toBe("2026-01-06T14:23");
    expect(r.datePrefix.parse("date 2026-01-0").status).toBe(false);
    expect(r.dottedDate.tryParse("21.08.2014,  14:23  Uhr")).toMatchObject({ iso: "2014-08-21T14:23", hour: 14, minute: 23 });
    expect(r.dottedDate.tryParse("21.08.2014\t14:23")).toMatchObject({ iso: "2014-08-21T14:23" });
    expect(r.dottedDate.tryParse("1.8.2014").iso).toBe("2014-08-01");
    expect(r.dottedDate.parse("21.08.20145").status).toBe(false);
    const stamp = r.feedStamp.tryParse("AXC0135  2017-07-27/11:08");
    expect(stamp).toMatchObject({ id: "AXC0135", date: { iso: "2017-07-27T11:08", span: { start: 9, end: 25 } }, span: { start: 0, end: 25 } });
    expect(r.analysisDate.tryParse("Datum der Analyse:  17.11.2017").iso).toBe("2017-11-17");
    expect(r.analysisDate.tryParse("Datum der Analyse:17.11.2017").span).toEqual({ start: 18, end: 28 });
  });
  it("say how precisely they were written", () => {
    expect(r.datePrefix.tryParse("date 2021")).toMatchObject({ iso: "2021", precision: "year", month: null, day: null });
    expect(r.datePrefix.tryParse("date 2021-05")).toMatchObject({ precision: "month", month: 5, day: null, hour: null });
    expect(r.datePrefix.tryParse("date 2021-05-04")).toMatchObject({ precision: "day", day: 4, hour: null, minute: null });
  });
});

describe("datelines", () => {
  it("read places with an abbreviation, never a full stop before lower case", () => {
    expect(r.place.tryParse("ST. GALLEN")).toBe("ST. GALLEN");
    expect(r.dateline.tryParse("ST. GALLEN (dpa-AFX) - ").locations.map((l) => l.value)).toEqual(["ST. GALLEN"]);
    expect(r.place.parse("ST. gallen").status).toBe(false);
    expect(r.place.tryParse("SAO PAULO")).toBe("SAO PAULO");
    expect(r.place.tryParse("A B C D")).toBe("A B C D");
    expect(r.place.parse("A B C D E").status).toBe(false); // at most four words
  });
  it("give the dash as written, spaces included, and exact spans", () => {
    const d = r.dateline.tryParse("PARIS (dpa-AFX)  –  ");
    expect(d.dash).toEqual({ value: "  –  ", span: { start: 15, end: 20 } });
    expect(d.span).toEqual({ start: 0, end: 20 });
    const bare = r.dateline.tryParse("FRANKFURT\u00a0- ");
    expect(bare.dash).toEqual({ value: "\u00a0- ", span: { start: 9, end: 12 } });
    const end = r.endDateline.tryParse("FRANKFURT (dpa-AFX Broker)");
    expect(end.span).toEqual({ start: 0, end: 26 });
    expect(end.dash).toBeNull();
    expect(end.agency?.span).toEqual({ start: 11, end: 25 });
  });
  it("read the old prefix form with spaces and its full stop", () => {
    const p = r.prefixDateline.tryParse("dpa-afx  FRANKFURT.  ");
    expect(p.locations.map((l) => l.value)).toEqual(["FRANKFURT"]);
    expect(p.dash).toEqual({ value: ".  ", span: { start: 18, end: 21 } });
    expect(p.span).toEqual({ start: 0, end: 21 });
    expect(r.prefixDateline.tryParse("DPA-AFX FRANKFURT.").span).toEqual({ start: 0, end: 18 });
  });
});

describe("headline tags", () => {
  const tags = (s: string) => r.headline.tryParse(s).tags.map((t) => t.value);
  it("read a revision of two digits, and tell tags from names by length and suffix", () => {
    expect(tags("ROUNDUP 12: Titel")).toEqual(["ROUNDUP 12"]);
    expect(parseArticle("ROUNDUP 12: Titel\n\nKIEL (dpa-AFX) - Text./ab").headline?.flags.revision).toBe(12);
    expect(tags("INDEX-FLASH: Dax im Plus")).toEqual(["INDEX-FLASH"]);
    expect(tags("EURO-FLASH: Euro fällt")).toEqual(["EURO-FLASH"]);
    expect(tags("FLASHX: Titel")).toEqual(["FLASHX"]); // six letters: an unknown tag
    expect(tags("BASFX: Titel")).toEqual([]); // five: a name
    expect(tags("BA-SFX: Titel")).toEqual([]); // hyphens do not count
    expect(tags("BAS-FXZ: Titel")).toEqual(["BAS-FXZ"]);
    expect(tags("GROSSE NEWS: Titel")).toEqual([]); // unknown words with a space: not a tag
  });
  it("close with a colon and spaces, or a dash only after a lone desk tag", () => {
    expect(r.headline.tryParse("ROUNDUP:   Titel").title.value).toBe("Titel");
    expect(tags("Aktien Wien Schluss - ATX fester")).toEqual(["Aktien Wien Schluss"]);
    expect(tags("WDH/ROUNDUP - Titel")).toEqual([]); // a dash never closes a list of tags
    expect(tags("ROUNDUP/Streit um Zölle - Titel")).toEqual([]); // nor a tag with a topic
    const topic = r.headline.tryParse("ROUNDUP/Streit um Zölle: Minister reist ab");
    expect(topic.topics.map((t) => t.value)).toEqual(["Streit um Zölle"]);
  });
  it("read desk heads from the vocabulary as words, never as patterns", () => {
    const g = extendGrammar(dpaAfx, { id: "x", vocabulary: { deskHeads: [...dpaAfx.vocabulary.deskHeads, "Index.Plus"] } });
    const t = (s: string) => g.rules.headline.tryParse(s).tags.map((x) => x.value);
    expect(t("Index.Plus Schluss: Titel")).toEqual(["Index.Plus Schluss"]);
    expect(t("IndexXPlus Schluss: Titel")).toEqual([]);
  });
});

describe("notes and bylines", () => {
  it("read an editorial note with one inner parenthesis", () => {
    expect(r.editorialNote.tryParse("(Berichtigt wird (im 2. Absatz) die Zahl.)").text).toBe("(Berichtigt wird (im 2. Absatz) die Zahl.)");
    expect(r.editorialNote.parse("()").status).toBe(false);
    expect(r.editorialNote.tryParse("(Wiederholung: ())").kind).toBe("repeat");
  });
  it("read authors and agency exactly", () => {
    expect(r.byline.tryParse("Von Anna Berg")).toMatchObject({ authors: ["Anna Berg"], agency: null, ruled: false });
    expect(r.byline.tryParse("Von Anna Berg und Jan Roth,  dpa-AFX")).toMatchObject({ authors: ["Anna Berg", "Jan Roth"], agency: "dpa-AFX" });
    expect(r.byline.tryParse("Von Anna Berg,Jan Roth")).toMatchObject({ authors: ["Anna Berg", "Jan Roth"], agency: null });
    expect(r.byline.tryParse("Von Anna Berg, Redaktion")).toMatchObject({ authors: ["Anna Berg", "Redaktion"], agency: null });
    expect(r.byline.tryParse("Von Anna Berg, Reuters")).toMatchObject({ authors: ["Anna Berg"], agency: "Reuters" });
    // Only a part after a comma can be the agency: a lone name that begins like one (AFX) is an author.
    expect(r.byline.tryParse("Von Afxentiou")).toMatchObject({ authors: ["Afxentiou"], agency: null });
    expect(r.byline.tryParse("By Anna Berg and Jan Roth, RTT News")).toMatchObject({ authors: ["Anna Berg", "Jan Roth"], agency: "RTT News" });
    expect(r.byline.tryParse("Von Anna Berg, , dpa-AFX").authors).toEqual(["Anna Berg"]);
    expect(r.byline.tryParse("Von  Anna Berg, dpa").text.value).toBe("Von  Anna Berg, dpa");
    // Two authors with their agencies; a place after the agency; the agency is the last one named.
    expect(r.byline.tryParse("Von Anna Berg, dpa-AFX, und Jan Roth, dpa")).toMatchObject({ authors: ["Anna Berg", "Jan Roth"], agency: "dpa" });
    expect(r.byline.tryParse("Von Anna Berg, dpa-AFX, Berlin")).toMatchObject({ authors: ["Anna Berg"], agency: "dpa-AFX" });
    expect(r.byline.tryParse("By Anna Berg, AFX, and Jan Roth")).toMatchObject({ authors: ["Anna Berg", "Jan Roth"], agency: "AFX" });
    expect(r.byline.tryParse("Von Anna Berg, Jan Roth und Eva Kahl, dpa")).toMatchObject({ authors: ["Anna Berg", "Jan Roth", "Eva Kahl"], agency: "dpa" });
    // Names after `Von`: words with a capital, a name's particles, the first word a capital's.
    expect(r.byline.tryParse("Von Jan van der Berg, dpa")).toMatchObject({ authors: ["Jan van der Berg"], agency: "dpa" });
    expect(r.byline.tryParse("Von Łukasz Nowak und Ørjan Lie, dpa").authors).toEqual(["Łukasz Nowak", "Ørjan Lie"]);
    // Tabs between the words; an agency in parentheses after the names; a capital inside a word is none.
    expect(r.byline.tryParse("Von Anna\tBerg, dpa").authors).toEqual(["Anna\tBerg"]);
    expect(r.byline.tryParse("By\u0020Anna Berg").authors).toEqual(["Anna Berg"]);
    expect(r.byline.tryParse("Von Anna Ringle (dpa-AFX)").text.value).toBe("Von Anna Ringle (dpa-AFX)");
    expect(r.byline.parse("Von Anna deBerg, dpa").status).toBe(false);
    for (const headline of ["Von der Leyen warnt vor Zöllen", "Von Siemens bis SAP, Dax im Plus", "Von Rekord zu Rekord: Dax", "Von Anna Berg?", "Von Anna Berg!", "By the numbers, dpa", "Von  "]) {
      expect([headline, r.byline.parse(headline).status]).toEqual([headline, false]);
    }
    // White space around an agency is no part of it: a no-break space after the comma, a space before the next one.
    expect(r.byline.tryParse("Von Anna Berg,\u00a0dpa-AFX")).toMatchObject({ authors: ["Anna Berg"], agency: "dpa-AFX" });
    expect(r.byline.tryParse("Von Anna Berg, dpa-AFX , Berlin")).toMatchObject({ authors: ["Anna Berg"], agency: "dpa-AFX" });
  });
  it("are ruled with dashes on either side, spaces allowed", () => {
    expect(r.byline.tryParse("Von Jan Berg, dpa-AFX ---").ruled).toBe(true);
    expect(r.byline.tryParse("--- Von Jan Berg, dpa-AFX").ruled).toBe(true);
    const v = r.byline.tryParse("---   Von Jan Berg, dpa-AFX   ---");
    expect(v.span).toEqual({ start: 0, end: 33 });
    expect(v.text.span).toEqual({ start: 6, end: 27 });
  });
});

describe("trailers", () => {
  it("place an end mark before the trailer, one character long", () => {
    const t = r.trailer.tryParse("°  /wb/DP/aa");
    expect(t.endMark).toEqual({ value: "°", span: { start: 0, end: 1 } });
    expect(t.span).toEqual({ start: 0, end: 12 });
    expect(r.trailer.tryParse("/wb").endMark).toBeNull();
  });
});
