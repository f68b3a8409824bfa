// Every entry of the dpa-AFX vocabulary has an effect a reader can see: each list below is written out
// here (not read from the vocabulary), so an entry dropped or misspelt there fails a row. Texts are our
// own, in dpa-AFX style. Written against the survivors of mutation testing (vocabulary entries emptied
// one at a time survived every whole-text test).
import { describe, expect, it } from "vitest";
import { dpaAfx, dpaBasic, parseArticle } from "../src/index.js";
import { exec } from "../src/combinators/fast.js";

const lead = "FRANKFURT (dpa-AFX) - Der Dax stieg./ab/DP/cd";
const headlineOf = (line: string) => parseArticle(`${line}: Dax legt zu\n\n${lead}`).headline;

describe("the vocabulary, entry by entry", () => {
  type Flags = { repeat: boolean; correction: boolean; desk: string | null };
  it.each<[string, Flags]>([
    ["WDH", { repeat: true, correction: false, desk: null }],
    ["KORREKTUR", { repeat: false, correction: true, desk: null }],
    ["ROUNDUP", { repeat: false, correction: false, desk: null }],
    ["GESAMT-ROUNDUP", { repeat: false, correction: false, desk: null }],
    ["REPEAT", { repeat: true, correction: false, desk: null }],
    ["CORRECTION", { repeat: false, correction: true, desk: null }],
    ["CORRECTED", { repeat: false, correction: true, desk: null }],
    ["UPDATE", { repeat: false, correction: false, desk: null }],
    ["EILMELDUNG", { repeat: false, correction: false, desk: null }],
    ["EIL", { repeat: false, correction: false, desk: null }],
    ...["AKTIE IM FOKUS", "AKTIEN IM FOKUS", "WOCHENAUSBLICK", "WOCHENVORSCHAU", "TAGESVORSCHAU", "ANALYSE", "PRESSESCHAU", "MÄRKTE", "FONDS"].map(
      (tag): [string, Flags] => [tag, { repeat: false, correction: false, desk: tag }],
    ),
  ])("upper tag %s", (tag, flags) => {
    const h = headlineOf(tag);
    expect(h?.tags).toEqual([tag]);
    expect(h?.flags).toMatchObject(flags);
  });

  it("the English service's tags mark a dpa-AFX copy as the German ones do; an unknown tag in capitals does not", () => {
    const marked = (tag: string) => !parseArticle(`${tag}: Siemens beats forecasts\n\nSiemens beat the forecasts on Monday.`).diagnostics.some((d) => d.code === "input/not-dpa-afx");
    expect(["UPDATE", "REPEAT", "CORRECTION", "CORRECTED", "KORREKTUR", "MARKETS"].map(marked)).toEqual([true, true, true, true, true, false]);
    // Each means what its German counterpart means, as a user reading the vocabulary sees it.
    const meaning = (tag: string) => dpaAfx.vocabulary.upperTags.find((t) => t.tag === tag)?.meaning;
    expect(["UPDATE", "REPEAT", "CORRECTION", "CORRECTED"].map(meaning)).toEqual(["ROUNDUP", "WDH", "KORREKTUR", "KORREKTUR"].map(meaning));
  });

  it.each(["-FLASH", "-MONITOR", "-ROUNDUP", "-AUSBLICK", "-VORSCHAU", "-UMFRAGE", "-KOLUMNE"])("tag suffix %s makes words in capitals a tag", (suffix) => {
    // Two words: only the suffix makes them a tag (an unknown tag in capitals is one word).
    expect(headlineOf(`AKTIEN EUROPA${suffix}`)?.tags).toEqual([`AKTIEN EUROPA${suffix}`]);
  });

  it("a rule of five dashes after a footer on its line is a footer of its own; a site label may end the text", () => {
    const footers = parseArticle(`${lead}\n\nQuelle: dpa-AFX -----`).footers;
    expect(footers.map((f) => [f.kind, f.text])).toEqual([
      ["source", "Quelle: dpa-AFX"],
      ["rule", "-----"],
    ]);
    expect(parseArticle("Dax legt zu\ndpa-AFX").extras.map((e) => e.kind)).toEqual(["siteLabel"]);
  });

  it.each(["Aktien", "Anleihen", "Deutsche Anleihen", "US-Anleihen", "Devisen", "Ölpreis", "Ölpreise", "Goldpreis", "Erdgaspreis", "Rohstoffe", "Metalle", "Kryptowährungen", "Börse", "Stocks"])(
    "desk head %s",
    (head) => {
      expect(headlineOf(head)?.flags.desk).toBe(head);
      expect(headlineOf(`${head} Europa Schluss`)?.flags.desk).toBe(`${head} Europa Schluss`);
    },
  );

  it.each(["dpa-AFX Überblick", "dpa-AFX-Überblick", "dpa-AFX Börsentag auf einen Blick", "Pressestimme"])("other tag %s", (tag) => {
    expect(headlineOf(tag)?.tags).toEqual([tag]);
  });

  it.each(["dpa-AFX", "dpa-AFX Analyser", "dpa-AFX Broker", "dpa", "APA", "AWP", "dpa-AFX/APA"])("agency %s is known", (agency) => {
    const a = parseArticle(`FRANKFURT (${agency}) - Der Dax stieg./ab/DP/cd`);
    expect(a.dateline?.agency).toBe(agency);
    expect(a.diagnostics.map((d) => d.code)).toEqual([]);
  });

  it("an agency the vocabulary does not know is read and reported", () => {
    expect(parseArticle("FRANKFURT (XYZ) - Der Dax stieg./ab/DP/cd").diagnostics.map((d) => [d.code, d.severity])).toEqual([["dateline/unknown-agency", "info"]]);
  });

  it.each(["APA", "APA/dpa-AFX", "dpa-AFX/APA", "AWP", "awp/sda", "SDA", "dpa", "dpa-AFX", "dpa-AFX Analyser", "dpa-AFX Broker"])("partner agency %s lets a mixed-case place open a dateline", (agency) => {
    expect(parseArticle(`Zürich (${agency}) - Der SMI stieg./ab/DP/cd`).dateline).toMatchObject({ locations: ["Zürich"], agency });
  });

  it.each([
    ["am", "Frankfurt am Main"],
    ["an der", "Halle an der Saale"],
    ["im", "Freiburg im Breisgau"],
    ["in der", "Neumarkt in der Oberpfalz"],
    ["ob der", "Rothenburg ob der Tauber"],
  ])("place joiner %s may stand inside a mixed-case place", (joiner, place) => {
    expect(parseArticle(`${place} (dpa) - Der Kreis meldet Zahlen./ab/DP/cd`).dateline?.locations).toEqual([place]);
  });

  it.each(["dpa-AFX", "AFX News", "APA", "AWP Finanznachrichten", "RTT News", "Reuters"])("byline agency %s", (agency) => {
    expect(parseArticle(`Von Anna Ringle, ${agency}\n${lead}`).byline).toMatchObject({ authors: ["Anna Ringle"], agency });
  });

  it.each(["von", "vom", "van", "der", "den", "de", "des", "di", "da", "du", "del", "la", "le", "zu", "zur", "y", "und", "and", "&"])("name particle %s may stand inside a byline's names", (particle) => {
    expect(parseArticle(`Von Jan ${particle} Berg, dpa-AFX\n${lead}`).byline?.text).toBe(`Von Jan ${particle} Berg, dpa-AFX`);
  });

  it("a word in small letters that is no particle makes the line no byline: a headline opening with 'Von'", () => {
    const a = parseArticle(`Von der Leyen warnt vor Zöllen\n\n${lead}`);
    expect([a.headline?.text, a.byline]).toEqual(["Von der Leyen warnt vor Zöllen", null]);
    expect(parseArticle(`Von Jan bei Berg, dpa-AFX\n\n${lead}`).byline).toBeNull();
  });

  it("a last comma part that names no agency is an author (every agency in the list is a word, none empty)", () => {
    expect(parseArticle(`Von Anna Ringle, Jörg Ratzsch\n${lead}`).byline).toMatchObject({ authors: ["Anna Ringle", "Jörg Ratzsch"], agency: null });
  });

  it.each<[string, string]>([
    ["(Wiederholung: mit Bild)", "repeat"],
    ["(Berichtigt wird der Kurs)", "correction"],
    ["(Korrektur: im zweiten Absatz)", "correction"],
    ...["berichtigt", "korrigiert", "gestrichen", "ergänzt", "Tippfehler"].map((w): [string, string] => [`(Im zweiten Absatz wurde ${w})`, "correction"]),
    ["(neu: mit Zahlen)", "update"],
    ["(Aktualisiert: Schlusskurse)", "update"],
    ["(Mit Grafik)", "other"],
    // Spaces after the parenthesis, and a note whose "(" a copy lost: the kinds anchored at "(" still tell it.
    ["( Wiederholung: mit Bild)", "repeat"],
    ["( Berichtigt wird der Kurs)", "correction"],
    ["( neu: mit Zahlen)", "update"],
    ["Wiederholung: mit Bild)", "repeat"],
    ["Korrektur: im zweiten Absatz)", "correction"],
    ["Aktualisiert: Schlusskurse)", "update"],
  ])("note %s is of kind %s", (note, kind) => {
    expect(parseArticle(`${note}\n${lead}`).editorialNote?.kind).toBe(kind);
  });

  it.each([
    ["Veröffentlichung der Original-Studie: 12.03.2026", "disclosure", null],
    ["Erstmalige Weitergabe der Original-Studie: 12.03.2026", "disclosure", null],
    ["Hinweis: Informationen zur Offenlegungspflicht", "notice", null],
    ["Datum der Analyse: 17.11.2017", "analysisDate", null],
    ["Gemäß der Einstufung der Bank", "ratingExplanation", null],
    ["Analysierendes Institut Beispielbank", "ratingExplanation", null],
    ["ISIN DE0008404005", "isin", "DE0008404005"],
    ["ISIN: DE0008404005", "isin", "DE0008404005"],
    ["Quelle: dpa-AFX", "source", "dpa-AFX"],
    ["Source: RTT News/dpa-AFX", "source", "RTT News/dpa-AFX"],
    ["Copyright dpa-AFX", "copyright", null],
    ["Copyright(c) 2017 RTTNews.com", "copyright", null],
    ["© dpa-AFX", "copyright", null],
    ["(c) dpa-AFX 2024", "copyright", null],
    ["(C) 2024 dpa-AFX", "copyright", null],
    ["(c)  dpa-AFX", "copyright", null],
    ["For comments and feedback contact: editorial@example.com", "contact", "editorial@example.com"],
    ["For comments and feedback contact:\t editorial@example.com", "contact", "editorial@example.com"],
    ["AXC0135 2017-07-27/11:08", "feedStamp", "AXC0135"],
    ["dpa-AFX Analyser - die Analysen", "product", null],
    ["=====", "rule", null],
    ["Alle Angaben ohne Gewähr.", "disclaimer", null],
    ["Alle Angaben ohne Gewähr", "disclaimer", null],
    ["Alle  Angaben  ohne  Gewähr!", "disclaimer", null],
    ["Keine Anlageberatung.", "disclaimer", null],
    ["keine Anlageberatung.", "disclaimer", null],
    ["Dies ist keine Anlageberatung.", "disclaimer", null],
    ["Haftungsausschluss: Die Angaben sind ohne Gewähr.", "disclaimer", null],
    ["Disclaimer: no investment advice.", "disclaimer", null],
  ])("footer %s is of kind %s", (line, kind, value) => {
    expect(parseArticle(`${lead}\n${line}`).footers.map((f) => [f.kind, f.value])).toEqual([[kind, value]]);
  });
  it("reads a `(c)` as a copyright only before a year or an agency", () => {
    expect(parseArticle(`${lead}\n(c) die dritte Bedingung gilt weiter`).footers).toEqual([]);
    expect(parseArticle(`${lead}\n(c)2024 dpa-AFX`).footers).toEqual([]);
  });
  it.each(["Von Anna Berg | dpa-AFX", "Von Anna Berg / dpa-AFX", "Ein Beitrag von Anna Berg"])("byline %j above the dateline and below the body", (line) => {
    const lead = "KIEL (dpa-AFX) - Die Brauerei hob ihre Prognose an.";
    for (const t of [`Hopfenthal hebt Prognose an\n\n${line}\n\n${lead}/ab/DP/cd`, `Hopfenthal hebt Prognose an\n\n${lead}/ab/DP/cd\n\n${line}`]) {
      const a = parseArticle(t);
      expect([a.byline?.authors, a.extras, a.diagnostics]).toEqual([["Anna Berg"], [], []]);
    }
  });
  it("a disclaimer's phrase that goes on as a sentence is body text", () => {
    for (const line of ["Alle Angaben ohne Gewähr seien üblich, sagte er.", "Keine Anlageberatung sei das, sagte er.", "Alle Angaben ohne Gewährleistung."]) {
      const a = parseArticle(`FRANKFURT (dpa-AFX) - Der Dax stieg.\n\n${line}`);
      expect([line, a.footers]).toEqual([line, []]);
      expect(a.sections.at(-1)?.paragraphs.at(-1)?.text).toBe(line);
    }
    // After the trailer, on its line or below it, and glued to the last sentence.
    const kinds = (t: string) => parseArticle(t).footers.map((f) => [f.kind, f.text]);
    expect(kinds("FRANKFURT (dpa-AFX) - Der Dax stieg./ab/DP/cd Alle Angaben ohne Gewähr. Keine Anlageberatung.")).toEqual([["disclaimer", "Alle Angaben ohne Gewähr."], ["disclaimer", "Keine Anlageberatung."]]);
    expect(kinds("FRANKFURT (dpa-AFX) - Der Dax stieg.Alle Angaben ohne Gewähr.")).toEqual([["disclaimer", "Alle Angaben ohne Gewähr."]]);
  });

  it.each([["dpa-AFX"], ["dpa-AFX  "], ["dpa-AFX · 12:00 Uhr"]])("site label %j", (line) => {
    expect(parseArticle(`${line}\n${lead}`).extras.map((e) => [e.kind, e.text])).toEqual([["siteLabel", line.trim()]]);
  });

  it.each(["Erweiterte Funktionen", 'Weitere Suchergebnisse zu "DAX":', "Aktie in diesem Artikel", "Aktien in diesem Artikel", "Zur Startseite", "Artikel drucken", "Artikel versenden", "Artikel teilen", "Artikel merken"])(
    "site chrome %j",
    (line) => {
      expect(parseArticle(`FRANKFURT (dpa-AFX) - Der Dax stieg.\n\n${line}\n\nDie Anleger jubelten./ab/DP/cd`).extras.map((e) => [e.kind, e.text])).toEqual([["chrome", line]]);
    },
  );

  // The site's buttons, lists, tag lists and reading times, each alone on its line, in the body or after it.
  it.each([
    "Nach oben", "Zum Seitenanfang", "Seitenanfang", "Zurück", "Zurück zur Übersicht", "Zurück zur Startseite", "Zur Übersicht", "Back to top",
    "Jetzt kommentieren", "Kommentieren", "kommentieren", "Drucken", "Teilen", "Merken", "Versenden", "Newsletter", "Newsletter abonnieren", "Newsletter bestellen",
    "Artikel bewerten", "Diesen Artikel bewerten", "Fehler melden", "Print", "Share",
    "Top-Themen", "Topthemen", "Meistgelesen", "Meistgelesene Artikel", "Meistgelesene Nachrichten", "Most read", "Related articles", "Related News", "related stories",
    "Ähnliche Artikel", "Verwandte Nachrichten", "Weitere Themen",
    "Schlagworte: Nordlicht, Kiel", "Schlagwörter: Zinsen", "Stichworte: Dax", "Themen: Aktien, Konjunktur", "Tags: Nordlicht", "Teilen: Mail Drucken",
    "Lesezeit: 2 Minuten", "Lesedauer: 3 Min", "Lesezeit: ca. 4 Min", "Lesezeit:1 Minute", "Lesezeit : 2 Minuten", "Lesezeit: ca.  4 Min", "Lesezeit: 12 Minuten", "Lesezeit: 2Min",
  ])("site chrome %j after the body, with and without a trailer", (line) => {
    const chrome = (t: string) => parseArticle(t).extras.filter((e) => e.kind === "chrome").map((e) => e.text);
    // (Node text writes a run of spaces as one.)
    const text = line.replace(/ {2,}/g, " ");
    expect(chrome(`FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nDie Anleger jubelten.\n\n${line}`)).toEqual([text]);
    expect(chrome(`FRANKFURT (dpa-AFX) - Der Dax stieg.\n\n${line}\n\nDie Anleger jubelten./ab/DP/cd`)).toEqual([text]);
  });
  it.each(["Nach oben hin ist Luft", "Zurück bleibt die Frage", "Drucken lassen sich die Zahlen", "Teilen der Anleger", "Meistgelesen war der Bericht", "Meistgelesene Artikelserie", "Weitere Themen der Konferenz", "Lesezeit: viel", "Lesezeit: 2 Stunden", "Lesezeit: 2 Minutenmarke"])(
    "a line that merely starts like chrome is body: %j",
    (line) => {
      const a = parseArticle(`FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nDie Anleger jubelten.\n\n${line}`);
      expect(a.extras).toEqual([]);
      expect(a.sections.at(-1)?.paragraphs.at(-1)?.text).toBe(line);
    },
  );

  // A quote box's row above the copy: chrome, never the headline, with a headline below it or none.
  it.each(["Hopfenthal 12,30 EUR +2,5%", "Hopfenthal AG 12,30 € +0,30 (+2,50%)", "DAX 24.123,45 Pkt. -0,8 %", "Nordlicht Aktie 1.234,5 −12,5 / −1,02%", "Hopfenthal: 12,30 EUR (+2,5 %)", "Euro/Dollar 1,0845 +0,12%"])(
    "a quote row above the copy %j is chrome",
    (line) => {
      const lead = "KIEL (dpa-AFX) - Hopfenthal hob die Prognose an./ab/DP/cd";
      const alone = parseArticle(`${line}\n\n${lead}`);
      expect(alone.headline).toBeNull();
      expect(alone.extras.map((e) => [e.kind, e.text])).toEqual([["chrome", line]]);
      expect(parseArticle(`${line}\n\ndate 2026-12-04\nHopfenthal hebt Prognose an\n\n${lead}`).headline?.text).toBe("Hopfenthal hebt Prognose an");
    },
  );
  it("a quote row above a copy without dateline leaves the headline below it", () => {
    const a = parseArticle("Hopfenthal 12,30 EUR +2,5%\n\nHopfenthal hebt Prognose an\n\nDie Brauerei hob ihre Prognose an. Das teilte sie mit./ab/DP/cd");
    expect(a.headline?.text).toBe("Hopfenthal hebt Prognose an");
    expect(a.extras.map((e) => e.kind)).toEqual(["chrome"]);
    expect(a.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual(["Die Brauerei hob ihre Prognose an. Das teilte sie mit."]);
  });
  it.each(["Dax steigt um 1,2%", "Hopfenthal-Aktie +5%: Prognose angehoben", "Ölpreis 80 Dollar -2%", "Dax 24.000 Punkte: Rekord", "Hopfenthal 12,30 EUR"])("a headline with figures %j stays the headline", (line) => {
    expect(parseArticle(`${line}\n\nKIEL (dpa-AFX) - Hopfenthal hob die Prognose an./ab/DP/cd`).headline?.text).toBe(line);
  });
  it("a quote row in the body is the body's text", () => {
    const a = parseArticle("KIEL (dpa-AFX) - Die Aktie legte zu.\n\nHopfenthal 12,30 EUR +2,5%\nNordlicht 8,10 EUR -0,4%\n\nDie Hauptversammlung entscheidet im Mai./ab/DP/cd");
    expect(a.extras).toEqual([]);
    expect(a.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toContain("Hopfenthal 12,30 EUR +2,5% Nordlicht 8,10 EUR -0,4%");
  });

  // Function words: two of one language decide a short text (none of the other words counts).
  const de = "der die das und ist nicht mit für auf den dem des ein eine einer einen sich auch bei zu von wie wird werden hat haben nach noch über im zum zur sei habe sind aus dass oder mehr als";
  const en = "the and of to is for on with that was by from are were said has have its which will would this their than after also been up per cent percent shares stock company market expected quarter";
  it.each([...de.split(" ").map((w) => [w, "de"]), ...en.split(" ").map((w) => [w, "en"])])("function word %s counts for %s", (word, language) => {
    expect(parseArticle(`FRANKFURT (dpa-AFX) - Xaver ${word} Yvonne ${word} Zacharias./ab/DP/cd`).language).toBe(language);
  });
  it("a text without function words has no language", () => {
    expect(parseArticle("FRANKFURT (dpa-AFX) - Xaver Yvonne Zacharias./ab/DP/cd").language).toBeNull();
  });
});

describe("dpa-basic, the worked example grammar", () => {
  it("knows the basic service's agencies and its id", () => {
    expect(dpaBasic.id).toBe("dpa-basic");
    expect(dpaAfx.id).toBe("dpa-afx");
    for (const agency of ["dpa-infoline", "epd"]) {
      const a = parseArticle(`Berlin (${agency}) - Ein Storch ist zurück.`, { grammar: dpaBasic });
      expect(a.dateline?.agency).toBe(agency);
      expect(a.diagnostics.map((d) => d.code)).not.toContain("dateline/unknown-agency");
    }
  });

  it("a dateline without agency must be in capitals throughout", () => {
    const dateline = (t: string) => exec(dpaBasic.rules.dateline, t)?.value.locations.map((l) => l.value) ?? null;
    expect(dateline("BERLIN - Ein Storch")).toEqual(["BERLIN"]);
    expect(dateline("BERLIN/WIEN - Ein Storch")).toEqual(["BERLIN", "WIEN"]);
    expect(dateline("Berlin/WIEN - Ein Storch")).toBeNull();
    expect(dateline("Bayern - Dortmund 2:1")).toBeNull();
    expect(dateline("Berlin (dpa) - Ein Storch")).toEqual(["Berlin"]);
    expect(dpaBasic.rules.place.parse("berlin")).toMatchObject({ status: false, expected: ["a place in mixed case", "a place in capitals"] });
  });
});
