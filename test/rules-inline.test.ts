// The inline rules of the dpa-AFX grammar on their own, row by row: places in capitals with hyphens and
// abbreviations, the archive dateline, dates and stamps with odd spacing, ruled bylines. Written against
// the survivors of the grammar's mutation run (rules built with the grammar, so planted by hand).
import { describe, expect, it } from "vitest";
import { quickOf, scanOf } from "../src/combinators/fast.js";
import { lineScan } from "../src/combinators/lines.js";
import { extendGrammar } from "../src/authoring.js";
import { dpaAfx, parseArticle } from "../src/index.js";

type Result = { status: boolean; value?: unknown; expected?: string[] };
const rules = dpaAfx.rules as unknown as Record<string, { parse(input: string): Result }>;
const parse = (rule: string, input: string) => rules[rule]!.parse(input);

describe("a place in capitals", () => {
  it.each(["BADEN-BADEN", "ST. LOUIS", "LA CHAUX-DE-FONDS", "PORT ST. LUCIE", "NEU-ISENBURG"])("%s is one place", (place) => {
    expect(parse("place", place)).toEqual({ status: true, value: place });
    expect(parseArticle(`${place} (dpa-AFX) - Der Dax stieg./ab/cd`).dateline?.locations).toEqual([place]);
  });

  it("fails on a capital and a small letter, exactly where its expression would, and its quick test rules such a start out", () => {
    // Every small letter of German words after the first capital: no place, and the failure says so; the
    // quick test (what line-walking rules ask first) says no there and maybe elsewhere.
    const mayBe = quickOf(dpaAfx.rules.place);
    for (const small of "aeiouzäöüß") {
      expect(parse("place", `D${small}X`)).toMatchObject({ status: false, expected: ["a place in capitals"] });
      expect(mayBe(`D${small}X`, 0)).toBe(false);
    }
    for (const start of ["DAX", "D", "DéX", "D-X", "D X"]) expect([start, mayBe(start, 0)]).toEqual([start, true]);
    // Other small letters of Latin-1 after a capital: no place either (the expression's own answer).
    for (const other of "éèàçÿ") expect(parse("place", `A${other}`)).toMatchObject({ status: false, expected: ["a place in capitals"], index: { offset: 0 } });
    expect(dpaAfx.rules.place.tryParse("A")).toBe("A");
    expect(parseArticle("Der Dax stieg.\n\nDAX (dpa-AFX) - Der Index stieg./ab").dateline?.locations).toEqual(["DAX"]);
    // In mixed case, only before an agency of the vocabulary's partnerAgencies (dpa-AFX among them).
    expect(parseArticle("Dax (Reuters) - Der Index stieg./ab").dateline).toBeNull();
    expect(parseArticle("Dax (dpa-AFX) - Der Index stieg./ab").dateline?.locations).toEqual(["Dax"]);
  });

  it("keeps a full stop out of the place when no capitals follow (the archive dateline's own stop)", () => {
    for (const place of ["FRANKFURT", "NEW YORK"]) {
      const a = parseArticle(`dpa-afx ${place}. Der Dax stieg./ab/cd`);
      expect(a.dateline?.locations).toEqual([place]);
      expect(a.dateline?.agency).toBeNull();
    }
  });
});

describe("the archive dateline 'dpa-afx FRANKFURT. '", () => {
  it("takes any spaces after the prefix and after the stop, and spans them", () => {
    expect(parse("prefixDateline", "dpa-afx FRANKFURT. ")).toMatchObject({ status: true, value: { dash: { value: ". ", span: { start: 17, end: 19 } }, span: { start: 0, end: 19 } } });
    expect(parse("prefixDateline", "dpa-afx  FRANKFURT.  ")).toMatchObject({
      status: true,
      value: { locations: [{ value: "FRANKFURT", span: { start: 9, end: 18 } }], agency: null, dash: { value: ".  ", span: { start: 18, end: 21 } }, span: { start: 0, end: 21 } },
    });
    expect(parse("prefixDateline", "dpa-afx FRANKFURT.")).toMatchObject({ status: true, value: { dash: { value: "." } } });
    expect(parse("prefixDateline", "dpa-afxFRANKFURT. ").status).toBe(false);
  });
});

describe("a dateline standing alone after the body", () => {
  it("reads places and agency, no dash", () => {
    expect(parse("endDateline", "FRANKFURT (dpa-AFX Broker)")).toMatchObject({
      status: true,
      value: { locations: [{ value: "FRANKFURT" }], agency: { value: "dpa-AFX Broker" }, dash: null, span: { start: 0, end: 26 } },
    });
  });
});

describe("dates and stamps", () => {
  it.each<[string, string, string, number]>([
    ["datePrefix", "date  2026-01-06", "2026-01-06", 16],
    ["datePrefix", "date 2026", "2026", 9],
    ["datePrefix", "date 2026-01-06T14:23", "2026-01-06T14:23", 21],
    ["datePrefix", "date 2026-01-06 14:23", "2026-01-06T14:23", 21],
    ["dottedDate", "21.08.2014 14:23", "2014-08-21T14:23", 16],
    ["dottedDate", "21.08.2014  14:23", "2014-08-21T14:23", 17],
    ["dottedDate", "21.08.2014, 14:23 Uhr", "2014-08-21T14:23", 21],
    ["dottedDate", "21.08.2014, 14:23  Uhr", "2014-08-21T14:23", 22],
    ["dottedDate", "27.03.17 10:38", "2017-03-27T10:38", 14],
    ["analysisDate", "Datum der Analyse: 17.11.2017", "2017-11-17", 29],
    ["analysisDate", "Datum der Analyse:17.11.2017", "2017-11-17", 28],
    ["analysisDate", "Datum der Analyse:  17.11.2017", "2017-11-17", 30],
  ])("%s %j", (rule, input, iso, end) => {
    expect(parse(rule, input)).toMatchObject({ status: true, value: { iso, span: { end } } });
  });

  it("a feed stamp with two spaces before its date", () => {
    expect(parse("feedStamp", "AXC0135  2017-07-27/11:08")).toMatchObject({ status: true, value: { id: "AXC0135", date: { iso: "2017-07-27T11:08", span: { start: 9, end: 25 } }, span: { start: 0, end: 25 } } });
  });
});

describe("a ruled byline", () => {
  it("takes any spaces after the opening rule, and a closing rule glued to the agency", () => {
    expect(parse("byline", "---  Von Anna Berg, dpa-AFX ---")).toMatchObject({ status: true, value: { text: { span: { start: 5, end: 27 } }, ruled: true, span: { start: 0, end: 31 } } });
    expect(parse("byline", "--- Von Anna Berg, dpa-AFX---")).toMatchObject({ status: true, value: { agency: "dpa-AFX", ruled: true, span: { start: 0, end: 29 } } });
    expect(parse("byline", "--- Von Anna Berg, dpa-AFX  ---")).toMatchObject({ status: true, value: { agency: "dpa-AFX", span: { start: 0, end: 31 } } });
  });
});

describe("datelines name at most eight places", () => {
  it("reads eight, and takes a longer run of capitals and slashes for no dateline", () => {
    const names = (n: number) => Array.from({ length: n }, (_, k) => `ORT${"ABCDEFGHIJ"[k]}`).join("/");
    const eight = parseArticle(`${names(8)} (dpa-AFX) - Der Dax stieg./ab/DP/cd`);
    expect([eight.dateline?.locations.length, eight.diagnostics.map((d) => d.code)]).toEqual([8, []]);
    const nine = parseArticle(`${names(9)} (dpa-AFX) - Der Dax stieg./ab/DP/cd`);
    expect([nine.dateline, nine.diagnostics.map((d) => d.code)]).toEqual([null, ["dateline/missing"]]);
    expect(dpaAfx.rules.places.parse(names(9)).status).toBe(false);
    expect(dpaAfx.rules.places.parse(names(8)).status).toBe(true);
    // A doubled slash joins no places, in capitals or in a partner's mixed case.
    expect(parseArticle("NEW YORK//FRANKFURT (dpa-AFX) - Der Dax stieg./ab/DP/cd").dateline).toBeNull();
    expect(parseArticle("Zürich//Wien (awp) - Der SMI stieg./ab/DP/cd").dateline).toBeNull();
    expect(parseArticle("Zürich/Wien (awp) - Der SMI stieg./ab/DP/cd").dateline?.locations).toEqual(["Zürich", "Wien"]);
  });
});

describe("a place in mixed case (partnerPlace)", () => {
  // The place a partner's dateline reads (null: no dateline) at the start of a copy's lead.
  const place = (text: string): string | null => {
    const d = parseArticle(`${text} - Der Kreis meldet Zahlen./ab/DP/cd`).dateline;
    return d ? d.locations.join("/") : null;
  };
  it("reads words of Latin-1 letters, short forms with a full stop, hyphens and the vocabulary's joiners, up to a slash or the agency", () => {
    expect(place("Zürich(awp)")).toBe("Zürich");
    expect(place("St. Gallen (awp)")).toBe("St. Gallen");
    expect(place("São Paulo (dpa)")).toBe("São Paulo");
    expect(place("Neu-Isenburg (dpa)")).toBe("Neu-Isenburg");
    expect(place("Frankfurt am Main   (dpa)")).toBe("Frankfurt am Main");
    expect(place("Halle an der Saale (dpa)")).toBe("Halle an der Saale");
    expect(place("Frankfurt/M. (dpa)")).toBe("Frankfurt/M.");
    // The rule alone: the place up to the parenthesis, which it does not take.
    expect(dpaAfx.rules.partnerPlace.skip(dpaAfx.rules.agency).parse("Frankfurt am Main(dpa)")).toMatchObject({ status: true, value: "Frankfurt am Main" });
    // Four words at most; a joiner stands between two words, never at an end; other small words end it.
    expect(place("Bad Soden am Taunus (dpa)")).toBe("Bad Soden am Taunus");
    expect(place("Alt Neu Ober Unter Dorf (dpa)")).toBeNull();
    expect(place("Frankfurt am (dpa)")).toBeNull();
    expect(place("Frankfurt bei Nacht (dpa)")).toBeNull();
    expect(place("Frankfurt am  Main (dpa)")).toBeNull();
    // A small letter never opens a word; a capital alone is one only with its full stop.
    expect(place("zürich (awp)")).toBeNull();
    expect(place("Ost/m (dpa)")).toBeNull();
    expect(dpaAfx.rules.partnerPlace.skip(dpaAfx.rules.agency).parse("M(dpa)").status).toBe(false);
  });

  it("takes its joiners from the vocabulary: none, then only words joined by a space or a hyphen", () => {
    const none = extendGrammar(dpaAfx, { id: "no-joiners", vocabulary: { placeJoiners: [] } });
    expect(parseArticle("Frankfurt am Main (dpa) - Der Dax stieg./ab/DP/cd", { grammar: none }).dateline).toBeNull();
    expect(parseArticle("Bad Homburg (dpa) - Der Dax stieg./ab/DP/cd", { grammar: none }).dateline?.locations).toEqual(["Bad Homburg"]);
    const blank = extendGrammar(dpaAfx, { id: "blank-joiners", vocabulary: { placeJoiners: ["", " "] } });
    expect(parseArticle("Frankfurt  Main (dpa) - Der Dax stieg./ab/DP/cd", { grammar: blank }).dateline).toBeNull();
    const more = extendGrammar(dpaAfx, { id: "bei", vocabulary: { placeJoiners: [...dpaAfx.vocabulary.placeJoiners, " bei "] } });
    expect(parseArticle("Frankfurt bei Nacht (dpa) - Der Dax stieg./ab/DP/cd", { grammar: more }).dateline?.locations).toEqual(["Frankfurt bei Nacht"]);
  });
});

describe("what a line must hold for a lead, a dateline or a date line to be read there (scans and quick tests)", () => {
  const holds = (rule: keyof typeof dpaAfx.rules, line: string) => lineScan(scanOf(dpaAfx.rules[rule]))(line, 0);

  it("a lead: a parenthesis, a tag, a dash after white space, markup or an emphasis mark, or 'dpa-afx' and a space", () => {
    const leads = ["KIEL (dpa-AFX) - Text", "BERLIN(dpa-AFX) - Text", "KIEL - Text", "KIEL\u00a0\u2013 Text", "KIEL&nbsp;&ndash;&nbsp;Text", "**KIEL**\u2014 Text", "<b>KIEL</b>", "dpa-afx KIEL. Text"];
    const dashes = ["KIEL \u2010", "KIEL \u2012", "KIEL \u2015", "KIEL \u2212", "KIEL \u00e2\u20ac\u201c Text", "KIEL &mdash;", "KIEL &#8211;", "KIEL &#x2014;", "KIEL *- Text", "KIEL _- Text", "KIEL\t: Text", "KIEL >- Text", "KIEL ;- Text"];
    const glued = ["21.08.2014 KIEL (dpa-AFX) - Text", "Hopfenthal senkt Prognose KIEL (dpa-AFX) - Text", "Z\u00fcrich (awp) - Text", "KIEL (dpa-AFX) Der Text"];
    for (const line of [...leads, ...dashes, ...glued]) expect([line, holds("lead", line)]).toEqual([line, true]);
    // Headlines, bylines, dates, stamps: hyphens and colons inside words or after digits are no dash.
    const front = ["Hopfenthal senkt Prognose", "ROUNDUP 2: Nordlicht-Werft baut ab", "Von Anna Berg, dpa-AFX", "date 2026-01-06", "AXC0123 2026-05-13/08:17", "ISIN DE0008404005", "Dax-Konzern: Absatz +3%", "WDH/AKTIE IM FOKUS: Hopfenthal"];
    for (const line of front) expect([line, holds("lead", line)]).toEqual([line, false]);
    // Each dateline form alone: the agency (or a tag) for those naming one, the archive form its prefix.
    expect(["partnerDateline", "dashlessDateline"].map((r) => [holds(r as "lead", "KIEL - Text"), holds(r as "lead", "Z\u00fcrich (awp) - Text"), holds(r as "lead", "<i>Z\u00fcrich</i>")])).toEqual([
      [false, true, true],
      [false, true, true],
    ]);
    expect([holds("prefixDateline", "dpa-afx KIEL. Text"), holds("prefixDateline", "DPA-AFX\tKIEL. Text"), holds("prefixDateline", "KIEL (dpa-AFX) - Text")]).toEqual([true, true, false]);
    expect([holds("dateline", "KIEL - Text"), holds("dateline", "Dax-Konzern"), holds("dashlessDateline", "KIEL - Text")]).toEqual([true, false, false]);
  });

  it("a dateline's quick test: its place's (no small letter second), and on the rest of the line its scan", () => {
    const mayBe = quickOf(dpaAfx.rules.dateline);
    expect(["KIEL - Text", "KIEL (dpa-AFX) - Text", "ISIN DE0008404005", "VIEL LOB VON ANALYSTEN", "Der Dax - Text", "AXC0123 2026-05-13/08:17"].map((l) => mayBe(l, 0))).toEqual([true, true, false, false, false, false]);
    // Asked at the line's text: the rest of that line only.
    expect([mayBe("Der Dax\nKIEL - Text", 8), mayBe("KIEL\n- Text", 0)]).toEqual([true, false]);
  });

  it("a date line: two digits in a row, which every form of date writes (a year, a minute)", () => {
    for (const rule of ["dottedDate", "feedStamp", "siteDate"] as const) {
      expect([rule, holds(rule, "Hopfenthal senkt Prognose"), holds(rule, "ROUNDUP 2: Dax"), holds(rule, "27.03.17 10:38"), holds(rule, "14:05 Uhr, 1.2.2026")]).toEqual([rule, false, false, true, true]);
    }
    // Every date the rules read holds its scan's match.
    for (const [rule, line] of [["dottedDate", "1.8.14, 9:05"], ["feedStamp", "AXC0123 2026-05-13/08:17"], ["siteDate", "Oct 1, 2026"], ["siteDate", "9.05 Uhr am 1. Mai 2026"]] as const) {
      expect(dpaAfx.rules[rule].parse(line).status).toBe(true);
      expect(holds(rule, line)).toBe(true);
    }
  });
});

describe("a headline's tags end in a separator: a colon before white space, or a dash with white space around it", () => {
  const tagsOf = (line: string) => (dpaAfx.rules.headline.tryParse(line) as { tags: { value: string }[] }).tags.map((t) => t.value);

  it("finds the separator after hyphens inside words, and after a no-break space, a tab or an en dash", () => {
    expect(tagsOf("Aktien Baden-Baden Schluss - Hopfenthal fester")).toEqual(["Aktien Baden-Baden Schluss"]);
    expect(tagsOf("Aktien Wien Schluss\u00a0-\u00a0ATX fester")).toEqual(["Aktien Wien Schluss"]);
    expect(tagsOf("Devisen \u2013 Euro fester")).toEqual(["Devisen"]);
    expect(tagsOf("ROUNDUP 2:\tNordlicht-Werft baut ab")).toEqual(["ROUNDUP 2"]);
    expect(tagsOf("WDH/AKTIE IM FOKUS: Nordlicht-Werft-Aktie steigt")).toEqual(["WDH", "AKTIE IM FOKUS"]);
  });

  it("reads no tags where no separator stands: a hyphen in a word, a dash or colon without white space", () => {
    for (const line of ["ROUNDUP-Nordlicht baut ab", "Aktien Wien Schluss -ATX fester", "Aktien Wien Schluss- ATX fester", "ROUNDUP 2:Nordlicht", "ROUNDUP 2 -", "Devisen\u2013Euro"]) {
      expect([line, tagsOf(line)]).toEqual([line, []]);
    }
  });
});
