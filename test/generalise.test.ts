// Shapes of real copies from sources the parser was not built on (issue: real copies from everywhere).
// Texts are our own, in dpa-AFX style; each test names the shape it stands for.
import { describe, expect, it } from "vitest";
import { parseArticle, parseFeed } from "../src/index.js";
import { uncovered } from "./coverage.js";
import { paragraphs } from "./helpers.js";

const codes = (t: string) => parseArticle(t).diagnostics.map((d) => d.code);

describe("copies from everywhere", () => {
  it("a headline a site cut short with ' ...' is still the headline", () => {
    const t = "ROUNDUP: Dax legt zu - Anleger setzen auf ...\n\nFRANKFURT (dpa-AFX) - Der Dax stieg am Montag deutlich ...";
    const a = parseArticle(t);
    expect(a.headline?.text).toBe("ROUNDUP: Dax legt zu - Anleger setzen auf ...");
    expect(a.headline?.tags).toEqual(["ROUNDUP"]);
    expect(paragraphs(a)).toEqual(["Der Dax stieg am Montag deutlich ..."]);
    expect(codes(t)).toContain("body/truncated");
  });

  it("an editorial note whose '(' was cut away still stands before the dateline", () => {
    const t = 'WDH: Dax legt zu\n\nWiederholung: Im 2. Absatz "Montag" statt "Dienstag".) FRANKFURT (dpa-AFX) - Der Dax stieg.';
    const a = parseArticle(t);
    expect(a.editorialNote?.text).toBe('Wiederholung: Im 2. Absatz "Montag" statt "Dienstag".)');
    expect(a.editorialNote?.kind).toBe("repeat");
    expect(a.dateline?.locations).toEqual(["FRANKFURT"]);
    expect(paragraphs(a)).toEqual(["Der Dax stieg."]);
    // Any other text ending in ")" is no note.
    const plain = parseArticle("Titel\n\nDie Aktie (Vz.) legte zu.) FRANKFURT (dpa-AFX) - Text.");
    expect(plain.editorialNote).toBeNull();
  });

  it("a short word in capitals beside a desk tag is a tag; a topic after the slash is not", () => {
    expect(parseArticle("IPO/ROUNDUP: Börsengang gelingt\n\nNEW YORK - Text.").headline?.tags).toEqual(["IPO", "ROUNDUP"]);
    expect(parseArticle("ROUNDUP 3/Rückschlag für Bayer: Gericht urteilt\n\nFRANKFURT (dpa-AFX) - Text.").headline?.tags).toEqual(["ROUNDUP 3"]);
    // Alone, a short capital word is a name, not a tag.
    expect(parseArticle("EZB: Zinsen bleiben\n\nFRANKFURT (dpa-AFX) - Text.").headline?.tags).toEqual([]);
    expect(parseArticle("EZB/USA: Zinsen bleiben\n\nFRANKFURT (dpa-AFX) - Text.").headline?.tags).toEqual([]);
    expect(parseArticle("Pressestimme: 'Kieler Zeitung' zu Zinsen\nFRANKFURT (dpa-AFX) - Text.").headline?.tags).toEqual(["Pressestimme"]);
  });

  it("a date prefix glued to the body's first words: the body starts after the date", () => {
    const t = "date 2017-06 Die Bank hat das Kursziel für Beispiel AG von 53 auf 70 Euro angehoben. Die Einstufung blieb auf Hold./ab/cd\n\n";
    const a = parseArticle(t);
    expect(a.date?.iso.slice(0, 7)).toBe("2017-06");
    expect(a.headline).toBeNull();
    expect(paragraphs(a)).toEqual(["Die Bank hat das Kursziel für Beispiel AG von 53 auf 70 Euro angehoben. Die Einstufung blieb auf Hold."]);
    expect(a.trailer?.codes).toEqual(["ab", "cd"]);
    expect(codes(t)).not.toContain("body/missing");
    expect(uncovered(t, a)).toEqual([]);
    // A short title after the date is still the headline.
    expect(parseArticle("date 2017-06 Dax legt zu\n\nDer Dax stieg am Montag./ab/cd").headline?.text).toBe("Dax legt zu");
  });

  it("a byline whose closing rule was cut to one dash leaves the dash out", () => {
    const t = "FRANKFURT (dpa-AFX) - Der Dax stieg./ab/DP/cd\n\n--- Von Anna Berg, dpa-AFX -";
    expect(parseArticle(t).byline?.text).toBe("Von Anna Berg, dpa-AFX");
    expect(parseArticle("FRANKFURT (dpa-AFX) - Text./ab/cd\n\n--- Von Hans-Peter Berg, dpa-AFX ---").byline?.text).toBe("Von Hans-Peter Berg, dpa-AFX");
  });

  it("a site's short label above the headline is chrome, not the headline", () => {
    const t = "date 2017-02-07 Erweiterte Funktionen\n\n\nIndustrial Production Declines Unexpectedly\n\nBERLIN (dpa-AFX) - German industrial production fell.";
    const a = parseArticle(t);
    expect(a.headline?.text).toBe("Industrial Production Declines Unexpectedly");
    expect(a.extras.map((e) => [e.kind, e.text])).toContainEqual(["chrome", "Erweiterte Funktionen"]);
    expect(uncovered(t, a)).toEqual([]);
    // A short headline with a desk tag, or alone, stays the headline.
    expect(parseArticle("KORREKTUR: Dax fällt\nAnleger bleiben sehr vorsichtig heute\n\nFRANKFURT (dpa-AFX) - Text.").headline?.text).toBe("KORREKTUR: Dax fällt");
    expect(parseArticle("Dax legt zu\n\nFRANKFURT (dpa-AFX) - Text.").headline?.text).toBe("Dax legt zu");
  });

  it("RSS items rendered as date line, title, blank line, description are messages of a feed", () => {
    const feed = ["date 2026-07-31", "Beispiel AG Buy", "", "NEW YORK (dpa-AFX Analyser) - Die Bank hat Beispiel auf Buy belassen ...", "", "date 2026-07-31", "Muster SE Hold", "", "<p>NEW YORK (dpa-AFX Analyser) - Die Bank hat Muster auf Hold belassen ...</p>", ""].join("\n");
    const all = parseFeed(feed);
    expect(all.map((a) => a.headline?.text)).toEqual(["Beispiel AG Buy", "Muster SE Hold"]);
    expect(all.map((a) => a.dateline?.agency)).toEqual(["dpa-AFX Analyser", "dpa-AFX Analyser"]);
  });
});
