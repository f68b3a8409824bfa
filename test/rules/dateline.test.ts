import { describe, expect, it } from "vitest";
import { dpaAfx, parseArticle, parseFeed } from "../../src/index.js";
import { exec as run, extendGrammar, mapValue, token, type Parser } from "../../src/authoring.js";

const { dateline, endDateline, prefixDateline, places, agency } = dpaAfx.rules;
const locs = (s: string) => {
  const r = dateline.parse(s);
  if (!r.status) throw new Error(`no dateline in ${JSON.stringify(s)}`);
  return { locations: r.value.locations.map((l) => l.value), agency: r.value.agency?.value ?? null, span: r.value.span };
};

describe("dateline", () => {
  it("reads places and agency", () => {
    expect(locs("NEW YORK/FRANKFURT (dpa-AFX Analyser) - ")).toEqual({
      locations: ["NEW YORK", "FRANKFURT"],
      agency: "dpa-AFX Analyser",
      span: { start: 0, end: 40 },
    });
    expect(locs("PARIS (dpa-AFX) - ").locations).toEqual(["PARIS"]);
  });
  it("reads places and an agency whose words two spaces or an entity part (the node writes one space)", () => {
    expect(locs("NEW  YORK/SANTA   CLARA (dpa-AFX  Analyser) - ")).toEqual({
      locations: ["NEW  YORK", "SANTA   CLARA"],
      agency: "dpa-AFX  Analyser",
      span: { start: 0, end: 46 },
    });
    expect(locs("ST.  GALLEN (awp) - ").locations).toEqual(["ST.  GALLEN"]);
    const t = "NEW&nbsp;YORK (dpa-AFX&nbsp;Analyser) - Die Bank hat die Aktie auf Buy belassen.";
    const a = parseArticle(t);
    expect([a.dateline?.locations, a.dateline?.agency, a.dateline?.text]).toEqual([["NEW YORK"], "dpa-AFX Analyser", "NEW YORK (dpa-AFX Analyser) -"]);
    expect(parseArticle("SAN  FRANCISCO (dpa-AFX) - Text.").dateline?.locations).toEqual(["SAN FRANCISCO"]);
  });
  it("keeps umlauts and broker agencies", () => {
    expect(locs("MÜNCHEN (dpa-AFX Broker) - ")).toMatchObject({ locations: ["MÜNCHEN"], agency: "dpa-AFX Broker" });
    expect(locs("DÜSSELDORF/ZÜRICH (dpa-AFX) - ").locations).toEqual(["DÜSSELDORF", "ZÜRICH"]);
    // Capitals of Latin-1 beyond the umlauts, first in a word too.
    expect(locs("SÃO PAULO/BOGOTÁ (dpa-AFX) - ").locations).toEqual(["SÃO PAULO", "BOGOTÁ"]);
    expect(locs("ÅRHUS (dpa-AFX) - ").locations).toEqual(["ÅRHUS"]);
    expect(locs("MÉXICO-STADT (dpa-AFX) - ").locations).toEqual(["MÉXICO-STADT"]);
    expect(dateline.parse("Ärger (dpa-AFX) - ").status).toBe(false);
    expect(dateline.parse("PARISé (dpa-AFX) - ").status).toBe(false);
  });
  it("accepts en-dash, no space before the parenthesis and no space after the dash", () => {
    expect(locs("BERLIN (dpa-AFX) – ").locations).toEqual(["BERLIN"]);
    expect(locs("BERLIN(dpa-AFX) - ").agency).toBe("dpa-AFX");
    expect(dateline.parse("BERLIN (dpa-AFX) -").status).toBe(true);
    // Inside running text the rule stops at the dash and the caller reads on.
    expect(run(dateline, "BERLIN (dpa-AFX) -Der Bund", 0)?.end).toBe(18);
    // Two hyphens are one dash (a typewriter's), in both forms; a third is text.
    expect(run(dateline, "BERLIN (dpa-AFX) -- Der Bund", 0)?.end).toBe(20);
    expect(run(dateline, "BERLIN -- Der Bund", 0)?.value.dash?.value).toBe(" -- ");
    expect(run(dateline, "BERLIN (dpa-AFX) --- Der Bund", 0)?.end).toBe(19);
  });
  it("accepts Unicode's other dashes, an en or em dash read as Windows-1252, and a colon after the agency", () => {
    for (const d of ["\u2010", "\u2012", "\u2015", "\u2212", "\u00e2\u20ac\u201c", "\u00e2\u20ac\u201d"]) {
      expect([d, run(dateline, `KIEL (dpa-AFX) ${d} Die Brauerei`, 0)?.end]).toEqual([d, 16 + d.length]);
      expect([d, run(dateline, `KIEL ${d} Die Brauerei`, 0)?.value.dash?.value]).toEqual([d, ` ${d} `]);
    }
    expect(run(dateline, "KIEL (dpa-AFX): Die Brauerei", 0)?.end).toBe(16);
    expect(run(dateline, "KIEL (dpa-AFX) : Die Brauerei", 0)?.value.agency?.value).toBe("dpa-AFX");
    expect(run(dateline, "KIEL (dpa-AFX Broker):Die", 0)?.end).toBe(22);
    // A colon is a dash only after the agency's parenthesis: never in the agency-less form.
    expect(run(dateline, "KIEL : Die Brauerei", 0)).toBeNull();
    expect(run(dateline, "KIEL: Die Brauerei", 0)).toBeNull();
    expect(run(dateline, "KIEL (dpa-AFX) \u00e2\u20ac Die", 0)).toBeNull();
  });
  it("accepts an overview item's dateline without agency", () => {
    expect(locs("FRANKFURT - ")).toEqual({ locations: ["FRANKFURT"], agency: null, span: { start: 0, end: 12 } });
  });
  it("rejects lower-case words and bare capitals", () => {
    expect(dateline.parse("Paris (dpa-AFX) - ").status).toBe(false);
    expect(dateline.parse("PARIS ").status).toBe(false);
    expect(dateline.parse("EZB-Rat senkt - ").status).toBe(false);
  });
  it("has parts usable on their own", () => {
    expect(places.tryParse("NEW YORK/WASHINGTON").map((p) => p.value)).toEqual(["NEW YORK", "WASHINGTON"]);
    expect(agency.tryParse("(dpa-AFX)").value).toBe("dpa-AFX");
  });
  it("reads a dateline standing alone at the end and the old prefix form", () => {
    expect(endDateline.tryParse("FRANKFURT (dpa-AFX Broker)").locations[0]!.value).toBe("FRANKFURT");
    const p = prefixDateline.parse("dpa-afx FRANKFURT. ");
    expect(p.status).toBe(true);
    expect(p.status && p.value.agency).toBeNull();
  });
  it("keeps the full stop after an archive dateline's place out of the place, whatever follows it", () => {
    // A full stop belongs to a place only as an abbreviation before a word in capitals (ST. GALLEN).
    for (const [text, place] of [
      ["dpa-afx FRANKFURT. Der Dax stieg.", "FRANKFURT"],
      ["dpa-afx NEW YORK. Die Börse stieg.", "NEW YORK"],
      ["dpa-afx NEW YORK. 2,5 Milliarden Dollar flossen ab.", "NEW YORK"],
      ["dpa-afx ST. GALLEN. Die Bank", "ST. GALLEN"],
    ]) {
      expect([text, parseArticle(text!).dateline?.locations]).toEqual([text, [place]]);
    }
  });
  it("reads a partner's mixed-case place before its agency with no space or a few", () => {
    for (const gap of ["", " ", "  "]) expect([gap, parseArticle(`Zürich${gap}(awp) - Die Bank stieg./ab/cd`).dateline?.locations]).toEqual([gap, ["Zürich"]]);
  });
  it("reads a hyphen inside a later word of a place", () => {
    expect(parseArticle("BAD SODEN-SALMÜNSTER (dpa-AFX) - Text./ab/cd").dateline?.locations).toEqual(["BAD SODEN-SALMÜNSTER"]);
  });
});


describe("dateline: HTML between its parts", () => {
  it("reads through tags and entities of white space before the agency and the dash, and a dash written as an entity", () => {
    for (const line of ["FRANKFURT&nbsp;(dpa-AFX) - ", "FRANKFURT (dpa-AFX)&nbsp;- ", "FRANKFURT (dpa-AFX)&#160;- ", "FRANKFURT (dpa-AFX)&#xa0;- ", "FRANKFURT</b> (dpa-AFX) - ", "FRANKFURT (dpa-AFX)</strong> - ", "FRANKFURT (dpa-AFX) <b> </b> - "]) {
      expect([line, locs(line).locations, locs(line).agency]).toEqual([line, ["FRANKFURT"], "dpa-AFX"]);
    }
    for (const d of ["&ndash;", "&mdash;", "&#8211;", "&#8212;", "&#x2013;", "&#x2014;", "&NDASH;"]) expect([d, dpaAfx.rules.dash.parse(d).status]).toEqual([d, true]);
    for (const d of ["&nbsp;", "&#8210;", "&#x2015;", "&ndash", "ndash;", "&amp;"]) expect([d, dpaAfx.rules.dash.parse(d).status]).toEqual([d, false]);
    // After the dash of the agency form only spaces belong to the dateline; tags there open the lead.
    expect(run(dateline, "PARIS (dpa-AFX) &ndash; </b>Text", 0)?.end).toBe(24);
    // The agency-less form wants white space on both sides of its dash; tags and entities of white space count.
    expect(run(dateline, "BERLIN</b> &ndash;&nbsp;Text", 0)?.value.locations.map((l) => l.value)).toEqual(["BERLIN"]);
    expect(run(dateline, "BERLIN&ndash; Text", 0)).toBeNull();
    expect(run(dateline, "BERLIN &ndash;Text", 0)).toBeNull();
    // Only entities of white space and tags of HTML elements are read through.
    expect(run(dateline, "BERLIN &amp; (dpa-AFX) - Text", 0)).toBeNull();
    expect(run(dateline, "BERLIN <DE0008469008> (dpa-AFX) - Text", 0)).toBeNull();
  });
});

describe("dateline: capitals written as HTML entities", () => {
  it("reads a place whose capitals are entities, named, decimal or hexadecimal, anywhere in a word", () => {
    for (const [line, raw] of [
      ["D&Uuml;SSELDORF (dpa-AFX) - ", "D&Uuml;SSELDORF"],
      ["Z&#220;RICH (dpa-AFX) - ", "Z&#220;RICH"],
      ["Z&#xDC;RICH (dpa-AFX) - ", "Z&#xDC;RICH"],
      ["&Auml;NGELHOLM (dpa-AFX) - ", "&Auml;NGELHOLM"],
      ["BOGOT&#193; (dpa-AFX) - ", "BOGOT&#193;"],
      ["NEW YORK/K&Ouml;LN (dpa-AFX) - ", "K&Ouml;LN"],
      ["BAD S&Auml;CKINGEN-N&Ouml;RD - ", "BAD S&Auml;CKINGEN-N&Ouml;RD"],
    ]) {
      expect([line, locs(line!).locations.at(-1)]).toEqual([line, raw]);
    }
    // An entity of no capital letter ends the place; a small letter after it, as after any capital, is no place.
    expect(run(dateline, "BERLIN&amp;BRANDENBURG (dpa-AFX) - Text", 0)).toBeNull();
    expect(run(dateline, "D&uuml;sseldorf (dpa-AFX) - Text", 0)).toBeNull();
    expect(run(dateline, "Z&#220;rich (dpa-AFX) - Text", 0)).toBeNull();
    expect(run(dateline, "Z&#22;RICH (dpa-AFX) - Text", 0)).toBeNull();
    expect(run(dateline, "Z&Uuml RICH (dpa-AFX) - Text", 0)).toBeNull();
    // Named entities only where node text decodes them: the umlauts.
    expect(run(dateline, "BOGOT&Aacute; (dpa-AFX) - Text", 0)).toBeNull();
  });
  it("gives the article's locations decoded, the node's position over the entities as written", () => {
    const input = "Hopfenthal senkt Prognose\n\nD&Uuml;SSELDORF/Z&#220;RICH/BOGOT&#xC1; (dpa-AFX) - Der Maschinenbauer Hopfenthal hat seine Prognose gesenkt./ab/DP/cd";
    const a = parseArticle(input);
    expect(a.dateline?.locations).toEqual(["DÜSSELDORF", "ZÜRICH", "BOGOTÁ"]);
    expect(a.headline?.title).toBe("Hopfenthal senkt Prognose");
    const p = a.dateline!.position!;
    expect(input.slice(p.start.offset, p.end.offset)).toBe("D&Uuml;SSELDORF/Z&#220;RICH/BOGOT&#xC1; (dpa-AFX) -");
    // The same on a line with the headline before it.
    const glued = parseArticle(input.replace("\n\n", " "));
    expect([glued.headline?.title, glued.dateline?.locations]).toEqual(["Hopfenthal senkt Prognose", ["DÜSSELDORF", "ZÜRICH", "BOGOTÁ"]]);
    expect(a.diagnostics.map((d) => d.code)).not.toContain("dateline/missing");
    expect(a.sections[0]!.paragraphs[0]!.text).toBe("Der Maschinenbauer Hopfenthal hat seine Prognose gesenkt.");
  });
});

describe("dateline: what follows the places, read fast and exactly", () => {
  // The pipeline reads without error messages (exec), .parse reads exactly: the two must agree on every value.
  const lines = [
    "PARIS (dpa-AFX) - Text",
    "NEW YORK/FRANKFURT (dpa-AFX Analyser) – Text",
    "BERLIN(dpa-AFX)-Der Bund",
    "BERLIN (dpa-AFX)   —   Text",
    "FRANKFURT - Der Dax",
    "FRANKFURT\u00a0-\u00a0Der Dax",
    "FRANKFURT \t–  Text",
    "PARIS (x) - Text",
    "PARIS (dpa-AFX) Text",
    "PARIS (dpa-AFX - Text",
    "FRANKFURT -Der Dax",
    "FRANKFURT- Der Dax",
    "FRANKFURT -",
    "FRANKFURT (dpa-AFX)",
    "FRANKFURT",
    // HTML between the parts: tags and entities of white space; a dash as an entity.
    "FRANKFURT&nbsp;(dpa-AFX)&nbsp;&#8211;&nbsp;Text",
    "FRANKFURT</b> (dpa-AFX)</strong> &ndash; </p>Text",
    "BERLIN</b> &mdash;&nbsp;Text",
    "BERLIN &ndash;Text",
    "BERLIN &amp; (dpa-AFX) - Text",
    "BERLIN <DE0008469008> - Text",
  ];
  it("gives the same value and end either way", () => {
    for (const line of lines) {
      const fast = run(dateline, line, 0);
      const exact = exactPrefix(line);
      expect([line, fast?.value ?? null, fast?.end ?? -1]).toEqual([line, exact?.value ?? null, exact?.end ?? -1]);
    }
    expect(run(dateline, "PARIS (dpa-AFX) - Text", 0)?.end).toBe(18);
    expect(run(dateline, "FRANKFURT\u00a0-\u00a0Der Dax", 0)?.value.agency).toBeNull();
  });
  it("joins the spaces and the dash as the dash rule reads it, even an override yielding no string", () => {
    // An override written in JavaScript need not keep to the types: its value is joined as a sequence's parts are.
    const code = () => mapValue(token(/[-–—]/y), (d) => d.charCodeAt(0)) as unknown as Parser<string>;
    const g = extendGrammar(dpaAfx, { id: "dash-code", rules: () => ({ dash: code }) });
    const fast = run(g.rules.dateline, "PARIS (dpa-AFX) - Text", 0)?.value.dash;
    expect(fast).toEqual({ value: " 45 ", span: { start: 15, end: 18 } });
    expect(run(g.rules.dateline, "FRANKFURT – Text", 0)?.value.dash).toEqual({ value: " 8211 ", span: { start: 9, end: 12 } });
    expect(run(dateline, "PARIS (dpa-AFX)\u00a0-  Text", 0)?.value.dash).toEqual({ value: "\u00a0-  ", span: { start: 15, end: 19 } });
  });
});

/** The dateline read exactly (`.parse`, with error messages) on the longest prefix of the line it fills: its value and end. */
function exactPrefix(line: string): { value: unknown; end: number } | null {
  for (let end = line.length; end > 0; end--) {
    const r = dateline.parse(line.slice(0, end));
    if (r.status) return { value: r.value, end };
  }
  return null;
}

describe("dashlessDateline", () => {
  const { dashlessDateline } = dpaAfx.rules;
  const read = (s: string) => {
    const r = run(dashlessDateline, s, 0);
    return r === null ? null : { locations: r.value.locations.map((l) => l.value), agency: r.value.agency?.value ?? null, dash: r.value.dash, span: r.value.span, end: r.end };
  };
  it("reads a lead dateline that lost its dash, the white space after it consumed", () => {
    expect(read("KIEL (dpa-AFX) Der Brauer")).toEqual({ locations: ["KIEL"], agency: "dpa-AFX", dash: null, span: { start: 0, end: 14 }, end: 15 });
    expect(read("NEW YORK/KIEL (dpa-AFX Analyser)  2026 wird")).toMatchObject({ locations: ["NEW YORK", "KIEL"], agency: "dpa-AFX Analyser", span: { start: 0, end: 32 }, end: 34 });
    // No space left, an opening quote (also as an entity), a partner agency.
    expect(read("LÜBECK (dpa-AFX)Die Reederei")?.end).toBe(16);
    expect(read("LÜBECK (dpa-AFX) \u201eWir sind")?.end).toBe(17);
    expect(read("LÜBECK (dpa-AFX) &bdquo;Wir sind")?.end).toBe(17);
    expect(read("WIEN (APA) Die Börse")?.agency).toBe("APA");
  });
  it("opens no dateline without a known agency or before no sentence", () => {
    for (const s of ["BASF (Xetra) Die Aktie", "USA (dpa-AFX) aber nicht", "KIEL (dpa-AFX)", "KIEL (dpa-AFX)   ", "KIEL (dpa-AFX) (Wiederholung)", "KIEL (dpa-AFX) , Die", "Kiel (dpa-AFX) Der", "KIEL Der Brauer", `KIEL (dpa-AFX) ${"\u201e".repeat(20)}Der`]) {
      expect([s, read(s)]).toEqual([s, null]);
    }
  });
  it("is the lead's dateline of a whole text, reported as an info at the dateline", () => {
    const a = parseArticle("Hopfenthal senkt Prognose\n\nKIEL (dpa-AFX) Der Brauer hat seine Ziele gesenkt./ab/cd");
    expect([a.dateline?.text, a.dateline?.locations, a.dateline?.agency]).toEqual(["KIEL (dpa-AFX)", ["KIEL"], "dpa-AFX"]);
    expect(a.sections[0]!.paragraphs[0]!.text).toBe("Der Brauer hat seine Ziele gesenkt.");
    expect(a.headline?.text).toBe("Hopfenthal senkt Prognose");
    expect(a.diagnostics.map((d) => [d.code, d.severity, d.position.start.line, d.position.start.column, d.position.end.column])).toEqual([["dateline/no-dash", "info", 3, 1, 15]]);
    // A dateline with its dash is no such case.
    expect(parseArticle("KIEL (dpa-AFX) - Der Brauer hat gesenkt./ab/cd").diagnostics).toEqual([]);
  });
  it("opens a message of a feed, and a sentence starting with such words inside a body opens none", () => {
    const feed = "Titel eins\n\nKIEL (dpa-AFX) - Erster Text./ab/cd\n\nTitel zwei\n\nLÜBECK (dpa-AFX) Zweiter Text./ef/gh";
    expect(parseFeed(feed).map((a) => [a.headline?.text, a.dateline?.text])).toEqual([
      ["Titel eins", "KIEL (dpa-AFX) -"],
      ["Titel zwei", "LÜBECK (dpa-AFX)"],
    ]);
    const one = "KIEL (dpa-AFX) - Der Brauer hat gesenkt.\n\nUSA (dpa-AFX) aber blieben ruhig, hieß es./ab/cd";
    expect(parseFeed(one)).toHaveLength(1);
  });
  it("follows an override of the places it reads", () => {
    const mixed = extendGrammar(dpaAfx, { id: "mixed-places", rules: () => ({ place: () => token(/[A-Z][a-z]+/y) }) });
    expect(parseArticle("Kiel (dpa-AFX) Der Brauer hat gesenkt./ab/cd", { grammar: mixed }).dateline?.locations).toEqual(["Kiel"]);
  });
});
