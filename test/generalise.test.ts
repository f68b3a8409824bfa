// Shapes of real copies from sources the parser was not built on (issue: real copies from everywhere).
// Texts are our own, in dpa-AFX style; each test names the shape it stands for.
import { describe, expect, it } from "vitest";
import { splitRevision } from "../src/grammars/dpa-afx/flags.js";
import { openingWords } from "../src/grammars/dpa-afx/rules/notes.js";
import { dpaAfx, parseArticle, parseFeed, parseStream, printSource, type Article } from "../src/index.js";
import { uncovered } from "./coverage.js";
import { chunksOf, collect, paragraphs, pieces, pointsOf, positionedNodes } from "./helpers.js";

/** What a rule expected where it failed on `text` (empty when it matched). */
const expected = (rule: { parse(t: string): { status: boolean } }, text: string) => {
  const r = rule.parse(text) as { status: boolean; expected?: string[] };
  return r.status ? [] : r.expected;
};
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

  it("a teaser cut with a link beside a guillemet ends its body before the link, reported as truncated", () => {
    for (const cut of ["» Weiterlesen", "mehr »", "Weiter lesen ›"]) {
      const a = parseArticle(`Hopfenthal hebt die Prognose\n\nLÜBECK (dpa-AFX) - Die Hopfenthal Brauerei hat nach einem starken Sommer ihre Prognose ${cut}`);
      expect([cut, a.sections.at(-1)?.paragraphs.at(-1)?.text, a.footers.map((f) => [f.kind, f.text]), a.diagnostics.map((d) => d.code)]).toEqual([
        cut,
        "Die Hopfenthal Brauerei hat nach einem starken Sommer ihre Prognose",
        [["truncation", cut]],
        ["body/truncated", "trailer/missing"],
      ]);
    }
  });

  it("a teaser's link in brackets or parentheses, an ellipsis after its word, is the truncation mark", () => {
    for (const cut of ["[weiter lesen]", "[Weiter Lesen]", "[Weiterlesen]", "[mehr lesen]", "[Continue reading]", "[more...]", "[mehr…]", "[mehr …]", "(mehr...)", "(mehr ...)", "(weiter lesen)", "(Weiterlesen…)"]) {
      const a = parseArticle(`Hopfenthal hebt die Prognose\n\nLÜBECK (dpa-AFX) - Die Hopfenthal Brauerei hat nach einem starken Sommer ihre Prognose ${cut}`);
      expect([cut, a.sections.at(-1)?.paragraphs.at(-1)?.text, a.footers.map((f) => [f.kind, f.text])]).toEqual([cut, "Die Hopfenthal Brauerei hat nach einem starken Sommer ihre Prognose", [["truncation", cut]]]);
    }
    // A word after the ellipsis that cut the text.
    const a = parseArticle("LÜBECK (dpa-AFX) - Die Hopfenthal Brauerei hat ihre Prognose ... Continue reading");
    expect(a.footers.map((f) => [f.kind, f.text])).toEqual([["truncation", "Continue reading"]]);
    // Not a link: other words in brackets stay text.
    expect(parseArticle("LÜBECK (dpa-AFX) - Die Hopfenthal Brauerei hat ihre Prognose [mehr oder weniger]").footers).toEqual([]);
  });

  it("a teaser's link alone on the line under the text is chrome, and the body ends before it", () => {
    for (const link of ["Weiterlesen", "Weiter lesen", "Mehr lesen", "Mehr", "Read more", "Continue reading", "Zum Artikel", "Zum vollständigen Artikel", "Artikel lesen", "Ganzen Artikel lesen", "Mehr lesen »", "Weiterlesen ›", "Read more >>"]) {
      for (const gap of ["\n", "\n\n"]) {
        const a = parseArticle(`Hopfenthal hebt die Prognose\n\nLÜBECK (dpa-AFX) - Die Hopfenthal Brauerei hat nach einem starken Sommer ihre Prognose ...${gap}${link}`);
        expect([link, gap, a.sections.at(-1)?.paragraphs.at(-1)?.text, a.extras.map((e) => [e.kind, e.text])]).toEqual([
          link,
          gap,
          "Die Hopfenthal Brauerei hat nach einem starken Sommer ihre Prognose ...",
          [["chrome", link]],
        ]);
      }
    }
  });

  it("an ellipsis inside a body is no truncation: only the body's end can be cut", () => {
    for (const t of [
      "FRANKFURT (dpa-AFX) - Der Dax stieg und dann ...\n\nDie Anleger blieben ruhig./ab/DP/cd",
      "FRANKFURT (dpa-AFX) - Der Dax stieg und dann \u2026 Die Anleger blieben ruhig./ab/DP/cd",
      'FRANKFURT (dpa-AFX) - Er sagte: "Wir warten ..."\n\nDie Anleger blieben ruhig./ab/DP/cd',
    ]) {
      const a = parseArticle(t);
      expect(codes(t)).not.toContain("body/truncated");
      expect(a.footers.map((f) => f.kind)).not.toContain("truncation");
      expect(paragraphs(a).join(" ")).toContain("Die Anleger blieben ruhig.");
      expect(a.trailer?.text).toBe("/ab/DP/cd");
    }
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
    // Before a closing tag of a page's HTML, glued to the trailer or on a line of its own.
    for (const html of ["<p>KIEL (dpa-AFX) - Der Absatz stieg./ab/cd--- Von Anna Berg, dpa-AFX -</p>", "<p>KIEL (dpa-AFX) - Der Absatz stieg./ab/cd</p>\n<p>--- Von Anna Berg, dpa-AFX - </p></div>"]) {
      const a = parseArticle(html);
      expect([html, a.byline?.text, a.trailer?.codes, paragraphs(a)]).toEqual([html, "Von Anna Berg, dpa-AFX", ["ab", "cd"], ["Der Absatz stieg."]]);
      expect(uncovered(html, a)).toEqual([]);
    }
  });

  it("a site's short label above the headline is chrome, not the headline", () => {
    const t = "date 2017-02-07 Erweiterte Funktionen\n\n\nIndustrial Production Declines Unexpectedly\n\nBERLIN (dpa-AFX) - German industrial production fell.";
    const a = parseArticle(t);
    expect(a.headline?.text).toBe("Industrial Production Declines Unexpectedly");
    expect(a.extras.map((e) => [e.kind, e.text])).toContainEqual(["chrome", "Erweiterte Funktionen"]);
    expect(uncovered(t, a)).toEqual([]);
    // The judgement is reported where the label stands.
    const label = parseArticle(t.replace("Erweiterte Funktionen", "Unternehmen"));
    expect(label.extras.map((e) => [e.kind, e.text])).toContainEqual(["chrome", "Unternehmen"]);
    const skipped = label.diagnostics.filter((d) => d.code === "headline/chrome-skipped");
    expect(skipped.map((d) => [d.severity, d.position.start.offset, d.position.end.offset])).toEqual([["info", 16, 27]]);
    // A short headline with a desk tag, or alone, stays the headline, and nothing is reported.
    for (const t2 of ["KORREKTUR: Dax fällt\nAnleger bleiben sehr vorsichtig heute\n\nFRANKFURT (dpa-AFX) - Text.", "Dax legt zu\n\nFRANKFURT (dpa-AFX) - Text."]) {
      const b = parseArticle(t2);
      expect(b.headline?.text).toBe(t2.slice(0, t2.indexOf("\n")));
      expect(b.diagnostics.map((d) => d.code)).not.toContain("headline/chrome-skipped");
    }
    // A short headline has a word in small letters (a verb, a preposition): over a subtitle without a full
    // stop it stays the headline, and the subtitle is the standfirst.
    for (const h of ["Dax legt zu", "Nordbank im Aufwind", "Ölpreise steigen"]) {
      const c = parseArticle(`${h}\n\nAnleger setzen auf eine Zinssenkung der EZB\n\nFRANKFURT (dpa-AFX) - Text./ab`);
      expect([h, c.headline?.text, c.standfirst?.text, c.extras, c.diagnostics.map((d) => d.code)]).toEqual([h, h, "Anleger setzen auf eine Zinssenkung der EZB", [], []]);
    }
    // A line the vocabulary knows is chrome for certain: not reported.
    expect(parseArticle("Artikel drucken\n\nDax legt deutlich zu am Montag\n\nFRANKFURT (dpa-AFX) - Text./ab").diagnostics.map((d) => d.code)).not.toContain("headline/chrome-skipped");
    // A breadcrumb, however many steps, is chrome for certain; a headline opening with "Home" is none.
    for (const crumb of ["Startseite › Nachrichten › Aktien › Nordhütte", "Home > Aktien > Nordhütte", "Home  |  News  |  Aktien", "Börse » Aktien » Nordhütte"]) {
      const c = parseArticle(`${crumb}\n\nDax legt deutlich zu\n\nFRANKFURT (dpa-AFX) - Text./ab`);
      expect([crumb, c.headline?.text, c.extras.map((e) => [e.kind, e.text])]).toEqual([crumb, "Dax legt deutlich zu", [["chrome", crumb.replace(/ +/g, " ")]]]);
    }
    for (const h of ["Home Depot übertrifft die Erwartungen", "Homeoffice: Firmen planen um", "Habeck: »Wir müssen handeln«"]) {
      expect(parseArticle(`${h}\n\nFRANKFURT (dpa-AFX) - Text./ab`).headline?.text).toBe(h);
    }
    // Two labels: two reports, in order.
    const two = parseArticle("Wirtschaft\nMärkte\nDax legt deutlich zu am Montag\n\nFRANKFURT (dpa-AFX) - Text./ab");
    expect(two.diagnostics.filter((d) => d.code === "headline/chrome-skipped").map((d) => d.position.start.line)).toEqual([1, 2]);
  });

  it("a web copy's page after the article (labels, prices, related headlines) stands after the trailer", () => {
    const article = "Dax legt zu\n\nFRANKFURT (dpa-AFX) - Der Dax ist am Montag gestiegen. Anleger griffen bei Autowerten zu.\n\nAuch der MDax legte zu./evs/DP/nas";
    const page = "\n\nAktien in diesem Artikel\nNordhütte 18,50 EUR +1,2%\nHopfenthal 42,10 EUR -0,4%\n\nMehr zum Thema\nDax-Ausblick: Anleger bleiben vorsichtig\nÖlpreise geben nach ...\n\nArtikel teilen";
    const t = article + page;
    const a = parseArticle(t);
    expect(a.trailer?.text).toBe("/evs/DP/nas");
    expect(paragraphs(a)).toEqual(["Der Dax ist am Montag gestiegen. Anleger griffen bei Autowerten zu.", "Auch der MDax legte zu."]);
    expect(a.extras.map((e) => [e.kind, e.text])).toEqual([
      ["chrome", "Aktien in diesem Artikel"],
      ["unrecognised", "Nordhütte 18,50 EUR +1,2%"],
      ["unrecognised", "Hopfenthal 42,10 EUR -0,4%"],
      ["chrome", "Mehr zum Thema"],
      ["unrecognised", "Dax-Ausblick: Anleger bleiben vorsichtig"],
      ["unrecognised", "Ölpreise geben nach ..."],
      ["chrome", "Artikel teilen"],
    ]);
    expect(codes(t)).not.toContain("trailer/inside-body");
    expect(uncovered(t, a)).toEqual([]);
    // Sentences below the trailer are a further text: more than two of them, and they stay body, with the warning.
    const more = `${article}\n\nDer Euro stieg.\nDas Öl fiel.\nGold blieb stabil.`;
    expect(parseArticle(more).trailer).toBeNull();
    expect(codes(more)).toContain("trailer/inside-body");
  });

  it("RSS items rendered as date line, title, blank line, description are messages of a feed", () => {
    const feed = ["date 2026-07-31", "Beispiel AG Buy", "", "NEW YORK (dpa-AFX Analyser) - Die Bank hat Beispiel auf Buy belassen ...", "", "date 2026-07-31", "Muster SE Hold", "", "<p>NEW YORK (dpa-AFX Analyser) - Die Bank hat Muster auf Hold belassen ...</p>", ""].join("\n");
    const all = parseFeed(feed);
    expect(all.map((a) => a.headline?.text)).toEqual(["Beispiel AG Buy", "Muster SE Hold"]);
    expect(all.map((a) => a.dateline?.agency)).toEqual(["dpa-AFX Analyser", "dpa-AFX Analyser"]);
  });

  it("a site's or feed's time stamp in any common form above the headline is the date, never the headline", () => {
    const body = "RWE-Aktie legt zu\n\nESSEN (dpa-AFX) - Die Aktie von RWE stieg am Donnerstag./ck/jha";
    const stamps: [string, string][] = [
      ["2023-10-12 14:05", "2023-10-12T14:05"],
      ["2023-10-12T14:05:00+02:00", "2023-10-12T14:05+02:00"],
      ["Donnerstag, 12. Oktober 2023", "2023-10-12"],
      ["12. Oktober 2023, 14:05 Uhr", "2023-10-12T14:05"],
      ["Do., 12.10.2023 - 14:05", "2023-10-12T14:05"],
      ["Thu, 12 Oct 2023 12:05:00 GMT", "2023-10-12T12:05Z"],
      ["Oct 12, 2023", "2023-10-12"],
      ["Veröffentlicht am 12.10.2023 um 14:05 Uhr", "2023-10-12T14:05"],
      // The source a site writes beside its stamp, a separator between.
      ["dpa-AFX | 12.10.2023, 14:05 Uhr", "2023-10-12T14:05"],
      ["12.10.2023 | 14:05 | dpa-AFX", "2023-10-12T14:05"],
      ["Quelle: dpa-AFX | 12.10.2023 14:05", "2023-10-12T14:05"],
      ["12.10.2023 14:05 Uhr - dpa-AFX Broker", "2023-10-12T14:05"],
      ["Von dpa-AFX · 12. Oktober 2023", "2023-10-12"],
      ["12. Oktober 2023, 14:05 Uhr • Source: dpa-AFX", "2023-10-12T14:05"],
      // A source after an author label, and a site's counters after the stamp, to the line's end.
      ["Autor: dpa-AFX | 12.10.2023, 14:05 | 245 Aufrufe | 0 Kommentare", "2023-10-12T14:05"],
      ["12.10.2023, 14:05  |  245   |   0  ", "2023-10-12T14:05"],
      ["12.10.2023 | 14:05 Uhr | 1.234 Leser", "2023-10-12T14:05"],
      ["12. Oktober 2023 · 17 Kommentare", "2023-10-12"],
      // A reading time after the stamp: a word and a colon before its number, a dot after its word.
      ["Veröffentlicht am 12.10.2023 | Lesedauer: 2 Minuten", "2023-10-12"],
      ["12.10.2023, 14:05 Uhr | Lesezeit:3  Min.", "2023-10-12T14:05"],
      ["12.10.2023 · Lesezeit : 3 Min. | 245 Aufrufe", "2023-10-12"],
      // The time first, a middle dot or bullet between date and time, an American date with its AM or PM.
      ["14:05 Uhr, 12.10.2023", "2023-10-12T14:05"],
      ["14:05 | 12.10.23 | dpa-AFX", "2023-10-12T14:05"],
      ["12.10.2023 • 14:05 Uhr · dpa-AFX", "2023-10-12T14:05"],
      ["10/12/2023 2:05 PM", "2023-10-12T14:05"],
    ];
    for (const [stamp, iso] of stamps) {
      const a = parseArticle(`${stamp}\n${body}`);
      expect([stamp, a.headline?.text, a.standfirst, a.date?.iso, a.date?.source, a.date?.text]).toEqual([stamp, "RWE-Aktie legt zu", null, iso, "stamp", stamp]);
      expect(uncovered(`${stamp}\n${body}`, a)).toEqual([]);
    }
    // Below the headline as well; a name that only starts like a source is none, and a source alone is no date.
    const below = parseArticle(`RWE-Aktie legt zu\n12.10.2023 - 14:05 Uhr | dpa-AFX\n\n${body.slice(body.indexOf("ESSEN"))}`);
    expect([below.headline?.text, below.date?.iso]).toEqual(["RWE-Aktie legt zu", "2023-10-12T14:05"]);
    const timeFirst = parseArticle(`RWE-Aktie legt zu\n14:05 Uhr · 12.10.2023\n\n${body.slice(body.indexOf("ESSEN"))}`);
    expect([timeFirst.headline?.text, timeFirst.date?.iso, timeFirst.standfirst]).toEqual(["RWE-Aktie legt zu", "2023-10-12T14:05", null]);
    // After a separator, a headline is no counter: more than two words after its number, or no number first.
    for (const line of ["12.10.2023 | 5 Fragen an den neuen Chef", "12.10.2023 | RWE legt zu", "12.10.2023 | 245 Aufrufe und mehr", "12.10.2023 | X", "12.10.2023 | Lesedauer: zwei Minuten", "12.10.2023 | RWE legt zu: 5 Prozent", "12.10.2023 | Lesedauer 2 Minuten"]) {
      expect([line, parseArticle(`${line}\n${body}`).date]).toEqual([line, null]);
    }
    // Spaces around a counter's words, and a stamp line with counters that ends the text.
    expect(parseArticle(`12.10.2023 | 245  Aufrufe |\t0 Kommentare\n${body}`).date?.iso).toBe("2023-10-12");
    expect(parseArticle("RWE-Aktie legt zu\n12.10.2023 | 14:05 | 245 Aufrufe").date?.text).toBe("12.10.2023 | 14:05 | 245 Aufrufe");
    // An author line naming the agency alone above the lead is a site label, not the standfirst.
    const author = parseArticle(`RWE-Aktie legt zu\n\nAutor: dpa-AFX\n12.10.2023, 14:05 | 245\n\n${body.slice(body.indexOf("ESSEN"))}`);
    expect([author.headline?.text, author.standfirst, author.extras.map((x) => `${x.kind}: ${x.text}`), author.date?.iso]).toEqual(["RWE-Aktie legt zu", null, ["siteLabel: Autor: dpa-AFX"], "2023-10-12T14:05"]);
    for (const line of ["Author : dpa-AFX", "Autor:dpa-AFX", "Autor: dpa-AFX  "]) {
      expect([line, parseArticle(`RWE-Aktie legt zu\n${line}\n${body.slice(body.indexOf("ESSEN"))}`).extras.map((x) => x.kind)]).toEqual([line, ["siteLabel"]]);
    }
    expect(parseArticle("RWE-Aktie legt zu\nAutor: dpa-AFX").extras.map((x) => x.kind)).toEqual(["siteLabel"]);
    // A separator and a source with no stamp is no date, also where a date stands on the next line.
    const lone = parseArticle(`| dpa-AFX\n12.10.2023\n${body}`);
    expect(lone.dates.map((d) => d.text)).toEqual(["12.10.2023"]);
    for (const line of ["12.10.2023 - dpa-AFXX", "12.10.2023 | dpa-AFX-Analyse", "dpa-AFX | heute"]) {
      expect([line, parseArticle(`${line}\n${body}`).date]).toEqual([line, null]);
    }
    // A stamp that writes its zone names an instant, shown in the options' zone.
    const gmt = parseArticle(`Thu, 12 Oct 2023 12:05:00 GMT\n${body}`);
    expect(gmt.date!.value.toISO()).toBe("2023-10-12T14:05:00.000+02:00");
    expect(gmt.diagnostics).toEqual([]);
    const east = parseArticle(`2023-10-12T14:05:00+05:00\n${body}`, { zone: "UTC" });
    expect(east.date!.value.toISO()).toBe("2023-10-12T09:05:00.000Z");
    // Offsets run from -14:00 to +14:00; one beyond is no real time.
    const codesOf = (zone: string) => parseArticle(`2023-10-12T14:05:00${zone}\n${body}`).diagnostics.map((d) => d.code);
    expect([codesOf("+14:00"), codesOf("-14:00"), codesOf("+14:01"), codesOf("-1500")]).toEqual([[], [], ["date/invalid"], ["date/invalid"]]);
    // The most precise date is the article's, wherever it stands among the date lines.
    for (const front of ["date 2023-10-12 14:05\n12. Oktober 2023", "12. Oktober 2023\ndate 2023-10-12 14:05"]) {
      const a = parseArticle(`${front}\n${body}`);
      expect([front, a.date?.iso, a.dates.length]).toEqual([front, "2023-10-12T14:05", 2]);
    }
    expect(parseArticle(`Thu, 12 Oct 2023 12:05:00 GMT\n${body}`, { zone: "UTC" }).date!.value.toISO()).toBe("2023-10-12T12:05:00.000Z");
    // In a feed, a message starts at its stamp.
    const feed = `Mon, 09 Oct 2023 08:00:00 GMT\nDax steigt\n\nFRANKFURT (dpa-AFX) - Der Dax stieg./ab/DP/cd\n\nThu, 12 Oct 2023 12:05:00 GMT\n${body}`;
    expect(parseFeed(feed).map((m) => [m.position!.start.line, m.date?.iso, m.headline?.text])).toEqual([
      [1, "2023-10-09T08:00Z", "Dax steigt"],
      [6, "2023-10-12T12:05Z", "RWE-Aktie legt zu"],
    ]);
  });

  it("a site's stamp with a two-digit year and a time is a date", () => {
    const a = parseArticle("Dax legt zu\n27.03.17 10:38\n\nFRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd");
    expect([a.date?.iso, a.date?.precision]).toEqual(["2017-03-27T10:38", "minute"]);
    const stamp = (line: string) => parseArticle(`Dax legt zu\n${line}\n\nFRANKFURT (dpa-AFX) - Text./ab/cd`).date?.iso;
    const rows: [string, string | undefined][] = [
      ["05.11.98 09:00", "1998-11-05T09:00"],
      ["01.01.70 10:00", "1970-01-01T10:00"],
      ["01.01.69 10:00", "2069-01-01T10:00"],
      ["1.2.17, 9:05 Uhr", "2017-02-01T09:05"],
      ["27.03.2017, 14:23 Uhr", "2017-03-27T14:23"],
      ["27.03.173 10:38", undefined],
      ["27.03.17  10:38  Uhr", "2017-03-27T10:38"],
      // With a weekday before it and a separator before the time, as sites write four-digit years.
      ["Do., 03.12.26 - 10:15 Uhr", "2026-12-03T10:15"],
      ["Donnerstag, 03.12.26, 10:15 Uhr", "2026-12-03T10:15"],
      ["03.12.26 | 10:15", "2026-12-03T10:15"],
      ["3.12.26 um 10:15 Uhr", "2026-12-03T10:15"],
      ["Do., 03.12.98 – 10:15", "1998-12-03T10:15"],
      ["Do., 03.12.26", undefined],
    ];
    expect(rows.map(([line]) => [line, stamp(line)])).toEqual(rows);
    // Without a time, a two-digit year is no date line (a version, a score).
    expect(parseArticle("Dax legt zu\n27.03.17\n\nFRANKFURT (dpa-AFX) - Text./ab/cd").date).toBeNull();
    // A month-only prefix and a full date line: the more precise one is the article's date.
    expect(parseArticle("date 2017-03 Dax legt zu\n27.03.2017\n\nFRANKFURT (dpa-AFX) - Text./ab/cd").date?.iso).toBe("2017-03-27");
  });

  it("a stamp whose time German print style writes with a dot (`10.15 Uhr`) is the date, above the headline and in a feed", () => {
    const head = (line: string) => {
      const a = parseArticle(`${line}\nNordlicht steigert den Umschlag\n\nKIEL (dpa-AFX) - Die Nordlicht AG hat mehr umgeschlagen./ab/cd`);
      return [line, a.date?.iso ?? null, a.headline?.text ?? null];
    };
    const h = "Nordlicht steigert den Umschlag";
    expect(["04.12.2026, 10.15 Uhr", "04.12.26, 10.15 Uhr", "Freitag, 4. Dezember 2026, 10.15 Uhr", "Fr., 04.12.2026 - 10.15 Uhr", "04.12.2026 | 10.15 Uhr"].map(head)).toEqual([
      ["04.12.2026, 10.15 Uhr", "2026-12-04T10:15", h],
      ["04.12.26, 10.15 Uhr", "2026-12-04T10:15", h],
      ["Freitag, 4. Dezember 2026, 10.15 Uhr", "2026-12-04T10:15", h],
      ["Fr., 04.12.2026 - 10.15 Uhr", "2026-12-04T10:15", h],
      ["04.12.2026 | 10.15 Uhr", "2026-12-04T10:15", h],
    ]);
    // Date lines of a feed open its messages.
    const feed = "04.12.2026, 10.15 Uhr\nNordlicht steigert Umschlag\n\nKIEL (dpa-AFX) - Text eins./ab/cd\n\n04.12.2026, 11.30 Uhr\nLindqvist Werft erhält Auftrag\n\nROSTOCK (dpa-AFX) - Text zwei./ef/gh";
    expect(parseFeed(feed).map((a) => [a.date?.iso, a.headline?.text])).toEqual([
      ["2026-12-04T10:15", "Nordlicht steigert Umschlag"],
      ["2026-12-04T11:30", "Lindqvist Werft erhält Auftrag"],
    ]);
  });

  it("a date line that lost its line break before the dateline is still the date, and the dateline is read", () => {
    const body = "FRANKFURT (dpa-AFX) - Der Dax stieg am Montag deutlich./ab/DP/cd";
    const glued: [string, string, string][] = [
      ["21.08.2014", "2014-08-21", "dotted"],
      ["21.08.2014, 14:05 Uhr", "2014-08-21T14:05", "dotted"],
      ["27.03.17 10:38", "2017-03-27T10:38", "dotted"],
      ["AXC0135 2017-07-27/11:08", "2017-07-27T11:08", "feedStamp"],
      ["2023-10-12 14:05", "2023-10-12T14:05", "stamp"],
      ["Stand: 12.10.2023", "2023-10-12", "stamp"],
    ];
    for (const [date, iso, source] of glued) {
      const t = `Dax legt zu\n\n${date} ${body}`;
      const a = parseArticle(t);
      expect([date, a.headline?.text, a.date?.iso, a.date?.source, a.dateline?.text, paragraphs(a), a.diagnostics.map((d) => d.code)]).toEqual([
        date,
        "Dax legt zu",
        iso,
        source,
        "FRANKFURT (dpa-AFX) -",
        ["Der Dax stieg am Montag deutlich."],
        [],
      ]);
      expect(uncovered(t, a)).toEqual([]);
    }
    expect(parseArticle(`AXC0135 2017-07-27/11:08 ${body}`).footers.map((f) => [f.kind, f.text])).toEqual([["feedStamp", "AXC0135 2017-07-27/11:08"]]);
    // In a feed, the message opens at that line (or at the headline above it).
    const feed = `Dax steigt\n\n21.08.2014 ${body}\n\nÖlpreise fallen\n\n22.08.2014 14:05 NEW YORK (dpa-AFX) - Die Ölpreise fielen./cd/ef`;
    expect(parseFeed(feed).map((m) => [m.position!.start.line, m.date?.iso, m.headline?.text, m.dateline?.text])).toEqual([
      [1, "2014-08-21", "Dax steigt", "FRANKFURT (dpa-AFX) -"],
      [5, "2014-08-22T14:05", "Ölpreise fallen", "NEW YORK (dpa-AFX) -"],
    ]);
  });

  it("a time without a day, or one relative to the reading, is a site label: never the standfirst or the headline", () => {
    const body = "FRANKFURT (dpa-AFX) - Der Dax stieg am Montag deutlich./ab/DP/cd";
    const times = ["14:05 Uhr", "14:05", "9:05:30", "Heute, 14:05", "gestern 09:30 Uhr", "vor 2 Stunden", "vor einer Stunde", "3 hours ago", "an hour ago"];
    // A reading time too.
    const reading = ["Lesedauer: 2 Minuten", "| Lesezeit: ca. 3 Min.", "Lesezeit 1 Minute", "· Lesedauer: 4 Min", "3 min read", "2 Min. Lesezeit", "5 Minuten Lesezeit"];
    reading.push("|Lesedauer : 12 Minuten", "Lesedauer:2Min.", "Lesezeit: ca.3 Min", "12min read", "3 Minuten Lesezeit");
    // At the very end of a text too.
    expect(parseArticle("Dax legt zu\nLesedauer: 2 Minuten").extras.map((x) => x.kind)).toEqual(["siteLabel"]);
    expect(parseArticle("Dax legt zu\n3 min read").extras.map((x) => x.kind)).toEqual(["siteLabel"]);
    for (const time of [...times, ...reading]) {
      for (const t of [`Dax legt zu\n${time}\n\n${body}`, `${time}\nDax legt zu\n\n${body}`, `${time}  \r\nDax legt zu\r\n\r\n${body}`]) {
        const a = parseArticle(t);
        expect([time, a.headline?.text, a.standfirst, a.date, a.extras.map((x) => [x.kind, x.text])]).toEqual([time, "Dax legt zu", null, null, [["siteLabel", time]]]);
        expect(uncovered(t, a)).toEqual([]);
      }
    }
    // A line that goes on after the time is text: a standfirst, or a calendar row in the body.
    expect(parseArticle(`Dax legt nach Zinssignalen zu\n14:05 Uhr: Der Dax drehte ins Plus\n\n${body}`).standfirst?.text).toBe("14:05 Uhr: Der Dax drehte ins Plus");
    expect(parseArticle(`Dax legt nach Zinssignalen zu\nvor 2 Stunden hatte der Dax noch verloren\n\n${body}`).standfirst?.text).toBe("vor 2 Stunden hatte der Dax noch verloren");
    // In a feed, the time line belongs to the message below it.
    const feed = `Dax steigt\n14:05 Uhr\n\n${body}\n\nÖlpreise fallen\nvor 2 Stunden\n\nNEW YORK (dpa-AFX) - Die Ölpreise fielen./cd/ef`;
    expect(parseFeed(feed).map((m) => [m.position!.start.line, m.headline?.text, m.extras.map((x) => x.text)])).toEqual([
      [1, "Dax steigt", ["14:05 Uhr"]],
      [6, "Ölpreise fallen", ["vor 2 Stunden"]],
    ]);
  });

  it("an editorial note hard-wrapped over lines, as old feeds wrap near 70 columns, is one note above the dateline", async () => {
    const note = "(Wiederholung: Im dritten Absatz wurde der Name der Firma\nberichtigt und ein Wort ergänzt.)";
    const body = "MÜNCHEN (dpa-AFX) - Der Dax stieg am Montag deutlich./ab/DP/cd";
    for (const [t, eol] of [
      [`Dax legt zu\n\n${note} ${body}`, "\n"],
      [`Dax legt zu\n\n${note}\n${body}`, "\n"],
      [`Dax legt zu\n\n${note}\n\n${body}`, "\n"],
      [`Dax legt zu\r\n\r\n${note.replace("\n", "\r\n")} ${body}`, "\r\n"],
      [`date 2026-01-06\nDax legt zu\n${note.replace("\n", "\n   ")}\n${body}`, "\n   "],
    ] as const) {
      const a = parseArticle(t);
      expect([a.headline?.text, a.standfirst, a.editorialNote?.text, a.editorialNote?.kind, a.dateline?.text, paragraphs(a), a.extras, a.diagnostics]).toEqual([
        "Dax legt zu",
        null,
        "(Wiederholung: Im dritten Absatz wurde der Name der Firma berichtigt und ein Wort ergänzt.)",
        "repeat",
        "MÜNCHEN (dpa-AFX) -",
        ["Der Dax stieg am Montag deutlich."],
        [],
        [],
      ]);
      const at = t.indexOf("(Wiederholung");
      const { start, end } = a.editorialNote!.position!;
      expect(start.offset).toBe(at);
      expect(t.slice(end.offset - 9, end.offset)).toBe("ergänzt.)");
      expect(t.slice(at, end.offset)).toContain(`Firma${eol}berichtigt`);
      expect(uncovered(t, a)).toEqual([]);
    }
    // In a feed: each message keeps its note and headline, wherever the note closes.
    const msg = (h: string, place: string, sep: string) => `${h}\n\n${note}${sep}${place} (dpa-AFX) - Der Kurs stieg./ab/cd`;
    const feed = [msg("Dax legt zu", "MÜNCHEN", " "), msg("Öl wird teurer", "NEW YORK", "\n"), msg("Gold glänzt", "LONDON", "\n\n")].join("\n\n");
    const all = parseFeed(feed);
    expect(all.map((m) => [m.position!.start.line, m.headline?.text, m.editorialNote?.kind, m.dateline?.text])).toEqual([
      [1, "Dax legt zu", "repeat", "MÜNCHEN (dpa-AFX) -"],
      [6, "Öl wird teurer", "repeat", "NEW YORK (dpa-AFX) -"],
      [12, "Gold glänzt", "repeat", "LONDON (dpa-AFX) -"],
    ]);
    const want = JSON.stringify(all);
    for (const size of [1, 5, 64]) {
      expect(JSON.stringify(await collect(parseStream(pieces(chunksOf(feed, size)))))).toBe(want);
    }
  });

  it("a trailer with an empty segment keeps both codes", () => {
    const a = parseArticle("FRANKFURT (dpa-AFX) - Der Dax stieg./lfi//mis");
    expect(a.trailer?.codes).toEqual(["lfi", "mis"]);
    expect(paragraphs(a)).toEqual(["Der Dax stieg."]);
    expect(parseArticle("FRANKFURT (dpa-AFX) - Der Dax stieg./lfi/mis/").trailer?.codes).toEqual(["lfi", "mis"]);
  });

  it("partner copies: a mixed-case place before a partner agency is a dateline", () => {
    const zh = parseArticle("Zürich (awp) - Die Aktie der Beispiel AG stieg./ab/cd");
    expect([zh.dateline?.locations, zh.dateline?.agency]).toEqual([["Zürich"], "awp"]);
    expect(paragraphs(zh)).toEqual(["Die Aktie der Beispiel AG stieg."]);
    const wien = parseArticle("Wien (APA/dpa-AFX) - Die Wiener Börse schloss fester./ab/APA/cd");
    expect([wien.dateline?.locations, wien.dateline?.agency]).toEqual([["Wien"], "APA/dpa-AFX"]);
    expect(parseArticle("Bad Homburg (dpa) - Text./ab").dateline?.locations).toEqual(["Bad Homburg"]);
    // dpa-AFX's own services, where a site re-cased the place: read as the capitals copy reads.
    const cased = parseArticle("Hopfenthal legt zu\n\nFrankfurt/Main (dpa-AFX) - Die Brauerei Hopfenthal hat ihren\nUmsatz gesteigert./mk/DP/nas");
    const upper = parseArticle("Hopfenthal legt zu\n\nFRANKFURT/MAIN (dpa-AFX) - Die Brauerei Hopfenthal hat ihren\nUmsatz gesteigert./mk/DP/nas");
    expect([cased.dateline?.locations, cased.dateline?.agency, cased.dateline?.position?.start.column]).toEqual([["Frankfurt", "Main"], "dpa-AFX", 1]);
    expect([paragraphs(cased), cased.trailer?.codes, cased.diagnostics.map((d) => d.code)]).toEqual([paragraphs(upper), ["mk", "DP", "nas"], upper.diagnostics.map((d) => d.code)]);
    expect(paragraphs(cased)).toEqual(["Die Brauerei Hopfenthal hat ihren Umsatz gesteigert."]);
    // In a feed, such a dateline opens a message.
    const feed = "Hopfenthal legt zu\n\nKiel (dpa-AFX) - Die Werft meldet Aufträge./mk/DP/nas\n\nNordlicht fällt\n\nLübeck (dpa-AFX Analyser) - Die Reederei verliert./ab/DP/cd\n";
    expect(parseFeed(feed).map((m) => [m.headline?.text, m.dateline?.locations, m.dateline?.agency, m.trailer?.codes])).toEqual([
      ["Hopfenthal legt zu", ["Kiel"], "dpa-AFX", ["mk", "DP", "nas"]],
      ["Nordlicht fällt", ["Lübeck"], "dpa-AFX Analyser", ["ab", "DP", "cd"]],
    ]);
    // Every partner agency of the vocabulary, in any case.
    for (const agency of ["APA", "APA/dpa-AFX", "dpa-AFX/APA", "AWP", "awp", "awp/sda", "SDA", "dpa", "dpa-AFX", "dpa-afx", "dpa-AFX Analyser", "dpa-AFX Broker"]) {
      expect(parseArticle(`Genf (${agency}) - Text./ab`).dateline?.agency, agency).toBe(agency);
    }
    // A sentence that is no dateline still says a place in capitals was expected (the partner reading is quiet).
    expect(expected(dpaAfx.rules.dateline, "Zürich (xyz) - Text")).toEqual(["a place in capitals"]);
    expect(expected(dpaAfx.rules.lead, "Der Dax stieg.")).toEqual(["a date prefix like 'date 2026-01-06'", "an editorial note in parentheses", "a place in capitals", "an archive dateline such as 'dpa-afx FRANKFURT. '"]);
    expect(expected(dpaAfx.rules.partnerPlace, "zürich")).toEqual(["a place in mixed case"]);
    expect(expected(dpaAfx.rules.dateline, "FRANKFURT -x")).toEqual(["a dash between spaces"]);
    // Before any other agency, or without one, a mixed-case start is text.
    expect(parseArticle("Titel\n\nDie Aktie (Beispiel) - legte zu./ab").dateline).toBeNull();
    expect(parseArticle("Titel\n\nBayern - Dortmund 2:1 endete das Spiel./ab").dateline).toBeNull();
  });

  it("a copy whose line breaks a data set wrote as Unicode line separators reads as the same copy with line feeds, in the input's own positions", async () => {
    const lines = ["date 2026-04-14", "ROUNDUP: Hopfenthal Werft baut zwei Fähren", "", "Von Mira Köhler, dpa-AFX", "", "KIEL (dpa-AFX) - Die Werft Hopfenthal hat zwei Fähren für die", "Reederei Nordlicht in Auftrag bekommen.", "", "Mehr Arbeit im Sommer", "", "Die Arbeit beginne im Juni, sagte Chefin Mira Köhler./mk/DP/nas", "", "ISIN DE0008404005"];
    const shape = (a: Article) => ({ date: a.date?.text, headline: a.headline?.title, tags: a.headline?.tags, byline: a.byline?.authors, dateline: a.dateline?.locations, sections: a.sections.map((x) => [x.heading?.text ?? null, x.paragraphs.map((p) => p.text)]), trailer: a.trailer?.codes, footers: a.footers.map((f) => f.kind) });
    const plain = parseArticle(lines.join("\n"));
    expect(shape(plain)).toEqual({
      date: "date 2026-04-14",
      headline: "Hopfenthal Werft baut zwei Fähren",
      tags: ["ROUNDUP"],
      byline: ["Mira Köhler"],
      dateline: ["KIEL"],
      sections: [[null, ["Die Werft Hopfenthal hat zwei Fähren für die Reederei Nordlicht in Auftrag bekommen."]], ["Mehr Arbeit im Sommer", ["Die Arbeit beginne im Juni, sagte Chefin Mira Köhler."]]],
      trailer: ["mk", "DP", "nas"],
      footers: ["isin"],
    });
    for (const t of [lines.join("\u2028"), lines.join("\u2028").replaceAll("\u2028\u2028", "\u2028\u2029"), lines.join("\r\n").replace("\r\n\r\nVon", "\u2028\u2028Von")]) {
      const a = parseArticle(t);
      expect(shape(a), JSON.stringify(t)).toEqual(shape(plain));
      expect(uncovered(t, a)).toEqual([]);
      expect(printSource(a)).toBe(t);
      // Positions count the input's own line breaks (\n, \r\n, \r), as vfile does: a separator breaks none.
      const at = pointsOf(t);
      for (const n of [...positionedNodes(a), ...a.diagnostics]) {
        expect(at(n.position!.start.offset)).toEqual(n.position!.start);
        expect(at(n.position!.end.offset)).toEqual(n.position!.end);
      }
    }
    expect(parseArticle(lines.join("\u2028")).trailer?.position?.start.line).toBe(1);
    // In a feed, a message written so on one of the feed's lines reads the same; parseStream agrees.
    const first = "date 2026-04-13\nNordlicht Reederei verkauft Schiffe\n\nHAMBURG (dpa-AFX) - Die Reederei verkauft drei Schiffe./ab/DP/cd";
    const feed = `${first}\n\n${lines.join("\u2028")}\n`;
    const articles = parseFeed(feed);
    expect(articles.map(shape)).toEqual([shape(parseArticle(first)), shape(plain)]);
    expect(articles.map(printSource).join("")).toBe(feed);
    const at = pointsOf(feed);
    for (const a of articles) for (const n of positionedNodes(a)) expect(at(n.position!.start.offset)).toEqual(n.position!.start);
    for (const size of [1, 7, 4096]) {
      expect(JSON.stringify(await collect(parseStream(chunksOf(feed, size))))).toBe(JSON.stringify(articles));
    }
  });

  it("a copy whose words two spaces or entities part, everywhere or here and there, reads as the same copy", async () => {
    const plain = [
      "AXC0211 2026-12-03/09:41",
      "",
      "ANALYSE-FLASH: Nordlicht Bank hebt Ziel für Hopfenthal Werft auf 48 Euro - 'Buy'",
      "",
      "NEW YORK/SANTA CLARA (dpa-AFX Analyser) - Die Nordlicht Bank hat das Kursziel für Hopfenthal Werft von 42 auf 48 Euro angehoben und die Einstufung auf \"Buy\" belassen.",
      "",
      "Was die Werft jetzt vorhat",
      "",
      "Die Werft baue zwei Fähren für die Ostsee, schrieb Analystin Mira Köhler in einer Studie vom Mittwoch. Die Auftragslage sei gut./mk/tb",
      "",
      "Veröffentlichung der Original-Studie: 02.12.2026 / 18:05 / MEZ",
      "Erstmalige Weitergabe der Original-Studie: 02.12.2026 / 18:05 / MEZ",
      "",
      "Datum der Analyse: 02.12.2026",
      "",
      "ISIN DE0008404005",
    ].join("\n");
    const view = (a: Article) => [a.date?.iso, a.headline?.tags, a.headline?.title, a.dateline?.locations, a.dateline?.agency, a.sections.map((x) => x.heading?.text ?? null), paragraphs(a), a.trailer?.codes, a.footers.map((f) => [f.kind, f.value ?? null])];
    const want = view(parseArticle(plain));
    expect(want.slice(1, 6)).toEqual([["ANALYSE-FLASH"], "Nordlicht Bank hebt Ziel für Hopfenthal Werft auf 48 Euro - 'Buy'", ["NEW YORK", "SANTA CLARA"], "dpa-AFX Analyser", [null, "Was die Werft jetzt vorhat"]]);
    const every = (k: number, space: string) => (t: string) => t.replace(/ /g, ((n) => () => (n++ % k === 0 ? space : " "))(0));
    const forms = [every(1, "  "), every(1, "&nbsp;"), every(3, "   "), every(3, "&#160;"), every(5, " &nbsp;")].map((f) => f(plain));
    for (const t of forms) {
      const a = parseArticle(t);
      expect(view(a), t).toEqual(want);
      expect(uncovered(t, a)).toEqual([]);
      expect(printSource(a)).toBe(t);
    }
    // In a feed, each message as parseArticle reads it, and a stream the same.
    const feed = `${forms[0]}\n\n${forms[1]}\n`;
    const articles = parseFeed(feed);
    expect(articles.map(view)).toEqual([want, want]);
    expect(JSON.stringify(await collect(parseStream(chunksOf(feed, 61))))).toBe(JSON.stringify(articles));
  });

  it("a footer glued to the last sentence is cut from the body", () => {
    const t = "WASHINGTON (dpa-AFX) - Stocks moved higher on Monday.Copyright(c) 2017 Beispiel News, Inc.";
    const a = parseArticle(t);
    expect(paragraphs(a)).toEqual(["Stocks moved higher on Monday."]);
    expect(a.footers.map((f) => [f.kind, f.text])).toEqual([["copyright", "Copyright(c) 2017 Beispiel News, Inc."]]);
    expect(uncovered(t, a)).toEqual([]);
    // After a space it is a sentence of the body.
    const cited = "FRANKFURT (dpa-AFX) - Die Preise stiegen. Quelle: Statistisches Amt";
    expect(parseArticle(cited).footers).toEqual([]);
  });

  it("edges of the shapes above, one by one", () => {
    const diag = (t: string, code: string) => parseArticle(t).diagnostics.find((d) => d.code === code)?.position.start;
    // A date prefix glued to the only line of text: that line is the body (as without the prefix), the
    // body starts after the date.
    expect(parseArticle("date 2026-01-06 Dax legt zu\n\n").headline).toBeNull();
    expect(diag("date 2026-01-06 Dax legt zu\n\n", "body/truncated")).toMatchObject({ line: 1, column: 28 });
    expect(diag("date 2026-01-06 Dax legt zu\n\n", "dateline/missing")).toMatchObject({ line: 1, column: 17 });
    expect(paragraphs(parseArticle("date 2026-01-06 Dax legt zu"))).toEqual(["Dax legt zu"]);
    // A short title with a colon's clause end is no headline after a date prefix.
    expect(parseArticle("date 2026-01-06 Die Bank sagte:\n\nDer Dax stieg./ab/cd").headline).toBeNull();
    // Three words are a label, four are not; tabs and no-break spaces separate words too. A word opening
    // with a small letter makes none (a headline's verb or preposition).
    const labelled = (first: string, second: string) => parseArticle(`${first}\n\n${second}\n\nBERLIN (dpa-AFX) - Text./ab/cd`).headline?.text;
    expect(labelled("Börse Frankfurt Aktuell", "Dax legt am Montag zu")).toBe("Dax legt am Montag zu");
    expect(labelled("Börse Frankfurt Aktuell Heute", "Dax legt am Montag zu")).toBe("Börse Frankfurt Aktuell Heute");
    expect(labelled("Börse\tFrankfurt\u00a0Aktuell", "Dax legt am Montag zu")).toBe("Dax legt am Montag zu");
    expect(labelled("Kurz und knapp", "Dax legt am Montag zu")).toBe("Kurz und knapp");
    expect(labelled("iPhone Absatz Rekord", "Dax legt am Montag zu")).toBe("iPhone Absatz Rekord");
    expect(labelled("Kurz\u00a0und knapp", "Dax legt am Montag zu")).toBe("Kurz und knapp");
    expect(labelled("Kurz  und knapp", "Dax legt zu")).toBe("Kurz und knapp");
    // A note's lost "(" needs a known opening word and a closing ")".
    expect(parseArticle("Titel\n\nNeu: Kurse und Stimmen) FRANKFURT (dpa-AFX) - Text.").editorialNote?.kind).toBe("update");
    expect(parseArticle("Titel\n\nWiederholung ohne Ende FRANKFURT (dpa-AFX) - Text.").editorialNote).toBeNull();
    expect(parseArticle("Titel\n\nBerichtigt wird die Zahl) FRANKFURT (dpa-AFX) - Text.").editorialNote?.kind).toBe("correction");
    // A whole note with one inner pair of parentheses still reads.
    expect(parseArticle("Titel\n\n(neu: Kurs (Xetra) ergänzt) FRANKFURT (dpa-AFX) - Text.").editorialNote?.text).toBe("(neu: Kurs (Xetra) ergänzt)");
    // Short capitals: two to five letters, only before a slash.
    const tags = (h: string) => dpaAfx.rules.headline.tryParse(h).tags.map((t) => t.value);
    expect(tags("AB/ROUNDUP: Titel")).toEqual(["AB", "ROUNDUP"]);
    expect(tags("ABCDE/ROUNDUP: Titel")).toEqual(["ABCDE", "ROUNDUP"]);
    expect(tags("ABCDEF/ROUNDUP: Titel")).toEqual(["ABCDEF", "ROUNDUP"]); // six capitals are a tag of their own
    expect(tags("A/ROUNDUP: Titel")).toEqual([]);
    expect(tags("IPO/ROUNDUP - Titel")).toEqual([]);
    expect(tags("IPO/Börsengang: Titel")).toEqual([]);
    expect(tags("IPO/ROUNDUP/Börsengang: Titel")).toEqual(["IPO", "ROUNDUP"]);
    // Bylines: the cut rule at the end, with spaces; a dash inside a name stays.
    const by = (line: string) => parseArticle(`FRANKFURT (dpa-AFX) - Text./ab/cd\n\n${line}`).byline?.text;
    expect(by("--- Von Anna Berg, dpa-AFX --")).toBe("Von Anna Berg, dpa-AFX");
    expect(by("--- Von Anna Berg, dpa-AFX -  ")).toBe("Von Anna Berg, dpa-AFX");
    expect(by("Von Anna Berg-Kurz, dpa-AFX")).toBe("Von Anna Berg-Kurz, dpa-AFX");
    expect(by("--- By Anna Berg, dpa-AFX ---")).toBe("By Anna Berg, dpa-AFX");
    // A headline of an overview item may end in an ellipsis; one ending in a full stop is a sentence.
    const ov = "dpa-AFX Überblick: KONJUNKTUR\n\nDax legt zu ...\n\nFRANKFURT - Text eins.\n\nÖlpreis fällt.\n\nLONDON - Text zwei.";
    expect(parseArticle(ov).items.map((i) => i.headline?.text)).toEqual([]);
    const ov2 = "dpa-AFX Überblick: KONJUNKTUR\n\nDax legt zu ...\n\nFRANKFURT - Text eins.\n\nÖlpreis fällt\n\nLONDON - Text zwei.";
    expect(parseArticle(ov2).items.map((i) => i.headline?.text)).toEqual(["Dax legt zu ...", "Ölpreis fällt"]);
  });

  it("openingWords: the opening words of the note kinds anchored at '(' and case-insensitive only", () => {
    const re = openingWords([/^\(\s*wiederholung/i, /berichtigt/i, /^\(\s*neu\b/, /^\(\s*(?:mehr|weitere)\b/i]);
    expect([re.source, re.flags]).toEqual(["(?:wiederholung)|(?:(?:mehr|weitere)\\b)", "iy"]);
    const none = openingWords([/berichtigt/i]);
    expect(none.test("Berichtigt")).toBe(false);
    expect(none.test("")).toBe(false);
    // Partner places joined by a slash.
    expect(parseArticle("Zürich/Genf (awp) - Text./ab").dateline?.locations).toEqual(["Zürich", "Genf"]);
    expect(parseArticle("Titel\n\nZürich Stadt Land Fluss Meer (awp) - Text./ab").dateline).toBeNull();
  });

  it("the first entry of an overview is an item like the others, also with a month-only date prefix glued to it", () => {
    const t = "date 2026-01 Dax legt zu\n\nFRANKFURT - Der Dax stieg am Montag.\n\nÖlpreise fallen\n\nLONDON - Die Ölpreise fielen.\n\nEuro stabil\n\nNEW YORK - Der Euro blieb stabil.";
    const a = parseArticle(t);
    expect(a.headline).toBeNull();
    expect(a.items.map((i) => [i.headline?.text, i.dateline?.locations[0]])).toEqual([
      ["Dax legt zu", "FRANKFURT"],
      ["Ölpreise fallen", "LONDON"],
      ["Euro stabil", "NEW YORK"],
    ]);
    expect([a.date?.iso, a.date?.precision]).toEqual(["2026-01", "month"]);
    expect(uncovered(t, a)).toEqual([]);
    // A prefix glued to a sentence is no item's headline.
    const s2 = "date 2026-01 Der Dax stieg.\n\nFRANKFURT - Text eins.\n\nÖlpreise fallen\n\nLONDON - Text zwei.";
    expect(parseArticle(s2).items.map((i) => i.headline?.text)).not.toContain("Der Dax stieg.");
  });

  it("site chrome the vocabulary knows, and a label ending in a colon, are chrome above the real headline", () => {
    const head = (first: string) => {
      const t = `${first}\n\nBASF hebt die Prognose an\n\nLUDWIGSHAFEN (dpa-AFX) - BASF hebt die Prognose./ab/cd`;
      const a = parseArticle(t);
      expect(uncovered(t, a)).toEqual([]);
      return [a.headline?.text, a.extras.map((e) => [e.kind, e.text])];
    };
    expect(head('Weitere Suchergebnisse zu "DAX":')).toEqual(["BASF hebt die Prognose an", [["chrome", 'Weitere Suchergebnisse zu "DAX":']]]);
    expect(head("Aktie in diesem Artikel BASF 41,54 EUR")).toEqual(["BASF hebt die Prognose an", [["chrome", "Aktie in diesem Artikel BASF 41,54 EUR"]]]);
    expect(head("Die wichtigsten Meldungen des Tages im Blick:")).toEqual(["BASF hebt die Prognose an", [["chrome", "Die wichtigsten Meldungen des Tages im Blick:"]]]);
    expect(head("Nachrichten | Wirtschaft")).toEqual(["BASF hebt die Prognose an", [["chrome", "Nachrichten | Wirtschaft"]]]);
    // A stamp with its time first is the date, not chrome.
    const stamp = parseArticle("16:44 | 17.01.2020\n\nBASF hebt die Prognose an\n\nLUDWIGSHAFEN (dpa-AFX) - BASF hebt die Prognose./ab/cd");
    expect([stamp.headline?.text, stamp.date?.iso, stamp.extras]).toEqual(["BASF hebt die Prognose an", "2020-01-17T16:44", []]);
    // A known chrome line between the headline and the dateline is no standfirst.
    const below = parseArticle("BASF hebt die Prognose an\nArtikel drucken\n\nLUDWIGSHAFEN (dpa-AFX) - Text./ab/cd");
    expect([below.headline?.text, below.standfirst, below.extras.map((e) => e.kind)]).toEqual(["BASF hebt die Prognose an", null, ["chrome"]]);
    // A headline ending in a colon, alone above the lead, stays the headline.
    expect(parseArticle("Dax-Ausblick: Anleger fragen sich:\n\nFRANKFURT (dpa-AFX) - Text./ab/cd").headline?.text).toBe("Dax-Ausblick: Anleger fragen sich:");
  });

  it("a menu or share bar (short names with bars between) is chrome wherever it stands; a page title with a bar gives way to the headline", () => {
    const lead = "KIEL (dpa-AFX) - Die Hopfenthal Brauerei hat ihre Prognose gesenkt.\n\nDie Aktie fiel um drei Prozent.";
    const read = (t: string) => {
      const a = parseArticle(t);
      expect(uncovered(t, a)).toEqual([]);
      return [a.headline?.text ?? null, paragraphs(a), a.extras.map((e) => [e.kind, e.text])];
    };
    const ps = ["Die Hopfenthal Brauerei hat ihre Prognose gesenkt.", "Die Aktie fiel um drei Prozent."];
    for (const bar of ["Börse | Aktien | Hopfenthal", "Login | Registrieren", "Teilen | Drucken | Merken", "Nachrichten | Wirtschaft | Unternehmen\t", "Börse Frankfurt  |  Aktien Europa Mitte | Hopfenthal AG"]) {
      const shown = bar.trim().replace(/\s+/g, " ");
      // Above the headline, under a blank line or not; alone above the lead; between paragraphs; at the end.
      for (const sep of ["\n", "\n\n"]) expect([bar, read(`${bar}${sep}Hopfenthal senkt Prognose\n\n${lead}`)]).toEqual([bar, ["Hopfenthal senkt Prognose", ps, [["chrome", shown]]]]);
      expect([bar, read(`${bar}\n\n${lead}`)]).toEqual([bar, [null, ps, [["chrome", shown]]]]);
      expect([bar, read(lead.replace("\n\n", `\n\n${bar}\n\n`))]).toEqual([bar, [null, ps, [["chrome", shown]]]]);
      expect([bar, read(`${lead}\n\n${bar}`)]).toEqual([bar, [null, ps, [["chrome", shown]]]]);
    }
    // Under a long paragraph a site cut mid-word, it is not joined to it as a glitch's blank line would be.
    const cut = `KIEL (dpa-AFX) - ${"Die Hopfenthal Brauerei hat ihre Prognose gesenkt, und der Absatz ".repeat(3)}sank im zweiten Quartal auf durchschnittli`;
    expect(read(`${cut}\n\nTeilen | Drucken | Merken`)[2]).toEqual([["chrome", "Teilen | Drucken | Merken"]]);
    // A site's page title with its name, above the headline, is chrome; alone it stays the headline.
    expect(read(`Hopfenthal senkt die Prognose | boerse.example\nHopfenthal senkt Prognose\n\n${lead}`).slice(0, 1)).toEqual(["Hopfenthal senkt Prognose"]);
    expect(read(`Hopfenthal senkt die Prognose | boerse.example\n\n${lead}`)[0]).toBe("Hopfenthal senkt die Prognose | boerse.example");
    // Figures make a table's row, a long name a title, a bar without spaces a word: text, not chrome.
    for (const line of ["Dax | 15.234 | +0,5 %", "Hopfenthal senkt die Prognose | Nordlicht hebt sie an", "Hopfenthal|Nordlicht", "Börse | Aktien und dann noch mehr Text"]) {
      const a = parseArticle(lead.replace("\n\n", `\n\n${line}\n\n`));
      expect([line, a.extras]).toEqual([line, []]);
    }
  });

  it("site chrome between an overview item's paragraphs is chrome, never the item's lead", () => {
    for (const chrome of ["Anzeige", "Lesen Sie auch: Nordlicht hebt Prognose", "Teilen | Drucken | Merken"]) {
      const t = `dpa-AFX Überblick: UNTERNEHMEN vom 04.12.2026\n\nHopfenthal legt zu\n\nKIEL - Der Absatz stieg.\n\n${chrome}\n\nNordlicht fällt\n\nROSTOCK - Der Umsatz sank.\n\n${chrome}\n\nDie Aktie fiel./ab/cd`;
      const a = parseArticle(t);
      expect(uncovered(t, a)).toEqual([]);
      const items = a.items.map((i) => [i.headline?.text, i.paragraphs.map((p) => p.text), t.slice(i.position!.start.offset, i.position!.end.offset).endsWith(i.paragraphs.at(-1)!.text)]);
      expect([chrome, items, a.extras.map((e) => [e.kind, e.text])]).toEqual([
        chrome,
        [["Hopfenthal legt zu", ["Der Absatz stieg."], true], ["Nordlicht fällt", ["Der Umsatz sank.", "Die Aktie fiel."], true]],
        [["chrome", chrome], ["chrome", chrome]],
      ]);
    }
    // An item's lead that reads like chrome after its dateline stays its lead, also where chrome follows it;
    // a paragraph of two lines is no chrome line; an item without text stays one.
    const lead = parseArticle("Hopfenthal legt zu\n\nKIEL - Anzeige\n\nAnzeige\n\nNordlicht fällt\n\nROSTOCK - Der Umsatz sank.\n\nAnzeige\nDer Absatz sank weiter.");
    expect([lead.items.map((i) => i.paragraphs.map((p) => p.text)), lead.extras.map((e) => e.kind)]).toEqual([[["Anzeige"], ["Der Umsatz sank.", "Anzeige Der Absatz sank weiter."]], ["chrome"]]);
    const empty = parseArticle("Hopfenthal legt zu\n\nKIEL - \n\nNordlicht fällt\n\nROSTOCK - Der Umsatz sank.\n\nAnzeige");
    expect([empty.items.map((i) => i.paragraphs.length), empty.extras.map((e) => e.kind)]).toEqual([[0, 1], ["chrome"]]);
  });

  it("site chrome above a copy without a lead dateline leaves the headline below it", () => {
    const body = "Die Hopfenthal Brauerei hat ihre Prognose gesenkt. Der Absatz sei schwach gewesen.\n\nDie Aktie fiel um drei Prozent. KIEL (dpa-AFX)";
    for (const chrome of ["Startseite | Börse | Aktien", "Erweiterte Funktionen", "Login | Registrieren", "Preis | boerse.example | Newsletter"]) {
      const t = `${chrome}\n\ndate 2026-12-04\nHopfenthal senkt die Prognose\n\n${body}`;
      const a = parseArticle(t);
      expect(uncovered(t, a)).toEqual([]);
      expect([chrome, a.headline?.text, paragraphs(a)[0], a.extras.map((e) => e.kind)]).toEqual([chrome, "Hopfenthal senkt die Prognose", "Die Hopfenthal Brauerei hat ihre Prognose gesenkt. Der Absatz sei schwach gewesen.", ["chrome"]]);
    }
    // Without chrome the first line is the headline, as before.
    expect(parseArticle(`date 2026-12-04\nHopfenthal senkt die Prognose\n\n${body}`).headline?.text).toBe("Hopfenthal senkt die Prognose");
  });

  it("a revision number in parentheses is the tag's revision (`AKTIE IM FOKUS (2)`)", () => {
    const h = (line: string) => parseArticle(`${line}\n\nFRANKFURT (dpa-AFX) - Text./ab`).headline!;
    expect([h("AKTIE IM FOKUS (2): Bayer fällt").tags, h("AKTIE IM FOKUS (2): Bayer fällt").flags.revision]).toEqual([["AKTIE IM FOKUS (2)"], 2]);
    expect(h("WDH/AKTIE IM FOKUS (12)/Glyphosat: Bayer fällt").tags).toEqual(["WDH", "AKTIE IM FOKUS (12)"]);
    expect(h("WDH/AKTIE IM FOKUS (12)/Glyphosat: Bayer fällt").flags).toEqual({ repeat: true, correction: false, revision: 12, desk: "AKTIE IM FOKUS (12)" });
    expect(h("ROUNDUP (123): Bayer fällt").tags).toEqual([]);
    expect(h("ROUNDUP (): Bayer fällt").tags).toEqual([]);
    expect(h("ROUNDUP (2: Bayer fällt").tags).toEqual([]);
    expect(h("ROUNDUP 2: Bayer fällt").flags.revision).toBe(2);
  });

  it("a calendar's marker line (`^ HINWEIS`) is a heading; a lone caret is not", () => {
    const t = "TAGESVORSCHAU: Termine am 7. Januar 2026\n\nFRANKFURT (dpa-AFX) - Die wichtigsten Termine:\n\nMITTWOCH\n\n08:00 DEU: Auftragseingang Industrie 11/25\n\n^ HINWEIS\n\nTermine ohne Gewähr./ab/cd";
    expect(parseArticle(t).sections.map((s) => s.heading?.text ?? null)).toEqual([null, "MITTWOCH", "^ HINWEIS"]);
    expect(dpaAfx.rules.heading.parse("^ HINWEIS").status).toBe(true);
    expect(dpaAfx.rules.heading.parse("^  TERMINE").status).toBe(true);
    expect(dpaAfx.rules.heading.parse("^ hinweis").status).toBe(false);
    expect(dpaAfx.rules.heading.parse("^^^").status).toBe(false);
  });

  it("splitRevision: one or two digits after the last space, bare or in parentheses", () => {
    const cases: [string, string, number | null][] = [
      ["ROUNDUP 2", "ROUNDUP", 2],
      ["ROUNDUP 12", "ROUNDUP", 12],
      ["ROUNDUP 10", "ROUNDUP", 10],
      ["ROUNDUP 9", "ROUNDUP", 9],
      ["ROUNDUP (2)", "ROUNDUP", 2],
      ["AKTIE IM FOKUS (2)", "AKTIE IM FOKUS", 2],
      ["AKTIE IM FOKUS (12)", "AKTIE IM FOKUS", 12],
      ["ROUNDUP 123", "ROUNDUP 123", null],
      ["ROUNDUP (123)", "ROUNDUP (123)", null],
      ["ROUNDUP ()", "ROUNDUP ()", null],
      ["ROUNDUP (2", "ROUNDUP (2", null],
      ["ROUNDUP (23", "ROUNDUP (23", null],
      ["ROUNDUP 2)", "ROUNDUP 2)", null],
      ["ROUNDUP (X)", "ROUNDUP (X)", null],
      ["ROUNDUP 2X", "ROUNDUP 2X", null],
      ["ROUNDUP 2a", "ROUNDUP 2a", null],
      ["ROUNDUP /", "ROUNDUP /", null],
      ["ROUNDUP :", "ROUNDUP :", null],
      ["ROUNDUP", "ROUNDUP", null],
      ["AKTIE IM FOKUS", "AKTIE IM FOKUS", null],
      ["ROUNDUP ", "ROUNDUP ", null],
    ];
    for (const [tag, word, revision] of cases) expect([tag, splitRevision(tag)]).toEqual([tag, { word, revision }]);
  });

  it("labels and edges of the chrome, heading and dated-item readings", () => {
    expect(expected(dpaAfx.rules.chromeLine, "Hallo Welt")).toEqual(["a line of site chrome"]);
    expect(expected(dpaAfx.rules.heading, "^ hinweis")).toEqual(["a heading"]);
    // A "prefix" glued to the next word without a space is no date prefix: the whole line is the headline.
    const glued = "date 2026-01Dax legt zu\n\nFRANKFURT - Text eins.\n\nÖlpreise fallen\n\nLONDON - Text zwei.\n\nEuro stabil\n\nPARIS - Text drei.";
    expect(parseArticle(glued).items.map((i) => i.headline?.text)).toEqual(["date 2026-01Dax legt zu", "Ölpreise fallen", "Euro stabil"]);
    expect(parseArticle(glued).dates).toEqual([]);
    // A date prefix alone on the line above an item's dateline opens no item either.
    const alone = "date 2026-01\n\nFRANKFURT - Text eins.\n\nÖlpreise fallen\n\nLONDON - Text zwei.\n\nEuro stabil\n\nPARIS - Text drei.";
    expect(parseArticle(alone).items.map((i) => i.headline?.text)).toEqual(["Ölpreise fallen", "Euro stabil"]);
    // The glued date is a prefix date of the message.
    const dated = parseArticle("date 2026-01 Dax legt zu\n\nFRANKFURT - Text eins.\n\nÖlpreise fallen\n\nLONDON - Text zwei.");
    expect(dated.dates.map((d) => [d.source, d.iso])).toEqual([["prefix", "2026-01"]]);
  });

  it("glued footers after every sentence end; markup extras in input order among other extras", () => {
    for (const end of ["!", "?", '"', ")"]) {
      const t = `WASHINGTON (dpa-AFX) - Stocks moved higher${end}Copyright(c) 2020 Beispiel News, Inc.`;
      expect([end, parseArticle(t).footers.map((f) => f.kind)]).toEqual([end, ["copyright"]]);
    }
    // Markup extras stand where the tags do, before an extra found later in the text.
    const t = "<p>FRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd</p>\n\nMehr zum Thema";
    const a = parseArticle(t);
    expect(a.extras.map((e) => [e.kind, t.slice(e.position!.start.offset, e.position!.end.offset)])).toEqual([
      ["markup", "<p>"],
      ["markup", "</p>"],
      ["chrome", "Mehr zum Thema"],
    ]);
    // A body of nothing but an ellipsis was cut off too.
    expect(parseArticle("FRANKFURT (dpa-AFX) - ...").diagnostics.map((d) => d.code)).toContain("body/truncated");
  });

  it("RTT News' sign-off in English-service copy is a contact footer, on its own line or glued to the last sentence", () => {
    const text = "German Orders Rise\n\nBERLIN (dpa-AFX) - German factory orders rose in January, data showed on Tuesday.\n\nEconomists had forecast a smaller rise.";
    const own = parseArticle(`${text}\n\nFor comments and feedback contact: editorial@example.com\n\nCopyright(c) 2025 RTTNews.com. All Rights Reserved`);
    expect([paragraphs(own).at(-1), own.footers.map((f) => [f.kind, f.value])]).toEqual(["Economists had forecast a smaller rise.", [["contact", "editorial@example.com"], ["copyright", null]]]);
    expect(uncovered(`${text}\n\nFor comments and feedback contact: editorial@example.com`, parseArticle(`${text}\n\nFor comments and feedback contact: editorial@example.com`))).toEqual([]);
    const glued = parseArticle(`${text}For comments and feedback contact: editorial@example.com`);
    expect([paragraphs(glued).at(-1), glued.footers.map((f) => f.kind)]).toEqual(["Economists had forecast a smaller rise.", ["contact"]]);
  });

  it("links to other articles, an advertisement's label and a picture's credit between paragraphs are chrome, not headings or paragraphs", () => {
    const text = (line: string) => `Siemens hebt Prognose an\n\nMÜNCHEN (dpa-AFX) - Siemens hat die Jahresziele angehoben.\n\n${line}\n\nDie Aktie legte zu./ab/DP/cd`;
    const lines = ["Anzeige", "Werbung", "Anzeige  ", "Lesen Sie auch: BASF senkt Prognose", "Mehr zum Thema", "Das könnte Sie auch interessieren", "Foto: Sven Hoppe/dpa", "Fotos :\tdpa", "Bildquelle: Siemens AG", "Bildnachweis:  picture alliance", "Titelbild: Siemens", "Bild: picture alliance / dpa", "Bild :\tdpa"];
    for (const line of lines) {
      const a = parseArticle(text(line));
      expect([line, paragraphs(a), a.sections.map((x) => x.heading?.text ?? null), a.extras.map((x) => x.kind)]).toEqual([line, ["Siemens hat die Jahresziele angehoben.", "Die Aktie legte zu."], [null], ["chrome"]]);
    }
    // At the very end of a text, and above the headline.
    expect(parseArticle("MÜNCHEN (dpa-AFX) - Siemens hat die Jahresziele angehoben.\n\nAnzeige").extras.map((x) => x.kind)).toEqual(["chrome"]);
    expect(parseArticle(`Anzeige\n${text("Die Bilanz")}`).headline?.text).toBe("Siemens hebt Prognose an");
    expect(parseArticle(`Bild: picture alliance / dpa\n${text("Die Bilanz")}`).headline?.text).toBe("Siemens hebt Prognose an");
    // Words that only start like it are text: a heading, or a line of the body.
    for (const line of ["Anzeige gegen den Vorstand", "Lesen Sie auchmal", "Foto:Siemens", "Fotostrecke zum Werk"]) {
      expect([line, parseArticle(text(line)).extras]).toEqual([line, []]);
    }
  });

  it("links to more of a site's news and a comment counter are chrome, also after a body without trailer", () => {
    const body = "Siemens hebt Prognose an\n\nMÜNCHEN (dpa-AFX) - Siemens hat die Jahresziele angehoben.\n\nDie Aktie legte zu.";
    for (const line of ["Weitere Nachrichten", "Mehr News zu Siemens", "Alle Meldungen", "Diesen Artikel drucken", "Kommentare (0)", "Kommentare (128)", "Kommentar", "Kommentare"]) {
      const a = parseArticle(`${body}\n\n${line}`);
      expect([line, paragraphs(a), a.extras.map((x) => x.kind)]).toEqual([line, ["Siemens hat die Jahresziele angehoben.", "Die Aktie legte zu."], ["chrome"]]);
    }
    // Words that only start like it, and the capitals of an overview's heading, are text.
    for (const line of ["Weitere Nachrichtenagenturen berichten", "Kommentare (0) und mehr", "Kommentare (0)x", "Mehr Umsatz", "WEITERE MELDUNGEN"]) {
      expect([line, parseArticle(`${body}\n\n${line}`).extras]).toEqual([line, []]);
    }
  });

  it("a section heading may open with a number and a word (2027 wird schwierig); a list's number or a calendar row does not", () => {
    const text = (line: string) => `Hopfenthal hebt Prognose an\n\nBERLIN (dpa-AFX) - Hopfenthal hat die Jahresziele angehoben.\n\n${line}\n\nDer Konzern erwartet in allen Sparten mehr Umsatz als bisher./ab/DP/cd`;
    for (const line of ["2027 wird schwierig", "5 Fragen an den Vorstand", "100 Tage im Amt"]) {
      const a = parseArticle(text(line));
      expect([line, a.sections.map((x) => x.heading?.text ?? null), paragraphs(a).length]).toEqual([line, [null, line], 2]);
    }
    for (const line of ["1. Der Umsatz", "10:00 DEU: Ifo-Index", "19.486,19 Punkte"]) {
      const a = parseArticle(text(line));
      expect([line, a.sections.map((x) => x.heading?.text ?? null), paragraphs(a).length]).toEqual([line, [null], 3]);
    }
  });
});

describe("a headline glued to the dateline", () => {
  it("a copy that joined title and text with a space keeps its headline, dateline and lead", () => {
    const t = "date 2026-03-02 ROUNDUP: Hopfenthal senkt Prognose FRANKFURT (dpa-AFX) - Der Brauer Hopfenthal hat seine Prognose gesenkt.\n\nDer Absatz sei gefallen./ab/DP/cd";
    const a = parseArticle(t);
    expect(a.date?.iso.slice(0, 10)).toBe("2026-03-02");
    expect(a.headline?.text).toBe("ROUNDUP: Hopfenthal senkt Prognose");
    expect(a.headline?.tags).toEqual(["ROUNDUP"]);
    expect(a.headline?.position?.start.offset).toBe(16);
    expect(a.dateline?.locations).toEqual(["FRANKFURT"]);
    expect(paragraphs(a)).toEqual(["Der Brauer Hopfenthal hat seine Prognose gesenkt.", "Der Absatz sei gefallen."]);
    expect(a.trailer?.codes).toEqual(["ab", "DP", "cd"]);
    expect(a.diagnostics).toEqual([]);
    expect(uncovered(t, a)).toEqual([]);
  });

  it("a page that joined title and text with line-break tags keeps its headline, dateline and lead", () => {
    const t = "<h1>Hopfenthal senkt Prognose</h1><p>FRANKFURT (dpa-AFX) - Der Brauer Hopfenthal hat seine Prognose gesenkt.</p><p>Der Absatz sei gefallen./ab/DP/cd</p>";
    const a = parseArticle(t);
    expect(a.headline?.text).toBe("Hopfenthal senkt Prognose");
    expect([a.headline?.position?.start.offset, a.headline?.position?.end.offset]).toEqual([4, 29]);
    expect(a.dateline?.locations).toEqual(["FRANKFURT"]);
    expect(a.dateline?.position?.start.offset).toBe(t.indexOf("FRANKFURT"));
    expect(paragraphs(a)).toEqual(["Der Brauer Hopfenthal hat seine Prognose gesenkt.", "Der Absatz sei gefallen."]);
    expect(a.trailer?.codes).toEqual(["ab", "DP", "cd"]);
    expect(a.diagnostics.map((d) => d.code)).toEqual(["input/html"]);
    const br = parseArticle("Hopfenthal senkt Prognose<br><br>NEW YORK (dpa-AFX) - Der Brauer senkt seine Prognose.<br><br>Der Absatz fiel./ab/DP/cd");
    expect([br.headline?.text, br.dateline?.locations, paragraphs(br)]).toEqual(["Hopfenthal senkt Prognose", ["NEW YORK"], ["Der Brauer senkt seine Prognose.", "Der Absatz fiel."]]);
    // After the break, a dateline without agency reads as at a line's start; after a tag that breaks nothing it does not.
    const flash = parseArticle("Lindqvist senkt Hopfenthal auf 'Verkaufen'</p><p>FRANKFURT - Die Bank Lindqvist hat Hopfenthal abgestuft.");
    expect([flash.headline?.text, flash.dateline?.locations, paragraphs(flash)]).toEqual(["Lindqvist senkt Hopfenthal auf 'Verkaufen'", ["FRANKFURT"], ["Die Bank Lindqvist hat Hopfenthal abgestuft."]]);
    expect(parseArticle("Lindqvist senkt Hopfenthal<b>FRANKFURT - Die Bank hat abgestuft.").dateline).toBeNull();
    expect(parseArticle("Lindqvist senkt Hopfenthal FRANKFURT - Die Bank hat abgestuft.").dateline).toBeNull();
    // A sentence before the tags is the text of a message, not a headline.
    expect(parseArticle("Der Dax stieg.<br><br>FRANKFURT (dpa-AFX) - Der Brauer senkt seine Prognose./ab/DP/cd").headline).toBeNull();
  });

  it("a short name in capitals ending the headline stays in it; a place of two words stays whole", () => {
    const a = parseArticle("Nordlicht wächst in den USA NEW YORK (dpa-AFX) - Die Nordlicht AG wächst./ab/DP/cd");
    expect(a.headline?.text).toBe("Nordlicht wächst in den USA");
    expect(a.dateline?.locations).toEqual(["NEW YORK"]);
  });

  it("a feed whose messages lost the break under their titles splits at each one", async () => {
    const t = [
      "Hopfenthal senkt Prognose MÜNCHEN (dpa-AFX) - Der Brauer Hopfenthal senkt seine Prognose./ab/DP/cd",
      "Lindqvist verkauft Sparte BAD HOMBURG (dpa-AFX) - Lindqvist trennt sich von einer Sparte./ef/DP/gh",
    ].join("\n\n");
    expect(parseFeed(t).map((a) => [a.headline?.text, a.dateline?.locations, a.trailer?.text])).toEqual([
      ["Hopfenthal senkt Prognose", ["MÜNCHEN"], "/ab/DP/cd"],
      ["Lindqvist verkauft Sparte", ["BAD HOMBURG"], "/ef/DP/gh"],
    ]);
    await expect(collect(parseStream([t]))).resolves.toHaveLength(2);
  });

  it("a feed message's standfirst right under its headline stays with it where a date line tops the message", async () => {
    const msg = (date: string, head: string, sf: string, lead: string) => `${date}\n${head}\n${sf}\n\n${lead}`;
    const t = [
      msg("date 2026-12-04", "Hopfenthal senkt die Prognose", "Der Brauer leidet unter dem kühlen Sommer", "KIEL (dpa-AFX) - Die Hopfenthal Brauerei hat ihre Prognose gesenkt./ab/cd"),
      msg("04.12.2026", "Nordlicht hebt Ziele an", "Der Windparkbetreiber profitiert vom stürmischen Herbst.", "ROSTOCK (dpa-AFX) - Nordlicht hat die Ziele angehoben./ef/gh"),
      msg("date 2026-12-04", "ROUNDUP: Lindqvist verkauft Sparte", "Der Erlös soll in den Schuldenabbau fließen.", "BAD HOMBURG (dpa-AFX) - Lindqvist trennt sich von einer Sparte./ij/kl"),
    ].join("\n\n");
    const read = (articles: Article[]) => articles.map((a) => [a.date?.iso, a.headline?.text, a.standfirst?.text, a.dateline?.locations]);
    const want = [
      ["2026-12-04", "Hopfenthal senkt die Prognose", "Der Brauer leidet unter dem kühlen Sommer", ["KIEL"]],
      ["2026-12-04", "Nordlicht hebt Ziele an", "Der Windparkbetreiber profitiert vom stürmischen Herbst.", ["ROSTOCK"]],
      ["2026-12-04", "ROUNDUP: Lindqvist verkauft Sparte", "Der Erlös soll in den Schuldenabbau fließen.", ["BAD HOMBURG"]],
    ];
    expect(read(parseFeed(t))).toEqual(want);
    expect(read(await collect(parseStream([t])))).toEqual(want);
    // Without a date line on top, a heading and the last line of the message before are not read as a
    // headline and its standfirst; nor is a line holding a trailer a standfirst.
    const lastLines = "ROSTOCK (dpa-AFX) - Der Umsatz stieg.\n\nAusblick\nDie Aktie dürfte weiter steigen.\n\nKIEL (dpa-AFX) - Der Absatz sank./ab/cd";
    expect(parseFeed(lastLines).map((a) => [a.headline?.text ?? null, a.dateline?.locations])).toEqual([[null, ["ROSTOCK"]], [null, ["KIEL"]]]);
    const trailer = "date 2026-12-04\nNordlicht hebt Ziele an\n\nROSTOCK (dpa-AFX) - Text./ef/gh\n\ndate 2026-12-04\nAusblick\nDie Aktie fiel./ab/cd\n\nKIEL (dpa-AFX) - Der Absatz sank./ij/kl";
    expect(parseFeed(trailer).map((a) => [a.headline?.text ?? null, a.standfirst?.text ?? null])).toEqual([["Nordlicht hebt Ziele an", null], ["Ausblick", null], [null, null]]);
  });

  it("a message glued to the one before, after its trailer or a closed quotation, is not split into a headline", () => {
    for (const t of ["FRANKFURT (dpa-AFX) - Der Dax stieg./ab/DP/cd BERLIN (dpa-AFX) - Die Regierung berät.", 'FRANKFURT (dpa-AFX) - Er sagte: "Gut." BERLIN (dpa-AFX) - Die Regierung berät.']) {
      const a = parseArticle(t);
      expect(a.headline).toBeNull();
      expect(a.dateline?.locations).toEqual(["FRANKFURT"]);
    }
  });
});

describe("bylines as sites print them", () => {
  it("stands between headline and dateline as a byline; the headline stays", () => {
    const a = parseArticle("Hopfenthal senkt Prognose\n\nvon Anna Berg, dpa-AFX\n\nMÜNCHEN (dpa-AFX) - Der Brauer senkt seine Prognose./ab/DP/cd");
    expect([a.headline?.text, a.byline?.text, a.byline?.authors, a.diagnostics.map((d) => d.code)]).toEqual(["Hopfenthal senkt Prognose", "von Anna Berg, dpa-AFX", ["Anna Berg"], []]);
  });
  it("a site's author label above the dateline is the byline", () => {
    const a = parseArticle("Hopfenthal senkt Prognose\n\nAutorin: Anna Berg\n\nMÜNCHEN (dpa-AFX) - Der Brauer senkt seine Prognose./ab/DP/cd");
    expect([a.headline?.text, a.byline?.text, a.byline?.authors]).toEqual(["Hopfenthal senkt Prognose", "Autorin: Anna Berg", ["Anna Berg"]]);
  });
});

describe("no-break spaces, as web copies join words with them", () => {
  const NB = "\u00a0";
  // Our own message, then the same with a no-break space (of each kind) at every place a rule reads a space.
  const plain = [
    "date 2026-12-03",
    "Aktien Frankfurt Schluss: Hopfenthal zieht den Dax nach oben",
    "",
    "Von Anna Berg, dpa-AFX",
    "",
    "NEW YORK/BAD HOMBURG (dpa-AFX Analyser) - Der Brauer Hopfenthal hat die Prognose angehoben.",
    "",
    "Die Aktie stieg um drei Prozent./ab/DP/cd",
    "",
    "Quelle: dpa-AFX",
    "ISIN DE0008469008",
  ].join("\n");
  const spaced = (nb: string) =>
    plain
      .replace("date 2026", `date${nb}2026`)
      .replace("Frankfurt Schluss: Hopfenthal", `Frankfurt${nb}Schluss:${nb}Hopfenthal`)
      .replace("Von Anna", `Von${nb}Anna`)
      .replace("NEW YORK/BAD HOMBURG (", `NEW${nb}YORK/BAD${nb}HOMBURG${nb}(`)
      .replace("Analyser) - Der", `Analyser)${nb}-${nb}Der`)
      .replace("Quelle: dpa", `Quelle:${nb}dpa`)
      .replace("ISIN DE", `ISIN${nb}DE`);
  const shape = (a: ReturnType<typeof parseArticle>) => ({
    date: a.date?.iso,
    headline: [a.headline?.tags, a.headline?.title],
    byline: a.byline?.authors,
    dateline: [a.dateline?.locations, a.dateline?.agency],
    paragraphs: a.sections.flatMap((s) => s.paragraphs.map((p) => p.text)),
    trailer: a.trailer?.codes,
    footers: a.footers.map((f) => [f.kind, f.text]),
    diagnostics: a.diagnostics.map((d) => d.code),
  });

  it("reads every element as with plain spaces, for each no-break space", () => {
    const want = shape(parseArticle(plain));
    expect(want.headline).toEqual([["Aktien Frankfurt Schluss"], "Hopfenthal zieht den Dax nach oben"]);
    expect(want.dateline).toEqual([["NEW YORK", "BAD HOMBURG"], "dpa-AFX Analyser"]);
    for (const nb of [NB, "\u202f"]) {
      const input = spaced(nb);
      expect(input).not.toBe(plain);
      expect([nb, shape(parseArticle(input))]).toEqual([nb, want]);
    }
  });

  it("keeps the input as it came: positions are the input's, printSource gives it back, raw slices hold the no-break spaces", () => {
    const input = spaced(NB);
    const a = parseArticle(input);
    const b = parseArticle(plain);
    expect(JSON.stringify(a.position)).toBe(JSON.stringify(b.position));
    expect(a.dateline!.position).toEqual(b.dateline!.position);
    expect(printSource(a)).toBe(input);
    const p = a.dateline!.position!;
    expect(input.slice(p.start.offset, p.end.offset)).toBe(`NEW${NB}YORK/BAD${NB}HOMBURG${NB}(dpa-AFX Analyser)${NB}-`);
    // Other odd spaces are no plain spaces to the rules: a tab between the place's words ends the place.
    expect(parseArticle("NEW\tYORK (dpa-AFX) - Text./ab/cd").dateline?.locations).not.toEqual(["NEW YORK"]);
  });

  it("splits a feed and a stream whose messages use them as it splits one with plain spaces", async () => {
    const feed = [spaced(NB), spaced(NB).replace("Hopfenthal zieht", "Lindqvist zieht")].join("\n\n");
    const heads = parseFeed(feed).map((a) => a.headline?.title);
    expect(heads).toEqual(["Hopfenthal zieht den Dax nach oben", "Lindqvist zieht den Dax nach oben"]);
    for (const size of [1, 7, 64]) {
      const streamed = await collect(parseStream(chunksOf(feed, size)));
      expect([size, streamed.map((a) => JSON.stringify(a))]).toEqual([size, parseFeed(feed).map((a) => JSON.stringify(a))]);
      expect(streamed.map((a) => printSource(a)).join("")).toBe(feed);
    }
  });
});

describe("a dateline's dash as scraped copies write it", () => {
  it.each([
    ["an en dash whose UTF-8 was read as Windows-1252", "KIEL (dpa-AFX) \u00e2\u20ac\u201c "],
    ["an em dash read so", "KIEL (dpa-AFX) \u00e2\u20ac\u201d "],
    ["a minus sign", "KIEL (dpa-AFX) \u2212 "],
    ["a colon after the agency", "KIEL (dpa-AFX): "],
  ])("%s", (_, dateline) => {
    const a = parseArticle(`Hopfenthal hebt Prognose an\n\n${dateline}Die Brauerei hob ihre Prognose an./ab/DP/cd`);
    expect(a.dateline).toMatchObject({ locations: ["KIEL"], agency: "dpa-AFX", text: dateline.trimEnd() });
    expect(paragraphs(a)[0]).toBe("Die Brauerei hob ihre Prognose an.");
    expect(a.diagnostics).toEqual([]);
  });
});
