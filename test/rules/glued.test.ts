// Where a headline glued to a dateline may end: the candidate places before each parenthesis, and the
// headline's value cut before them. Texts are our own, in dpa-AFX style.
import { describe, expect, it } from "vitest";
import { dpaAfx, parseArticle } from "../../src/index.js";
import { rawOf } from "../../src/combinators/fast.js";
import { breakRunBefore, breakTagsBefore } from "../../src/text/markup.js";
import { GLUED_HEADLINE_MAX, gluedPlaceStarts, headlineBefore, noteBefore } from "../../src/grammars/dpa-afx/rules/glued.js";

const openers = new Set(dpaAfx.vocabulary.placeOpeners);
/** The places read from each candidate start to its parenthesis. */
const places = (t: string) => gluedPlaceStarts(t, 0, t.length, openers).map((w) => t.slice(w, t.indexOf("(", w)).trim());

describe("gluedPlaceStarts", () => {
  it("takes the words in capitals before a parenthesis, an opener or a slash list joining them", () => {
    expect(places("Dax legt zu FRANKFURT (dpa-AFX) - Text")).toEqual(["FRANKFURT"]);
    expect(places("Dax legt zu NEW YORK (dpa-AFX) - Text")).toEqual(["NEW YORK"]);
    expect(places("Dax legt zu BAD HOMBURG/FRANKFURT (dpa-AFX) - Text")).toEqual(["BAD HOMBURG/FRANKFURT"]);
    expect(places("Dax legt zu PALO ALTO/ROUND ROCK (dpa-AFX) - Text")).toEqual(["PALO ALTO/ROUND ROCK"]);
    expect(places("Dax legt zu FRANKFURT /BERLIN (dpa-AFX) - Text")).toEqual(["FRANKFURT /BERLIN"]);
    // A short word in capitals at the headline's end is a name, not part of the place.
    expect(places("Zinssorgen in den USA FRANKFURT (dpa-AFX) - Text")).toEqual(["FRANKFURT"]);
    // At most four words (a fifth ends the headline); a small letter, a parenthesis or a long word ends the place.
    expect(places("Dax X NEW NEW NEW NEW YORK (dpa-AFX) - Text")).toEqual(["NEW NEW NEW YORK"]);
    expect(places("Dax Frankfurt (dpa-AFX) - Text")).toEqual([]);
    expect(places(`Dax ${"A".repeat(41)} (dpa-AFX) - Text`)).toEqual([]);
    expect(places("Dax (Xetra) FRANKFURT (dpa-AFX) - Text")).toEqual(["FRANKFURT"]);
    // A place glued to its parenthesis; a word without a capital, or holding a parenthesis, is none.
    expect(places("Dax legt zu FRANKFURT(dpa-AFX) - Text")).toEqual(["FRANKFURT"]);
    expect(places("Dax steigt 2026 (dpa-AFX) - Text")).toEqual([]);
    expect(places("Dax AG) FRANKFURT (dpa-AFX) - Text")).toEqual(["FRANKFURT"]);
    expect(places("Dax X AG(FRANKFURT (dpa-AFX) - Text")).toEqual(["AG"]);
    expect(places("Dax legt zu AG)(dpa-AFX) - Text")).toEqual([]);
  });

  it("takes a place glued to a note's closing parenthesis, and nothing before the parenthesis", () => {
    expect(places("Dax legt zu (Wiederholung)FRANKFURT (dpa-AFX) - Text")).toEqual(["FRANKFURT"]);
    expect(places("Dax legt zu (Berichtigt wird der Kurs)NEW YORK (dpa-AFX) - Text")).toEqual(["NEW YORK"]);
    expect(places("Dax legt zu (NEW)YORK (dpa-AFX) - Text")).toEqual(["YORK"]);
    expect(places("Dax legt zu (Wiederholung)Frankfurt (dpa-AFX) - Text")).toEqual([]);
    // Only a parenthesis that closes one opened before it: a stray one stays glued to the word.
    expect(places("(Wiederholung)FRANKFURT (dpa-AFX) - Text")).toEqual(["FRANKFURT"]);
    expect(places(")FRANKFURT (dpa-AFX) - Text")).toEqual([]);
    expect(places("Dax legt zu)FRANKFURT (dpa-AFX) - Text")).toEqual([]);
    expect(places("(Dax) legt zu)FRANKFURT (dpa-AFX) - Text")).toEqual(["FRANKFURT"]);
  });

  it("reads a one-line copy whose note is glued to the dateline: headline, note, dateline", () => {
    const t = "date 2026-03-02 WDH/ROUNDUP: Hopfenthal hebt Prognose (Berichtigt wird der Umsatz im zweiten Absatz)KIEL (dpa-AFX) - Der Brauer Hopfenthal hat mehr verkauft./ab/cd";
    const a = parseArticle(t);
    expect(a.headline?.title).toBe("Hopfenthal hebt Prognose");
    expect(a.headline?.tags).toEqual(["WDH", "ROUNDUP"]);
    expect(a.editorialNote?.kind).toBe("correction");
    expect(a.dateline?.locations).toEqual(["KIEL"]);
    expect(a.editorialNote?.position?.start.offset).toBe(t.indexOf("(Berichtigt"));
    expect(a.dateline?.position?.start.offset).toBe(t.indexOf("KIEL"));
    expect(a.sections[0]?.paragraphs[0]?.text).toBe("Der Brauer Hopfenthal hat mehr verkauft.");
    expect(a.trailer?.codes).toEqual(["ab", "cd"]);
  });

  it("reads an entity in a place's word as the letter it stands for", () => {
    expect(places("Dax legt zu D&Uuml;SSELDORF (dpa-AFX) - Text")).toEqual(["D&Uuml;SSELDORF"]);
    expect(places("Dax legt zu Z&#220;RICH/NEW YORK (dpa-AFX) - Text")).toEqual(["Z&#220;RICH/NEW YORK"]);
    // An entity alone is a capital; one of a small letter, or a small letter right after one, is none.
    expect(places("Dax legt zu &Uuml; (dpa-AFX) - Text")).toEqual(["&Uuml;"]);
    expect(places("Dax legt zu D&uuml;SSELDORF (dpa-AFX) - Text")).toEqual([]);
    expect(places("Dax legt zu D&Uuml;ss (dpa-AFX) - Text")).toEqual([]);
    // An entity of no letter (`&amp;`) is read as written: its name is small letters.
    expect(places("Dax legt zu AT&amp;T (dpa-AFX) - Text")).toEqual([]);
  });

  it("takes a place after a run of tags that breaks the line where the space would stand", () => {
    expect(places("Dax legt zu<br><br>FRANKFURT (dpa-AFX) - Text")).toEqual(["FRANKFURT"]);
    expect(places("Dax legt zu</h1> <p>NEW YORK (dpa-AFX) - Text")).toEqual(["NEW YORK"]);
    expect(places("Dax legt zu<br />NEW YORK/FRANKFURT (dpa-AFX) - Text")).toEqual(["NEW YORK/FRANKFURT"]);
    // Nothing before the break belongs to the place, not even an opener; a tag that breaks nothing, or no tag, is no separator.
    expect(places("Dax USA<br>FRANKFURT (dpa-AFX) - Text")).toEqual(["FRANKFURT"]);
    expect(places("Dax legt zu NEW<br>YORK (dpa-AFX) - Text")).toEqual(["YORK"]);
    // After the break a place needs no parenthesis; a headline of one character is one.
    expect(gluedPlaceStarts("X<br>FRANKFURT - Text", 0, 21, openers)).toEqual([5]);
    expect(gluedPlaceStarts("Dax legt zu<br> <p>FRANKFURT - Text", 0, 35, openers)).toEqual([19]);
    expect(places("Dax legt zu<b>FRANKFURT (dpa-AFX) - Text")).toEqual([]);
    expect(places("Dax legt zu<x>FRANKFURT (dpa-AFX) - Text")).toEqual([]);
    expect(places("Dax legt zu->FRANKFURT (dpa-AFX) - Text")).toEqual([]);
    // Tags alone are no headline, nor a sentence's end before them.
    expect(places("<br>FRANKFURT (dpa-AFX) - Text")).toEqual([]);
    expect(places("Der Dax stieg.<br><br>FRANKFURT (dpa-AFX) - Text")).toEqual([]);
  });

  it("reads a glued dateline naming an agency of the vocabulary, or after tags that break the line any dateline", () => {
    const lead = (t: string) => {
      const r = dpaAfx.rules.lead.parse(t);
      return r.status ? r.value.entries.map((e) => e.kind) : null;
    };
    expect(lead("Titel KIEL (dpa-AFX) - ")).toEqual(["frontText", "dateline"]);
    expect(lead("Titel KIEL (Xetra) - ")).toBeNull();
    expect(lead("Titel<br>KIEL (Xetra) - ")).toEqual(["frontText", "dateline"]);
    expect(lead("Titel<br>KIEL - ")).toEqual(["frontText", "dateline"]);
  });
  it("reads a run of tags back only as far as such a run reaches", () => {
    // Before a place: at most 120 characters of tags are read back.
    const t = `Titel${"<br>".repeat(40)}F`;
    expect(breakRunBefore(t, 0, t.length - 1)).toBe(t.length - 1 - 120);
    expect(breakRunBefore("Titel<br> F", 0, 10)).toBe(5);
    expect(breakRunBefore("Titel F", 0, 6)).toBe(-1);
    expect(breakTagsBefore("Titel</h1> <p>F", 0, 14)).toBe(5);
    expect(breakTagsBefore("Titel<b><i>F", 0, 11)).toBe(-1);
    expect(breakTagsBefore("Titel<br><b>F", 0, 12)).toBe(5);
    // The limit stops the walk: the tags before it are not read.
    expect(breakTagsBefore("Titel<br><b>F", 9, 12)).toBe(-1);
    expect(breakTagsBefore("Titel<br>", 0, 9)).toBe(5);
    expect(breakTagsBefore("Titel", 0, 5)).toBe(-1);
  });

  it("knows every opener of the vocabulary", () => {
    for (const opener of dpaAfx.vocabulary.placeOpeners) expect([opener, places(`Dax legt zu ${opener} YORK (dpa-AFX) - Text`)]).toEqual([opener, [`${opener} YORK`]]);
  });

  it("needs a headline before the place and reads only as far as one reaches", () => {
    expect(places("FRANKFURT (dpa-AFX) - Text")).toEqual([]);
    expect(places("  FRANKFURT (dpa-AFX) - Text")).toEqual([]);
    expect(places("Dax: FRANKFURT (dpa-AFX) - Text")).toEqual([]);
    expect(places("Dax, FRANKFURT (dpa-AFX) - Text")).toEqual([]);
    expect(places("Dax; FRANKFURT (dpa-AFX) - Text")).toEqual([]);
    expect(places("Wer kauft? FRANKFURT (dpa-AFX) - Text")).toEqual(["FRANKFURT"]);
    expect(places('Er sagte "Ja" FRANKFURT (dpa-AFX) - Text')).toEqual(["FRANKFURT"]);
    // After a sentence's end, a closing quotation mark or parenthesis ends the sentence too.
    for (const close of ['"', "'", ")", "\u00bb", "\u201c", "\u201d"]) {
      for (const end of [".", "!", "?"]) expect(places(`Er sagte (Ja${end}${close} FRANKFURT (dpa-AFX) - Text`)).toEqual([]);
      expect(places(`Er sagte (Ja${close} FRANKFURT (dpa-AFX) - Text`)).toEqual(["FRANKFURT"]);
    }
    expect(places("x. FRANKFURT (dpa-AFX) - Text")).toEqual([]);
    expect(places('x" FRANKFURT (dpa-AFX) - Text')).toEqual(["FRANKFURT"]);
    const longest = "x".repeat(GLUED_HEADLINE_MAX);
    expect(places(`${longest} FRANKFURT (dpa-AFX) - Text`)).toEqual(["FRANKFURT"]);
    expect(places(`${longest}x FRANKFURT (dpa-AFX) - Text`)).toEqual([]);
    // The longest headline and four place words of the longest length still reach their parenthesis.
    const word = `${"A".repeat(19)}/${"B".repeat(20)}`;
    const run = [word, word, word, word].join(" ");
    expect(places(`${longest} ${run} (dpa-AFX) - Text`)).toEqual([run]);
    // And so do they behind the longest run of tags read (120 characters; the first word opening with a
    // slash, so only the parenthesis finds it).
    const slashed = [`/${"A".repeat(19)}${"B".repeat(20)}`, word, word, word].join(" ");
    expect(places(`${longest}${"<br>".repeat(30)}${slashed} (dpa-AFX) - Text`)).toEqual([slashed]);
    // A parenthesis beyond a headline's reach is not looked at; nor one past the end given.
    expect(places(`Dax ${"wort ".repeat(200)}FRANKFURT (dpa-AFX) - Text`)).toEqual([]);
    const t = "Dax legt zu FRANKFURT (dpa-AFX) - Text";
    expect(gluedPlaceStarts(t, 0, t.indexOf("("), openers)).toEqual([]);
  });

  it("refuses a stretch ending in a trailer: the end of the message before", () => {
    for (const end of ["stieg./ab/DP/cd", "stieg!/ab", "stieg?/ab", 'stieg"/ab', "stieg'/ab", "stieg)/ab", "stieg\u201c/ab", "stieg\u201d/ab", "stieg /ab/DP", "/ab/DP"]) {
      expect([end, places(`Der Dax ${end} BERLIN (dpa-AFX) - Text`)]).toEqual([end, []]);
    }
    expect(places("/ab BERLIN (dpa-AFX) - Text")).toEqual([]);
    // A slash inside a headline's word is no trailer.
    expect(places("WDH/ROUNDUP: Dax/MDax legen zu BERLIN (dpa-AFX) - Text")).toEqual(["BERLIN"]);
    expect(places("Kurse von Dax/MDax BERLIN (dpa-AFX) - Text")).toEqual(["BERLIN"]);
  });
});

describe("headlineBefore", () => {
  const headline = rawOf(dpaAfx.rules.headline);
  it("cuts the headline's title at the given end and keeps its tags", () => {
    const t = "ROUNDUP: Dax legt zu FRANKFURT (dpa-AFX) - Text";
    const v = headlineBefore(t, 0, 20, headline);
    expect(v.tags.map((x) => x.value)).toEqual(["ROUNDUP"]);
    expect(v.title).toEqual({ value: "Dax legt zu", span: { start: 9, end: 20 } });
  });
  it("gives a bare title where the headline rule fails (an override that reads no such line)", () => {
    expect(headlineBefore("ROUNDUP: Dax legt zu", 9, 20, () => -1)).toEqual({ tags: [], topics: [], title: { value: "Dax legt zu", span: { start: 9, end: 20 } } });
  });
  it("gives a bare title where the tags reach past the end", () => {
    const t = "ROUNDUP: Dax legt zu";
    expect(headlineBefore(t, 0, 5, headline)).toEqual({ tags: [], topics: [], title: { value: "ROUND", span: { start: 0, end: 5 } } });
  });
});

describe("noteBefore", () => {
  const note = rawOf(dpaAfx.rules.editorialNote);
  it("finds a note ending the stretch at its last opening parenthesis", () => {
    const t = "Dax (x) legt zu (Wiederholung: Tippfehler)";
    expect(noteBefore(t, 0, t.length, note)).toBe(16);
    expect(noteBefore("(Berichtigung)", 0, 14, note)).toBe(0);
  });
  it("finds none where the stretch ends in no note", () => {
    for (const t of ["Dax legt zu", "Dax legt zu (Wiederholung: Tippfehler) heute", "Dax legt zu Wiederholung)"]) expect([t, noteBefore(t, 0, t.length, note)]).toEqual([t, -1]);
    // Any words in parentheses are a note to the rule (its kind says which: the caller asks).
    expect(noteBefore("Dax legt zu (Xetra)", 0, 19, note)).toBe(12);
    // Nor one reaching past the stretch's end.
    expect(noteBefore("(Wiederholung) x)", 0, 17, note)).toBe(-1);
  });
});
