import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { ParseError, formatDiagnostic, parseArticle, parseFeed, safeParseArticle } from "../src/index.js";
import { paragraphs, raw, where } from "./helpers.js";

const SAMPLE = "date 2026-01-06 PARIS (dpa-AFX) - Die Gespräche über den Haushalt dauern an./evs/DP/nas";

describe("parseArticle: the contract", () => {
  it("throws TypeError for a non-string and nothing else", () => {
    expect(() => parseArticle(undefined as unknown as string)).toThrow(TypeError);
    expect(() => parseArticle(42 as unknown as string)).toThrow(TypeError);
    expect(() => parseArticle(null as unknown as string)).toThrow(TypeError);
    expect(() => parseArticle("")).not.toThrow();
  });

  it("reads a glued date prefix, the dateline, lead and trailer", () => {
    const a = parseArticle(SAMPLE);
    expect(a.type).toBe("article");
    expect(a.date).toMatchObject({ iso: "2026-01-06", precision: "day", text: "date 2026-01-06" });
    expect(a.dateline).toMatchObject({ locations: ["PARIS"], agency: "dpa-AFX", text: "PARIS (dpa-AFX) -" });
    expect(paragraphs(a)).toEqual(["Die Gespräche über den Haushalt dauern an."]);
    expect(a.trailer).toMatchObject({ codes: ["evs", "DP", "nas"], text: "/evs/DP/nas" });
    expect(a.diagnostics).toEqual([]);
  });

  it("gives positions that point at the raw text", () => {
    const a = parseArticle(SAMPLE);
    expect(raw(SAMPLE, a.date!)).toBe("date 2026-01-06");
    expect(raw(SAMPLE, a.dateline!)).toBe("PARIS (dpa-AFX) -");
    expect(raw(SAMPLE, a.trailer!)).toBe("/evs/DP/nas");
    expect(a.trailer!.position).toEqual({ start: { line: 1, column: 77, offset: 76 }, end: { line: 1, column: 88, offset: 87 } });
    expect(a.sections[0]!.position).toBeUndefined();
  });

  it("dates in Europe/Berlin by default and in the zone from options, lazily and without the clock", () => {
    const a = parseArticle(SAMPLE);
    expect(a.date!.value).toBeInstanceOf(DateTime);
    expect(a.date!.value.zoneName).toBe("Europe/Berlin");
    expect(a.date!.value.toISO()).toBe("2026-01-06T00:00:00.000+01:00");
    const ny = parseArticle(SAMPLE, { zone: "America/New_York" });
    expect(ny.date!.value.toISO()).toBe("2026-01-06T00:00:00.000-05:00");
  });

  it("keeps the most precise date and the others reachable", () => {
    const input = "date 2017-07\nAXC0135 2017-07-27/11:08\nBERLIN (dpa-AFX) - Der Bund plant neue Regeln./ab/DP/cd";
    const a = parseArticle(input);
    expect(a.date?.iso).toBe("2017-07-27T11:08");
    expect(a.dates.map((d) => d.iso)).toEqual(["2017-07", "2017-07-27T11:08"]);
  });

  it("joins hard-wrapped lines with one space and normalises odd spaces", () => {
    const input = "BERLIN (dpa-AFX) - Der Bund\u00a0plant\nneue\u202fRegeln   für\r\nden Handel./ab/DP/cd";
    expect(paragraphs(parseArticle(input))).toEqual(["Der Bund plant neue Regeln für den Handel."]);
  });

  it("reads dashes with no-break spaces as web copies print them", () => {
    const text = [
      "Aktien Wien Schluss\u00a0- ATX legt leicht zu",
      "",
      "WIEN (dpa-AFX)\u00a0- Die Wiener Börse hat fester geschlossen./ab/APA/cd",
      "",
      "dpa-AFX Broker\u00a0- die Nachrichten für Händler",
    ].join("\n");
    const a = parseArticle(text);
    expect(a.headline?.tags).toEqual(["Aktien Wien Schluss"]);
    expect(a.headline?.title).toBe("ATX legt leicht zu");
    expect(a.dateline?.agency).toBe("dpa-AFX");
    expect(paragraphs(a)).toEqual(["Die Wiener Börse hat fester geschlossen."]);
    expect(a.trailer?.codes).toEqual(["ab", "APA", "cd"]);
    expect(a.footers.map((f) => f.kind)).toEqual(["product"]);
    // The agency-less form of overview items and analyst flashes, with a no-break space before the dash.
    const flash = "FRANKFURT\u00a0- Die Bank hat das Kursziel für Muster AG angehoben./ab/cd";
    const plain = parseArticle(flash);
    expect(plain.dateline?.locations).toEqual(["FRANKFURT"]);
    expect(plain.dateline?.agency).toBeNull();
    expect(paragraphs(plain)).toEqual(["Die Bank hat das Kursziel für Muster AG angehoben."]);
    expect(raw(flash, plain.dateline!)).toBe("FRANKFURT\u00a0-");
  });

  it("is the same for LF and CRLF input", () => {
    const lf = "ROUNDUP: Titel der Meldung\n\nBERLIN (dpa-AFX) - Erster Satz.\n\nZweiter Absatz./ab/DP/cd\n";
    const crlf = lf.replace(/\n/g, "\r\n");
    const strip = (s: string) => JSON.stringify(parseArticle(s), (k, v) => (k === "position" ? undefined : v));
    expect(strip(crlf)).toBe(strip(lf));
  });
});

describe("front matter", () => {
  it("keeps a site label between headline and dateline as an extra, not a standfirst", () => {
    const input = "Dax schließt höher\ndpa-AFX · 17:40 Uhr\n\nFRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd";
    const a = parseArticle(input);
    expect(a.standfirst).toBeNull();
    expect(a.extras.map((e) => [e.kind, raw(input, e)])).toEqual([["siteLabel", "dpa-AFX · 17:40 Uhr"]]);
    expect(a.headline?.text).toBe("Dax schließt höher");
  });
  it("reads a standfirst between headline and dateline", () => {
    const a = parseArticle("Dax schließt höher\nDie Anleger griffen wieder zu.\n\nFRANKFURT (dpa-AFX) - Der Dax stieg./ab/cd");
    expect(a.standfirst?.text).toBe("Die Anleger griffen wieder zu.");
  });
});

describe("end matter", () => {
  it("takes a footer hard-wrapped over lines only when its block opens with it", () => {
    const wrapped = "KIEL (dpa-AFX) - Die Werft baut aus./ab/cd\n\nHinweis: Die Angaben zu Interessenkonflikten\nstehen auf der Website des Instituts.\n";
    const a = parseArticle(wrapped);
    expect(a.footers.map((f) => [f.kind, f.text])).toEqual([["notice", "Hinweis: Die Angaben zu Interessenkonflikten stehen auf der Website des Instituts."]]);
    expect(a.trailer?.codes).toEqual(["ab", "cd"]);
    // A wrapped body line that happens to start like a footer stays body.
    const body = "KIEL (dpa-AFX) - Die Werft nannte als\nQuelle: ihre eigenen Zahlen, die sie\nam Morgen vorlegte.\n";
    const b = parseArticle(body);
    expect(b.footers).toEqual([]);
    expect(paragraphs(b)).toEqual(["Die Werft nannte als Quelle: ihre eigenen Zahlen, die sie am Morgen vorlegte."]);
  });
});

describe("strict mode and safeParseArticle", () => {
  it("throws ParseError with code and position on an error", () => {
    let caught: unknown;
    try {
      parseArticle("   \n  ", { strict: true });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ParseError);
    expect((caught as ParseError).code).toBe("input/empty");
    expect((caught as ParseError).position.start).toEqual({ line: 1, column: 1, offset: 0 });
  });
  it("does not throw on warnings", () => {
    const text = "date 2026-03-12\nOhne Ortsmarke steht hier ein Satz./ab/cd";
    expect(() => parseArticle(text, { strict: true })).not.toThrow();
    expect(parseArticle(text).diagnostics.filter((d) => d.severity === "warning").map((d) => d.code)).toEqual(["dateline/missing"]);
  });
  it("fails a text that is no dpa-AFX message, naming what the rules expected", () => {
    const text = "Hallo Welt, das ist keine Meldung.";
    const r = safeParseArticle(text);
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.error.code).toBe("input/not-dpa-afx");
      expect(r.error.position.start).toEqual({ line: 1, column: 1, offset: 0 });
      // Everything the rules would have taken where they stopped, as parsimmon merges it: at "Hallo" a
      // dateline's place in capitals (a place is never followed by a small letter); at the end, the
      // trailer's end mark or its slash.
      expect(r.error.expected).toEqual(["a place in capitals", "an end mark '°'", "a slash opening the trailer"]);
      expect(r.error.message).toContain("expected a place in capitals, an end mark '°' or a slash opening the trailer");
    }
    expect(() => parseArticle(text, { strict: true })).toThrow(ParseError);
    // Dateline or trailer or another mark of a copy: no error.
    for (const ok of ["KIEL (dpa-AFX) - Ein Satz.", "Ein Satz./ab/cd", "date 2026-03-12\nEin Satz.", "ROUNDUP: Titel\n\nEin Satz.", "Ein Satz.\n\nQuelle: dpa-AFX"]) {
      expect(parseArticle(ok).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    }
  });
  it("returns the failure instead of throwing", () => {
    const bad = safeParseArticle("");
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.code).toBe("input/empty");
    const good = safeParseArticle(SAMPLE);
    expect(good.success).toBe(true);
    if (good.success) expect(good.data.trailer?.codes).toEqual(["evs", "DP", "nas"]);
  });
  it("fails a text with a headline and no body", () => {
    const r = safeParseArticle("ROUNDUP: Nur eine Schlagzeile\n\nBERLIN (dpa-AFX) - ");
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.code).toBe("body/missing");
  });
});

describe("diagnostics", () => {
  it("are data with code and position", () => {
    expect(where(parseArticle("").diagnostics)).toEqual([{ code: "input/empty", line: 1, column: 1 }]);
    expect(where(parseArticle("BERLIN (dpa-AFX) - Der Satz endet./ab/cd;").diagnostics)).toEqual([
      { code: "trailer/stray-punctuation", line: 1, column: 41 },
    ]);
    expect(where(parseArticle("Ein Satz ohne alles.").diagnostics)).toEqual([
      { code: "dateline/missing", line: 1, column: 1 },
      { code: "input/not-dpa-afx", line: 1, column: 1 },
      { code: "trailer/missing", line: 1, column: 21 },
    ]);
  });
  it("flag text decoded in the wrong encoding", () => {
    const a = parseArticle("BERLIN (dpa-AFX) - Der B\ufffdrsenwert stieg./ab/cd");
    expect(where(a.diagnostics)).toEqual([{ code: "input/replacement-character", line: 1, column: 25 }]);
  });
  it("flag letters garbled by reading UTF-8 as Windows-1252, at the first, once a message", () => {
    // Each German letter as its UTF-8 bytes read as Windows-1252, and the same bytes read as Latin-1 where they differ.
    const garbled: [string, string][] = [["ä", "Ã¤"], ["ö", "Ã¶"], ["ü", "Ã¼"], ["ß", "ÃŸ"], ["ß", "Ã\u009f"], ["Ä", "Ã„"], ["Ä", "Ã\u0084"], ["Ö", "Ã–"], ["Ö", "Ã\u0096"], ["Ü", "Ãœ"], ["Ü", "Ã\u009c"], ["é", "Ã©"], ["è", "Ã¨"]];
    for (const [letter, bytes] of garbled) {
      const input = `BERLIN (dpa-AFX) - Die Aktie stieg, Ã sagt Lindqvist. Die B${bytes}rse schloss ${bytes} fester./ab/cd`;
      const a = parseArticle(input);
      const d = a.diagnostics.filter((x) => x.code === "input/mojibake");
      expect([letter, d.length]).toEqual([letter, 1]);
      expect(input.slice(d[0]!.position.start.offset, d[0]!.position.end.offset)).toBe(bytes);
      expect(d[0]!.severity).toBe("warning");
      // The message quotes what stands in the text.
      expect(d[0]!.message).toContain(`'${bytes}'`);
    }
    // The same characters without `Ã` before them are text as written: a dash, a quarter, quotation marks, ©.
    const plain = "BERLIN (dpa-AFX) - Die Aktie – so Lindqvist – stieg um ¼ Prozent, „sagte“ er. © Hopfenthal œuvre./ab/cd";
    expect(parseArticle(plain).diagnostics.map((x) => x.code)).not.toContain("input/mojibake");
    expect(parseArticle("5–7 Prozent mehr Umsatz\n\nBERLIN (dpa-AFX) - Die Aktie stieg./ab/cd").diagnostics.map((x) => x.code)).not.toContain("input/mojibake");
    // A capital A with tilde in a real word is no garbling; nor is one at the very end.
    for (const fine of ["SÃO PAULO (dpa-AFX) - Die Börse stieg./ab/cd", "BERLIN (dpa-AFX) - Die Börse stieg um 1 Prozent auf Ã"]) {
      expect(parseArticle(fine).diagnostics.map((x) => x.code)).not.toContain("input/mojibake");
    }
    // In a feed each message says it of its own text.
    const feed = "BERLIN (dpa-AFX) - Die Börse stieg./ab/cd\n\nPARIS (dpa-AFX) - Die BÃ¶rse fiel./ef/gh";
    expect(parseFeed(feed).map((x) => x.diagnostics.filter((d) => d.code === "input/mojibake").map((d) => d.position.start.offset))).toEqual([[], [feed.indexOf("Ã¶")]]);
  });
  it("flag lines the grammar does not understand, keeping them as extras", () => {
    const input = "BERLIN (dpa-AFX) - Der Satz endet./ab/cd\nHier steht noch etwas von der Website";
    const a = parseArticle(input);
    expect(a.extras.map((e) => [e.kind, raw(input, e)])).toEqual([["unrecognised", "Hier steht noch etwas von der Website"]]);
    expect(where(a.diagnostics)).toEqual([{ code: "line/unrecognised", line: 2, column: 1 }]);
  });
  it("keep unknown text glued after the trailer (found by the property tests)", () => {
    const input = "/la/tih/--- Von Anna Berg, dpa-AFX ---!";
    const a = parseArticle(input);
    expect(a.trailer?.codes).toEqual(["la", "tih"]);
    expect(a.extras.map((e) => raw(input, e))).toEqual(["--- Von Anna Berg, dpa-AFX ---!"]);
  });
  it("flag a body cut off mid-sentence, but not a calendar ending on a row", () => {
    const codes = (t: string) => parseArticle(t).diagnostics.map((d) => d.code);
    const intro = "FRANKFURT (dpa-AFX) - Termine bis Freitag:\n\nTERMINE KONJUNKTUR\n";
    expect(codes(`${intro}08:00 DEU: Handelsbilanz 01/26\n10:00 EUR: Treffen der Finanzminister, Brüssel`)).not.toContain("body/truncated");
    expect(codes(`${intro}9.30 GB: Einzelhandel\nEU: Treffen der Finanzminister`)).not.toContain("body/truncated");
    expect(codes("FRANKFURT (dpa-AFX) - Der Dax stieg am Morgen, weil die")).toContain("body/truncated");
    // A sentence with a colon early on is no row.
    expect(codes("FRANKFURT (dpa-AFX) - Der Dax stieg.\n\nDer Dax: Anleger blieben vorsichtig, weil die")).toContain("body/truncated");
    expect(codes("FRANKFURT (dpa-AFX) - Der Dax stieg.\n\n10:00 Uhr: Anleger blieben vorsichtig, weil die")).toContain("body/truncated");
  });

  it("flag impossible dates", () => {
    const a = parseArticle("date 2026-02-30\nBERLIN (dpa-AFX) - Text./ab/cd");
    expect(where(a.diagnostics)).toEqual([{ code: "date/invalid", line: 1, column: 1 }]);
    expect(a.date!.value.isValid).toBe(false);
  });
  it("format with the line and a caret", () => {
    const input = "BERLIN (dpa-AFX) - Der Satz endet./ab/cd;";
    const d = parseArticle(input).diagnostics[0]!;
    const lines = formatDiagnostic(input, d).split("\n");
    expect(lines[0]).toMatch(/^1:41 info trailer\/stray-punctuation: /);
    expect(lines[1]).toBe(" 1 | " + input);
    expect(lines[2]).toBe("   | " + " ".repeat(40) + "^");
  });
});
